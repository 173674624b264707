//! What a reader sees in each line before deciding what it is: length, punctuation, the share of
//! function words, phrases of page furniture, dates, repetition.

use std::collections::{HashMap as StdHashMap, HashSet as StdHashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

/// FNV-1a: the keys here are short words, where SipHash's DoS resistance buys nothing and costs
/// a third of the lookup time. The tables are fixed data, not attacker-chosen.
#[derive(Default)]
pub(crate) struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 { 0xcbf2_9ce4_8422_2325 } else { self.0 };
        for &b in bytes {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

pub(crate) type HashMap<K, V> = StdHashMap<K, V, BuildHasherDefault<Fnv>>;
pub(crate) type HashSet<K> = StdHashSet<K, BuildHasherDefault<Fnv>>;

use crate::lang::{At, Phrase, boilerplate_ar, boilerplate_en, boilerplate_fa, function_words};
use crate::language::Evidence;
use crate::model::{DateMention, RemovalReason, Span};
use crate::segment::Line;

/// A line with the features classification uses.
#[derive(Debug)]
pub(crate) struct LineInfo<'a> {
    pub text: &'a str,
    pub span: Span,
    /// The matching key: letters folded, punctuation dropped, spaces collapsed.
    pub key: String,
    pub words: usize,
    pub evidence: Evidence,
    /// Ends like a sentence: `.`, `!`, `؟`, `…` (closing quotes and brackets aside).
    pub ends_sentence: bool,
    /// Ends with `:` (a label or the lead-in of a quotation or list).
    pub ends_colon: bool,
    /// A sentence ends inside the line (`. ` followed by more text).
    pub inner_sentence_end: bool,
    /// Share of words that are function words (0 to 1).
    pub function_share: f32,
    /// A page-furniture phrase found in the line.
    pub phrase: Option<(RemovalReason, At)>,
    /// Indices (into the article's date list) of dates inside this line.
    pub dates: Vec<usize>,
    /// Share of the line's letters and digits that belong to dates.
    pub date_share: f32,
    /// Index of another line with the same key, if any.
    pub duplicate_of: Option<usize>,
}

impl LineInfo<'_> {
    /// Looks like running text, and how much: long lines written as sentences score their word
    /// count. Long lines without sentence punctuation (captions, headlines) only score when they
    /// are full of function words, and then weakly: they can join a body but not start one.
    pub fn body_score(&self) -> f32 {
        if self.date_share > 0.5 {
            return 0.0;
        }
        let w = self.words as f32;
        if self.is_prose() {
            w.min(80.0)
        } else if self.words >= 10 && self.function_share >= 0.12 {
            w.min(80.0) * 0.3
        } else {
            0.0
        }
    }

    /// Sentences: ends like one with ten words or more, has a sentence end inside a long line, or
    /// is too long to be anything else.
    pub fn is_prose(&self) -> bool {
        (self.words >= 10 && self.ends_sentence) || (self.words >= 15 && self.inner_sentence_end) || self.words >= 35
    }

    /// A short line: menu item, label, button.
    pub fn is_short(&self) -> bool {
        self.words <= 4 && !self.ends_sentence
    }
}

/// Builds the features of every line. `dates` must be in input order.
pub(crate) fn describe<'a>(lines: &[Line<'a>], dates: &[DateMention]) -> Vec<LineInfo<'a>> {
    let mut infos: Vec<LineInfo<'a>> = Vec::with_capacity(lines.len());
    let mut first_with_key: HashMap<String, usize> = HashMap::default();
    let mut next_date = 0;
    for (i, line) in lines.iter().enumerate() {
        let key = match_key(line.text);
        let words = key.split(' ').filter(|w| !w.is_empty()).count();
        let function = key.split(' ').filter(|w| is_function_word(w)).count();
        let (ends_sentence, ends_colon) = ending(line.text);

        while next_date < dates.len() && dates[next_date].end <= line.span.start {
            next_date += 1;
        }
        let mut in_line = Vec::new();
        let mut covered = 0;
        let mut j = next_date;
        while j < dates.len() && dates[j].start < line.span.end {
            if dates[j].start >= line.span.start {
                in_line.push(j);
                covered += dates[j].text.chars().filter(|&c| is_word_char(c)).count();
            }
            j += 1;
        }
        let alnum = line.text.chars().filter(|&c| is_word_char(c)).count().max(1);

        let duplicate_of = if key.chars().count() >= 8 {
            match first_with_key.get(&key) {
                Some(&first) => Some(first),
                None => {
                    first_with_key.insert(key.clone(), i);
                    None
                }
            }
        } else {
            None
        };

        infos.push(LineInfo {
            text: line.text,
            span: line.span,
            phrase: find_phrase(&key),
            words,
            evidence: Evidence::of(line.text),
            ends_sentence,
            ends_colon,
            inner_sentence_end: inner_sentence_end(line.text),
            function_share: if words == 0 { 0.0 } else { function as f32 / words as f32 },
            dates: in_line,
            date_share: covered as f32 / alnum as f32,
            duplicate_of,
            key,
        });
    }
    // Link the first occurrence of a repeated line to its repetition, so both know.
    for i in 0..infos.len() {
        if let Some(first) = infos[i].duplicate_of {
            if infos[first].duplicate_of.is_none() {
                infos[first].duplicate_of = Some(i);
            }
        }
    }
    infos
}

fn ending(text: &str) -> (bool, bool) {
    let trimmed = text.trim_end_matches(|c: char| {
        c.is_whitespace() || matches!(c, '"' | '\'' | '»' | '«' | '”' | '“' | ')' | '(' | ']' | '*' | '\u{200C}')
    });
    match trimmed.chars().next_back() {
        Some('.' | '!' | '?' | '؟' | '…' | '؛') => (true, false),
        Some(':' | '：') => (false, true),
        _ => (false, false),
    }
}

fn inner_sentence_end(text: &str) -> bool {
    let mut chars = text.char_indices().peekable();
    while let Some((_, c)) = chars.next() {
        if matches!(c, '.' | '!' | '؟' | '?' | '…') && chars.peek().is_some_and(|(_, n)| n.is_whitespace()) {
            return true;
        }
    }
    false
}

fn is_function_word(word: &str) -> bool {
    // Keys are folded, so the tables are folded the same way once.
    static SET: OnceLock<HashSet<String>> = OnceLock::new();
    SET.get_or_init(|| function_words::PERSIAN.iter().chain(function_words::ARABIC).map(|w| match_key(w)).collect())
        .contains(word)
}

/// Folds a line for matching: Arabic and Persian letter variants unified (ي ى ی, ك ک, ة ه,
/// hamza forms of alef, ؤ و, ئ ی), digits to ASCII, diacritics, tatweel and invisible characters
/// dropped, Latin lower-cased, punctuation and ZWNJ turned into spaces, spaces collapsed.
pub(crate) fn match_key(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = true;
    for c in text.chars() {
        let mapped = match c {
            'ي' | 'ى' | 'ی' | 'ئ' => 'ی',
            'ك' | 'ک' => 'ک',
            'ة' | 'ۀ' | 'ە' => 'ه',
            'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
            'ؤ' => 'و',
            '۰'..='۹' => char::from_u32(c as u32 - '۰' as u32 + '0' as u32).unwrap_or(c),
            '٠'..='٩' => char::from_u32(c as u32 - '٠' as u32 + '0' as u32).unwrap_or(c),
            '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}' => continue,
            '\u{200B}' | '\u{200D}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}' | '\u{061C}' => continue,
            // Arabic-script letters and digits without the general Unicode table lookup.
            '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}' | '\u{0671}'..='\u{06D3}' | '\u{06FA}'..='\u{06FC}' => c,
            'a'..='z' | '0'..='9' => c,
            'A'..='Z' => c.to_ascii_lowercase(),
            c if is_word_char(c) => c,
            _ => ' ',
        };
        if mapped == ' ' {
            if !space {
                out.push(' ');
                space = true;
            }
        } else {
            for l in mapped.to_lowercase() {
                out.push(l);
            }
            space = false;
        }
    }
    if out.ends_with(' ') {
        out.pop();
    }
    out
}

/// The word tables of [`crate::lang`] folded once with [`match_key`], for matching keys.
pub(crate) struct Tables {
    pub news_id_labels: Vec<String>,
    pub news_id_index: WordIndex<()>,
    pub source_labels: Vec<String>,
    pub section_labels: Vec<String>,
    pub published_labels: Vec<String>,
    pub updated_labels: Vec<String>,
    pub role_words: HashSet<String>,
    /// The report leads (`به گزارش`), to find lines that may hold a credit.
    pub report_leads: WordIndex<()>,
    /// Every agency name and alias (folded) with the name to report.
    pub agencies: WordIndex<&'static str>,
}

pub(crate) fn tables() -> &'static Tables {
    use crate::lang::{agencies::AGENCIES, credits};
    static TABLES: OnceLock<Tables> = OnceLock::new();
    TABLES.get_or_init(|| {
        let fold = |list: &[&str]| list.iter().map(|w| match_key(w)).filter(|k| !k.is_empty()).collect::<Vec<_>>();
        let mut agencies = WordIndex::default();
        for a in AGENCIES {
            for name in std::iter::once(&a.name).chain(a.aliases.iter()) {
                agencies.insert(&match_key(name), a.name);
            }
        }
        Tables {
            news_id_labels: fold(credits::NEWS_ID_LABELS),
            news_id_index: {
                let mut index = WordIndex::default();
                for label in credits::NEWS_ID_LABELS {
                    index.insert(&match_key(label), ());
                }
                index
            },
            source_labels: fold(credits::SOURCE_LABELS),
            section_labels: fold(credits::SECTION_LABELS),
            published_labels: fold(credits::PUBLISHED_LABELS),
            updated_labels: fold(credits::UPDATED_LABELS),
            role_words: fold(credits::CREDIT_ROLE_WORDS).into_iter().collect(),
            report_leads: {
                let mut index = WordIndex::default();
                for lead in credits::REPORT_LEADS {
                    index.insert(&match_key(lead), ());
                }
                index
            },
            agencies,
        }
    })
}

/// Word sequences (folded keys) indexed by their first word, for finding any of many phrases in
/// a key in one pass over its words.
pub(crate) struct WordIndex<T> {
    map: HashMap<String, Vec<(String, T)>>,
}

impl<T> Default for WordIndex<T> {
    fn default() -> Self {
        WordIndex { map: HashMap::default() }
    }
}

impl<T> WordIndex<T> {
    pub fn insert(&mut self, key: &str, value: T) {
        if key.is_empty() {
            return;
        }
        let (first, rest) = key.split_once(' ').unwrap_or((key, ""));
        let list = self.map.entry(first.to_string()).or_default();
        list.push((rest.to_string(), value));
        list.sort_by(|a, b| b.0.len().cmp(&a.0.len()));
    }

    /// The value of the first sequence found in `key` (earliest position, longest there).
    pub fn find(&self, key: &str) -> Option<&T> {
        self.find_end(key).map(|(_, v)| v)
    }

    /// Like [`WordIndex::find`], with the byte offset in `key` where the match ends.
    pub fn find_end(&self, key: &str) -> Option<(usize, &T)> {
        let mut at = 0;
        for word in key.split(' ') {
            let after = &key[(at + word.len()).min(key.len())..];
            if let Some(list) = self.map.get(word) {
                for (rest, value) in list {
                    let tail = if rest.is_empty() { Some(after) } else { after.strip_prefix(' ').and_then(|a| a.strip_prefix(rest.as_str())) };
                    if let Some(t) = tail.filter(|t| t.is_empty() || t.starts_with(' ')) {
                        return Some((key.len() - t.len(), value));
                    }
                }
            }
            at += word.len() + 1;
        }
        None
    }
}

/// Letters and digits, with the Arabic block decided without the general Unicode tables.
pub(crate) fn is_word_char(c: char) -> bool {
    match c {
        'a'..='z' | 'A'..='Z' | '0'..='9' => true,
        '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}' | '\u{0660}'..='\u{0669}' | '\u{066E}'..='\u{06D3}' | '\u{06D5}' | '\u{06F0}'..='\u{06FC}' => true,
        '\u{0600}'..='\u{06FF}' | '\u{2000}'..='\u{206F}' | '\u{00A0}'..='\u{00BF}' => false,
        c if c.is_ascii() => false,
        c => c.is_alphanumeric(),
    }
}

struct PhraseIndex {
    whole: HashMap<String, RemovalReason>,
    /// Start and Anywhere phrases by their first word: (the rest of the key after the first
    /// word, reason, position, whether text must follow), longest first.
    by_first_word: HashMap<String, Vec<(String, RemovalReason, At, bool)>>,
}

fn phrase_index() -> &'static PhraseIndex {
    static INDEX: OnceLock<PhraseIndex> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut index = PhraseIndex { whole: HashMap::default(), by_first_word: HashMap::default() };
        let all: [&[Phrase]; 3] = [boilerplate_fa::PHRASES, boilerplate_ar::PHRASES, boilerplate_en::PHRASES];
        for phrase in all.into_iter().flatten() {
            let key = match_key(phrase.text);
            if phrase.at == At::Line {
                index.whole.entry(key).or_insert(phrase.reason);
                continue;
            }
            let (first, rest) = key.split_once(' ').unwrap_or((key.as_str(), ""));
            let entry = (rest.to_string(), phrase.reason, phrase.at, phrase.text.ends_with(':'));
            index.by_first_word.entry(first.to_string()).or_default().push(entry);
        }
        // Longer phrases first: the most specific reason wins.
        for list in index.by_first_word.values_mut() {
            list.sort_by(|a, b| b.0.len().cmp(&a.0.len()));
        }
        index
    })
}

/// The page-furniture phrase a line (given by its key) contains, if any. Start phrases match at
/// the first word, Anywhere phrases at any word; the first match in line order wins.
pub(crate) fn find_phrase(key: &str) -> Option<(RemovalReason, At)> {
    let index = phrase_index();
    if let Some(&reason) = index.whole.get(key) {
        return Some((reason, At::Line));
    }
    let mut at = 0;
    for word in key.split(' ') {
        let after = &key[(at + word.len()).min(key.len())..];
        if let Some(list) = index.by_first_word.get(word) {
            for (rest, reason, position, needs_more) in list {
                if *position == At::Start && at != 0 {
                    continue;
                }
                let tail = if rest.is_empty() {
                    Some(after)
                } else {
                    after.strip_prefix(' ').and_then(|a| a.strip_prefix(rest.as_str()))
                };
                let Some(tail) = tail else { continue };
                let bounded = tail.is_empty() || tail.starts_with(' ');
                if bounded && (!needs_more || !tail.is_empty()) {
                    return Some((*reason, *position));
                }
            }
        }
        at += word.len() + 1;
    }
    None
}

/// Whether `phrase` occurs in `key` on word boundaries (keys separate words by one space).
pub(crate) fn contains_words(key: &str, phrase: &str) -> bool {
    let mut from = 0;
    while let Some(i) = key[from..].find(phrase) {
        let start = from + i;
        let end = start + phrase.len();
        let before_ok = start == 0 || key.as_bytes()[start - 1] == b' ';
        let after_ok = end == key.len() || key.as_bytes()[end] == b' ';
        if before_ok && after_ok {
            return true;
        }
        from = start + key[start..].chars().next().map_or(1, char::len_utf8);
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_fold_spelling_variants() {
        assert_eq!(match_key("اقرأ أيضاً: قصف"), match_key("اقرا ايضا قصف"));
        assert_eq!(match_key("لینک‌های  دسترسی"), "لینک های دسترسی");
        assert_eq!(match_key("كد خبر: ۱۲۰۷۲۵۴"), "کد خبر 1207254");
        assert_eq!(match_key("Leave a Reply"), "leave a reply");
    }

    #[test]
    fn phrases_by_position() {
        assert_eq!(find_phrase(&match_key("بیشتر بخوانید:")), Some((RemovalReason::ReadAlso, At::Start)));
        assert_eq!(find_phrase(&match_key("نظر شما")), Some((RemovalReason::Comments, At::Start)));
        // "نظرات" only as a whole line: a sentence that mentions opinions is not a comment form.
        assert_eq!(find_phrase(&match_key("نظرات کارشناسان در این باره متفاوت است")), None);
        assert_eq!(find_phrase(&match_key("اشترك في قائمتنا البريدية للحصول على التحديثات الجديدة!")).map(|p| p.0), Some(RemovalReason::Newsletter));
    }
}
