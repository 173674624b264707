// The demo page: pasted text in, extraction results out.
//
// khabar runs in a module worker (worker.js); this file only renders. Everything the user pastes
// reaches the DOM as Text nodes (textContent, append of strings, textarea values): never as
// markup.
import { Mirror } from './mirror.js';
import {
  CALENDAR_LABELS,
  LANGUAGE_LABELS,
  PRECISION_LABELS,
  REASON_LABELS,
  VARIANT_LABELS,
  calendarRenderings,
  formatBytes,
  formatCount,
  formatMs,
  formatPercent,
} from './format.js';

const $ = (id) => document.getElementById(id);
const input = $('input');
const mirror = new Mirror($('mirror'));
const normalizedView = new Mirror($('normalized'), { highlights: false });

/** Debounce for typing; pastes, drops, samples and option changes run at once. */
const DEBOUNCE_MS = 200;
/** Rendering caps: the JSON download and the mirror always have everything. */
const MAX_PARAGRAPHS = 400;
const MAX_LINES_PER_REASON = 300;
const MAX_DATE_ROWS = 500;
const MAX_JSON_CHARS = 400_000;
/**
 * Texts longer than this stay out of the textarea: a browser lays out all of a textarea's text
 * at once (about a second per megabyte of Persian), while the mirror lays out what is on screen.
 */
const LARGE = 500_000;

// ---------------------------------------------------------------------------------------------
// Small DOM helpers: strings become Text nodes.

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (name === 'class') node.className = value;
    else if (name === 'dataset') Object.assign(node.dataset, value);
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  node.append(...children.flat().filter((c) => c !== null && c !== undefined && c !== false));
  return node;
}

const none = () => el('span', { class: 'none' }, '—', el('span', { class: 'sr-only' }, ' پیدا نشد'));
const latin = (text) => el('bdi', { class: 'latin', dir: 'ltr' }, text);

/** A button that shows `span` in the mirror, or plain text when there is no span. */
function jump(text, span, extra = {}) {
  if (!span) return el('span', { dir: 'auto', ...extra }, text);
  return el('button', {
    type: 'button',
    class: `jump ${extra.class ?? ''}`.trim(),
    dir: 'auto',
    title: 'نشان دادن در متن',
    dataset: { start: span.start, end: span.end },
  }, text);
}

function fill(id, ...children) {
  $(id).replaceChildren(...children.flat().filter(Boolean));
}

// ---------------------------------------------------------------------------------------------
// Theme: the system's preference until the user picks one.

const themeButton = $('theme');
const systemDark = matchMedia('(prefers-color-scheme: dark)');
function applyTheme() {
  const chosen = localStorage.getItem('khabar-theme');
  const dark = chosen ? chosen === 'dark' : systemDark.matches;
  if (chosen) document.documentElement.dataset.theme = chosen;
  else delete document.documentElement.dataset.theme;
  themeButton.setAttribute('aria-pressed', String(dark));
  themeButton.textContent = dark ? 'حالت روشن' : 'حالت تیره';
}
themeButton.addEventListener('click', () => {
  const dark = themeButton.getAttribute('aria-pressed') === 'true';
  localStorage.setItem('khabar-theme', dark ? 'light' : 'dark');
  applyTheme();
});
systemDark.addEventListener('change', applyTheme);
applyTheme();

// ---------------------------------------------------------------------------------------------
// Options

function extractOptions() {
  const options = { format: $('opt-format').value, normalize: $('opt-normalize').checked };
  const now = $('opt-now').value.trim();
  if (now) options.now = now;
  return options;
}

function normalizeOptions() {
  return { digits: $('opt-digits').value, zwnj: $('opt-zwnj').value, removeDiacritics: $('opt-diacritics').checked };
}

for (const id of ['opt-format', 'opt-normalize', 'opt-digits', 'opt-zwnj', 'opt-diacritics']) {
  $(id).addEventListener('change', () => analyze());
}
$('opt-now').addEventListener('input', () => schedule());

// ---------------------------------------------------------------------------------------------
// The engine: one request in flight, the newest one waiting.

const engine = {
  worker: null,
  ready: false,
  busy: false,
  pending: null,
  lastId: 0,
  initMs: null,
  wasmBytes: null,
};

function startWorker() {
  let worker;
  try {
    worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
  } catch {
    return startLocal();
  }
  worker.addEventListener('message', ({ data }) => onEngineMessage(data));
  worker.addEventListener('error', (event) => {
    // A browser without module workers: run on this thread instead.
    event.preventDefault();
    if (!engine.ready) startLocal();
    else showError({ code: 'WORKER', message: event.message || 'the worker stopped' });
  });
  engine.worker = worker;
}

async function startLocal() {
  const started = performance.now();
  const khabar = await import('./pkg/khabar.js');
  await khabar.default();
  engine.worker = {
    postMessage(req) {
      setTimeout(() => {
        try {
          const t0 = performance.now();
          const article = khabar.extract(req.text, req.extract);
          const t1 = performance.now();
          const normalized = khabar.normalize(req.text, req.normalize);
          onEngineMessage({ type: 'result', id: req.id, article, normalized, extractMs: t1 - t0, normalizeMs: performance.now() - t1 });
        } catch (e) {
          onEngineMessage({ type: 'error', id: req.id, code: e.code ?? 'INTERNAL', message: e.message });
        }
      });
    },
  };
  onEngineMessage({ type: 'ready', initMs: performance.now() - started, wasmBytes: null });
}

function send(req) {
  engine.busy = true;
  setBusy(true);
  engine.worker.postMessage(req);
}

function onEngineMessage(msg) {
  if (msg.type === 'ready') {
    engine.ready = true;
    engine.initMs = msg.initMs;
    engine.wasmBytes = msg.wasmBytes;
    showMetrics();
    document.body.dataset.ready = 'true';
    if (engine.pending) {
      const req = engine.pending;
      engine.pending = null;
      send(req);
    }
    return;
  }
  if (msg.id === null) {
    showError(msg);
    return;
  }
  engine.busy = false;
  if (engine.pending) {
    // This result is already stale: compute the newest request instead of rendering it.
    const req = engine.pending;
    engine.pending = null;
    send(req);
    return;
  }
  setBusy(false);
  if (msg.id !== engine.lastId) return;
  if (msg.type === 'error') {
    showError(msg);
    clearResults();
    mirror.show(current.text, []);
    announce(`خطا: ${msg.code}`);
  } else {
    render(current.text, msg);
  }
  document.body.dataset.rendered = String(msg.id);
}

/** The text and options of the newest request. */
let current = { text: '' };
let timer = 0;

function schedule() {
  clearTimeout(timer);
  timer = setTimeout(analyze, DEBOUNCE_MS);
}

function analyze() {
  clearTimeout(timer);
  const text = large ?? input.value;
  const id = ++engine.lastId;
  document.body.dataset.requested = String(id);
  if (!text.trim()) {
    engine.pending = null;
    current = { text: '' };
    clearResults();
    mirror.show('', []);
    announce('');
    setBusy(engine.busy);
    document.body.dataset.rendered = String(id);
    return;
  }
  const req = { id, text, extract: extractOptions(), normalize: normalizeOptions() };
  current = req;
  if (!engine.ready || engine.busy) engine.pending = req;
  else send(req);
  if (!engine.busy) setBusy(true);
}

// The live region announces results only; "analyzing" is shown, not spoken on every keystroke.
function setBusy(busy) {
  document.body.dataset.busy = String(busy);
  $('results').setAttribute('aria-busy', String(busy));
  $('busy').hidden = !busy;
}

// ---------------------------------------------------------------------------------------------
// Input: typing, pasting, dropping files, samples.

/** The input when it is too large for the textarea (see LARGE), else null. */
let large = null;

function setText(text) {
  large = text.length > LARGE ? text : null;
  input.value = large ? '' : text;
  input.hidden = Boolean(large);
  $('large').hidden = !large;
  if (large) $('large-info').textContent = `متن بزرگ: ${formatCount(text.length)} نویسه. برای روان ماندن صفحه، متن فقط در «متن با نشانه‌ها» نمایش داده می‌شود.`;
  analyze();
}

function pasteLarge(event) {
  const text = event.clipboardData?.getData('text/plain') ?? '';
  if (text.length <= LARGE && event.currentTarget === input) return;
  event.preventDefault();
  if (event.currentTarget === input) {
    const value = input.value;
    setText(value.slice(0, input.selectionStart) + text + value.slice(input.selectionEnd));
  } else {
    setText(text);
  }
}
input.addEventListener('paste', pasteLarge);
$('large').addEventListener('paste', pasteLarge);

input.addEventListener('input', (event) => {
  // A paste is one deliberate act: show its result at once. Typing is debounced.
  if (event.inputType === 'insertFromPaste' || event.inputType === 'insertFromDrop') analyze();
  else schedule();
});

async function loadFile(file) {
  const text = await file.text();
  if (/\.html?$/i.test(file.name) || file.type === 'text/html') $('opt-format').value = 'html';
  setText(text);
}

const drop = $('drop');
drop.addEventListener('dragover', (event) => {
  if (!event.dataTransfer?.types.includes('Files')) return;
  event.preventDefault();
  drop.classList.add('dragging');
});
drop.addEventListener('dragleave', () => drop.classList.remove('dragging'));
drop.addEventListener('drop', (event) => {
  drop.classList.remove('dragging');
  const file = event.dataTransfer?.files?.[0];
  if (!file) return;
  event.preventDefault();
  loadFile(file);
});
$('open-file').addEventListener('click', () => $('file').click());
$('file').addEventListener('change', () => {
  const file = $('file').files[0];
  if (file) loadFile(file);
  $('file').value = '';
});
for (const id of ['clear', 'large-clear']) {
  $(id).addEventListener('click', () => {
    setText('');
    input.focus();
  });
}

async function loadSamples() {
  let list;
  try {
    const response = await fetch('samples/index.json');
    if (!response.ok) return;
    list = await response.json();
  } catch {
    return;
  }
  const buttons = list.map((sample, i) => {
    const label = `${formatCount(i + 1)}. ${VARIANT_LABELS[sample.variant] ?? sample.variant ?? ''}`;
    const button = el('button', { type: 'button', class: 'sample', dataset: { file: sample.file } }, label);
    button.addEventListener('click', async () => {
      const response = await fetch(`samples/${encodeURIComponent(sample.file)}`);
      $('opt-format').value = 'auto';
      setText(await response.text());
    });
    return button;
  });
  $('samples').replaceChildren(...buttons);
}

// ---------------------------------------------------------------------------------------------
// Rendering the result

let shown = null;

function announce(text) {
  $('status').textContent = text;
}

function showError(msg) {
  const box = $('error');
  box.hidden = false;
  box.replaceChildren(el('strong', {}, 'خطا '), latin(msg.code ?? 'ERROR'), ': ', el('span', { dir: 'auto' }, msg.message ?? ''));
}

function showMetrics(result) {
  const parts = [];
  if (engine.initMs !== null) parts.push(['راه‌اندازی', formatMs(engine.initMs), 'm-init']);
  if (result) parts.push(['تحلیل', formatMs(result.extractMs), 'm-extract']);
  if (result?.normalizeMs !== null && result?.normalizeMs !== undefined) parts.push(['یکدست‌سازی', formatMs(result.normalizeMs), 'm-normalize']);
  if (engine.wasmBytes) parts.push(['wasm', formatBytes(engine.wasmBytes), 'm-wasm']);
  if (result) parts.push(['ورودی', `${formatCount(current.text.length)} نویسه`, 'm-input']);
  $('metrics').replaceChildren(
    ...parts.flatMap(([label, value, id], i) => [i ? ' · ' : '', el('span', { id }, `${label}: `, el('bdi', {}, value))]),
  );
}

function clearResults() {
  shown = null;
  for (const id of ['title', 'lead', 'published', 'page-date', 'language', 'site', 'sources', 'news-id', 'section', 'confidence']) fill(id, none());
  $('kicker').hidden = true;
  $('warnings').hidden = true;
  fill('body');
  fill('removed');
  $('dates').tBodies[0].replaceChildren();
  normalizedView.show('', []);
  $('normalized-info').textContent = '';
  $('json').textContent = '';
  $('json-info').textContent = '';
  showMetrics();
}

function render(text, result) {
  const { article } = result;
  shown = { text, result, json: null };
  $('error').hidden = true;
  showMetrics(result);

  $('kicker').hidden = !article.kicker;
  $('kicker').textContent = article.kicker ?? '';
  fill('title', article.title ? jump(article.title, article.titleSpan) : none());
  fill('lead', article.lead ? jump(article.lead, article.leadSpan) : none());
  fill('published', article.published ? dateCard(article.published, article.variant) : none());
  fill('page-date', article.pageDate ? dateCard(article.pageDate, article.variant) : none());
  fill('language', languageCard(article));
  fill('site', article.site ? el('span', { dir: 'auto' }, article.site) : none());
  fill('sources', article.sources.length
    ? el('ul', { class: 'chips' }, article.sources.map((s) => el('li', {}, jump(s.name, s, { class: 'chip' }))))
    : none());
  fill('news-id', article.newsId ? latin(article.newsId) : none());
  fill('section', article.section ? el('span', { dir: 'auto' }, article.section) : none());
  fill('confidence', confidenceCard(article.confidence));
  $('warnings').hidden = article.warnings.length === 0;
  fill('warnings', article.warnings.length ? [el('h3', {}, 'هشدارها'), el('ul', {}, article.warnings.map((w) => el('li', { dir: 'auto' }, w)))] : []);

  renderBody(article);
  renderRemoved(article.removed);
  renderDates(article.dates, article.variant);
  renderNormalized(result);
  if ($('json-view').open) renderJson();

  mirror.show(text, spans(article));
  announce(summary(article));
}

function dateCard(mention, variant) {
  const rows = calendarRenderings(mention, variant);
  return [
    el('p', { class: 'as-written' }, jump(mention.text, mention)),
    rows.length
      ? el('dl', { class: 'calendars' }, rows.flatMap((r) => [el('dt', {}, CALENDAR_LABELS[r.calendar]), el('dd', { dir: 'auto', dataset: { calendar: r.calendar } }, r.text)]))
      : el('p', { class: 'hint' }, mention.value ? 'بدون سال: به تقویم‌های دیگر برگردانده نمی‌شود.' : 'نسبی به روزی که متن نمی‌گوید.'),
    el('p', { class: 'iso' },
      latin(mention.value ?? 'null'),
      mention.native ? [' · ', CALENDAR_LABELS[mention.calendar], ' ', latin(mention.native)] : [],
      ' · ', `دقت: ${PRECISION_LABELS[mention.precision] ?? mention.precision}`,
      mention.relative ? ' · نسبی' : '',
    ),
  ];
}

function languageCard(article) {
  const label = article.variant ? VARIANT_LABELS[article.variant] : LANGUAGE_LABELS[article.language];
  return [el('span', { class: 'lang-label' }, label ?? article.language), ' ', latin(article.variant ?? article.language)];
}

function confidenceCard(confidence) {
  const rows = [['title', 'عنوان'], ['published', 'تاریخ انتشار'], ['body', 'متن']];
  return el('dl', { class: 'meters' }, rows.flatMap(([key, label]) => {
    const value = Math.min(Math.max(Number(confidence?.[key]) || 0, 0), 1);
    return [
      el('dt', {}, label),
      el('dd', {}, el('meter', { min: 0, max: 1, value: value.toFixed(2), 'aria-label': label }), ' ', formatPercent(value)),
    ];
  }));
}

function renderBody(article) {
  const paragraphs = article.paragraphs.slice(0, MAX_PARAGRAPHS).map((p, i) =>
    el('div', { class: 'para' },
      el('button', { type: 'button', class: 'jump mini', title: 'نشان دادن در متن', 'aria-label': `نشان دادن بند ${formatCount(i + 1)} در متن`, dataset: { start: p.start, end: p.end } }, '¶'),
      el('p', { dir: 'auto', lang: p.variant ?? p.language }, p.text),
    ));
  const more = article.paragraphs.length - MAX_PARAGRAPHS;
  fill('body', article.paragraphs.length ? paragraphs : none(), more > 0 ? el('p', { class: 'hint' }, `و ${formatCount(more)} بند دیگر (در JSON).`) : null);
  $('h-body').textContent = `متن تمیز (${formatCount(article.paragraphs.length)} بند)`;
}

function renderRemoved(removed) {
  const groups = new Map();
  for (const r of removed) {
    if (!groups.has(r.reason)) groups.set(r.reason, []);
    groups.get(r.reason).push(r);
  }
  const order = Object.keys(REASON_LABELS);
  const reasons = [...groups.keys()].sort((a, b) => (order.indexOf(a) >>> 0) - (order.indexOf(b) >>> 0));
  fill('removed', reasons.length ? reasons.map((reason) => {
    const lines = groups.get(reason);
    const more = lines.length - MAX_LINES_PER_REASON;
    return el('details', { class: 'group', dataset: { reason } },
      el('summary', {}, REASON_LABELS[reason] ?? reason, ' ', latin(reason), ` (${formatCount(lines.length)})`),
      el('ul', {}, lines.slice(0, MAX_LINES_PER_REASON).map((r) => el('li', {}, jump(r.text, r, { class: 'line' })))),
      more > 0 ? el('p', { class: 'hint' }, `و ${formatCount(more)} خط دیگر.`) : null,
    );
  }) : none());
  $('h-removed').textContent = `خط‌های حذف‌شده (${formatCount(removed.length)})`;
}

function renderDates(dates, variant) {
  const rows = dates.slice(0, MAX_DATE_ROWS).map((d) => el('tr', {},
    el('td', {}, jump(d.text, d)),
    el('td', {}, CALENDAR_LABELS[d.calendar] ?? d.calendar),
    el('td', {}, d.native ? latin(d.native) : '—'),
    el('td', {}, latin(d.value ?? 'null'), d.utcOffset ? [' ', latin(d.utcOffset)] : [], d.relative ? ' (نسبی)' : ''),
    el('td', { class: 'renderings' }, calendarRenderings(d, variant).map((r) => el('div', { dir: 'auto' }, r.text))),
    el('td', {}, PRECISION_LABELS[d.precision] ?? d.precision),
    el('td', {}, formatPercent(Math.min(Math.max(Number(d.confidence) || 0, 0), 1))),
  ));
  if (!rows.length) rows.push(el('tr', {}, el('td', { colspan: 7 }, none())));
  $('dates').tBodies[0].replaceChildren(...rows);
  $('h-dates').textContent = `همه‌ی تاریخ‌های متن (${formatCount(dates.length)})`;
}

function renderNormalized(result) {
  if (result.normalizeError) {
    normalizedView.show('', []);
    $('normalized-info').textContent = `${result.normalizeError.code}: ${result.normalizeError.message}`;
    return;
  }
  normalizedView.show(result.normalized?.text ?? '', []);
  $('normalized-info').textContent = result.normalized ? `${formatCount(result.normalized.changes.length)} تغییر` : '';
}

function jsonText() {
  if (!shown) return '';
  shown.json ??= JSON.stringify(shown.result.article, null, 2);
  return shown.json;
}

function renderJson() {
  const json = jsonText();
  const cut = json.length > MAX_JSON_CHARS;
  $('json').textContent = cut ? `${json.slice(0, MAX_JSON_CHARS)}\n…` : json;
  $('json-info').textContent = cut ? `نمایش ${formatCount(MAX_JSON_CHARS)} نویسه از ${formatCount(json.length)}؛ فایل کامل را دریافت کنید.` : '';
}

$('json-view').addEventListener('toggle', () => {
  if ($('json-view').open) renderJson();
});

async function copyText(text, button) {
  const label = button.textContent;
  try {
    await navigator.clipboard.writeText(text);
    button.textContent = 'کپی شد';
  } catch {
    // No clipboard permission: select the text so that the user can copy it.
    const pre = $('json');
    getSelection().selectAllChildren(pre);
    button.textContent = 'متن انتخاب شد؛ Ctrl+C';
  }
  setTimeout(() => { button.textContent = label; }, 1500);
}

$('copy-json').addEventListener('click', (event) => copyText(jsonText(), event.currentTarget));
$('copy-body').addEventListener('click', (event) => {
  const a = shown?.result.article;
  if (!a) return;
  copyText([a.title, a.lead, ...a.body].filter(Boolean).join('\n\n'), event.currentTarget);
});
$('download-json').addEventListener('click', () => {
  const json = jsonText();
  if (!json) return;
  const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
  const link = el('a', { href: url, download: 'khabar.json' });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
});

function summary(article) {
  const parts = [];
  parts.push(article.title ? `عنوان: ${article.title}` : 'عنوانی پیدا نشد');
  parts.push(`زبان: ${article.variant ? VARIANT_LABELS[article.variant] : LANGUAGE_LABELS[article.language]}`);
  if (article.published) parts.push(`تاریخ انتشار: ${article.published.text}`);
  parts.push(`${formatCount(article.paragraphs.length)} بند`);
  parts.push(`${formatCount(article.dates.length)} تاریخ`);
  parts.push(`${formatCount(article.removed.length)} خط حذف‌شده`);
  return `تحلیل شد. ${parts.join('؛ ')}.`;
}

// ---------------------------------------------------------------------------------------------
// Highlights and jumping to spans

const enabledKinds = () => new Set([...document.querySelectorAll('.legend input:checked')].map((c) => c.dataset.kind));

function spans(article) {
  const on = enabledKinds();
  const out = [];
  const add = (kind, span) => {
    if (span && on.has(kind)) out.push({ kind, start: span.start, end: span.end });
  };
  add('title', article.titleSpan);
  add('lead', article.leadSpan);
  add('published', article.published);
  add('date', article.pageDate);
  for (const d of article.dates) add('date', d);
  for (const s of article.sources) add('source', s);
  for (const r of article.removed) add('removed', r);
  return out;
}

for (const box of document.querySelectorAll('.legend input')) {
  box.addEventListener('change', () => {
    if (shown) mirror.show(shown.text, spans(shown.result.article));
  });
}

$('results').addEventListener('click', (event) => {
  const target = event.target.closest('[data-start]');
  if (!target) return;
  const start = Number(target.dataset.start);
  const end = Number(target.dataset.end);
  mirror.reveal(start, end);
});

// ---------------------------------------------------------------------------------------------

async function showVersion() {
  try {
    const { version } = await (await fetch('pkg/package.json')).json();
    $('version').textContent = version;
  } catch {
    // The version is a courtesy.
  }
}

clearResults();
startWorker();
loadSamples();
showVersion();
// An offline copy (sw.js). Not available from file:// or in private modes: the page works without.
navigator.serviceWorker
  ?.register('sw.js')
  .then(() => navigator.serviceWorker.ready)
  .then(() => {
    document.body.dataset.offline = 'ready';
    $('offline').hidden = false;
  })
  .catch(() => {});
if (input.value) analyze();
