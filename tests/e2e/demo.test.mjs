// The demo page (www/) in Debian's Chromium, driven by playwright-core, served on 127.0.0.1.
//
// Two kinds of checks on the five seed pages:
// - the page shows exactly what the engine returns (every card, the body, removed lines, dates,
//   the JSON and the highlights, compared with the built package run in Node): this holds
//   whatever the engines do today and as they improve;
// - the page shows the right answer (the seed's expected.json) for the fields in EXPECTED that
//   today's engines get right. Add a seed to a field's list when its engine lands.
// Every test also checks that no request left the page's origin. Screenshots go to
// tests/artifacts/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { serve } from '../support/serve.mjs';
import { importKhabar, root, seed } from '../support/pkg.mjs';
import { guardedContext, launch, openPage, screenshot } from '../support/browser.mjs';

const SEEDS = readdirSync(join(root, 'tests', 'fixtures', 'seeds'))
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => f.slice(0, 3));

/**
 * Which seeds each field is checked against expected.json for. The first-behaviour extractor
 * gets the language everywhere and the title of 000 and 003; dates, credits, lead, site, news
 * ID and section come with their engines: list their seeds here then.
 */
const EXPECTED = {
  language: SEEDS,
  title: SEEDS,
  // The lead is not asserted: a reader may call the first paragraph a lead or not (the seeds'
  // body_first accepts either).
  lead: [],
  published: SEEDS,
  pageDate: SEEDS,
  site: SEEDS,
  sources: SEEDS,
  newsId: SEEDS,
  section: SEEDS,
  dates: SEEDS,
};

const khabar = await importKhabar();
const www = join(root, 'www');
let server;
let browser;

before(async () => {
  server = await serve(www, 0);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** A fresh context and the demo page, ready to analyze. */
async function openDemo(options = {}, init) {
  const guard = await guardedContext(browser, server.url, options);
  if (init) await guard.context.addInitScript(init);
  const opened = await openPage(guard.context, server.url, 'body[data-ready="true"]');
  return { ...guard, ...opened };
}

/** Waits until the page has rendered a request newer than `before`. */
async function rendered(page, before) {
  await page.waitForFunction((b) => {
    const { requested, rendered: done, busy } = document.body.dataset;
    return Number(requested) > b && done === requested && busy === 'false';
  }, before);
}

const requestedId = (page) => page.evaluate(() => Number(document.body.dataset.requested ?? 0));

async function typeText(page, text) {
  const before = await requestedId(page);
  await page.fill('#input', text);
  await rendered(page, before);
}

async function openJson(page) {
  const summary = page.locator('#json-view summary');
  if (await page.locator('#json-view').getAttribute('open') === null) await summary.click();
  // A click the busy page did not take (seen once in CI on a loaded machine) is made again; a
  // view that opens but stays empty still fails below.
  await page.waitForFunction(() => document.getElementById('json-view').open, null, { timeout: 5000 }).catch(() => summary.click());
  await page.waitForFunction(() => document.getElementById('json').textContent.length > 0);
}

const valueText = (page, id) => page.locator(`#${id}`).textContent();
const NONE = '— پیدا نشد';

async function finish(t, ctx) {
  assert.deepEqual(ctx.errors, [], 'no page errors');
  assert.deepEqual(ctx.dialogs, [], 'no dialogs');
  assert.deepEqual(ctx.outside, [], 'every request stays on the page origin');
  await ctx.context.close();
}

// ---------------------------------------------------------------------------------------------

test('the page is strict: CSP without inline script or other origins, text never parsed as HTML', () => {
  const html = readFileSync(join(www, 'index.html'), 'utf8');
  const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
  assert.ok(csp, 'a CSP meta tag');
  assert.match(csp, /default-src 'self'/);
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'/);
  assert.doesNotMatch(csp, /unsafe-inline|'unsafe-eval'|https?:|\*/);
  assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/, 'no inline script');
  assert.doesNotMatch(html, /\son[a-z]+=/i, 'no inline handlers');
  assert.doesNotMatch(html, /\sstyle=/i, 'no inline styles');
  for (const dir of [www, join(www, 'extension')]) {
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.js'))) {
      const source = readFileSync(join(dir, file), 'utf8');
      assert.doesNotMatch(source, /innerHTML|outerHTML\s*=|insertAdjacentHTML|document\.write|\beval\(|new Function|createContextualFragment/, file);
    }
  }
});

for (const [index, name] of SEEDS.entries()) {
  test(`seed ${name}: the sample button shows what the engine returns, and the expected fields`, async (t) => {
    const ctx = await openDemo();
    const { page } = ctx;
    const { text, expected } = seed(name);
    const article = khabar.extract(text);

    const before = await requestedId(page);
    await page.locator('button.sample').nth(index).click();
    await rendered(page, before);

    // The sample is the seed file, unchanged, and the mirror shows it exactly.
    assert.equal(await page.evaluate(() => document.getElementById('input').value), text);
    assert.equal(await page.locator('#mirror').textContent(), text);

    // Cards: exactly the engine's result.
    assert.equal(await valueText(page, 'title'), article.title ?? NONE);
    assert.equal(await valueText(page, 'lead'), article.lead ?? NONE);
    if (article.published) assert.equal(await page.locator('#published .as-written').textContent(), article.published.text);
    else assert.equal(await valueText(page, 'published'), NONE);
    if (article.pageDate) assert.equal(await page.locator('#page-date .as-written').textContent(), article.pageDate.text);
    else assert.equal(await valueText(page, 'page-date'), NONE);
    assert.match(await valueText(page, 'language'), new RegExp(`${article.variant ?? article.language}$`));
    assert.equal(await valueText(page, 'site'), article.site ?? NONE);
    assert.equal(await valueText(page, 'news-id'), article.newsId ?? NONE);
    assert.equal(await valueText(page, 'section'), article.section ?? NONE);
    assert.deepEqual(await page.locator('#sources .chip').allTextContents(), article.sources.map((s) => s.name));
    assert.equal(await page.locator('#confidence meter').count(), 3);

    // Body, removed lines by reason, the dates table.
    assert.deepEqual(await page.locator('#body .para p').allTextContents(), article.paragraphs.map((p) => p.text));
    const reasons = [...new Set(article.removed.map((r) => r.reason))].sort();
    const groups = await page.locator('#removed details.group').evaluateAll((ds) => ds.map((d) => [d.dataset.reason, d.querySelectorAll('li').length]));
    assert.deepEqual(groups.map(([r]) => r).sort(), reasons);
    for (const [reason, count] of groups) assert.equal(count, article.removed.filter((r) => r.reason === reason).length, reason);
    const dateCells = await page.locator('#dates tbody tr td:first-child button').allTextContents();
    assert.deepEqual(dateCells, article.dates.map((d) => d.text));

    // The JSON view is the article.
    await openJson(page);
    assert.deepEqual(JSON.parse(await page.locator('#json').textContent()), JSON.parse(JSON.stringify(article)));

    // One highlight per span, each covering the span's text.
    const highlights = await page.evaluate(() => {
      const out = {};
      for (const [name, h] of CSS.highlights) out[name] = [...h].map((r) => r.toString());
      return out;
    });
    const slice = (s) => text.slice(s.start, s.end);
    assert.deepEqual(highlights['k-title'] ?? [], article.titleSpan ? [slice(article.titleSpan)] : []);
    assert.deepEqual(highlights['k-lead'] ?? [], article.leadSpan ? [slice(article.leadSpan)] : []);
    assert.deepEqual(highlights['k-removed'] ?? [], article.removed.map(slice));
    assert.deepEqual(highlights['k-source'] ?? [], article.sources.map(slice));
    assert.deepEqual(highlights['k-date'] ?? [], [article.pageDate, ...article.dates].filter(Boolean).map(slice));

    // Expected answers, for the fields whose engines have landed.
    const on = (field) => EXPECTED[field].includes(name);
    if (on('language')) assert.match(await valueText(page, 'language'), new RegExp(`${expected.variant}$`));
    if (on('title')) assert.equal(await valueText(page, 'title'), expected.title);
    if (on('lead')) assert.equal(await valueText(page, 'lead'), expected.lead ?? NONE);
    for (const [field, id, key] of [['published', 'published', 'published'], ['pageDate', 'page-date', 'page_date']]) {
      if (!on(field)) continue;
      const want = expected[key];
      if (!want) {
        assert.equal(await valueText(page, id), NONE);
        continue;
      }
      assert.equal(await page.locator(`#${id} .as-written`).textContent(), want.text);
      assert.match(await page.locator(`#${id} .iso`).textContent(), new RegExp(`^${want.value}`));
      if (want.value.length >= 10) assert.equal(await page.locator(`#${id} dd[data-calendar]`).count(), 3, 'three calendars');
    }
    if (on('site')) {
      const site = await valueText(page, 'site');
      if (expected.site) assert.ok(expected.site.includes(site), site);
      else assert.equal(site, NONE);
    }
    if (on('sources')) assert.deepEqual(new Set(await page.locator('#sources .chip').allTextContents()), new Set(expected.sources));
    if (on('newsId')) assert.equal(await valueText(page, 'news-id'), expected.news_id ?? NONE);
    if (on('section')) assert.equal(await valueText(page, 'section'), expected.section ?? NONE);
    if (on('dates')) {
      // The finder may take in a weekday beside the date (`روز شنبه ۲۷ جنوری`).
      for (const d of expected.dates.filter((d) => !d.optional)) assert.ok(dateCells.some((cell) => cell.includes(d.text)), d.text);
    }

    // Results are announced.
    assert.match(await page.locator('#status').textContent(), /^تحلیل شد\./);
    await screenshot(page, `demo-seed-${name}`);
    await finish(t, ctx);
  });
}

test('clicking a result field reveals its span in the mirror, by mouse and by keyboard', async (t) => {
  const ctx = await openDemo();
  const { page } = ctx;
  const { text } = seed('000');
  const article = khabar.extract(text);
  assert.ok(article.titleSpan && article.paragraphs.length > 3, 'seed 000 has a title and paragraphs');
  await typeText(page, text);

  const focused = () => page.evaluate(() => [...(CSS.highlights.get('k-focus') ?? [])].map((r) => r.toString()));
  await page.locator('#title button.jump').click();
  assert.deepEqual(await focused(), [text.slice(article.titleSpan.start, article.titleSpan.end)]);

  const last = article.paragraphs[article.paragraphs.length - 1];
  await page.locator('#body button.jump').last().focus();
  await page.keyboard.press('Enter');
  assert.deepEqual(await focused(), [last.text]);
  // The mirror scrolled to it: the span's rectangle is inside the mirror's.
  const inside = await page.evaluate(([s, e]) => {
    const mirror = document.getElementById('mirror');
    const node = mirror.querySelector('.chunk').firstChild;
    const range = document.createRange();
    range.setStart(node, s);
    range.setEnd(node, e);
    const r = range.getBoundingClientRect();
    const m = mirror.getBoundingClientRect();
    return r.top >= m.top && r.bottom <= m.bottom;
  }, [last.start, last.end]);
  assert.ok(inside, 'the last paragraph is scrolled into view');
  await screenshot(page, 'demo-jump');
  await finish(t, ctx);
});

test('the <mark> fallback highlights the same spans where the Highlight API is missing', async (t) => {
  const ctx = await openDemo({}, () => {
    delete window.Highlight;
  });
  const { page } = ctx;
  const { text } = seed('003');
  const article = khabar.extract(text);
  await typeText(page, text);
  assert.equal(await page.locator('#mirror').getAttribute('data-mode'), 'mark');
  assert.equal(await page.locator('#mirror').textContent(), text);
  const titles = await page.locator('#mirror mark.k-title').allTextContents();
  assert.equal(titles.join(''), article.titleSpan ? text.slice(article.titleSpan.start, article.titleSpan.end) : '');
  const removed = await page.locator('#mirror mark.k-removed').allTextContents();
  assert.equal(removed.join(''), article.removed.map((r) => text.slice(r.start, r.end)).join(''));
  if (article.titleSpan) {
    await page.locator('#title button.jump').click();
    assert.equal(await page.evaluate(() => getSelection().toString()), article.title);
  }
  // Unchecking a kind in the legend removes its marks.
  await page.locator('.legend input[data-kind="title"]').uncheck();
  assert.equal(await page.locator('#mirror mark.k-title').count(), 0);
  await screenshot(page, 'demo-mark-fallback');
  await finish(t, ctx);
});

test('a hostile paste stays inert text: no element, no script, no dialog, no request', async (t) => {
  const ctx = await openDemo();
  const { page, requested } = ctx;
  await page.evaluate(() => {
    window.__pwned = [];
  });
  const hostile = [
    '<img src=x onerror="window.__pwned.push(1);alert(1)"> خبر فوری درباره سفر نخست وزیر عراق به واشنگتن',
    '',
    '<script>window.__pwned.push(2);alert(2)</script> به گزارش خبرگزاری، نخست وزیر عراق روز دوشنبه به واشنگتن سفر می‌کند و با رئیس جمهور آمریکا دیدار خواهد کرد.',
    '',
    '<a href="javascript:window.__pwned.push(3)">بیشتر بخوانید</a> javascript:alert(3)',
    '<svg onload="window.__pwned.push(4)"></svg><iframe srcdoc="<script>parent.__pwned.push(5)</script>"></iframe>',
    '"><img src=y onerror=alert(6)>{{constructor.constructor("alert(7)")()}}',
    '<style>*{display:none}</style><link rel=stylesheet href=//evil.example/x.css><meta http-equiv=refresh content="0;url=javascript:alert(8)">',
  ].join('\n');
  const elementsBefore = await page.evaluate(() => document.querySelectorAll('*').length);
  await page.locator('#options summary').click();

  for (const format of ['auto', 'text', 'html']) {
    await page.selectOption('#opt-format', format);
    await typeText(page, hostile);
    // Activate everything the result offers: every visible jump button (groups of removed lines
    // may be collapsed), the JSON view.
    for (const button of await page.locator('#results button.jump').all()) {
      if (await button.isVisible()) await button.click();
    }
    await openJson(page);
    assert.equal(await page.locator('#mirror').textContent(), hostile);
  }
  // A hostile .html file through the file picker, too.
  const before = await requestedId(page);
  await page.setInputFiles('#file', { name: 'page.html', mimeType: 'text/html', buffer: Buffer.from(hostile) });
  await rendered(page, before);
  assert.equal(await page.inputValue('#opt-format'), 'html');

  const state = await page.evaluate(() => ({
    pwned: window.__pwned,
    bad: document.querySelectorAll('main img, main script, main iframe, main svg, main style, main link, main meta, main object, main embed, main a').length,
    handlers: [...document.querySelectorAll('main *')].filter((e) => [...e.attributes].some((a) => /^on/i.test(a.name) || /javascript:/i.test(a.value))).length,
    mirrorTags: [...new Set([...document.querySelectorAll('#mirror *')].map((e) => e.tagName))],
    display: getComputedStyle(document.querySelector('main')).display,
  }));
  assert.deepEqual(state.pwned, [], 'no script ran');
  assert.equal(state.bad, 0, 'no element made from the text');
  assert.equal(state.handlers, 0, 'no handler or javascript: URL in an attribute');
  assert.deepEqual(state.mirrorTags, ['DIV'], 'the mirror holds text blocks only');
  assert.equal(state.display, 'grid', 'no pasted style applied');
  assert.ok(await page.evaluate((n) => document.querySelectorAll('*').length > n, elementsBefore), 'results were rendered');
  assert.deepEqual(requested.filter((u) => /\/(x|y)$|evil/.test(u)), [], 'nothing fetched for the pasted markup');
  assert.equal(page.url(), server.url, 'no navigation');
  await screenshot(page, 'demo-hostile');
  await finish(t, ctx);
});

test('a 10 MB paste stays out of the textarea and the page keeps running while the worker works', async (t) => {
  const ctx = await openDemo();
  const { page, requested } = ctx;
  const { text } = seed('000');
  const before = await requestedId(page);
  const probe = await page.evaluate((unit) => {
    const big = unit.repeat(Math.ceil(10_000_000 / unit.length));
    window.__ticksWhileBusy = 0;
    window.__probe = setInterval(() => {
      if (document.body.dataset.busy === 'true') window.__ticksWhileBusy++;
    }, 10);
    const data = new DataTransfer();
    data.setData('text/plain', big);
    document.getElementById('input').dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    return { length: big.length, busyAfterPaste: document.body.dataset.busy };
  }, text);
  assert.ok(probe.length >= 10_000_000);
  assert.equal(probe.busyAfterPaste, 'true', 'the paste returned before the analysis finished');
  await rendered(page, before);
  const after = await page.evaluate(() => {
    clearInterval(window.__probe);
    return {
      ticks: window.__ticksWhileBusy,
      textarea: document.getElementById('input').value.length,
      largeShown: !document.getElementById('large').hidden,
      mirror: document.getElementById('mirror').textContent.length,
      paragraphs: document.querySelectorAll('#body .para').length,
    };
  });
  // Timers fired while the analysis ran: it ran off this thread.
  assert.ok(after.ticks > 0, `the page ran ${after.ticks} timer callbacks while busy`);
  assert.equal(after.textarea, 0);
  assert.ok(after.largeShown);
  assert.equal(after.mirror, probe.length);
  assert.ok(after.paragraphs > 0 && after.paragraphs <= 400, 'the body is rendered, capped');
  assert.ok(requested.some((u) => u.endsWith('/pkg/khabar_bg.wasm')), 'the worker fetch went through the request guard');
  assert.match(await page.locator('#metrics').textContent(), /wasm/);
  await page.screenshot({ path: join(root, 'tests', 'artifacts', 'demo-10mb.png') });
  // And back to normal editing.
  await page.locator('#large-clear').click();
  assert.equal(await page.locator('#input').isVisible(), true);
  await finish(t, ctx);
});

test('options: a bad reference date is a typed error, normalization choices apply', async (t) => {
  const ctx = await openDemo();
  const { page } = ctx;
  const { text } = seed('000');
  await typeText(page, text);
  await page.locator('#options summary').click();

  let before = await requestedId(page);
  await page.fill('#opt-now', '1400/04/26');
  await rendered(page, before);
  assert.match(await page.locator('#error').textContent(), /INVALID_DATE/);
  before = await requestedId(page);
  await page.fill('#opt-now', '2021-07-17T16:54');
  await rendered(page, before);
  assert.equal(await page.locator('#error').isHidden(), true);

  // The normalized text is the engine's, with the chosen options.
  const normalized = () => page.locator('#normalized').textContent();
  assert.equal(await normalized(), khabar.normalize(text).text);
  before = await requestedId(page);
  await page.selectOption('#opt-digits', 'ascii');
  await rendered(page, before);
  before = await requestedId(page);
  await page.selectOption('#opt-zwnj', 'keep');
  await rendered(page, before);
  before = await requestedId(page);
  await page.locator('#opt-diacritics').check();
  await rendered(page, before);
  assert.equal(await normalized(), khabar.normalize(text, { digits: 'ascii', zwnj: 'keep', removeDiacritics: true }).text);

  before = await requestedId(page);
  await page.locator('#opt-normalize').check();
  await rendered(page, before);
  const article = khabar.extract(text, { normalize: true, now: '2021-07-17T16:54' });
  assert.equal(await valueText(page, 'title'), article.title ?? NONE);
  await screenshot(page, 'demo-options');
  await finish(t, ctx);
});

test('JSON download and copy give the whole article', async (t) => {
  const ctx = await openDemo({ acceptDownloads: true });
  const { page, context } = ctx;
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  const { text } = seed('001');
  await typeText(page, text);
  const want = JSON.parse(JSON.stringify(khabar.extract(text)));
  await openJson(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#download-json').click()]);
  assert.equal(download.suggestedFilename(), 'khabar.json');
  assert.deepEqual(JSON.parse(readFileSync(await download.path(), 'utf8')), want);
  await page.locator('#copy-json').click();
  assert.deepEqual(JSON.parse(await page.evaluate(() => navigator.clipboard.readText())), want);
  await finish(t, ctx);
});

test('keyboard only: samples, results and the mirror are reachable and work', async (t) => {
  const ctx = await openDemo();
  const { page } = ctx;
  await page.keyboard.press('Tab');
  assert.ok(await page.evaluate(() => document.activeElement?.classList.contains('skip')), 'the first Tab stop skips to the results');
  assert.ok(await page.locator('.skip').isVisible(), 'and is visible when focused');
  const before = await requestedId(page);
  let reached = false;
  for (let i = 0; i < 20 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate(() => document.activeElement?.classList.contains('sample'));
  }
  assert.ok(reached, 'Tab reaches the sample buttons');
  await page.keyboard.press('Enter');
  await rendered(page, before);
  // From the title, Enter reveals it in the mirror.
  await page.locator('#title button.jump').focus();
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => CSS.highlights.get('k-focus')?.size), 1);
  const labelled = await page.evaluate(() => [...document.querySelectorAll('button, input, select, textarea, [tabindex="0"]')]
    .filter((e) => e.offsetParent !== null)
    .filter((e) => !(e.getAttribute('aria-label') || e.textContent.trim() || e.labels?.length)).map((e) => e.outerHTML.slice(0, 80)));
  assert.deepEqual(labelled, [], 'every control has a name');
  await finish(t, ctx);
});

test('dark mode follows the system and the toggle, and remembers the choice', async (t) => {
  const ctx = await openDemo({ colorScheme: 'dark' });
  const { page } = ctx;
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const dark = (rgb) => rgb.match(/\d+/g).slice(0, 3).reduce((a, c) => a + Number(c), 0) < 200;
  await typeText(page, seed('002').text);
  assert.ok(dark(await background()), 'dark by system preference');
  assert.equal(await page.locator('#theme').getAttribute('aria-pressed'), 'true');
  await screenshot(page, 'demo-dark');
  await page.locator('#theme').click();
  assert.ok(!dark(await background()), 'light after the toggle');
  await page.reload();
  await page.waitForSelector('body[data-ready="true"]');
  assert.ok(!dark(await background()), 'the choice is remembered');
  await finish(t, ctx);
});

test('works offline once loaded, and a dropped .txt file is analyzed', async (t) => {
  const ctx = await openDemo();
  const { page, context } = ctx;
  await context.setOffline(true);
  const { text } = seed('004');
  const article = khabar.extract(text);
  const before = await requestedId(page);
  await page.evaluate((content) => {
    const data = new DataTransfer();
    data.items.add(new File([content], 'page.txt', { type: 'text/plain' }));
    document.getElementById('input').dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, text);
  await rendered(page, before);
  assert.equal(await page.inputValue('#input'), text);
  assert.equal(await valueText(page, 'title'), article.title ?? NONE);
  assert.match(await valueText(page, 'language'), /ar$/);
  await finish(t, ctx);
});

test('reloads and works with the server gone, from the service worker’s copy', async (t) => {
  const own = await serve(www, 0);
  const guard = await guardedContext(browser, own.url);
  const ctx = { ...guard, ...(await openPage(guard.context, own.url, 'body[data-ready="true"]')) };
  const { page } = ctx;
  // The worker is active once installed, and installing copied the site.
  await page.waitForSelector('body[data-offline="ready"]');
  assert.equal(await page.locator('#offline').isVisible(), true);
  await own.close();
  await page.reload();
  await page.waitForSelector('body[data-ready="true"]');
  assert.equal(await page.locator('button.sample').count(), SEEDS.length, 'samples from the copy');
  const { text, expected } = seed('003');
  const before = await requestedId(page);
  await page.locator('button.sample').nth(SEEDS.indexOf('003')).click();
  await rendered(page, before);
  assert.equal(await page.inputValue('#input'), text);
  assert.match(await valueText(page, 'language'), new RegExp(`${expected.variant}$`));
  assert.ok(await page.evaluate(() => document.fonts.check('16px Vazirmatn')), 'the font from the copy');
  await finish(t, ctx);
});
