// The example Manifest V3 extension (www/extension), loaded unpacked into Debian's Chromium.
// Opening its popup page directly runs khabar inside the extension (its CSP, its packaged wasm);
// the function it injects into the reader's tab is run on a served page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { serve } from '../support/serve.mjs';
import { importKhabar, root, seed } from '../support/pkg.mjs';
import { chromiumArgs, executablePath, guardedContext, launch, openPage, screenshot } from '../support/browser.mjs';
import { readPage } from '../../www/extension/read-page.js';

const extension = join(root, 'www', 'extension');
const manifest = JSON.parse(readFileSync(join(extension, 'manifest.json'), 'utf8'));
const khabar = await importKhabar();

/** Chromium's ID for an unpacked extension: the SHA-256 of its path, hex digits 0-f as a-p. */
const extensionId = [...createHash('sha256').update(extension).digest('hex').slice(0, 32)]
  .map((c) => String.fromCharCode(97 + parseInt(c, 16)))
  .join('');

let profile;
let context;

before(async () => {
  profile = mkdtempSync(join(tmpdir(), 'khabar-extension-'));
  context = await chromium.launchPersistentContext(profile, {
    executablePath,
    args: [...chromiumArgs, `--disable-extensions-except=${extension}`, `--load-extension=${extension}`],
  });
});

after(async () => {
  await context?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

test('the manifest asks for the least: activeTab and scripting, wasm allowed, nothing remote', () => {
  assert.equal(manifest.manifest_version, 3);
  assert.deepEqual([...manifest.permissions].sort(), ['activeTab', 'scripting']);
  assert.equal(manifest.host_permissions, undefined);
  assert.equal(manifest.content_scripts, undefined, 'nothing injected into every page');
  assert.equal(manifest.web_accessible_resources, undefined);
  const csp = manifest.content_security_policy.extension_pages;
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'/);
  assert.doesNotMatch(csp, /'unsafe-eval'|'unsafe-inline'|https?:/);
  assert.equal(manifest.action.default_popup, 'popup.html');
  const html = readFileSync(join(extension, 'popup.html'), 'utf8');
  assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/, 'no inline script');
  assert.match(readFileSync(join(extension, 'popup.js'), 'utf8'), /from '\.\/pkg\/khabar\.js'/, 'the package is inside the extension');
});

test('the popup runs extract inside the extension', async () => {
  const page = await context.newPage();
  const errors = [];
  const outside = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => {
    if (!r.url().startsWith(`chrome-extension://${extensionId}/`)) outside.push(r.url());
  });
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  // Opened as a tab, the popup's "active tab" is itself, which it may not script: it offers
  // the paste box, as it does on chrome:// pages.
  await page.waitForSelector('body[data-state="manual"]');
  for (const name of ['000', '003']) {
    const { text, expected } = seed(name);
    const article = khabar.extract(text);
    await page.fill('#input', text);
    await page.waitForFunction((t) => document.getElementById('title').textContent === t, article.title ?? '—');
    assert.equal(await page.locator('#language').textContent(), expected.variant);
    assert.equal(await page.locator('#title').textContent(), expected.title);
    assert.equal(await page.locator('#removed').textContent(), String(article.removed.length));
  }
  await screenshot(page, 'extension-popup');
  assert.deepEqual(errors, []);
  assert.deepEqual(outside, [], 'the popup loads only its own files');
  await page.close();
});

test('the injected reader returns the selection, else the page text, else the HTML on request', async () => {
  const server = await serve(join(root, 'tests', 'fixtures', 'seeds'), 0);
  const browser = await launch();
  try {
    const guard = await guardedContext(browser, server.url);
    const { page } = await openPage(guard.context, server.url);
    const { text } = seed('002');
    await page.setContent(`<!doctype html><meta charset="utf-8"><body dir="rtl"><h1></h1><article></article><script>/* the page's own */</script></body>`);
    await page.evaluate((t) => {
      const [title, ...rest] = t.split('\n');
      document.querySelector('h1').textContent = title;
      for (const line of rest) document.querySelector('article').append(Object.assign(document.createElement('p'), { textContent: line }));
    }, text);

    const whole = await page.evaluate(readPage, false);
    assert.equal(whole.kind, 'page');
    assert.equal(whole.format, 'text');
    assert.equal(khabar.extract(whole.text).variant, 'fa-AF');

    const html = await page.evaluate(readPage, true);
    assert.equal(html.kind, 'html');
    assert.equal(html.format, 'html');
    assert.match(html.text, /^<html/);

    await page.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.querySelector('h1'));
      getSelection().addRange(range);
    });
    const selected = await page.evaluate(readPage, true);
    assert.deepEqual(selected, { kind: 'selection', text: text.split('\n')[0].trim(), format: 'text' });
    assert.deepEqual(guard.outside, []);
  } finally {
    await browser.close();
    await server.close();
  }
});
