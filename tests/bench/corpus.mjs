// The benchmark inputs, built deterministically from the seed pages in tests/fixtures/seeds:
//
//   node tests/bench/corpus.mjs [OUT_DIR]      (default target/bench)
//
// writes OUT_DIR/corpus-1mb.txt, corpus-10mb.txt and corpus-100mb.txt (whole seed pages in a
// fixed pseudo-random order, separated by a blank line, until the size is reached) and
// OUT_DIR/html/NNN.html (each seed as minimal HTML: one <p> per non-empty line), the input that
// HTML extractors such as trafilatura need. Files that already exist with the right content are
// left alone, so reruns cost nothing.
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync, openSync, writeSync, closeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const seedDir = join(root, 'tests', 'fixtures', 'seeds');
export const CORPUS_MB = [1, 10, 100];

/** The seed pages, sorted by file name: [{ name, text }]. */
export function seeds() {
  return readdirSync(seedDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ name: f.replace(/\.txt$/, ''), text: readFileSync(join(seedDir, f), 'utf8') }));
}

/** A seed page as minimal HTML, the way a scraper would hand it to an extractor. */
export function minimalHtml(text) {
  const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const paragraphs = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => `<p>${escape(line)}</p>`);
  return `<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head>\n<body>\n${paragraphs.join('\n')}\n</body></html>\n`;
}

/**
 * The order of seed pages in the corpus: rounds of every seed, each round shuffled by a fixed
 * linear congruential generator, so the corpus is the same on every machine yet not one period
 * repeated (which would flatter branch predictors and caches).
 */
function* pageOrder(count) {
  let state = 0x2545f491;
  const next = () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state >>> 8;
  };
  for (;;) {
    const round = [...Array(count).keys()];
    for (let i = round.length - 1; i > 0; i--) {
      const j = next() % (i + 1);
      [round[i], round[j]] = [round[j], round[i]];
    }
    yield* round;
  }
}

/** Writes the corpus of at least `mb` million bytes, whole pages only, unless already there. */
export function writeCorpus(outDir, mb) {
  const path = join(outDir, `corpus-${mb}mb.txt`);
  const target = mb * 1e6;
  const pages = seeds().map((s) => Buffer.from(s.text.replace(/\n*$/, '\n\n'), 'utf8'));
  // The exact size follows from the order, so an existing file of that size is this corpus.
  let size = 0;
  const order = pageOrder(pages.length);
  const chosen = [];
  while (size < target) {
    const i = order.next().value;
    chosen.push(i);
    size += pages[i].length;
  }
  if (existsSync(path) && statSync(path).size === size) return path;
  const fd = openSync(path, 'w');
  try {
    for (const i of chosen) writeSync(fd, pages[i]);
  } finally {
    closeSync(fd);
  }
  return path;
}

export function writeHtml(outDir) {
  const dir = join(outDir, 'html');
  mkdirSync(dir, { recursive: true });
  for (const { name, text } of seeds()) {
    const path = join(dir, `${name}.html`);
    const html = minimalHtml(text);
    if (!existsSync(path) || readFileSync(path, 'utf8') !== html) writeFileSync(path, html);
  }
  return dir;
}

export function writeAll(outDir) {
  mkdirSync(outDir, { recursive: true });
  const corpora = Object.fromEntries(CORPUS_MB.map((mb) => [mb, writeCorpus(outDir, mb)]));
  return { corpora, htmlDir: writeHtml(outDir) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = resolve(process.argv[2] ?? join(root, 'target', 'bench'));
  const { corpora, htmlDir } = writeAll(out);
  for (const path of Object.values(corpora)) console.log(`${path} ${statSync(path).size} bytes`);
  console.log(htmlDir);
}
