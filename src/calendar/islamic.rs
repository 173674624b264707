//! The lunar Hijri calendar.
//!
//! Inside the Umm al-Qura table's range, month lengths come from the table (Saudi Arabia's
//! official calendar); outside it the tabular (civil, "Kuwaiti") arithmetic calendar is used and
//! callers lower their confidence.

use super::RataDie;

/// R.D. of 1 Muharram 1 AH in the civil (Friday) epoch: 16 July 622 Julian.
const EPOCH: RataDie = 227_015;

const fn tabular_is_leap(year: i32) -> bool {
    (14 + 11 * year as i64).rem_euclid(30) < 11
}

pub const fn tabular_days_in_month(year: i32, month: u8) -> u8 {
    if month % 2 == 1 || (month == 12 && tabular_is_leap(year)) { 30 } else { 29 }
}

pub const fn tabular_to_rata_die(year: i32, month: u8, day: u8) -> RataDie {
    let y = year as i64;
    let m = month as i64;
    EPOCH - 1 + (y - 1) * 354 + (3 + 11 * y).div_euclid(30) + 29 * (m - 1) + m / 2 + day as i64
}

pub fn tabular_from_rata_die(rd: RataDie) -> (i32, u8, u8) {
    let year = (30 * (rd - EPOCH) + 10_646).div_euclid(10_631) as i32;
    let prior_days = rd - tabular_to_rata_die(year, 1, 1);
    let mut month = ((11 * prior_days + 330) / 325).clamp(1, 12) as u8;
    while month > 1 && tabular_to_rata_die(year, month, 1) > rd {
        month -= 1;
    }
    let day = rd - tabular_to_rata_die(year, month, 1) + 1;
    (year, month, day as u8)
}

// TODO(calendar): the Umm al-Qura table and the public functions that prefer it.
pub fn days_in_month(year: i32, month: u8) -> u8 {
    tabular_days_in_month(year, month)
}

pub fn to_rata_die(year: i32, month: u8, day: u8) -> RataDie {
    tabular_to_rata_die(year, month, day)
}

pub fn from_rata_die(rd: RataDie) -> (i32, u8, u8) {
    tabular_from_rata_die(rd)
}

/// Whether a year is covered by the Umm al-Qura table (otherwise: tabular arithmetic).
pub fn in_table(_year: i32) -> bool {
    false
}
