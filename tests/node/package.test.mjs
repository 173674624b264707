// The built npm package (pkg/) as Node users meet it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importKhabar, pkgDir, seed } from '../support/pkg.mjs';

const khabar = await importKhabar();

test('the Node entry needs no init and extracts seed 000', () => {
  const { text, expected } = seed('000');
  const article = khabar.extract(text);
  assert.equal(article.language, expected.language);
  assert.equal(article.variant, expected.variant);
  assert.ok(article.title, 'a title');
  assert.ok(Array.isArray(article.body));
  assert.deepEqual(JSON.parse(JSON.stringify(article)), article, 'JSON-compatible');
});

test('scores have three decimals at most, not the digits of a widened f32', () => {
  const { text } = seed('000');
  const article = khabar.extract(text);
  const scores = [...Object.values(article.confidence), ...article.dates.map((d) => d.confidence)];
  assert.ok(scores.length > 3);
  for (const s of scores) {
    assert.ok(s >= 0 && s <= 1, `${s} in 0..1`);
    // Three decimals at most; an f32 widened to f64 prints 16 or more (0.9800000190734863).
    assert.equal(Math.round(s * 1000) / 1000, s, `${s} has three decimals at most`);
  }
});

test('every span slices the original string, in UTF-16 units', () => {
  const { text } = seed('000');
  const input = `😀 ${text}`;
  const article = khabar.extract(input);
  for (const item of [...article.paragraphs, ...article.removed, ...article.dates, ...article.sources]) {
    assert.equal(input.slice(item.start, item.end).includes(item.text) || input.slice(item.start, item.end) === item.text, true);
  }
  for (const p of article.paragraphs) assert.equal(input.slice(p.start, p.end), p.text);
  if (article.titleSpan) assert.equal(input.slice(article.titleSpan.start, article.titleSpan.end), article.title.trim() === article.title ? input.slice(article.titleSpan.start, article.titleSpan.end) : article.title);
});

test('bad arguments throw an Error with a code, and the module keeps working', () => {
  const cases = [
    [() => khabar.extract(), 'INVALID_INPUT'],
    [() => khabar.extract(null), 'INVALID_INPUT'],
    [() => khabar.extract({ text: 'x' }), 'INVALID_INPUT'],
    [() => khabar.extract('x', { nope: 1 }), 'INVALID_OPTIONS'],
    [() => khabar.extract('x', { format: 'pdf' }), 'INVALID_OPTIONS'],
    [() => khabar.extract('x', 'options'), 'INVALID_OPTIONS'],
    [() => khabar.normalize('x', { digits: 'roman' }), 'INVALID_OPTIONS'],
    [() => khabar.normalize('x', { maxInputBytes: -1 }), 'INVALID_OPTIONS'],
    [() => khabar.findDates('x', { now: '1400/04/26' }), 'INVALID_DATE'],
    [() => khabar.findDates('سه کلمه اینجا', { maxInputBytes: 3 }), 'INPUT_TOO_LARGE'],
    [() => khabar.fold(7), 'INVALID_INPUT'],
  ];
  for (const [call, code] of cases) {
    assert.throws(call, (e) => e instanceof Error && e.code === code && typeof e.message === 'string', code);
  }
  assert.equal(khabar.normalize('سلام\u200f دنیا').text, 'سلام دنیا');
});

test('lone surrogates and huge strings give a result', () => {
  const lone = 'خبر \ud800 تیر';
  assert.equal(typeof khabar.normalize(lone).text, 'string');
  const big = 'متن خبر '.repeat(200_000);
  const article = khabar.extract(big);
  assert.ok(article.body.length + (article.title ? 1 : 0) >= 1);
});

test('package.json exports: node before the browser default, the wasm as a subpath', () => {
  const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
  assert.equal(pkg.name, 'khabar');
  assert.equal(pkg.type, 'module');
  assert.equal(pkg.sideEffects, false);
  const conditions = Object.keys(pkg.exports['.']);
  assert.deepEqual(conditions, ['types', 'node', 'default']);
  assert.equal(pkg.exports['./wasm'], './khabar_bg.wasm');
  for (const file of pkg.files) assert.ok(readFileSync(join(pkgDir, file)).length > 0, file);
});

test('the typings declare real result types, not any', () => {
  const dts = readFileSync(join(pkgDir, 'khabar.d.ts'), 'utf8');
  assert.match(dts, /export function extract\(text: string, options\?: ExtractOptions\): Article;/);
  assert.match(dts, /export function findDates\(text: string, options\?: DateOptions\): DateMention\[\];/);
  const publicPart = dts.split('export type InitInput')[0];
  assert.doesNotMatch(publicPart, /\bany\b/);
});

test('findNumbers reads number words with UTF-16 spans', () => {
  const text = '😀 حدود سه هزار و پانصد نظامی و ثلاثة آلاف وخمسمئة جندي در روز هفتم';
  const numbers = khabar.findNumbers(text);
  const values = numbers.map((n) => n.value);
  assert.ok(values.includes(3500), JSON.stringify(numbers));
  for (const n of numbers) assert.equal(text.slice(n.start, n.end), n.text);
  assert.throws(() => khabar.findNumbers(null), (e) => e.code === 'INVALID_INPUT');
});

test('findDates from JavaScript: values, calendars and UTF-16 spans', () => {
  const text = '😀 مشرق نیوز شنبه 26 تیر 1400 - 16:54';
  const [d] = khabar.findDates(text);
  assert.equal(d.value, '2021-07-17T16:54');
  assert.equal(d.calendar, 'persian');
  assert.equal(d.native, '1400-04-26');
  assert.equal(d.utcOffset, '+04:30');
  assert.equal(text.slice(d.start, d.end), d.text);
});
