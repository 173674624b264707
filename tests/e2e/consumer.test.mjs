// The npm package as a developer meets it: `npm pack` of pkg/, installed offline from the tarball
// into a fresh project, then
// - imported by name in Node (with and without the isomorphic `await init()`),
// - type-checked from a strict TypeScript file that uses the result fields (bundler and
//   nodenext resolution),
// - built into a Vite app (main thread and a module worker, the README's code) that runs in
//   Chromium from the built files, and served by Vite's dev server with the README's config.
// Vite and TypeScript come from tests/node_modules; nothing is fetched.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pkgDir, root, seed } from '../support/pkg.mjs';
import { serve } from '../support/serve.mjs';
import { guardedContext, launch, openPage, screenshot } from '../support/browser.mjs';

const tools = join(root, 'tests', 'node_modules');
const scratch = mkdtempSync(join(tmpdir(), 'khabar-consumer-'));
const project = join(scratch, 'app');
let tarball;
let browser;

function run(cmd, args, cwd = project) {
  return execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, npm_config_cache: join(scratch, 'npm-cache'), npm_config_update_notifier: 'false' } });
}

function write(files) {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(project, name, '..'), { recursive: true });
    writeFileSync(join(project, name), text);
  }
}

// A short Persian article: a title line, then a body paragraph.
const SAMPLE = 'دلیل سفر الکاظمی به آمریکا چیست؟\n\nبه گزارش مشرق، کارشناسان و تحلیلگران دلیل دیدار نخست وزیر عراق با رئیس جمهور آمریکا در واشنگتن را نگرانی واشنگتن از افزایش حملات علیه مواضع این کشور در عراق میدانند.';

// The README's browser code: the main thread and a module worker.
const APP = {
  'index.html': '<!doctype html>\n<html><head><meta charset="utf-8"><title>consumer</title></head>\n<body><pre id="main">loading</pre><pre id="worker">loading</pre>\n<script type="module" src="/src/main.js"></script></body></html>\n',
  'src/main.js': `import init, { extract } from 'khabar';

const text = ${JSON.stringify(SAMPLE)};
await init();
const article = extract(text);
document.getElementById('main').textContent = JSON.stringify({ language: article.language, title: article.title });

const worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
worker.onmessage = ({ data }) => {
  document.getElementById('worker').textContent = JSON.stringify(data.error ?? { language: data.article.language, title: data.article.title });
};
worker.postMessage({ text });
`,
  'src/worker.js': `import init, { extract } from 'khabar';

const ready = init();
self.onmessage = async ({ data }) => {
  await ready;
  try {
    self.postMessage({ article: extract(data.text) });
  } catch (e) {
    self.postMessage({ error: { code: e.code, message: e.message } });
  }
};
`,
  // The README's Vite config.
  'vite.config.js': "export default {\n  optimizeDeps: { exclude: ['khabar'] },\n};\n",
};

before(() => {
  mkdirSync(project, { recursive: true });
  const packed = JSON.parse(run('npm', ['pack', pkgDir, '--pack-destination', scratch, '--json', '--ignore-scripts'], scratch));
  tarball = packed[0];
  write({
    'package.json': JSON.stringify({ name: 'consumer', private: true, type: 'module', dependencies: { khabar: `file:../${tarball.filename}` } }, null, 2),
    ...APP,
  });
  run('npm', ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error']);
});

after(async () => {
  await browser?.close();
  rmSync(scratch, { recursive: true, force: true });
});

test('the tarball holds exactly the package files', () => {
  const files = tarball.files.map((f) => f.path).sort();
  assert.deepEqual(files, ['LICENSE', 'README.md', 'khabar.d.ts', 'khabar.js', 'khabar_bg.wasm', 'khabar_bg.wasm.d.ts', 'node.js', 'package.json']);
  assert.equal(tarball.name, 'khabar');
});

test('Node imports it by name: with no init, and with the isomorphic await init()', () => {
  write({
    'node-check.mjs': `import init, { extract, findDates, normalize } from 'khabar';
import { readFileSync } from 'node:fs';
const text = readFileSync(process.argv[2], 'utf8');
const first = extract(text);
await init();
const again = extract(text);
console.log(JSON.stringify({ language: first.language, variant: first.variant, same: JSON.stringify(first) === JSON.stringify(again), dates: Array.isArray(findDates(text)), normalized: typeof normalize(text).text }));
`,
  });
  for (const name of ['000', '002', '004']) {
    const { expected } = seed(name);
    const file = readdirSync(join(root, 'tests', 'fixtures', 'seeds')).find((f) => f.startsWith(name) && f.endsWith('.txt'));
    const out = JSON.parse(run('node', ['node-check.mjs', join(root, 'tests', 'fixtures', 'seeds', file)]));
    assert.deepEqual(out, { language: expected.language, variant: expected.variant, same: true, dates: true, normalized: 'string' }, name);
  }
});

test('a strict TypeScript file using the result fields type-checks, and misuse does not', () => {
  write({
    'check.ts': `import init, { extract, findDates, fold, normalize } from 'khabar';
import type { Article, DateMention, KhabarError, Paragraph, RemovalReason, Source, Variant } from 'khabar';

export async function summarize(text: string): Promise<string> {
  await init();
  const article: Article = extract(text, { now: '2021-07-17T16:54', format: 'auto', normalize: true });
  const title: string = article.title ?? '';
  const variant: Variant | null = article.variant;
  const language: 'fa' | 'ar' | 'und' = article.language;
  const published: DateMention | null = article.published;
  const when: string | null = published?.value ?? null;
  const offset: string | null = published?.utcOffset ?? null;
  const calendar: 'persian' | 'gregorian' | 'islamic' | undefined = article.pageDate?.calendar;
  const paragraphs: Paragraph[] = article.paragraphs;
  const widths: number[] = paragraphs.map((p) => p.end - p.start);
  const titleText: string | null = article.titleSpan ? text.slice(article.titleSpan.start, article.titleSpan.end) : null;
  const reasons: RemovalReason[] = article.removed.map((r) => r.reason);
  const sources: Source[] = article.sources;
  const names: string[] = sources.map((s) => s.name);
  const confidence: number = article.confidence.title + article.confidence.published + article.confidence.body;
  const ids: (string | null)[] = [article.newsId, article.section, article.site, article.kicker, article.lead];
  const normalized: string = normalize(text, { digits: 'ascii', zwnj: 'repair', removeDiacritics: true }).text;
  const changes: number = normalize(text).changes.reduce((n, c) => n + c.inputEnd - c.inputStart, 0);
  const dates: DateMention[] = findDates(text, { variant: 'fa-AF', now: '2021-07-17' });
  const key: string = fold(text);
  try {
    extract(text, { maxInputBytes: 10 });
  } catch (e) {
    const code: 'INVALID_INPUT' | 'INPUT_TOO_LARGE' | 'INVALID_OPTIONS' | 'INVALID_DATE' = (e as KhabarError).code;
    return code;
  }
  return [title, variant, language, when, offset, calendar, titleText, normalized, key, ...names, ...reasons, ...ids]
    .concat(String(confidence + changes + dates.length + widths.length))
    .join('|');
}

export function misuse(article: Article): void {
  // @ts-expect-error the title may be null
  const title: string = article.title;
  // @ts-expect-error a span is a number
  const start: string = article.paragraphs[0].start;
  // @ts-expect-error not a removal reason
  const reason: RemovalReason = 'advert';
  // @ts-expect-error not an option
  extract('x', { language: 'fa' });
  // @ts-expect-error not a digit style
  normalize('x', { digits: 'roman' });
  // @ts-expect-error the text must be a string
  extract(42);
  void [title, start, reason];
}
`,
  });
  const tsc = join(tools, 'typescript', 'bin', 'tsc');
  for (const [module, moduleResolution] of [['esnext', 'bundler'], ['nodenext', 'nodenext']]) {
    const compilerOptions = { strict: true, noEmit: true, target: 'es2022', lib: ['es2022', 'dom'], types: [], module, moduleResolution };
    write({ [`tsconfig.${moduleResolution}.json`]: JSON.stringify({ compilerOptions, files: ['check.ts'] }) });
    try {
      run('node', [tsc, '-p', `tsconfig.${moduleResolution}.json`]);
    } catch (e) {
      assert.fail(`tsc (${moduleResolution}) failed:\n${e.stdout}${e.stderr}`);
    }
  }
  // The same file with a wrong use that is not marked: tsc must reject it.
  write({ 'wrong.ts': "import { extract } from 'khabar';\nconst n: number = extract('x').title;\nexport { n };\n" });
  assert.throws(() => run('node', [tsc, '--noEmit', '--strict', '--module', 'esnext', '--moduleResolution', 'bundler', '--lib', 'es2022,dom', 'wrong.ts']), (e) => /TS2322/.test(e.stdout));
});

async function expectApp(url, origin, name) {
  browser ??= await launch();
  const guard = await guardedContext(browser, origin);
  const { page, errors, dialogs } = await openPage(guard.context, url);
  for (const id of ['main', 'worker']) {
    await page.waitForFunction((i) => document.getElementById(i).textContent !== 'loading', id);
    const shown = JSON.parse(await page.locator(`#${id}`).textContent());
    assert.deepEqual(shown, { language: 'fa', title: 'دلیل سفر الکاظمی به آمریکا چیست؟' }, `${name}: ${id}`);
  }
  assert.ok(guard.requested.some((u) => u.endsWith('.wasm')), 'the wasm was fetched from the app');
  await screenshot(page, name);
  assert.deepEqual(errors, []);
  assert.deepEqual(dialogs, []);
  assert.deepEqual(guard.outside, []);
  await guard.context.close();
}

test('a Vite build of the app runs in Chromium, on the main thread and in a worker', async () => {
  const vite = await import(join(tools, 'vite', 'dist', 'node', 'index.js'));
  await vite.build({ root: project, logLevel: 'error' });
  const assets = readdirSync(join(project, 'dist', 'assets'));
  assert.ok(assets.some((f) => f.endsWith('.wasm')), `the wasm is emitted as an asset: ${assets}`);
  const server = await serve(join(project, 'dist'), 0);
  try {
    await expectApp(server.url, server.url, 'consumer-vite-build');
  } finally {
    await server.close();
  }
});

test("Vite's dev server serves the app with the README's config", async () => {
  const vite = await import(join(tools, 'vite', 'dist', 'node', 'index.js'));
  const server = await vite.createServer({ root: project, logLevel: 'error', server: { host: '127.0.0.1', port: 0, strictPort: false } });
  await server.listen();
  try {
    const url = server.resolvedUrls.local[0];
    await expectApp(url, url, 'consumer-vite-dev');
  } finally {
    await server.close();
  }
});
