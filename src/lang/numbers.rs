//! Number words: Persian (Iran and Afghanistan) and Arabic cardinals and ordinals.
//!
//! Only the atoms are listed; compounds are built by [`crate::numbers`] (`سی و یکم` = 30 + 1st,
//! `ثلاثة آلاف وخمسمئة` = 3 × 1000 + 500, `الحادي والعشرين` = 1st + 20). The date finder reads
//! day numbers written as words with the same tables.
//!
//! Spellings are folded before matching (hamza seats to ا, ة to ه, ي/ى to ی, ك to ک), so
//! `مائة`/`مئة`/`مئه` need one entry each only where the letters differ.
//!
//! Sources: Persian — Dehkhoda and the Academy of Persian Language and Literature's spelling rules
//! (دستور خط فارسی, 1394) for ordinals in -م and -مین and `سی‌ام`; Arabic — the numeral chapters
//! of Wright, *A Grammar of the Arabic Language* (vol. 1, §§ 319-333), including the gender and
//! case forms (`ثلاث`/`ثلاثة`, `عشرون`/`عشرين`, `اثنا`/`اثني`).

/// What a number word contributes to a compound.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum NumClass {
    /// 0-9.
    Unit,
    /// 10-19, one word (`یازده`), or `عشر`/`عشرة` after a unit (`ثلاثة عشر`).
    Teen,
    /// 20, 30 ... 90.
    Ten,
    /// 100 ... 900.
    Hundred,
    /// ×1000, ×10⁶, ×10⁹: multiplies what comes before it (`سه هزار`).
    Multiplier,
    /// A complete multiple with its own count (`ألفان` 2000, `مليونين`).
    Group,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NumberWord {
    pub word: &'static str,
    pub value: u64,
    pub class: NumClass,
    pub ordinal: bool,
    /// Also a common ordinary word: not a number on its own (`نه` "no", `أحد` "someone").
    pub ambiguous: bool,
}

use NumClass::*;

const fn c(word: &'static str, value: u64, class: NumClass) -> NumberWord {
    NumberWord { word, value, class, ordinal: false, ambiguous: false }
}

const fn o(word: &'static str, value: u64, class: NumClass) -> NumberWord {
    NumberWord { word, value, class, ordinal: true, ambiguous: false }
}

const fn amb(word: &'static str, value: u64, class: NumClass) -> NumberWord {
    NumberWord { word, value, class, ordinal: false, ambiguous: true }
}

/// Persian ordinals in -م also take -ین (`سومین`, `هفتمین`, `نخستین`); the finder derives those.
pub const PERSIAN_ORDINAL_ADJECTIVE_SUFFIX: &str = "ین";

/// `ام` written apart after a cardinal makes it ordinal (`سی ام` for `سی‌ام`).
pub const PERSIAN_ORDINAL_SUFFIX_WORD: &str = "ام";

pub static PERSIAN: &[NumberWord] = &[
    c("صفر", 0, Unit),
    c("یک", 1, Unit),
    c("دو", 2, Unit),
    c("سه", 3, Unit),
    c("چهار", 4, Unit),
    c("پنج", 5, Unit),
    c("شش", 6, Unit),
    c("شیش", 6, Unit),
    c("هفت", 7, Unit),
    c("هشت", 8, Unit),
    amb("نه", 9, Unit),
    c("ده", 10, Teen),
    c("یازده", 11, Teen),
    c("دوازده", 12, Teen),
    c("سیزده", 13, Teen),
    c("چهارده", 14, Teen),
    c("پانزده", 15, Teen),
    c("پونزده", 15, Teen),
    c("شانزده", 16, Teen),
    c("هفده", 17, Teen),
    c("هجده", 18, Teen),
    c("هیجده", 18, Teen),
    c("هژده", 18, Teen),
    c("نوزده", 19, Teen),
    c("بیست", 20, Ten),
    c("سی", 30, Ten),
    c("چهل", 40, Ten),
    c("پنجاه", 50, Ten),
    c("شصت", 60, Ten),
    c("هفتاد", 70, Ten),
    c("هشتاد", 80, Ten),
    c("نود", 90, Ten),
    c("صد", 100, Hundred),
    c("یکصد", 100, Hundred),
    c("دویست", 200, Hundred),
    c("سیصد", 300, Hundred),
    c("چهارصد", 400, Hundred),
    c("پانصد", 500, Hundred),
    c("ششصد", 600, Hundred),
    c("هفتصد", 700, Hundred),
    c("هشتصد", 800, Hundred),
    c("نهصد", 900, Hundred),
    c("هزار", 1_000, Multiplier),
    c("میلیون", 1_000_000, Multiplier),
    c("ملیون", 1_000_000, Multiplier),
    c("میلیارد", 1_000_000_000, Multiplier),
    c("بیلیون", 1_000_000_000, Multiplier),
    // Ordinals.
    o("یکم", 1, Unit),
    o("اول", 1, Unit),
    o("نخست", 1, Unit),
    o("دوم", 2, Unit),
    o("سوم", 3, Unit),
    o("چهارم", 4, Unit),
    o("پنجم", 5, Unit),
    o("ششم", 6, Unit),
    o("هفتم", 7, Unit),
    o("هشتم", 8, Unit),
    o("نهم", 9, Unit),
    o("دهم", 10, Teen),
    o("یازدهم", 11, Teen),
    o("دوازدهم", 12, Teen),
    o("سیزدهم", 13, Teen),
    o("چهاردهم", 14, Teen),
    o("پانزدهم", 15, Teen),
    o("شانزدهم", 16, Teen),
    o("هفدهم", 17, Teen),
    o("هجدهم", 18, Teen),
    o("هیجدهم", 18, Teen),
    o("نوزدهم", 19, Teen),
    o("بیستم", 20, Ten),
    o("سیام", 30, Ten),
    o("سی ام", 30, Ten),
    o("چهلم", 40, Ten),
    o("پنجاهم", 50, Ten),
    o("شصتم", 60, Ten),
    o("هفتادم", 70, Ten),
    o("هشتادم", 80, Ten),
    o("نودم", 90, Ten),
    o("صدم", 100, Hundred),
    o("هزارم", 1_000, Multiplier),
];

pub static ARABIC: &[NumberWord] = &[
    c("صفر", 0, Unit),
    c("واحد", 1, Unit),
    c("واحدة", 1, Unit),
    amb("أحد", 1, Unit),
    c("إحدى", 1, Unit),
    c("اثنان", 2, Unit),
    c("اثنين", 2, Unit),
    c("اثنتان", 2, Unit),
    c("اثنتين", 2, Unit),
    c("اثنا", 2, Unit),
    c("اثني", 2, Unit),
    c("اثنتا", 2, Unit),
    c("اثنتي", 2, Unit),
    c("ثلاث", 3, Unit),
    c("ثلاثة", 3, Unit),
    c("أربع", 4, Unit),
    c("أربعة", 4, Unit),
    amb("خمس", 5, Unit),
    c("خمسة", 5, Unit),
    amb("ست", 6, Unit),
    c("ستة", 6, Unit),
    amb("سبع", 7, Unit),
    c("سبعة", 7, Unit),
    c("ثمان", 8, Unit),
    c("ثماني", 8, Unit),
    c("ثمانية", 8, Unit),
    amb("تسع", 9, Unit),
    c("تسعة", 9, Unit),
    c("عشر", 10, Teen),
    c("عشرة", 10, Teen),
    c("عشرون", 20, Ten),
    c("عشرين", 20, Ten),
    c("ثلاثون", 30, Ten),
    c("ثلاثين", 30, Ten),
    c("أربعون", 40, Ten),
    c("أربعين", 40, Ten),
    c("خمسون", 50, Ten),
    c("خمسين", 50, Ten),
    c("ستون", 60, Ten),
    c("ستين", 60, Ten),
    c("سبعون", 70, Ten),
    c("سبعين", 70, Ten),
    c("ثمانون", 80, Ten),
    c("ثمانين", 80, Ten),
    c("تسعون", 90, Ten),
    c("تسعين", 90, Ten),
    c("مئة", 100, Hundred),
    c("مائة", 100, Hundred),
    c("مئتان", 200, Hundred),
    c("مئتين", 200, Hundred),
    c("مائتان", 200, Hundred),
    c("مائتين", 200, Hundred),
    c("ثلاثمئة", 300, Hundred),
    c("ثلاثمائة", 300, Hundred),
    c("أربعمئة", 400, Hundred),
    c("أربعمائة", 400, Hundred),
    c("خمسمئة", 500, Hundred),
    c("خمسمائة", 500, Hundred),
    c("ستمئة", 600, Hundred),
    c("ستمائة", 600, Hundred),
    c("سبعمئة", 700, Hundred),
    c("سبعمائة", 700, Hundred),
    c("ثمانمئة", 800, Hundred),
    c("ثمانمائة", 800, Hundred),
    c("ثمانيمئة", 800, Hundred),
    c("ثمانيمائة", 800, Hundred),
    c("تسعمئة", 900, Hundred),
    c("تسعمائة", 900, Hundred),
    c("ألف", 1_000, Multiplier),
    c("ألفا", 1_000, Multiplier),
    c("آلاف", 1_000, Multiplier),
    c("ألوف", 1_000, Multiplier),
    c("ألفان", 2_000, Group),
    c("ألفين", 2_000, Group),
    c("مليون", 1_000_000, Multiplier),
    c("مليونا", 1_000_000, Multiplier),
    c("ملايين", 1_000_000, Multiplier),
    c("مليونان", 2_000_000, Group),
    c("مليونين", 2_000_000, Group),
    c("مليار", 1_000_000_000, Multiplier),
    c("مليارا", 1_000_000_000, Multiplier),
    c("مليارات", 1_000_000_000, Multiplier),
    c("بليون", 1_000_000_000, Multiplier),
    // Ordinals, with and without the article. The definite tens (`العشرين`) are ordinal in
    // dates and centuries (`الحادي والعشرين`, `القرن العشرين`).
    o("الأول", 1, Unit),
    o("الأولى", 1, Unit),
    o("أول", 1, Unit),
    o("الحادي", 1, Unit),
    o("الحادية", 1, Unit),
    o("حادي", 1, Unit),
    o("الثاني", 2, Unit),
    o("الثانية", 2, Unit),
    o("ثاني", 2, Unit),
    o("ثان", 2, Unit),
    o("الثالث", 3, Unit),
    o("الثالثة", 3, Unit),
    o("ثالث", 3, Unit),
    o("الرابع", 4, Unit),
    o("الرابعة", 4, Unit),
    o("رابع", 4, Unit),
    o("الخامس", 5, Unit),
    o("الخامسة", 5, Unit),
    o("خامس", 5, Unit),
    o("السادس", 6, Unit),
    o("السادسة", 6, Unit),
    o("سادس", 6, Unit),
    o("السابع", 7, Unit),
    o("السابعة", 7, Unit),
    o("سابع", 7, Unit),
    o("الثامن", 8, Unit),
    o("الثامنة", 8, Unit),
    o("ثامن", 8, Unit),
    o("التاسع", 9, Unit),
    o("التاسعة", 9, Unit),
    o("تاسع", 9, Unit),
    o("العاشر", 10, Teen),
    o("العاشرة", 10, Teen),
    o("عاشر", 10, Teen),
    o("العشرون", 20, Ten),
    o("العشرين", 20, Ten),
    o("الثلاثون", 30, Ten),
    o("الثلاثين", 30, Ten),
    o("الأربعون", 40, Ten),
    o("الأربعين", 40, Ten),
    o("الخمسون", 50, Ten),
    o("الخمسين", 50, Ten),
    o("الستون", 60, Ten),
    o("الستين", 60, Ten),
    o("السبعون", 70, Ten),
    o("السبعين", 70, Ten),
    o("الثمانون", 80, Ten),
    o("الثمانين", 80, Ten),
    o("التسعون", 90, Ten),
    o("التسعين", 90, Ten),
    o("المئة", 100, Hundred),
    o("المائة", 100, Hundred),
    o("الألف", 1_000, Multiplier),
];

/// The Arabic words for "ten" that follow a unit to make 11-19 (`ثلاثة عشر`, `الحادي عشر`).
pub static ARABIC_TEEN_TENS: &[&str] = &["عشر", "عشرة"];

/// Words after which `الأول`/`الثاني` are part of a month name, not ordinals.
pub static ARABIC_MONTH_HEADS: &[&str] = &["كانون", "تشرين", "ربيع", "جمادى"];

/// `نخست` is "first" except in `نخست وزیر` (prime minister) and its plural.
pub static PERSIAN_NOT_ORDINAL_AFTER_NAKHOST: &[&str] = &["وزیر", "وزیری", "وزیران"];

/// Plural markers that make a number word approximate (`ده‌ها`, `صدها`): not a number.
pub static PERSIAN_PLURAL_MARKERS: &[&str] = &["ها", "های", "هایی"];
