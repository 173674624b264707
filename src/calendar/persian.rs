//! The Solar Hijri (Persian, Jalali) calendar, Iran's and Afghanistan's civil calendar.
//!
//! The year begins at Nowruz, the day of the March equinox when it falls before noon, Tehran
//! time (52.5°E), and the day after otherwise. The 33-year arithmetic rule reproduces that
//! astronomical rule exactly for every year in the University of Tehran Calendar Center's Nowruz
//! table (1206-1498 AP); after 1501 AP the two drift apart in a few cycles, and
//! a correction table (from ICU4X, see below) moves the leap day in those cycles.
//!
//! The 2820-year cycle is deliberately not used: it puts Nowruz 1404 on 20 March 2025, a day
//! early.
//!
//! Years before 1 AP are proleptic and counted astronomically (the year before 1 is 0), so that
//! every day from 1 CE converts.

use super::RataDie;

/// The Persian epoch of *Calendrical Calculations*, 19 March 622 Julian (R.D. 226896). The
/// 33-year rule, counted from it as in ICU4X, starts 1 AP a day earlier; only years from the
/// 19th century on are attested, and those it gets right.
const EPOCH: RataDie = 226_896;

/// Years that the 33-year rule calls leap but the astronomical rule does not; in each case the
/// following year is leap instead.
///
/// Source: the `NON_LEAP_CORRECTION` list of ICU4X's `calendrical_calculations` crate
/// (utils/calendrical_calculations/src/persian.rs), which its authors checked against the
/// astronomical rule on the 52.5°E meridian for 1178-3000 AP. Sorted, for binary search.
const NON_LEAP_CORRECTION: [i32; 78] = [
    1502, 1601, 1634, 1667, 1700, 1733, 1766, 1799, 1832, 1865, 1898, 1931, 1964, 1997, 2030, 2059, //
    2063, 2096, 2129, 2158, 2162, 2191, 2195, 2224, 2228, 2257, 2261, 2290, 2294, 2323, 2327, 2356, //
    2360, 2389, 2393, 2422, 2426, 2455, 2459, 2488, 2492, 2521, 2525, 2554, 2558, 2587, 2591, 2620, //
    2624, 2653, 2657, 2686, 2690, 2719, 2723, 2748, 2752, 2756, 2781, 2785, 2789, 2818, 2822, 2847, //
    2851, 2855, 2880, 2884, 2888, 2913, 2917, 2921, 2946, 2950, 2954, 2979, 2983, 2987,
];

/// Whether the 33-year rule's leap day of `year` moves to the next year.
fn corrected(year: i32) -> bool {
    year >= NON_LEAP_CORRECTION[0] && NON_LEAP_CORRECTION.binary_search(&year).is_ok()
}

/// The 33-year rule alone: 8 leap years in every 33, at years 1, 5, 9, 13, 17, 22, 26, 30 of the
/// cycle.
const fn rule_is_leap(year: i32) -> bool {
    (25 * year as i64 + 11).rem_euclid(33) < 8
}

/// Whether Esfand of `year` has 30 days.
pub fn is_leap_year(year: i32) -> bool {
    if corrected(year) {
        false
    } else if corrected(year.saturating_sub(1)) {
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
    // (8y + 21) / 33 counts the 33-year rule's leap days before `year`.
    let rd = EPOCH - 1 + 365 * (y - 1) + (8 * y + 21).div_euclid(33);
    // A leap day moved from year-1 to year: year starts a day earlier than the rule says.
    if corrected(year.saturating_sub(1)) { rd - 1 } else { rd }
}

/// Days before the first of `month` in its year.
const fn days_before_month(month: u8) -> i64 {
    let m = month as i64;
    if m <= 7 { 31 * (m - 1) } else { 30 * (m - 1) + 6 }
}

/// The day number of a Persian date. The date must be valid.
pub fn to_rata_die(year: i32, month: u8, day: u8) -> RataDie {
    new_year(year) + days_before_month(month) + day as i64 - 1
}

/// The Persian date of a day number.
pub fn from_rata_die(rd: RataDie) -> (i32, u8, u8) {
    // 12053 days in 33 years: the mean year puts the estimate within a year of the answer.
    let mut year = (1 + (33 * (rd - EPOCH) + 3).div_euclid(12_053)) as i32;
    if rd < new_year(year) {
        year -= 1;
    } else if rd >= new_year(year + 1) {
        year += 1;
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
    fn proleptic_years_around_the_epoch() {
        assert_eq!(to_rata_die(1, 1, 1), gregorian::to_rata_die(622, 3, 21));
        assert_eq!(from_rata_die(EPOCH - 1), (1, 1, 1));
        assert_eq!(from_rata_die(EPOCH - 2), (0, 12, 29));
        assert!(!is_leap_year(0) && is_leap_year(-3));
    }

    #[test]
    fn seed_dates() {
        // 26 Tir 1400 = 17 July 2021; 11 Dey 1404 = 1 January 2026.
        assert_eq!(gregorian::from_rata_die(to_rata_die(1400, 4, 26)), (2021, 7, 17));
        assert_eq!(gregorian::from_rata_die(to_rata_die(1404, 10, 11)), (2026, 1, 1));
        assert_eq!(from_rata_die(gregorian::to_rata_die(2004, 1, 7)), (1382, 10, 17));
    }

    #[test]
    fn correction_moves_the_leap_day() {
        // 1502 is leap by the 33-year rule, but the equinox makes 1503 the leap year
        // (ICU4X's test cases: 1502-12-29 is 19 March 2124, 1503-01-01 is 20 March 2124).
        assert!(rule_is_leap(1502) && !rule_is_leap(1503));
        assert!(!is_leap_year(1502) && is_leap_year(1503));
        assert_eq!(gregorian::from_rata_die(to_rata_die(1502, 12, 29)), (2124, 3, 19));
        assert_eq!(gregorian::from_rata_die(to_rata_die(1503, 1, 1)), (2124, 3, 20));
        assert_eq!(to_rata_die(1504, 1, 1) - to_rata_die(1503, 1, 1), 366);
        assert_eq!(from_rata_die(to_rata_die(1503, 12, 30)), (1503, 12, 30));
    }

    #[test]
    fn every_year_has_its_length() {
        for year in -700..=2500 {
            let len = new_year(year + 1) - new_year(year);
            assert_eq!(len, if is_leap_year(year) { 366 } else { 365 }, "{year}");
        }
    }
}
