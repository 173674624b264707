// The read-only mirror of the input with highlighted spans.
//
// The text is split into blocks of about CHUNK code units at line ends, each a text node in a
// `content-visibility: auto` block, so that a 10 MB paste costs layout only for what is on
// screen. Spans are UTF-16 offsets, which is what DOM Ranges take, so a span becomes a Range
// after a binary search for its text node. Highlights use the CSS Custom Highlight API where the
// browser has it and `<mark>` elements otherwise. Text only ever enters the DOM as Text nodes.

const CHUNK = 16384;
/** At most this many ranges per kind: enough for any article, bounded for hostile input. */
const MAX_RANGES = 20000;
/** Kinds in paint order: later ones win where spans overlap. */
export const KINDS = ['removed', 'lead', 'title', 'source', 'date', 'published'];

const hasHighlightApi = typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';

export class Mirror {
  /** `highlights: false` for a plain read-only view: highlights are global to the document. */
  constructor(root, { highlights = true } = {}) {
    this.root = root;
    this.highlights = highlights;
    this.text = '';
    /** Start offset of each text node, ascending, and the nodes. */
    this.starts = [];
    this.nodes = [];
    this.mode = hasHighlightApi ? 'highlight-api' : 'mark';
    root.dataset.mode = this.mode;
  }

  /** Shows `text` with `spans` ({ kind, start, end }) highlighted. */
  show(text, spans) {
    this.text = text;
    this.clearHighlights();
    const chunks = splitChunks(text);
    const blocks = [];
    this.starts = [];
    this.nodes = [];
    const marks = this.mode === 'mark' && this.highlights ? segments(text.length, spans) : null;
    let m = 0;
    for (const [start, end] of chunks) {
      const block = document.createElement('div');
      block.className = 'chunk';
      if (marks) {
        // Segments that cross a block boundary are cut there.
        while (m < marks.length && marks[m].end <= start) m++;
        let pos = start;
        for (let i = m; i < marks.length && marks[i].start < end; i++) {
          const s = Math.max(marks[i].start, start);
          const e = Math.min(marks[i].end, end);
          if (s > pos) this.#addText(block, pos, text.slice(pos, s));
          const mark = document.createElement('mark');
          mark.className = marks[i].kinds.map((k) => `k-${k}`).join(' ');
          this.#addText(mark, s, text.slice(s, e));
          block.append(mark);
          pos = e;
        }
        if (end > pos) this.#addText(block, pos, text.slice(pos, end));
      } else {
        this.#addText(block, start, text.slice(start, end));
      }
      blocks.push(block);
    }
    this.root.replaceChildren(...blocks);
    if (this.mode === 'highlight-api' && this.highlights) {
      const byKind = new Map(KINDS.map((k) => [k, []]));
      for (const s of spans) {
        const list = byKind.get(s.kind);
        if (!list || list.length >= MAX_RANGES) continue;
        const range = this.range(s.start, s.end);
        if (range) list.push(range);
      }
      KINDS.forEach((kind, priority) => {
        const ranges = byKind.get(kind);
        if (!ranges.length) return;
        const highlight = new Highlight(...ranges);
        highlight.priority = priority;
        CSS.highlights.set(`k-${kind}`, highlight);
      });
    }
  }

  #addText(parent, start, text) {
    const node = document.createTextNode(text);
    parent.append(node);
    this.starts.push(start);
    this.nodes.push(node);
  }

  /** The text node holding offset `offset` and the offset inside it. */
  #locate(offset, preferEnd) {
    const { starts } = this;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      // An end offset on a node boundary belongs to the node before it.
      if (starts[mid] < offset || (!preferEnd && starts[mid] === offset)) lo = mid;
      else hi = mid - 1;
    }
    const node = this.nodes[lo];
    if (!node) return null;
    return { node, offset: Math.min(Math.max(offset - starts[lo], 0), node.length) };
  }

  /** A Range over [start, end) of the mirrored text, or null when out of bounds. */
  range(start, end) {
    if (!(start >= 0 && end >= start && end <= this.text.length) || !this.nodes.length) return null;
    const a = this.#locate(start, false);
    const b = this.#locate(end, true);
    if (!a || !b) return null;
    const range = document.createRange();
    range.setStart(a.node, a.offset);
    range.setEnd(b.node, b.offset);
    return range;
  }

  clearHighlights() {
    if (this.mode === 'highlight-api' && this.highlights) {
      for (const kind of [...KINDS, 'focus']) CSS.highlights.delete(`k-${kind}`);
    }
  }

  /** Scrolls the mirror to [start, end) and marks it as the focused span. */
  reveal(start, end) {
    const range = this.range(start, end);
    if (!range) return false;
    const block = range.startContainer.parentElement?.closest('.chunk');
    block?.scrollIntoView({ block: 'nearest' });
    const place = () => {
      const outer = this.root.getBoundingClientRect();
      const inner = range.getBoundingClientRect();
      this.root.scrollTop += inner.top - outer.top - this.root.clientHeight / 3;
    };
    place();
    // Blocks above may have been laid out by the first scroll and changed size.
    requestAnimationFrame(place);
    this.root.scrollIntoView({ block: 'nearest' });
    if (this.mode === 'highlight-api') {
      const focus = new Highlight(range);
      focus.priority = KINDS.length;
      CSS.highlights.set('k-focus', focus);
    } else {
      const selection = getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
    }
    return true;
  }
}

/** [start, end) blocks of about CHUNK units, cut after a line break when there is one. */
function splitChunks(text) {
  const out = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(start + CHUNK, text.length);
    if (end < text.length) {
      const nl = text.indexOf('\n', end);
      if (nl !== -1 && nl - start < CHUNK * 2) end = nl + 1;
      else if (isLowSurrogate(text.charCodeAt(end))) end++;
    }
    out.push([start, end]);
    start = end;
  }
  return out;
}

const isLowSurrogate = (c) => c >= 0xdc00 && c <= 0xdfff;

/**
 * Flattens overlapping spans into ordered, non-overlapping segments with the kinds that cover
 * each, for the `<mark>` fallback.
 */
function segments(length, spans) {
  const events = [];
  const counts = new Map();
  for (const s of spans) {
    if (!(s.start >= 0 && s.end > s.start && s.end <= length)) continue;
    const n = counts.get(s.kind) ?? 0;
    if (n >= MAX_RANGES) continue;
    counts.set(s.kind, n + 1);
    events.push([s.start, 1, s.kind], [s.end, -1, s.kind]);
  }
  events.sort((a, b) => a[0] - b[0]);
  const active = new Map();
  const out = [];
  let pos = 0;
  for (const [at, delta, kind] of events) {
    if (at > pos) {
      const kinds = KINDS.filter((k) => active.get(k) > 0);
      if (kinds.length) out.push({ start: pos, end: at, kinds });
      pos = at;
    }
    active.set(kind, (active.get(kind) ?? 0) + delta);
  }
  return out;
}
