// The demo page: pasted text in, extraction results out. Input is only ever rendered as text.
import init, { extract } from './pkg/khabar.js';

const input = document.getElementById('input');
const status = document.getElementById('status');
const fields = {
  title: document.getElementById('title'),
  language: document.getElementById('language'),
  published: document.getElementById('published'),
};

function show(article) {
  fields.title.textContent = article.title ?? '—';
  fields.language.textContent = article.variant ?? article.language;
  const p = article.published;
  fields.published.textContent = p ? `${p.text} → ${p.value ?? '?'}` : '—';
}

let timer = 0;
function schedule() {
  clearTimeout(timer);
  timer = setTimeout(run, 150);
}

function run() {
  try {
    show(extract(input.value));
    status.textContent = '';
  } catch (e) {
    status.textContent = `${e.code ?? 'ERROR'}: ${e.message}`;
  }
}

await init();
input.addEventListener('input', schedule);
document.body.dataset.ready = 'true';
