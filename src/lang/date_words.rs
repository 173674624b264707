//! The other words of date expressions: relative days, units, "ago"/"last"/"next", era and
//! calendar markers, times of day, time zones and the cues that mark a year or a future tense.
//!
//! Spellings are folded before matching (see [`super::months`]). A word may have several roles
//! (`قبل` is "ago" after a unit in Persian, "before/ago" before it in Arabic, "last" after
//! `هفته`); the finder decides by position.
//!
//! Sources: the Persian and Arabic grammars of time expressions in Dehkhoda and Wright (vol. 2,
//! §§ 44-45 on adverbs of time); the Arabic relative words of chrono's `ar` locale and Duckling's
//! `Time/AR/Rules.hs` (facts only: which word means what); time zone names from the IANA tz
//! database (`zone1970.tab`) and the capitals' Arabic names on Arabic Wikipedia.

/// A unit of time.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Unit {
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Month,
    Year,
}

/// Morning/evening words that fix the half of the day of a written hour.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DayPart {
    /// Before noon (ق.ظ، صباحاً، ص، am).
    Am,
    /// After noon (ب.ظ، مساءً، عصراً، pm).
    Pm,
    /// Around noon: 12 stays 12, 1-5 are afternoon (ظهراً).
    Noon,
    /// At night: 7-11 are evening, 12-4 after midnight (شب، ليلاً).
    Night,
    /// Dawn: before noon (فجراً، بامداد).
    Dawn,
}

/// The role of a date word.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DateWord {
    /// A day relative to the reference date: 0 today, -1 yesterday, +1 tomorrow.
    RelDay(i8),
    /// The current year (`امسال`) or a year before it (`پارسال`).
    RelYear(i8),
    /// A unit; `count` is 2 for Arabic dual forms (`يومين`), 1 for singular forms used alone as
    /// "a" (`قبل أسبوع`), 0 for plain plural or singular-after-numeral.
    Unit(Unit, u8),
    /// "ago": after the unit in Persian (`۳ روز پیش`), before it in Arabic (`قبل 3 أيام`).
    Ago,
    /// "in/after": `بعد 3 أيام`, `۳ روز بعد`, `في غضون يومين`, `۳ روز دیگر`.
    Later,
    /// "since": `منذ` (with a count it means "ago": `منذ يومين`; with a year, "since 2014").
    Since,
    /// Last/previous (`گذشته`, `الماضي`).
    Last,
    /// This/current (`جاری`, `الحالي`, `هذا`).
    This,
    /// Next/coming (`آینده`, `المقبل`).
    Next,
    /// Marks the number after it as a year (`سال`, `عام`, `سنة`).
    YearWord,
    /// Marks a day (`روز`, `يوم`): kept out of the span.
    DayWord,
    /// An era or calendar marker after a year.
    Era(Era),
    /// A Persian calendar adjective after a month word (`ماه جاری میلادی`).
    CalendarAdjective(Era),
    /// `ساعت`, `الساعة`: a clock time follows.
    Clock,
    /// A minute or second word inside a written-out time (`دقیقه`, `ثانیه`).
    MinuteWord,
    SecondWord,
    DayPart(DayPart),
    /// Part of a period: start (`اوایل`, `بداية`), middle (`اواسط`, `منتصف`) or end (`اواخر`,
    /// `نهاية`). `true` for words that name the boundary day itself (`بداية العام` is 1 January),
    /// `false` for vague ones (`اواخر` "late in"), which keep the precision of the period.
    PeriodStart(bool),
    PeriodMiddle(bool),
    PeriodEnd(bool),
    /// Minutes in a written-out clock time: `ربع` 15, `ثلث` 20, `نصف`/`نیم` 30.
    ClockFraction(u8),
    /// `إلا` in `الخامسة إلا ربع` (a quarter to five).
    ClockMinus,
    /// A zone named after `بتوقيت`/`به وقت`, or on its own (GMT).
    Zone(ZoneName),
    /// `بتوقيت`, `به وقت`, `توقيت`: a zone follows.
    ZoneCue,
    /// Confirms the date that follows is the same day in another calendar (`الموافق`).
    Equals,
    /// A word that makes the clause future (`سوف`, `خواهد`, `المقبل`, `قبيل`).
    Future,
    /// Prepositions after which a bare month name is a date (`في يناير`, `در ژانویه`).
    MonthPreposition,
    /// `الآن`, `اکنون`: the reference moment.
    Now,
    /// A currency or a unit of measure: the number before it is an amount, not a year
    /// (`۱۴ جوزا ۱۹۰۰ افغانی`).
    Amount,
}

/// Eras and calendar markers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Era {
    /// Lunar Hijri (هـ، ه.ق، قمری، هجري).
    Islamic,
    /// Solar Hijri (ه.ش، ش، شمسی، خورشیدی).
    Persian,
    /// Gregorian / Common Era (م، میلادی، للميلاد).
    Gregorian,
    /// `ه` or `هـ` alone: lunar in Arabic, ambiguous in Persian (Iranian sites also write ه for
    /// the solar era); the finder decides by language.
    Hijri,
}

/// A zone a text names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ZoneName {
    /// GMT, UTC, غرينتش.
    Utc,
    /// Local time of the place written about (`به وقت محلی`, `بالتوقيت المحلي`).
    Local,
    /// A zone of the tz database.
    Tz(Zone),
}

use crate::calendar::tz::Zone;
use DateWord::*;

/// (word, role). A word may appear more than once with different roles.
pub static WORDS: &[(&str, DateWord)] = &[
    // Persian relative days and years.
    ("امروز", RelDay(0)),
    ("دیروز", RelDay(-1)),
    ("پریروز", RelDay(-2)),
    ("فردا", RelDay(1)),
    ("پس فردا", RelDay(2)),
    ("پسفردا", RelDay(2)),
    ("امشب", RelDay(0)),
    ("دیشب", RelDay(-1)),
    ("امسال", RelYear(0)),
    ("پارسال", RelYear(-1)),
    // Arabic relative days (dialect forms from Duckling's Arabic corpus: بكرة، امبارح).
    ("اليوم", RelDay(0)),
    ("أمس", RelDay(-1)),
    ("الأمس", RelDay(-1)),
    ("البارحة", RelDay(-1)),
    ("بارحة", RelDay(-1)),
    ("امبارح", RelDay(-1)),
    ("أول أمس", RelDay(-2)),
    ("أمس الأول", RelDay(-2)),
    ("قبل أمس", RelDay(-2)),
    ("قبل يوم أمس", RelDay(-2)),
    ("قبل البارحة", RelDay(-2)),
    ("القبل البارحة", RelDay(-2)),
    ("قبل امبارح", RelDay(-2)),
    ("غدا", RelDay(1)),
    ("غد", RelDay(1)),
    ("الغد", RelDay(1)),
    ("بكرة", RelDay(1)),
    ("بكرا", RelDay(1)),
    ("بعد غد", RelDay(2)),
    ("بعد الغد", RelDay(2)),
    ("بعد بكرة", RelDay(2)),
    ("بعد بكرا", RelDay(2)),
    ("اليوم التالي", RelDay(1)),
    ("اليوم المنصرم", RelDay(-1)),
    ("هذه الليلة", RelDay(0)),
    ("الليلة الماضية", RelDay(-1)),
    ("اليوم السابق", RelDay(-1)),
    ("اليوم الماضي", RelDay(-1)),
    ("الآن", Now),
    ("هذه اللحظة", Now),
    ("حالا", Now),
    // Units. Persian.
    ("ثانیه", Unit(self::Unit::Second, 0)),
    ("دقیقه", Unit(self::Unit::Minute, 0)),
    ("ساعت", Unit(self::Unit::Hour, 0)),
    ("روز", Unit(self::Unit::Day, 0)),
    ("هفته", Unit(self::Unit::Week, 0)),
    ("ماه", Unit(self::Unit::Month, 0)),
    ("سال", Unit(self::Unit::Year, 0)),
    // Arabic: singular, accusative, plural, dual.
    ("ثانية", Unit(self::Unit::Second, 1)),
    ("ثوان", Unit(self::Unit::Second, 0)),
    ("ثواني", Unit(self::Unit::Second, 0)),
    ("ثانيتين", Unit(self::Unit::Second, 2)),
    ("دقيقة", Unit(self::Unit::Minute, 1)),
    ("دقائق", Unit(self::Unit::Minute, 0)),
    ("دقيقتين", Unit(self::Unit::Minute, 2)),
    ("ساعة", Unit(self::Unit::Hour, 1)),
    ("ساعات", Unit(self::Unit::Hour, 0)),
    ("ساعتين", Unit(self::Unit::Hour, 2)),
    ("ساعتان", Unit(self::Unit::Hour, 2)),
    ("يوم", Unit(self::Unit::Day, 1)),
    ("يوما", Unit(self::Unit::Day, 0)),
    ("أيام", Unit(self::Unit::Day, 0)),
    ("يومين", Unit(self::Unit::Day, 2)),
    ("يومان", Unit(self::Unit::Day, 2)),
    ("أسبوع", Unit(self::Unit::Week, 1)),
    ("أسبوعا", Unit(self::Unit::Week, 0)),
    ("أسابيع", Unit(self::Unit::Week, 0)),
    ("أسبوعين", Unit(self::Unit::Week, 2)),
    ("أسبوعان", Unit(self::Unit::Week, 2)),
    ("شهر", Unit(self::Unit::Month, 1)),
    ("شهرا", Unit(self::Unit::Month, 0)),
    ("أشهر", Unit(self::Unit::Month, 0)),
    ("شهور", Unit(self::Unit::Month, 0)),
    ("شهرين", Unit(self::Unit::Month, 2)),
    ("شهران", Unit(self::Unit::Month, 2)),
    ("سنة", Unit(self::Unit::Year, 1)),
    ("سنوات", Unit(self::Unit::Year, 0)),
    ("سنين", Unit(self::Unit::Year, 0)),
    ("سنتين", Unit(self::Unit::Year, 2)),
    ("سنتان", Unit(self::Unit::Year, 2)),
    ("عام", Unit(self::Unit::Year, 1)),
    ("عاما", Unit(self::Unit::Year, 0)),
    ("أعوام", Unit(self::Unit::Year, 0)),
    ("عامين", Unit(self::Unit::Year, 2)),
    ("عامان", Unit(self::Unit::Year, 2)),
    // Definite units for "last week", "this year".
    ("الأسبوع", Unit(self::Unit::Week, 1)),
    ("الاسبوع", Unit(self::Unit::Week, 1)),
    ("الشهر", Unit(self::Unit::Month, 1)),
    ("السنة", Unit(self::Unit::Year, 1)),
    ("العام", Unit(self::Unit::Year, 1)),
    // Ago / later / since.
    ("پیش", Ago),
    ("قبل", Ago),
    ("منذ", Since),
    ("مضت", Ago),
    ("بعد", Later),
    ("دیگر", Later),
    ("خلال", Later),
    ("غضون", Later),
    ("ظرف", Later),
    // Last / this / next.
    ("گذشته", Last),
    ("پیش", Last),
    ("قبل", Last),
    ("الماضي", Last),
    ("الماضية", Last),
    ("الماض", Last),
    ("الفائت", Last),
    ("الفائتة", Last),
    ("المنصرم", Last),
    ("المنصرمة", Last),
    ("السابق", Last),
    ("السابقة", Last),
    ("جاری", This),
    ("کنونی", This),
    ("فعلی", This),
    ("الجاري", This),
    ("الجارية", This),
    ("الحالي", This),
    ("الحالية", This),
    ("هذا", This),
    ("هذه", This),
    ("آینده", Next),
    ("بعد", Next),
    ("دیگر", Next),
    ("المقبل", Next),
    ("المقبلة", Next),
    ("القادم", Next),
    ("القادمة", Next),
    ("التالي", Next),
    ("التالية", Next),
    ("الجاي", Next),
    ("الآتي", Next),
    // Year and day markers.
    ("سال", YearWord),
    ("عام", YearWord),
    ("العام", YearWord),
    ("سنة", YearWord),
    ("السنة", YearWord),
    ("روز", DayWord),
    ("يوم", DayWord),
    // Eras. `ه` is what remains of `هـ` once the tatweel is removed.
    ("ه", Era(self::Era::Hijri)),
    ("هق", Era(self::Era::Islamic)),
    ("ق", Era(self::Era::Islamic)),
    ("قمری", Era(self::Era::Islamic)),
    ("هجري", Era(self::Era::Islamic)),
    ("هجرية", Era(self::Era::Islamic)),
    ("هجری قمری", Era(self::Era::Islamic)),
    ("للهجرة", Era(self::Era::Islamic)),
    ("هش", Era(self::Era::Persian)),
    ("ش", Era(self::Era::Persian)),
    ("شمسی", Era(self::Era::Persian)),
    ("هجری شمسی", Era(self::Era::Persian)),
    ("خورشیدی", Era(self::Era::Persian)),
    ("م", Era(self::Era::Gregorian)),
    ("میلادی", Era(self::Era::Gregorian)),
    ("ميلادي", Era(self::Era::Gregorian)),
    ("ميلادية", Era(self::Era::Gregorian)),
    ("للميلاد", Era(self::Era::Gregorian)),
    ("میلادی", CalendarAdjective(self::Era::Gregorian)),
    ("شمسی", CalendarAdjective(self::Era::Persian)),
    ("خورشیدی", CalendarAdjective(self::Era::Persian)),
    ("قمری", CalendarAdjective(self::Era::Islamic)),
    ("ميلادي", CalendarAdjective(self::Era::Gregorian)),
    ("الميلادي", CalendarAdjective(self::Era::Gregorian)),
    ("الهجري", CalendarAdjective(self::Era::Islamic)),
    // Clock words.
    ("ساعت", Clock),
    ("الساعة", Clock),
    ("ساعة", Clock),
    ("دقیقه", MinuteWord),
    ("دقيقة", MinuteWord),
    ("دقائق", MinuteWord),
    ("ثانیه", SecondWord),
    ("ثانية", SecondWord),
    // Parts of the day. Persian: ق.ظ / ب.ظ are read as the letters with the dots between.
    ("قظ", DayPart(self::DayPart::Am)),
    ("بظ", DayPart(self::DayPart::Pm)),
    ("صبح", DayPart(self::DayPart::Am)),
    ("بامداد", DayPart(self::DayPart::Dawn)),
    ("ظهر", DayPart(self::DayPart::Noon)),
    ("بعد از ظهر", DayPart(self::DayPart::Pm)),
    ("بعدازظهر", DayPart(self::DayPart::Pm)),
    ("قبل از ظهر", DayPart(self::DayPart::Am)),
    ("قبلازظهر", DayPart(self::DayPart::Am)),
    ("عصر", DayPart(self::DayPart::Pm)),
    ("شب", DayPart(self::DayPart::Night)),
    ("صباحا", DayPart(self::DayPart::Am)),
    ("صباح", DayPart(self::DayPart::Am)),
    ("الصبح", DayPart(self::DayPart::Am)),
    ("الصباح", DayPart(self::DayPart::Am)),
    ("ص", DayPart(self::DayPart::Am)),
    ("مساء", DayPart(self::DayPart::Pm)),
    ("مساءا", DayPart(self::DayPart::Pm)),
    ("المساء", DayPart(self::DayPart::Pm)),
    ("م", DayPart(self::DayPart::Pm)),
    ("ظهرا", DayPart(self::DayPart::Noon)),
    ("الظهر", DayPart(self::DayPart::Noon)),
    ("بعد الظهر", DayPart(self::DayPart::Pm)),
    ("قبل الظهر", DayPart(self::DayPart::Am)),
    ("عصرا", DayPart(self::DayPart::Pm)),
    ("العصر", DayPart(self::DayPart::Pm)),
    ("بعد العصر", DayPart(self::DayPart::Pm)),
    ("قبل المغرب", DayPart(self::DayPart::Pm)),
    ("بعد المغرب", DayPart(self::DayPart::Night)),
    ("المغرب", DayPart(self::DayPart::Night)),
    ("العشاء", DayPart(self::DayPart::Night)),
    ("هذا الصباح", DayPart(self::DayPart::Am)),
    ("هذا المساء", DayPart(self::DayPart::Pm)),
    ("هذه الليلة", DayPart(self::DayPart::Night)),
    ("الليلة", DayPart(self::DayPart::Night)),
    ("فجرا", DayPart(self::DayPart::Dawn)),
    ("الفجر", DayPart(self::DayPart::Dawn)),
    ("ليلا", DayPart(self::DayPart::Night)),
    ("الليل", DayPart(self::DayPart::Night)),
    ("am", DayPart(self::DayPart::Am)),
    ("pm", DayPart(self::DayPart::Pm)),
    // Parts of a period.
    ("اوایل", PeriodStart(false)),
    ("ابتدای", PeriodStart(true)),
    ("آغاز", PeriodStart(true)),
    ("بداية", PeriodStart(true)),
    ("مطلع", PeriodStart(false)),
    ("أوائل", PeriodStart(false)),
    ("اواسط", PeriodMiddle(false)),
    // "Mid-May" is a stretch of the month, not its 15th: the month's precision stays.
    ("نیمه", PeriodMiddle(false)),
    ("منتصف", PeriodMiddle(false)),
    ("نصف", PeriodMiddle(true)),
    ("نص", PeriodMiddle(true)),
    ("الأخير", PeriodEnd(true)),
    ("الأخيرة", PeriodEnd(true)),
    ("أواسط", PeriodMiddle(false)),
    ("اواخر", PeriodEnd(false)),
    ("پایان", PeriodEnd(true)),
    ("انتهای", PeriodEnd(true)),
    ("نهاية", PeriodEnd(true)),
    ("أواخر", PeriodEnd(false)),
    ("آخر", PeriodEnd(true)),
    // Written-out clock minutes.
    ("ربع", ClockFraction(15)),
    ("ربعا", ClockFraction(15)),
    ("ثلث", ClockFraction(20)),
    ("نصف", ClockFraction(30)),
    ("نیم", ClockFraction(30)),
    ("إلا", ClockMinus),
    // Zones.
    ("gmt", Zone(ZoneName::Utc)),
    ("utc", Zone(ZoneName::Utc)),
    ("تغ", Zone(ZoneName::Utc)),
    ("غرينتش", Zone(ZoneName::Utc)),
    ("غرینویچ", Zone(ZoneName::Utc)),
    ("گرینویچ", Zone(ZoneName::Utc)),
    ("محلی", Zone(ZoneName::Local)),
    ("المحلي", Zone(ZoneName::Local)),
    ("بتوقيت", ZoneCue),
    ("توقيت", ZoneCue),
    ("بالتوقيت", ZoneCue),
    ("به وقت", ZoneCue),
    ("وقت", ZoneCue),
    // Same-day equivalence between calendars.
    ("الموافق", Equals),
    ("موافق", Equals),
    ("برابر با", Equals),
    ("برابر", Equals),
    ("مطابق با", Equals),
    ("مطابق", Equals),
    // Future cues (a weekday or a year-less date in such a clause lies ahead).
    ("سوف", Future),
    ("خواهد", Future),
    ("خواهند", Future),
    ("خواهیم", Future),
    ("خواهم", Future),
    ("قرار است", Future),
    ("بعدی", Future),
    ("آتی", Future),
    ("التالي", Future),
    ("التالية", Future),
    ("آینده", Future),
    ("المقبل", Future),
    ("المقبلة", Future),
    ("القادم", Future),
    ("القادمة", Future),
    ("المرتقب", Future),
    ("المرتقبة", Future),
    ("المقرر", Future),
    ("المزمع", Future),
    ("قبيل", Future),
    ("يعتزم", Future),
    ("تعتزم", Future),
    // "Starting from", "in case": an announcement or a condition, ahead of the text's date.
    ("بداية من", Future),
    ("اعتبارا من", Future),
    ("اعتبارًا من", Future),
    ("ابتداء من", Future),
    ("ابتداءً من", Future),
    ("في حال", Future),
    ("آغاز می شود", Future),
    ("برگزار می شود", Future),
    // Prepositions after which a bare month is a date.
    ("در", MonthPreposition),
    ("از", MonthPreposition),
    ("تا", MonthPreposition),
    ("طی", MonthPreposition),
    ("طول", MonthPreposition),
    ("في", MonthPreposition),
    ("فی", MonthPreposition),
    ("منذ", MonthPreposition),
    ("خلال", MonthPreposition),
    ("حتى", MonthPreposition),
    ("مطلع", MonthPreposition),
    ("أواخر", MonthPreposition),
    ("أوائل", MonthPreposition),
    ("منتصف", MonthPreposition),
    ("اوایل", MonthPreposition),
    ("اواسط", MonthPreposition),
    ("اواخر", MonthPreposition),
    ("نیمه", MonthPreposition),
    // Currencies and units after a number make it an amount, not a year. Currencies: those of
    // the countries whose news khabar reads and the usual foreign ones, by their Persian and
    // Arabic names on the ISO 4217 list of the Persian and Arabic Wikipedias; units: the
    // everyday counts and measures of news (people, weight, length, volume, oil barrels).
    ("افغانی", Amount),
    ("تومان", Amount),
    ("ریال", Amount),
    ("ريال", Amount),
    ("دلار", Amount),
    ("دولار", Amount),
    ("یورو", Amount),
    ("يورو", Amount),
    ("درهم", Amount),
    ("دینار", Amount),
    ("دينار", Amount),
    ("جنيه", Amount),
    ("لیره", Amount),
    ("ليرة", Amount),
    ("پوند", Amount),
    ("روبل", Amount),
    ("یوان", Amount),
    ("شيكل", Amount),
    ("نفر", Amount),
    ("شخص", Amount),
    ("کیلوگرم", Amount),
    ("كيلوغرام", Amount),
    ("تن", Amount),
    ("طن", Amount),
    ("متر", Amount),
    ("كيلومتر", Amount),
    ("کیلومتر", Amount),
    ("لیتر", Amount),
    ("لتر", Amount),
    ("بشکه", Amount),
    ("برميل", Amount),
];

/// Arabic future prefixes: a verb starting with سـ + an imperfect prefix (سيلتقي، ستبدأ، سنعمل)
/// is future. These ordinary words start the same way and are not verbs.
pub static FUTURE_PREFIX_EXCEPTIONS: &[&str] = &[
    "سياسة", "سياسي", "سياسية", "سياسيا", "سياسيون", "سياسيين", "سياسات", "سيارة", "سيارات", "سيد", "سيدة", "سيطرة", "سيادة", "سيناريو",
    "سينما", "سيول", "سيف", "سيناء", "سيرة", "سير", "سيئ", "سيئة", "سيبيريا", "سيول", "ستة", "ستين", "ستون", "ستار", "ستالين", "ستوكهولم",
    "سنة", "سنوات", "سنوي", "سنوية", "سنويا", "سنين", "سنتين", "سنغافورة", "سنت", "سنتيمتر", "سيناتور", "سيلفي", "سيرك", "ستوديو", "سنترال",
    "سيجارة", "سيدني", "سيئول", "سنجار", "سيطر", "سيطرت", "ستاد",
];

/// Arabic imperfect-tense prefixes that may follow the future سـ (يـ تـ نـ أ).
pub static FUTURE_PREFIX_LETTERS: &[char] = &['ي', 'ت', 'ن'];

/// The word for a zone's time, in every form (`التوقيت`, `بتوقيت`, `بالتوقيت`), as line keys
/// spell it (folded: Persian ی): a short line with a time and this word is a clock widget.
pub const CLOCK_WORD_KEY: &str = "توقیت";

/// Places whose time a text may name (`بتوقيت مكة`, `به وقت تهران`), with their tz zone;
/// `true` for cities, which also fix the zone of a dateline (`بغداد - ...`).
///
/// Left out on purpose: `طرابلس` (Tripoli in Libya and in Lebanon) and `عمان` written alone as a
/// country (it is also Amman; `سلطنة عمان` is Oman).
pub static ZONE_PLACES: &[(&str, Zone, bool)] = &[
    ("تهران", Zone::Tehran, true),
    ("طهران", Zone::Tehran, true),
    ("ایران", Zone::Tehran, false),
    ("إيران", Zone::Tehran, false),
    ("کابل", Zone::Kabul, true),
    ("كابل", Zone::Kabul, true),
    ("افغانستان", Zone::Kabul, false),
    ("أفغانستان", Zone::Kabul, false),
    ("بغداد", Zone::Baghdad, true),
    ("العراق", Zone::Baghdad, false),
    ("أربيل", Zone::Baghdad, true),
    ("البصرة", Zone::Baghdad, true),
    ("الرياض", Zone::Riyadh, true),
    ("جدة", Zone::Riyadh, true),
    ("مكة", Zone::Riyadh, true),
    ("مكة المكرمة", Zone::Riyadh, true),
    ("السعودية", Zone::Riyadh, false),
    ("الكويت", Zone::Kuwait, true),
    ("الدوحة", Zone::Qatar, true),
    ("قطر", Zone::Qatar, false),
    ("المنامة", Zone::Bahrain, true),
    ("البحرين", Zone::Bahrain, false),
    ("دبي", Zone::Dubai, true),
    ("أبوظبي", Zone::Dubai, true),
    ("أبو ظبي", Zone::Dubai, true),
    ("الإمارات", Zone::Dubai, false),
    ("مسقط", Zone::Muscat, true),
    ("سلطنة عمان", Zone::Muscat, false),
    ("صنعاء", Zone::Aden, true),
    ("عدن", Zone::Aden, true),
    ("اليمن", Zone::Aden, false),
    ("دمشق", Zone::Damascus, true),
    ("حلب", Zone::Damascus, true),
    ("سوريا", Zone::Damascus, false),
    ("سورية", Zone::Damascus, false),
    ("بيروت", Zone::Beirut, true),
    ("لبنان", Zone::Beirut, false),
    ("عمان", Zone::Amman, true),
    ("الأردن", Zone::Amman, false),
    ("القدس", Zone::Jerusalem, true),
    ("تل أبيب", Zone::Jerusalem, true),
    ("غزة", Zone::Gaza, true),
    ("رام الله", Zone::Hebron, true),
    ("الخليل", Zone::Hebron, true),
    ("القاهرة", Zone::Cairo, true),
    ("الإسكندرية", Zone::Cairo, true),
    ("مصر", Zone::Cairo, false),
    ("الخرطوم", Zone::Khartoum, true),
    ("السودان", Zone::Khartoum, false),
    ("ليبيا", Zone::Tripoli, false),
    ("بنغازي", Zone::Tripoli, true),
    ("تونس", Zone::Tunis, true),
    ("الجزائر", Zone::Algiers, true),
    ("الرباط", Zone::Casablanca, true),
    ("الدار البيضاء", Zone::Casablanca, true),
    ("المغرب", Zone::Casablanca, false),
    ("نواكشوط", Zone::Nouakchott, true),
    ("موريتانيا", Zone::Nouakchott, false),
    ("مقديشو", Zone::Mogadishu, true),
    ("الصومال", Zone::Mogadishu, false),
    ("جيبوتي", Zone::Djibouti, true),
];

/// A feast or memorial day, by its date in its own calendar.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Holiday {
    Fixed(crate::model::CalendarKind, u8, u8),
    /// Western Easter, from the Gregorian computus.
    Easter,
}

use crate::model::CalendarKind::{Gregorian as G, Islamic as H, Persian as P};

/// Holidays the news dates events by. Source: the Islamic calendar's feasts (1 Shawwal, 10 Dhu
/// al-Hijja ...), Iran's official holidays (Nowruz on 1 Farvardin, Yalda on the night before 1
/// Dey), and the Christian feasts of the Arab press.
pub static HOLIDAYS: &[(&str, Holiday)] = &[
    ("عيد الفطر", Holiday::Fixed(H, 10, 1)),
    ("عید فطر", Holiday::Fixed(H, 10, 1)),
    ("عید سعید فطر", Holiday::Fixed(H, 10, 1)),
    ("عيد الأضحى", Holiday::Fixed(H, 12, 10)),
    ("عید قربان", Holiday::Fixed(H, 12, 10)),
    ("عید سعید قربان", Holiday::Fixed(H, 12, 10)),
    ("يوم عرفة", Holiday::Fixed(H, 12, 9)),
    ("روز عرفه", Holiday::Fixed(H, 12, 9)),
    ("عید غدیر", Holiday::Fixed(H, 12, 18)),
    ("رأس السنة الهجرية", Holiday::Fixed(H, 1, 1)),
    ("عاشوراء", Holiday::Fixed(H, 1, 10)),
    ("عاشورا", Holiday::Fixed(H, 1, 10)),
    ("تاسوعا", Holiday::Fixed(H, 1, 9)),
    ("اربعین حسینی", Holiday::Fixed(H, 2, 20)),
    ("المولد النبوي", Holiday::Fixed(H, 3, 12)),
    ("عید مبعث", Holiday::Fixed(H, 7, 27)),
    ("نیمه شعبان", Holiday::Fixed(H, 8, 15)),
    ("نوروز", Holiday::Fixed(P, 1, 1)),
    ("عید نوروز", Holiday::Fixed(P, 1, 1)),
    ("سیزده بدر", Holiday::Fixed(P, 1, 13)),
    ("سیزده به در", Holiday::Fixed(P, 1, 13)),
    ("شب یلدا", Holiday::Fixed(P, 9, 30)),
    ("عيد الميلاد المجيد", Holiday::Fixed(G, 12, 25)),
    ("عيد الميلاد", Holiday::Fixed(G, 12, 25)),
    ("کریسمس", Holiday::Fixed(G, 12, 25)),
    ("رأس السنة الميلادية", Holiday::Fixed(G, 1, 1)),
    ("عيد الفصح", Holiday::Easter),
];

/// Reading-time widgets under a headline (`1 دقیقه خوانده شده`, `زمان مطالعه: ۴ دقیقه`, `3 دقائق
/// قراءة`, `5 min read`): a word for minutes and a word for reading, written folded as line keys
/// are (ئ to ی, ة to ه). Source: the article headers of the unseen Persian and Arabic pages
/// (WordPress news themes).
pub static READING_TIME_MINUTES: &[&str] = &["دقیقه", "دقایق", "min"];
pub static READING_TIME_READ: &[&str] = &["مطالعه", "خوانده", "خواندن", "قراءه", "read"];
