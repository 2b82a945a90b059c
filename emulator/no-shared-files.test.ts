// The emulator and the console share no files: each derives its data from Microsoft's published data with
// its own generator (scripts/generate-emulator-rules.mjs, scripts/generate-catalog.mjs), so a mistake in
// one is not silently agreed with by the other. eslint forbids the imports; this test catches what eslint
// cannot see — file reads (new URL(…), readFileSync(…)) and path strings into the other tree.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const self = fileURLToPath(import.meta.url);

function sourceFiles(dir: string, test: (name: string) => boolean): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(path, test);
    return test(entry.name) && path !== self ? [path] : [];
  });
}

/** String literals of `text` that point into `tree` (src or emulator) as a relative path, or that a file read names. */
function offendingReferences(text: string, tree: string): string[] {
  const found: string[] = [];
  const literal = /(['"`])((?:\\.|(?!\1).)*)\1/g;
  for (const m of text.matchAll(literal)) {
    const value = m[2] ?? '';
    const before = text.slice(Math.max(0, (m.index ?? 0) - 40), m.index);
    const intoTree = new RegExp(`(^|\\.\\./|\\./)${tree}/`).test(value);
    const readsFile = /(new URL|readFileSync|readFile|createReadStream)\(\s*$/.test(before) && value.includes(`${tree}/`);
    if (intoTree || readsFile) found.push(value);
  }
  return found;
}

describe('no shared files between the emulator and the console (issue 13: each derives its own data)', () => {
  it('the scanner finds file reads and relative paths into the other tree', () => {
    expect(offendingReferences("const u = new URL('../../src/permissions/catalog/x.json', import.meta.url);", 'src')).toHaveLength(1);
    expect(offendingReferences('readFileSync(`${root}/src/permissions/catalog/x.json`)', 'src')).toHaveLength(1);
    expect(offendingReferences("import { IDS } from '../../emulator/index.ts';", 'emulator')).toHaveLength(1);
    expect(offendingReferences("fetch(`${base}/_emulator/demo`); const s = 'a/src/b'; new URL('./rules.json', import.meta.url)", 'emulator')).toEqual([]);
  });

  it('emulator/**/*.ts never reads or names a file under src/', () => {
    const files = sourceFiles(join(root, 'emulator'), (name) => name.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(20);
    const offending = files.flatMap((file) => offendingReferences(readFileSync(file, 'utf8'), 'src').map((ref) => `${relative(root, file)}: ${ref}`));
    expect(offending).toEqual([]);
  });

  it('src/** never reads or names a file under emulator/ (unit tests may only start an emulator to run against)', () => {
    const files = sourceFiles(join(root, 'src'), (name) => /\.(ts|tsx)$/.test(name));
    expect(files.length).toBeGreaterThan(20);
    const offending = files.flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      // A unit test's import of the emulator is its test harness (eslint allows it in *.test.* only), not shared data.
      const checked = /\.test\.tsx?$/.test(file) ? text.replace(/^import[^;]*from\s+(['"])[^'"]*emulator\/[^'"]*\1;?$/gm, '') : text;
      return offendingReferences(checked, 'emulator').map((ref) => `${relative(root, file)}: ${ref}`);
    });
    expect(offending).toEqual([]);
  });
});
