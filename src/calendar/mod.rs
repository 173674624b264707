//! Calendars: Solar Hijri, Gregorian and lunar Hijri, converting through a shared day number.
//!
//! Each calendar lives in its own module and knows only how to go to and from the day number
//! ([`RataDie`]: day 1 is 1 January 1 CE, proleptic Gregorian). Conversions between calendars go
//! through it, as in ICU4X and *Calendrical Calculations*.
//!
//! ```
//! use khabar::calendar::{Date, convert};
//! use khabar::CalendarKind;
//! let tir = Date::new(CalendarKind::Persian, 1400, 4, 26).unwrap();
//! let g = convert(tir, CalendarKind::Gregorian);
//! assert_eq!((g.year, g.month, g.day), (2021, 7, 17));
//! ```

pub mod gregorian;
pub mod islamic;
pub mod persian;
pub mod tz;
mod tz_data;
mod ummalqura_data;

pub use crate::model::CalendarKind;
use crate::error::{Error, ErrorCode};

/// A day count: R.D. 1 is 1 January 1 CE (proleptic Gregorian).
pub type RataDie = i64;

/// Day numbers of 1 January 1 CE and 31 December 3000 CE: the range khabar supports.
pub const MIN_RATA_DIE: RataDie = 1;
pub const MAX_RATA_DIE: RataDie = gregorian::to_rata_die(3000, 12, 31);

/// A valid date in one of the three calendars.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Date {
    pub calendar: CalendarKind,
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

/// Days of the week, Monday first as in ISO 8601.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Weekday {
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    Saturday,
    Sunday,
}

impl Weekday {
    /// Monday to Sunday.
    pub const ALL: [Weekday; 7] = [
        Weekday::Monday,
        Weekday::Tuesday,
        Weekday::Wednesday,
        Weekday::Thursday,
        Weekday::Friday,
        Weekday::Saturday,
        Weekday::Sunday,
    ];

    /// The weekday of a day number (R.D. 1 was a Monday).
    pub fn of(rd: RataDie) -> Weekday {
        Weekday::ALL[(rd - 1).rem_euclid(7) as usize]
    }

    /// 0 for Monday to 6 for Sunday.
    pub const fn index(self) -> u8 {
        self as u8
    }
}

/// The number of days in a month, or 0 when the month does not exist.
pub fn days_in_month(calendar: CalendarKind, year: i32, month: u8) -> u8 {
    if !(1..=12).contains(&month) {
        return 0;
    }
    match calendar {
        CalendarKind::Gregorian => gregorian::days_in_month(year, month),
        CalendarKind::Persian => persian::days_in_month(year, month),
        CalendarKind::Islamic => islamic::days_in_month(year, month),
    }
}

/// Years outside this range cannot be within 1-3000 CE in any of the calendars; checking them
/// first keeps the arithmetic far from overflow.
const PLAUSIBLE_YEARS: core::ops::RangeInclusive<i32> = -1000..=4000;

impl Date {
    /// A date, if it exists in its calendar and falls within 1-3000 CE.
    ///
    /// ```
    /// use khabar::calendar::Date;
    /// use khabar::CalendarKind::{Gregorian, Persian};
    /// assert!(Date::new(Persian, 1403, 12, 30).is_some()); // 1403 AP is leap
    /// assert!(Date::new(Persian, 1404, 12, 30).is_none());
    /// assert!(Date::new(Gregorian, 2024, 13, 1).is_none());
    /// assert!(Date::new(Gregorian, 2024, 1, 0).is_none());
    /// ```
    pub fn new(calendar: CalendarKind, year: i32, month: u8, day: u8) -> Option<Date> {
        if !PLAUSIBLE_YEARS.contains(&year) || day == 0 || day > days_in_month(calendar, year, month) {
            return None;
        }
        let date = Date { calendar, year, month, day };
        (MIN_RATA_DIE..=MAX_RATA_DIE).contains(&date.to_rata_die()).then_some(date)
    }

    /// The date of a day number, if it falls within 1-3000 CE.
    pub fn from_rata_die(calendar: CalendarKind, rd: RataDie) -> Option<Date> {
        if !(MIN_RATA_DIE..=MAX_RATA_DIE).contains(&rd) {
            return None;
        }
        let (year, month, day) = match calendar {
            CalendarKind::Gregorian => gregorian::from_rata_die(rd),
            CalendarKind::Persian => persian::from_rata_die(rd),
            CalendarKind::Islamic => islamic::from_rata_die(rd),
        };
        Some(Date { calendar, year, month, day })
    }

    pub fn to_rata_die(self) -> RataDie {
        match self.calendar {
            CalendarKind::Gregorian => gregorian::to_rata_die(self.year, self.month, self.day),
            CalendarKind::Persian => persian::to_rata_die(self.year, self.month, self.day),
            CalendarKind::Islamic => islamic::to_rata_die(self.year, self.month, self.day),
        }
    }

    pub fn weekday(self) -> Weekday {
        Weekday::of(self.to_rata_die())
    }

    /// The same day in the Gregorian calendar.
    pub fn to_gregorian(self) -> Date {
        convert(self, CalendarKind::Gregorian)
    }

    /// The number of days in this date's month.
    pub fn days_in_month(self) -> u8 {
        days_in_month(self.calendar, self.year, self.month)
    }

    /// The date `days` days later (earlier if negative), in the same calendar, if it is within
    /// 1-3000 CE.
    ///
    /// ```
    /// use khabar::calendar::Date;
    /// use khabar::CalendarKind::Persian;
    /// let d = Date::new(Persian, 1403, 12, 30).unwrap();
    /// assert_eq!(d.add_days(1), Date::new(Persian, 1404, 1, 1));
    /// assert_eq!(d.add_days(-30), Date::new(Persian, 1403, 11, 30));
    /// ```
    pub fn add_days(self, days: i64) -> Option<Date> {
        Date::from_rata_die(self.calendar, self.to_rata_die().checked_add(days)?)
    }

    /// The same day `months` months later (earlier if negative) in this date's own calendar,
    /// the day cut to the length of the month it lands in; `None` outside 1-3000 CE.
    ///
    /// ```
    /// use khabar::calendar::Date;
    /// use khabar::CalendarKind::{Gregorian, Persian};
    /// let d = Date::new(Gregorian, 2024, 5, 31).unwrap();
    /// assert_eq!(d.add_months(-3), Date::new(Gregorian, 2024, 2, 29));
    /// let d = Date::new(Persian, 1403, 6, 31).unwrap();
    /// assert_eq!(d.add_months(1), Date::new(Persian, 1403, 7, 30));
    /// ```
    pub fn add_months(self, months: i32) -> Option<Date> {
        let index = i64::from(self.year) * 12 + i64::from(self.month) - 1 + i64::from(months);
        let year = i32::try_from(index.div_euclid(12)).ok().filter(|y| PLAUSIBLE_YEARS.contains(y))?;
        let month = (index.rem_euclid(12) + 1) as u8;
        Date::new(self.calendar, year, month, self.day.min(days_in_month(self.calendar, year, month)))
    }

    /// The same day `years` years later (earlier if negative) in this date's own calendar, the
    /// day cut to the length of the month (29 February, 30 Esfand); `None` outside 1-3000 CE.
    ///
    /// ```
    /// use khabar::calendar::Date;
    /// use khabar::CalendarKind::Persian;
    /// let d = Date::new(Persian, 1403, 12, 30).unwrap();
    /// assert_eq!(d.add_years(-1), Date::new(Persian, 1402, 12, 29));
    /// ```
    pub fn add_years(self, years: i32) -> Option<Date> {
        self.add_months(years.checked_mul(12)?)
    }

    /// The latest date on or before this one that falls on `weekday`.
    ///
    /// ```
    /// use khabar::calendar::{Date, Weekday};
    /// use khabar::CalendarKind::Gregorian;
    /// let sat = Date::new(Gregorian, 2021, 7, 17).unwrap();
    /// assert_eq!(sat.on_or_before(Weekday::Monday), Date::new(Gregorian, 2021, 7, 12));
    /// assert_eq!(sat.on_or_before(Weekday::Saturday), Some(sat));
    /// ```
    pub fn on_or_before(self, weekday: Weekday) -> Option<Date> {
        let back = (7 + i64::from(self.weekday().index()) - i64::from(weekday.index())) % 7;
        self.add_days(-back)
    }

    /// The earliest date on or after this one that falls on `weekday`.
    pub fn on_or_after(self, weekday: Weekday) -> Option<Date> {
        let ahead = (7 + i64::from(weekday.index()) - i64::from(self.weekday().index())) % 7;
        self.add_days(ahead)
    }

    /// How far to trust this date's conversion to other calendars, from 0 to 1: 1 for the
    /// Gregorian and Solar Hijri calendars (exact arithmetic), [`islamic::confidence`] for
    /// lunar Hijri dates.
    pub fn conversion_confidence(self) -> f32 {
        match self.calendar {
            CalendarKind::Islamic => islamic::confidence(self.year),
            CalendarKind::Gregorian | CalendarKind::Persian => 1.0,
        }
    }
}

/// The same day in another calendar. Every valid [`Date`] converts (they are all within 1-3000
/// CE, which every calendar here covers).
pub fn convert(date: Date, to: CalendarKind) -> Date {
    let rd = date.to_rata_die();
    let (year, month, day) = match to {
        CalendarKind::Gregorian => gregorian::from_rata_die(rd),
        CalendarKind::Persian => persian::from_rata_die(rd),
        CalendarKind::Islamic => islamic::from_rata_die(rd),
    };
    Date { calendar: to, year, month, day }
}

/// A Gregorian local date with an optional time of day: the reference moment (`now`) for
/// relative expressions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct LocalDateTime {
    pub date: Date,
    /// Hour, minute, second.
    pub time: Option<(u8, u8, u8)>,
}

impl LocalDateTime {
    /// Reads `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM` or `YYYY-MM-DDTHH:MM:SS` (a trailing `Z`, UTC
    /// offset or fraction is accepted and ignored: the value is taken as local time).
    ///
    /// ```
    /// let now = khabar::calendar::LocalDateTime::parse_iso("2021-07-17T16:54").unwrap();
    /// assert_eq!(now.date.day, 17);
    /// assert_eq!(now.time, Some((16, 54, 0)));
    /// ```
    pub fn parse_iso(text: &str) -> Result<LocalDateTime, Error> {
        const BAD: Error = Error::new(ErrorCode::InvalidDate, "expected an ISO date such as 2021-07-17 or 2021-07-17T16:54");
        let b = text.trim().as_bytes();
        let num = |range: core::ops::Range<usize>| -> Result<u32, Error> {
            let digits = b.get(range).ok_or(BAD)?;
            if digits.is_empty() || !digits.iter().all(u8::is_ascii_digit) {
                return Err(BAD);
            }
            Ok(digits.iter().fold(0, |n, d| n * 10 + u32::from(d - b'0')))
        };
        if b.len() < 10 || b[4] != b'-' || b[7] != b'-' {
            return Err(BAD);
        }
        let (year, month, day) = (num(0..4)?, num(5..7)?, num(8..10)?);
        let date = Date::new(CalendarKind::Gregorian, year as i32, month as u8, day as u8).ok_or(BAD)?;
        if b.len() == 10 {
            return Ok(LocalDateTime { date, time: None });
        }
        if !matches!(b[10], b'T' | b't' | b' ') || b.len() < 16 || b[13] != b':' {
            return Err(BAD);
        }
        let (hour, minute) = (num(11..13)?, num(14..16)?);
        let mut second = 0;
        let mut rest = 16;
        if b.get(16) == Some(&b':') {
            second = num(17..19)?;
            rest = 19;
        }
        let tail = &b[rest..];
        let tail_ok = tail.is_empty()
            || tail == b"Z"
            || tail == b"z"
            || (tail[0] == b'.' && tail[1..].iter().all(|c| c.is_ascii_digit() || matches!(c, b'Z' | b'+' | b'-' | b':')))
            || (matches!(tail[0], b'+' | b'-') && tail[1..].iter().all(|c| c.is_ascii_digit() || *c == b':'));
        if hour > 23 || minute > 59 || second > 59 || !tail_ok {
            return Err(BAD);
        }
        Ok(LocalDateTime { date, time: Some((hour as u8, minute as u8, second as u8)) })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weekday_of_known_days() {
        // 17 July 2021 was a Saturday, 1 January 2026 a Thursday.
        assert_eq!(Date::new(CalendarKind::Gregorian, 2021, 7, 17).unwrap().weekday(), Weekday::Saturday);
        assert_eq!(Date::new(CalendarKind::Persian, 1404, 10, 11).unwrap().weekday(), Weekday::Thursday);
    }

    #[test]
    fn invalid_dates_are_none() {
        assert!(Date::new(CalendarKind::Gregorian, 2021, 2, 29).is_none());
        assert!(Date::new(CalendarKind::Persian, 1404, 12, 30).is_none());
        assert!(Date::new(CalendarKind::Persian, 1403, 12, 30).is_some());
        assert!(Date::new(CalendarKind::Gregorian, 2021, 13, 1).is_none());
        assert!(Date::new(CalendarKind::Gregorian, 3001, 1, 1).is_none());
        assert!(Date::new(CalendarKind::Islamic, i32::MAX, 1, 1).is_none());
        assert!(Date::new(CalendarKind::Persian, 1404, 0, 1).is_none());
        assert!(Date::new(CalendarKind::Islamic, 1445, 13, 1).is_none());
        assert!(Date::new(CalendarKind::Islamic, 1445, 10, 30).is_none());
        assert!(Date::new(CalendarKind::Islamic, 1445, 9, 0).is_none());
    }

    const KINDS: [CalendarKind; 3] = [CalendarKind::Gregorian, CalendarKind::Persian, CalendarKind::Islamic];

    #[test]
    fn every_day_round_trips_in_every_calendar() {
        for calendar in KINDS {
            let mut prev = Date::from_rata_die(calendar, MIN_RATA_DIE).unwrap();
            assert_eq!(Date::new(calendar, prev.year, prev.month, prev.day), Some(prev));
            for rd in MIN_RATA_DIE + 1..=MAX_RATA_DIE {
                let date = Date::from_rata_die(calendar, rd).unwrap();
                assert_eq!(date.to_rata_die(), rd);
                // Each day follows the one before: next day of the month, or the first of the
                // next month once the month is full.
                let follows = if prev.day < prev.days_in_month() {
                    (date.year, date.month, date.day) == (prev.year, prev.month, prev.day + 1)
                } else if prev.month < 12 {
                    (date.year, date.month, date.day) == (prev.year, prev.month + 1, 1)
                } else {
                    (date.year, date.month, date.day) == (prev.year + 1, 1, 1)
                };
                assert!(follows, "{prev:?} then {date:?}");
                prev = date;
            }
            assert_eq!(Date::from_rata_die(calendar, MAX_RATA_DIE + 1), None);
            assert_eq!(Date::from_rata_die(calendar, MIN_RATA_DIE - 1), None);
        }
    }

    #[test]
    fn month_lengths_of_any_year_without_panic() {
        for calendar in KINDS {
            for year in [i32::MIN, i32::MIN + 1, -1, 0, i32::MAX - 1, i32::MAX] {
                for month in 0..=13 {
                    let days = days_in_month(calendar, year, month);
                    assert!(days <= 31);
                    assert_eq!(days == 0, !(1..=12).contains(&month), "{calendar:?} {year} {month}");
                }
            }
        }
    }

    #[test]
    fn relative_arithmetic_stays_in_range() {
        let first = Date::new(CalendarKind::Gregorian, 1, 1, 1).unwrap();
        let last = Date::new(CalendarKind::Gregorian, 3000, 12, 31).unwrap();
        assert_eq!(first.add_days(-1), None);
        assert_eq!(last.add_days(1), None);
        assert_eq!(first.add_months(-1), None);
        assert_eq!(last.add_years(1), None);
        for calendar in KINDS {
            let d = convert(last, calendar);
            assert_eq!(d.add_days(i64::MAX), None);
            assert_eq!(d.add_days(i64::MIN), None);
            assert_eq!(d.add_months(i32::MIN), None);
            assert_eq!(d.add_years(i32::MAX), None);
            assert_eq!(d.add_years(0), Some(d));
        }
    }

    #[test]
    fn month_arithmetic_in_each_calendar() {
        let h = Date::new(CalendarKind::Islamic, 1445, 9, 30).unwrap();
        // Ramadan 1445 has 30 days, Shawwal 29.
        assert_eq!(h.add_months(1), Date::new(CalendarKind::Islamic, 1445, 10, 29));
        assert_eq!(h.add_months(-9), Date::new(CalendarKind::Islamic, 1444, 12, 30));
        assert_eq!(h.add_years(-1).map(|d| (d.year, d.month)), Some((1444, 9)));
        let g = Date::new(CalendarKind::Gregorian, 2024, 2, 29).unwrap();
        assert_eq!(g.add_years(1), Date::new(CalendarKind::Gregorian, 2025, 2, 28));
        assert_eq!(g.add_years(4), Some(Date { year: 2028, ..g }));
        assert_eq!(g.add_months(-14), Date::new(CalendarKind::Gregorian, 2022, 12, 29));
        let p = Date::new(CalendarKind::Persian, 1404, 1, 31).unwrap();
        assert_eq!(p.add_months(-1), Date::new(CalendarKind::Persian, 1403, 12, 30));
        assert_eq!(p.add_days(-7).map(|d| d.weekday()), Some(p.weekday()));
    }

    #[test]
    fn weekday_search() {
        let d = Date::new(CalendarKind::Persian, 1404, 10, 11).unwrap(); // Thursday
        for w in Weekday::ALL {
            let before = d.on_or_before(w).unwrap();
            let after = d.on_or_after(w).unwrap();
            assert_eq!((before.weekday(), after.weekday()), (w, w));
            assert!((0..7).contains(&(d.to_rata_die() - before.to_rata_die())));
            assert!((0..7).contains(&(after.to_rata_die() - d.to_rata_die())));
            assert_eq!(before.calendar, CalendarKind::Persian);
        }
        assert_eq!(d.on_or_before(Weekday::Friday), Date::new(CalendarKind::Persian, 1404, 10, 5));
    }

    #[test]
    fn parse_iso_accepts_and_rejects() {
        assert!(LocalDateTime::parse_iso("2021-07-17").is_ok());
        assert!(LocalDateTime::parse_iso("2021-07-17T16:54:03Z").is_ok());
        assert!(LocalDateTime::parse_iso("2021-07-17T16:54:03.250+04:30").is_ok());
        for bad in ["", "2021-7-17", "2021-02-30", "2021-07-17T25:00", "2021-07-17Tnoon", "۲۰۲۱-۰۷-۱۷"] {
            assert_eq!(LocalDateTime::parse_iso(bad).unwrap_err().code(), ErrorCode::InvalidDate, "{bad}");
        }
    }
}
