//! The Solar Hijri (Persian, Jalali) calendar, Iran's and Afghanistan's civil calendar.
//!
//! Years follow the 33-year arithmetic rule, which matches the University of Tehran Calendar
//! Center's Nowruz table for every year 1206-1498 AP. After 1501 AP the astronomical rule (vernal
//! equinox before noon, Tehran meridian) departs from the 33-year cycle; the correction table
//! below moves the leap year in those cycles.
//!
//! The 2820-year cycle is deliberately not used: it puts Nowruz 1404 on 20 March 2025, a day
//! early.

use super::RataDie;

/// R.D. of 1 Farvardin 1 AP (19 March 622 Julian).
const EPOCH: RataDie = 226_896;

/// Years after 1501 AP that the 33-year rule calls leap but the astronomical rule does not;
/// in each case the following year is leap instead.
// TODO(calendar): fill from the source named in the module docs.
const NON_LEAP_CORRECTION: &[i32] = &[];

const fn rule_is_leap(year: i32) -> bool {
    (25 * year as i64 + 11).rem_euclid(33) < 8
}

fn corrected(year: i32) -> bool {
    NON_LEAP_CORRECTION.binary_search(&year).is_ok()
}

pub fn is_leap_year(year: i32) -> bool {
    if corrected(year) {
        false
    } else if corrected(year - 1) {
        true
    } else {
        rule_is_leap(year)
    }
}

pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1..=6 => 31,
        7..=11 => 30,
        _ if is_leap_year(year) => 30,
        _ => 29,
    }
}

/// R.D. of 1 Farvardin of `year`.
fn new_year(year: i32) -> RataDie {
    let y = year as i64;
    let mut rd = EPOCH - 1 + 365 * (y - 1) + (8 * y + 21).div_euclid(33);
    if corrected(year - 1) {
        rd -= 1;
    }
    rd
}

/// The day number of a Persian date. The date must be valid.
pub fn to_rata_die(year: i32, month: u8, day: u8) -> RataDie {
    let m = month as i64;
    let before_month = if m <= 7 { 31 * (m - 1) } else { 30 * (m - 1) + 6 };
    new_year(year) + before_month + day as i64 - 1
}

/// The Persian date of a day number.
pub fn from_rata_die(rd: RataDie) -> (i32, u8, u8) {
    // 12053 days in 33 years; the estimate is off by at most one year either way.
    let mut year = ((rd - EPOCH).div_euclid(12_053) * 33 + (rd - EPOCH).rem_euclid(12_053) * 33 / 12_053 + 1) as i32;
    while new_year(year + 1) <= rd {
        year += 1;
    }
    while new_year(year) > rd {
        year -= 1;
    }
    let day_of_year = rd - new_year(year);
    let (month, day) = if day_of_year < 186 {
        (day_of_year / 31 + 1, day_of_year % 31 + 1)
    } else {
        ((day_of_year - 6) / 30 + 1, (day_of_year - 6) % 30 + 1)
    };
    (year, month as u8, day as u8)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::gregorian;

    #[test]
    fn nowruz_1404_is_21_march_2025() {
        assert_eq!(to_rata_die(1404, 1, 1), gregorian::to_rata_die(2025, 3, 21));
        assert!(is_leap_year(1403));
        assert!(!is_leap_year(1404));
    }

    #[test]
    fn seed_dates() {
        // 26 Tir 1400 = 17 July 2021; 11 Dey 1404 = 1 January 2026.
        assert_eq!(gregorian::from_rata_die(to_rata_die(1400, 4, 26)), (2021, 7, 17));
        assert_eq!(gregorian::from_rata_die(to_rata_die(1404, 10, 11)), (2026, 1, 1));
        assert_eq!(from_rata_die(gregorian::to_rata_die(2004, 1, 7)), (1382, 10, 17));
    }
}
