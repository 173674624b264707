//! Tokens of the analysis form: numbers, words and punctuation, with what the lexicon knows of
//! each word. One pass over the text, one hash lookup per word.

use super::lexicon::{Entry, Langs, Lex, fold_key, lexicon, lookup};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    /// A run of ASCII digits: its value (saturating) and how many digits were written.
    Num { value: u32, digits: u8 },
    Word,
    Punct(char),
}

#[derive(Clone, Copy, Debug)]
pub(crate) struct Token {
    /// Byte span in the analysis text (32 bits: inputs are limited to 4 GiB).
    pub start: u32,
    pub end: u32,
    pub kind: Kind,
    /// Whitespace between this token and the previous one.
    pub space_before: bool,
    /// A line break between this token and the previous one.
    pub line_before: bool,
    /// Line number (0-based) in the analysis text.
    pub line: u32,
    /// Where this token's folded key and meanings start in `Tokens::keys` and `Tokens::hits`;
    /// they end where the next token's start (a page has millions of tokens: 32 bytes each).
    key: u32,
    hits: u32,
}

/// One meaning of a word or of a phrase starting at a token.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Hit {
    pub lex: Lex,
    pub langs: Langs,
    /// Tokens the phrase covers (1 for a word).
    pub ntok: u8,
    /// Bytes of Arabic clitics at the start of the first token (`و` of `وأمس`).
    pub clitic: u8,
}

#[derive(Debug)]
pub(crate) struct Tokens<'a> {
    pub text: &'a str,
    pub toks: Vec<Token>,
    keys: String,
    hits: Vec<Hit>,
}

impl<'a> Tokens<'a> {
    /// Tokens of `text`; `arabic_lines[n]` says whether Arabic clitics are stripped on line `n`
    /// (in Persian only `و` before a number word is: `سی‌ویکم`). Lines not listed allow them.
    pub(crate) fn new(text: &'a str, arabic_lines: &[bool]) -> Tokens<'a> {
        // Offsets are 32 bits: the public functions refuse larger inputs, and nothing past
        // 4 GiB is read here.
        let mut cut = text.len().min(u32::MAX as usize);
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        let mut toks = split(&text[..cut]);
        merge_abbreviations(text, &mut toks);
        let mut t = Tokens { text, toks, keys: String::with_capacity(text.len()), hits: Vec::new() };
        t.annotate(arabic_lines);
        t
    }

    pub(crate) fn len(&self) -> usize {
        self.toks.len()
    }

    pub(crate) fn get(&self, i: usize) -> Option<&Token> {
        self.toks.get(i)
    }

    /// The folded key of a word token ("" for other tokens and out of range).
    pub(crate) fn key(&self, i: usize) -> &str {
        let Some(t) = self.toks.get(i) else { return "" };
        let end = self.toks.get(i + 1).map_or(self.keys.len(), |n| n.key as usize);
        self.keys.get(t.key as usize..end).unwrap_or("")
    }

    /// The meanings starting at token `i`, longest phrases first.
    pub(crate) fn hits(&self, i: usize) -> &[Hit] {
        let Some(t) = self.toks.get(i) else { return &[] };
        let end = self.toks.get(i + 1).map_or(self.hits.len(), |n| n.hits as usize);
        self.hits.get(t.hits as usize..end).unwrap_or(&[])
    }

    pub(crate) fn num(&self, i: usize) -> Option<(u32, u8)> {
        match self.toks.get(i)?.kind {
            Kind::Num { value, digits } => Some((value, digits)),
            _ => None,
        }
    }

    pub(crate) fn punct(&self, i: usize) -> Option<char> {
        match self.toks.get(i)?.kind {
            Kind::Punct(c) => Some(c),
            _ => None,
        }
    }

    pub(crate) fn is_word(&self, i: usize) -> bool {
        matches!(self.toks.get(i).map(|t| t.kind), Some(Kind::Word))
    }

    /// Whether tokens `i` and `i + 1` are on the same line.
    pub(crate) fn joined(&self, i: usize) -> bool {
        self.toks.get(i + 1).is_some_and(|t| !t.line_before)
    }

    /// Whether token `i + 1` follows token `i` with no space.
    pub(crate) fn tight(&self, i: usize) -> bool {
        self.toks.get(i + 1).is_some_and(|t| !t.space_before && !t.line_before)
    }

    fn annotate(&mut self, arabic_lines: &[bool]) {
        let lx = lexicon();
        let mut buf = String::new();
        for t in &mut self.toks {
            t.key = self.keys.len() as u32;
            if t.kind == Kind::Word {
                fold_key(&self.text[t.start as usize..t.end as usize], &mut self.keys);
            }
        }
        let mut phrase_hits: Vec<Hit> = Vec::new();
        let mut alt = String::new();
        for i in 0..self.toks.len() {
            self.toks[i].hits = self.hits.len() as u32;
            if self.toks[i].kind == Kind::Word {
                let key = self.key(i);
                let arabic = arabic_lines.get(self.toks[i].line as usize).copied().unwrap_or(true);
                let (entries, clitic) = lookup(lx, key, &mut buf, arabic);
                let first = if clitic > 0 { key.get(clitic..).unwrap_or("") } else { key };
                // `للثاني`: the phrase may start with the article the clitic swallowed.
                alt.clear();
                if let Some(r) = first.strip_prefix('ل').filter(|_| clitic > 0 && key.starts_with("لل")) {
                    alt.push_str("ال");
                    alt.push_str(r);
                }
                phrase_hits.clear();
                for k in [first, alt.as_str()] {
                    if k.is_empty() {
                        continue;
                    }
                    for p in lx.phrases(k) {
                        let n = p.rest.len();
                        let matches = (0..n).all(|j| {
                            self.toks.get(i + 1 + j).is_some_and(|t| t.kind == Kind::Word && !t.line_before && self.key(i + 1 + j) == &*p.rest[j])
                        });
                        if matches {
                            // Longest phrases first.
                            let h = hit(p.entry, n + 1, clitic);
                            let at = phrase_hits.iter().position(|x| x.ntok < h.ntok).unwrap_or(phrase_hits.len());
                            phrase_hits.insert(at, h);
                        }
                    }
                }
                self.hits.extend_from_slice(&phrase_hits);
                self.hits.extend(entries.iter().map(|e| hit(*e, 1, clitic)));
            }
        }
    }
}

fn hit(entry: Entry, ntok: usize, clitic: usize) -> Hit {
    Hit { lex: entry.lex, langs: entry.langs, ntok: ntok.min(255) as u8, clitic: clitic.min(255) as u8 }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Class {
    Digit,
    Arabic,
    Latin,
    Space,
    Newline,
    Other,
}

fn class(c: char) -> Class {
    match c {
        '0'..='9' => Class::Digit,
        'a'..='z' | 'A'..='Z' => Class::Latin,
        '\n' | '\r' | '\u{2028}' | '\u{2029}' => Class::Newline,
        // Zero-width joiners and marks stay inside words.
        '\u{200C}' | '\u{200D}' => Class::Arabic,
        // Before the whitespace test, which is a table search for non-ASCII characters (no
        // white space is in these ranges).
        '\u{0610}'..='\u{061A}' | '\u{0620}'..='\u{065F}' | '\u{066E}'..='\u{06D3}' | '\u{06D5}'..='\u{06DC}' | '\u{06DF}'..='\u{06E8}' => Class::Arabic,
        '\u{06EA}'..='\u{06EF}' | '\u{06FA}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{08A0}'..='\u{08FF}' => Class::Arabic,
        '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFC}' => Class::Arabic,
        c if c.is_whitespace() => Class::Space,
        c if c.is_alphabetic() => Class::Latin,
        _ => Class::Other,
    }
}

/// [`class`] of ASCII and of U+0600-U+06FF (two bytes, lead D8-DB), computed once.
struct ClassTable {
    ascii: [Class; 128],
    block: [Class; 256],
}

fn class_table() -> &'static ClassTable {
    static TABLE: std::sync::OnceLock<ClassTable> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        let mut t = ClassTable { ascii: [Class::Other; 128], block: [Class::Other; 256] };
        for (k, slot) in t.ascii.iter_mut().enumerate() {
            *slot = class(char::from(k as u8));
        }
        for (k, slot) in t.block.iter_mut().enumerate() {
            *slot = char::from_u32(0x600 + k as u32).map_or(Class::Other, class);
        }
        t
    })
}

/// The class and length of the character at byte `i` of `text` (a char boundary).
#[inline]
fn class_at(table: &ClassTable, text: &str, i: usize) -> (Class, usize) {
    let b = text.as_bytes();
    match (b.get(i), b.get(i + 1)) {
        (Some(&x), _) if x < 0x80 => (table.ascii[usize::from(x)], 1),
        (Some(&x @ 0xD8..=0xDB), Some(&t)) => (table.block[(usize::from(x & 0x03) << 6) | usize::from(t & 0x3F)], 2),
        _ => text.get(i..).and_then(|r| r.chars().next()).map_or((Class::Other, 1), |c| (class(c), c.len_utf8())),
    }
}

fn split(text: &str) -> Vec<Token> {
    let table = class_table();
    let b = text.as_bytes();
    // About one token per eight bytes of Persian or Arabic text.
    let mut toks: Vec<Token> = Vec::with_capacity(text.len() / 8);
    let mut space = false;
    let mut line = false;
    let mut line_no = 0u32;
    let mut i = 0;
    while i < b.len() {
        let (cl, len) = class_at(table, text, i);
        match cl {
            Class::Space => {
                space = true;
                i += len;
                continue;
            }
            Class::Newline => {
                // \r\n is one break.
                if !(b[i] == b'\r' && b.get(i + 1) == Some(&b'\n')) {
                    line = true;
                    line_no += 1;
                }
                i += len;
                continue;
            }
            _ => {}
        }
        let mut end = i + len;
        let kind = match cl {
            Class::Digit => {
                let mut value: u32 = u32::from(b[i] - b'0');
                let mut digits: u32 = 1;
                while let Some(&d) = b.get(end).filter(|d| d.is_ascii_digit()) {
                    value = value.saturating_mul(10).saturating_add(u32::from(d - b'0'));
                    digits += 1;
                    end += 1;
                }
                // An English ordinal day (`18th, September 2023`) is its number.
                let suffix = b.get(end..end + 2).filter(|s| matches!(s, [b's', b't'] | [b'n' | b'r', b'd'] | [b't', b'h']));
                if digits <= 2 && suffix.is_some() && !b.get(end + 2).is_some_and(u8::is_ascii_alphanumeric) {
                    end += 2;
                }
                // So is a Persian one (`10ام فروردینماه 1401`).
                let persian = "ام".len();
                if digits <= 2 && b.get(end..end + persian) == Some("ام".as_bytes()) && class_at(table, text, end + persian).0 != Class::Arabic {
                    end += persian;
                }
                Kind::Num { value, digits: digits.min(255) as u8 }
            }
            Class::Arabic | Class::Latin => {
                while end < b.len() {
                    let (next, next_len) = class_at(table, text, end);
                    if next != cl {
                        break;
                    }
                    end += next_len;
                }
                Kind::Word
            }
            _ => Kind::Punct(match text.get(i..).and_then(|r| r.chars().next()).unwrap_or(' ') {
                '–' | '—' | '−' | '‐' | '‑' | '_' => '-',
                '／' | '\\' => '/',
                '،' | '٫' | '٬' => ',',
                '؛' => ';',
                '：' => ':',
                c => c,
            }),
        };
        toks.push(Token {
            start: i as u32,
            end: end as u32,
            kind,
            space_before: space || line,
            line_before: line,
            line: line_no,
            key: 0,
            hits: 0,
        });
        space = false;
        line = false;
        i = end;
    }
    toks
}

/// Joins dotted abbreviations written without spaces (`ه.ش`, `ق.ظ`, `ت.غ`, `a.m.`) into one
/// word token; the key drops the dots.
fn merge_abbreviations(text: &str, toks: &mut Vec<Token>) {
    let short = |t: &Token| t.kind == Kind::Word && text[t.start as usize..t.end as usize].chars().count() <= 2;
    // In place: tokens are written at `w`, never past what has been read.
    let mut w = 0;
    let mut i = 0;
    while i < toks.len() {
        let t = toks[i];
        let mut j = i;
        // j + 1 is a tight dot and j + 2 a tight short word.
        while short(&toks[j])
            && toks.get(j + 1).is_some_and(|d| d.kind == Kind::Punct('.') && !d.space_before)
            && toks.get(j + 2).is_some_and(|w| short(w) && !w.space_before)
        {
            j += 2;
        }
        let mut merged = t;
        if j > i {
            merged.end = toks[j].end;
            // A trailing dot belongs to the abbreviation (`a.m.`).
            if toks.get(j + 1).is_some_and(|d| d.kind == Kind::Punct('.') && !d.space_before) {
                j += 1;
                merged.end = toks[j].end;
            }
        }
        toks[w] = merged;
        w += 1;
        i = j + 1;
    }
    toks.truncate(w);
    toks.shrink_to_fit();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_numbers_words_and_punctuation() {
        let t = Tokens::new("شنبه 26 تیر 1400 - 16:54\nه.ش 1441ه", &[]);
        let kinds: Vec<Kind> = t.toks.iter().map(|t| t.kind).collect();
        assert_eq!(kinds[1], Kind::Num { value: 26, digits: 2 });
        assert_eq!(kinds[4], Kind::Punct('-'));
        assert_eq!(t.key(8), "هش");
        assert!(t.toks[8].line_before);
        assert_eq!(t.num(9), Some((1441, 4)));
        assert!(t.tight(9));
        assert!(t.hits(0).iter().any(|h| matches!(h.lex, Lex::Weekday(w) if w.weekday == 5)));
    }

    #[test]
    fn class_table_agrees_with_the_rule() {
        let table = class_table();
        for u in (0..0x80).chain(0x600..0x700) {
            let c = char::from_u32(u).unwrap();
            let text = c.to_string();
            assert_eq!(class_at(table, &text, 0), (class(c), c.len_utf8()), "{c:?}");
        }
    }

    #[test]
    fn phrases_come_first() {
        let t = Tokens::new("پنج شنبه 11 دی", &[]);
        assert_eq!(t.hits(0)[0].ntok, 2);
    }
}
