//! Any year, month and day in any calendar: creating, converting and doing arithmetic never
//! panics, and a valid date comes back to itself through every other calendar.
#![no_main]

use khabar::CalendarKind;
use khabar::calendar::{Date, convert};
use libfuzzer_sys::fuzz_target;

const CALENDARS: [CalendarKind; 3] = [CalendarKind::Persian, CalendarKind::Gregorian, CalendarKind::Islamic];

fuzz_target!(|data: &[u8]| {
    if data.len() < 12 {
        return;
    }
    let year = i32::from_le_bytes([data[0], data[1], data[2], data[3]]);
    let (month, day) = (data[4], data[5]);
    let delta = i64::from(i32::from_le_bytes([data[6], data[7], data[8], data[9]]));
    let calendar = CALENDARS[usize::from(data[10] % 3)];
    let Some(date) = Date::new(calendar, year, month, day) else { return };
    for other in CALENDARS {
        assert_eq!(convert(convert(date, other), calendar), date);
    }
    let _ = date.add_days(delta);
    let _ = date.add_months(delta as i32);
    let _ = date.add_years((delta % 5000) as i32);
    let _ = date.weekday();
});
