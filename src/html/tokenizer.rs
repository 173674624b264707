//! A forgiving HTML tokenizer in one linear pass.
//!
//! It follows the WHATWG tokenizer where that matters for text (tags, attributes with quoted `>`,
//! comments, doctypes, raw-text elements such as `<script>`) and departs from it where the
//! standard would swallow the rest of a broken page: a tag, comment or raw-text element that never
//! ends does not hide the text after it. Every search that fails is remembered, so hostile input
//! (thousands of unclosed `<!--` or `<a "`) cannot make the pass quadratic.

/// A start tag. Offsets are bytes into the source.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Tag<'a> {
    pub name: &'a str,
    /// The text between the name and the closing `>` (attributes, unparsed).
    pub attrs: &'a str,
    pub start: usize,
    pub end: usize,
    /// Written as `<name ... />` (meaningful only for void and foreign elements).
    pub self_closing: bool,
}

#[derive(Clone, Copy, Debug)]
pub(crate) enum Token<'a> {
    /// Character data, references not yet decoded.
    Text {
        start: usize,
        end: usize,
    },
    Start(Tag<'a>),
    End {
        name: &'a str,
        start: usize,
        end: usize,
    },
    /// The content of a raw-text element the caller entered with [`Tokenizer::enter_raw`].
    Raw {
        start: usize,
        end: usize,
    },
    /// A comment, doctype, CDATA section or processing instruction. The reader skips it; its
    /// span is read only by the tokenizer's tests.
    Markup {
        #[cfg_attr(not(test), allow(dead_code))]
        start: usize,
        #[cfg_attr(not(test), allow(dead_code))]
        end: usize,
    },
}

/// Elements whose content is not markup (`<script>`, `<style>`, ...) or is text without tags
/// (`<title>`, `<textarea>`).
pub(crate) const RAW_ELEMENTS: [&str; 9] = ["script", "style", "title", "textarea", "noscript", "iframe", "xmp", "noembed", "noframes"];

pub(crate) struct Tokenizer<'a> {
    src: &'a str,
    pos: usize,
    raw: Option<usize>,
    queued: Option<Token<'a>>,
    // The earliest position from which a search is known to fail; later searches fail at once.
    no_gt_from: usize,
    no_quote_from: [usize; 2],
    no_comment_end_from: usize,
    no_cdata_end_from: usize,
    no_raw_end_from: [usize; RAW_ELEMENTS.len()],
    /// After one tag ran off the end of the input inside a quoted value, quotes are ignored and
    /// every tag ends at the next `>`, which keeps the pass linear on broken input.
    degraded: bool,
}

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0C')
}

impl<'a> Tokenizer<'a> {
    pub fn new(src: &'a str) -> Tokenizer<'a> {
        Tokenizer {
            src,
            pos: 0,
            raw: None,
            queued: None,
            no_gt_from: usize::MAX,
            no_quote_from: [usize::MAX; 2],
            no_comment_end_from: usize::MAX,
            no_cdata_end_from: usize::MAX,
            no_raw_end_from: [usize::MAX; RAW_ELEMENTS.len()],
            degraded: false,
        }
    }

    /// Reads the next stretch as the raw content of element `RAW_ELEMENTS[which]`, up to its end
    /// tag. Call right after its start tag. Without an end tag the content is taken as empty.
    pub fn enter_raw(&mut self, which: usize) {
        if which < RAW_ELEMENTS.len() {
            self.raw = Some(which);
        }
    }

    fn bytes(&self) -> &'a [u8] {
        self.src.as_bytes()
    }

    fn find_byte(&self, from: usize, needle: u8) -> Option<usize> {
        self.bytes().get(from..)?.iter().position(|&b| b == needle).map(|i| from + i)
    }

    fn find_gt(&mut self, from: usize) -> Option<usize> {
        if from >= self.no_gt_from {
            return None;
        }
        let found = self.find_byte(from, b'>');
        if found.is_none() {
            self.no_gt_from = from;
        }
        found
    }

    fn find_quote(&mut self, from: usize, quote: u8) -> Option<usize> {
        let slot = usize::from(quote == b'\'');
        if from >= self.no_quote_from[slot] {
            return None;
        }
        let found = self.find_byte(from, quote);
        if found.is_none() {
            self.no_quote_from[slot] = from;
        }
        found
    }

    fn find_seq(&self, from: usize, seq: &[u8]) -> Option<usize> {
        let bytes = self.bytes();
        let first = *seq.first()?;
        let mut i = from;
        while let Some(at) = self.find_byte(i, first) {
            if bytes.get(at..at + seq.len()) == Some(seq) {
                return Some(at);
            }
            i = at + 1;
        }
        None
    }

    /// Where the next `<` after `from` is, or the end.
    fn next_lt(&self, from: usize) -> usize {
        self.find_byte(from, b'<').unwrap_or(self.src.len())
    }

    fn text_until_next_lt(&mut self, start: usize) -> Token<'a> {
        let end = self.next_lt(start + 1);
        self.pos = end;
        Token::Text { start, end }
    }

    /// Finds `</name` (any case) followed by a space, `/`, `>` or the end, from `from`.
    fn find_raw_end(&mut self, which: usize, from: usize) -> Option<(usize, usize)> {
        let name = RAW_ELEMENTS.get(which)?.as_bytes();
        if from >= self.no_raw_end_from[which] {
            return None;
        }
        let bytes = self.bytes();
        let mut i = from;
        while let Some(at) = self.find_byte(i, b'<') {
            i = at + 1;
            if bytes.get(at + 1) != Some(&b'/') {
                continue;
            }
            let name_end = at + 2 + name.len();
            let Some(candidate) = bytes.get(at + 2..name_end) else { break };
            if !candidate.eq_ignore_ascii_case(name) {
                continue;
            }
            if !bytes.get(name_end).is_none_or(|&b| is_space(b) || b == b'/' || b == b'>') {
                continue;
            }
            let end = self.find_gt(name_end).map_or(self.src.len(), |g| g + 1);
            return Some((at, end));
        }
        self.no_raw_end_from[which] = from;
        None
    }

    fn raw_content(&mut self, which: usize) -> Option<Token<'a>> {
        let start = self.pos;
        let (end_start, end) = self.find_raw_end(which, start)?;
        let name_end = end_start + 2 + RAW_ELEMENTS.get(which).map_or(0, |n| n.len());
        let name = self.src.get(end_start + 2..name_end).unwrap_or("");
        self.queued = Some(Token::End { name, start: end_start, end });
        self.pos = end;
        Some(Token::Raw { start, end: end_start })
    }

    /// A comment-like item from `start` that ends right after `end_at` (exclusive end), or, when
    /// it cannot end, a literal `<`.
    fn markup(&mut self, start: usize, end: Option<usize>) -> Token<'a> {
        match end {
            Some(end) => {
                self.pos = end;
                Token::Markup { start, end }
            }
            None => self.text_until_next_lt(start),
        }
    }

    fn comment(&mut self, start: usize) -> Token<'a> {
        let bytes = self.bytes();
        let body = start + 4;
        // `<!-->` and `<!--->` are complete (empty) comments.
        if bytes.get(body) == Some(&b'>') {
            return self.markup(start, Some(body + 1));
        }
        if bytes.get(body..body + 2) == Some(b"->") {
            return self.markup(start, Some(body + 2));
        }
        let end = if body >= self.no_comment_end_from {
            None
        } else {
            let found = self.find_seq(body, b"-->");
            if found.is_none() {
                self.no_comment_end_from = body;
            }
            found.map(|at| at + 3)
        };
        // An unterminated comment ends at the next `>` like a bogus comment, not at the end of
        // the page, so that the text after it survives.
        let end = end.or_else(|| self.find_gt(body).map(|g| g + 1));
        self.markup(start, end)
    }

    fn cdata(&mut self, start: usize) -> Token<'a> {
        let body = start + 9;
        let end = if body >= self.no_cdata_end_from {
            None
        } else {
            let found = self.find_seq(body, b"]]>");
            if found.is_none() {
                self.no_cdata_end_from = body;
            }
            found.map(|at| at + 3)
        };
        let end = end.or_else(|| self.find_gt(body).map(|g| g + 1));
        self.markup(start, end)
    }

    fn bogus(&mut self, start: usize, from: usize) -> Token<'a> {
        let end = self.find_gt(from).map(|g| g + 1);
        self.markup(start, end)
    }

    /// Scans a tag from `start` (the `<`); `name_start` is after `<` or `</`.
    fn tag(&mut self, start: usize, name_start: usize, is_end: bool) -> Token<'a> {
        let bytes = self.bytes();
        let len = bytes.len();
        // A tag with no `>` after it cannot end: its `<` is text.
        if name_start >= self.no_gt_from {
            return self.text_until_next_lt(start);
        }
        let mut i = name_start;
        while i < len && !is_space(bytes[i]) && bytes[i] != b'/' && bytes[i] != b'>' {
            i += 1;
        }
        let name_end = i;
        let mut close = None;
        let mut self_closing = false;
        if self.degraded {
            close = self.find_gt(name_end);
        } else {
            while i < len {
                let b = bytes[i];
                if b == b'>' {
                    close = Some(i);
                    break;
                }
                if is_space(b) {
                    i += 1;
                    continue;
                }
                if b == b'/' {
                    self_closing = bytes.get(i + 1) == Some(&b'>');
                    i += 1;
                    continue;
                }
                // An attribute name (its first character may be `=`), then an optional value.
                i += 1;
                while i < len && !is_space(bytes[i]) && !matches!(bytes[i], b'/' | b'>' | b'=') {
                    i += 1;
                }
                while i < len && is_space(bytes[i]) {
                    i += 1;
                }
                if bytes.get(i) != Some(&b'=') {
                    continue;
                }
                i += 1;
                while i < len && is_space(bytes[i]) {
                    i += 1;
                }
                match bytes.get(i).copied() {
                    Some(q @ (b'"' | b'\'')) => match self.find_quote(i + 1, q) {
                        Some(at) => i = at + 1,
                        None => {
                            self.degraded = true;
                            i = len;
                        }
                    },
                    _ => {
                        while i < len && !is_space(bytes[i]) && bytes[i] != b'>' {
                            i += 1;
                        }
                    }
                }
            }
            if close.is_none() {
                // The tag ran off the end inside a quoted value: end it at its first `>`.
                self.degraded = true;
                close = self.find_gt(name_end);
            }
        }
        let Some(gt) = close else {
            return self.text_until_next_lt(start);
        };
        if self.degraded {
            self_closing = gt > name_end && bytes.get(gt - 1) == Some(&b'/');
        }
        self.pos = gt + 1;
        let name = self.src.get(name_start..name_end).unwrap_or("");
        if is_end {
            return Token::End { name, start, end: gt + 1 };
        }
        let attrs = self.src.get(name_end..gt).unwrap_or("");
        Token::Start(Tag { name, attrs, start, end: gt + 1, self_closing })
    }
}

impl<'a> Iterator for Tokenizer<'a> {
    type Item = Token<'a>;

    fn next(&mut self) -> Option<Token<'a>> {
        if let Some(t) = self.queued.take() {
            return Some(t);
        }
        if let Some(which) = self.raw.take() {
            if let Some(t) = self.raw_content(which) {
                return Some(t);
            }
        }
        let start = self.pos;
        let bytes = self.bytes();
        if start >= bytes.len() {
            return None;
        }
        if bytes[start] != b'<' {
            let end = self.next_lt(start);
            self.pos = end;
            return Some(Token::Text { start, end });
        }
        let token = match bytes.get(start + 1).copied() {
            Some(b) if b.is_ascii_alphabetic() => self.tag(start, start + 1, false),
            Some(b'/') => match bytes.get(start + 2).copied() {
                Some(b) if b.is_ascii_alphabetic() => self.tag(start, start + 2, true),
                // `</>` is dropped.
                Some(b'>') => self.markup(start, Some(start + 3)),
                Some(_) => self.bogus(start, start + 2),
                None => self.text_until_next_lt(start),
            },
            Some(b'!') => {
                if bytes.get(start + 2..start + 4) == Some(b"--") {
                    self.comment(start)
                } else if bytes.get(start + 2..start + 9).is_some_and(|s| s.eq_ignore_ascii_case(b"[CDATA[")) {
                    self.cdata(start)
                } else {
                    self.bogus(start, start + 2)
                }
            }
            Some(b'?') => self.bogus(start, start + 2),
            _ => self.text_until_next_lt(start),
        };
        Some(token)
    }
}

/// One attribute: its name as written and its raw value (references not decoded).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Attr<'a> {
    pub name: &'a str,
    pub value: &'a str,
}

/// The attributes of a tag, in order.
pub(crate) struct Attrs<'a> {
    s: &'a str,
    i: usize,
}

pub(crate) fn attrs(s: &str) -> Attrs<'_> {
    Attrs { s, i: 0 }
}

impl<'a> Iterator for Attrs<'a> {
    type Item = Attr<'a>;

    // Called from several loops over attributes: one copy in the wasm.
    #[inline(never)]
    fn next(&mut self) -> Option<Attr<'a>> {
        let b = self.s.as_bytes();
        let len = b.len();
        let mut i = self.i;
        while i < len && (is_space(b[i]) || b[i] == b'/') {
            i += 1;
        }
        if i >= len {
            self.i = len;
            return None;
        }
        let name_start = i;
        i += 1;
        while i < len && !is_space(b[i]) && !matches!(b[i], b'/' | b'>' | b'=') {
            i += 1;
        }
        let name = self.s.get(name_start..i).unwrap_or("");
        let mut j = i;
        while j < len && is_space(b[j]) {
            j += 1;
        }
        let mut value = "";
        if b.get(j) == Some(&b'=') {
            j += 1;
            while j < len && is_space(b[j]) {
                j += 1;
            }
            match b.get(j).copied() {
                Some(q @ (b'"' | b'\'')) => {
                    let end = b.get(j + 1..).and_then(|r| r.iter().position(|&c| c == q)).map_or(len, |p| j + 1 + p);
                    value = self.s.get(j + 1..end).unwrap_or("");
                    i = (end + 1).min(len);
                }
                _ => {
                    let start = j;
                    while j < len && !is_space(b[j]) {
                        j += 1;
                    }
                    value = self.s.get(start..j).unwrap_or("");
                    i = j;
                }
            }
        }
        self.i = i;
        Some(Attr { name, value })
    }
}

/// The raw value of the first attribute called `name` (ASCII case-insensitive).
pub(crate) fn attr<'a>(attrs_text: &'a str, name: &str) -> Option<&'a str> {
    attrs(attrs_text).find(|a| a.name.eq_ignore_ascii_case(name)).map(|a| a.value)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(src: &str) -> Vec<String> {
        let mut t = Tokenizer::new(src);
        let mut out = Vec::new();
        while let Some(tok) = t.next() {
            out.push(match tok {
                Token::Text { start, end } => format!("T:{}", &src[start..end]),
                Token::Start(tag) => {
                    if let Some(i) = RAW_ELEMENTS.iter().position(|r| r.eq_ignore_ascii_case(tag.name)) {
                        t.enter_raw(i);
                    }
                    format!("S:{}", tag.name)
                }
                Token::End { name, .. } => format!("E:{name}"),
                Token::Raw { start, end } => format!("R:{}", &src[start..end]),
                Token::Markup { start, end } => format!("M:{}", &src[start..end]),
            });
        }
        out
    }

    #[test]
    fn tags_text_comments() {
        assert_eq!(
            kinds("<!DOCTYPE html><p class=\"a>b\">x &amp; y</p><!-- c -->z"),
            ["M:<!DOCTYPE html>", "S:p", "T:x &amp; y", "E:p", "M:<!-- c -->", "T:z"]
        );
        assert_eq!(kinds("a < b and c<3"), ["T:a ", "T:< b and c", "T:<3"]);
        assert_eq!(kinds("<!---->x<!-->y"), ["M:<!---->", "T:x", "M:<!-->", "T:y"]);
    }

    #[test]
    fn raw_text_ends_only_at_its_own_end_tag() {
        assert_eq!(kinds("<script>if (a<b) { s = '</div>'; }</script >t"), ["S:script", "R:if (a<b) { s = '</div>'; }", "E:script", "T:t"]);
        assert_eq!(kinds("<STYLE>p{}</style>"), ["S:STYLE", "R:p{}", "E:style"]);
        // Unclosed: the content is taken as empty and the rest is parsed.
        assert_eq!(kinds("<script>x<p>y"), ["S:script", "T:x", "S:p", "T:y"]);
    }

    #[test]
    fn broken_markup_keeps_text() {
        assert_eq!(kinds("<!-- open <b>bold</b>"), ["M:<!-- open <b>", "T:bold", "E:b"]);
        // A quote that never closes: the tag ends at its first `>`.
        assert_eq!(kinds("x<a href=\"y>z"), ["T:x", "S:a", "T:z"]);
        assert_eq!(kinds("<a"), ["T:<a"]);
        assert_eq!(kinds("<![CDATA[x]]>y"), ["M:<![CDATA[x]]>", "T:y"]);
    }

    #[test]
    fn attribute_values() {
        let a: Vec<_> = attrs(r#" href='a>b' hidden data-x = "1" style=display:none /"#).collect();
        assert_eq!(a.len(), 4);
        assert_eq!(a[0], Attr { name: "href", value: "a>b" });
        assert_eq!(a[1], Attr { name: "hidden", value: "" });
        assert_eq!(a[2], Attr { name: "data-x", value: "1" });
        assert_eq!(a[3], Attr { name: "style", value: "display:none" });
        assert_eq!(attr(r#"CONTENT="x""#, "content"), Some("x"));
        assert_eq!(attrs(r#" a="unterminated"#).next(), Some(Attr { name: "a", value: "unterminated" }));
    }
}
