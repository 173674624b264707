// Display helpers with no DOM: labels in Persian, numbers and dates through Intl. Imported by the
// page and by the Node tests (tests/node/format.test.mjs).

/** The UI locale for an article's variety: Dari gets fa-AF month names (حمل، ثور، ...). */
export function localeFor(variant) {
  if (variant === 'fa-AF') return 'fa-AF';
  if (variant === 'ar') return 'ar';
  return 'fa-IR';
}

export const LANGUAGE_LABELS = {
  fa: 'فارسی',
  ar: 'عربی',
  und: 'نامشخص',
};

export const VARIANT_LABELS = {
  'fa-IR': 'فارسی ایران',
  'fa-AF': 'دری افغانستان',
  ar: 'عربی',
};

export const CALENDAR_LABELS = {
  persian: 'هجری خورشیدی',
  gregorian: 'میلادی',
  islamic: 'هجری قمری',
};

export const PRECISION_LABELS = {
  year: 'سال',
  month: 'ماه',
  day: 'روز',
  minute: 'دقیقه',
  second: 'ثانیه',
};

/** Every reason of `RemovalReason`, in the order the page lists groups. */
export const REASON_LABELS = {
  navigation: 'فهرست و پیوندهای بخش‌ها',
  'site-chrome': 'اجزای سایت',
  'date-banner': 'تاریخ امروزِ سایت',
  dateline: 'خط تاریخ و منبع',
  'news-id': 'کد خبر',
  duplicate: 'تکراری',
  'read-also': 'بیشتر بخوانید',
  related: 'خبرهای مرتبط و پربازدید',
  credit: 'منبع و اعتبار',
  comments: 'دیدگاه‌ها',
  newsletter: 'خبرنامه و اشتراک',
  disclaimer: 'سلب مسئولیت',
  tags: 'برچسب‌ها',
  counter: 'شمارنده‌ها',
  copyright: 'حق نشر',
  caption: 'زیرنویس تصویر',
  other: 'دیگر',
};

const numberFormat = new Intl.NumberFormat('fa-IR');
const decimalFormat = new Intl.NumberFormat('fa-IR', { maximumFractionDigits: 1 });
const percentFormat = new Intl.NumberFormat('fa-IR', { style: 'percent', maximumFractionDigits: 0 });

export const formatCount = (n) => numberFormat.format(n);
export const formatPercent = (x) => percentFormat.format(x);

/** Milliseconds, one decimal under 10 ms. */
export function formatMs(ms) {
  return `${(ms < 10 ? decimalFormat : numberFormat).format(ms)} میلی‌ثانیه`;
}

export function formatBytes(bytes) {
  if (bytes < 1024) return `${numberFormat.format(bytes)} بایت`;
  if (bytes < 1024 * 1024) return `${decimalFormat.format(bytes / 1024)} کیلوبایت`;
  return `${decimalFormat.format(bytes / 1024 / 1024)} مگابایت`;
}

/**
 * Reads the `value` of a DateMention: `2021-07-17T16:54`, `2021-07`, `2014`, `--07-26`, with
 * seconds when written. Returns null for anything else (including null).
 */
export function parseIsoValue(value) {
  if (typeof value !== 'string') return null;
  const m = /^(?:(-?\d{4,})|-)(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?)?)?$/.exec(value);
  if (!m) return null;
  const [, year, month, day, hour, minute, second] = m;
  if (year === undefined && (month === undefined || day === undefined)) return null;
  return {
    year: year === undefined ? null : Number(year),
    month: month === undefined ? null : Number(month),
    day: day === undefined ? null : Number(day),
    hour: hour === undefined ? null : Number(hour),
    minute: minute === undefined ? null : Number(minute),
    second: second === undefined ? null : Number(second),
  };
}

const INTL_CALENDARS = { gregorian: 'gregory', persian: 'persian', islamic: 'islamic-umalqura' };

/**
 * The date of a DateMention in the three calendars, formatted for `variant`'s locale, as
 * `[{ calendar, text }]`. The wall-clock time written in the article is kept as written (the
 * formatter runs in UTC on the local components) and the UTC offset is added when the text gave
 * a time. Calendars that need a year the text does not give are left out.
 */
export function calendarRenderings(mention, variant) {
  const parts = parseIsoValue(mention?.value);
  if (!parts) return [];
  const locale = localeFor(variant);
  const hasYear = parts.year !== null;
  const time = parts.hour !== null;
  const options = { timeZone: 'UTC' };
  if (hasYear) options.year = 'numeric';
  if (parts.month !== null) options.month = 'long';
  if (parts.day !== null) options.day = 'numeric';
  if (parts.day !== null && hasYear) options.weekday = 'long';
  if (time) {
    options.hour = '2-digit';
    options.minute = '2-digit';
    options.hourCycle = 'h23';
    if (parts.second !== null) options.second = '2-digit';
  }
  const date = new Date(0);
  date.setUTCFullYear(hasYear ? parts.year : 2000, (parts.month ?? 1) - 1, parts.day ?? 1);
  date.setUTCHours(parts.hour ?? 12, parts.minute ?? 0, parts.second ?? 0, 0);
  const offset = time && mention.utcOffset ? ` (UTC${mention.utcOffset})` : '';
  // Composed from parts in one fixed order (weekday, day, month, year, time): ICU's own
  // long pattern for the Persian calendar puts the year first and a Latin comma in.
  const render = (calendar) => {
    const fmt = new Intl.DateTimeFormat(`${locale}-u-ca-${INTL_CALENDARS[calendar]}`, options);
    const part = {};
    for (const p of fmt.formatToParts(date)) part[p.type] = p.value;
    const day = [part.day, part.month, part.year ?? part.relatedYear].filter(Boolean).join(' ');
    const clock = time ? [part.hour, part.minute, part.second].filter(Boolean).join(':') : '';
    const text = [part.weekday, day].filter(Boolean).join('، ') + (clock ? `، ${clock}` : '');
    return { calendar, text: text + offset };
  };
  // A whole day converts between calendars; a month, a year or a day without a year does not
  // (Tir 1400 spans two Gregorian months), so those are shown in their own calendar only.
  if (hasYear && parts.day !== null) return ['persian', 'gregorian', 'islamic'].map(render);
  if (mention.calendar === 'gregorian') return [render('gregorian')];
  return mention.native ? [{ calendar: mention.calendar, text: mention.native }] : [];
}
