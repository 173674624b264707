// Runs inside headless Chromium (tests/bench/browser.html, driven by tests/bench/browser.mjs):
// the built package's browser entry, loaded the way a web page loads it.
import init, { initSync, extract, findDates, normalize } from '/pkg/khabar.js';

const WASM_URL = '/pkg/khabar_bg.wasm';

/** Median seconds per call of f: batches sized to ~100 ms after a warm-up, median of `batches`. */
function measure(f, batches = 5) {
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

async function text(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.text();
}

window.bench = {
  /** `await init()` as a page calls it: fetch from the server, streaming compile, instantiate. */
  async instantiateStreaming() {
    const t = performance.now();
    await init({ module_or_path: WASM_URL });
    const initialized = performance.now();
    extract('سلام');
    const firstCall = performance.now();
    // How much of init() was the download from 127.0.0.1 (streaming compile overlaps it).
    const download = performance.getEntriesByName(new URL(WASM_URL, location.href).href).at(-1);
    return {
      init_s: (initialized - t) / 1000,
      download_s: download ? (download.responseEnd - download.startTime) / 1000 : NaN,
      first_call_s: (firstCall - initialized) / 1000,
    };
  },

  /** The same from bytes already in memory: compile, then instantiate, timed apart. */
  async instantiateFromBytes() {
    const bytes = await (await fetch(WASM_URL)).arrayBuffer();
    const t = performance.now();
    const module = await WebAssembly.compile(bytes);
    const compiled = performance.now();
    initSync({ module });
    return { compile_s: (compiled - t) / 1000, instantiate_s: (performance.now() - compiled) / 1000 };
  },

  /** Per-article and corpus timings, after init. */
  async run(seedNames, corpusUrl) {
    await init({ module_or_path: WASM_URL });
    const articles = {};
    for (const name of seedNames) {
      const page = await text(`/tests/fixtures/seeds/${name}.txt`);
      articles[name] = {
        bytes: new TextEncoder().encode(page).length,
        extract_s: measure(() => extract(page)),
        find_dates_s: measure(() => findDates(page)),
        normalize_s: measure(() => normalize(page)),
      };
    }
    const corpus = await text(corpusUrl);
    return {
      userAgent: navigator.userAgent,
      crossOriginIsolated: self.crossOriginIsolated,
      articles,
      corpus_bytes: new TextEncoder().encode(corpus).length,
      normalize_corpus_s: measure(() => normalize(corpus), 3),
    };
  },
};
document.body.dataset.ready = 'true';
