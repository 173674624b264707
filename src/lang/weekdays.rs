//! Weekday names: Persian (the same in Iran and Afghanistan), Arabic and English.
//!
//! Index 0 is Monday, as in ISO 8601 and [`crate::calendar::Weekday::index`]. Spellings are
//! folded before matching (see [`super::months`]); a name written with a space also matches when
//! joined, so `پنج شنبه` covers `پنجشنبه` and `پنج‌شنبه`.
//!
//! Source: the Dehkhoda dictionary entries for the Persian days (شنبه is Saturday, یکشنبه
//! Sunday, دوشنبه Monday — note dateparser's `fa.py` wrongly lists `دو شنبه` under Saturday),
//! Arabic Wikipedia "أيام الأسبوع" for Arabic.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WeekdayName {
    pub name: &'static str,
    /// 0 = Monday ... 6 = Sunday.
    pub weekday: u8,
    /// The name is also an ordinary word without `يوم` in front or a date beside it
    /// (`أحد` "someone", `اثنين` "two", `خميس` a given name).
    pub needs_cue: bool,
}

const fn w(name: &'static str, weekday: u8) -> WeekdayName {
    WeekdayName { name, weekday, needs_cue: false }
}

const fn cue(name: &'static str, weekday: u8) -> WeekdayName {
    WeekdayName { name, weekday, needs_cue: true }
}

pub static WEEKDAYS: &[WeekdayName] = &[
    // Persian and Dari.
    w("دوشنبه", 0),
    w("دو شنبه", 0),
    w("سه شنبه", 1),
    w("سشنبه", 1),
    w("چهارشنبه", 2),
    w("چهار شنبه", 2),
    w("پنج شنبه", 3),
    w("جمعه", 4),
    w("آدینه", 4),
    w("شنبه", 5),
    w("یکشنبه", 6),
    w("یک شنبه", 6),
    // Arabic, with the article (the usual form) and without it after يوم or a numeral.
    w("الاثنين", 0),
    w("الإثنين", 0),
    w("الأثنين", 0),
    cue("اثنين", 0),
    cue("إثنين", 0),
    w("الثلاثاء", 1),
    cue("ثلاثاء", 1),
    w("الأربعاء", 2),
    cue("أربعاء", 2),
    w("الخميس", 3),
    cue("خميس", 3),
    w("الجمعة", 4),
    cue("جمعة", 4),
    w("السبت", 5),
    cue("سبت", 5),
    w("الأحد", 6),
    cue("أحد", 6),
    // English.
    w("monday", 0),
    w("tuesday", 1),
    w("wednesday", 2),
    w("thursday", 3),
    w("friday", 4),
    w("saturday", 5),
    w("sunday", 6),
    // Their three-letter abbreviations (`Tue, Jan 07 2025`), only before a date.
    cue("mon", 0),
    cue("tue", 1),
    cue("wed", 2),
    cue("thu", 3),
    cue("fri", 4),
    cue("sat", 5),
    cue("sun", 6),
];
