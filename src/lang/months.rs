//! Month names in every spelling Persian, Dari and Arabic news uses, with the calendar each
//! family belongs to.
//!
//! Spellings are written as the press writes them (ي ك ة أ in Arabic, ی ک in Persian); the date
//! finder folds both the table and the text the same way before comparing (hamza seats to ا,
//! ة to ه, ي/ى to ی, ك to ک, ZWNJ to a space), so one spelling per word is enough here, and a
//! name written with a space also matches when written joined (`ذو الحجة` / `ذوالحجة`).
//!
//! `strength` says how much evidence a name needs before it counts as a month, because many are
//! also ordinary words: `تیر` (arrow), `مهر` (seal), `دی`, `می` (verb prefix), `مه` (fog), `آب`
//! (water), `حمل` (transport), `سرطان` (cancer), `اسد` (a name), `میزان` (a news agency),
//! `مارس` (Arabic verb "practised"), `صفر` (zero), `رجب` (a name), `نيسان` (a car maker).

use crate::model::CalendarKind;

/// How much context a month name needs to count as a month.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Strength {
    /// Needs a day and a year, or `ماه`/`شهر` ("month") in front, or a day and the end of the
    /// clause right after it.
    Weak,
    /// Needs a day or a year beside it, or `ماه`/`شهر` in front.
    Medium,
    /// Unambiguous: also counts alone after a preposition (`في يناير`, `در ژانویه ۲۰۲۱`) or
    /// before a relative word (`آوریل گذشته`).
    Strong,
}

/// The naming tradition a month name comes from; it fixes the calendar and the language.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Family {
    /// Iran's solar months (Farvardin ... Esfand).
    IranSolar,
    /// Afghanistan's solar months, the zodiac names (Hamal ... Hut).
    AfghanSolar,
    /// Iranian transliterations of the Gregorian months (ژانویه ...).
    GregorianIran,
    /// Dari transliterations of the Gregorian months (جنوری ...).
    GregorianDari,
    /// Egyptian, Gulf and Moroccan Arabic names (يناير ...).
    GregorianArabic,
    /// Levantine and Iraqi Arabic names (كانون الثاني ...).
    Levantine,
    /// Algerian and Tunisian names from French (جانفي ...).
    Maghrebi,
    /// English names and abbreviations.
    GregorianEnglish,
    /// Latin transliterations of Iran's solar months, as jdatetime formats them.
    IranSolarLatin,
    /// Lunar Hijri months, Arabic and Persian spellings.
    Hijri,
}

impl Family {
    pub const fn calendar(self) -> CalendarKind {
        match self {
            Family::IranSolar | Family::AfghanSolar | Family::IranSolarLatin => CalendarKind::Persian,
            Family::Hijri => CalendarKind::Islamic,
            _ => CalendarKind::Gregorian,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MonthName {
    pub name: &'static str,
    pub month: u8,
    pub family: Family,
    pub strength: Strength,
}

const fn m(name: &'static str, month: u8, family: Family, strength: Strength) -> MonthName {
    MonthName { name, month, family, strength }
}

use Family::*;
use Strength::*;

/// Every month name the finder knows.
pub static MONTHS: &[MonthName] = &[
    // Iran's solar months. Source: the calendar law of 11 Farvardin 1304 (Majlis, 1925), which
    // named the months; امرداد is the spelling the Academy of Persian Language and Literature
    // recommends and some outlets use.
    m("فروردین", 1, IranSolar, Medium),
    m("اردیبهشت", 2, IranSolar, Medium),
    m("خرداد", 3, IranSolar, Medium),
    m("تیر", 4, IranSolar, Medium),
    m("مرداد", 5, IranSolar, Medium),
    m("امرداد", 5, IranSolar, Medium),
    m("شهریور", 6, IranSolar, Medium),
    m("مهر", 7, IranSolar, Medium),
    m("آبان", 8, IranSolar, Medium),
    m("آذر", 9, IranSolar, Medium),
    m("دی", 10, IranSolar, Medium),
    m("بهمن", 11, IranSolar, Medium),
    m("اسفند", 12, IranSolar, Medium),
    // Afghanistan's solar months (zodiac names), as in Afghanistan's official calendar and the
    // Dari press (RFE/RL Azadi, Tolo, Pajhwok). Month 1 is Hamal (= Farvardin).
    m("حمل", 1, AfghanSolar, Medium),
    m("ثور", 2, AfghanSolar, Medium),
    m("جوزا", 3, AfghanSolar, Medium),
    m("جوزاء", 3, AfghanSolar, Medium),
    m("سرطان", 4, AfghanSolar, Medium),
    m("اسد", 5, AfghanSolar, Medium),
    m("سنبله", 6, AfghanSolar, Medium),
    m("میزان", 7, AfghanSolar, Medium),
    m("عقرب", 8, AfghanSolar, Medium),
    m("قوس", 9, AfghanSolar, Medium),
    m("جدی", 10, AfghanSolar, Medium),
    m("دلو", 11, AfghanSolar, Medium),
    m("حوت", 12, AfghanSolar, Medium),
    // Gregorian months in Iranian Persian. Source: the spellings of IRNA, ISNA and BBC Persian;
    // آگوشت is a misspelling seen in Borna News (seed 003); ژوئیه and جولای are both current.
    m("ژانویه", 1, GregorianIran, Strong),
    m("ژانویهٔ", 1, GregorianIran, Strong),
    m("فوریه", 2, GregorianIran, Strong),
    m("فبریه", 2, GregorianIran, Strong),
    m("مارس", 3, GregorianIran, Medium),
    m("آوریل", 4, GregorianIran, Strong),
    m("آپریل", 4, GregorianIran, Strong),
    m("مه", 5, GregorianIran, Weak),
    m("می", 5, GregorianIran, Weak),
    m("مئی", 5, GregorianIran, Weak),
    m("ژوئن", 6, GregorianIran, Strong),
    m("ژوئیه", 7, GregorianIran, Strong),
    m("جولای", 7, GregorianIran, Strong),
    m("اوت", 8, GregorianIran, Medium),
    m("آگوست", 8, GregorianIran, Strong),
    m("آگست", 8, GregorianIran, Strong),
    m("آگوشت", 8, GregorianIran, Strong),
    m("سپتامبر", 9, GregorianIran, Strong),
    m("اکتبر", 10, GregorianIran, Strong),
    m("نوامبر", 11, GregorianIran, Strong),
    m("دسامبر", 12, GregorianIran, Strong),
    // Gregorian months in Dari. Source: RFE/RL Azadi Radio and BBC Persian's Afghanistan pages.
    m("جنوری", 1, GregorianDari, Strong),
    m("فبروری", 2, GregorianDari, Strong),
    m("مارچ", 3, GregorianDari, Strong),
    m("اپریل", 4, GregorianDari, Strong),
    m("می", 5, GregorianDari, Weak),
    m("جون", 6, GregorianDari, Medium),
    m("جولای", 7, GregorianDari, Strong),
    m("اگست", 8, GregorianDari, Strong),
    m("سپتمبر", 9, GregorianDari, Strong),
    m("اکتوبر", 10, GregorianDari, Strong),
    m("نومبر", 11, GregorianDari, Strong),
    m("دسمبر", 12, GregorianDari, Strong),
    // Gregorian months in Egypt, the Gulf and Morocco. Source: Arabic Wikipedia, "الأشهر
    // الميلادية"; يونيه/يوليه are Egyptian, يوليوز غشت شتنبر نونبر دجنبر Moroccan.
    m("يناير", 1, GregorianArabic, Strong),
    m("فبراير", 2, GregorianArabic, Strong),
    m("فبرایر", 2, GregorianArabic, Strong),
    m("مارس", 3, GregorianArabic, Medium),
    m("أبريل", 4, GregorianArabic, Strong),
    m("إبريل", 4, GregorianArabic, Strong),
    m("مايو", 5, GregorianArabic, Strong),
    m("ماي", 5, GregorianArabic, Medium),
    m("يونيو", 6, GregorianArabic, Strong),
    m("يونيه", 6, GregorianArabic, Strong),
    m("يوليو", 7, GregorianArabic, Strong),
    m("يوليه", 7, GregorianArabic, Strong),
    m("يوليوز", 7, GregorianArabic, Strong),
    m("أغسطس", 8, GregorianArabic, Strong),
    m("أغسطوس", 8, GregorianArabic, Strong),
    m("غشت", 8, GregorianArabic, Medium),
    m("سبتمبر", 9, GregorianArabic, Strong),
    m("شتنبر", 9, GregorianArabic, Strong),
    m("أكتوبر", 10, GregorianArabic, Strong),
    m("اكتوبر", 10, GregorianArabic, Strong),
    m("نوفمبر", 11, GregorianArabic, Strong),
    m("نونبر", 11, GregorianArabic, Strong),
    m("ديسمبر", 12, GregorianArabic, Strong),
    m("دجنبر", 12, GregorianArabic, Strong),
    // Levantine and Iraqi names (Syria, Lebanon, Jordan, Palestine, Iraq). Source: Arabic
    // Wikipedia, "الأشهر السريانية".
    m("كانون الثاني", 1, Levantine, Strong),
    m("شباط", 2, Levantine, Strong),
    m("آذار", 3, Levantine, Medium),
    m("نيسان", 4, Levantine, Medium),
    m("أيار", 5, Levantine, Strong),
    m("حزيران", 6, Levantine, Strong),
    m("تموز", 7, Levantine, Strong),
    m("آب", 8, Levantine, Medium),
    m("أيلول", 9, Levantine, Strong),
    m("تشرين الأول", 10, Levantine, Strong),
    m("تشرين الثاني", 11, Levantine, Strong),
    m("كانون الأول", 12, Levantine, Strong),
    // Algeria and Tunisia (from French). Source: Arabic Wikipedia, "الأشهر الميلادية".
    m("جانفي", 1, Maghrebi, Strong),
    m("فيفري", 2, Maghrebi, Strong),
    m("أفريل", 4, Maghrebi, Strong),
    m("جوان", 6, Maghrebi, Medium),
    m("جويلية", 7, Maghrebi, Strong),
    m("جويليه", 7, Maghrebi, Strong),
    m("أوت", 8, Maghrebi, Medium),
    // English, for the Latin banners of Persian and Arabic sites.
    m("january", 1, GregorianEnglish, Medium),
    m("february", 2, GregorianEnglish, Medium),
    m("march", 3, GregorianEnglish, Weak),
    m("april", 4, GregorianEnglish, Medium),
    m("may", 5, GregorianEnglish, Weak),
    m("june", 6, GregorianEnglish, Medium),
    m("july", 7, GregorianEnglish, Medium),
    m("august", 8, GregorianEnglish, Medium),
    m("september", 9, GregorianEnglish, Medium),
    m("october", 10, GregorianEnglish, Medium),
    m("november", 11, GregorianEnglish, Medium),
    m("december", 12, GregorianEnglish, Medium),
    m("jan", 1, GregorianEnglish, Weak),
    m("feb", 2, GregorianEnglish, Weak),
    m("mar", 3, GregorianEnglish, Weak),
    m("apr", 4, GregorianEnglish, Weak),
    m("jun", 6, GregorianEnglish, Weak),
    m("jul", 7, GregorianEnglish, Weak),
    m("aug", 8, GregorianEnglish, Weak),
    m("sep", 9, GregorianEnglish, Weak),
    m("sept", 9, GregorianEnglish, Weak),
    m("oct", 10, GregorianEnglish, Weak),
    m("nov", 11, GregorianEnglish, Weak),
    m("dec", 12, GregorianEnglish, Weak),
    // Iran's months in Latin letters: jdatetime's `j_months_en` and `j_months_short_en`.
    m("farvardin", 1, IranSolarLatin, Medium),
    m("ordibehesht", 2, IranSolarLatin, Medium),
    m("khordad", 3, IranSolarLatin, Medium),
    m("tir", 4, IranSolarLatin, Weak),
    m("mordad", 5, IranSolarLatin, Medium),
    m("shahrivar", 6, IranSolarLatin, Medium),
    m("mehr", 7, IranSolarLatin, Weak),
    m("aban", 8, IranSolarLatin, Medium),
    m("azar", 9, IranSolarLatin, Medium),
    m("dey", 10, IranSolarLatin, Weak),
    m("bahman", 11, IranSolarLatin, Medium),
    m("esfand", 12, IranSolarLatin, Medium),
    m("far", 1, IranSolarLatin, Weak),
    m("ord", 2, IranSolarLatin, Weak),
    m("kho", 3, IranSolarLatin, Weak),
    m("mor", 5, IranSolarLatin, Weak),
    m("sha", 6, IranSolarLatin, Weak),
    m("meh", 7, IranSolarLatin, Weak),
    m("aba", 8, IranSolarLatin, Weak),
    m("aza", 9, IranSolarLatin, Weak),
    m("bah", 11, IranSolarLatin, Weak),
    m("esf", 12, IranSolarLatin, Weak),
    // Lunar Hijri months. Source: the Umm al-Qura calendar's month names (Arabic) and the
    // spellings of the Iranian calendar's religious dates (Persian: ربیع‌الثانی, ذی‌القعده).
    m("محرم", 1, Hijri, Medium),
    m("المحرم", 1, Hijri, Medium),
    m("صفر", 2, Hijri, Weak),
    m("ربيع الأول", 3, Hijri, Strong),
    m("ربيع أول", 3, Hijri, Strong),
    m("ربيع الثاني", 4, Hijri, Strong),
    m("ربيع الآخر", 4, Hijri, Strong),
    m("ربيع ثاني", 4, Hijri, Strong),
    m("جمادى الأولى", 5, Hijri, Strong),
    m("جمادى الأول", 5, Hijri, Strong),
    m("جمادى الآخرة", 6, Hijri, Strong),
    m("جمادى الآخر", 6, Hijri, Strong),
    m("جمادى الثانية", 6, Hijri, Strong),
    m("جمادى الثاني", 6, Hijri, Strong),
    m("رجب", 7, Hijri, Medium),
    m("شعبان", 8, Hijri, Medium),
    m("رمضان", 9, Hijri, Medium),
    m("شوال", 10, Hijri, Strong),
    m("ذو القعدة", 11, Hijri, Strong),
    m("ذي القعدة", 11, Hijri, Strong),
    m("ذو الحجة", 12, Hijri, Strong),
    m("ذي الحجة", 12, Hijri, Strong),
];

/// `كانون` and `تشرين` with a numeral (`كانون 2`, `تشرين 1`), as Syrian and Iraqi papers write
/// them: (name, number written, month). Source: dateparser issue #1038 and its ar-SY locale.
pub static NUMBERED_LEVANTINE: &[(&str, u8, u8)] = &[("كانون", 2, 1), ("كانون", 1, 12), ("تشرين", 1, 10), ("تشرين", 2, 11)];

/// Words that say "month" before a month name and let any name count (`ماه مه`, `شهر رمضان`).
pub static MONTH_WORDS: &[&str] = &["ماه", "شهر"];
