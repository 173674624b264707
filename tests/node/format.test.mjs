// The demo's display helpers (www/format.js): a date in the three calendars through Intl, with
// Dari month names for fa-AF, and the labels for every value the result types allow.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pkgDir } from '../support/pkg.mjs';
import {
  CALENDAR_LABELS,
  LANGUAGE_LABELS,
  PRECISION_LABELS,
  REASON_LABELS,
  VARIANT_LABELS,
  calendarRenderings,
  parseIsoValue,
} from '../../www/format.js';

const published = { text: 'شنبه 26 تیر 1400 - 16:54', value: '2021-07-17T16:54', calendar: 'persian', native: '1400-04-26', utcOffset: '+04:30', precision: 'minute' };

test('a dated time is shown in Solar Hijri, Gregorian and lunar Hijri, with its offset', () => {
  const rows = calendarRenderings(published, 'fa-IR');
  assert.deepEqual(rows.map((r) => r.calendar), ['persian', 'gregorian', 'islamic']);
  const [persian, gregorian, islamic] = rows.map((r) => r.text);
  // 1400-04-26 SH = 2021-07-17 = 7 Dhu al-Hijjah 1442 (Umm al-Qura), a Saturday.
  assert.match(persian, /^شنبه، ۲۶ تیر ۱۴۰۰، ۱۶:۵۴ \(UTC\+04:30\)$/);
  assert.match(gregorian, /^شنبه، ۱۷ (ژوئیهٔ|ژوئیه|جولای) ۲۰۲۱، ۱۶:۵۴/);
  assert.match(islamic, /^شنبه، ۷ (ذیحجه|ذی‌الحجه|ذوالحجه) ۱۴۴۲، ۱۶:۵۴/);
});

test('Dari gets the Afghan solar month names', () => {
  const [persian] = calendarRenderings(published, 'fa-AF');
  assert.match(persian.text, /سرطان/, 'Tir is Saratan in Afghanistan');
  const dalw = calendarRenderings({ value: '2021-02-07', calendar: 'persian', precision: 'day' }, 'fa-AF');
  assert.match(dalw[0].text, /دلو/);
});

test('what cannot be converted is shown in its own calendar only', () => {
  assert.deepEqual(calendarRenderings({ value: '--07-26', calendar: 'gregorian', precision: 'day' }, 'ar').map((r) => r.calendar), ['gregorian']);
  assert.deepEqual(calendarRenderings({ value: '2021-06', calendar: 'persian', native: '1400-04', precision: 'month' }, 'fa-IR'), [{ calendar: 'persian', text: '1400-04' }]);
  assert.deepEqual(calendarRenderings({ value: '2014', calendar: 'gregorian', precision: 'year' }, 'ar').length, 1);
  assert.deepEqual(calendarRenderings({ value: null, calendar: 'gregorian', precision: 'day', relative: true }, 'fa-IR'), []);
  assert.deepEqual(calendarRenderings({ value: 'garbage', calendar: 'gregorian' }, 'fa-IR'), []);
  // No time written: no offset shown.
  assert.doesNotMatch(calendarRenderings({ value: '2024-11-05', calendar: 'gregorian', precision: 'day', utcOffset: null }, 'ar')[1].text, /UTC/);
});

test('ISO values at every precision the contract allows', () => {
  assert.deepEqual(parseIsoValue('2021-07-17T16:54:05'), { year: 2021, month: 7, day: 17, hour: 16, minute: 54, second: 5 });
  assert.deepEqual(parseIsoValue('--07-26'), { year: null, month: 7, day: 26, hour: null, minute: null, second: null });
  assert.equal(parseIsoValue('2014').year, 2014);
  for (const bad of ['', '--07', '2021-7-1', '2021-07-17T16', null, 7]) assert.equal(parseIsoValue(bad), null, String(bad));
});

test('every enum value in the package typings has a label', () => {
  const dts = readFileSync(join(pkgDir, 'khabar.d.ts'), 'utf8');
  const union = (name) => {
    const body = new RegExp(`export type ${name} =([^;]+);`).exec(dts)?.[1];
    assert.ok(body, name);
    return [...body.matchAll(/"([^"]+)"/g)].map((m) => m[1]).sort();
  };
  assert.deepEqual(Object.keys(REASON_LABELS).sort(), union('RemovalReason'));
  assert.deepEqual(Object.keys(CALENDAR_LABELS).sort(), union('CalendarKind'));
  assert.deepEqual(Object.keys(PRECISION_LABELS).sort(), union('Precision'));
  assert.deepEqual(Object.keys(VARIANT_LABELS).sort(), union('Variant'));
  assert.deepEqual(Object.keys(LANGUAGE_LABELS).sort(), union('Language'));
});
