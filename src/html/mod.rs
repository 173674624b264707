//! HTML input: a page's markup read as the text a person gets by copying the page, with a map
//! back to the markup and the page's own metadata.
//!
//! Browser extensions send `document.documentElement.outerHTML`; the rest of the pipeline works on
//! lines of text. [`read`] turns block elements into line breaks (a blank line around paragraphs
//! and headings), joins inline elements, collapses whitespace as a browser does (`<pre>` keeps
//! it), decodes character references, and leaves out what a browser does not show: `<head>`,
//! scripts, styles, templates, SVG, form controls, comments, and elements marked `hidden`,
//! `aria-hidden="true"` or `style="display:none"`. Attributes are never rendered (`<img alt>` is
//! not text). [`PageMeta`] gathers `<title>`, Open Graph and `article:` meta, JSON-LD and
//! `<time datetime>`.
//!
//! The reader is one linear pass with no recursion, and it keeps visible text when the markup is
//! broken: an unclosed comment, `<script>` or quoted attribute ends at the next `>` instead of
//! swallowing the rest of the page.
//!
//! ```text
//! html: <nav><a>خانه</a><a>سیاسی</a></nav><h1>تیتر</h1><p>متن <b>خبر</b><br>ادامه</p><div hidden>پنهان</div>
//! text: "خانه سیاسی\n\nتیتر\n\nمتن خبر\nادامه"
//! ```
//!
//! Every byte of the text maps back through [`HtmlText::map`]: copied text to itself, a decoded
//! reference to the reference, a collapsed space to the whitespace (or the tag) it stands for,
//! and a line break to the tag that made it.

mod entities;
mod jsonld;
mod meta;
#[cfg(test)]
mod tests;
mod text;
mod tokenizer;

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use crate::normalize::OffsetMap;
pub(crate) use meta::PageMeta;
use text::{LINE, PARAGRAPH, TextBuilder};
use tokenizer::{RAW_ELEMENTS, Tag, Token, Tokenizer, attr, attrs};

/// A page read as text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct HtmlText {
    /// The visible text, one block per line, a blank line between paragraphs.
    pub text: String,
    /// From byte offsets in `text` to byte offsets in the HTML.
    pub map: OffsetMap,
    pub meta: PageMeta,
}

/// Reads a page. Never fails: any string is some HTML.
pub(crate) fn read(html: &str) -> HtmlText {
    let first = Reader::new(html, true).run();
    // A page whose text is mostly in hidden elements was probably saved before its scripts
    // revealed it, or has an `<svg>` that never closes: read it again showing everything.
    if first.hidden_bytes >= 200 && first.hidden_bytes > 2 * first.visible_bytes {
        return Reader::new(html, false).run().text;
    }
    first.text
}

/// Whether `input` is markup rather than text: a doctype or `<html>`, `<head>`, `<body>` or
/// `<meta>` tag near the start, or block tags as dense as the lines. A stray `<` (`a < b`, `<3`)
/// or a few inline tags in pasted text do not count.
pub(crate) fn looks_like_html(input: &str) -> bool {
    let mut window = input.len().min(64 * 1024);
    while !input.is_char_boundary(window) {
        window -= 1;
    }
    let head = input.get(..window).unwrap_or("");
    let b = head.as_bytes();
    let trimmed = head.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{FEFF}');
    if trimmed.len() >= 9 && trimmed.as_bytes()[..9].eq_ignore_ascii_case(b"<!doctype") {
        return true;
    }
    let (mut blocks, mut known, mut ends) = (0usize, 0usize, 0usize);
    let mut first_tag_known = false;
    let mut i = 0;
    while let Some(p) = b.get(i..).and_then(|r| r.iter().position(|&c| c == b'<')) {
        let at = i + p;
        i = at + 1;
        let is_end = b.get(at + 1) == Some(&b'/');
        let name_start = at + 1 + usize::from(is_end);
        let name_len = b.get(name_start..).map_or(0, |r| r.iter().take_while(|c| c.is_ascii_alphanumeric()).take(12).count());
        let delimited = b.get(name_start + name_len).is_some_and(|&c| matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'/' | b'>'));
        if name_len == 0 || !delimited {
            continue;
        }
        let mut buf = [0u8; 16];
        let Some(name) = lower16(head.get(name_start..name_start + name_len).unwrap_or(""), &mut buf) else { continue };
        let strong = matches!(name, "html" | "head" | "body" | "meta");
        let block = classify(name) & (BLOCK | PARA) != 0 || name == "br";
        let inline = matches!(name, "span" | "a" | "b" | "i" | "strong" | "em" | "img" | "script" | "style" | "link" | "title");
        if strong && at < 4096 && !is_end {
            return true;
        }
        if !(block || inline || strong) {
            continue;
        }
        if known == 0 && head.len() - trimmed.len() == at {
            first_tag_known = true;
        }
        known += 1;
        blocks += usize::from(block);
        ends += usize::from(is_end);
    }
    if known == 0 || ends == 0 {
        return false;
    }
    // A fragment (`<div><p>...</p></div>`) starts with a tag; pasted text with a few tags keeps
    // its structure in line breaks, which an HTML reading would collapse.
    let lines = head.lines().filter(|l| !l.trim().is_empty()).count();
    (first_tag_known && known >= 2 && blocks >= 1) || (blocks >= 4 && blocks * 3 >= lines)
}

// Element properties.
const VOID: u16 = 1;
const BLOCK: u16 = 1 << 1;
const PARA: u16 = 1 << 2;
/// Content never rendered.
const SKIP: u16 = 1 << 3;
const PRE: u16 = 1 << 4;
/// Starting this element closes an open `<p>`.
const CLOSES_P: u16 = 1 << 5;
/// Implied end tags do not reach past this element.
const SCOPE: u16 = 1 << 6;
/// SVG or MathML: `/>` closes it and raw-text rules do not apply inside.
const FOREIGN: u16 = 1 << 7;
const RAW: u16 = 1 << 8;

/// Properties of an element from its lower-case name (HTML Living Standard, "Rendering" and
/// "Parsing" sections, reduced to what matters for text).
fn classify(name: &str) -> u16 {
    match name {
        "area" | "base" | "basefont" | "bgsound" | "br" | "col" | "embed" | "frame" | "img" | "input" | "keygen" | "link" | "meta"
        | "param" | "source" | "track" | "wbr" => VOID,
        "hr" => VOID | BLOCK | CLOSES_P,
        "p" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => PARA | CLOSES_P,
        "pre" | "listing" => BLOCK | PRE | CLOSES_P,
        "address" | "article" | "aside" | "blockquote" | "center" | "details" | "dialog" | "dir" | "div" | "dl" | "fieldset"
        | "figcaption" | "figure" | "footer" | "form" | "header" | "hgroup" | "main" | "menu" | "nav" | "ol" | "search" | "section"
        | "summary" | "ul" | "li" | "dd" | "dt" => BLOCK | CLOSES_P,
        "table" => BLOCK | CLOSES_P | SCOPE,
        "caption" | "td" | "th" => BLOCK | SCOPE,
        "tr" | "tbody" | "thead" | "tfoot" | "legend" | "body" | "frameset" | "optgroup" | "option" => BLOCK,
        "html" => BLOCK | SCOPE,
        "button" | "object" | "applet" | "marquee" => SCOPE,
        "template" => SKIP | SCOPE,
        "svg" => SKIP | SCOPE | FOREIGN,
        "math" => SCOPE | FOREIGN,
        "select" | "datalist" | "audio" | "video" | "canvas" => SKIP,
        "script" | "style" | "title" | "textarea" | "noscript" | "iframe" | "xmp" | "noembed" | "noframes" => RAW,
        _ => 0,
    }
}

/// `name` in ASCII lower case, or `None` when longer than any element name we know.
fn lower16<'b>(name: &str, buf: &'b mut [u8; 16]) -> Option<&'b str> {
    let dst = buf.get_mut(..name.len())?;
    dst.copy_from_slice(name.as_bytes());
    dst.make_ascii_lowercase();
    std::str::from_utf8(dst).ok()
}

/// FNV-1a of the ASCII-lower-cased name: matches end tags to start tags without allocating.
const fn name_hash(name: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut i = 0;
    while i < name.len() {
        h ^= name[i].to_ascii_lowercase() as u64;
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
        i += 1;
    }
    h
}

const H_P: u64 = name_hash(b"p");
const H_LI: u64 = name_hash(b"li");
const H_UL: u64 = name_hash(b"ul");
const H_OL: u64 = name_hash(b"ol");
const H_DD: u64 = name_hash(b"dd");
const H_DT: u64 = name_hash(b"dt");
const H_DL: u64 = name_hash(b"dl");
const H_TD: u64 = name_hash(b"td");
const H_TH: u64 = name_hash(b"th");
const H_TR: u64 = name_hash(b"tr");
const H_TABLE: u64 = name_hash(b"table");
const H_OPTION: u64 = name_hash(b"option");
const H_SELECT: u64 = name_hash(b"select");
const H_HEADINGS: [u64; 6] = [name_hash(b"h1"), name_hash(b"h2"), name_hash(b"h3"), name_hash(b"h4"), name_hash(b"h5"), name_hash(b"h6")];

/// Browsers stop nesting at 512 levels (Chromium's parser limit); deeper elements are read as
/// siblings, which bounds the stack.
const MAX_DEPTH: usize = 512;
/// How far down the stack an implied end tag looks.
const IMPLIED_REACH: usize = 16;

/// Whether an element's own attributes hide it.
fn is_hidden(attrs_text: &str) -> bool {
    attrs(attrs_text).any(|a| {
        let n = a.name;
        eq_ic(n, "hidden") || (eq_ic(n, "aria-hidden") && eq_ic(a.value.trim(), "true")) || (eq_ic(n, "style") && style_hides(a.value))
    })
}

/// ASCII case-insensitive equality, out of line: attribute and tag names are compared in many
/// places, and each inlined comparison loop costs the wasm.
#[inline(never)]
pub(crate) fn eq_ic(a: &str, b: &str) -> bool {
    a.eq_ignore_ascii_case(b)
}

/// `display: none` or `visibility: hidden` in an inline style.
fn style_hides(style: &str) -> bool {
    style.split(';').any(|decl| {
        let Some((prop, value)) = decl.split_once(':') else { return false };
        let value = value.trim();
        let value = value.strip_suffix("!important").unwrap_or(value).trim();
        let prop = prop.trim();
        (eq_ic(prop, "display") && eq_ic(value, "none"))
            || (eq_ic(prop, "visibility") && eq_ic(value, "hidden"))
    })
}

/// The keys are already FNV hashes: use them as they are (and keep SipHash out of the wasm).
#[derive(Default)]
struct PreHashed(u64);

impl Hasher for PreHashed {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(b);
        }
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

#[derive(Clone, Copy)]
struct Open {
    hash: u64,
    /// This element hides its content (and is counted in `Reader::skip`).
    skip: bool,
    /// ... because of its attributes, or as an SVG: text inside counts towards re-reading the page
    /// with everything shown (an SVG that never closes hides the rest of the page).
    suspect: bool,
    pre: bool,
    article: bool,
    foreign: bool,
    scope: bool,
}

struct Reader<'a> {
    src: &'a str,
    out: TextBuilder<'a>,
    meta: meta::Collector,
    stack: Vec<Open>,
    /// Open elements per name hash, so that an end tag with no open element is dropped in O(1).
    open_count: HashMap<u64, u32, BuildHasherDefault<PreHashed>>,
    skip: usize,
    suspect: usize,
    pre: usize,
    article: usize,
    foreign: usize,
    honor_hidden: bool,
    /// The raw-text element just entered, and whether it is JSON-LD.
    raw_owner: Option<(usize, bool)>,
    /// A newline right after `<pre>` is not content.
    pre_start: Option<usize>,
    hidden_bytes: usize,
    /// The end tag of an inline element that nothing has followed yet.
    inline_end: Option<(usize, usize)>,
    /// The raw text of the first visible `<h1>` (most news pages print the headline in it), and
    /// whether that element is still open.
    heading: String,
    in_heading: bool,
}

struct Outcome {
    text: HtmlText,
    visible_bytes: usize,
    hidden_bytes: usize,
}

impl<'a> Reader<'a> {
    fn new(src: &'a str, honor_hidden: bool) -> Reader<'a> {
        Reader {
            src,
            out: TextBuilder::new(src),
            meta: meta::Collector::default(),
            stack: Vec::new(),
            open_count: HashMap::default(),
            skip: 0,
            suspect: 0,
            pre: 0,
            article: 0,
            foreign: 0,
            honor_hidden,
            raw_owner: None,
            pre_start: None,
            hidden_bytes: 0,
            inline_end: None,
            heading: String::new(),
            in_heading: false,
        }
    }

    fn run(mut self) -> Outcome {
        let mut tokens = Tokenizer::new(self.src);
        while let Some(token) = tokens.next() {
            let pre_start = self.pre_start.take();
            let inline_end = self.inline_end.take();
            match token {
                Token::Text { start, end } => self.text(start, end, pre_start),
                Token::Start(tag) => self.start(&tag, &mut tokens, inline_end),
                Token::End { name, start, end } => self.end(name, start, end),
                Token::Raw { start, end } => self.raw(start, end),
                // A comment between two elements does not separate them.
                Token::Markup { .. } => self.inline_end = inline_end,
            }
        }
        let visible_bytes = self.out.visible_bytes;
        let (text, map) = self.out.finish();
        let mut meta = self.meta.finish();
        meta.heading = meta::clean(&self.heading, false);
        Outcome { text: HtmlText { text, map, meta }, visible_bytes, hidden_bytes: self.hidden_bytes }
    }

    fn text(&mut self, start: usize, end: usize, pre_start: Option<usize>) {
        if self.skip > 0 {
            if self.suspect > 0 {
                let s = self.src.as_bytes().get(start..end).unwrap_or(&[]);
                self.hidden_bytes += s.iter().filter(|b| !b.is_ascii_whitespace()).count();
            }
            return;
        }
        if self.in_heading {
            self.heading.push_str(self.src.get(start..end).unwrap_or(""));
        }
        if self.pre == 0 {
            self.out.text(start, end);
            return;
        }
        let mut start = start;
        if pre_start == Some(start) {
            let b = self.src.as_bytes();
            if b.get(start) == Some(&b'\r') {
                start += 1;
            }
            if b.get(start) == Some(&b'\n') {
                start += 1;
            }
        }
        self.out.pre_text(start, end);
    }

    fn raw(&mut self, start: usize, end: usize) {
        let Some((which, json_ld)) = self.raw_owner.take() else { return };
        let content = self.src.get(start..end).unwrap_or("");
        match RAW_ELEMENTS.get(which) {
            Some(&"title") if self.skip == 0 => self.meta.title(content),
            Some(&"script") if json_ld => self.meta.json_ld(content),
            _ => {}
        }
    }

    fn start(&mut self, tag: &Tag<'_>, tokens: &mut Tokenizer<'_>, inline_end: Option<(usize, usize)>) {
        let mut buf = [0u8; 16];
        let name = lower16(tag.name, &mut buf).unwrap_or("");
        let hash = name_hash(tag.name.as_bytes());
        let flags = classify(name);
        self.meta.start_tag(name, tag, self.article > 0);
        if flags & RAW != 0 && self.foreign == 0 {
            if let Some(which) = RAW_ELEMENTS.iter().position(|r| *r == name) {
                tokens.enter_raw(which);
                let json_ld = name == "script" && attr(tag.attrs, "type").is_some_and(|t| t.to_ascii_lowercase().contains("ld+json"));
                self.raw_owner = Some((which, json_ld));
            }
            self.inline_end = inline_end;
            return;
        }
        self.close_implied(name, flags);
        let void = flags & VOID != 0 || (tag.self_closing && (self.foreign > 0 || flags & FOREIGN != 0));
        if self.skip > 0 {
            if !void {
                self.push(Open {
                    hash,
                    skip: false,
                    suspect: false,
                    pre: false,
                    article: false,
                    foreign: flags & FOREIGN != 0,
                    scope: flags & SCOPE != 0,
                });
            }
            return;
        }
        let hidden_attr = self.honor_hidden && is_hidden(tag.attrs);
        let foreign = flags & FOREIGN != 0;
        if (flags & SKIP != 0 && (self.honor_hidden || !foreign)) || hidden_attr {
            if !void {
                self.push(Open {
                    hash,
                    skip: true,
                    suspect: hidden_attr || foreign,
                    pre: false,
                    article: false,
                    foreign: flags & FOREIGN != 0,
                    scope: flags & SCOPE != 0,
                });
            }
            return;
        }
        if name == "br" {
            self.out.line_break(tag.start, tag.end);
            return;
        }
        if name == "h1" && self.heading.trim().is_empty() {
            self.in_heading = true;
        }
        if flags & PARA != 0 {
            self.out.block(PARAGRAPH, tag.start, tag.end);
        } else if flags & BLOCK != 0 {
            self.out.block(LINE, tag.start, tag.end);
        }
        if void {
            return;
        }
        // Sibling inline elements with nothing between them (`<a>خانه</a><a>اخبار</a>`) are laid
        // out apart by the site's CSS; a space keeps their words apart.
        if let Some((s, e)) = inline_end {
            self.out.soft_space(s, e);
        }
        let pre = flags & PRE != 0;
        self.push(Open {
            hash,
            skip: false,
            suspect: false,
            pre,
            article: name == "article",
            foreign: flags & FOREIGN != 0,
            scope: flags & SCOPE != 0,
        });
        if pre {
            self.pre_start = Some(tag.end);
        }
    }

    fn end(&mut self, name: &str, start: usize, end: usize) {
        let mut buf = [0u8; 16];
        let lname = lower16(name, &mut buf).unwrap_or("");
        let flags = classify(lname);
        if flags & RAW != 0 && self.foreign == 0 {
            return;
        }
        if lname == "br" {
            // `</br>` is read as `<br>`.
            if self.skip == 0 {
                self.out.line_break(start, end);
            }
            return;
        }
        let was_visible = self.skip == 0;
        let hash = name_hash(name.as_bytes());
        if self.open_count.get(&hash).is_some_and(|&n| n > 0) {
            while let Some(top) = self.pop() {
                if top.hash == hash {
                    break;
                }
            }
        }
        if was_visible {
            if flags & PARA != 0 {
                self.out.block(PARAGRAPH, start, end);
            } else if flags & BLOCK != 0 {
                self.out.block(LINE, start, end);
            } else if self.skip == 0 && flags & VOID == 0 {
                self.inline_end = Some((start, end));
            }
        }
    }

    fn push(&mut self, open: Open) {
        if self.stack.len() >= MAX_DEPTH {
            return;
        }
        *self.open_count.entry(open.hash).or_insert(0) += 1;
        self.skip += usize::from(open.skip);
        self.suspect += usize::from(open.suspect);
        self.pre += usize::from(open.pre);
        self.article += usize::from(open.article);
        self.foreign += usize::from(open.foreign);
        self.stack.push(open);
    }

    fn pop(&mut self) -> Option<Open> {
        let open = self.stack.pop()?;
        if open.hash == H_HEADINGS[0] {
            self.in_heading = false;
        }
        if let Some(n) = self.open_count.get_mut(&open.hash) {
            *n = n.saturating_sub(1);
        }
        self.skip -= usize::from(open.skip);
        self.suspect -= usize::from(open.suspect);
        self.pre -= usize::from(open.pre);
        self.article -= usize::from(open.article);
        self.foreign -= usize::from(open.foreign);
        Some(open)
    }

    /// The end tags a browser implies when `name` starts: a new paragraph, list item, cell or row
    /// closes the open one. Looks at most [`IMPLIED_REACH`] elements down.
    fn close_implied(&mut self, name: &str, flags: u16) {
        if flags & CLOSES_P != 0 {
            self.close_open(&[H_P], &[]);
        }
        match name {
            "li" => self.close_open(&[H_LI], &[H_UL, H_OL]),
            "dd" | "dt" => self.close_open(&[H_DD, H_DT], &[H_DL]),
            "td" | "th" => self.close_open(&[H_TD, H_TH], &[H_TR, H_TABLE]),
            "tr" => self.close_open(&[H_TR], &[H_TABLE]),
            "option" | "optgroup" => self.close_open(&[H_OPTION], &[H_SELECT]),
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" if self.stack.last().is_some_and(|top| H_HEADINGS.contains(&top.hash)) => {
                self.pop();
            }
            _ => {}
        }
    }

    fn close_open(&mut self, targets: &[u64], stops: &[u64]) {
        let n = self.stack.len();
        for k in 0..n.min(IMPLIED_REACH) {
            let Some(open) = self.stack.get(n - 1 - k) else { return };
            if targets.contains(&open.hash) {
                for _ in 0..=k {
                    self.pop();
                }
                return;
            }
            if open.scope || stops.contains(&open.hash) {
                return;
            }
        }
    }
}
