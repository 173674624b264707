// Runs inside the page the user is reading (chrome.scripting.executeScript serializes this
// function, so it must not use anything from its module). It returns plain data: the selected
// text when there is a selection, the page's visible text otherwise, and the HTML on request.
export function readPage(wantHtml) {
  const selection = String(globalThis.getSelection?.() ?? '').trim();
  if (selection) return { kind: 'selection', text: selection, format: 'text' };
  if (wantHtml) return { kind: 'html', text: document.documentElement.outerHTML, format: 'html' };
  return { kind: 'page', text: document.body?.innerText ?? '', format: 'text' };
}
