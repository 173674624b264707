//! UTC offsets for the places Persian, Dari and Arabic news is written from.
//!
//! The offsets come from the IANA tz database (files `asia` and `africa`): `tz_data.rs` lists
//! every change of offset from 1970 to 2037 for each [`Zone`]. That covers Iran's daylight
//! saving time in the years it was kept (none in 2006-2007, none since 2023), Egypt's (2014 with
//! its Ramadan break, again since 2023), Morocco's Ramadan hour, Syria's and Jordan's move to
//! permanent +03 in 2022, Sudan's change to +02 in 2017 and the rest. Before 1970 a zone keeps
//! the offset it had on 1 January 1970 and after 2037 the one it ends 2037 with, its standard
//! offset: written times that far out are rare and the rules for them uncertain.
//!
//! ## Skipped and repeated local times
//!
//! When clocks go forward, the local times they skip do not exist; when they go back, an hour
//! of local time happens twice. Such a time gets the offset that was in force *before* the
//! change, as Python's `zoneinfo` does with `fold=0` and JavaScript's Temporal with
//! `disambiguation: "compatible"`. So in Tehran on 22 March 2022, 00:30 (skipped: clocks went
//! from 00:00 to 01:00) is +03:30, and on 22 September 2022, 23:30 (repeated) is +04:30.
//!
//! ```
//! use khabar::calendar::{Date, tz::{Zone, utc_offset_minutes, format_offset}};
//! use khabar::CalendarKind::Persian;
//! let date = Date::new(Persian, 1400, 4, 26).unwrap();
//! assert_eq!(format_offset(utc_offset_minutes(Zone::Tehran, date, (16, 54, 0))), "+04:30");
//! ```

use super::{Date, RataDie, gregorian, tz_data};

/// A time zone khabar knows: Iran, Afghanistan and the capitals of the Arab League's members
/// (Palestine has two zones, and Jerusalem follows Israel's rules).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Zone {
    /// Asia/Tehran.
    Tehran,
    /// Asia/Kabul.
    Kabul,
    /// Asia/Baghdad.
    Baghdad,
    /// Asia/Riyadh.
    Riyadh,
    /// Asia/Kuwait.
    Kuwait,
    /// Asia/Qatar (Doha).
    Qatar,
    /// Asia/Bahrain (Manama).
    Bahrain,
    /// Asia/Dubai (the United Arab Emirates).
    Dubai,
    /// Asia/Muscat.
    Muscat,
    /// Asia/Aden (Yemen).
    Aden,
    /// Asia/Damascus.
    Damascus,
    /// Asia/Beirut.
    Beirut,
    /// Asia/Amman.
    Amman,
    /// Asia/Jerusalem.
    Jerusalem,
    /// Asia/Gaza (the Gaza Strip).
    Gaza,
    /// Asia/Hebron (the West Bank, Ramallah).
    Hebron,
    /// Africa/Cairo.
    Cairo,
    /// Africa/Khartoum.
    Khartoum,
    /// Africa/Tripoli.
    Tripoli,
    /// Africa/Tunis.
    Tunis,
    /// Africa/Algiers.
    Algiers,
    /// Africa/Casablanca (Morocco, Rabat).
    Casablanca,
    /// Africa/Nouakchott.
    Nouakchott,
    /// Africa/Mogadishu.
    Mogadishu,
    /// Africa/Djibouti.
    Djibouti,
}

/// The offsets of one zone: the one in force at the start of 1970, then each change, packed by
/// [`change`].
pub(super) struct ZoneData {
    pub initial: i16,
    pub changes: &'static [u32],
}

/// R.D. of 1 January 1970, where the packed minutes count from.
const RD_1970: RataDie = gregorian::to_rata_die(1970, 1, 1);

/// Packs one change of offset: the local wall-clock time at which it happens, in the old offset,
/// as minutes since 1970-01-01 00:00 (bits 6-31), and the new offset in quarter hours (bits 0-5).
/// Evaluated at compile time; a value out of range fails the build.
pub(super) const fn change(year: i32, month: u8, day: u8, hour: u8, minute: u8, offset: i16) -> u32 {
    let minutes = (gregorian::to_rata_die(year, month, day) - RD_1970) * 1440 + hour as i64 * 60 + minute as i64;
    assert!(minutes >= 0 && minutes < 1 << 26, "change outside 1970-2037");
    assert!(offset >= 0 && offset % 15 == 0 && offset < 64 * 15, "offset not in quarter hours 0-15:45");
    ((minutes as u32) << 6) | (offset / 15) as u32
}

const fn change_at(packed: u32) -> i64 {
    (packed >> 6) as i64
}

const fn change_offset(packed: u32) -> i32 {
    (packed & 63) as i32 * 15
}

impl Zone {
    /// Every zone, in declaration order.
    pub const ALL: [Zone; 25] = [
        Zone::Tehran,
        Zone::Kabul,
        Zone::Baghdad,
        Zone::Riyadh,
        Zone::Kuwait,
        Zone::Qatar,
        Zone::Bahrain,
        Zone::Dubai,
        Zone::Muscat,
        Zone::Aden,
        Zone::Damascus,
        Zone::Beirut,
        Zone::Amman,
        Zone::Jerusalem,
        Zone::Gaza,
        Zone::Hebron,
        Zone::Cairo,
        Zone::Khartoum,
        Zone::Tripoli,
        Zone::Tunis,
        Zone::Algiers,
        Zone::Casablanca,
        Zone::Nouakchott,
        Zone::Mogadishu,
        Zone::Djibouti,
    ];

    /// The zone's name in the tz database, such as `Asia/Tehran`.
    pub const fn iana_name(self) -> &'static str {
        self.facts().0
    }

    /// The ISO 3166-1 code of the zone's country, such as `IR`.
    pub const fn country(self) -> &'static str {
        self.facts().1
    }

    /// The zone with this tz database name (ASCII case ignored).
    ///
    /// ```
    /// use khabar::calendar::tz::Zone;
    /// assert_eq!(Zone::from_iana_name("Africa/Cairo"), Some(Zone::Cairo));
    /// assert_eq!(Zone::from_iana_name("asia/kabul"), Some(Zone::Kabul));
    /// assert_eq!(Zone::from_iana_name("Europe/Paris"), None);
    /// ```
    pub fn from_iana_name(name: &str) -> Option<Zone> {
        Zone::ALL.into_iter().find(|zone| zone.iana_name().eq_ignore_ascii_case(name.trim()))
    }

    /// The offset after the last change khabar knows of (in 2037 or earlier): the zone's
    /// standard offset, in minutes east of UTC.
    pub fn standard_offset_minutes(self) -> i32 {
        let data = self.data();
        data.changes.last().map_or(i32::from(data.initial), |&c| change_offset(c))
    }

    const fn facts(self) -> (&'static str, &'static str, &'static ZoneData) {
        match self {
            Zone::Tehran => ("Asia/Tehran", "IR", &tz_data::TEHRAN),
            Zone::Kabul => ("Asia/Kabul", "AF", &tz_data::KABUL),
            Zone::Baghdad => ("Asia/Baghdad", "IQ", &tz_data::BAGHDAD),
            Zone::Riyadh => ("Asia/Riyadh", "SA", &tz_data::RIYADH),
            Zone::Kuwait => ("Asia/Kuwait", "KW", &tz_data::KUWAIT),
            Zone::Qatar => ("Asia/Qatar", "QA", &tz_data::QATAR),
            Zone::Bahrain => ("Asia/Bahrain", "BH", &tz_data::BAHRAIN),
            Zone::Dubai => ("Asia/Dubai", "AE", &tz_data::DUBAI),
            Zone::Muscat => ("Asia/Muscat", "OM", &tz_data::MUSCAT),
            Zone::Aden => ("Asia/Aden", "YE", &tz_data::ADEN),
            Zone::Damascus => ("Asia/Damascus", "SY", &tz_data::DAMASCUS),
            Zone::Beirut => ("Asia/Beirut", "LB", &tz_data::BEIRUT),
            Zone::Amman => ("Asia/Amman", "JO", &tz_data::AMMAN),
            Zone::Jerusalem => ("Asia/Jerusalem", "IL", &tz_data::JERUSALEM),
            Zone::Gaza => ("Asia/Gaza", "PS", &tz_data::GAZA),
            Zone::Hebron => ("Asia/Hebron", "PS", &tz_data::HEBRON),
            Zone::Cairo => ("Africa/Cairo", "EG", &tz_data::CAIRO),
            Zone::Khartoum => ("Africa/Khartoum", "SD", &tz_data::KHARTOUM),
            Zone::Tripoli => ("Africa/Tripoli", "LY", &tz_data::TRIPOLI),
            Zone::Tunis => ("Africa/Tunis", "TN", &tz_data::TUNIS),
            Zone::Algiers => ("Africa/Algiers", "DZ", &tz_data::ALGIERS),
            Zone::Casablanca => ("Africa/Casablanca", "MA", &tz_data::CASABLANCA),
            Zone::Nouakchott => ("Africa/Nouakchott", "MR", &tz_data::NOUAKCHOTT),
            Zone::Mogadishu => ("Africa/Mogadishu", "SO", &tz_data::MOGADISHU),
            Zone::Djibouti => ("Africa/Djibouti", "DJ", &tz_data::DJIBOUTI),
        }
    }

    const fn data(self) -> &'static ZoneData {
        self.facts().2
    }
}

/// Minutes east of UTC in force at a local date (in any calendar) and time of day in `zone`.
/// Skipped and repeated local times get the offset in force before the change (see the module
/// docs). An hour of 24 reads as midnight at the end of the day.
pub fn utc_offset_minutes(zone: Zone, date: Date, time: (u8, u8, u8)) -> i32 {
    let (hour, minute, _) = time;
    let local = (date.to_rata_die() - RD_1970) * 1440 + i64::from(hour) * 60 + i64::from(minute);
    let data = zone.data();
    let initial = i32::from(data.initial);
    // Changes fall on whole minutes, so the seconds never matter.
    let next = data.changes.partition_point(|&c| change_at(c) <= local);
    let Some(&last) = next.checked_sub(1).and_then(|i| data.changes.get(i)) else {
        return initial;
    };
    let before = next.checked_sub(2).and_then(|i| data.changes.get(i)).map_or(initial, |&c| change_offset(c));
    let after = change_offset(last);
    // Clocks going forward skip `after - before` minutes from `change_at(last)`; until the
    // skipped span is over the old offset holds. Going back, the change is at the end of the
    // repeated span, so the new offset starts at `change_at(last)` itself.
    if local >= change_at(last) + i64::from((after - before).max(0)) { after } else { before }
}

/// `+04:30` style text for an offset in minutes.
pub fn format_offset(minutes: i32) -> String {
    let sign = if minutes < 0 { '-' } else { '+' };
    let m = minutes.unsigned_abs();
    let mut s = String::with_capacity(6);
    s.push(sign);
    for d in [m / 600 % 10, (m / 60) % 10, 10, (m % 60) / 10, m % 10] {
        s.push(if d == 10 { ':' } else { char::from(b'0' + d as u8) });
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::CalendarKind::{Gregorian, Persian};

    fn offset(zone: Zone, (y, m, d): (i32, u8, u8), time: (u8, u8, u8)) -> i32 {
        utc_offset_minutes(zone, Date::new(Gregorian, y, m, d).unwrap(), time)
    }

    #[test]
    fn tehran_summer_2021_and_2023() {
        let d = Date::new(Persian, 1400, 4, 26).unwrap();
        assert_eq!(format_offset(utc_offset_minutes(Zone::Tehran, d, (16, 54, 0))), "+04:30");
        let d = Date::new(Gregorian, 2023, 7, 1).unwrap();
        assert_eq!(format_offset(utc_offset_minutes(Zone::Tehran, d, (12, 0, 0))), "+03:30");
        assert_eq!(format_offset(-210), "-03:30");
        assert_eq!(format_offset(0), "+00:00");
    }

    #[test]
    fn tehran_change_at_midnight_2022() {
        // tz `asia`: Rule Iran 2022 Mar 21 24:00 +1 (skips 00:00-01:00 of 22 March), Sep 21
        // 24:00 back (repeats 23:00-24:00 of 21 September).
        assert_eq!(offset(Zone::Tehran, (2022, 3, 21), (23, 59, 59)), 210);
        assert_eq!(offset(Zone::Tehran, (2022, 3, 22), (0, 30, 0)), 210);
        assert_eq!(offset(Zone::Tehran, (2022, 3, 22), (1, 0, 0)), 270);
        assert_eq!(offset(Zone::Tehran, (2022, 9, 21), (22, 59, 0)), 270);
        assert_eq!(offset(Zone::Tehran, (2022, 9, 21), (23, 30, 0)), 270);
        assert_eq!(offset(Zone::Tehran, (2022, 9, 22), (0, 0, 0)), 210);
        // An hour of 24 is midnight ending the day.
        assert_eq!(offset(Zone::Tehran, (2022, 9, 21), (24, 0, 0)), 210);
    }

    #[test]
    fn outside_the_table_the_standard_offset() {
        assert_eq!(offset(Zone::Tehran, (1960, 7, 1), (12, 0, 0)), 210);
        assert_eq!(offset(Zone::Tehran, (2045, 7, 1), (12, 0, 0)), 210);
        assert_eq!(offset(Zone::Cairo, (2045, 7, 1), (12, 0, 0)), 120);
        assert_eq!(offset(Zone::Casablanca, (2050, 1, 1), (12, 0, 0)), 60);
        assert_eq!(offset(Zone::Kabul, (1, 1, 1), (0, 0, 0)), 270);
        assert_eq!(offset(Zone::Kabul, (3000, 12, 31), (23, 59, 59)), 270);
    }

    #[test]
    fn every_zone_ends_on_its_standard_offset() {
        // The last change of each zone returns it to the offset it keeps in January.
        for zone in Zone::ALL {
            assert_eq!(zone.standard_offset_minutes(), offset(zone, (2037, 1, 15), (12, 0, 0)), "{zone:?}");
            assert_eq!(Zone::from_iana_name(zone.iana_name()), Some(zone));
            assert_eq!(zone.country().len(), 2);
            let data = zone.data();
            assert!(data.changes.windows(2).all(|w| change_at(w[0]) + 120 < change_at(w[1])), "{zone:?}");
        }
    }
}
