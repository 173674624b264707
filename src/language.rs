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
    /// Latin letters.
    pub latin: u32,
    /// Dari marker words.
    pub dari: u32,
}

impl Evidence {
    pub fn of(text: &str) -> Evidence {
        let mut e = Evidence::default();
        for c in text.chars() {
            match c {
                'پ' | 'چ' | 'ژ' | 'گ' | 'ی' | 'ک' | 'ۀ' => {
                    e.persian += 1;
                    e.arabic_script += 1;
                }
                'ة' | 'ي' | 'ك' | 'ى' | 'أ' | 'إ' | 'ؤ' => {
                    e.arabic += 1;
                    e.arabic_script += 1;
                }
                '\u{0620}'..='\u{064A}' | '\u{066E}'..='\u{06D3}' | '\u{06D5}' | '\u{06FA}'..='\u{06FF}' => e.arabic_script += 1,
                'a'..='z' | 'A'..='Z' => e.latin += 1,
                _ => {}
            }
        }
        if e.persian > 0 {
            e.dari = dari_markers(text);
        }
        e
    }

    pub fn add(&mut self, other: Evidence) {
        self.arabic_script += other.arabic_script;
        self.persian += other.persian;
        self.arabic += other.arabic;
        self.latin += other.latin;
        self.dari += other.dari;
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
        // almost never has پ چ ژ گ ی ک. Weigh the Persian letters more.
        if self.persian * 3 >= self.arabic { Language::Fa } else { Language::Ar }
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

fn dari_markers(text: &str) -> u32 {
    static INDEX: std::sync::OnceLock<(WordIndex, WordIndex)> = std::sync::OnceLock::new();
    let (markers, months) = INDEX.get_or_init(|| {
        (WordIndex::new(DARI_MARKERS.iter().map(|m| (spelling_key(m), 0))), WordIndex::new(AFGHAN_MONTHS.iter().map(|m| (spelling_key(m), 0))))
    });
    let key = spelling_key(text);
    let words = markers.hits(&key, |_, _| true).count();
    // `۲۹ سرطان ۱۴۰۲`: an Afghan month name right after a number.
    let dated_months = months
        .hits(&key, |hit, _| {
            let before = key[..hit.start].trim_end();
            before.ends_with(|c: char| c.is_ascii_digit())
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
        let ar = Evidence::of("بايدن يستضيف رئيس الوزراء العراقي الكاظمي في البيت الابيض");
        assert_eq!(ar.variant(), Some(Variant::Ar));
        assert_eq!(Evidence::of("Leave a Reply").language(), Language::Und);
    }
}
