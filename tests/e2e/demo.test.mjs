// The demo page in headless Chromium (playwright-core driving Debian's /usr/bin/chromium):
// pasting seed 000 shows its title, and no request leaves 127.0.0.1.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { serve } from '../support/serve.mjs';
import { root, seed } from '../support/pkg.mjs';

const artifacts = join(root, 'tests', 'artifacts');
let server;
let browser;

before(async () => {
  mkdirSync(artifacts, { recursive: true });
  server = await serve(join(root, 'www'), 0);
  // Playwright gives the browser a fresh temporary profile.
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function openDemo() {
  const page = await browser.newPage();
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(server.url);
  await page.waitForSelector('body[data-ready="true"]');
  return { page, requests, errors };
}

test('pasting seed 000 shows its title and language', async () => {
  const { page, requests, errors } = await openDemo();
  const { text, expected } = seed('000');
  await page.fill('#input', text);
  await page.waitForFunction((t) => document.getElementById('title').textContent === t, expected.title);
  assert.equal(await page.textContent('#language'), expected.variant);
  await page.screenshot({ path: join(artifacts, 'demo-seed-000.png'), fullPage: true });
  assert.deepEqual(errors, []);
  const outside = requests.filter((u) => !u.startsWith(server.url));
  assert.deepEqual(outside, [], 'every request stays on 127.0.0.1');
  await page.close();
});
