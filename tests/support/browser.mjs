// Debian's Chromium driven by playwright-core (never a downloaded browser), with a guard that
// aborts and records every request leaving the page's origin.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { root } from './pkg.mjs';

export const artifacts = join(root, 'tests', 'artifacts');
export const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium';
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function launch() {
  mkdirSync(artifacts, { recursive: true });
  return chromium.launch({ executablePath, args: chromiumArgs });
}

/**
 * A fresh context whose requests outside `origin` (other than data: and blob: URLs, which are
 * the page's own) are aborted and listed in `outside`. Page errors and dialogs are listed too.
 */
export async function guardedContext(browser, origin, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1360, height: 1000 }, ...options });
  const outside = [];
  const requested = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    requested.push(url);
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    outside.push(url);
    return route.abort();
  });
  return { context, outside, requested };
}

/** Opens `url` in `context` and records page errors, console errors and dialogs. */
export async function openPage(context, url, ready) {
  const page = await context.newPage();
  const errors = [];
  const dialogs = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    d.dismiss().catch(() => {});
  });
  await page.goto(url);
  if (ready) await page.waitForSelector(ready);
  return { page, errors, dialogs };
}

/**
 * A full-page screenshot in tests/artifacts. The viewport grows to the page's height first:
 * blocks with `content-visibility: auto` (the mirror) are painted only inside the viewport.
 */
export async function screenshot(page, name) {
  const viewport = page.viewportSize();
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: viewport.width, height: Math.min(Math.max(height, viewport.height), 6000) });
  await page.screenshot({ path: join(artifacts, `${name}.png`), fullPage: true });
  await page.setViewportSize(viewport);
}
