//! Language and variety of a text, from its letters and a few marker words.
//!
//! Persian and Arabic share a script but not all letters: پ چ ژ گ and the Persian forms ی ک are
//! Persian, ة ي ك ى and the hamza carriers أ إ ؤ are typical of Arabic. Counting them decides
//! most paragraphs; common function words decide the rest. Dari is told from Iranian Persian by
//! vocabulary ([`crate::lang::variants`]).

use crate::lang::variants::{AFGHAN_MONTHS, DARI_MARKERS};
use crate::matching::{WordIndex, spelling_key};
use crate::model::{Language, Variant};

/// Letter counts of a stretch of text, which can be added up over paragraphs.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Evidence {
    /// Letters of the Arabic script (any language).
    pub arabic_script: u32,
    /// Letters only Persian uses.
    pub persian: u32,
    /// Letters typical of Arabic only.
    pub arabic: u32,
    /// Of the Persian letters, the consonants پ چ ژ گ (see [`Evidence::language`]).
    pub persian_consonants: u32,
    /// Latin letters.
    pub latin: u32,
    /// Dari marker words.
    pub dari: u32,
    /// In stretches whose letters say Arabic: Persian function words typed on an Arabic keyboard
    /// (`در`, `را`, `است`, `كه`), and all words.
    pub persian_words: u32,
    /// The words looked at for [`Evidence::persian_words`].
    pub checked_words: u32,
}

impl Evidence {
    pub fn of(text: &str) -> Evidence {
        let (mut e, yeh_kaf) = Evidence::counted(text);
        // Words are looked at only where the letters say Arabic, and most of the Arabic letters
        // are ي and ك, as Persian typed on an Arabic keyboard has them: Arabic text has ة, أ, إ
        // and ى besides.
        if e.arabic > 0 && yeh_kaf * 4 >= e.arabic * 3 && !is_persian(e.persian, e.persian_consonants, e.arabic) {
            (e.persian_words, e.checked_words) = typed_persian_words(text);
        }
        if e.persian > 0 || e.persian_words >= 2 {
            e.dari = dari_markers(text);
        }
        e
    }

    /// The letter counts of [`Evidence::of`] without its search for Dari words.
    pub(crate) fn letters(text: &str) -> Evidence {
        Evidence::counted(text).0
    }

    /// The letter counts, and how many of the Arabic letters are ي or ك.
    fn counted(text: &str) -> (Evidence, u32) {
        // One count per kind of character, then added up; Arabic-script letters are two bytes
        // (lead D8-DB), read by table without decoding.
        let mut counts = [0u32; 8];
        let b = text.as_bytes();
        let mut i = 0;
        while let Some(&x) = b.get(i) {
            match (x, b.get(i + 1)) {
                (0xD8..=0xDB, Some(&t)) => {
                    counts[usize::from(LETTER_KINDS[(usize::from(x & 0x03) << 6) | usize::from(t & 0x3F)])] += 1;
                    i += 2;
                }
                _ => {
                    counts[if x.is_ascii_alphabetic() { usize::from(LATIN) } else { 0 }] += 1;
                    i += 1;
                }
            }
        }
        let evidence = Evidence {
            arabic_script: counts[usize::from(SCRIPT)]
                + counts[usize::from(PERSIAN)]
                + counts[usize::from(ARABIC)]
                + counts[usize::from(YEH_KAF)]
                + counts[usize::from(PERSIAN_CONSONANT)],
            // Persian digits (۱۴۰۰, not Arabic's ١٤٠٠) say Persian too, though they are no letters.
            persian: counts[usize::from(PERSIAN)] + counts[usize::from(PERSIAN_DIGIT)] + counts[usize::from(PERSIAN_CONSONANT)],
            arabic: counts[usize::from(ARABIC)] + counts[usize::from(YEH_KAF)],
            persian_consonants: counts[usize::from(PERSIAN_CONSONANT)],
            latin: counts[usize::from(LATIN)],
            dari: 0,
            persian_words: 0,
            checked_words: 0,
        };
        (evidence, counts[usize::from(YEH_KAF)])
    }

    pub fn add(&mut self, other: Evidence) {
        self.arabic_script += other.arabic_script;
        self.persian += other.persian;
        self.arabic += other.arabic;
        self.persian_consonants += other.persian_consonants;
        self.latin += other.latin;
        self.dari += other.dari;
        self.persian_words += other.persian_words;
        self.checked_words += other.checked_words;
    }

    /// The language these letters point to. Fewer than 3 Arabic-script letters, or as many Latin
    /// letters as Arabic-script ones, is undetermined.
    pub fn language(&self) -> Language {
        if self.arabic_script < 3 || self.latin > self.arabic_script {
            return Language::Und;
        }
        if self.persian == 0 && self.arabic == 0 {
            return Language::Und;
        }
        // Persian text borrows some Arabic letters (مؤسسه, تأثیر, الأسد in quotes); Arabic text
        // almost never has پ چ ژ گ ی ک. Weigh the Persian letters more, and its consonants
        // more still: Persian typed with ي and ك keeps them (none in 180 Arabic pages checked).
        // (Persian typed on an Arabic keyboard throughout: `كلينيك صحي ... به بهره برداري سپرده
        // شد`, Afghanistan's health ministry. Arabic text has hardly any of these words.)
        let typed_persian = self.persian_words >= 3 && self.persian_words * 12 >= self.checked_words;
        if typed_persian || is_persian(self.persian, self.persian_consonants, self.arabic) { Language::Fa } else { Language::Ar }
    }

    pub fn variant(&self) -> Option<Variant> {
        match self.language() {
            Language::Fa if self.dari > 0 => Some(Variant::FaAf),
            Language::Fa => Some(Variant::FaIr),
            Language::Ar => Some(Variant::Ar),
            Language::Und => None,
        }
    }
}

/// The rule of [`Evidence::language`] once a text has letters of the script, shared with the
/// normalizer's per-line count.
/// Persian's own function words as an Arabic keyboard types them (`در`, `را`, `است`, `كه`), and
/// all the words of `text`: Persian typed with ي and ك tells itself by them.
pub(crate) fn typed_persian_words(text: &str) -> (u32, u32) {
    let (mut found, mut all) = (0, 0);
    // (Split at spaces and trimmed at the ends: cheaper than testing every letter.)
    for word in text.split(' ').map(|w| w.trim_matches(|c: char| !crate::matching::is_word_char(c))).filter(|w| !w.is_empty()) {
        all += 1;
        // (The listed words have two to four letters.)
        found += u32::from(word.len() <= 8 && crate::lang::function_words::PERSIAN_IN_ARABIC_LETTERS.contains(&word));
    }
    (found, all)
}

pub(crate) fn is_persian(persian: u32, consonants: u32, arabic: u32) -> bool {
    persian * 3 >= arabic || consonants >= 2 && consonants * 6 >= arabic
}

const SCRIPT: u8 = 1;
const PERSIAN: u8 = 2;
const ARABIC: u8 = 3;
const LATIN: u8 = 4;
const PERSIAN_DIGIT: u8 = 5;
const PERSIAN_CONSONANT: u8 = 6;
/// ي and ك, Arabic letters that Persian typed on an Arabic keyboard has too.
const YEH_KAF: u8 = 7;

/// What each character of U+0600-U+06FF counts as: Persian-only (پ چ ژ گ ی ک ۀ), typical of
/// Arabic (ة ي ك ى أ إ ؤ), another Arabic-script letter, a Persian digit, or nothing (0).
const LETTER_KINDS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut k = 0;
    while k < 256 {
        t[k] = match 0x600 + k as u32 {
            0x067E | 0x0686 | 0x0698 | 0x06AF => PERSIAN_CONSONANT,
            0x06CC | 0x06A9 | 0x06C0 => PERSIAN,
            0x064A | 0x0643 => YEH_KAF,
            0x0629 | 0x0649 | 0x0623 | 0x0625 | 0x0624 => ARABIC,
            0x0620..=0x064A | 0x066E..=0x06D3 | 0x06D5 | 0x06FA..=0x06FF => SCRIPT,
            0x06F0..=0x06F9 => PERSIAN_DIGIT,
            _ => 0,
        };
        k += 1;
    }
    t
};

fn dari_markers(text: &str) -> u32 {
    static INDEX: std::sync::OnceLock<(WordIndex, WordIndex)> = std::sync::OnceLock::new();
    let (markers, months) = INDEX.get_or_init(|| {
        (WordIndex::new(DARI_MARKERS.iter().map(|m| (spelling_key(m), 0))), WordIndex::new(AFGHAN_MONTHS.iter().map(|m| (spelling_key(m), 0))))
    });
    let key = spelling_key(text);
    let words = markers.hits(&key, |_, _| true).count();
    // `۲۹ سرطان ۱۴۰۲`, `دوازدهم عقرب`: an Afghan month name right after a day, in digits or
    // an ordinal.
    let dated_months = months
        .hits(&key, |hit, _| {
            let before = key[..hit.start].trim_end();
            let last_word = before.rsplit(' ').next().unwrap_or("");
            // (Or before a day and a year: `عقرب ۲, ۱۴۰۱`; not `میزان ۲۰ درصد`.)
            let mut after = key[hit.end..].split(' ').skip_while(|w| w.is_empty());
            let day_year = after.next().is_some_and(|w| (1..=2).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit()))
                && after.next().is_some_and(|w| w.len() == 4 && w.starts_with("1") && w.bytes().all(|b| b.is_ascii_digit()));
            // (A day: `سال ۱۳۹۵ میزان شهرنشینی` is "the rate", after a year.)
            let day_before = (1..=2).contains(&last_word.len()) && last_word.bytes().all(|b| b.is_ascii_digit());
            day_year || day_before || crate::lang::numbers::PERSIAN.iter().any(|n| n.ordinal && n.value <= 30 && n.word == last_word)
        })
        .count();
    (words + dated_months) as u32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tells_persian_dari_arabic_apart() {
        let fa = Evidence::of("دلیل سفر الکاظمی به آمریکا چیست؟");
        assert_eq!(fa.variant(), Some(Variant::FaIr));
        let af = Evidence::of("محمد شیاع السودانی، صدراعظم عراق در جریان نخستین نشست رسمی");
        assert_eq!(af.variant(), Some(Variant::FaAf));
        // Iran spells it ائتلاف, Afghanistan ایتلاف.
        assert_eq!(Evidence::of("نیروهای ائتلاف بین‌المللی در عراق").variant(), Some(Variant::FaIr));
        assert_eq!(Evidence::of("نیروهای ایتلاف بین‌المللی در عراق").variant(), Some(Variant::FaAf));
        // Dari's "including", with or without its half-space.
        assert_eq!(Evidence::of("امنیت همه شهروندان بهشمول کارمندان دولت تامین می‌شود").variant(), Some(Variant::FaAf));
        assert_eq!(Evidence::of("امنیت همه شهروندان از جمله کارمندان دولت تامین می‌شود").variant(), Some(Variant::FaIr));
        // An Afghan month before a day and a year; not a word that is also a month.
        assert_eq!(Evidence::of("آخرین بروزرسانی: عقرب ۲, ۱۴۰۱").variant(), Some(Variant::FaAf));
        assert_eq!(Evidence::of("قیمت‌ها به میزان ۲۰ درصد در سال ۱۴۰۱ افزایش یافت").variant(), Some(Variant::FaIr));
        assert_eq!(Evidence::of("بر اساس سرشماری سال ۱۳۹۵ میزان شهرنشینی ۷۲ درصد است").variant(), Some(Variant::FaIr));
        assert_eq!(Evidence::of("این نشست روز ۱۵ میزان برگزار شد").variant(), Some(Variant::FaAf));
        assert_eq!(Evidence::of("وزارت صحت عامه از دیدار با هیئت خارجی خبر داد").variant(), Some(Variant::FaAf));
        assert_eq!(Evidence::of("امتحان کانکور وزارت تحصیلات عالی در کابل آغاز شد").variant(), Some(Variant::FaAf));
        assert_eq!(Evidence::of("بسیاری از جوانان تحصیلات عالی دارند").variant(), Some(Variant::FaIr));
        let ar = Evidence::of("بايدن يستضيف رئيس الوزراء العراقي الكاظمي في البيت الابيض");
        assert_eq!(ar.variant(), Some(Variant::Ar));
        assert_eq!(Evidence::of("Leave a Reply").language(), Language::Und);
        // Persian typed on an Arabic keyboard, by its words; Arabic with a word that Persian
        // typed so would also have (اين, "where" written without its hamza) stays Arabic.
        let typed = Evidence::of("وزير صحت عامه اين مركز صحي را يك قدم نيك خواند و تاكيد نمود كه وزارت به اين كار ادامه مي دهد");
        assert_eq!(typed.language(), Language::Fa);
        let ar = Evidence::of("لا يعرف اين ذهب المال الذي جمعته الحكومة في السنوات الماضية ولا كيف أنفقته الوزارات على المشاريع");
        assert_eq!(ar.language(), Language::Ar);
    }

    #[test]
    fn letter_table_spells_the_letters_out() {
        let e = Evidence::of("پچژگیکۀ ةيكىأإؤ اب ۀ\u{200C}abc ١");
        assert_eq!((e.persian, e.arabic, e.arabic_script, e.latin), (8, 7, 17, 3));
    }

    #[test]
    fn persian_digits_tell_a_short_line_apart() {
        // A dateline whose only word has an Arabic yeh (تير) is Persian by its digits.
        assert_eq!(Evidence::of("۱۶:۴۰ - ۲۲ تير ۱۴۰۱").language(), Language::Fa);
        assert_eq!(Evidence::of("١٦:٤٠ - ٢٢ تير ١٤٠١").language(), Language::Ar);
        assert_eq!(Evidence::of("۱۴۰۱/۰۴/۲۲").language(), Language::Und);
    }
}
