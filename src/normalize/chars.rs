//! The character layer shared by [`normalize`](super::normalize), [`fold`](super::fold) and
//! `analysis_form`: one table lookup per character of the Arabic block, a binary search for
//! presentation forms, nothing at all for ASCII.

use crate::lang::chars as data;
use crate::lang::presentation_forms as forms;

pub(crate) const LETTER: u16 = 1;
/// A letter that joins the next one (dual-joining).
pub(crate) const JOINS: u16 = 2;
pub(crate) const MARK: u16 = 4;
/// Maddah, hamza above/below: marks that spell a letter.
pub(crate) const LETTER_MARK: u16 = 8;
pub(crate) const TATWEEL: u16 = 16;
pub(crate) const DIGIT: u16 = 32;
pub(crate) const FA_ONLY: u16 = 64;
pub(crate) const AR_ONLY: u16 = 128;
/// Written differently in Persian lines (ي ك ە ۀ ...).
pub(crate) const PERSIANIZE: u16 = 256;
/// پ چ ژ گ (also [`FA_ONLY`]).
pub(crate) const FA_CONSONANT: u16 = 512;
/// ي ك (also [`AR_ONLY`]): the Arabic letters Persian typed on an Arabic keyboard has too.
pub(crate) const YEH_KAF: u16 = 1024;

const fn in_ranges(c: u32, ranges: &[(char, char)]) -> bool {
    let mut i = 0;
    while i < ranges.len() {
        if c >= ranges[i].0 as u32 && c <= ranges[i].1 as u32 {
            return true;
        }
        i += 1;
    }
    false
}

const fn in_list(c: u32, list: &[char]) -> bool {
    let mut i = 0;
    while i < list.len() {
        if c == list[i] as u32 {
            return true;
        }
        i += 1;
    }
    false
}

const fn build_block() -> [u16; 256] {
    let mut t = [0u16; 256];
    let mut i = 0;
    while i < 256 {
        let c = 0x600 + i as u32;
        let letter = matches!(c, 0x620..=0x63F | 0x641..=0x64A | 0x66E..=0x66F | 0x671..=0x6D3 | 0x6D5 | 0x6EE..=0x6EF | 0x6FA..=0x6FC | 0x6FF);
        let mut f = 0;
        if letter {
            f |= LETTER;
            if !in_ranges(c, data::NON_JOINING) {
                f |= JOINS;
            }
        }
        if in_ranges(c, data::MARKS) {
            f |= MARK;
        }
        if in_ranges(c, data::LETTER_MARKS) {
            f |= LETTER_MARK;
        }
        if c == 0x640 {
            f |= TATWEEL;
        }
        if matches!(c, 0x660..=0x669 | 0x6F0..=0x6F9) {
            f |= DIGIT;
        }
        if in_list(c, data::PERSIAN_ONLY) {
            f |= FA_ONLY;
        }
        if in_list(c, data::PERSIAN_CONSONANTS) {
            f |= FA_CONSONANT;
        }
        if c == 0x64A || c == 0x643 {
            f |= YEH_KAF;
        }
        if in_list(c, data::ARABIC_ONLY) {
            f |= AR_ONLY;
        }
        let mut k = 0;
        while k < data::PERSIAN_LETTERS.len() {
            if data::PERSIAN_LETTERS[k].0 as u32 == c {
                f |= PERSIANIZE;
            }
            k += 1;
        }
        k = 0;
        while k < data::EZAFE.len() {
            if data::EZAFE[k].0 as u32 == c {
                f |= PERSIANIZE;
            }
            k += 1;
        }
        t[i] = f;
        i += 1;
    }
    t
}

static BLOCK: [u16; 256] = build_block();

/// Class bits of the character at the start of `bytes` when it is in U+0600-U+06FF (two UTF-8
/// bytes, lead D8-DB), read from the bytes without decoding; `None` for any other character.
#[inline]
pub(crate) fn block_class(bytes: &[u8]) -> Option<u16> {
    match bytes {
        [lead @ 0xD8..=0xDB, trail, ..] => BLOCK.get((usize::from(lead & 0x03) << 6) | usize::from(trail & 0x3F)).copied(),
        _ => None,
    }
}

/// Class bits of a character (0 outside U+0600-U+06FF).
#[inline]
pub(crate) fn class(c: char) -> u16 {
    let u = c as u32;
    if (0x600..0x700).contains(&u) { BLOCK[(u - 0x600) as usize] } else { 0 }
}

#[inline]
pub(crate) fn is_invisible(c: char) -> bool {
    let u = c as u32;
    (u == 0xAD || (0x61C..=0xFEFF).contains(&u)) && ranges_contain(data::INVISIBLE, c)
}

#[inline]
pub(crate) fn is_space(c: char) -> bool {
    let u = c as u32;
    u >= 0xA0 && ranges_contain(data::SPACES, c)
}

fn ranges_contain(ranges: &[(char, char)], c: char) -> bool {
    ranges.iter().any(|&(lo, hi)| lo <= c && c <= hi)
}

/// The letters a presentation form stands for.
#[inline]
pub(crate) fn presentation_form(c: char) -> Option<&'static str> {
    // Asked of every character: the range test inline, the search out of line.
    if !(0xFB50..=0xFEFF).contains(&(c as u32)) {
        return None;
    }
    presentation_form_letters(c as u32)
}

#[inline(never)]
fn presentation_form_letters(u: u32) -> Option<&'static str> {
    let i = forms::CODES.binary_search(&(u as u16)).ok()?;
    let start = if i == 0 { 0 } else { forms::ENDS[i - 1] as usize };
    forms::LETTERS.get(start..forms::ENDS[i] as usize)
}

/// The composed letter for `base` + combining `mark` (NFC, plus ی + hamza above in Persian).
pub(crate) fn compose(base: char, mark: char, persian: bool) -> Option<char> {
    data::COMPOSITIONS
        .iter()
        .find(|&&(b, m, _)| b == base && m == mark && (persian || b != '\u{06CC}'))
        .map(|&(_, _, c)| c)
}

/// The Persian spelling of a letter in a Persian paragraph.
#[inline]
pub(crate) fn persian_letter(c: char) -> Option<char> {
    if class(c) & PERSIANIZE == 0 {
        return None;
    }
    data::PERSIAN_LETTERS.iter().find(|&&(from, _)| from == c).map(|&(_, to)| to)
}

pub(crate) fn ezafe(c: char) -> Option<&'static str> {
    if class(c) & PERSIANIZE == 0 {
        return None;
    }
    data::EZAFE.iter().find(|&&(from, _)| from == c).map(|&(_, to)| to)
}

pub(crate) fn fold_letter(c: char) -> Option<char> {
    data::FOLD_LETTERS.iter().find(|&&(from, _)| from == c).map(|&(_, to)| to)
}

/// Value of a decimal digit in any of the three digit sets.
#[inline]
pub(crate) fn digit_value(c: char) -> Option<u32> {
    match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        '\u{0660}'..='\u{0669}' => Some(c as u32 - 0x660),
        '\u{06F0}'..='\u{06F9}' => Some(c as u32 - 0x6F0),
        _ => None,
    }
}

/// Digit `v` in the set whose zero is `zero`.
#[inline]
pub(crate) fn digit(zero: char, v: u32) -> char {
    char::from_u32(zero as u32 + v).unwrap_or(zero)
}

/// A letter of the Arabic script, base block or presentation form.
#[inline]
pub(crate) fn is_arabic_letter(c: char) -> bool {
    class(c) & LETTER != 0 || presentation_form(c).is_some_and(|s| s.chars().all(|x| class(x) & (LETTER | MARK) != 0))
}
