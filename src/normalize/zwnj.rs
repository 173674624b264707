//! Half-spaces (ZWNJ, U+200C) in Persian words: where they belong, from a word table.
//!
//! A Persian word is written as one unit even when it is made of parts: the verbal prefix
//! (می‌دانند), the plural (مقام‌های), the comparative (مهم‌ترین), the indefinite or a clitic after
//! silent ه (بیانیه‌ای, کرده‌اند), compounds (بین‌المللی). Between the parts goes a half-space
//! when the first part ends in a letter that would otherwise join the next. Scrapers and
//! careless normalizers delete it, which glues the parts (میدانند, مقامهای).
//!
//! [`restore`] finds the parts again. It reads a word as `[prefix] stem [suffix]` in every way
//! the suffix and prefix lists allow, scores each reading by how often its stem occurs (the
//! frequency bucket of the word table, `crate::lang::zwnj_lexicon`) plus a fixed cost for the
//! suffix, and keeps the best reading. Reading the word as it stands competes too, so a word of
//! its own (تنها, میدان, انتهای) stays whole, and the ambiguous بیانیهای is read as بیانیه + ای
//! (a statement) rather than بیانی + های, because بیانیه is far more frequent.
//!
//! [`joins_prefix`] and [`joins_suffix`] decide whether a space between a prefix or suffix and
//! its word should be a half-space (`می دانند`, `کتاب ها`), which is only done when the other
//! part is a verb form or the suffix cannot stand alone, so `ماه می سال` stays as written.

use std::sync::OnceLock;

use crate::lang::spelling::SAID_HEH;
use crate::lang::zwnj_lexicon as table;
use crate::matching::WordMap;

/// Word-table flags (see `tests/tools/zwnj_lexicon.py`).
const NOMINAL: u8 = 1;
const ADJECTIVE: u8 = 2;
const VERB: u8 = 8;
const FUNCTION: u8 = 16;
const NUMBER: u8 = 32;

/// Plural suffixes, written after a half-space when the stem ends in a joining letter.
const PLURAL: &[&str] = &["ها", "های", "هایی", "هایم", "هایت", "هایش", "هایمان", "هایتان", "هایشان", "هاست"];
/// Comparative and superlative.
const COMPARATIVE: &[&str] = &["ترین", "تر", "تری", "ترینها", "ترها"];
/// Indefinite, clitics and copula after silent ه (خانه‌ای, کرده‌اند).
const AFTER_HEH: &[&str] = &["ای", "ام", "ات", "اش", "اند", "ایم", "اید", "است", "ایی"];
/// Suffixes written joined: they only carry a compound's own half-spaces (گفت‌وگوی, شبه‌نظامیان)
/// or show that a word is a known word plus an ending (انتها + ی).
const DIRECT: &[(&str, i32)] = &[("ی", -2), ("یی", -4), ("ان", -4), ("یان", -5), ("ات", -6), ("ین", -3)];

/// Participles and agent nouns that make compounds with a noun before them.
const COMPOUND_HEADS: &[&str] = &["شده", "شدگان", "کننده", "کنندگان", "کنندگی", "دهنده", "دهندگان"];
/// Preverbs, written joined to the verbal prefix after them; the first is none.
const PREVERBS: &[&str] = &["", "بر", "باز", "در", "فرو", "فرا", "وا"];

/// Personal endings of verbs.
const ENDINGS: &[&str] = &["م", "ی", "د", "یم", "ید", "ند"];
const PAST_ENDINGS: &[&str] = &["", "م", "ی", "یم", "ید", "ند"];

// Scores are log2 counts: a reading scores its stem's frequency bucket plus the suffix cost.
const KEEP_BONUS: i32 = 2;
const UNKNOWN_KEEP: i32 = 8;
const UNKNOWN_STEM: i32 = 16;
const PLURAL_COST: i32 = -6;
const SUPERLATIVE_COST: i32 = -6;
const COMPARATIVE_COST: i32 = -7;
const AFTER_HEH_COST: i32 = -5;
/// A plural of a number (هفت‌ها) or of a plural (دوستان‌های) is rare.
const ODD_PLURAL: i32 = -6;
/// The plural with ezafe (های) needs a word after it; before punctuation or a function word the
/// word is rather ه + ای (نشانه‌ای از).
const NO_MODIFIER: i32 = -8;
/// The least frequency bucket of a noun after به or بی for the prefix reading.
const NOUN_MIN: u8 = 14;
/// A compound the table knows (راه‌حل) is good evidence however rare it is.
const COMPOUND_FLOOR: i32 = 16;
const PARTICIPLE: i32 = 22;
const VERB_SCORE: i32 = 30;

#[derive(Clone, Copy, Debug)]
struct Entry {
    bucket: u8,
    flags: u8,
    /// Bit i: a half-space after letter i.
    mask: u32,
}

struct Lexicon {
    /// Each word's index into `entries`.
    words: WordMap,
    entries: Vec<Entry>,
    /// Verb stems, and whether each is [`PAST`], [`PRESENT`] or both.
    stems: WordMap,
}

const PAST: u8 = 1;
const PRESENT: u8 = 2;

// Lookups out of line: the repair asks in many places, and each inlined hash lookup costs the
// wasm.
impl Lexicon {
    #[inline(never)]
    fn word(&self, w: &str) -> Option<&Entry> {
        self.words.get(w).and_then(|&i| self.entries.get(i as usize))
    }

    #[inline(never)]
    fn stem(&self, s: &str) -> u8 {
        self.stems.get(s).map_or(0, |&flags| flags as u8)
    }

    fn is_past(&self, s: &str) -> bool {
        self.stem(s) & PAST != 0
    }

    fn is_present(&self, s: &str) -> bool {
        self.stem(s) & PRESENT != 0
    }
}

/// `word` without the suffix `s`, comparing the last byte first: most words end otherwise, and a
/// plain `strip_suffix` calls `memcmp` for each of the many suffixes tried.
#[inline]
fn cut_suffix<'a>(word: &'a str, s: &str) -> Option<&'a str> {
    match s.as_bytes().last() {
        Some(last) if word.as_bytes().last() != Some(last) => None,
        _ => word.strip_suffix(s),
    }
}

fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(decode)
}

fn decode() -> Lexicon {
    let letters: Vec<char> = table::SYMBOL_LETTERS.chars().collect();
    let spell = |symbols: &[u8], out: &mut String| {
        out.clear();
        out.extend(symbols.iter().filter_map(|&s| letters.get(usize::from(if s >= b'a' { s - b'a' + 26 } else { s.wrapping_sub(b'A') }))));
    };
    let (buckets, flags) = (table::BUCKETS.as_bytes(), table::FLAGS.as_bytes());
    let mut words = WordMap::with_capacity_and_hasher(buckets.len(), Default::default());
    let mut entries = Vec::with_capacity(buckets.len());
    let mut word: Vec<u8> = Vec::with_capacity(64);
    let mut spelled = String::with_capacity(128);
    for (n, (drop, add)) in pieces(table::WORDS).enumerate() {
        word.truncate(word.len().saturating_sub(drop));
        word.extend_from_slice(add);
        spell(&word, &mut spelled);
        // The key is the word without half-spaces; bit i of the mask, a half-space after letter i.
        let mut key = String::with_capacity(spelled.len());
        let mut mask = 0u32;
        let mut n_letters = 0;
        for c in spelled.chars() {
            if c != '\u{200C}' {
                key.push(c);
                n_letters += 1;
            } else if n_letters > 0 && n_letters <= 32 {
                mask |= 1 << (n_letters - 1);
            }
        }
        let bucket = buckets.get(n).map_or(0, |b| b.wrapping_sub(b'0'));
        let flags = flags.get(n).map_or(0, |f| f.wrapping_sub(b'@'));
        words.insert(key.into_boxed_str(), entries.len() as u32);
        entries.push(Entry { bucket, flags, mask });
    }
    let mut stems = WordMap::default();
    let mut past_stem: Vec<u8> = Vec::with_capacity(32);
    let mut present_stem: Vec<u8> = Vec::with_capacity(32);
    let mut pairs = pieces(table::VERB_STEMS);
    while let (Some((drop_past, add_past)), Some((drop_present, add_present))) = (pairs.next(), pairs.next()) {
        past_stem.truncate(past_stem.len().saturating_sub(drop_past));
        past_stem.extend_from_slice(add_past);
        present_stem.clear();
        present_stem.extend_from_slice(&past_stem[..past_stem.len().saturating_sub(drop_present)]);
        present_stem.extend_from_slice(add_present);
        spell(&past_stem, &mut spelled);
        *stems.entry(spelled.as_str().into()).or_insert(0) |= u32::from(PAST);
        spell(&present_stem, &mut spelled);
        *stems.entry(spelled.as_str().into()).or_insert(0) |= u32::from(PRESENT);
    }
    Lexicon { words, entries, stems }
}

/// The entries of a front-coded list of the table: how many symbols of the previous entry to
/// drop (a char of `#`-`@`), and the symbols to add.
fn pieces(list: &str) -> impl Iterator<Item = (usize, &[u8])> {
    const COUNTS: std::ops::RangeInclusive<u8> = b'#'..=b'@';
    let b = list.as_bytes();
    let mut i = 0;
    std::iter::from_fn(move || {
        let drop = usize::from(b.get(i)?.wrapping_sub(*COUNTS.start()));
        let rest = b.get(i + 1..)?;
        let len = rest.iter().position(|x| COUNTS.contains(x)).unwrap_or(rest.len());
        i += 1 + len;
        Some((drop, &rest[..len]))
    })
}

/// Whether a letter joins the next one, so that a half-space after it shows.
#[inline]
fn joins(c: char) -> bool {
    super::chars::class(c) & super::chars::JOINS != 0
}

fn last_char(s: &str) -> Option<char> {
    s.chars().next_back()
}

fn letters(s: &str) -> usize {
    s.chars().count()
}

/// What follows a word, as far as choosing between readings goes.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Next {
    /// Another content word.
    Word,
    /// Punctuation, the end of the line, or a function word (از, که, را, ...).
    Boundary,
}

/// Function words that cannot follow a plural with ezafe (…های).
const FUNCTION_WORDS: &[&str] = &["از", "که", "را", "به", "با", "در", "و", "یا", "تا", "برای", "است", "بود", "شد", "نیز", "هم", "اما", "ولی"];

pub(crate) fn next_kind(next_word: Option<&str>) -> Next {
    match next_word {
        Some(w) if !FUNCTION_WORDS.contains(&w) => Next::Word,
        _ => Next::Boundary,
    }
}

/// Restorations already decided in one call: news text repeats its words, and deciding costs a
/// dozen table lookups. Bounded, so that a huge input of distinct words does not hold them all.
/// Kept apart for each [`Next`].
#[derive(Default)]
pub(crate) struct Memo {
    /// One map for each [`Next`], looked up by the word itself.
    masks: [WordMap; 2],
}

const MEMO_WORDS: usize = 1 << 16;

impl Memo {
    /// [`restore`], remembered.
    pub(crate) fn restore(&mut self, word: &str, next: Next) -> u32 {
        // Words of under three letters (two bytes each) are never split: not worth a lookup.
        if word.len() < 6 {
            return restore(word, next);
        }
        let masks = &mut self.masks[usize::from(next == Next::Word)];
        if let Some(&mask) = masks.get(word) {
            return mask;
        }
        let mask = restore(word, next);
        if masks.len() < MEMO_WORDS {
            masks.insert(word.into(), mask);
        }
        mask
    }
}

/// The half-spaces to insert into `word` (a Persian word without any), as a bit mask: bit i
/// means a half-space after letter i. 0 when the word is best left as it is.
pub(crate) fn restore(word: &str, next: Next) -> u32 {
    let n = letters(word);
    if !(3..=32).contains(&n) {
        return 0;
    }
    let lex = lexicon();
    let own = lex.word(word);
    let mut best_score = match own {
        Some(e) => e.bucket as i32 + KEEP_BONUS,
        None => UNKNOWN_KEEP,
    };
    let mut best_mask = own.map_or(0, |e| e.mask);
    let mut consider = |score: i32, mask: u32| {
        if score > best_score {
            best_score = score;
            best_mask = mask;
        }
    };

    // Plural and comparative.
    for (list, kind) in [(PLURAL, 0), (COMPARATIVE, 1)] {
        for s in list {
            let Some(stem) = cut_suffix(word, s) else { continue };
            let stem_len = letters(stem);
            if stem_len < 2 {
                continue;
            }
            let sep = if last_char(stem).is_some_and(joins) { 1u32 << (stem_len - 1) } else { 0 };
            let entry = lex.word(stem);
            let comparative = kind == 1;
            // بیشترین, کمتری: lexicalised بیشتر, کمتر take the ending joined.
            if comparative && lex.word(&format_tar(stem)).is_some_and(|e| e.mask == 0) {
                continue;
            }
            let mut score = match (entry, comparative) {
                (Some(e), _) if e.flags & (VERB | FUNCTION) != 0 => continue,
                (Some(e), false) => stem_score(e) + PLURAL_COST,
                (Some(e), true) if e.flags & ADJECTIVE != 0 || (s.starts_with("ترین") && e.flags & NOMINAL != 0) => {
                    stem_score(e) + if s.starts_with("ترین") { SUPERLATIVE_COST } else { COMPARATIVE_COST }
                }
                (Some(_), true) => continue,
                // درآمدهای نفتی: a past stem is often a noun (درآمد, رویداد), and its plural before
                // a modifier is likelier than the participle and ای (درآمده‌ای).
                (None, false) if *s == "های" && sep == 0 && next == Next::Word && lex.is_past(stem) => PARTICIPLE + AFTER_HEH_COST + 1,
                (None, false) if stem_len >= 3 => UNKNOWN_STEM + PLURAL_COST,
                (None, true) if s.starts_with("ترین") && stem_len >= 3 => UNKNOWN_STEM + SUPERLATIVE_COST,
                (None, _) => continue,
            };
            if !comparative {
                if entry.is_some_and(|e| e.flags & NUMBER != 0) {
                    score += ODD_PLURAL;
                }
                if let Some(single) = stem.strip_suffix("ان") {
                    if entry.is_some() && lex.word(single).is_some_and(|e| e.flags & NOMINAL != 0) {
                        score += ODD_PLURAL;
                    }
                }
                if *s == "های" && next == Next::Boundary && lex.word(&with_heh(stem)).is_some() {
                    score += NO_MODIFIER;
                }
            }
            consider(score, sep | entry.map_or(0, |e| e.mask));
        }
    }

    // The copula after a vowel, the word before as it is written (آن‌هاست, not آنه‌است;
    // تنهاست, not تن‌هاست).
    if let Some(stem) = cut_suffix(word, "ست") {
        if let Some(e) = lex.word(stem).filter(|_| stem.ends_with(['ا', 'و'])) {
            consider(stem_score(e) + AFTER_HEH_COST, e.mask);
        }
    }

    // After silent ه: بیانیه‌ای, کرده‌اند.
    for s in AFTER_HEH {
        let Some(stem) = cut_suffix(word, s) else { continue };
        // After ا the letter ه is said (اشتباه, راه): اشتباهات is no اشتباه + ات.
        if !stem.ends_with('ه') || stem.ends_with("اه") || letters(stem) < 2 {
            continue;
        }
        let sep = 1u32 << (letters(stem) - 1);
        if let Some(e) = lex.word(stem) {
            if e.flags & NOMINAL != 0 {
                consider(stem_score(e) + AFTER_HEH_COST, sep | e.mask);
            }
        }
        if let Some(mask) = participle(lex, stem) {
            consider(PARTICIPLE + AFTER_HEH_COST, sep | mask);
        }
    }

    // Joined suffixes carry a known stem's own spelling.
    for &(s, cost) in DIRECT {
        let Some(stem) = cut_suffix(word, s) else { continue };
        if letters(stem) < 2 {
            continue;
        }
        if let Some(e) = lex.word(stem) {
            if e.flags & FUNCTION == 0 {
                // The ezafe after a silent ه, its half-space stripped (نسخهی تازه): joined, the ی
                // would read as a said ه's ending (گروهی).
                let ezafe = s == "ی" && own.is_none() && ezafe_apart(lex, stem);
                consider(stem_score(e) + cost, e.mask | if ezafe { 1 << (letters(stem) - 1) } else { 0 });
            }
        }
    }

    // Weak readings, which any other wins over, of a joined word that is not a word of its own.
    if own.is_none() {
        // به and بی before a noun (به‌صورت, بی‌سرنشین); the table has every common word that
        // starts with them (بهار, بیمار).
        for p in ["به", "بی"] {
            let Some(rest) = word.strip_prefix(p) else { continue };
            // بیانجامد, بیاید: the subjunctive ب + ی before a verb, not بی.
            if letters(rest) < 3 || verb_form(lex, rest).is_some() || p == "بی" && rest.starts_with('ا') {
                continue;
            }
            let noun = lex.word(rest).is_some_and(|e| e.flags & (VERB | FUNCTION) == 0 && e.bucket >= NOUN_MIN);
            // به + the noun of a quality, which the table leaves out (به‌خوبی, به‌تازگی).
            let quality = || {
                let adjective = |a: &str| lex.word(a).is_some_and(|e| e.flags & ADJECTIVE != 0 && e.bucket >= NOUN_MIN);
                p == "به" && lex.word(rest).is_none()
                    && (rest.strip_suffix("گی").is_some_and(|b| adjective(&with_heh(b))) || rest.strip_suffix('ی').is_some_and(|a| letters(a) >= 3 && adjective(a)))
            };
            if noun || quality() {
                consider(UNKNOWN_KEEP + 1, 1 << 1);
            }
        }
        // عدم before a noun (عدم‌همکاری): no Persian word starts with it otherwise.
        if let Some(rest) = word.strip_prefix("عدم") {
            if letters(rest) >= 3 && verb_form(lex, rest).is_none() && lex.word(rest).is_none_or(|e| e.flags & (VERB | FUNCTION) == 0) {
                consider(UNKNOWN_KEEP + 1, 1 << 2);
            }
        }
        // A participle or agent noun written after its noun (توافق‌شده, نشان‌دهنده,
        // مصرف‌کنندگان), when the table has no compound for it either.
        for head in COMPOUND_HEADS {
            let Some(stem) = cut_suffix(word, head) else { continue };
            let stem_len = letters(stem);
            if stem_len < 2 {
                continue;
            }
            if let Some(e) = lex.word(stem) {
                if e.flags & NOMINAL != 0 && e.flags & (VERB | FUNCTION) == 0 && e.bucket >= NOUN_MIN {
                    let sep = if last_char(stem).is_some_and(joins) { 1u32 << (stem_len - 1) } else { 0 };
                    consider(UNKNOWN_KEEP + 1, sep | e.mask);
                }
            }
        }
        // A plural pronoun clitic after silent ه (رابطه‌شان, خانواده‌مان), the noun known.
        for s in ["مان", "تان", "شان"] {
            let Some(stem) = cut_suffix(word, s) else { continue };
            if letters(stem) < 3 || !stem.ends_with('ه') || stem.ends_with("اه") {
                continue;
            }
            if let Some(e) = lex.word(stem).filter(|e| e.flags & NOMINAL != 0 && e.flags & (VERB | FUNCTION) == 0 && e.bucket >= NOUN_MIN) {
                consider(UNKNOWN_KEEP + 1, 1 << (letters(stem) - 1) | e.mask);
            }
        }
        // A pronoun clitic after a word ending in ی (قبلی‌اش, زندگی‌مان). All but اش need a known
        // word before it (ویلیام is a name), and ات is left out (یات is the Arabic plural: جزئیات).
        for s in ["اش", "ام", "مان", "تان", "شان"] {
            let Some(stem) = cut_suffix(word, s) else { continue };
            let stem_len = letters(stem);
            if stem_len < 3 || !stem.ends_with('ی') {
                continue;
            }
            let known = lex.word(stem);
            // An adjective in ی the table leaves out (گوشی, امنیتی) shows by its noun (گوش, امنیت).
            // After a vowel it would be a preposition's glide (برای, جلوی), written joined.
            let derived = || {
                stem.strip_suffix('ی').is_some_and(|noun| {
                    letters(noun) >= 3
                        && !noun.ends_with(['ا', 'و', 'ی', 'ه'])
                        && lex.word(noun).is_some_and(|e| e.flags & NOMINAL != 0 && e.flags & (VERB | FUNCTION) == 0 && e.bucket >= NOUN_MIN)
                })
            };
            if known.is_some_and(|e| e.flags & (VERB | FUNCTION) != 0)
                || (s != "اش" && known.is_none_or(|e| e.bucket < NOUN_MIN) && (known.is_some() || !derived()))
            {
                continue;
            }
            consider(UNKNOWN_KEEP + 1, 1 << (stem_len - 1));
        }
    }

    // The verbal prefix, also after a preverb, which is written joined to it (برمی‌گردد).
    for pv in PREVERBS {
        let Some(after) = word.strip_prefix(pv) else { continue };
        for p in ["می", "نمی"] {
            if let Some(rest) = after.strip_prefix(p) {
                if let Some(mask) = verb_form(lex, rest) {
                    let at = letters(pv) + letters(p);
                    consider(VERB_SCORE, (1 << (at - 1)) | (mask << at));
                }
            }
        }
    }
    best_mask
}

/// Whether the ezafe after `stem` takes a half-space: after a silent ه it does (نسخه‌ی), after a
/// said one (اشتباهی, آهی, گروهی, توجهی) or ده "giving" after a noun (سازماندهی) it is joined.
fn ezafe_apart(lex: &Lexicon, stem: &str) -> bool {
    let Some(before) = stem.strip_suffix('ه') else { return false };
    if letters(before) < 2 || before.ends_with(['ا', 'آ']) || SAID_HEH.iter().any(|w| stem.ends_with(w) && (stem.len() == w.len() || w.len() >= 8)) {
        return false;
    }
    !before.strip_suffix('د').is_some_and(|noun| letters(noun) >= 3 && lex.word(noun).is_some_and(|e| e.flags & NOMINAL != 0))
}

fn stem_score(e: &Entry) -> i32 {
    if e.mask != 0 { (e.bucket as i32).max(COMPOUND_FLOOR) } else { e.bucket as i32 }
}

/// `stem` + ه: the other reading of stem + های (stem + ه + ای).
fn with_heh(stem: &str) -> String {
    let mut s = String::with_capacity(stem.len() + 2);
    s.push_str(stem);
    s.push('ه');
    s
}

/// `stem` + تر, the lexicalised comparative to look up.
fn format_tar(stem: &str) -> String {
    let mut s = String::with_capacity(stem.len() + 4);
    s.push_str(stem);
    s.push_str("تر");
    s
}

/// A perfect participle (کرده, نکرده, نیاموخته): the half-spaces inside it (none) or None.
fn participle(lex: &Lexicon, stem: &str) -> Option<u32> {
    let past = stem.strip_suffix('ه')?;
    if lex.is_past(past) {
        return Some(0);
    }
    let past = past.strip_prefix('ن')?;
    // (The negative of a stem in آ is written نیا: آموخت, نیاموخت.)
    let alef = past.strip_prefix("یا").map(|r| {
        let mut a = String::with_capacity(r.len() + 2);
        a.push('آ');
        a.push_str(r);
        a
    });
    (lex.is_past(past) || alef.is_some_and(|a| lex.is_past(&a))).then_some(0)
}

/// Whether `rest` (what follows می) is a verb form; its own half-spaces if so (دانسته‌اند).
fn verb_form(lex: &Lexicon, rest: &str) -> Option<u32> {
    // The impersonal می‌توان / نمی‌توان.
    if rest == "توان" {
        return Some(0);
    }
    for e in ENDINGS {
        if let Some(stem) = cut_suffix(rest, e) {
            if lex.is_present(stem) {
                return Some(0);
            }
            // گو + ی + ند: a glide after a stem ending in a vowel.
            if let Some(stem) = stem.strip_suffix('ی') {
                if stem.ends_with(['ا', 'و', 'آ']) && lex.is_present(stem) {
                    return Some(0);
                }
            }
        }
    }
    for e in PAST_ENDINGS {
        if let Some(stem) = cut_suffix(rest, e) {
            if lex.is_past(stem) {
                return Some(0);
            }
        }
    }
    if let Some(stem) = rest.strip_suffix('ه') {
        if lex.is_past(stem) {
            return Some(0);
        }
    }
    for s in AFTER_HEH {
        if let Some(stem) = cut_suffix(rest, s) {
            if let Some(past) = stem.strip_suffix('ه') {
                if lex.is_past(past) {
                    return Some(1 << (letters(stem) - 1));
                }
            }
        }
    }
    None
}

/// Whether `می` or `نمی` written apart from `next` is the verbal prefix (`می دانند`), so the
/// space between them should be a half-space. `ماه می سال` is not: سال is no verb.
pub(crate) fn joins_prefix(next: &str) -> bool {
    verb_form(lexicon(), next).is_some()
}

/// Whether `word` is a plural or comparative suffix (`ها`, `های`, `ترین`): written apart or
/// after a half-space, it belongs to the word before it.
pub(crate) fn is_stem_suffix(word: &str) -> bool {
    PLURAL.contains(&word) || COMPARATIVE.contains(&word)
}

/// Whether a suffix written apart (`کتاب ها`, `بزرگ ترین`, `خانه ای`) belongs to the word before
/// it. `تر` alone is also the adjective "wet", so it needs an adjective before it.
pub(crate) fn joins_suffix(prev: &str, next: &str) -> bool {
    let suffix = is_stem_suffix(next) || AFTER_HEH.contains(&next);
    if !suffix || letters(prev) < 2 {
        return false;
    }
    let lex = lexicon();
    let entry = lex.word(prev);
    if entry.is_some_and(|e| e.flags & FUNCTION != 0) {
        return false;
    }
    if PLURAL.contains(&next) || next == "ترین" {
        return true;
    }
    if next == "تر" || next == "تری" {
        return entry.is_some_and(|e| e.flags & ADJECTIVE != 0);
    }
    if AFTER_HEH.contains(&next) && next != "است" && prev.ends_with('ه') {
        return entry.is_some_and(|e| e.flags & NOMINAL != 0) || participle(lex, prev).is_some();
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn repaired(word: &str) -> String {
        let mask = restore(word, Next::Word);
        let mut out = String::new();
        for (i, c) in word.chars().enumerate() {
            out.push(c);
            if mask & (1 << i) != 0 {
                out.push('\u{200C}');
            }
        }
        out
    }

    #[test]
    fn restores_stripped_half_spaces() {
        for (joined, spelled) in [
            ("میدانند", "می‌دانند"),
            ("مقامهای", "مقام‌های"),
            ("بیانیهای", "بیانیه‌ای"),
            ("گفتوگوی", "گفت‌وگوی"),
            ("بینالمللی", "بین‌المللی"),
            ("شبهنظامیان", "شبه‌نظامیان"),
            ("کردهاند", "کرده‌اند"),
            ("نمیتوانند", "نمی‌توانند"),
            ("بازمیگردند", "بازمی‌گردند"),
            ("برنمیدارد", "برنمی‌دارد"),
            ("توافقشده", "توافق‌شده"),
            ("نشاندهنده", "نشان‌دهنده"),
            ("مصرفکنندگان", "مصرف‌کنندگان"),
            ("زندگیاش", "زندگی‌اش"),
            ("زندگیام", "زندگی‌ام"),
            ("عدمهمکاری", "عدم‌همکاری"),
            ("نسخهی", "نسخه‌ی"),
            ("همهی", "همه‌ی"),
            ("زندگیمان", "زندگی‌مان"),
            // A plural of a word in ان the table lacks, though its start is a word (جری).
            ("جریانهای", "جریان‌های"),
            // A clitic after an adjective in ی the table lacks, known by its noun.
            ("گوشیتان", "گوشی‌تان"),
            ("امنیتیمان", "امنیتی‌مان"),
            // Listed with its suffix, it beats a plural of similar frequency (حرف‌های).
            ("حرفهای", "حرفه‌ای"),
            // The copula after the plural, and after a word with its own half-space.
            ("سالهاست", "سال‌هاست"),
            ("آنهاست", "آن‌هاست"),
            // Written both ways, more often apart, and not بین + هایت.
            ("بینهایت", "بی‌نهایت"),
            // A compound in ده "giving" that the table spells apart, not an ezafe (وامده‌ی).
            ("وامدهی", "وام‌دهی"),
            // به before the noun of a quality.
            ("بهخوبی", "به‌خوبی"),
            ("بهتازگی", "به‌تازگی"),
            // The perfect of a verb in آ, negated (نیاموخت), not a plural.
            ("نیاموختهایم", "نیاموخته‌ایم"),
            // A plural clitic after silent ه, and the plural of a comparative.
            ("رابطهشان", "رابطه‌شان"),
            ("خانوادهمان", "خانواده‌مان"),
            ("بزرگترها", "بزرگ‌ترها"),
        ] {
            assert_eq!(repaired(joined), spelled, "{joined}");
        }
    }

    #[test]
    fn leaves_whole_words_alone() {
        for word in ["تنها", "میدان", "میزان", "انتهای", "دفتر", "بیشتر", "میلیون", "کشورها", "خانه", "دیگری", "درمان", "اشتباهات", "رویدادهای", "درآمدهای", "ویلیام", "جزئیات"] {
            assert_eq!(repaired(word), word);
        }
        // A said ه takes its ی joined, and so does ده "giving" after a noun.
        for word in ["گروهی", "توجهی", "آگهی", "بدهی", "فرماندهی", "سازماندهی", "بازدهی", "پریشان", "پشیمان"] {
            assert_eq!(repaired(word), word);
        }
        // Names that end like a clitic after ی, and a preposition's glide before one.
        for word in ["سلیمان", "نریمان", "کاپیتان", "برایشان", "جلویشان", "تنهاست"] {
            assert_eq!(repaired(word), word);
        }
        // Written joined, though made of words: a loanword, a compound noun, a glued phrase
        // (not پلت‌فرم, دوومی‌دانی, درن‌هایت); and words in همان that are no clitic.
        for word in ["پلتفرم", "دوومیدانی", "درنهایت", "مهمان", "میهمان"] {
            assert_eq!(repaired(word), word);
        }
    }

    #[test]
    fn joins_only_real_affixes() {
        assert!(joins_prefix("دانند"));
        assert!(!joins_prefix("سال"));
        assert!(joins_suffix("کتاب", "ها"));
        assert!(joins_suffix("خانه", "ای"));
        assert!(!joins_suffix("میز", "بزرگ"));
    }

    #[test]
    fn the_memo_remembers_each_reading_apart() {
        // زبانهای reads زبان‌های before a word and زبانه‌ای at a boundary: the memo keeps both.
        let mut memo = Memo::default();
        let (word, boundary) = (restore("زبانهای", Next::Word), restore("زبانهای", Next::Boundary));
        assert_ne!(word, boundary);
        for _ in 0..2 {
            assert_eq!(memo.restore("زبانهای", Next::Word), word);
            assert_eq!(memo.restore("زبانهای", Next::Boundary), boundary);
        }
    }
}
