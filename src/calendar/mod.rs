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
    const ALL: [Weekday; 7] = [
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

impl Date {
    /// A date, if it exists in its calendar and falls within 1-3000 CE.
    pub fn new(calendar: CalendarKind, year: i32, month: u8, day: u8) -> Option<Date> {
        // Outside this year range the date cannot be within 1-3000 CE in any of the calendars;
        // checking first keeps the arithmetic far from overflow.
        if !(-1000..=4000).contains(&year) || day == 0 || day > days_in_month(calendar, year, month) {
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
