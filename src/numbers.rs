//! Numbers written in words, Persian and Arabic: `سه هزار و پانصد` and `۳ هزار و ۵۰۰` are 3500,
//! `سی و یکم` is the 31st, `ثلاثة آلاف وخمسمئة` is 3500, `الحادي والعشرين` the 21st.
//!
//! The atoms are in [`crate::lang::numbers`]; this module builds compounds from them. A compound
//! is a sequence of groups below a thousand, each followed by a multiplier that is smaller than
//! the one before (`دو میلیون و سیصد هزار`). Inside a group the hundreds come first and the tens
//! and units in either order (Persian `بیست و یک`, Arabic `واحد وعشرون`), joined by `و`. Each
//! slot (hundreds, tens, units) is filled once, so `دو و سه` ("two and three") is two numbers,
//! not five. The date finder reads day numbers written as words through [`parse_at`].
//!
//! ```
//! let found = khabar::find_numbers("حدود سه هزار و پانصد نظامی و ۲ هزار و ۵۰۰ آمریکایی");
//! assert_eq!(found.iter().map(|n| n.value).collect::<Vec<_>>(), [3500, 2500]);
//! assert_eq!(found[0].text, "سه هزار و پانصد");
//! ```

use serde::Serialize;

use crate::dates::tokens::{Kind, Tokens};
use crate::dates::{lexicon::Lex, line_languages};
use crate::lang::numbers::{
    ARABIC_MONTH_HEADS, ARABIC_TEEN_TENS, NumClass, PERSIAN_NOT_ORDINAL_AFTER_NAKHOST, PERSIAN_PLURAL_MARKERS, NumberWord,
};
use crate::model::Language;
use crate::normalize::analysis_form;

/// A number written (at least partly) in words.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct NumberMention {
    /// The expression exactly as written: `&input[start..end]`.
    pub text: String,
    pub start: usize,
    pub end: usize,
    /// The value; always below 2⁵³ so that JavaScript reads it exactly (larger numbers are not
    /// reported).
    pub value: i64,
    /// `هفتم`, `الحادي والعشرين`: an ordinal ("seventh") rather than a count.
    pub ordinal: bool,
}

/// The largest value reported: 2⁵³ − 1, exact in a JavaScript number.
const MAX_VALUE: u64 = (1 << 53) - 1;

/// A number parsed from tokens (`value` is `u64::MAX` when it is above 2⁵³ or overflows).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct NumMatch {
    pub value: u64,
    pub ordinal: bool,
    /// First and last token (inclusive).
    pub first: usize,
    pub last: usize,
    /// Bytes of a clitic (`و`, `ل`) before the number in the first token.
    pub clitic: usize,
    /// Components written as words (the rest are digits).
    pub words: u8,
    /// A single word that is more often something else (`نه` "no", `أحد` "someone").
    pub ambiguous: bool,
}

/// Every number written with words in `text`, in order. Plain digit numbers (`۱۴`, `3500`) are
/// not reported; digits that are part of a worded number (`۳ هزار`) are.
pub fn find_numbers(text: &str) -> Vec<NumberMention> {
    let analysis = analysis_form(text);
    let langs = line_languages(text);
    let arabic: Vec<bool> = langs.iter().map(|l| *l != Language::Fa).collect();
    let tokens = Tokens::new(&analysis.text, &arabic);
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let lang = tokens.get(i).map_or(Language::Und, |t| langs.get(t.line as usize).copied().unwrap_or(Language::Und));
        match parse_at(&tokens, i, lang) {
            // Too large to be exact in JavaScript: skipped whole, not cut.
            Some(m) if m.value == u64::MAX => i = m.last + 1,
            Some(m) if m.words > 0 && !m.ambiguous => {
                let (Some(first), Some(last)) = (tokens.get(m.first), tokens.get(m.last)) else { break };
                let span = analysis.map.to_input(crate::model::Span::new(first.start as usize + m.clitic, last.end as usize));
                let Some(written) = text.get(span.start..span.end) else { break };
                out.push(NumberMention {
                    text: written.to_string(),
                    start: span.start,
                    end: span.end,
                    value: m.value as i64,
                    ordinal: m.ordinal,
                });
                i = m.last + 1;
            }
            _ => i += 1,
        }
    }
    out
}

#[derive(Clone, Copy)]
enum Comp {
    Digits(u64),
    Word(&'static NumberWord),
}

/// The number word at token `i` allowed in `lang`, with the clitic bytes before it.
fn word_at(t: &Tokens, i: usize, lang: Language) -> Option<(&'static NumberWord, usize, usize)> {
    t.hits(i).iter().find_map(|h| match h.lex {
        Lex::Number(n) if h.langs.allows(lang) => Some((n, usize::from(h.clitic), usize::from(h.ntok))),
        _ => None,
    })
}

/// Parses the longest number starting at token `i`.
pub(crate) fn parse_at(t: &Tokens, i: usize, lang: Language) -> Option<NumMatch> {
    let mut total: u64 = 0;
    let mut group: u64 = 0;
    let (mut h, mut tens, mut u) = (false, false, false);
    let mut unit_value: u64 = 0;
    let mut last_mult: u64 = u64::MAX;
    let mut last_term: u64 = 0;
    let mut ordinal = false;
    let mut words = 0u8;
    let mut comps = 0u32;
    let mut last = i;
    let mut clitic_at_start = 0;
    let mut ambiguous = false;
    let mut prev_class: Option<NumClass> = None;
    let mut j = i;
    loop {
        if comps > 0 && !t.joined(j - 1) {
            break;
        }
        // A separate `و` joins components.
        let mut joined_by_and = false;
        let mut at = j;
        if comps > 0 && t.is_word(at) && t.key(at) == "و" {
            joined_by_and = true;
            at += 1;
            if !t.joined(j) {
                break;
            }
        }
        let (comp, clitic, ntok) = match t.get(at).map(|x| x.kind) {
            Some(Kind::Num { value, digits }) if digits <= 15 => (Comp::Digits(u64::from(value)), 0, 1),
            Some(Kind::Word) => match word_at(t, at, lang) {
                Some((n, clitic, ntok)) => (Comp::Word(n), clitic, ntok),
                None => {
                    // `ام` after a Persian cardinal: `سی ام`.
                    if comps > 0 && !joined_by_and && matches!(t.hits(at).first().map(|h| h.lex), Some(Lex::OrdinalSuffix)) {
                        ordinal = true;
                        last = at;
                    }
                    break;
                }
            },
            _ => break,
        };
        let attached_and = clitic > 0 && t.key(at).starts_with('و') && clitic == "و".len();
        if comps == 0 {
            if joined_by_and {
                break;
            }
            clitic_at_start = clitic;
        } else if clitic > 0 && !attached_and {
            break;
        }
        let and = joined_by_and || (comps > 0 && attached_and);
        if and && comps == 0 {
            break;
        }
        match comp {
            Comp::Digits(v) => {
                // Digits start a number or follow `و` after a multiplier (`۳ هزار و ۵۰۰`).
                if comps > 0 && (!and || group != 0 || h || tens || u || v >= last_mult) {
                    break;
                }
                group = v;
                h = true;
                tens = true;
                u = true;
                prev_class = Some(NumClass::Hundred);
            }
            Comp::Word(n) => {
                let teen_ten = ARABIC_TEEN_TENS.iter().any(|w| crate::dates::lexicon::fold(w) == t.key(at));
                let needs_and = comps > 0
                    && !matches!(n.class, NumClass::Multiplier | NumClass::Group)
                    && !(teen_ten && prev_class == Some(NumClass::Unit))
                    && !(n.class == NumClass::Hundred && n.value == 100 && prev_class == Some(NumClass::Unit));
                if needs_and != and {
                    break;
                }
                match n.class {
                    NumClass::Unit => {
                        if u {
                            break;
                        }
                        u = true;
                        unit_value = n.value;
                        group += n.value;
                    }
                    NumClass::Teen if teen_ten && comps > 0 && prev_class == Some(NumClass::Unit) => {
                        if tens {
                            break;
                        }
                        tens = true;
                        group += 10;
                    }
                    NumClass::Teen => {
                        if tens || u {
                            break;
                        }
                        tens = true;
                        u = true;
                        group += n.value;
                    }
                    NumClass::Ten => {
                        if tens {
                            break;
                        }
                        tens = true;
                        group += n.value;
                    }
                    NumClass::Hundred if comps > 0 && !and => {
                        // `ثلاث مئة`: the unit counts the hundreds.
                        if h || tens {
                            break;
                        }
                        group = unit_value * 100;
                        h = true;
                        u = false;
                    }
                    NumClass::Hundred => {
                        if h || tens || u {
                            break;
                        }
                        h = true;
                        group += n.value;
                    }
                    // `هزار میلیارد`: a larger multiplier right after another multiplies it.
                    NumClass::Multiplier if prev_class == Some(NumClass::Multiplier) && !and && n.value > last_mult => {
                        total = total.checked_sub(last_term)?.checked_add(last_term.checked_mul(n.value)?)?;
                        last_term = last_term.saturating_mul(n.value);
                        last_mult = last_mult.saturating_mul(n.value);
                    }
                    NumClass::Multiplier => {
                        if n.value >= last_mult {
                            break;
                        }
                        let count = if group == 0 { 1 } else { group };
                        last_term = count.checked_mul(n.value)?;
                        total = total.checked_add(last_term)?;
                        group = 0;
                        (h, tens, u) = (false, false, false);
                        last_mult = n.value;
                    }
                    NumClass::Group => {
                        let mult = if n.value >= 1_000_000_000 {
                            1_000_000_000
                        } else if n.value >= 1_000_000 {
                            1_000_000
                        } else {
                            1_000
                        };
                        if group != 0 || mult >= last_mult {
                            break;
                        }
                        total = total.checked_add(n.value)?;
                        last_mult = mult;
                    }
                }
                words = words.saturating_add(1);
                ordinal |= n.ordinal;
                ambiguous = comps == 0 && n.ambiguous;
                prev_class = Some(n.class);
            }
        }
        if comps > 0 {
            ambiguous = false;
        }
        comps += 1;
        last = at + ntok - 1;
        j = last + 1;
        if j >= t.len() {
            break;
        }
    }
    if comps == 0 {
        return None;
    }
    let value = total.checked_add(group).filter(|v| *v <= MAX_VALUE).unwrap_or(u64::MAX);
    if words > 0 && excluded(t, i, last, lang) {
        return None;
    }
    Some(NumMatch { value, ordinal, first: i, last, clitic: clitic_at_start, words, ambiguous })
}

/// Words that look like numbers but are not here: `نخست وزیر`, `ده‌ها`, `كانون الثاني`.
fn excluded(t: &Tokens, first: usize, last: usize, lang: Language) -> bool {
    use crate::dates::lexicon::fold;
    let next = t.key(last + 1);
    let joined_next = t.joined(last);
    if joined_next && PERSIAN_PLURAL_MARKERS.iter().any(|m| fold(m) == next) && lang != Language::Ar {
        return true;
    }
    if t.key(last) == "نخست" && joined_next && PERSIAN_NOT_ORDINAL_AFTER_NAKHOST.iter().any(|w| fold(w) == next) {
        return true;
    }
    let before = t.key(first.wrapping_sub(1));
    let before = before.strip_prefix('و').filter(|b| b.chars().count() > 2).unwrap_or(before);
    first > 0 && t.joined(first - 1) && ARABIC_MONTH_HEADS.iter().any(|h| fold(h) == before)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values(text: &str) -> Vec<(i64, bool, String)> {
        find_numbers(text).into_iter().map(|n| (n.value, n.ordinal, n.text)).collect()
    }

    #[test]
    fn persian_compounds_and_ordinals() {
        assert_eq!(values("سه هزار و پانصد"), [(3500, false, "سه هزار و پانصد".into())]);
        assert_eq!(values("حدود ۳ هزار و ۵۰۰ نظامی"), [(3500, false, "۳ هزار و ۵۰۰".into())]);
        assert_eq!(values("روز سی و یکم شهریور"), [(31, true, "سی و یکم".into())]);
        assert_eq!(values("روز سی\u{200C}ویکم"), [(31, true, "سی\u{200C}ویکم".into())]);
        assert_eq!(values("هفتم دلو"), [(7, true, "هفتم".into())]);
        assert_eq!(values("سی ام اسفند"), [(30, true, "سی ام".into())]);
        assert_eq!(values("دو میلیون و سیصد هزار"), [(2_300_000, false, "دو میلیون و سیصد هزار".into())]);
        assert_eq!(values("چهارمین دور"), [(4, true, "چهارمین".into())]);
    }

    #[test]
    fn arabic_compounds_and_ordinals() {
        assert_eq!(values("ثماني سنوات"), [(8, false, "ثماني".into())]);
        assert_eq!(values("نحو ثلاثة آلاف وخمسمئة جندي"), [(3500, false, "ثلاثة آلاف وخمسمئة".into())]);
        assert_eq!(values("في الحادي والعشرين من مايو"), [(21, true, "الحادي والعشرين".into())]);
        assert_eq!(values("الثالث عشر من شباط"), [(13, true, "الثالث عشر".into())]);
        assert_eq!(values("ألفان وثمانية عشر"), [(2018, false, "ألفان وثمانية عشر".into())]);
        assert_eq!(values("ألف وتسعمائة وواحد"), [(1901, false, "ألف وتسعمائة وواحد".into())]);
        assert_eq!(values("واحد وعشرين"), [(21, false, "واحد وعشرين".into())]);
    }

    #[test]
    fn ordinary_words_are_not_numbers() {
        assert!(values("نه تنها نخست وزیر عراق بلکه ده‌ها نفر").is_empty());
        assert!(values("قال أحد المسؤولين في كانون الثاني").is_empty());
        assert!(values("14 صاروخا و 3500 جندي").is_empty());
        assert_eq!(values("دو و سه").len(), 2);
    }
}
