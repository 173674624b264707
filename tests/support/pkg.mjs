// Imports the built package (pkg/) by its name, the way a user's project does: through a
// node_modules link in a scratch folder, so that package.json "exports" decides what loads.
import { mkdtempSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';

export const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const pkgDir = join(root, 'pkg');

/** A scratch project whose node_modules/khabar is the built package. */
export function scratchProject() {
  const dir = mkdtempSync(join(tmpdir(), 'khabar-consumer-'));
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(pkgDir, join(dir, 'node_modules', 'khabar'), 'dir');
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  return dir;
}

/** `import('khabar')` from inside a scratch project. */
export async function importKhabar() {
  const dir = scratchProject();
  const entry = join(dir, 'entry.mjs');
  writeFileSync(entry, "export * from 'khabar';\nexport { default } from 'khabar';\n");
  return import(pathToFileURL(entry).href);
}

export function seed(name) {
  return readSeed(name);
}

import { readFileSync, readdirSync } from 'node:fs';
const seedDir = join(root, 'tests', 'fixtures', 'seeds');
function readSeed(prefix) {
  const file = readdirSync(seedDir).find((f) => f.startsWith(prefix) && f.endsWith('.txt'));
  return {
    text: readFileSync(join(seedDir, file), 'utf8'),
    expected: JSON.parse(readFileSync(join(seedDir, file.replace('.txt', '.expected.json')), 'utf8')),
  };
}
