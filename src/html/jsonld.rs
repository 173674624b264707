//! JSON-LD (`<script type="application/ld+json">`): a small tolerant JSON reader and the few
//! schema.org fields khabar uses.
//!
//! Sites emit broken JSON-LD often (raw newlines in strings, trailing commas, HTML entities, two
//! objects in one script, truncated blocks). The reader keeps whatever parsed before an error,
//! never recurses deeper than [`MAX_DEPTH`], and always moves forward, so it cannot panic or hang.

use std::borrow::Cow;

/// Deeper values are skipped (real JSON-LD nests four or five levels).
const MAX_DEPTH: usize = 40;

#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Json {
    Null,
    Str(String),
    Arr(Vec<Json>),
    Obj(Vec<(String, Json)>),
    /// Numbers and booleans, which no field here needs.
    Other,
}

impl Json {
    pub fn get(&self, key: &str) -> Option<&Json> {
        match self {
            Json::Obj(fields) => fields.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Json::Str(s) => Some(s),
            _ => None,
        }
    }
}

struct Reader<'a> {
    b: &'a [u8],
    s: &'a str,
    i: usize,
}

impl Reader<'_> {
    fn skip_space(&mut self) {
        while let Some(&c) = self.b.get(self.i) {
            if c.is_ascii_whitespace() {
                self.i += 1;
            } else if c == b'/' && self.b.get(self.i + 1) == Some(&b'*') {
                // A block comment, tolerated.
                let end = self.b.get(self.i + 2..).and_then(|r| r.windows(2).position(|w| w == b"*/"));
                self.i = end.map_or(self.b.len(), |p| self.i + 2 + p + 2);
            } else {
                break;
            }
        }
    }

    fn value(&mut self, depth: usize) -> Option<Json> {
        self.skip_space();
        let c = *self.b.get(self.i)?;
        if depth >= MAX_DEPTH && (c == b'{' || c == b'[') {
            self.skip_nested();
            return Some(Json::Null);
        }
        match c {
            b'{' => Some(self.object(depth)),
            b'[' => Some(self.array(depth)),
            b'"' | b'\'' => Some(Json::Str(self.string())),
            b'-' | b'+' | b'.' | b'0'..=b'9' => {
                while self.b.get(self.i).is_some_and(|c| matches!(c, b'-' | b'+' | b'.' | b'e' | b'E' | b'0'..=b'9')) {
                    self.i += 1;
                }
                Some(Json::Other)
            }
            b't' | b'f' | b'n' => {
                let word_end = self.b.get(self.i..).map_or(0, |r| r.iter().take_while(|c| c.is_ascii_alphabetic()).count());
                let word = self.s.get(self.i..self.i + word_end).unwrap_or("");
                self.i += word_end;
                match word {
                    "null" => Some(Json::Null),
                    "true" | "false" => Some(Json::Other),
                    _ => None,
                }
            }
            _ => None,
        }
    }

    /// Skips a too-deep value by counting brackets outside strings, without recursion.
    fn skip_nested(&mut self) {
        let mut depth = 0usize;
        while let Some(&c) = self.b.get(self.i) {
            match c {
                b'"' | b'\'' => {
                    self.string();
                    continue;
                }
                b'{' | b'[' => depth += 1,
                b'}' | b']' => {
                    depth = depth.saturating_sub(1);
                    if depth == 0 {
                        self.i += 1;
                        return;
                    }
                }
                _ => {}
            }
            self.i += 1;
        }
    }

    fn object(&mut self, depth: usize) -> Json {
        self.i += 1;
        let mut fields = Vec::new();
        loop {
            self.skip_space();
            match self.b.get(self.i) {
                Some(b'}') => {
                    self.i += 1;
                    break;
                }
                Some(b',') => self.i += 1,
                Some(b'"' | b'\'') => {
                    let key = self.string();
                    self.skip_space();
                    if self.b.get(self.i) != Some(&b':') {
                        break;
                    }
                    self.i += 1;
                    match self.value(depth + 1) {
                        Some(v) => fields.push((key, v)),
                        None => break,
                    }
                }
                _ => break,
            }
        }
        Json::Obj(fields)
    }

    fn array(&mut self, depth: usize) -> Json {
        self.i += 1;
        let mut items = Vec::new();
        loop {
            self.skip_space();
            match self.b.get(self.i) {
                Some(b']') => {
                    self.i += 1;
                    break;
                }
                Some(b',') => self.i += 1,
                Some(_) => match self.value(depth + 1) {
                    Some(v) => items.push(v),
                    None => break,
                },
                None => break,
            }
        }
        Json::Arr(items)
    }

    fn hex4(&mut self) -> Option<u32> {
        let digits = self.s.get(self.i..self.i + 4)?;
        let v = u32::from_str_radix(digits, 16).ok()?;
        self.i += 4;
        Some(v)
    }

    /// A quoted string from the quote at `i`; an unterminated one runs to the end.
    fn string(&mut self) -> String {
        let quote = self.b.get(self.i).copied().unwrap_or(b'"');
        self.i += 1;
        let mut out = String::new();
        let mut run = self.i;
        while let Some(&c) = self.b.get(self.i) {
            if c == quote {
                out.push_str(self.s.get(run..self.i).unwrap_or(""));
                self.i += 1;
                return out;
            }
            if c != b'\\' {
                self.i += 1;
                continue;
            }
            out.push_str(self.s.get(run..self.i).unwrap_or(""));
            self.i += 1;
            let Some(&e) = self.b.get(self.i) else { break };
            self.i += 1;
            match e {
                b'n' => out.push('\n'),
                b't' => out.push('\t'),
                b'r' => out.push('\r'),
                b'b' | b'f' => out.push(' '),
                b'u' => match self.hex4() {
                    Some(hi @ 0xD800..=0xDBFF) => {
                        let lo = if self.b.get(self.i..self.i + 2) == Some(b"\\u") {
                            self.i += 2;
                            self.hex4()
                        } else {
                            None
                        };
                        let c = lo
                            .filter(|lo| (0xDC00..=0xDFFF).contains(lo))
                            .and_then(|lo| char::from_u32(0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00)));
                        out.push(c.unwrap_or('\u{FFFD}'));
                    }
                    Some(v) => out.push(char::from_u32(v).unwrap_or('\u{FFFD}')),
                    None => out.push('\u{FFFD}'),
                },
                // `\"`, `\\`, `\/` and any other escaped ASCII stand for themselves.
                _ if e.is_ascii() => out.push(e as char),
                // An escaped non-ASCII byte: keep the whole character.
                _ => {
                    self.i -= 1;
                    run = self.i;
                    continue;
                }
            }
            run = self.i;
        }
        out.push_str(self.s.get(run..).unwrap_or(""));
        self.i = self.b.len();
        out
    }
}

/// Every JSON value in `text`: usually one, but sites concatenate objects or leave junk (a
/// `<!--`, a `//<![CDATA[`) around them.
pub(crate) fn parse(text: &str) -> Vec<Json> {
    let mut r = Reader { b: text.as_bytes(), s: text, i: 0 };
    let mut out = Vec::new();
    while r.i < r.b.len() {
        let Some(p) = r.b.get(r.i..).and_then(|rest| rest.iter().position(|&c| c == b'{' || c == b'[')) else { break };
        r.i += p;
        let before = r.i;
        if let Some(v @ (Json::Obj(_) | Json::Arr(_))) = r.value(0) {
            out.push(v);
        }
        if r.i <= before {
            r.i = before + 1;
        }
    }
    out
}

/// How much an object of this `@type` speaks for the article: 3 for articles and posts, 1 for
/// web pages and untyped objects, 0 for everything else (organizations, breadcrumbs, images).
fn type_rank(obj: &Json) -> u8 {
    let rank_one = |t: &str| -> u8 {
        // `schema:NewsArticle`, `https://schema.org/NewsArticle`.
        let t = t.rsplit(['/', ':', '#']).next().unwrap_or(t);
        if t.ends_with("Article") || t.ends_with("BlogPosting") || t == "Report" || t.ends_with("Posting") {
            3
        } else if t == "WebPage" || t == "ItemPage" {
            1
        } else {
            0
        }
    };
    match obj.get("@type") {
        None => 1,
        Some(Json::Str(t)) => rank_one(t),
        Some(Json::Arr(ts)) => ts.iter().filter_map(Json::as_str).map(rank_one).max().unwrap_or(0),
        Some(_) => 0,
    }
}

/// A field value found in JSON-LD, with the rank of the object it came from.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct Fields {
    pub headline: Option<(u8, String)>,
    pub published: Option<(u8, String)>,
    pub modified: Option<(u8, String)>,
    pub publisher: Option<(u8, String)>,
    pub author: Option<(u8, String)>,
    pub section: Option<(u8, String)>,
    pub keywords: Option<(u8, String)>,
    pub description: Option<(u8, String)>,
    pub lang: Option<(u8, String)>,
}

#[inline(never)]
fn offer(slot: &mut Option<(u8, String)>, rank: u8, value: Option<String>) {
    let Some(value) = value.map(|v| v.trim().to_string()).filter(|v| !v.is_empty()) else { return };
    if slot.as_ref().is_none_or(|(r, _)| rank > *r) {
        *slot = Some((rank, value));
    }
}

fn text_of(v: &Json) -> Option<String> {
    match v {
        Json::Str(s) => Some(s.clone()),
        Json::Arr(items) => {
            let parts: Vec<&str> = items.iter().filter_map(Json::as_str).map(str::trim).filter(|s| !s.is_empty()).collect();
            (!parts.is_empty()).then(|| parts.join(", "))
        }
        _ => None,
    }
}

/// The `name` of an organization or person, following an `{"@id": ...}` reference.
fn name_of<'a>(v: &'a Json, ids: &[(&'a str, &'a Json)]) -> Option<Cow<'a, str>> {
    match v {
        Json::Str(s) if !s.starts_with("http") => Some(Cow::Borrowed(s)),
        Json::Obj(_) => {
            if let Some(name) = v.get("name").and_then(text_of) {
                return Some(Cow::Owned(name));
            }
            let id = v.get("@id")?.as_str()?;
            let target = ids.iter().find(|(i, o)| *i == id && !std::ptr::eq(*o, v)).map(|(_, o)| *o)?;
            target.get("name").and_then(text_of).map(Cow::Owned)
        }
        Json::Arr(items) => {
            let names: Vec<String> =
                items.iter().filter_map(|i| name_of(i, ids)).map(|n| n.trim().to_string()).filter(|n| !n.is_empty()).collect();
            (!names.is_empty()).then(|| Cow::Owned(names.join(", ")))
        }
        _ => None,
    }
}

/// Collects objects (and `@id` targets) from a parsed value, depth-first in document order.
fn walk<'a>(v: &'a Json, depth: usize, objects: &mut Vec<&'a Json>, ids: &mut Vec<(&'a str, &'a Json)>) {
    if depth > MAX_DEPTH {
        return;
    }
    match v {
        Json::Obj(fields) => {
            objects.push(v);
            if let Some(id) = v.get("@id").and_then(Json::as_str) {
                if fields.len() > 1 {
                    ids.push((id, v));
                }
            }
            for (_, child) in fields {
                walk(child, depth + 1, objects, ids);
            }
        }
        Json::Arr(items) => {
            for item in items {
                walk(item, depth + 1, objects, ids);
            }
        }
        _ => {}
    }
}

/// The article fields of every JSON-LD block on a page.
pub(crate) fn fields(blocks: &[Json]) -> Fields {
    let mut objects = Vec::new();
    let mut ids = Vec::new();
    for b in blocks {
        walk(b, 0, &mut objects, &mut ids);
    }
    let mut f = Fields::default();
    for obj in objects {
        let rank = type_rank(obj);
        if rank == 0 {
            continue;
        }
        let field = |k: &str| obj.get(k).and_then(text_of);
        offer(&mut f.headline, rank, field("headline"));
        offer(&mut f.published, rank, field("datePublished"));
        offer(&mut f.modified, rank, field("dateModified"));
        offer(&mut f.section, rank, field("articleSection"));
        offer(&mut f.keywords, rank, field("keywords"));
        offer(&mut f.description, rank, field("description"));
        offer(&mut f.lang, rank, obj.get("inLanguage").and_then(Json::as_str).map(str::to_string));
        offer(&mut f.publisher, rank, obj.get("publisher").and_then(|p| name_of(p, &ids)).map(Cow::into_owned));
        offer(&mut f.author, rank, obj.get("author").and_then(|p| name_of(p, &ids)).map(Cow::into_owned));
    }
    f
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_graph_and_references() {
        let src = r##"{"@context":"https://schema.org","@graph":[
            {"@type":"Organization","@id":"#org","name":"خبرگزاری نمونه","datePublished":"1999-01-01"},
            {"@type":"WebPage","headline":"صفحه","datePublished":"2024-01-02"},
            {"@type":["NewsArticle"],"headline":"تیتر \"خبر\"\u200c\ud83d\ude00","datePublished":"2024-01-01T10:00:00+03:30",
             "publisher":{"@id":"#org"},"author":[{"@type":"Person","name":"الف"},{"name":"ب"}],
             "articleSection":["سیاسی"],"keywords":["a","b"]}]}"##;
        let f = fields(&parse(src));
        assert_eq!(f.headline.unwrap().1, "تیتر \"خبر\"\u{200C}😀");
        assert_eq!(f.published.unwrap().1, "2024-01-01T10:00:00+03:30");
        assert_eq!(f.publisher.unwrap().1, "خبرگزاری نمونه");
        assert_eq!(f.author.unwrap().1, "الف, ب");
        assert_eq!(f.section.unwrap().1, "سیاسی");
        assert_eq!(f.keywords.unwrap().1, "a, b");
    }

    #[test]
    fn keeps_what_parsed_before_an_error() {
        let f = fields(&parse("<!--\n{\"@type\":\"NewsArticle\",\"headline\":\"a\nb\",\"datePublished\":\"2024\", oops}"));
        assert_eq!(f.headline.unwrap().1, "a\nb");
        assert_eq!(f.published.unwrap().1, "2024");
        let f = fields(&parse(r#"[{"@type":"Article","headline":"x",}] {"@type":"NewsArticle","datePublished":"y""#));
        assert_eq!(f.headline.unwrap().1, "x");
        assert_eq!(f.published.unwrap().1, "y");
    }

    #[test]
    fn hostile_json_does_not_panic_or_recurse() {
        let deep = "[".repeat(100_000) + &"{\"a\":".repeat(50_000);
        assert!(parse(&deep).len() <= 1);
        for s in
            ["{", "\"", "{\"a", "{\"a\":", "{\"a\":\"\\u12", "{\"a\":\"\\ud800\\u", "/*", "{\"a\":\"\\\u{0633}\"}", "[tru", "{'a':'b'}"]
        {
            let _ = fields(&parse(s));
        }
        assert_eq!(parse(r#"{"a":"\س"}"#), vec![Json::Obj(vec![("a".into(), Json::Str("س".into()))])]);
    }
}
