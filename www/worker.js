// The demo's engine, in a module worker so that a large paste never blocks the page.
//
// Messages in:  { id, text, extract: ExtractOptions, normalize: NormalizeOptions | null }
// Messages out: { type: 'ready', initMs, wasmBytes }
//               { type: 'result', id, article, normalized, normalizeError, extractMs, normalizeMs }
//               { type: 'error', id, code, message }
// The page sends one request at a time and keeps only the newest pending one, so stale
// requests never queue up here.
import init, { extract, normalize } from './pkg/khabar.js';

const wasmUrl = new URL('./pkg/khabar_bg.wasm', import.meta.url).href;

function failure(id, e) {
  return { type: 'error', id, code: e?.code ?? 'INTERNAL', message: String(e?.message ?? e) };
}

const started = performance.now();
try {
  await init({ module_or_path: wasmUrl });
  const entry = performance.getEntriesByName(wasmUrl)[0];
  postMessage({ type: 'ready', initMs: performance.now() - started, wasmBytes: entry?.decodedBodySize || null });
} catch (e) {
  postMessage(failure(null, e));
}

self.onmessage = ({ data }) => {
  const { id, text } = data;
  let article;
  const t0 = performance.now();
  try {
    article = extract(text, data.extract);
  } catch (e) {
    postMessage(failure(id, e));
    return;
  }
  const t1 = performance.now();
  // Normalization has its own options: its error is shown beside its output, not instead of
  // the article.
  let normalized = null;
  let normalizeError = null;
  if (data.normalize) {
    try {
      normalized = normalize(text, data.normalize);
    } catch (e) {
      normalizeError = failure(id, e);
    }
  }
  const normalizeMs = data.normalize ? performance.now() - t1 : null;
  postMessage({ type: 'result', id, article, normalized, normalizeError, extractMs: t1 - t0, normalizeMs });
};
