// What both generators share: where Microsoft's reference data is read from (../shared/data, or the
// folder given as the first argument) and how a generated JSON file is written into the project.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** `format` turns the data into the file's text (one record a line keeps diffs readable). */
export function generatorIO(outDirFromRoot, format) {
  const source = resolve(root, process.argv[2] ?? '../shared/data');
  const outDir = resolve(root, outDirFromRoot);
  mkdirSync(outDir, { recursive: true });
  return {
    read: (name) => JSON.parse(readFileSync(resolve(source, name), 'utf8')),
    write: (name, data) => {
      writeFileSync(resolve(outDir, name), format(data) + '\n');
      console.log(`wrote ${outDirFromRoot}/${name}`);
    },
  };
}
