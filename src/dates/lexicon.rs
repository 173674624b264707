//! The word list of the date and number finders, built once from the data modules in
//! [`crate::lang`].
//!
//! Every spelling is folded with [`fold_key`] (the analysis form already has ی for ي/ى, ک for ك
//! and ASCII digits; folding also unifies hamza seats, ة/ه and drops the hamza letter), so the
//! tables hold each word once and the text matches however it was typed. Arabic clitics
//! (`و`، `ف`، `ب`، `ل`، `ك`, and `لل` for `ل` + `ال`) are stripped when the whole word is unknown.

use std::sync::OnceLock;

use crate::calendar::tz::Zone;
use crate::lang::date_words::{DateWord, FUTURE_PREFIX_EXCEPTIONS, FUTURE_PREFIX_LETTERS, HOLIDAYS, Holiday, WORDS, ZONE_PLACES, ZoneName};
use crate::lang::months::{MONTH_WORDS, MONTHS, MonthName, NUMBERED_LEVANTINE};
use crate::lang::numbers::{self as numwords, NumberWord, PERSIAN_ORDINAL_ADJECTIVE_SUFFIX, PERSIAN_ORDINAL_SUFFIX_WORD};
use crate::lang::weekdays::{WEEKDAYS, WeekdayName};
use crate::matching::WordMap;
use crate::model::Language;

/// The meaning of a word or phrase.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Lex {
    Month(&'static MonthName),
    /// A solar month written with `ماه` attached (`تیرماه`): unambiguous.
    MonthWithWord(&'static MonthName),
    Weekday(&'static WeekdayName),
    Number(&'static NumberWord),
    /// `ام` written apart after a Persian cardinal (`سی ام`).
    OrdinalSuffix,
    Word(DateWord),
    /// `ماه`, `شهر`: "month" before a month name.
    MonthWord,
    /// `كانون`, `تشرين` before a numeral.
    NumberedMonthHead,
    /// A city that starts a dateline (`بغداد - ...`).
    DatelineCity(Zone),
    Holiday(Holiday),
    /// A word that marks Dari ([`crate::lang::variants::DARI_MARKERS`]).
    DariMarker,
}

/// Which languages an entry belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Langs {
    Fa,
    Ar,
    Any,
}

impl Langs {
    pub(crate) fn allows(self, language: Language) -> bool {
        matches!((self, language), (Langs::Any, _) | (_, Language::Und) | (Langs::Fa, Language::Fa) | (Langs::Ar, Language::Ar))
    }
}

#[derive(Clone, Copy, Debug)]
pub(crate) struct Entry {
    pub lex: Lex,
    pub langs: Langs,
}

/// A phrase of several words, indexed by its first word.
#[derive(Debug)]
pub(crate) struct Phrase {
    /// The folded words after the first.
    pub rest: Vec<Box<str>>,
    pub entry: Entry,
}

/// What the lexicon knows of a folded word (one map for all of it).
#[derive(Debug, Default)]
struct Known {
    /// Its meanings as a word of its own.
    words: Vec<Entry>,
    /// The phrases it starts.
    phrases: Vec<Phrase>,
    /// One of the nouns that look like Arabic future verbs.
    future_exception: bool,
}

#[derive(Debug, Default)]
pub(crate) struct Lexicon {
    /// Each folded word's index into `entries`.
    known: WordMap,
    entries: Vec<Known>,
    future_prefixes: Vec<char>,
}

impl Lexicon {
    fn known(&self, key: &str) -> Option<&Known> {
        self.known.get(key).and_then(|&i| self.entries.get(i as usize))
    }

    fn known_mut(&mut self, key: &str) -> &mut Known {
        let entries = &mut self.entries;
        let i = *self.known.entry(key.into()).or_insert_with(|| {
            entries.push(Known::default());
            (entries.len() - 1) as u32
        });
        &mut entries[i as usize]
    }

    pub(crate) fn word(&self, key: &str) -> &[Entry] {
        self.known(key).map_or(&[], |k| k.words.as_slice())
    }

    /// Whether a folded word is one of the nouns that look like Arabic future verbs.
    pub(crate) fn is_future_exception(&self, key: &str) -> bool {
        self.known(key).is_some_and(|k| k.future_exception)
    }

    /// The imperfect prefixes (folded) that follow the Arabic future سـ.
    pub(crate) fn future_prefixes(&self) -> &[char] {
        &self.future_prefixes
    }

    pub(crate) fn phrases(&self, first: &str) -> &[Phrase] {
        self.known(first).map_or(&[], |k| k.phrases.as_slice())
    }

    fn add(&mut self, spelling: &str, entry: Entry) {
        let mut key = String::with_capacity(spelling.len());
        fold_key(spelling, &mut key);
        let mut parts = key.split(' ').filter(|p| !p.is_empty());
        let first = parts.next().unwrap_or_default();
        let rest: Vec<Box<str>> = parts.map(Box::from).collect();
        if rest.is_empty() {
            self.known_mut(first).words.push(entry);
            return;
        }
        // A phrase also matches when written joined (`ذوالحجه`, `پنجشنبه`).
        let joined: String = key.split(' ').collect();
        self.known_mut(&joined).words.push(entry);
        self.known_mut(first).phrases.push(Phrase { rest, entry });
    }
}

/// The lexicon, built on first use.
pub(crate) fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(build)
}

fn build() -> Lexicon {
    use crate::lang::months::Family::*;
    let mut lx = Lexicon::default();
    for month in MONTHS {
        let langs = match month.family {
            IranSolar | AfghanSolar | GregorianIran | GregorianDari => Langs::Fa,
            GregorianArabic | Levantine | Maghrebi => Langs::Ar,
            GregorianEnglish | IranSolarLatin | Hijri => Langs::Any,
        };
        lx.add(month.name, Entry { lex: Lex::Month(month), langs });
        if matches!(month.family, IranSolar | AfghanSolar) {
            lx.add(&[month.name, "ماه"].concat(), Entry { lex: Lex::MonthWithWord(month), langs });
        }
    }
    for day in WEEKDAYS {
        lx.add(day.name, Entry { lex: Lex::Weekday(day), langs: langs_of(day.name) });
    }
    for (word, role) in WORDS {
        lx.add(word, Entry { lex: Lex::Word(*role), langs: langs_of(word) });
    }
    for &(place, zone, city) in ZONE_PLACES {
        lx.add(place, Entry { lex: Lex::Word(DateWord::Zone(ZoneName::Tz(zone))), langs: Langs::Any });
        if city {
            lx.add(place, Entry { lex: Lex::DatelineCity(zone), langs: Langs::Any });
        }
    }
    for &(name, h) in HOLIDAYS {
        lx.add(name, Entry { lex: Lex::Holiday(h), langs: Langs::Any });
    }
    for marker in crate::lang::variants::DARI_MARKERS {
        lx.add(marker, Entry { lex: Lex::DariMarker, langs: Langs::Any });
    }
    for word in MONTH_WORDS {
        lx.add(word, Entry { lex: Lex::MonthWord, langs: Langs::Any });
    }
    for (head, _, _) in NUMBERED_LEVANTINE {
        if lx.word(&fold(head)).iter().all(|e| e.lex != Lex::NumberedMonthHead) {
            lx.add(head, Entry { lex: Lex::NumberedMonthHead, langs: Langs::Ar });
        }
    }
    for n in numwords::PERSIAN {
        lx.add(n.word, Entry { lex: Lex::Number(n), langs: Langs::Fa });
        if n.ordinal && n.word.ends_with('م') {
            let adjective = [n.word, PERSIAN_ORDINAL_ADJECTIVE_SUFFIX].concat();
            lx.add(&adjective, Entry { lex: Lex::Number(n), langs: Langs::Fa });
        }
    }
    lx.add("اولین", Entry { lex: Lex::Number(&numwords::PERSIAN[persian_index("اول")]), langs: Langs::Fa });
    lx.add("نخستین", Entry { lex: Lex::Number(&numwords::PERSIAN[persian_index("نخست")]), langs: Langs::Fa });
    lx.add(PERSIAN_ORDINAL_SUFFIX_WORD, Entry { lex: Lex::OrdinalSuffix, langs: Langs::Fa });
    for n in numwords::ARABIC {
        lx.add(n.word, Entry { lex: Lex::Number(n), langs: Langs::Ar });
    }
    for w in FUTURE_PREFIX_EXCEPTIONS {
        lx.known_mut(&fold(w)).future_exception = true;
    }
    lx.future_prefixes = FUTURE_PREFIX_LETTERS.iter().filter_map(|c| fold(c.encode_utf8(&mut [0; 4])).chars().next()).collect();
    lx
}

fn persian_index(word: &str) -> usize {
    numwords::PERSIAN.iter().position(|n| n.word == word).unwrap_or(0)
}

/// The language a spelling belongs to, from its letters: ي ك ة ى أ إ ؤ are Arabic spellings,
/// پ چ ژ گ ی ک Persian ones; anything else (Latin, shared words) is both.
fn langs_of(word: &str) -> Langs {
    if word.chars().any(|c| matches!(c, 'ي' | 'ك' | 'ة' | 'ى' | 'أ' | 'إ' | 'ؤ')) {
        Langs::Ar
    } else if word.chars().any(|c| matches!(c, 'پ' | 'چ' | 'ژ' | 'گ' | 'ی' | 'ک')) {
        Langs::Fa
    } else {
        Langs::Any
    }
}

/// Folds a word for lookup, appending to `out`: hamza seats and wasla to ا, ة and ۀ to ه, ي ى
/// ئ to ی, ك to ک, ؤ to و, hamza, tatweel, diacritics and abbreviation dots dropped, Latin
/// lower-cased.
pub(crate) fn fold_key(word: &str, out: &mut String) {
    let bytes = word.as_bytes();
    let mut run = 0;
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        // Most characters fold to themselves: those are passed over by their bytes.
        let kept = match (b, bytes.get(i + 1)) {
            (b'.' | b'A'..=b'Z', _) => 0,
            (0..0x80, _) => 1,
            (0xD8..=0xDB, Some(&t)) => {
                let k = (usize::from(b & 0x03) << 6) | usize::from(t & 0x3F);
                if FOLDED_IN_BLOCK[k / 64] & (1 << (k % 64)) == 0 { 2 } else { 0 }
            }
            _ => 0,
        };
        if kept > 0 {
            i += kept;
            continue;
        }
        let Some(c) = word.get(i..).and_then(|r| r.chars().next()) else { break };
        if let Some(folded) = fold_char(c) {
            out.push_str(&word[run..i]);
            if let Some(f) = folded {
                out.push(f);
            }
            run = i + c.len_utf8();
        }
        i += c.len_utf8();
    }
    out.push_str(&word[run..]);
}

/// What [`fold_key`] makes of a character: `None` to keep it, `Some(None)` to drop it.
const fn fold_char(c: char) -> Option<Option<char>> {
    Some(match c {
        'أ' | 'إ' | 'آ' | 'ٱ' | 'ٲ' | 'ٳ' => Some('ا'),
        'ة' | 'ۀ' | 'ە' => Some('ه'),
        'ي' | 'ى' | 'ئ' | 'ې' => Some('ی'),
        'ك' | 'ڪ' => Some('ک'),
        'ؤ' => Some('و'),
        'ء' | 'ـ' | '.' | '\u{200C}' | '\u{200D}' | '\u{064B}'..='\u{065F}' | '\u{0670}' => None,
        'A'..='Z' => Some(c.to_ascii_lowercase()),
        _ => return None,
    })
}

/// Bit `c - U+0600` set for the characters of U+0600-U+06FF that [`fold_char`] changes.
const FOLDED_IN_BLOCK: [u64; 4] = {
    let mut bits = [0u64; 4];
    let mut k = 0;
    while k < 256 {
        if let Some(c) = char::from_u32(0x600 + k as u32) {
            if fold_char(c).is_some() {
                bits[k / 64] |= 1 << (k % 64);
            }
        }
        k += 1;
    }
    bits
};

pub(crate) fn fold(word: &str) -> String {
    let mut s = String::with_capacity(word.len());
    fold_key(word, &mut s);
    s
}

/// A lookup that also tries the word without Arabic clitics. Returns the entries and the number
/// of bytes the clitics take at the start of the word (0 when the whole word matched; the
/// clitic letters fold to themselves, so this is also their length in the analysis form).
pub(crate) fn lookup<'a>(lx: &'a Lexicon, key: &str, buf: &mut String, arabic: bool) -> (&'a [Entry], usize) {
    let direct = lx.word(key);
    if !direct.is_empty() {
        return (direct, 0);
    }
    if !key.starts_with(['و', 'ف', 'ب', 'ل', 'ک']) {
        return (&[], 0);
    }
    if !arabic {
        // Persian: only `و` joined to a number word (`سی‌ویکم`).
        let rest = key.strip_prefix('و').unwrap_or("");
        let e = lx.word(rest);
        if e.iter().any(|e| matches!(e.lex, Lex::Number(_))) {
            return (e, 'و'.len_utf8());
        }
        return (&[], 0);
    }
    // و / ف, then ب / ل / ك (لل is ل + ال with the alif elided).
    let mut rest = key;
    let mut taken = 0;
    for conj in ["و", "ف"] {
        if let Some(r) = rest.strip_prefix(conj) {
            if r.chars().count() >= 2 {
                let e = lx.word(r);
                if !e.is_empty() {
                    return (e, conj.len());
                }
                rest = r;
                taken = conj.len();
            }
            break;
        }
    }
    if let Some(r) = rest.strip_prefix("لل") {
        buf.clear();
        buf.push_str("ال");
        buf.push_str(r);
        let e = lx.word(buf);
        if !e.is_empty() {
            // The text lacks the article's alif: the clitic is the first ل.
            return (e, taken + "ل".len());
        }
    }
    for prep in ["ب", "ل", "ک"] {
        if let Some(r) = rest.strip_prefix(prep) {
            if r.chars().count() >= 2 {
                let e = lx.word(r);
                if !e.is_empty() {
                    return (e, taken + prep.len());
                }
            }
        }
    }
    (&[], 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_spellings_together() {
        assert_eq!(fold("أمس"), fold("امس"));
        assert_eq!(fold("الثلاثاء"), fold("الثلاثا"));
        assert_eq!(fold("ذو الحجة"), "ذو الحجه");
        assert_eq!(fold("ه.ش"), "هش");
        assert_eq!(fold("ژوئن"), fold("ژوین"));
    }

    #[test]
    fn folding_skips_only_what_stays() {
        let text: String = (0x600..0x700).chain(0x20..0x80).chain([0x200C, 0x200D, 0xFB50]).filter_map(char::from_u32).flat_map(|c| [c, 'ب']).collect();
        let naive: String = text.chars().filter_map(|c| fold_char(c).unwrap_or(Some(c))).collect();
        assert_eq!(fold(&text), naive);
    }

    #[test]
    fn finds_words_phrases_and_clitics() {
        let lx = lexicon();
        assert!(lx.word(&fold("پنجشنبه")).iter().any(|e| matches!(e.lex, Lex::Weekday(w) if w.weekday == 3)));
        assert!(lx.phrases(&fold("ذو")).iter().any(|p| matches!(p.entry.lex, Lex::Month(m) if m.month == 12)));
        let mut buf = String::new();
        let (e, clitic) = lookup(lx, &fold("وأمس"), &mut buf, true);
        assert_eq!(clitic, "و".len());
        assert!(e.iter().any(|e| e.lex == Lex::Word(DateWord::RelDay(-1))));
        let (e, _) = lookup(lx, &fold("للثلاثين"), &mut buf, true);
        assert!(e.iter().any(|e| matches!(e.lex, Lex::Number(n) if n.value == 30)));
        let (e, _) = lookup(lx, &fold("لواشنطن"), &mut buf, true);
        assert!(e.is_empty());
    }
}
