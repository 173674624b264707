//! The lunar Hijri calendar: Umm al-Qura inside its published table, tabular outside.
//!
//! For 1343-1500 AH (1924-2077 CE) months begin as printed in Saudi Arabia's official Umm
//! al-Qura calendar (the table in `ummalqura_data.rs`, which names its source). Outside that range
//! the tabular calendar is used: the civil ("Kuwaiti") arithmetic calendar with a Friday
//! epoch, leap years 2, 5, 7, 10, 13, 16, 18, 21, 24, 26 and 29 of each 30-year cycle. Where the
//! table begins the tabular year 1342 is cut short: its last month has 28 days, so that no day is
//! counted twice. Years before 1 AH are proleptic and counted astronomically.
//!
//! ## Which Umm al-Qura table
//!
//! Two tables go by the name. The one used here is the calendar *as published* (collected by
//! hijridate/hijri-converter; Saudi newspaper issues and the Umm al-Qura website agree with it).
//! ICU4C, and so browsers' `Intl` and ICU4X, ship a table computed by KACST that differs from it
//! by a day at some month starts in every year of 1343-1419 and 1451-1500 AH; the two agree on
//! every month of 1420-1450 AH. Where they differ, the published calendar is what dated
//! documents carry. [`confidence`] reports the difference to callers.
//!
//! Other countries (Egypt, Morocco, Iraq, Iran, Afghanistan...) fix months by local sighting and
//! may be a day away from Umm al-Qura in any year; no table can say by how much.

use super::RataDie;
use super::gregorian;
use super::ummalqura_data::{END, FIRST_YEAR, LAST_YEAR, YEARS};

/// R.D. of 1 Muharram 1 AH in the civil (Friday) epoch: 16 July 622 Julian.
const EPOCH: RataDie = 227_015;

const fn tabular_is_leap(year: i32) -> bool {
    (14 + 11 * year as i64).rem_euclid(30) < 11
}

/// Days of a month of the tabular calendar: odd months 30, even months 29, the last month 30
/// in leap years.
pub const fn tabular_days_in_month(year: i32, month: u8) -> u8 {
    if month % 2 == 1 || (month == 12 && tabular_is_leap(year)) { 30 } else { 29 }
}

/// R.D. of 1 Muharram of a tabular year.
const fn tabular_new_year(year: i32) -> RataDie {
    let y = year as i64;
    EPOCH + (y - 1) * 354 + (3 + 11 * y).div_euclid(30)
}

/// Days from the start of a tabular year to the first of `month`.
const fn tabular_days_before_month(month: u8) -> i64 {
    let m = month as i64;
    29 * (m - 1) + m / 2
}

/// The day number of a date in the tabular (civil) calendar. The date must be valid there.
pub const fn tabular_to_rata_die(year: i32, month: u8, day: u8) -> RataDie {
    tabular_new_year(year) + tabular_days_before_month(month) + day as i64 - 1
}

/// The tabular year containing a day number.
const fn tabular_year_of(rd: RataDie) -> i32 {
    (30 * (rd - EPOCH) + 10_646).div_euclid(10_631) as i32
}

/// The month containing day `day_of_year` (0-based) of a tabular year.
const fn tabular_month_of(day_of_year: i64) -> u8 {
    // The largest m with 29(m - 1) + m/2 <= day_of_year.
    let m = (2 * day_of_year + 59) / 59;
    if m > 12 { 12 } else { m as u8 }
}

/// The date of a day number in the tabular (civil) calendar.
pub const fn tabular_from_rata_die(rd: RataDie) -> (i32, u8, u8) {
    let year = tabular_year_of(rd);
    let day_of_year = rd - tabular_new_year(year);
    let month = tabular_month_of(day_of_year);
    (year, month, (day_of_year - tabular_days_before_month(month) + 1) as u8)
}

/// Packs one year of the Umm al-Qura table: bits 0-23 hold each month's length minus 28, two
/// bits a month from Muharram up; bits 24-27 hold how many days 1 Muharram falls after the
/// tabular calendar's, plus 8. Evaluated at compile time; a value out of range fails the build.
pub(super) const fn pack_year(year: i32, start: (i32, u8, u8), lengths: [u8; 12]) -> u32 {
    let shift = gregorian::to_rata_die(start.0, start.1, start.2) - tabular_new_year(year) + 8;
    assert!(shift >= 0 && shift < 16, "1 Muharram too far from the tabular calendar's");
    let mut packed = (shift as u32) << 24;
    let mut m = 0;
    while m < 12 {
        assert!(lengths[m] >= 28 && lengths[m] <= 31, "month length out of range");
        packed |= ((lengths[m] - 28) as u32) << (2 * m);
        m += 1;
    }
    packed
}

/// The packed table entry of a year, if the table covers it.
fn table_entry(year: i32) -> Option<u32> {
    let index = usize::try_from(year.checked_sub(FIRST_YEAR)?).ok()?;
    YEARS.get(index).copied()
}

fn packed_length(packed: u32, month: u8) -> u8 {
    28 + ((packed >> (2 * (u32::from(month) - 1))) & 3) as u8
}

/// Whether a year is covered by the Umm al-Qura table (otherwise: tabular arithmetic).
pub fn in_table(year: i32) -> bool {
    (FIRST_YEAR..=LAST_YEAR).contains(&year)
}

/// How far to trust the conversion of a date of `year` AH, from 0 to 1.
///
/// - 1.0 for 1420-1450 AH, where the published Umm al-Qura calendar and the KACST table that
///   ICU4C and browsers ship agree on every month;
/// - 0.8 for the rest of the table, 1343-1500 AH, where they differ by a day at some month
///   starts (this module follows the published calendar);
/// - 0.5 outside the table, where the tabular calendar only approximates the months that were
///   or will be observed, and may be a day or two off.
///
/// ```
/// use khabar::calendar::islamic::confidence;
/// assert_eq!(confidence(1445), 1.0);
/// assert!(confidence(1410) < 1.0);
/// assert!(confidence(1200) < confidence(1410));
/// ```
pub fn confidence(year: i32) -> f32 {
    match year {
        1420..=1450 => 1.0,
        _ if in_table(year) => 0.8,
        _ => 0.5,
    }
}

/// R.D. of 1 Muharram of `year`.
fn new_year(year: i32) -> RataDie {
    match table_entry(year) {
        Some(packed) => tabular_new_year(year) + i64::from(packed >> 24) - 8,
        None => tabular_new_year(year),
    }
}

/// R.D. of the first day of `month` (1-12).
fn month_start(year: i32, month: u8) -> RataDie {
    match table_entry(year) {
        Some(packed) => {
            let before: i64 = (1..month).map(|m| i64::from(packed_length(packed, m))).sum();
            new_year(year) + before
        }
        None => tabular_new_year(year) + tabular_days_before_month(month),
    }
}

/// The number of days in a month (1-12): 29 or 30, but as published for a few early months of
/// the table, and 28 for the tabular month just before it.
pub fn days_in_month(year: i32, month: u8) -> u8 {
    if !(1..=12).contains(&month) {
        return 0;
    }
    match table_entry(year) {
        Some(packed) => packed_length(packed, month),
        // The tabular month before the table ends where the table begins.
        None if year == FIRST_YEAR - 1 && month == 12 => (new_year(FIRST_YEAR) - month_start(year, 12)) as u8,
        None => tabular_days_in_month(year, month),
    }
}

/// The day number of an Islamic date. The date must be valid.
pub fn to_rata_die(year: i32, month: u8, day: u8) -> RataDie {
    month_start(year, month) + i64::from(day) - 1
}

/// The Islamic date of a day number.
pub fn from_rata_die(rd: RataDie) -> (i32, u8, u8) {
    // The table moves 1 Muharram by at most two days from the tabular calendar's, so the
    // tabular year is off by at most one.
    let mut year = tabular_year_of(rd);
    if rd < new_year(year) {
        year -= 1;
    } else if rd >= new_year(year + 1) {
        year += 1;
    }
    let start = new_year(year);
    let (month, first) = match table_entry(year) {
        Some(packed) => {
            let (mut month, mut first) = (1, start);
            while month < 12 && first + i64::from(packed_length(packed, month)) <= rd {
                first += i64::from(packed_length(packed, month));
                month += 1;
            }
            (month, first)
        }
        None => {
            let month = tabular_month_of(rd - start);
            (month, start + tabular_days_before_month(month))
        }
    };
    (year, month, (rd - first + 1) as u8)
}

/// The table ends exactly where the tabular calendar resumes, so 1501 AH needs no junction.
const _: () = assert!(gregorian::to_rata_die(END.0, END.1, END.2) == tabular_new_year(LAST_YEAR + 1));

#[cfg(test)]
mod tests {
    use super::*;

    fn gregorian_of(y: i32, m: u8, d: u8) -> (i32, u8, u8) {
        gregorian::from_rata_die(to_rata_die(y, m, d))
    }

    #[test]
    fn table_is_contiguous() {
        // Every year's months run exactly to the next year's 1 Muharram in the table; a missing,
        // repeated or mistyped line breaks this.
        for year in FIRST_YEAR..=LAST_YEAR {
            let end = month_start(year, 12) + i64::from(days_in_month(year, 12));
            assert_eq!(end, new_year(year + 1), "{year}");
            let len = new_year(year + 1) - new_year(year);
            assert!((353..=356).contains(&len), "{year}: {len} days");
        }
    }

    #[test]
    fn in_table_is_the_published_range() {
        assert!(!in_table(1342) && in_table(1343) && in_table(1500) && !in_table(1501));
        assert!(!in_table(i32::MIN) && !in_table(i32::MAX));
    }

    #[test]
    fn umm_al_qura_dates() {
        // 1 Ramadan 1445 = 11 March 2024; 1 Shawwal 1444 = 21 April 2023 (Saudi announcements
        // followed the calendar in both years).
        assert_eq!(gregorian_of(1445, 9, 1), (2024, 3, 11));
        assert_eq!(gregorian_of(1444, 10, 1), (2023, 4, 21));
        assert_eq!(from_rata_die(gregorian::to_rata_die(2020, 6, 3)), (1441, 10, 11));
        // The first day of the table.
        assert_eq!(gregorian_of(1343, 1, 1), (1924, 8, 1));
    }

    #[test]
    fn junctions_with_the_tabular_calendar() {
        assert_eq!(days_in_month(1342, 12), 28);
        assert_eq!(to_rata_die(1342, 12, 28) + 1, to_rata_die(1343, 1, 1));
        assert_eq!(from_rata_die(to_rata_die(1342, 12, 28)), (1342, 12, 28));
        assert_eq!(to_rata_die(1500, 12, days_in_month(1500, 12)) + 1, to_rata_die(1501, 1, 1));
        assert_eq!(to_rata_die(1501, 1, 1), tabular_to_rata_die(1501, 1, 1));
        assert_eq!(days_in_month(1341, 12), tabular_days_in_month(1341, 12));
    }

    #[test]
    fn tabular_round_trip() {
        for rd in tabular_to_rata_die(-700, 1, 1)..tabular_to_rata_die(2500, 1, 1) {
            let (y, m, d) = tabular_from_rata_die(rd);
            assert!(d >= 1 && d <= tabular_days_in_month(y, m), "{rd}");
            assert_eq!(tabular_to_rata_die(y, m, d), rd);
        }
    }

    #[test]
    fn confidence_levels() {
        assert_eq!(confidence(1420), 1.0);
        assert_eq!(confidence(1450), 1.0);
        assert_eq!(confidence(1419), 0.8);
        assert_eq!(confidence(1451), 0.8);
        assert_eq!(confidence(1342), 0.5);
        assert_eq!(confidence(1501), 0.5);
    }
}
