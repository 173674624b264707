// khabar in headless Chromium (Debian's /usr/bin/chromium through playwright-core from
// tests/node_modules), the package served from the repository root on 127.0.0.1:
//
//   node tests/bench/browser.mjs [--json FILE]
//
// Instantiate time is measured in fresh browser contexts (no HTTP or code cache carried over),
// median of several; per-article and corpus timings in one page after init.
import { writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { serve } from '../support/serve.mjs';
import { root, seeds, writeAll } from './corpus.mjs';

const FRESH_CONTEXTS = 9;
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function run() {
  writeAll(`${root}/target/bench`);
  const server = await serve(root, 0);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const pageUrl = `${server.url}tests/bench/browser.html`;
    const open = async () => {
      const context = await browser.newContext();
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(pageUrl);
      await page.waitForSelector('body[data-ready="true"]', { state: 'attached' });
      return { context, page, errors };
    };
    const fresh = async (method) => {
      const samples = [];
      for (let i = 0; i < FRESH_CONTEXTS; i++) {
        const { context, page, errors } = await open();
        samples.push(await page.evaluate((m) => window.bench[m](), method));
        await context.close();
        if (errors.length) throw new Error(`page error: ${errors.join('; ')}`);
      }
      return Object.fromEntries(Object.keys(samples[0]).map((k) => [k, median(samples.map((s) => s[k]))]));
    };
    const streaming = await fresh('instantiateStreaming');
    const fromBytes = await fresh('instantiateFromBytes');
    const { context, page, errors } = await open();
    const timings = await page.evaluate(
      ([names, corpus]) => window.bench.run(names, corpus),
      [seeds().map((s) => s.name), '/target/bench/corpus-10mb.txt'],
    );
    await context.close();
    if (errors.length) throw new Error(`page error: ${errors.join('; ')}`);
    return { version: browser.version(), fresh_contexts: FRESH_CONTEXTS, streaming, from_bytes: fromBytes, ...timings };
  } finally {
    await browser.close();
    await server.close();
  }
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  const r = await run();
  const jsonAt = process.argv.indexOf('--json');
  if (jsonAt > 0) writeFileSync(process.argv[jsonAt + 1], JSON.stringify(r, null, 1));
  const mean = (key) => Object.values(r.articles).reduce((s, a) => s + a[key], 0) / Object.keys(r.articles).length;
  const mb = r.corpus_bytes / 1e6;
  console.log(`khabar in headless Chromium ${r.version}`);
  console.log('| operation | result |');
  console.log('|---|---|');
  console.log(`| init() from the server (median of ${r.fresh_contexts} fresh contexts) | ${(r.streaming.init_s * 1e3).toFixed(2)} ms |`);
  console.log(`| compile + instantiate from bytes | ${(r.from_bytes.compile_s * 1e3).toFixed(2)} + ${(r.from_bytes.instantiate_s * 1e3).toFixed(2)} ms |`);
  console.log(`| extract, mean per article | ${(mean('extract_s') * 1e6).toFixed(1)} µs |`);
  console.log(`| findDates, mean per article | ${(mean('find_dates_s') * 1e6).toFixed(1)} µs |`);
  console.log(`| normalize, mean per article | ${(mean('normalize_s') * 1e6).toFixed(1)} µs |`);
  console.log(`| normalize, ${mb.toFixed(0)} MB in one call | ${(mb / r.normalize_corpus_s).toFixed(0)} MB/s |`);
}
