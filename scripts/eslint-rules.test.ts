// The architecture rules in eslint.config.js, each shown failing on a small planted import (and the allowed
// imports shown passing, so a rule that blocks everything fails too). Runs the project's own config.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const eslint = new ESLint({ cwd: root });

/** Some module of src/changes as it is today (the engine is being rewritten; any of its files will do). */
const changesModule = readdirSync(path.join(root, 'src/changes'))
  .find((name) => /^[a-z-]+\.ts$/.test(name) && !name.endsWith('.test.ts'))!
  .replace(/\.ts$/, '');

/** The rule ids an import statement trips when it sits in a file at `filePath` (relative to the repo root). */
async function rulesHit(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, filePath) });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('feature boundaries (import-x/no-restricted-paths)', () => {
  it('fails a feature importing another feature', async () => {
    expect(await rulesHit('src/features/apps/probe.ts', "export * from '../users/index';\n")).toContain('import-x/no-restricted-paths');
  });

  it('lets a feature import itself and shared layers', async () => {
    const code = "export * from './index';\nexport * from '../../ui/virtual-table';\n";
    expect(await rulesHit('src/features/apps/probe.ts', code)).not.toContain('import-x/no-restricted-paths');
  });

  it('fails the change engine importing a feature', async () => {
    expect(await rulesHit('src/changes/probe.ts', "export * from '../features/apps/index';\n")).toContain('import-x/no-restricted-paths');
  });
});

describe('src/graph stays below changes and auth React code (import-x/no-restricted-paths)', () => {
  it('fails src/graph importing src/changes', async () => {
    expect(await rulesHit('src/graph/probe.ts', `export * from '../changes/${changesModule}';\n`)).toContain('import-x/no-restricted-paths');
  });

  it('fails src/graph importing an auth hook', async () => {
    expect(await rulesHit('src/graph/probe.ts', "export * from '../auth/use-session';\n")).toContain('import-x/no-restricted-paths');
  });

  it('lets src/graph import plain auth modules', async () => {
    expect(await rulesHit('src/graph/probe.ts', "export * from '../auth/scopes';\n")).not.toContain('import-x/no-restricted-paths');
  });
});

describe('test-only code stays out of the product (import-x/no-restricted-paths)', () => {
  it('fails product code importing src/test-support', async () => {
    expect(await rulesHit('src/graph/probe.ts', "export * from '../test-support/fake-transport';\n")).toContain('import-x/no-restricted-paths');
    expect(await rulesHit('src/probe.tsx', "export * from './test-support/fake-transport';\n")).toContain('import-x/no-restricted-paths');
  });

  it('lets tests and the test helpers themselves import it', async () => {
    const code = "export * from '../test-support/fake-transport';\n";
    expect(await rulesHit('src/graph/probe.test.ts', code)).not.toContain('import-x/no-restricted-paths');
    expect(await rulesHit('src/features/apps/components/probe.test.tsx', "export * from '../../../test-support/fake-transport';\n")).not.toContain(
      'import-x/no-restricted-paths',
    );
    expect(await rulesHit('src/test-support/probe.ts', "export * from './fake-transport';\n")).not.toContain('import-x/no-restricted-paths');
  });
});

describe('console and emulator share no files', () => {
  it('fails the emulator importing the console', async () => {
    expect(await rulesHit('emulator/probe.ts', "export * from '../src/graph/paging';\n")).toContain('@typescript-eslint/no-restricted-imports');
  });

  it('fails the console importing the emulator', async () => {
    expect(await rulesHit('src/graph/probe.ts', "export * from '../../emulator/index';\n")).toContain('@typescript-eslint/no-restricted-imports');
  });
});

describe('no import cycles (import-x/no-cycle)', () => {
  // A cycle needs both files on disk: the rule follows the other file's imports. Planted in src so the
  // config's src block applies, under a folder unique to this run, removed afterwards.
  const dir = path.join(root, 'src', `lint-probe-${process.pid}`);

  beforeAll(() => {
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'a.ts'), "import { b } from './b';\nexport const a = (): number => b() + 1;\n");
    writeFileSync(path.join(dir, 'b.ts'), "import { a } from './a';\nexport const b = (): number => a() - 1;\n");
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('fails two modules importing each other', async () => {
    const [result] = await eslint.lintFiles([path.join(dir, 'a.ts')]);
    expect((result?.messages ?? []).map((m) => m.ruleId)).toContain('import-x/no-cycle');
  });
});
