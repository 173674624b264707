//! The proleptic Gregorian calendar.
//!
//! Arithmetic after Reingold and Dershowitz, *Calendrical Calculations* (4th ed.), chapter 2:
//! day 1 of the shared day count is 1 January of year 1.

use super::RataDie;

pub const fn is_leap_year(year: i32) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

pub const fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        2 if is_leap_year(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// The day number of a Gregorian date. The date must be valid.
pub const fn to_rata_die(year: i32, month: u8, day: u8) -> RataDie {
    let y = year as i64 - 1;
    let m = month as i64;
    let before_year = 365 * y + y.div_euclid(4) - y.div_euclid(100) + y.div_euclid(400);
    let before_month = (367 * m - 362) / 12
        - if m <= 2 {
            0
        } else if is_leap_year(year) {
            1
        } else {
            2
        };
    before_year + before_month + day as i64
}

/// The year containing a day number.
const fn year_of(rd: RataDie) -> i32 {
    let d0 = rd - 1;
    let n400 = d0.div_euclid(146_097);
    let d1 = d0.rem_euclid(146_097);
    let n100 = d1 / 36_524;
    let d2 = d1 % 36_524;
    let n4 = d2 / 1_461;
    let d3 = d2 % 1_461;
    let n1 = d3 / 365;
    let year = 400 * n400 + 100 * n100 + 4 * n4 + n1;
    (if n100 == 4 || n1 == 4 { year } else { year + 1 }) as i32
}

/// The Gregorian date of a day number.
pub const fn from_rata_die(rd: RataDie) -> (i32, u8, u8) {
    let year = year_of(rd);
    let prior_days = rd - to_rata_die(year, 1, 1);
    let correction = if rd < to_rata_die(year, 3, 1) {
        0
    } else if is_leap_year(year) {
        1
    } else {
        2
    };
    let month = (12 * (prior_days + correction) + 373) / 367;
    let day = rd - to_rata_die(year, month as u8, 1) + 1;
    (year, month as u8, day as u8)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn epoch_and_known_days() {
        assert_eq!(to_rata_die(1, 1, 1), 1);
        // 1 January 1970 is R.D. 719163 (Calendrical Calculations, appendix C).
        assert_eq!(to_rata_die(1970, 1, 1), 719_163);
        assert_eq!(from_rata_die(719_163), (1970, 1, 1));
        assert_eq!(from_rata_die(to_rata_die(2024, 2, 29)), (2024, 2, 29));
        assert_eq!(from_rata_die(to_rata_die(2000, 12, 31)), (2000, 12, 31));
    }

    #[test]
    fn round_trip_every_day_1_to_3000() {
        let mut rd = to_rata_die(1, 1, 1);
        for year in 1..=3000 {
            for month in 1..=12 {
                for day in 1..=days_in_month(year, month) {
                    assert_eq!(to_rata_die(year, month, day), rd);
                    assert_eq!(from_rata_die(rd), (year, month, day));
                    rd += 1;
                }
            }
        }
    }
}
