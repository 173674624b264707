//! UTC offsets for the places Persian, Dari and Arabic news is written from.
//!
//! Rules from the IANA tz database (`asia` file): only what is needed to give the offset of a
//! local date and time written in an article.

use super::{Date, persian};
use crate::model::CalendarKind;

/// A time zone khabar knows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Zone {
    /// Asia/Tehran.
    Tehran,
    /// Asia/Kabul.
    Kabul,
}

/// Minutes east of UTC in force at a local date and time.
pub fn utc_offset_minutes(zone: Zone, date: Date, time: (u8, u8, u8)) -> i32 {
    match zone {
        Zone::Kabul => 270,
        Zone::Tehran => {
            if tehran_dst(date, time) { 270 } else { 210 }
        }
    }
}

/// Iran's daylight saving time: from 00:00 on 2 Farvardin (clocks move to 01:00) to 24:00 on 30
/// Shahrivar, in the years the tz database lists.
// TODO(calendar): check each year range against the tz database's Iran rules.
fn tehran_dst(date: Date, _time: (u8, u8, u8)) -> bool {
    let p = super::convert(date, CalendarKind::Persian);
    let g = super::convert(date, CalendarKind::Gregorian);
    let observed = matches!(g.year, 1991..=2005 | 2008..=2022);
    let _ = persian::is_leap_year;
    observed && ((p.month == 1 && p.day >= 2) || (2..=6).contains(&p.month))
}

/// `+04:30` style text for an offset in minutes.
pub fn format_offset(minutes: i32) -> String {
    let sign = if minutes < 0 { '-' } else { '+' };
    let m = minutes.unsigned_abs();
    let mut s = String::with_capacity(6);
    s.push(sign);
    for d in [m / 600, (m / 60) % 10, 10, (m % 60) / 10, m % 10] {
        s.push(if d == 10 { ':' } else { char::from(b'0' + d as u8) });
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tehran_summer_2021_and_2023() {
        let d = Date::new(CalendarKind::Persian, 1400, 4, 26).unwrap();
        assert_eq!(format_offset(utc_offset_minutes(Zone::Tehran, d, (16, 54, 0))), "+04:30");
        let d = Date::new(CalendarKind::Gregorian, 2023, 7, 1).unwrap();
        assert_eq!(format_offset(utc_offset_minutes(Zone::Tehran, d, (12, 0, 0))), "+03:30");
        assert_eq!(format_offset(-210), "-03:30");
    }
}
