//! What a reader sees in each line before deciding what it is: length, punctuation, the share of
//! function words, phrases of page furniture, dates, repetition.

use std::sync::OnceLock;



use crate::lang::{At, Phrase, boilerplate_ar, boilerplate_en, boilerplate_fa, function_words};
pub(crate) use crate::matching::{is_word_char, match_key};
use crate::matching::{WordIndex, count_word_chars, key_words};
use crate::language::Evidence;
use crate::model::{DateMention, RemovalReason, Span};
use crate::segment::Line;

/// A line with the features classification uses.
#[derive(Debug)]
pub(crate) struct LineInfo<'a> {
    pub text: &'a str,
    pub span: Span,
    /// Blank lines before this one.
    pub blank_before: usize,
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
    /// Where the line's dates are, from the first one's start to the last one's end: byte
    /// offsets into `text`.
    pub date_range: Option<(usize, usize)>,
    /// One of the line's dates has a clock with seconds (`01:54:20`, `۱۴۰۲/۰۵/۲۱ ۲۲:۱۱:۲۴`).
    pub to_the_second: bool,
    /// Its only dates are clock times of day (`اذان صبح 5:31 ق-ظ`).
    pub times_only: bool,
    /// Index of another line with the same key, if any.
    pub duplicate_of: Option<usize>,
}

impl LineInfo<'_> {
    /// Looks like running text, and how much: long lines written as sentences score their word
    /// count. Long lines without sentence punctuation (captions, headlines) only score when they
    /// are full of function words, and then weakly: they can join a body but not start one.
    pub fn body_score(&self) -> f32 {
        if self.is_date_line() {
            return 0.0;
        }
        let w = self.words as f32;
        if self.is_prose() {
            w.min(80.0)
        } else if self.words >= 10 && self.function_share >= 0.12 {
            w.min(80.0) * 0.3
        } else if self.text.contains('\t') && self.words >= 2 {
            // A table row pasted with tabs between its cells: part of a body, never its start.
            1.0
        } else {
            0.0
        }
    }

    /// Sentences: ends like one with ten words or more, has a sentence end inside a long line, or
    /// is too long to be anything else but a news ticker (headlines run together with no
    /// punctuation at all).
    pub fn is_prose(&self) -> bool {
        // A short question or exclamation is more often a headline than a paragraph.
        let question = self.text.trim_end().ends_with(['؟', '?', '!']) && !self.inner_sentence_end;
        // (A long line ending with a colon announces a list or a quotation: `... على الشكل
        // التالي:`.)
        let sentence = self.ends_sentence && (!question || self.words >= 20) || self.ends_colon && self.words >= 20;
        // (A ticker runs a few dozen headlines; a longer text without any mark is still text.)
        let ticker = || self.words < 200 && !self.text.contains(['.', '،', ',', '؛', ';', ':', '!', '?', '؟', '«', '"', '(', '-', '–']);
        (self.words >= 10 && sentence) || (self.words >= 15 && self.inner_sentence_end) || (self.words >= 35 && !ticker())
    }

    /// A line that is mostly a date (a dateline, a banner, a list item's date), not a sentence
    /// that happens to be full of times.
    pub fn is_date_line(&self) -> bool {
        self.date_share > 0.5 && !(self.ends_sentence && self.words >= 6)
    }

    /// A clock widget: a short line with a date or time and the word for a zone's time
    /// (`التوقيت 09:09 م , بتوقيت القاهرة`, `التوقيت الخميس، 25 أبريل 2024`).
    pub fn is_clock(&self) -> bool {
        self.words <= 6 && self.date_range.is_some() && self.key.contains(crate::lang::date_words::CLOCK_WORD_KEY)
    }

    /// A short line: menu item, label, button.
    pub fn is_short(&self) -> bool {
        self.words <= 4 && !self.ends_sentence
    }
}

/// Half-spaces between two letters of a word.
fn inner_half_spaces(text: &str) -> usize {
    text.match_indices('\u{200C}')
        .filter(|&(i, zwnj)| {
            text[..i].chars().next_back().is_some_and(char::is_alphabetic) && text[i + zwnj.len()..].chars().next().is_some_and(char::is_alphabetic)
        })
        .count()
}

/// Builds the features of every line. `dates` must be in input order.
pub(crate) fn describe<'a>(lines: &[Line<'a>], dates: &[DateMention]) -> Vec<LineInfo<'a>> {
    let mut infos: Vec<LineInfo<'a>> = Vec::with_capacity(lines.len());
    // Some browsers paste every block with a blank line after it, menu items included: then one
    // blank line is the page's plain line break, and only more than one sets blocks apart.
    let spaced = lines.iter().skip(1).filter(|l| l.blank_before > 0).count();
    let baseline = usize::from(lines.len() >= 8 && spaced * 10 >= (lines.len() - 1) * 9);
    let mut next_date = 0;
    for line in lines {
        let key = match_key(line.text);
        let (mut words, mut function) = (0, 0);
        for w in key_words(&key) {
            words += usize::from(!w.is_empty());
            function += usize::from(is_function_word(w));
        }
        // The key splits words at half-spaces (`پژوهش‌های`): they are one word each, as a page
        // with its half-spaces stripped counts them.
        words = words.saturating_sub(inner_half_spaces(line.text)).max(usize::from(words > 0));
        let (ends_sentence, ends_colon) = ending(line.text);

        while next_date < dates.len() && dates[next_date].end <= line.span.start {
            next_date += 1;
        }
        let mut in_line = Vec::new();
        let mut covered = 0;
        let mut j = next_date;
        while j < dates.len() && dates[j].start < line.span.end {
            // A mention that runs past the line's end (across a break the finder reads as a
            // space) belongs to no line.
            if dates[j].start >= line.span.start && dates[j].end <= line.span.end {
                in_line.push(j);
                covered += count_word_chars(&dates[j].text);
            }
            j += 1;
        }
        let alnum = count_word_chars(line.text).max(1);

        infos.push(LineInfo {
            text: line.text,
            span: line.span,
            blank_before: line.blank_before.saturating_sub(baseline),
            // The copyright sign is punctuation, so keys lose it: look for it in the text. A
            // gallery's or list's position (`۲ از ۶`, `3 of 10`) is a counter.
            phrase: if line.text.contains('©') && words <= 30 {
                Some((RemovalReason::Copyright, At::Anywhere))
            } else if line.text.contains('°') && words <= 4 {
                // A weather widget: `19.36°رام الله`.
                Some((RemovalReason::SiteChrome, At::Line))
            } else if is_position(&key) {
                Some((RemovalReason::Counter, At::Line))
            } else {
                // Also as a numbered list's item (`2. پرش به منوی اصلی`).
                find_phrase(&key, line.text).or_else(|| {
                    let item = line.text.trim_start().trim_start_matches(|c: char| c.is_ascii_digit() || ('۰'..='۹').contains(&c)).strip_prefix(['.', ')'])?;
                    find_phrase(&match_key(item), item)
                })
            },
            words,
            evidence: Evidence::of(line.text),
            ends_sentence,
            ends_colon,
            inner_sentence_end: inner_sentence_end(line.text),
            function_share: if words == 0 { 0.0 } else { function as f32 / words as f32 },
            date_range: in_line.first().zip(in_line.last()).map(|(&a, &z)| (dates[a].start - line.span.start, dates[z].end - line.span.start)),
            // (A clock alone is read to the minute, as a time of an unknown day: its colons tell.)
            to_the_second: in_line.iter().any(|&d| dates[d].text.matches(':').count() >= 2),
            times_only: !in_line.is_empty() && in_line.iter().all(|&d| dates[d].value.is_none() && dates[d].precision >= crate::model::Precision::Minute && dates[d].text.contains(':')),
            dates: in_line,
            date_share: covered as f32 / alnum as f32,
            duplicate_of: None,
            key,
        });
    }
    // Repeated lines (keys of 8 characters or more): each points to the first other copy.
    let mut order: Vec<(u64, u64)> =
        (0..infos.len()).filter(|&i| infos[i].key.chars().count() >= 8).map(|i| (crate::matching::word_hash(&infos[i].key), i as u64)).collect();
    crate::matching::sort_pairs(&mut order);
    let order: Vec<usize> = order.into_iter().map(|(_, i)| i as usize).collect();
    let mut links = Vec::new();
    for group in order.chunk_by(|&a, &b| infos[a].key == infos[b].key) {
        if let [first, second, ..] = *group {
            links.push((first, second));
            links.extend(group[1..].iter().map(|&i| (i, first)));
        }
    }
    for (line, copy) in links {
        infos[line].duplicate_of = Some(copy);
    }
    infos
}

fn ending(text: &str) -> (bool, bool) {
    let marks = |c: char| c.is_whitespace() || matches!(c, '"' | '\'' | '»' | '«' | '”' | '“' | ')' | '(' | ']' | '*' | '\u{200C}');
    let mut trimmed = text.trim_end_matches(marks);
    // A wire's end mark or an ad slot's label after the last sentence: `... سابقين.انتهى`,
    // `(انتهى)`, `... أمني.اضافة اعلان`.
    if let Some(before) = boilerplate_ar::GLUED_END_MARKS.iter().find_map(|m| trimmed.strip_suffix(m)).filter(|b| b.ends_with(['.', ' ', '('])) {
        trimmed = before.trim_end_matches(marks);
    }
    match trimmed.chars().next_back() {
        Some('.' | '!' | '?' | '؟' | '…' | '؛') => (true, false),
        Some(':' | '：') => (false, true),
        _ => (false, false),
    }
}

/// `۲ از ۶`, `3 of 10`, `1 من 5`: a number, a word for "of", a number.
fn is_position(key: &str) -> bool {
    let mut words = key.split(' ');
    let number = |w: Option<&str>| w.is_some_and(|w| !w.is_empty() && w.chars().all(|c| c.is_ascii_digit()));
    number(words.next()) && matches!(words.next(), Some("از" | "من" | "of")) && number(words.next()) && words.next().is_none()
}

fn inner_sentence_end(text: &str) -> bool {
    // `.`, `!`, `?`, `؟` (D8 9F) or `…` (E2 80 A6) followed by white space, found by their bytes.
    let b = text.as_bytes();
    let mut i = 0;
    while let Some(&x) = b.get(i) {
        let len = match (x, b.get(i + 1), b.get(i + 2)) {
            (b'.' | b'!' | b'?', _, _) => 1,
            (0xD8, Some(0x9F), _) => 2,
            (0xE2, Some(0x80), Some(0xA6)) => 3,
            _ => {
                i += 1;
                continue;
            }
        };
        if text.get(i + len..).and_then(|r| r.chars().next()).is_some_and(char::is_whitespace) {
            return true;
        }
        i += len;
    }
    false
}

/// The parts of a breadcrumb trail (`بین الملل » آسیا و اقیانوسیه`), split at `»`, `>` or `›`
/// with a space on each side (a closing guillemet has none: `«عاصفة حزم» نيابية`); None when the
/// text has no such separator.
pub(crate) fn crumbs(text: &str) -> Option<Vec<&str>> {
    let mut parts = Vec::new();
    let mut from = 0;
    for (i, sep) in text.match_indices(['»', '>', '›']) {
        if text[..i].ends_with(' ') && text[i + sep.len()..].starts_with(' ') {
            parts.push(text[from..i].trim());
            from = i + sep.len();
        }
    }
    // (The last part untrimmed at its end: it may be the rest of a title line, whose span is
    // measured from the line's end.)
    (from > 0).then(|| {
        parts.push(text[from..].trim_start());
        parts
    })
}

pub(crate) fn is_function_word(word: &str) -> bool {
    // Keys are folded, so the table is folded the same way once.
    static WORDS: OnceLock<WordIndex> = OnceLock::new();
    WORDS.get_or_init(|| WordIndex::new(function_words::PERSIAN.iter().chain(function_words::ARABIC).map(|w| (match_key(w), 0)))).has_word(word)
}


/// The word tables of [`crate::lang`] folded once with [`match_key`], for matching keys.
pub(crate) struct Tables {
    pub source_labels: WordIndex,
    pub section_labels: WordIndex,
    pub section_names: WordIndex,
    pub content_types: WordIndex,
    pub outlet_kinds: WordIndex,
    pub role_words: WordIndex,
    pub copyright_words: WordIndex,
    pub news_ids: WordIndex,
    pub home_links: WordIndex,
    pub section_headings: WordIndex,
    pub report_leads: WordIndex,
    pub published_labels: WordIndex,
    pub updated_labels: WordIndex,
    /// Agency names and aliases; the payload indexes [`crate::lang::agencies::AGENCIES`].
    pub agencies: WordIndex,
}

pub(crate) fn tables() -> &'static Tables {
    use crate::lang::{agencies::AGENCIES, credits};
    static TABLES: OnceLock<Tables> = OnceLock::new();
    TABLES.get_or_init(|| {
        // (A function, not a closure: inlined at each table, its loop would be copied ten times.)
        #[inline(never)]
        fn index(list: &[&str]) -> WordIndex {
            WordIndex::of_entries(list.iter().map(|w| (*w, 0)).collect())
        }
        Tables {
            source_labels: index(credits::SOURCE_LABELS),
            section_labels: index(credits::SECTION_LABELS),
            section_names: index(credits::SECTION_NAMES),
            content_types: index(credits::CONTENT_TYPES),
            outlet_kinds: index(credits::OUTLET_KINDS),
            role_words: index(credits::CREDIT_ROLE_WORDS),
            copyright_words: index(credits::COPYRIGHT_WORDS),
            news_ids: index(credits::NEWS_ID_LABELS),
            home_links: index(credits::HOME_LINKS),
            section_headings: index(credits::SECTION_HEADING_WORDS),
            // The payload is the lead's place in the list, for report_sources' bit set.
            report_leads: WordIndex::of_entries(credits::REPORT_LEADS.iter().enumerate().map(|(i, w)| (*w, i as u32)).collect()),
            published_labels: index(credits::PUBLISHED_LABELS),
            updated_labels: index(credits::UPDATED_LABELS),
            agencies: WordIndex::of_entries(AGENCIES.iter().enumerate().flat_map(|(i, a)| std::iter::once(a.name).chain(a.aliases.iter().copied()).map(move |n| (n, i as u32))).collect()),
        }
    })
}

/// Start and end marks of suggestion blocks inserted in articles, folded.
pub(crate) fn inserted_blocks() -> &'static [(String, String)] {
    static BLOCKS: OnceLock<Vec<(String, String)>> = OnceLock::new();
    BLOCKS.get_or_init(|| crate::lang::boilerplate_inserted_blocks().map(|(a, b)| (match_key(a), match_key(b))).collect())
}

/// All page-furniture phrases of the three languages, in one list.
fn all_phrases() -> impl Iterator<Item = &'static Phrase> {
    boilerplate_fa::PHRASES.iter().chain(boilerplate_ar::PHRASES).chain(boilerplate_en::PHRASES)
}

/// The page-furniture phrase a line (its key and text) contains, if any: Line phrases must be
/// the whole line, Start phrases its first words, Anywhere phrases any words. A phrase written
/// with a final `:` or `،` (a label: `عکس:`, `الكاتب،`) needs that mark right after it in the line
/// and text after it. The first match in line order wins.
pub(crate) fn find_phrase(key: &str, text: &str) -> Option<(RemovalReason, At)> {
    static INDEX: OnceLock<(Vec<&'static Phrase>, WordIndex)> = OnceLock::new();
    let (phrases, index) = INDEX.get_or_init(|| {
        let phrases: Vec<&'static Phrase> = all_phrases().collect();
        let index = WordIndex::of_entries(phrases.iter().enumerate().map(|(i, p)| (p.text, i as u32)).collect());
        (phrases, index)
    });
    let hit = index
        .hits(key, |hit, tail| {
            let p = phrases[hit.payload as usize];
            match p.at {
                At::Line => hit.start == 0 && tail.is_empty(),
                At::Start => match p.text.chars().last() {
                    Some(mark @ (':' | '،')) => hit.start == 0 && !tail.is_empty() && label_mark_follows(text, p.text, mark),
                    _ => hit.start == 0,
                },
                At::Anywhere => true,
            }
        })
        .next()?;
    let p = phrases[hit.payload as usize];
    Some((p.reason, p.at))
}

/// Whether `mark` closes the label at the head of `text` (within a few characters of the
/// label's length, allowing for spaces and spelling variants). A dash may stand for the colon
/// (`بقلم - صفية مصطفى أمين`).
fn label_mark_follows(text: &str, label: &str, mark: char) -> bool {
    let reach = label.chars().count() + 3;
    text.trim_start().chars().take(reach).any(|c| c == mark || (mark == ':' && matches!(c, '：' | '-' | '–')) || (mark == '،' && c == ','))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phrases_by_position() {
        let find = |t: &str| find_phrase(&match_key(t), t);
        assert_eq!(find("بیشتر بخوانید:"), Some((RemovalReason::ReadAlso, At::Start)));
        assert_eq!(find("نظر شما"), Some((RemovalReason::Comments, At::Start)));
        // Labels need their mark: `نقش،` is BBC's byline label, `نقش ایران` a headline.
        assert_eq!(find("نقش، خبرنگار"), Some((RemovalReason::Other, At::Start)));
        assert_eq!(find("نقش ایران در مذاکرات"), None);
        assert_eq!(find("عکس"), None);
        assert_eq!(find("کلیدواژه: قانون ساعت رسمی").map(|p| p.0), Some(RemovalReason::Tags));
        assert_eq!(find("تابع أحدث الأخبار عبر تطبيق google news").map(|p| p.0), Some(RemovalReason::Newsletter));
        assert_eq!(find("الإشراف العام").map(|p| p.0), Some(RemovalReason::Other));
        // Euronews Persian's byline label and social links; Elaph's Twitter promo.
        assert_eq!(find("نگارش از Alain Chandelier").map(|p| p.0), Some(RemovalReason::Other));
        assert_eq!(find("ما را پیدا کنید").map(|p| p.0), Some(RemovalReason::SiteChrome));
        assert_eq!(find("یکی از ما را پیدا کنید و بپرسید"), None, "only the whole line");
        assert_eq!(find("2. پرش به منوی اصلی"), None, "the numbered item is read in describe, not here");
        // "نظرات" only as a whole line: a sentence that mentions opinions is not a comment form.
        assert_eq!(find("نظرات کارشناسان در این باره متفاوت است"), None);
        assert_eq!(find("اشترك في قائمتنا البريدية للحصول على التحديثات الجديدة!").map(|p| p.0), Some(RemovalReason::Newsletter));
    }

    #[test]
    fn sentence_ends_inside_a_line() {
        for (text, inner) in [("اول. دوم", true), ("چرا؟ چون", true), ("صبر… بعد", true), ("۳.۵ درصد", false), ("پایان.", false), ("a!\u{00A0}b", true), ("چرا؟", false)] {
            assert_eq!(inner_sentence_end(text), inner, "{text}");
        }
    }
}
