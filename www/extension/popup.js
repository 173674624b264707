// The popup: reads the selection or the text of the active tab (activeTab + scripting: granted
// for that tab only, and only when the user clicks the toolbar button), runs khabar on it
// inside the extension, and shows the result. The wasm is packaged in pkg/, loaded by init()
// next to khabar.js; the manifest's CSP allows it with 'wasm-unsafe-eval'.
import init, { extract } from './pkg/khabar.js';
import { readPage } from './read-page.js';

const $ = (id) => document.getElementById(id);
let article = null;

function show(result) {
  article = result;
  $('result').hidden = false;
  $('title').textContent = result.title ?? '—';
  $('language').textContent = result.variant ?? result.language;
  const p = result.published;
  $('published').textContent = p ? `${p.text} (${p.value ?? '?'}${p.utcOffset ? ` ${p.utcOffset}` : ''})` : '—';
  $('sources').textContent = result.sources.map((s) => s.name).join('، ') || '—';
  $('body').textContent = result.body.slice(0, 5).join('\n\n') + (result.body.length > 5 ? '\n…' : '');
  $('removed').textContent = String(result.removed.length);
  $('copy-text').disabled = false;
  $('copy-json').disabled = false;
}

function run(text, format, label) {
  try {
    show(extract(text, { format }));
    $('status').textContent = label;
    document.body.dataset.state = 'done';
  } catch (e) {
    $('status').textContent = `${e.code ?? 'ERROR'}: ${e.message}`;
    document.body.dataset.state = 'error';
  }
}

async function readActiveTab() {
  const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
  const [{ result }] = await chrome.scripting.executeScript({
    target: { tabId: tab.id },
    func: readPage,
    args: [$('mode').value === 'html'],
  });
  return result;
}

async function analyzeTab() {
  let page;
  try {
    page = await readActiveTab();
  } catch {
    // chrome:// pages, the Web Store, or no activeTab grant: let the user paste instead.
    $('manual').hidden = false;
    $('status').textContent = 'به این صفحه دسترسی نیست.';
    document.body.dataset.state = 'manual';
    return;
  }
  const label = page.kind === 'selection' ? 'متن انتخاب‌شده تحلیل شد.' : 'صفحه تحلیل شد.';
  run(page.text, page.format, label);
}

await init();
$('input').addEventListener('input', () => run($('input').value, 'auto', 'متن چسبانده‌شده تحلیل شد.'));
$('mode').addEventListener('change', analyzeTab);
$('copy-json').addEventListener('click', () => navigator.clipboard.writeText(JSON.stringify(article, null, 2)));
$('copy-text').addEventListener('click', () => {
  navigator.clipboard.writeText([article.title, article.lead, ...article.body].filter(Boolean).join('\n\n'));
});
document.body.dataset.ready = 'true';
analyzeTab();
