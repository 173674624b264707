// Node benchmark of the built package (pkg/) beside persian-tools, the JavaScript peer:
//
//   node tests/bench/node.mjs [--json FILE]
//
// Per seed page: extract, findDates and normalize; over the 10 MB corpus (target/bench, written
// by tests/bench/corpus.mjs): normalize in one call. persian-tools (tests/bench/node_modules,
// `make bench-deps`) runs its normalize-like functions on the same inputs: toPersianChars, then
// halfSpace (what khabar's default normalize does: Arabic letter forms to Persian, half-spaces
// repaired; digits are kept), and normalizeText on its own. Numbers only, never assertions.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { importKhabar } from '../support/pkg.mjs';
import { root, seeds, writeAll } from './corpus.mjs';

/** Median seconds per call of f: batches sized to ~100 ms after a warm-up, median of `batches`. */
export function measure(f, batches = 5) {
  let n = 1;
  for (;;) {
    const t = performance.now();
    for (let i = 0; i < n; i++) f();
    if (performance.now() - t > 100) break;
    n *= 2;
  }
  const runs = [];
  for (let k = 0; k < batches; k++) {
    const t = performance.now();
    for (let i = 0; i < n; i++) f();
    runs.push((performance.now() - t) / 1000 / n);
  }
  return runs.sort((a, b) => a - b)[Math.floor(batches / 2)];
}

async function persianTools() {
  if (!existsSync(join(root, 'tests', 'bench', 'node_modules', '@persian-tools', 'persian-tools'))) return null;
  const pt = await import('@persian-tools/persian-tools');
  const version = JSON.parse(readFileSync(join(root, 'tests', 'bench', 'node_modules', '@persian-tools', 'persian-tools', 'package.json'), 'utf8')).version;
  return {
    version,
    functions: {
      'toPersianChars+halfSpace': (s) => pt.halfSpace(pt.toPersianChars(s)),
      toPersianChars: pt.toPersianChars,
      halfSpace: pt.halfSpace,
      normalizeText: pt.normalizeText,
    },
  };
}

export async function run() {
  const benchDir = join(root, 'target', 'bench');
  const { corpora } = writeAll(benchDir);
  const corpus = readFileSync(corpora[10], 'utf8');
  const corpusBytes = Buffer.byteLength(corpus);
  const pages = seeds();

  const t0 = performance.now();
  const khabar = await importKhabar();
  const load = (performance.now() - t0) / 1000;

  const result = { node: process.version, load_s: load, corpus_bytes: corpusBytes, articles: {}, peer: null };
  for (const { name, text } of pages) {
    result.articles[name] = {
      bytes: Buffer.byteLength(text),
      extract_s: measure(() => khabar.extract(text)),
      find_dates_s: measure(() => khabar.findDates(text)),
      normalize_s: measure(() => khabar.normalize(text)),
    };
  }
  result.normalize_corpus_s = measure(() => khabar.normalize(corpus), 3);

  const pt = await persianTools();
  if (pt) {
    result.peer = { name: '@persian-tools/persian-tools', version: pt.version, corpus_s: {}, article_s: {} };
    for (const [name, f] of Object.entries(pt.functions)) {
      result.peer.corpus_s[name] = measure(() => f(corpus), 3);
      result.peer.article_s[name] = pages.reduce((sum, p) => sum + measure(() => f(p.text)), 0) / pages.length;
    }
  }
  return result;
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  const r = await run();
  const jsonAt = process.argv.indexOf('--json');
  if (jsonAt > 0) writeFileSync(process.argv[jsonAt + 1], JSON.stringify(r, null, 1));
  const mb = r.corpus_bytes / 1e6;
  const mean = (key) => Object.values(r.articles).reduce((s, a) => s + a[key], 0) / Object.keys(r.articles).length;
  console.log(`khabar in Node ${r.node} (module load ${(r.load_s * 1e3).toFixed(1)} ms)`);
  console.log('| operation | result |');
  console.log('|---|---|');
  console.log(`| extract, mean per article | ${(mean('extract_s') * 1e6).toFixed(1)} µs |`);
  console.log(`| findDates, mean per article | ${(mean('find_dates_s') * 1e6).toFixed(1)} µs |`);
  console.log(`| normalize, mean per article | ${(mean('normalize_s') * 1e6).toFixed(1)} µs |`);
  console.log(`| normalize, ${mb.toFixed(0)} MB in one call | ${(mb / r.normalize_corpus_s).toFixed(0)} MB/s |`);
  if (r.peer) {
    for (const [name, s] of Object.entries(r.peer.corpus_s)) {
      console.log(`| persian-tools ${r.peer.version} ${name}, ${mb.toFixed(0)} MB | ${(mb / s).toFixed(1)} MB/s |`);
    }
  }
}
