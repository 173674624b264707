// Copies the seed pages into the demo site as samples (the Makefile's `site` target):
//
//   node tests/support/samples.mjs SEED_DIR OUT_DIR
//
// Writes OUT_DIR/NNN_*.txt and OUT_DIR/index.json, a list of { file, variant } in file order.
// The variant (from the seed's expected.json) only labels the sample button.
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [seedDir, outDir] = process.argv.slice(2);
if (!seedDir || !outDir) {
  console.error('usage: node tests/support/samples.mjs SEED_DIR OUT_DIR');
  process.exit(2);
}
mkdirSync(outDir, { recursive: true });
const list = [];
for (const file of readdirSync(seedDir).filter((f) => f.endsWith('.txt')).sort()) {
  copyFileSync(join(seedDir, file), join(outDir, file));
  const expected = join(seedDir, file.replace(/\.txt$/, '.expected.json'));
  const variant = existsSync(expected) ? JSON.parse(readFileSync(expected, 'utf8')).variant ?? null : null;
  list.push({ file, variant });
}
writeFileSync(join(outDir, 'index.json'), `${JSON.stringify(list, null, 1)}\n`);
