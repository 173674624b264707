// Node benchmark of the built package (pkg/): `make bench` runs it after the native one.
// Prints time per article for extract and findDates and normalize throughput, as the native
// benchmark does, so the two tables compare directly.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { importKhabar, root } from '../support/pkg.mjs';

const t0 = performance.now();
const khabar = await importKhabar();
const init = performance.now() - t0;

const seedDir = join(root, 'tests', 'fixtures', 'seeds');
const pages = readdirSync(seedDir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(seedDir, f), 'utf8'));
let corpus = '';
while (Buffer.byteLength(corpus) < 1 << 20) corpus += pages.join('\n') + '\n';
const corpusMB = Buffer.byteLength(corpus) / 1e6;

/** Median seconds per call over 7 batches of ~150 ms. */
function measure(f) {
  let n = 1;
  for (;;) {
    const t = performance.now();
    for (let i = 0; i < n; i++) f();
    if (performance.now() - t > 150) break;
    n *= 2;
  }
  const runs = [];
  for (let k = 0; k < 7; k++) {
    const t = performance.now();
    for (let i = 0; i < n; i++) f();
    runs.push((performance.now() - t) / 1000 / n);
  }
  return runs.sort((a, b) => a - b)[3];
}

const extract = measure(() => pages.forEach((p) => khabar.extract(p))) / pages.length;
const dates = measure(() => pages.forEach((p) => khabar.findDates(p))) / pages.length;
const normalize = measure(() => khabar.normalize(corpus));
const fold = measure(() => khabar.fold(corpus));

console.log(`khabar in Node ${process.version} (seeds: ${pages.length} pages; corpus ${corpusMB.toFixed(2)} MB; module load ${init.toFixed(1)} ms)`);
console.log('| operation | result |');
console.log('|---|---|');
console.log(`| extract, per article | ${(extract * 1e6).toFixed(1)} µs |`);
console.log(`| findDates, per article | ${(dates * 1e6).toFixed(1)} µs |`);
console.log(`| normalize | ${(corpusMB / normalize).toFixed(0)} MB/s |`);
console.log(`| fold | ${(corpusMB / fold).toFixed(0)} MB/s |`);
