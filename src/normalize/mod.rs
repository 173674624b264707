//! Normalization: the first stage of the pipeline.
//!
//! [`normalize`] makes Persian, Dari and Arabic text consistent without damaging it, and returns
//! an [`OffsetMap`] so that every later stage can report spans in input coordinates. [`fold`]
//! makes search keys.
//!
//! ```
//! let n = khabar::normalize("سلام\u{200F} دنیا", &Default::default()).unwrap();
//! assert_eq!(n.text, "سلام دنیا");
//! // A scraper stripped the half-spaces; khabar puts them back.
//! let n = khabar::normalize("کارشناسان دلیل این سفر را نگرانی واشنگتن میدانند", &Default::default()).unwrap();
//! assert_eq!(n.text, "کارشناسان دلیل این سفر را نگرانی واشنگتن می\u{200C}دانند");
//! assert_eq!(khabar::fold("كتاب‌هاي ۱۲"), "کتابهای 12");
//! ```
//!
//! # What [`normalize`] does, in order
//!
//! 1. **Paragraphs.** The text is handled line by line; the output has exactly one line per input
//!    line. Each line's language comes from its letters (پ چ ژ گ ی ک against ة ي ك ى أ إ ؤ, the
//!    rule of `crate::language`); a line with too few telling letters takes the language of the
//!    whole text. Persian and Dari lines get Persian rules, Arabic lines Arabic rules, lines
//!    without Arabic script are left alone (only the Unicode layer below applies to them).
//! 2. **Unicode layer** (every line): presentation forms U+FB50-U+FDFF and U+FE70-U+FEFF become
//!    the letters they stand for, ligatures expanded (ﻻ → لا, ﷲ → الله, ﷼ → ریال in Persian);
//!    Arabic-script letters + combining hamza or maddah are composed as NFC composes them (ا +
//!    ٔ → أ, و + ٔ → ؤ, ي + ٔ → ئ; in Persian also ی + ٔ → ئ). khabar applies only these
//!    compositions, not a full NFC table: they are the ones that occur in Arabic-script text,
//!    and the full tables would cost the WebAssembly module tens of kilobytes. Canonical
//!    reordering of stacked marks is not done (it changes nothing on screen). Invisible controls
//!    are removed: LRM, RLM, ALM, bidi embeddings, overrides and isolates, BOM, zero-width
//!    space, word joiner, soft hyphen. ZWNJ and ZWJ are kept. No-break and other spaces become a
//!    plain space. Tatweel is removed, except a piece of nothing but tatweel (ـــ used as a dash).
//!    Diacritics stay unless [`NormalizeOptions::remove_diacritics`] is set; that option keeps
//!    the marks that spell a letter (hamza above and below, maddah).
//! 3. **Letters.** Persian lines: ي ى → ی, ك ڪ → ک, ە ہ ھ → ه. Arabic lines keep ي ك ى ة as
//!    written. ة is kept in Persian lines too (it spells Arabic words and names).
//! 4. **Ezafe.** The two encodings of heh with hamza, ۀ (U+06C0) and ه + U+0654, are unified to ه +
//!    U+0654 in Persian lines (why: `crate::lang::chars::EZAFE`). Nothing else changes: an ezafe
//!    written ه‌ی, ه ی or not at all stays so (khabar cannot tell the writer's intent, and the
//!    three are all accepted spellings). Only ه‌ی with its half-space stripped (`نسخهی`, which
//!    no one writes on purpose) gets the half-space back in step 6, unless the ه is said
//!    (`گروهی`; `crate::lang::spelling`).
//! 5. **Digits** follow [`DigitStyle`]: by default they are kept as written; digits in a
//!    whitespace-separated piece that contains Latin letters (`F-16`, `mp3`, `COVID-19`) are
//!    never converted except to ASCII.
//! 6. **Half-spaces (ZWNJ)** in Persian lines, following [`ZwnjMode`] (default `Repair`):
//!    repeated ones collapse, ones beside spaces, punctuation or at word edges go, ones after a
//!    letter that does not join the next (ا د ذ ر ز ژ و) go; a spaced prefix or suffix is joined
//!    (`می دانند` → `می‌دانند`, `کتاب ها` → `کتاب‌ها`) when the other part is a verb form or the
//!    suffix cannot stand alone (`ماه می سال` and `میز بزرگ` stay); and half-spaces a scraper
//!    stripped are restored from a word table (`میدانند` → `می‌دانند`, `بیانیهای` → `بیانیه‌ای`;
//!    see `zwnj.rs`). Arabic lines only get the clean-up.
//!
//! **Protected text.** A whitespace-separated piece that contains Latin letters together with
//! `: / . @ _ + # % = ? & \` (URLs, e-mail addresses, `Node.js`, `C++`) is copied exactly. Numbers
//! with separators, times and dates (`۳٫۵`, `1,200`, `16:54`, `۱۴۰۰/۰۴/۲۴`) keep every separator;
//! only a digit style other than `Keep` rewrites their digits. khabar never moves punctuation or
//! spaces, so none of these can be split.
//!
//! # Where khabar differs from the peers (tests/fixtures/conformance/normalization_cases.jsonl)
//!
//! | peer behaviour | khabar | why |
//! |---|---|---|
//! | digits → Persian by default (Hazm, Shekar, Virastar) | kept by default | digits are data; an option converts them, per paragraph |
//! | Arabic ي ك → Persian everywhere | only in Persian lines | Arabic quotes and articles stay Arabic |
//! | ة → ه (Parsivar, Shekar, Lucene), ة → ت (Piraye) | kept | changes the word |
//! | hamza ء → ئ, ؤ → و (Parsivar, DadmaTools) | kept | changes the word |
//! | ۀ → ه, or U+0654 deleted (Hazm, Lucene) | ۀ → هٔ, U+0654 kept | the ezafe is part of the text |
//! | `ه ی` / `ه‌ی` → هٔ or ۀ (Virastar, Shekar) | kept | writer's choice; cannot be told from words like آگاهی |
//! | punctuation spacing, `, ; ?` → `، ؛ ؟`, quotes → « », `...` → … | not done | they break URLs, decimals and times (`۱۶: ۵۴`) and are a house style |
//! | runs of spaces collapsed, lines trimmed (Hazm) | kept | khabar changes no spacing except around half-spaces |
//! | repeated letters reduced (`سلاممم`, Hazm, Shekar) | kept | needs a dictionary to be safe and breaks `www` |
//! | تر / ترین joined without a half-space (persian-tools 5) | with a half-space (`مهم‌ترین`) except lexicalised بیشتر, کمتر, بهتر | the Academy's rule; most news sites |
//! | spaced compounds joined from a pair list (`قبل از` → `قبل‌از`, Hazm's `انجام شده`) | not joined | two words are two words |
//! | soft hyphen → ZWNJ (Virastar) | removed | it is a line-breaking hint, not a half-space |
//! | folding for search (Lucene, charabia) in the display form | only in [`fold`] | display text keeps the writer's letters |

mod chars;
mod offsets;
mod zwnj;

pub use offsets::{Change, OffsetMap};
pub(crate) use offsets::Writer;

use crate::error::Error;
use crate::options::{DigitStyle, NormalizeOptions, ZwnjMode, check_size};
use chars::{AR_ONLY, DIGIT, FA_CONSONANT, FA_ONLY, JOINS, YEH_KAF, LETTER, LETTER_MARK, MARK, TATWEEL};

const ZWNJ: char = '\u{200C}';

/// A normalized text and the map back to its input.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Normalized {
    pub text: String,
    pub map: OffsetMap,
}

/// Normalizes text for display. Line breaks are kept, so the output has one line per input line.
///
/// ```
/// use khabar::{normalize, NormalizeOptions};
/// let n = normalize("مقامهای آمریكایی 16:54", &NormalizeOptions::default()).unwrap();
/// assert_eq!(n.text, "مقام\u{200C}های آمریکایی 16:54");
/// // Each output span maps back to the input.
/// let k = n.text.find('ک').unwrap();
/// let span = n.map.to_input(khabar::Span::new(k, k + 2));
/// assert_eq!(&"مقامهای آمریكایی 16:54"[span.start..span.end], "ك");
/// ```
pub fn normalize(text: &str, options: &NormalizeOptions) -> Result<Normalized, Error> {
    check_size(text, options.max_input_bytes)?;
    let (text, map) = display(text, options);
    Ok(Normalized { text, map })
}

/// A plural or comparative suffix (`ها`, `های`, `ترین`), for stages that match Persian phrases
/// with and without their half-spaces.
pub(crate) fn is_stem_suffix(word: &str) -> bool {
    zwnj::is_stem_suffix(word)
}

/// A search key: no ZWNJ, no diacritics, unified letters (ي ى ئ → ی, ك → ک, آ أ إ ٱ → ا, ؤ → و,
/// ة ۀ → ه), ASCII digits, lower-case Latin. Line breaks are kept.
///
/// ```
/// assert_eq!(khabar::fold("خانهٔ مؤسسه‌ها"), khabar::fold("خانه موسسهها"));
/// ```
pub fn fold(text: &str) -> String {
    char_pass(text, Fold::Search).0
}

/// The form later stages match patterns against: folded letters and ASCII digits, with ZWNJ
/// turned into a space so that `لینک‌های` and `لینک های` read alike. Offsets map back to `text`.
///
/// Guaranteed (other stages rely on it): Persian and Arabic-Indic digits → ASCII; ي ى → ی, ك → ک;
/// ZWNJ → space; tatweel and Arabic diacritics removed; bidi and invisible controls removed; NBSP
/// and other spaces → space; Latin lower-cased; line breaks one-to-one. Presentation forms are
/// also read as their letters. Nothing else changes (آ and أ stay).
pub(crate) fn analysis_form(text: &str) -> Normalized {
    let (text, map) = char_pass(text, Fold::Analysis);
    Normalized { text, map }
}

// ---------------------------------------------------------------------------------------------
// fold and analysis_form: one pass, character by character.

#[derive(Clone, Copy, PartialEq, Eq)]
enum Fold {
    Analysis,
    Search,
}

fn char_pass(input: &str, mode: Fold) -> (String, OffsetMap) {
    let block = &block_folds()[usize::from(mode == Fold::Search)];
    let mut out = Emitter::new(input);
    let bytes = input.as_bytes();
    let mut i = 0;
    let mut buf = String::new();
    while i < bytes.len() {
        let b = bytes[i];
        if b < 0x80 {
            if b.is_ascii_uppercase() {
                out.put_char(i, 1, b.to_ascii_lowercase() as char);
            }
            i += 1;
            continue;
        }
        // A character of U+0600-U+06FF (two bytes, lead D8-DB) by table, unless a mark follows
        // that it could compose with.
        if let (0xD8..=0xDB, Some(&trail)) = (b, bytes.get(i + 1)) {
            let composes = match bytes.get(i + 2..i + 4) {
                Some(&[l @ 0xD8..=0xDB, t]) => chars::class(block_char(l, t)) & (MARK | LETTER_MARK) != 0,
                _ => false,
            };
            if !composes {
                match block[block_index(b, trail)] {
                    BlockFold::Same => {}
                    BlockFold::Drop => out.put(i, 2, ""),
                    BlockFold::To(c) => out.put_char(i, 2, c),
                }
                i += 2;
                continue;
            }
        }
        let Some(c) = input[i..].chars().next() else { break };
        let len = c.len_utf8();
        let next = input[i + len..].chars().next();
        // Compositions first (ا + ٔ → أ), so that folding sees one letter.
        let (c, len) = match next.and_then(|m| chars::compose(c, m, true)) {
            Some(composed) => (composed, len + next.map_or(0, char::len_utf8)),
            None => (c, len),
        };
        buf.clear();
        if let Some(letters) = chars::presentation_form(c) {
            for x in letters.chars() {
                fold_char(x, mode, &mut buf);
            }
            out.put(i, len, &buf);
        } else {
            let changed = fold_char(c, mode, &mut buf);
            if changed || len != c.len_utf8() {
                out.put(i, len, &buf);
            }
        }
        i += len;
    }
    out.finish()
}

/// What [`fold_char`] does to a character of U+0600-U+06FF.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum BlockFold {
    Same,
    Drop,
    To(char),
}

/// The index in a block table of the two-byte character `lead`, `trail` (lead D8-DB).
#[inline]
fn block_index(lead: u8, trail: u8) -> usize {
    (usize::from(lead & 0x03) << 6) | usize::from(trail & 0x3F)
}

#[inline]
fn block_char(lead: u8, trail: u8) -> char {
    char::from_u32(0x600 + block_index(lead, trail) as u32).unwrap_or(' ')
}

/// [`fold_char`] over U+0600-U+06FF, for analysis (0) and search (1), computed once.
fn block_folds() -> &'static [[BlockFold; 256]; 2] {
    static TABLES: std::sync::OnceLock<[[BlockFold; 256]; 2]> = std::sync::OnceLock::new();
    TABLES.get_or_init(|| {
        let mut t = [[BlockFold::Same; 256]; 2];
        let mut buf = String::new();
        for (k, mode) in [Fold::Analysis, Fold::Search].into_iter().enumerate() {
            for (i, slot) in t[k].iter_mut().enumerate() {
                let c = char::from_u32(0x600 + i as u32).unwrap_or(' ');
                buf.clear();
                *slot = match (fold_char(c, mode, &mut buf), buf.chars().next()) {
                    (false, _) => BlockFold::Same,
                    (true, None) => BlockFold::Drop,
                    (true, Some(m)) => BlockFold::To(m),
                };
            }
        }
        t
    })
}

/// Writes the folded form of `c` into `buf`; returns whether it differs from `c`.
fn fold_char(c: char, mode: Fold, buf: &mut String) -> bool {
    let class = chars::class(c);
    let search = mode == Fold::Search;
    let mapped: Option<char> = if class & DIGIT != 0 {
        chars::digit_value(c).map(|v| chars::digit('0', v))
    } else if class & (TATWEEL | MARK) != 0 {
        None
    } else if c == ZWNJ {
        if search { None } else { Some(' ') }
    } else if matches!(c, 'ي' | 'ى') {
        Some('ی')
    } else if c == 'ك' {
        Some('ک')
    } else if search && (class & LETTER != 0) {
        Some(chars::fold_letter(c).unwrap_or(c))
    } else if chars::is_invisible(c) {
        None
    } else if chars::is_space(c) {
        Some(' ')
    } else if matches!(c, 'À'..='Þ') && c != '×' {
        // Latin-1 capitals (the Unicode case tables would cost the wasm module kilobytes).
        char::from_u32(c as u32 + 0x20)
    } else {
        Some(c)
    };
    match mapped {
        Some(m) => {
            buf.push(m);
            m != c
        }
        None => true,
    }
}

// ---------------------------------------------------------------------------------------------
// normalize: line by line, token by token.

/// Writes output in step with the input, copying unchanged runs in one piece.
struct Emitter<'a> {
    input: &'a str,
    w: Writer,
    /// Input offset up to which everything has been written.
    done: usize,
}

impl<'a> Emitter<'a> {
    fn new(input: &'a str) -> Emitter<'a> {
        Emitter { input, w: Writer::with_capacity(input.len() + input.len() / 16), done: 0 }
    }

    /// Copies the input up to `at`.
    #[inline]
    fn copy_to(&mut self, at: usize) {
        if at > self.done {
            self.w.keep(&self.input[self.done..at]);
            self.done = at;
        }
    }

    /// Writes `s` for the `len` input bytes at `at`.
    fn put(&mut self, at: usize, len: usize, s: &str) {
        self.copy_to(at);
        if s.is_empty() {
            self.w.delete(len);
        } else {
            self.w.replace(len, s);
        }
        self.done = at + len;
    }

    fn put_char(&mut self, at: usize, len: usize, c: char) {
        self.copy_to(at);
        self.w.replace_char(len, c);
        self.done = at + len;
    }

    fn finish(mut self) -> (String, OffsetMap) {
        let end = self.input.len();
        self.copy_to(end);
        self.w.finish()
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Lang {
    Persian,
    Arabic,
    /// No Arabic script worth deciding on.
    Other,
}

#[derive(Clone, Copy, Default, PartialEq, Debug)]
struct Counts {
    script: u32,
    persian: u32,
    consonants: u32,
    arabic: u32,
    yeh_kaf: u32,
    latin: u32,
}

impl Counts {
    fn of(line: &str) -> Counts {
        Counts::of_settled(line.as_bytes()).unwrap_or_else(|| Counts::of_any(line))
    }

    /// Any line, character by character.
    fn of_any(line: &str) -> Counts {
        let mut k = Counts::default();
        let mut i = 0;
        while let Some(c) = line.get(i..).and_then(|r| r.chars().next()) {
            let after = i + c.len_utf8();
            i = after;
            // Count the letters the output will have: a base letter and a hamza or madda mark
            // after it (across tatweel and controls) as the letter they compose to (ا + ٔ is أ,
            // ي + ٔ is ئ), and ه + hamza, the output's spelling of the ezafe ۀ, as Persian.
            // Otherwise a second pass could read the line's language differently.
            // A presentation form's letters are counted, its last one composed with a mark after it
            // as a plain letter would be (U+FD08, ضي, and a hamza above are ضئ).
            let form = chars::presentation_form(c);
            let last = match form {
                Some(s) => {
                    let mut letters = s.chars();
                    let last = letters.next_back();
                    letters.for_each(|x| k.count(x));
                    last
                }
                None => Some(c),
            };
            let Some(last) = last else { continue };
            if let Some((m, skip)) = next_visible(&line[after..], false) {
                if last == 'ه' && m == '\u{0654}' {
                    k.script += 1;
                    k.persian += 1;
                    i = after + skip;
                    continue;
                }
                if let Some(composed) = chars::compose(last, m, false) {
                    k.count(composed);
                    i = after + skip;
                    continue;
                }
            }
            k.count(last);
        }
        k
    }

    /// The counts of the common line, read by bytes: with no maddah or hamza mark (U+0653-U+0655,
    /// the only marks that compose with a letter) nothing composes, and without presentation
    /// forms every character counts as itself: ASCII letters as Latin, the Arabic block by its
    /// class, anything else as nothing. `None` for any other line.
    fn of_settled(bytes: &[u8]) -> Option<Counts> {
        let mut k = Counts::default();
        let mut i = 0;
        while let Some(&b) = bytes.get(i) {
            if b < 0x80 {
                k.latin += u32::from(b.is_ascii_alphabetic());
                i += 1;
            } else if let Some(class) = chars::block_class(&bytes[i..]) {
                if class & LETTER_MARK != 0 {
                    return None;
                }
                k.count_class(class);
                i += 2;
            } else {
                // Presentation forms are U+FB50-U+FEFF, three bytes led by EF.
                let len = match b {
                    0xC0..=0xDF => 2,
                    0xE0..=0xEF => 3,
                    _ => 4,
                };
                if b == 0xEF && std::str::from_utf8(bytes.get(i..i + 3)?).ok()?.chars().next().and_then(chars::presentation_form).is_some() {
                    return None;
                }
                i += len;
            }
        }
        Some(k)
    }

    #[inline]
    fn count(&mut self, c: char) {
        if c.is_ascii_alphabetic() {
            self.latin += 1;
        } else {
            self.count_class(chars::class(c));
        }
    }

    #[inline]
    fn count_class(&mut self, class: u16) {
        if class & LETTER != 0 {
            self.script += 1;
            if class & FA_ONLY != 0 {
                self.persian += 1;
                self.consonants += u32::from(class & FA_CONSONANT != 0);
            } else if class & AR_ONLY != 0 {
                self.arabic += 1;
                self.yeh_kaf += u32::from(class & YEH_KAF != 0);
            }
        }
    }

    /// The rule of `crate::language::Evidence::language`.
    fn language(&self) -> Option<Lang> {
        if self.script < 3 || self.latin > self.script || (self.persian == 0 && self.arabic == 0) {
            return None;
        }
        Some(if crate::language::is_persian(self.persian, self.consonants, self.arabic) { Lang::Persian } else { Lang::Arabic })
    }
}

fn display(input: &str, opts: &NormalizeOptions) -> (String, OffsetMap) {
    let mut out = Emitter::new(input);
    // Per-line languages, and the whole text's for lines that cannot tell: the language with
    // more letters in the lines that could. (Counted over decided lines, not over all letters, so
    // that normalizing again decides the same: Persian lines only gain Persian letters.)
    let (mut fa, mut ar) = (0u32, 0u32);
    let mut lines: Vec<(usize, usize, Counts)> = Vec::new();
    let mut start = 0;
    for line in input.split('\n') {
        let ascii = line.is_ascii();
        let mut counts = if ascii { Counts::default() } else { Counts::of(line) };
        // Only ي and ك tell the line from Persian, which typed on an Arabic keyboard has them too:
        // a Persian word that Arabic lacks (`شهرستان خاتم ميزبان استاندار در ...`) decides.
        if counts.persian == 0 && counts.arabic > 0 && counts.arabic == counts.yeh_kaf && crate::language::typed_persian_words(line).0 > 0 {
            counts.persian = counts.arabic;
        }
        match counts.language() {
            Some(Lang::Persian) => fa += counts.script,
            Some(Lang::Arabic) => ar += counts.script,
            _ => {}
        }
        lines.push((start, start + line.len(), counts));
        start += line.len() + 1;
    }
    let fallback = if ar > fa { Lang::Arabic } else { Lang::Persian };
    let mut scratch = Scratch::default();
    for (start, end, counts) in lines {
        let line = &input[start..end];
        if line.is_ascii() && opts.digits != DigitStyle::Ascii {
            continue; // nothing to change; copied when the next change comes
        }
        let lang = match counts.language() {
            Some(l) => l,
            None if counts.script > 0 => fallback,
            None => Lang::Other,
        };
        line_pass(&mut out, start, line, lang, opts, &mut scratch);
    }
    out.finish()
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Kind {
    Space,
    Word,
    Other,
    /// Copied exactly (URLs, e-mail addresses, code).
    Verbatim,
}

#[derive(Clone, Copy, Debug)]
struct Tok {
    start: usize,
    end: usize,
    kind: Kind,
    /// Word: where its letters are in `Scratch::letters`.
    letters: (u32, u32),
    /// Word: half-spaces to insert (bit i: after letter i). Space: replaced by a half-space.
    mask: u32,
    /// Word: it already has a half-space, or is joined to a neighbour: no restoration. Other: a
    /// phrase ligature, never merged with neighbours.
    fixed: bool,
    /// Space between two parts joined by a half-space (or by nothing after a non-joiner); Other:
    /// how a phrase ligature joins the word glued after it.
    join: Option<bool>,
    /// Other: how a phrase ligature joins the word glued before it (`نمی﷽`).
    join_before: Option<bool>,
    /// Word: only letters that stay as they are (2 bytes each).
    plain: bool,
}

impl Tok {
    /// A phrase ligature (﷽, ﷻ): the only `Other` token that is fixed.
    fn is_phrase(&self) -> bool {
        self.kind == Kind::Other && self.fixed
    }
}

#[derive(Default)]
struct Scratch {
    toks: Vec<Tok>,
    letters: String,
    buf: String,
    memo: zwnj::Memo,
}

fn is_word_char(c: char) -> bool {
    let class = chars::class(c);
    class & (LETTER | MARK | TATWEEL) != 0 && class & DIGIT == 0 || chars::is_arabic_letter(c)
}

/// A letter of a script other than Arabic and Latin, where ZWNJ has its own uses.
fn other_script(c: char) -> bool {
    // Presentation forms are Arabic letters, as they will be once expanded.
    c.is_alphabetic() && !c.is_ascii() && chars::class(c) == 0 && !chars::is_arabic_letter(c) && (c as u32) >= 0x250 && chars::presentation_form(c).is_none()
}

fn is_blank(c: char) -> bool {
    c == ' ' || c == '\t' || chars::is_space(c)
}

/// Whether a whitespace-separated piece is a URL, an e-mail address or code, copied exactly.
fn is_verbatim(piece: &str) -> bool {
    piece.bytes().any(|b| b.is_ascii_alphabetic())
        && piece.bytes().any(|b| matches!(b, b':' | b'/' | b'.' | b'@' | b'_' | b'+' | b'#' | b'%' | b'=' | b'?' | b'&' | b'\\'))
}

fn line_pass(out: &mut Emitter, base: usize, line: &str, lang: Lang, opts: &NormalizeOptions, s: &mut Scratch) {
    let persian = lang == Lang::Persian;
    tokenize(line, persian, opts.zwnj == ZwnjMode::Keep, s);
    let zero = match (opts.digits, lang) {
        (DigitStyle::Keep, _) => None,
        (DigitStyle::Ascii, _) => Some('0'),
        (_, Lang::Other) => None,
        (DigitStyle::Native, Lang::Persian) | (DigitStyle::Persian, _) => Some('۰'),
        (DigitStyle::Native, Lang::Arabic) | (DigitStyle::ArabicIndic, _) => Some('٠'),
    };
    if persian && opts.zwnj != ZwnjMode::Keep {
        plan_half_spaces(line, s, opts.zwnj == ZwnjMode::Repair);
    }
    let Scratch { toks, buf, .. } = s;
    for t in toks.iter() {
        let text = &line[t.start..t.end];
        let at = base + t.start;
        match t.kind {
            Kind::Verbatim => {}
            Kind::Space => {
                if let Some(zwnj) = t.join {
                    out.put(at, text.len(), if zwnj { "\u{200C}" } else { "" });
                } else {
                    for (i, c) in text.char_indices() {
                        if c != ' ' && c != '\t' {
                            let vanishes = chars::is_invisible(c) || c == ZWNJ || chars::class(c) & TATWEEL != 0;
                            out.put(at + i, c.len_utf8(), if vanishes { "" } else { " " });
                        }
                    }
                }
            }
            Kind::Other => {
                // Neighbours as the next pass will see them: invisible controls go.
                let prev = line[..t.start].chars().rev().find(|&x| !chars::is_invisible(x));
                let prev_visible = line[..t.start].chars().rev().find(|&x| !vanishes_beside_words(x));
                let next = line[t.end..].chars().find(|&x| !chars::is_invisible(x));
                // Digits touching Latin letters (F-16, COVID-19, mp3) belong to the Latin text.
                let latin = text.bytes().any(|b| b.is_ascii_alphabetic());
                // A phrase ligature's word is glued to what follows even across a half-space (the
                // word's own half-space is decided by the join).
                let glued_next = line[t.end..].chars().find(|&x| !vanishes_beside_words(x));
                emit_other(out, at, text, zero.filter(|&z| z == '0' || !latin), persian, (prev, prev_visible), (next, glued_next), (t.join_before, t.join), buf);
            }
            Kind::Word if t.plain => {
                // Only restored half-spaces to add; each letter is two bytes.
                let mut mask = t.mask;
                while mask != 0 {
                    let i = mask.trailing_zeros() as usize;
                    out.put(at + 2 * (i + 1), 0, "\u{200C}");
                    mask &= mask - 1;
                }
            }
            Kind::Word => {
                let keep_zwnj = opts.zwnj == ZwnjMode::Keep;
                emit_word(out, at, text, persian, opts.remove_diacritics, keep_zwnj, t.mask, buf);
            }
        }
    }
}

/// Splits a line into spaces, Arabic-script words, verbatim pieces and other characters.
fn tokenize(line: &str, persian: bool, keep_zwnj: bool, s: &mut Scratch) {
    s.toks.clear();
    s.letters.clear();
    let change = if persian { chars::PERSIANIZE } else { 0 };
    let mut i = 0;
    while i < line.len() {
        // The common piece, a word of Arabic-block letters that stay as they are, ending at a
        // space or the line's end, read by bytes: what the general path below would make of it.
        if let Some(end) = plain_word_end(line.as_bytes(), i, change) {
            let from = s.letters.len() as u32;
            s.letters.push_str(&line[i..end]);
            let to = s.letters.len() as u32;
            s.toks.push(Tok { start: i, end, kind: Kind::Word, letters: (from, to), mask: 0, fixed: false, join: None, join_before: None, plain: true });
            i = end;
            continue;
        }
        // The common space: one before a letter of the Arabic block.
        if line.as_bytes().get(i) == Some(&b' ') && line.as_bytes().get(i + 1..).and_then(chars::block_class).is_some_and(|c| c & (LETTER | TATWEEL) == LETTER) {
            push(s, i, i + 1, Kind::Space);
            i += 1;
            continue;
        }
        let rest = &line[i..];
        let Some(c) = rest.chars().next() else { break };
        if is_blank(c) {
            // Invisible controls among the blanks go with them: the next pass sees one space.
            let blanks_from = |at: usize| line[at..].find(|c: char| !is_blank(c) && !chars::is_invisible(c)).map_or(line.len(), |e| at + e);
            let mut end = blanks_from(i);
            // So do half-spaces after the blanks, and a piece between blanks that would vanish
            // (half-spaces and tatweel, not a tatweel dash): the next pass would see one space.
            if !keep_zwnj {
                loop {
                    let after = &line[end..];
                    let len = after.find(|c: char| c != ZWNJ && chars::class(c) & TATWEEL == 0 && !chars::is_invisible(c)).unwrap_or(after.len());
                    end = if len > 0 && after[..len].contains(ZWNJ) && after[len..].chars().next().is_some_and(is_blank) {
                        blanks_from(end + len)
                    } else if after.starts_with(ZWNJ) {
                        blanks_from(end + ZWNJ.len_utf8())
                    } else {
                        break;
                    };
                }
            }
            push(s, i, end, Kind::Space);
            i = end;
            continue;
        }
        // A whitespace-separated piece.
        let end = rest.find(is_blank).map_or(line.len(), |e| i + e);
        let piece = &line[i..end];
        let latin = piece.bytes().any(|b| b.is_ascii_alphabetic());
        if latin && is_verbatim(piece) {
            push(s, i, end, Kind::Verbatim);
            i = end;
            continue;
        }
        // A piece of nothing but tatweel (ـــ, used as a dash) stays; tatweel elsewhere goes.
        let dash = piece.chars().all(|c| chars::class(c) & TATWEEL != 0 || chars::is_invisible(c));
        let mut j = i;
        while j < end {
            let Some(c) = line[j..end].chars().next() else { break };
            // A half-space after another script's letter is that script's business (अ‌ब).
            let starts_word = is_word_char(c) && !dash
                || (c == ZWNJ || chars::is_invisible(c))
                    && line[j + c.len_utf8()..end].chars().next().is_some_and(is_word_char)
                    && !line[..j].chars().next_back().is_some_and(other_script);
            if starts_word {
                let mut k = j;
                // Plain: letters of the Arabic block that stay as they are; the common case,
                // which needs no rewriting and is its own skeleton.
                let mut plain = true;
                for (o, x) in line[j..end].char_indices() {
                    let class = chars::class(x);
                    if class & LETTER != 0 && class & change == 0 {
                        k = j + o + x.len_utf8();
                    } else if is_word_char(x) || x == ZWNJ || x == '\u{200D}' || chars::is_invisible(x) || class & TATWEEL != 0 {
                        // Tatweel inside a word goes, and the word must be judged whole, as the
                        // next pass will see it.
                        plain = false;
                        k = j + o + x.len_utf8();
                    } else {
                        break;
                    }
                }
                let word = &line[j..k];
                let from = s.letters.len() as u32;
                if plain {
                    s.letters.push_str(word);
                } else {
                    skeleton(word, persian, &mut s.letters);
                }
                let to = s.letters.len() as u32;
                let fixed = !plain && (keeps_a_half_space(word) || word.contains('\u{200D}'));
                s.toks.push(Tok { start: j, end: k, kind: Kind::Word, letters: (from, to), mask: 0, fixed, join: None, join_before: None, plain });
                j = k;
            } else {
                let k = j + c.len_utf8();
                // A phrase ligature (﷽) becomes words and spaces: its own token, so that what
                // is on either side is judged on its own, as it will be once expanded.
                let phrase = chars::presentation_form(c).is_some_and(|p| p.contains(' '));
                // A joiner, half-space or invisible control after a phrase ligature stays with it, as it
                // stays with the phrase's last word once the next pass sees it expanded.
                let clings = c == '\u{200D}' || c == ZWNJ || chars::is_invisible(c);
                match s.toks.last_mut() {
                    Some(t) if !phrase && t.kind == Kind::Other && t.end == j && (!t.fixed || clings) => t.end = k,
                    _ => {
                        push(s, j, k, Kind::Other);
                        if let Some(t) = s.toks.last_mut() {
                            t.fixed = phrase;
                        }
                    }
                }
                j = k;
            }
        }
        i = end;
    }
}

/// The end of the piece at `start` when it is one plain word: letters of U+0600-U+06FF with
/// no class bit of `change` (nor digits), up to a space, a tab or the end.
fn plain_word_end(bytes: &[u8], start: usize, change: u16) -> Option<usize> {
    let mut at = start;
    while let Some(class) = bytes.get(at..).and_then(chars::block_class) {
        if class & (LETTER | DIGIT | change) != LETTER {
            return None;
        }
        at += 2;
    }
    (at > start && matches!(bytes.get(at), None | Some(b' ' | b'\t'))).then_some(at)
}

/// Whether a word has a half-space that the clean-up keeps (after a joining letter, before a
/// letter): the writer placed its half-spaces, so none are added.
fn keeps_a_half_space(word: &str) -> bool {
    let mut last_joins = false;
    let mut pending = false;
    for c in word.chars() {
        let class = chars::class(c);
        // A presentation form of marks alone (ﹹ) is a mark, as the output will have it.
        if class & LETTER != 0 || chars::presentation_form(c).is_some_and(|p| p.chars().any(|x| chars::class(x) & LETTER != 0)) {
            if pending {
                return true;
            }
            last_joins = chars::presentation_form(c).map_or(class & JOINS != 0, |s| s.chars().last().is_some_and(|x| chars::class(x) & JOINS != 0));
        } else if c == ZWNJ {
            pending = last_joins;
        }
    }
    false
}

fn push(s: &mut Scratch, start: usize, end: usize, kind: Kind) {
    s.toks.push(Tok { start, end, kind, letters: (0, 0), mask: 0, fixed: false, join: None, join_before: None, plain: false });
}

/// The letters of a word as they will be written (after presentation forms, compositions and
/// Persian letters), without marks, tatweel or half-spaces: what the word table is keyed on.
fn skeleton(word: &str, persian: bool, out: &mut String) {
    let mut it = word.char_indices();
    while let Some((i, c)) = it.next() {
        let rest = &word[i + c.len_utf8()..];
        let forms = chars::presentation_form(c);
        let last = match forms {
            Some(letters) => letters.chars().next_back(),
            None if chars::class(c) & LETTER != 0 => Some(c),
            None => continue,
        };
        // Composition with a following mark, across invisible controls.
        let mut composed = None;
        if let (Some(l), Some((m, skip))) = (last, next_visible(rest, false)) {
            if let Some(x) = compose_in(l, m, persian) {
                composed = Some(x);
                let end = i + c.len_utf8() + skip;
                while it.as_str().len() > word.len() - end {
                    it.next();
                }
            }
        }
        match forms {
            Some(letters) => {
                let count = letters.chars().count();
                for (k, x) in letters.chars().enumerate() {
                    let x = if k + 1 == count { composed.unwrap_or(x) } else { x };
                    if chars::class(x) & LETTER != 0 {
                        out.push(letter(x, persian));
                    }
                }
            }
            None => out.push(letter(composed.unwrap_or(c), persian)),
        }
    }
}

/// The next character that stays in the output (skipping what normalization removes between a
/// letter and a mark: invisible controls, half-spaces, tatweel, and marks being stripped), so that a base
/// letter and a hamza mark that end up side by side compose in the same pass: a second pass
/// must find nothing left to do.
fn next_visible(rest: &str, strip_marks: bool) -> Option<(char, usize)> {
    let mut len = 0;
    for c in rest.chars() {
        len += c.len_utf8();
        let class = chars::class(c);
        let removed = chars::is_invisible(c) || c == ZWNJ || class & TATWEEL != 0 || (strip_marks && class & MARK != 0 && class & LETTER_MARK == 0);
        if !removed {
            return Some((c, len));
        }
    }
    None
}

/// The composition of a letter and a mark in a line of the given language, also for the
/// Persian spelling of the letter (ى + ٔ is ی + ٔ = ئ in Persian).
fn compose_in(c: char, mark: char, persian: bool) -> Option<char> {
    chars::compose(c, mark, persian).or_else(|| if persian { chars::compose(chars::persian_letter(c)?, mark, true) } else { None })
}

/// A letter as Persian or Arabic lines write it (ۀ's ه for the word table).
#[inline]
fn letter(c: char, persian: bool) -> char {
    if !persian {
        return c;
    }
    match c {
        'ۀ' | 'ۂ' => 'ه',
        _ => chars::persian_letter(c).unwrap_or(c),
    }
}

/// Whether a word and the next, written apart, join: `Some(true)` with a half-space, `Some(false)`
/// with nothing (after a letter that does not join), `None` when they stay apart. `after` is the
/// word that follows the second, if only a space separates them.
fn join_decision(wa: &str, wb: &str, after: Option<&str>) -> Option<bool> {
    if (wa == "می" || wa == "نمی") && zwnj::joins_prefix(wb) {
        return Some(true);
    }
    if !zwnj::joins_suffix(wa, wb) {
        return None;
    }
    let joining = wa.chars().next_back().is_some_and(|c| chars::class(c) & JOINS != 0);
    // After a letter that does not join, the suffix is written solid (`بندهای`); that must read
    // back the same way, or a second pass would split it elsewhere (`بنده‌ای`). When it would
    // not, the space stays.
    let mut solid = String::with_capacity(wa.len() + wb.len());
    solid.push_str(wa);
    solid.push_str(wb);
    if joining || zwnj::restore(&solid, zwnj::next_kind(after)) == 0 { Some(joining) } else { None }
}

/// Decides the half-spaces of a Persian line: spaced affixes to join, stripped ones to restore.
fn plan_half_spaces(line: &str, s: &mut Scratch, repair: bool) {
    let Scratch { toks, letters, memo, .. } = s;
    let n = toks.len();
    let word = |t: &Tok| &letters[t.letters.0 as usize..t.letters.1 as usize];
    // Most lines have no phrase ligature: their words skip every question about one.
    let phrases = toks.iter().any(Tok::is_phrase);
    // The last word of a phrase ligature (ﷻ is جل جلاله), which the next pass will see as a word.
    let phrase_last = |t: &Tok, into: &mut String| {
        into.clear();
        if t.is_phrase() {
            if let Some(phrase) = line[t.start..t.end].chars().next().and_then(chars::presentation_form) {
                into.extend(phrase.rsplit(' ').next().unwrap_or("").chars().map(|x| letter(x, true)));
            }
        }
    };
    let (mut first_word, mut second_word) = (String::new(), String::new());
    let mut last_word = String::new();
    // The word the joins so far make, ending with token i: a second suffix (`تر تر های`) is
    // judged after the whole of it, as the next pass will see it.
    let mut joined = String::new();
    // Joins: Word Space Word (the first may be a phrase ligature's last word).
    let mut i = 0;
    while i + 2 < n {
        let (a, sp, b) = (&toks[i], &toks[i + 1], &toks[i + 2]);
        phrase_last(a, &mut last_word);
        // A word right after a phrase ligature and a joiner (`﷿\u{200D}ک`), or after tatweel
        // (`﷿ـ`), is the end of the phrase's last word in the next pass, unless the phrase is
        // written with a space after it (when a letter or mark comes right after it).
        if phrases && a.kind == Kind::Word && i > 0 && toks[i - 1].is_phrase() && toks[i - 1].end == a.start {
            let mut after = line[toks[i - 1].start..].chars().skip(1);
            if after.find(|&x| !vanishes_beside_words(x)).is_some_and(|x| !x.is_alphabetic()) {
                phrase_last(&toks[i - 1], &mut last_word);
                last_word.push_str(word(a));
            }
        }
        // A word, a space, then a phrase ligature (`می ﷽`): the next pass sees the phrase's first
        // word after the space.
        if phrases && a.kind == Kind::Word && sp.kind == Kind::Space && !line[sp.start..sp.end].contains('\t') {
            if let Some(k) = glued_phrase(line, toks, i + 1) {
                phrase_first(line, &toks[k], &mut first_word, &mut second_word);
                let after = (!second_word.is_empty()).then_some(second_word.as_str());
                let wa = if !joined.is_empty() {
                    joined.as_str()
                } else if last_word.is_empty() {
                    word(a)
                } else {
                    last_word.as_str()
                };
                if let Some(join) = join_decision(wa, &first_word, after) {
                    toks[i + 1].join = Some(join);
                    toks[i].fixed = true;
                }
                joined.clear();
                i += 1;
                continue;
            }
        }
        if (a.kind == Kind::Word || !last_word.is_empty()) && sp.kind == Kind::Space && b.kind == Kind::Word && !line[sp.start..sp.end].contains('\t') {
            let after = word_after(line, toks, letters, i + 2, phrases, &mut first_word, &mut second_word);
            let wa = if !joined.is_empty() {
                joined.as_str()
            } else if a.kind == Kind::Word && last_word.is_empty() {
                word(a)
            } else {
                last_word.as_str()
            };
            let join = join_decision(wa, word(b), after);
            if join.is_some() {
                let mut whole = String::with_capacity(wa.len() + b.letters.1 as usize - b.letters.0 as usize);
                whole.push_str(wa);
                whole.push_str(word(b));
                joined = whole;
                toks[i + 1].join = join;
                toks[i].fixed = true;
                toks[i + 2].fixed = true;
                i += 2;
                continue;
            }
        }
        joined.clear();
        i += 1;
    }
    // A phrase ligature glued to a word is written with a space after it (`﷾های` -> `سبحانه
    // وتعالی های`); where the next pass would join that word as a spaced suffix, it is joined now.
    for i in 0..if phrases { n.saturating_sub(1) } else { 0 } {
        let (t, b) = (&toks[i], &toks[i + 1]);
        if b.kind != Kind::Word || b.start != t.end {
            continue;
        }
        phrase_last(t, &mut last_word);
        if last_word.is_empty() {
            continue;
        }
        let after = word_after(line, toks, letters, i + 1, phrases, &mut first_word, &mut second_word);
        if let Some(join) = join_decision(&last_word, word(b), after) {
            toks[i].join = Some(join);
            toks[i + 1].fixed = true;
        }
    }
    // The mirror: a word glued before a phrase ligature (`نمی﷽`) is written with a space before
    // the phrase; where the next pass would join the two, they are joined now.
    for i in 0..if phrases { n } else { 0 } {
        // (Also after a word the writer's half-space or joiner fixed: the next pass joins it.)
        let a = toks[i];
        if a.kind != Kind::Word {
            continue;
        }
        let Some(k) = glued_phrase(line, toks, i) else { continue };
        phrase_first(line, &toks[k], &mut first_word, &mut second_word);
        let after = (!second_word.is_empty()).then_some(second_word.as_str());
        if let Some(join) = join_decision(word(&a), &first_word, after) {
            toks[k].join_before = Some(join);
            toks[i].fixed = true;
        }
    }
    if repair {
        for i in 0..n {
            let t = toks[i];
            if t.kind == Kind::Word && !t.fixed {
                // The next word, if only a space separates it (or the first word of a phrase
                // ligature glued to this one, which the next pass will see after a space).
                let next = word_after(line, toks, letters, i, phrases, &mut first_word, &mut second_word);
                // A number after a space is a modifier too (سال‌های ۱۳۹۴).
                let kind = match next {
                    None if number_after(line, toks, i) => zwnj::Next::Word,
                    _ => zwnj::next_kind(next),
                };
                toks[i].mask = memo.restore(word(&t), kind);
            }
        }
    }
}

/// The first two words of phrase ligature token `t` (ﷻ is جل جلاله), as the next pass will see
/// them; empty when `t` is not one.
fn phrase_first(line: &str, t: &Tok, into: &mut String, second: &mut String) {
    into.clear();
    second.clear();
    if t.is_phrase() {
        if let Some(phrase) = line[t.start..t.end].chars().next().and_then(chars::presentation_form) {
            let mut words = phrase.split(' ');
            into.extend(words.next().unwrap_or("").chars().map(|x| letter(x, true)));
            second.extend(words.next().unwrap_or("").chars().map(|x| letter(x, true)));
        }
    }
}

/// The word the next pass reads after token `i`: the next word across one space, or the first
/// word of a phrase ligature after it, across one space or glued to it (written into `first`;
/// looked for only when the line has a phrase ligature, `phrases`).
#[inline]
fn word_after<'a>(line: &str, toks: &[Tok], letters: &'a str, i: usize, phrases: bool, first: &'a mut String, second: &mut String) -> Option<&'a str> {
    let k = match (toks.get(i + 1), toks.get(i + 2)) {
        (Some(sp), Some(w)) if sp.kind == Kind::Space && w.kind == Kind::Word => return letters.get(w.letters.0 as usize..w.letters.1 as usize),
        _ if !phrases => return None,
        (Some(sp), Some(_)) if sp.kind == Kind::Space => glued_phrase(line, toks, i + 1)?,
        _ => glued_phrase(line, toks, i)?,
    };
    phrase_first(line, &toks[k], first, second);
    Some(first)
}

/// Whether a number follows token `i` across one space.
fn number_after(line: &str, toks: &[Tok], i: usize) -> bool {
    match (toks.get(i + 1), toks.get(i + 2)) {
        (Some(sp), Some(t)) if sp.kind == Kind::Space => line[t.start..].chars().next().is_some_and(|c| c.is_ascii_digit() || matches!(c, '\u{0660}'..='\u{0669}' | '\u{06F0}'..='\u{06F9}')),
        _ => false,
    }
}

/// What goes from between words and phrase ligatures (a half-space outside a word, an invisible
/// control, tatweel that is not a dash): the next pass sees the two sides touching.
fn vanishes_beside_words(c: char) -> bool {
    c == ZWNJ || chars::is_invisible(c) || chars::class(c) & TATWEEL != 0
}

/// The phrase ligature (﷽) glued to the end of token `i`, across nothing but invisible controls,
/// half-spaces and tatweel, which go: the next pass sees the phrase right after the token.
fn glued_phrase(line: &str, toks: &[Tok], i: usize) -> Option<usize> {
    let mut end = toks.get(i)?.end;
    let mut k = i + 1;
    while let Some(t) = toks.get(k) {
        // (A piece of tatweel before the phrase is a word token that writes nothing; a word
        // with letters never is.)
        if t.kind == Kind::Space || t.start != end || t.letters.0 != t.letters.1 {
            return None;
        }
        if t.is_phrase() {
            return Some(k);
        }
        if !line[t.start..t.end].chars().all(vanishes_beside_words) {
            return None;
        }
        end = t.end;
        k += 1;
    }
    None
}

/// Writes a word: letters in their paragraph's spelling, half-spaces cleaned up and restored.
#[allow(clippy::too_many_arguments)]
fn emit_word(out: &mut Emitter, at: usize, word: &str, persian: bool, strip_marks: bool, keep_zwnj: bool, mask: u32, buf: &mut String) {
    let mut n = 0u32; // letters written so far
    let mut last_joins = false; // the last letter written joins the next one
    let mut iter = word.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        let len = c.len_utf8();
        let class = chars::class(c);
        if class & LETTER != 0 || chars::presentation_form(c).is_some() {
            // Letters: presentation forms expanded, compositions, Persian spelling, ezafe.
            buf.clear();
            let mut in_len = len;
            let mut changed = false;
            let push_letter = |x: char, buf: &mut String, n: &mut u32, last_joins: &mut bool| {
                if *n > 0 && *n <= 32 && mask & (1 << (*n - 1)) != 0 {
                    buf.push(ZWNJ);
                }
                let y = if persian { chars::persian_letter(x).unwrap_or(x) } else { x };
                match (persian, chars::ezafe(y)) {
                    (true, Some(e)) => buf.push_str(e),
                    _ => buf.push(y),
                }
                *n += 1;
                *last_joins = chars::class(y) & JOINS != 0;
            };
            if let Some(letters) = chars::presentation_form(c) {
                changed = true;
                // ﻻ + hamza above is ل + أ: compose with the form's last letter.
                let mut last = letters.chars().next_back();
                if let (Some(l), Some((m, skip))) = (last, next_visible(&word[i + len..], strip_marks)) {
                    if let Some(composed) = compose_in(l, m, persian) {
                        last = Some(composed);
                        in_len += skip;
                        while iter.next_if(|&(j, _)| j < i + len + skip).is_some() {}
                    }
                }
                let count = letters.chars().count();
                for (k, x) in letters.chars().enumerate() {
                    let x = if k + 1 == count { last.unwrap_or(x) } else { x };
                    if chars::class(x) & LETTER != 0 {
                        push_letter(x, buf, &mut n, &mut last_joins);
                    } else if !(strip_marks && chars::class(x) & LETTER_MARK == 0) {
                        buf.push(x);
                    }
                }
            } else {
                let mut x = c;
                if let Some((m, skip)) = next_visible(&word[i + len..], strip_marks) {
                    if let Some(composed) = compose_in(c, m, persian) {
                        x = composed;
                        in_len += skip;
                        while iter.next_if(|&(j, _)| j < i + len + skip).is_some() {}
                        changed = true;
                    }
                }
                push_letter(x, buf, &mut n, &mut last_joins);
                changed |= buf.len() != x.len_utf8() || !buf.starts_with(x);
            }
            if changed {
                out.put(at + i, in_len, buf);
            }
        } else if class & MARK != 0 {
            if strip_marks && class & LETTER_MARK == 0 {
                out.put(at + i, len, "");
            }
        } else if class & TATWEEL != 0 || chars::is_invisible(c) {
            out.put(at + i, len, "");
        } else if c == ZWNJ {
            if keep_zwnj {
                continue;
            }
            // Keep one, between a joining letter and another letter.
            let mut end = i + len;
            while let Some(&(j, x)) = iter.peek() {
                if x == ZWNJ || chars::is_invisible(x) {
                    end = j + x.len_utf8();
                    iter.next();
                } else {
                    break;
                }
            }
            // Marks are skipped, presentation forms of marks (ﹹ) too: they will be marks.
            let mark_like = |x: char| {
                chars::class(x) & (MARK | TATWEEL) != 0
                    || chars::is_invisible(x)
                    || chars::presentation_form(x).is_some_and(|p| p.chars().all(|y| chars::class(y) & MARK != 0))
            };
            let next_letter = word[end..]
                .chars()
                .find(|&x| !mark_like(x))
                .is_some_and(|x| chars::class(x) & LETTER != 0 || chars::presentation_form(x).is_some());
            if last_joins && next_letter {
                if end != i + len {
                    out.put(at + i, end - i, "\u{200C}");
                }
            } else {
                out.put(at + i, end - i, "");
            }
        }
    }
}

/// Writes characters outside words: digits in the paragraph's style, invisible controls removed,
/// stray half-spaces removed, presentation-form symbols (﷼) expanded.
#[allow(clippy::too_many_arguments)]
fn emit_other(out: &mut Emitter, at: usize, text: &str, zero: Option<char>, persian: bool, (prev, prev_visible): (Option<char>, Option<char>), (next, glued_next): (Option<char>, Option<char>), (join_before, join_next): (Option<bool>, Option<bool>), buf: &mut String) {
    for (i, c) in text.char_indices() {
        let len = c.len_utf8();
        if c.is_ascii() && zero.is_none() {
            continue;
        }
        if let Some(v) = chars::digit_value(c) {
            if let Some(z) = zero {
                let d = chars::digit(z, v);
                if d != c {
                    out.put_char(at + i, len, d);
                }
            }
        } else if chars::is_invisible(c) {
            out.put(at + i, len, "");
        } else if c == ZWNJ {
            // A half-space outside a word: keep one only beside another script's letters, and not
            // beside a phrase ligature (even across other half-spaces and controls), whose last
            // letter the next pass will see in a word.
            let before = text[..i].chars().rev().find(|&x| !chars::is_invisible(x)).or(prev);
            let after = text[i + len..].chars().find(|&x| !chars::is_invisible(x)).or(next);
            let visible = |x: &char| !vanishes_beside_words(*x) && *x != '\u{200D}';
            let before_visible = text[..i].chars().rev().find(visible).or(prev_visible);
            let after_visible = text[i + len..].chars().find(visible).or(glued_next);
            let ligature = |x: Option<char>| x.and_then(chars::presentation_form).is_some();
            if !before.is_some_and(other_script) && !after.is_some_and(other_script) || before == Some(ZWNJ) || ligature(before_visible) || ligature(after_visible) {
                out.put(at + i, len, "");
            }
        } else if let Some(s) = chars::presentation_form(c) {
            // A phrase ligature (﷽) glued to a word gets spaces, so that the phrase's last word
            // and the next word do not read as one.
            // Across the half-spaces and controls that go (`کتاب\u{200B}﷽`).
            let before = text[..i].chars().rev().find(|&x| !vanishes_beside_words(x)).or(prev_visible);
            let rest = &text[i + len..];
            let after = rest.chars().find(|&x| !vanishes_beside_words(x)).or(glued_next);
            let glued = |x: Option<char>| s.contains(' ') && x.is_some_and(char::is_alphabetic);
            buf.clear();
            if glued(before) {
                match join_before {
                    Some(true) => buf.push(ZWNJ),
                    Some(false) => {}
                    None => buf.push(' '),
                }
            }
            for x in s.chars() {
                buf.push(if persian { chars::persian_letter(x).unwrap_or(x) } else { x });
            }
            if glued(after) {
                match join_next {
                    Some(true) => buf.push(ZWNJ),
                    Some(false) => {}
                    None => buf.push(' '),
                }
            }
            out.put(at + i, len, buf);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn norm(s: &str) -> String {
        normalize(s, &NormalizeOptions::default()).unwrap().text
    }

    #[test]
    fn unicode_layer() {
        assert_eq!(norm("ﺍﻟﻌﺮﺑﻴﺔ"), "العربية");
        assert_eq!(norm("ﻻ"), "لا");
        assert_eq!(norm("سلام\u{200F} دنیا\u{00A0}!"), "سلام دنیا !");
        assert_eq!(norm("بـــزرگ"), "بزرگ");
        assert_eq!(norm("خانۀ ما"), "خانه\u{0654} ما");
    }

    #[test]
    fn language_per_line() {
        assert_eq!(norm("كتاب پژوهشي علي\nالكتاب علي الطاولة"), "کتاب پژوهشی علی\nالكتاب علي الطاولة");
    }

    #[test]
    fn analysis_contract() {
        let a = analysis_form("ۀ آ لینک‌های ١٢ ABC\u{200F}\nي");
        assert_eq!(a.text, "ۀ آ لینک های 12 abc\nی");
    }

    #[test]
    fn lines_counted_by_bytes_count_as_character_by_character() {
        // Every mark and presentation form the byte path must leave to the other, and what it
        // may pass over: other marks, tatweel, controls, half-spaces, quotes, other scripts.
        let mut lines: Vec<String> = ["ا\u{0653}", "ه\u{0654}", "ي\u{200C}\u{0654}", "ﻻ", "ﷲ", "ﹹ", "ـ\u{0655}"]
            .iter()
            .map(|piece| format!("كتاب پژوهشي {piece} علی"))
            .collect();
        lines.extend(
            ["«خبر» ًّ ـ \u{061C}\u{200F} میز\u{200C}ها\u{00A0}\u{200D}x", "Latin – text “quoted” 😀 日本", "الكتابُ على الطاولة", "", "abc"].map(String::from),
        );
        let pages = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/pages");
        for entry in std::fs::read_dir(pages).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "txt") {
                lines.extend(std::fs::read_to_string(path).unwrap().lines().map(String::from));
            }
        }
        let mut by_bytes = 0;
        for line in &lines {
            if let Some(k) = Counts::of_settled(line.as_bytes()) {
                assert_eq!(k, Counts::of_any(line), "{line}");
                by_bytes += 1;
            }
        }
        assert!(by_bytes > lines.len() / 2, "{by_bytes} of {}", lines.len());
        for line in &lines[..7] {
            assert_eq!(Counts::of_settled(line.as_bytes()), None, "{line}");
        }
    }

    #[test]
    fn block_table_folds_as_the_character_rule() {
        // Every mark a letter composes with is one the fast path leaves to the full rule.
        for &(_, mark, _) in crate::lang::chars::COMPOSITIONS {
            assert_ne!(chars::class(mark) & (MARK | LETTER_MARK), 0);
        }
        for mode in [Fold::Analysis, Fold::Search] {
            for u in 0x600..0x700 {
                let c = char::from_u32(u).unwrap();
                let text = format!("a{c}b{c}\u{0654}ك{c}");
                let mut slow = String::new();
                let mut rest = text.chars().peekable();
                while let Some(c) = rest.next() {
                    let composed = rest.peek().and_then(|&m| chars::compose(c, m, true));
                    if composed.is_some() {
                        rest.next();
                    }
                    let c = composed.unwrap_or(c);
                    match chars::presentation_form(c) {
                        Some(letters) => letters.chars().for_each(|x| {
                            fold_char(x, mode, &mut slow);
                        }),
                        None => {
                            fold_char(c, mode, &mut slow);
                        }
                    }
                }
                assert_eq!(char_pass(&text, mode).0, slow, "{c:?}");
            }
        }
    }
}
