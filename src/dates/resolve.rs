//! From a candidate to a value: the calendar, the year when the text leaves it out, the
//! Gregorian ISO value at the precision written, the native date, the UTC offset and the
//! confidence; then the checks between neighbours (glosses, weekdays).
//!
//! Policies:
//! - Calendar: the month name's family; else the era marker (`هـ` is lunar in Arabic, solar in
//!   Persian); else the year range: 1300-1499 is Solar Hijri in Persian and lunar Hijri in
//!   Arabic, anything else Gregorian.
//! - A missing year comes from `now`: the candidate years around it are weighed by distance,
//!   the future counting 5/4 of the past (news reports the past) unless the clause is in the
//!   future tense, where it is the other way round; a weekday written beside the date picks
//!   the year whose date falls on it. Without `now`, the value is year-less (`--07-26`); a
//!   year-less lunar date has no Gregorian value at all.
//! - Non-Gregorian months and years at month or year precision take the Gregorian month of the
//!   month's 15th day and the Gregorian year of the year's middle (1 Mehr, 1 Rajab).
//! - `utcOffset` only with a time of day: Asia/Tehran or Asia/Kabul for Persian text (by
//!   variant), for Arabic only a zone the text names.

use super::{Cand, Check, Core, Ctx, DateSpec, Dir, Part, Rel, Time, ZoneSpec};
use crate::calendar::{self, Date, RataDie, tz};
use crate::lang::date_words::{Era, Holiday, Unit, ZoneName};
use crate::model::{CalendarKind, Language, Precision, Variant};

#[derive(Clone, Debug, PartialEq)]
pub(super) struct Resolved {
    pub value: Option<String>,
    pub precision: Precision,
    pub calendar: CalendarKind,
    pub native: Option<String>,
    pub utc_offset: Option<String>,
    pub relative: bool,
    pub confidence: f32,
    /// The day, when resolved to a day or finer.
    pub day: Option<RataDie>,
    /// A day without a year: its calendar, month and day.
    pub yearless: Option<(CalendarKind, u8, u8)>,
    pub weekday_mismatch: bool,
}

impl Resolved {
    fn unknown(precision: Precision, calendar: CalendarKind, confidence: f32) -> Resolved {
        Resolved {
            value: None,
            precision,
            calendar,
            native: None,
            utc_offset: None,
            relative: true,
            confidence,
            day: None,
            yearless: None,
            weekday_mismatch: false,
        }
    }
}

/// Resolves a candidate; `hint` is the day a gloss partner resolved to (fixes a missing year).
/// `None` when the date does not exist (`32 يناير`, `30 اسفند 1404`).
pub(super) fn resolve(ctx: &Ctx, c: &Cand, hint: Option<RataDie>) -> Option<Resolved> {
    match c.core {
        Core::Date(s) => date(ctx, c, s, hint),
        Core::Rel(r) => Some(relative(ctx, c, r)),
        Core::Weekday { dir, week } => Some(weekday(ctx, c, dir, week)),
        Core::Time => Some(time_only(ctx, c)),
        Core::DayOfMonth { day, month } => Some(day_of_month(ctx, c, day, month)),
        Core::NthWeekday { n, spec } => Some(nth_weekday(ctx, c, n, spec)),
        Core::Holiday { holiday: h, year } => holiday(ctx, c, h, year),
    }
}

/// A feast in a year written (its own calendar's if the era or the range says so, else the
/// Gregorian year it falls in) or the one nearest `now`.
fn holiday(ctx: &Ctx, c: &Cand, h: Holiday, year: Option<i32>) -> Option<Resolved> {
    let (cal, month, day) = match h {
        Holiday::Fixed(cal, m, d) => (cal, m, d),
        Holiday::Easter => {
            let y = match (year, ctx.now) {
                (Some(y), _) => y,
                (None, Some(now)) => {
                    let rd_now = now.date.to_rata_die();
                    let future = ctx.future_clause(c.first, c.last);
                    (now.date.year - 1..=now.date.year + 1).min_by_key(|&y| {
                        let diff = easter(y).map_or(i64::MAX / 4, |d| d.to_rata_die() - rd_now);
                        if (diff < 0) != future { diff.abs() } else { diff.abs() * 3 }
                    })?
                }
                (None, None) => return Some(Resolved::unknown(Precision::Day, CalendarKind::Gregorian, c.base * 0.8)),
            };
            let mut r = day_result(ctx, c, easter(y)?.to_rata_die(), c.base);
            r.relative = year.is_none();
            return Some(r);
        }
    };
    let native_year = year.and_then(|y| {
        let (written_cal, _) = calendar_of(ctx, c, &DateSpec { year: Some(y), ..Default::default() });
        if written_cal == cal && cal != CalendarKind::Gregorian {
            return Some(y);
        }
        // The feast in the Gregorian year written.
        gregorian_year_of(cal, y, month, day)
    });
    let spec = DateSpec { cal: Some(cal), year: native_year, month: Some(month), day: Some(day), ..Default::default() };
    let mut plain = *c;
    plain.era = None;
    if year.is_some() && native_year.is_none() {
        return None;
    }
    date(ctx, &plain, spec, None)
}

/// Western Easter Sunday of a Gregorian year: the anonymous Gregorian computus (Meeus, *Astronomical
/// Algorithms*, ch. 8).
fn easter(year: i32) -> Option<Date> {
    let a = year % 19;
    let (b, c) = (year / 100, year % 100);
    let (d, e) = (b / 4, b % 4);
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let (i, k) = (c / 4, c % 4);
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    Date::new(CalendarKind::Gregorian, year, month as u8, day as u8)
}

/// A day of the current, last or next month, or of the month near now whose day falls on the
/// weekday written.
fn day_of_month(ctx: &Ctx, c: &Cand, day: u8, month: Option<i32>) -> Resolved {
    let Some(now) = ctx.now else { return Resolved::unknown(Precision::Day, CalendarKind::Gregorian, c.base * 0.8) };
    let g = now.date;
    let at = |k: i32| {
        let index = g.year * 12 + i32::from(g.month) - 1 + k;
        Date::new(CalendarKind::Gregorian, index.div_euclid(12), (index.rem_euclid(12) + 1) as u8, day)
    };
    let mut plain = *c;
    plain.weekday = None;
    if let Some(k) = month {
        return match at(k) {
            Some(d) => {
                plain.weekday = c.weekday;
                day_result(ctx, &plain, d.to_rata_die(), c.base)
            }
            None => Resolved::unknown(Precision::Day, CalendarKind::Gregorian, 0.0),
        };
    }
    let Some(w) = c.weekday else { return Resolved::unknown(Precision::Day, CalendarKind::Gregorian, 0.0) };
    let rd_now = g.to_rata_die();
    let (past_w, future_w) = if ctx.future_clause(c.first, c.last) { (3, 1) } else { (1, 3) };
    let best = (-3..=3)
        .filter_map(at)
        .filter(|d| d.weekday().index() == w)
        .min_by_key(|d| {
            let diff = d.to_rata_die() - rd_now;
            if diff < 0 { -diff * past_w } else { diff * future_w }
        });
    match best {
        Some(d) => day_result(ctx, &plain, d.to_rata_die(), c.base),
        None => Resolved::unknown(Precision::Day, CalendarKind::Gregorian, 0.0),
    }
}

/// The nth (or last) weekday of a month.
fn nth_weekday(ctx: &Ctx, c: &Cand, n: i8, spec: DateSpec) -> Resolved {
    let cal = spec.cal.unwrap_or(CalendarKind::Gregorian);
    let unknown = || Resolved::unknown(Precision::Day, cal, c.base * 0.8);
    let (year, month) = match (spec.year, spec.month, ctx.now) {
        (Some(y), Some(m), _) => (y, m),
        (None, Some(m), Some(now)) if spec.year_rel.is_some() => (calendar::convert(now.date, cal).year + i32::from(spec.year_rel.unwrap_or(0)), m),
        (None, Some(m), Some(now)) => match infer_year(cal, m, None, None, now.date, ctx.future_clause(c.first, c.last)) {
            Some((y, _)) => (y, m),
            None => return unknown(),
        },
        (_, None, Some(now)) => {
            let today = calendar::convert(now.date, cal);
            let index = today.year * 12 + i32::from(today.month) - 1 + i32::from(spec.month_rel.unwrap_or(0));
            (spec.year.unwrap_or(index.div_euclid(12)), (index.rem_euclid(12) + 1) as u8)
        }
        _ => return unknown(),
    };
    let Some(w) = c.weekday else { return unknown() };
    let (Some(first), Some(last)) = (Date::new(cal, year, month, 1), Date::new(cal, year, month, calendar::days_in_month(cal, year, month))) else {
        return unknown();
    };
    let rd = if n < 0 {
        last.to_rata_die() - i64::from((last.weekday().index() + 7 - w) % 7)
    } else {
        first.to_rata_die() + i64::from((w + 7 - first.weekday().index()) % 7) + 7 * (i64::from(n) - 1)
    };
    if rd > last.to_rata_die() {
        return Resolved::unknown(Precision::Day, cal, 0.0);
    }
    let mut plain = *c;
    plain.weekday = None;
    let mut r = day_result(ctx, &plain, rd, c.base);
    r.relative = spec.year.is_none();
    r
}

fn calendar_of(ctx: &Ctx, c: &Cand, s: &DateSpec) -> (CalendarKind, f32) {
    let lang = ctx.lang(c.first);
    let from_era = c.era.map(|e| match e {
        Era::Islamic => CalendarKind::Islamic,
        Era::Persian => CalendarKind::Persian,
        Era::Gregorian => CalendarKind::Gregorian,
        // `هـ` in Persian text is the solar era, unless the solar year would lie decades ahead
        // (1441 هـ is 2020 as a lunar year, 2062 as a solar one).
        Era::Hijri if lang == Language::Fa && s.year.is_none_or(|y| y <= 1420) => CalendarKind::Persian,
        Era::Hijri => CalendarKind::Islamic,
    });
    if let Some(cal) = s.cal {
        // `ه` after a solar month is the solar era; a real conflict costs confidence.
        let conflict = from_era.is_some_and(|e| e != cal) && !(c.era == Some(Era::Hijri) && cal != CalendarKind::Gregorian);
        return (cal, if conflict { 0.7 } else { 1.0 });
    }
    if let Some(cal) = from_era {
        return (cal, 1.0);
    }
    let Some(year) = s.year else { return (CalendarKind::Gregorian, 0.9) };
    if s.short_year {
        return (if lang == Language::Ar { CalendarKind::Gregorian } else { CalendarKind::Persian }, 0.85);
    }
    if (1300..=1499).contains(&year) {
        return (if lang == Language::Ar { CalendarKind::Islamic } else { CalendarKind::Persian }, 0.9);
    }
    (CalendarKind::Gregorian, 1.0)
}

/// A two-digit year in its calendar's current centuries.
fn expand_year(year: i32, cal: CalendarKind) -> i32 {
    match cal {
        CalendarKind::Persian if year <= 50 => 1400 + year,
        CalendarKind::Persian => 1300 + year,
        CalendarKind::Islamic if year <= 70 => 1400 + year,
        CalendarKind::Islamic => 1300 + year,
        CalendarKind::Gregorian if year <= 50 => 2000 + year,
        CalendarKind::Gregorian => 1900 + year,
    }
}

fn date(ctx: &Ctx, c: &Cand, s: DateSpec, hint: Option<RataDie>) -> Option<Resolved> {
    let (cal, cal_factor) = calendar_of(ctx, c, &s);
    let mut conf = c.base * cal_factor;
    let mut relative = false;
    let mut weekday_mismatch = false;
    let mut weekday_checked = false;
    let mut year = s.year.map(|y| if s.short_year { expand_year(y, cal) } else { y });
    let (mut month, mut day) = (s.month, s.day);
    // `رمضان 2019`: a lunar or solar month with the Gregorian year it falls in.
    if let (Some(y), Some(m)) = (year, month) {
        let gregorian_year = match cal {
            CalendarKind::Islamic => y >= 1700,
            CalendarKind::Persian => y >= 1800,
            CalendarKind::Gregorian => false,
        };
        if gregorian_year {
            year = gregorian_year_of(cal, y, m, day.unwrap_or(1));
            year?;
        }
    }
    let precision_of = |day: Option<u8>, month: Option<u8>| {
        if day.is_some() {
            Precision::Day
        } else if month.is_some() {
            Precision::Month
        } else {
            Precision::Year
        }
    };
    if year.is_none() {
        let m = month?;
        if let Some(rd) = hint {
            year = year_matching(cal, m, day, rd);
        }
        if year.is_none() && (s.year_rel.is_some() || s.month_dir.is_some() || ctx.now.is_some()) {
            let Some(now) = ctx.now else {
                let mut r = Resolved::unknown(precision_of(day, month), cal, conf * 0.8);
                r.native = None;
                return Some(r);
            };
            let today = calendar::convert(now.date, cal);
            relative = true;
            conf *= 0.9;
            year = Some(if let Some(k) = s.year_rel {
                today.year + i32::from(k)
            } else if let Some(dir) = s.month_dir {
                match dir {
                    Dir::Past if m < today.month => today.year,
                    Dir::Past => today.year - 1,
                    Dir::Next if m > today.month => today.year,
                    Dir::Next => today.year + 1,
                    Dir::Coming if m >= today.month => today.year,
                    Dir::Coming => today.year + 1,
                }
            } else {
                let future = ctx.future_clause(c.first, c.last);
                let (y, weekday_ok) = infer_year(cal, m, day, c.weekday, now.date, future)?;
                if let Some(ok) = weekday_ok {
                    weekday_checked = true;
                    if ok {
                        conf = (conf + 0.1).min(0.95);
                    } else {
                        weekday_mismatch = true;
                        conf *= 0.5;
                    }
                }
                y
            });
        }
        if year.is_none() {
            return yearless(cal, m, day, conf * 0.8);
        }
    }
    let year = year?;
    // Boundary days of a period (`بداية 2021` is rare but `اواخر` keeps the precision).
    if let Some(p) = c.period.filter(|p| p.exact) {
        match (month, day, p.part) {
            (None, None, Part::Start) => (month, day) = (Some(1), Some(1)),
            (None, None, Part::End) => (month, day) = (Some(12), Some(calendar::days_in_month(cal, year, 12))),
            (Some(_), None, Part::Start) => day = Some(1),
            (Some(m), None, Part::End) => day = Some(calendar::days_in_month(cal, year, m)),
            (Some(_), None, Part::Middle) => day = Some(15),
            _ => {}
        }
    }
    let precision = precision_of(day, month);
    let native_date = Date::new(cal, year, month.unwrap_or(1), day.unwrap_or(1))?;
    // Lunar dates are exact where the published tables agree (1420-1450 AH).
    conf *= 0.6 + 0.4 * native_date.conversion_confidence();
    let mut r = Resolved {
        value: None,
        precision,
        calendar: cal,
        native: None,
        utc_offset: None,
        relative,
        confidence: conf,
        day: None,
        yearless: None,
        weekday_mismatch,
    };
    let mut value = String::with_capacity(20);
    match precision {
        Precision::Year => {
            let g = if cal == CalendarKind::Gregorian { native_date } else { Date::new(cal, year, 7, 1)?.to_gregorian() };
            push_num(&mut value, g.year, 4);
        }
        Precision::Month => {
            let g = if cal == CalendarKind::Gregorian { native_date } else { Date::new(cal, year, native_date.month, 15)?.to_gregorian() };
            push_num(&mut value, g.year, 4);
            value.push('-');
            push_num(&mut value, i32::from(g.month), 2);
        }
        _ => {
            let g = native_date.to_gregorian();
            push_iso_date(&mut value, g);
            r.day = Some(native_date.to_rata_die());
            if let Some(w) = c.weekday.filter(|_| !weekday_checked) {
                if native_date.weekday().index() == w {
                    r.confidence = (r.confidence + 0.05).min(0.99);
                } else {
                    r.weekday_mismatch = true;
                    r.confidence *= 0.5;
                }
            }
            if let Some(t) = c.time {
                r.precision = push_time(&mut value, t);
                r.utc_offset = offset(ctx, c, native_date, t);
            }
        }
    }
    if cal != CalendarKind::Gregorian {
        let mut native = String::with_capacity(10);
        push_num(&mut native, year, 4);
        if precision != Precision::Year {
            native.push('-');
            push_num(&mut native, i32::from(native_date.month), 2);
        }
        if precision >= Precision::Day {
            native.push('-');
            push_num(&mut native, i32::from(native_date.day), 2);
        }
        r.native = Some(native);
    }
    r.value = Some(value);
    Some(r)
}

/// The year of `cal` whose `month`/`day` falls in Gregorian year `gregorian`.
fn gregorian_year_of(cal: CalendarKind, gregorian: i32, month: u8, day: u8) -> Option<i32> {
    let first = calendar::convert(Date::new(CalendarKind::Gregorian, gregorian, 1, 1)?, cal).year;
    (first..=first + 1).find(|&n| Date::new(cal, n, month, day).is_some_and(|d| d.to_gregorian().year == gregorian))
}

/// The year in `cal` in which `month`/`day` (or the month) falls on or around day `rd`.
fn year_matching(cal: CalendarKind, month: u8, day: Option<u8>, rd: RataDie) -> Option<i32> {
    let near = Date::from_rata_die(cal, rd)?;
    [near.year, near.year - 1, near.year + 1]
        .into_iter()
        .find(|&y| Date::new(cal, y, month, day.unwrap_or(1)).is_some_and(|d| day.is_none() || d.to_rata_die() == rd))
}

/// A date without a year and no reference: `--MM-DD` for Gregorian and (through the usual
/// mapping of its days) Solar Hijri dates; no value for lunar ones, which wander through the
/// Gregorian year.
fn yearless(cal: CalendarKind, month: u8, day: Option<u8>, conf: f32) -> Option<Resolved> {
    if day.is_some_and(|d| d == 0 || d > max_days(cal, month)) || !(1..=12).contains(&month) {
        return None;
    }
    let precision = if day.is_some() { Precision::Day } else { Precision::Month };
    let mut r = Resolved::unknown(precision, cal, conf);
    r.relative = false;
    let gregorian = match cal {
        CalendarKind::Gregorian => Some((month, day.unwrap_or(1))),
        CalendarKind::Persian => persian_usual(month, day.unwrap_or(15)),
        CalendarKind::Islamic => None,
    };
    if let Some((gm, gd)) = gregorian {
        let mut v = String::from("--");
        push_num(&mut v, i32::from(gm), 2);
        if day.is_some() {
            v.push('-');
            push_num(&mut v, i32::from(gd), 2);
        }
        r.value = Some(v);
    }
    if cal != CalendarKind::Gregorian {
        let mut n = String::from("--");
        push_num(&mut n, i32::from(month), 2);
        if let Some(d) = day {
            n.push('-');
            push_num(&mut n, i32::from(d), 2);
        }
        r.native = Some(n);
    }
    if let Some(d) = day {
        r.yearless = Some((cal, month, d));
    }
    Some(r)
}

fn max_days(cal: CalendarKind, month: u8) -> u8 {
    match cal {
        CalendarKind::Gregorian if month == 2 => 29,
        CalendarKind::Gregorian => calendar::gregorian::days_in_month(2001, month),
        CalendarKind::Persian if month <= 6 => 31,
        CalendarKind::Persian => 30,
        CalendarKind::Islamic => 30,
    }
}

/// The Gregorian month and day a Solar Hijri month and day fall on in most years of the
/// current 33-year cycle (they move by at most one day).
fn persian_usual(month: u8, day: u8) -> Option<(u8, u8)> {
    let mut counts: Vec<((u8, u8), u8)> = Vec::with_capacity(2);
    for y in 1390..1423 {
        let Some(d) = Date::new(CalendarKind::Persian, y, month, day) else { continue };
        let g = d.to_gregorian();
        match counts.iter_mut().find(|(k, _)| *k == (g.month, g.day)) {
            Some((_, n)) => *n += 1,
            None => counts.push(((g.month, g.day), 1)),
        }
    }
    counts.into_iter().max_by_key(|&(_, n)| n).map(|(k, _)| k)
}

/// The year of a month (and day) nearest `now`, the future weighed three times the past unless
/// `future`. With a weekday, the years whose date falls on it win; the flag says whether one did.
fn infer_year(cal: CalendarKind, month: u8, day: Option<u8>, weekday: Option<u8>, now: Date, future: bool) -> Option<(i32, Option<bool>)> {
    let today = calendar::convert(now, cal);
    let rd_now = now.to_rata_die();
    // Distances in quarter days: the future weighs 5/4 of the past (news reports the past, but a
    // date a month ahead is nearer than one eleven months back), the other way round in a
    // future clause.
    let (past_w, future_w) = if future { (5, 4) } else { (4, 5) };
    let mut best: Option<(i64, i32, bool)> = None;
    for y in [today.year - 1, today.year, today.year + 1] {
        let (start, end) = match day {
            Some(d) => {
                let Some(date) = Date::new(cal, y, month, d) else { continue };
                (date.to_rata_die(), date.to_rata_die())
            }
            None => {
                let Some(first) = Date::new(cal, y, month, 1) else { continue };
                let len = calendar::days_in_month(cal, y, month);
                (first.to_rata_die(), first.to_rata_die() + i64::from(len) - 1)
            }
        };
        let score = if rd_now < start {
            (start - rd_now) * future_w
        } else if rd_now > end {
            (rd_now - end) * past_w
        } else {
            0
        };
        let on_weekday = match (day, weekday) {
            (Some(_), Some(w)) => calendar::Weekday::of(start).index() == w,
            _ => false,
        };
        let better = match best {
            None => true,
            Some((s, _, ow)) => (on_weekday && !ow) || (on_weekday == ow && score < s),
        };
        if better {
            best = Some((score, y, on_weekday));
        }
    }
    let (_, y, ok) = best?;
    Some((y, weekday.filter(|_| day.is_some()).map(|_| ok)))
}

/// The calendar a relative month or year counts in: the Persian one in Persian text, unless
/// an adjective or a Gregorian month in parentheses says otherwise.
fn relative_calendar(ctx: &Ctx, c: &Cand) -> CalendarKind {
    match c.cal_adj {
        Some(Era::Gregorian) => CalendarKind::Gregorian,
        Some(Era::Persian) => CalendarKind::Persian,
        Some(Era::Islamic | Era::Hijri) => CalendarKind::Islamic,
        None if c.confirm_month.is_some() => CalendarKind::Gregorian,
        None if ctx.lang(c.first) == Language::Fa => CalendarKind::Persian,
        None => CalendarKind::Gregorian,
    }
}

fn relative(ctx: &Ctx, c: &Cand, rel: Rel) -> Resolved {
    let precision = match rel {
        Rel::Days(_) | Rel::Week(_) => Precision::Day,
        Rel::Shift(Unit::Hour | Unit::Minute, _) | Rel::Now => Precision::Minute,
        Rel::Shift(Unit::Second, _) => Precision::Second,
        Rel::Shift(..) | Rel::Span { .. } => Precision::Day,
        Rel::Month(_) => Precision::Month,
        Rel::Year(_) => Precision::Year,
    };
    let cal = match rel {
        Rel::Month(_) | Rel::Year(_) => relative_calendar(ctx, c),
        _ => CalendarKind::Gregorian,
    };
    let Some(now) = ctx.now else { return Resolved::unknown(precision, cal, c.base * 0.8) };
    let rd_now = now.date.to_rata_die();
    match rel {
        Rel::Days(k) => day_result(ctx, c, rd_now + i64::from(k), c.base),
        Rel::Week(k) => {
            let mut plain = *c;
            plain.weekday = None;
            day_result(ctx, &plain, week_start(ctx, c, now.date) + 7 * i64::from(k), c.base)
        }
        Rel::Span { months, days } => {
            let cal = if ctx.lang(c.first) == Language::Fa { CalendarKind::Persian } else { CalendarKind::Gregorian };
            match calendar::convert(now.date, cal).add_months(months).and_then(|d| d.add_days(i64::from(days))) {
                Some(d) => day_result(ctx, c, d.to_rata_die(), c.base),
                None => Resolved::unknown(Precision::Day, CalendarKind::Gregorian, 0.0),
            }
        }
        Rel::Shift(unit, n) => shift(ctx, c, now, unit, n),
        Rel::Now => {
            let mut r = day_result(ctx, c, rd_now, c.base);
            if let (Some(v), Some((h, m, s))) = (r.value.as_mut(), now.time) {
                r.precision = push_time(v, Time { hour: h, minute: m, second: (s != 0).then_some(s) });
            }
            r
        }
        Rel::Month(k) => {
            let today = calendar::convert(now.date, cal);
            let index = today.year * 12 + i32::from(today.month) - 1 + k;
            let (year, month) = (index.div_euclid(12), (index.rem_euclid(12) + 1) as u8);
            let mut spec = DateSpec { cal: Some(cal), year: Some(year), month: Some(month), ..Default::default() };
            let mut conf = c.base;
            if let Some(m) = c.confirm_month {
                conf = if m == month { (conf + 0.15).min(0.95) } else { conf * 0.5 };
            }
            spec.day = None;
            month_or_year(ctx, c, spec, conf)
        }
        Rel::Year(k) => {
            let today = calendar::convert(now.date, cal);
            let spec = DateSpec { cal: Some(cal), year: Some(today.year + k), ..Default::default() };
            month_or_year(ctx, c, spec, c.base)
        }
    }
}

/// A relative month or year through the absolute path (periods, native values), marked relative.
fn month_or_year(ctx: &Ctx, c: &Cand, spec: DateSpec, conf: f32) -> Resolved {
    let mut plain = *c;
    plain.core = Core::Date(spec);
    plain.base = conf;
    plain.era = None;
    match date(ctx, &plain, spec, None) {
        Some(mut r) => {
            r.relative = true;
            r
        }
        None => Resolved::unknown(Precision::Year, spec.cal.unwrap_or(CalendarKind::Gregorian), 0.0),
    }
}

/// A resolved day (with the candidate's time and weekday check), relative to `now`.
fn day_result(ctx: &Ctx, c: &Cand, rd: RataDie, conf: f32) -> Resolved {
    let Some(g) = Date::from_rata_die(CalendarKind::Gregorian, rd) else {
        return Resolved::unknown(Precision::Day, CalendarKind::Gregorian, 0.0);
    };
    let mut r = Resolved::unknown(Precision::Day, CalendarKind::Gregorian, conf);
    let mut value = String::with_capacity(20);
    push_iso_date(&mut value, g);
    if let Some(t) = c.time {
        r.precision = push_time(&mut value, t);
        r.utc_offset = offset(ctx, c, g, t);
    }
    if let Some(w) = c.weekday {
        if g.weekday().index() == w {
            r.confidence = (r.confidence + 0.1).min(0.95);
        } else {
            r.weekday_mismatch = true;
            r.confidence *= 0.5;
        }
    }
    r.value = Some(value);
    r.day = Some(rd);
    r
}

fn shift(ctx: &Ctx, c: &Cand, now: calendar::LocalDateTime, unit: Unit, n: i32) -> Resolved {
    let rd_now = now.date.to_rata_die();
    let n64 = i64::from(n);
    match unit {
        Unit::Day => day_result(ctx, c, rd_now + n64, c.base),
        Unit::Week => day_result(ctx, c, rd_now + 7 * n64, c.base),
        Unit::Month | Unit::Year => {
            // Months of the text's calendar: `۳ ماه پیش` counts Persian months.
            let cal = if ctx.lang(c.first) == Language::Fa { CalendarKind::Persian } else { CalendarKind::Gregorian };
            let months = if unit == Unit::Year { n.saturating_mul(12) } else { n };
            match calendar::convert(now.date, cal).add_months(months) {
                Some(date) => day_result(ctx, c, date.to_rata_die(), c.base),
                None => Resolved::unknown(Precision::Day, CalendarKind::Gregorian, 0.0),
            }
        }
        Unit::Hour | Unit::Minute | Unit::Second => {
            let Some((h, m, s)) = now.time else {
                // Without a time of day the hour is unknown; the day is the best guess.
                return day_result(ctx, c, rd_now, c.base * 0.5);
            };
            let step = match unit {
                Unit::Hour => 3600,
                Unit::Minute => 60,
                _ => 1,
            };
            let total = rd_now * 86_400 + i64::from(h) * 3600 + i64::from(m) * 60 + i64::from(s) + n64 * step;
            let (rd, secs) = (total.div_euclid(86_400), total.rem_euclid(86_400));
            let mut timed = *c;
            timed.time = Some(Time {
                hour: (secs / 3600) as u8,
                minute: (secs / 60 % 60) as u8,
                second: (unit == Unit::Second).then_some((secs % 60) as u8),
            });
            day_result(ctx, &timed, rd, c.base)
        }
    }
}

fn weekday(ctx: &Ctx, c: &Cand, dir: Option<Dir>, week: Option<i8>) -> Resolved {
    let Some(now) = ctx.now else { return Resolved::unknown(Precision::Day, CalendarKind::Gregorian, c.base * 0.8) };
    let Some(w) = c.weekday else { return Resolved::unknown(Precision::Day, CalendarKind::Gregorian, 0.0) };
    let rd_now = now.date.to_rata_die();
    let today = i64::from(now.date.weekday().index());
    let w = i64::from(w);
    let in_week = |k: i64| {
        let start = week_start(ctx, c, now.date);
        let first = (start - 1).rem_euclid(7);
        start + 7 * k + (w - first).rem_euclid(7)
    };
    let back = (today - w).rem_euclid(7);
    let ahead = (w - today).rem_euclid(7);
    let rd = match (week, dir) {
        (Some(k), _) => in_week(i64::from(k)),
        // `الثلاثاء الماضي`, `الأحد القادم`: the nearest one before or after today, not today.
        (None, Some(Dir::Past)) => rd_now - if back == 0 { 7 } else { back },
        (None, Some(Dir::Next)) => rd_now + if ahead == 0 { 7 } else { ahead },
        (None, Some(Dir::Coming)) => rd_now + ahead,
        (None, None) if ctx.future_clause(c.first, c.last) => rd_now + ahead,
        (None, None) => rd_now - back,
    };
    let mut plain = *c;
    plain.weekday = None;
    day_result(ctx, &plain, rd, c.base)
}

/// The first day of the week `date` is in: Saturday in Persian text (Iran's and Afghanistan's
/// week), Monday otherwise (ISO 8601).
fn week_start(ctx: &Ctx, c: &Cand, date: Date) -> RataDie {
    let first = if ctx.lang(c.first) == Language::Fa { 5 } else { 0 };
    date.to_rata_die() - (i64::from(date.weekday().index()) - first).rem_euclid(7)
}

fn time_only(ctx: &Ctx, c: &Cand) -> Resolved {
    let Some(now) = ctx.now else { return Resolved::unknown(Precision::Minute, CalendarKind::Gregorian, c.base * 0.8) };
    day_result(ctx, c, now.date.to_rata_die(), c.base)
}

/// The zone a time is in: written, or the country's for Persian text, or for Arabic text the
/// city of the article's dateline.
fn offset(ctx: &Ctx, c: &Cand, date: Date, t: Time) -> Option<String> {
    // Persian text, or a Solar Hijri date, is written in Iran or Afghanistan.
    let persian = ctx.lang(c.first) == Language::Fa || (date.calendar == CalendarKind::Persian && ctx.lang(c.first) != Language::Ar);
    let default = || match persian {
        true if ctx.variant() == Some(Variant::FaAf) => Some(tz::Zone::Kabul),
        true => Some(tz::Zone::Tehran),
        false => ctx.dateline.filter(|&(at, _)| at < c.first).map(|(_, z)| z),
    };
    let hms = (t.hour, t.minute, t.second.unwrap_or(0));
    let minutes = match c.zone {
        Some(ZoneSpec::Offset(m)) => m,
        Some(ZoneSpec::Named(ZoneName::Utc)) => 0,
        Some(ZoneSpec::Named(ZoneName::Tz(z))) => tz::utc_offset_minutes(z, date, hms),
        Some(ZoneSpec::Named(ZoneName::Local)) | None => tz::utc_offset_minutes(default()?, date, hms),
    };
    Some(tz::format_offset(minutes))
}

/// `YYYY-MM-DD`.
fn push_iso_date(s: &mut String, g: Date) {
    push_num(s, g.year, 4);
    s.push('-');
    push_num(s, i32::from(g.month), 2);
    s.push('-');
    push_num(s, i32::from(g.day), 2);
}

/// `THH:MM[:SS]`; returns the precision.
fn push_time(s: &mut String, t: Time) -> Precision {
    s.push('T');
    push_num(s, i32::from(t.hour), 2);
    s.push(':');
    push_num(s, i32::from(t.minute), 2);
    match t.second {
        Some(sec) => {
            s.push(':');
            push_num(s, i32::from(sec), 2);
            Precision::Second
        }
        None => Precision::Minute,
    }
}

/// A non-negative number with leading zeros to `width` digits.
fn push_num(s: &mut String, n: i32, width: usize) {
    let n = n.max(0) as u32;
    let mut digits = [0u8; 10];
    let mut len = 0;
    let mut v = n;
    loop {
        digits[len] = b'0' + (v % 10) as u8;
        len += 1;
        v /= 10;
        if v == 0 {
            break;
        }
    }
    for _ in len..width {
        s.push('0');
    }
    for d in digits[..len].iter().rev() {
        s.push(char::from(*d));
    }
}

/// Checks neighbours: a weekday that does not fit its date, and two readings of one day in two
/// calendars (`۲۶ جولای (۴ مرداد)`), whose missing year one can take from the other.
pub(super) fn cross_check(ctx: &Ctx, items: &mut [(Cand, Resolved)], checks: &mut Vec<Check>) {
    for i in 0..items.len().saturating_sub(1) {
        let (a, b) = (items[i].0, items[i + 1].0);
        let (Core::Date(sa), Core::Date(sb)) = (a.core, b.core) else { continue };
        if sa.day.is_none() || sb.day.is_none() || items[i].1.calendar == items[i + 1].1.calendar || !gloss_gap(ctx, &a, &b) {
            continue;
        }
        let agree = match (items[i].1.day, items[i + 1].1.day) {
            (Some(x), Some(y)) => Some(x == y),
            (Some(x), None) => refit(ctx, &b, x, &mut items[i + 1].1),
            (None, Some(y)) => refit(ctx, &a, y, &mut items[i].1),
            (None, None) => yearless_agree(&mut items[..], i),
        };
        let Some(agree) = agree else { continue };
        for k in [i, i + 1] {
            let r = &mut items[k].1;
            r.confidence = if agree { (r.confidence + 0.1).min(0.99) } else { r.confidence * 0.6 };
        }
        checks.push(if agree { Check::GlossAgrees { first: i, second: i + 1 } } else { Check::GlossDisagrees { first: i, second: i + 1 } });
    }
    for (i, (_, r)) in items.iter().enumerate() {
        if r.weekday_mismatch {
            checks.push(Check::WeekdayMismatch { mention: i });
        }
    }
}

/// Re-resolves a year-less date with its partner's day; whether they then agree.
fn refit(ctx: &Ctx, c: &Cand, rd: RataDie, r: &mut Resolved) -> Option<bool> {
    r.yearless?;
    let again = resolve(ctx, c, Some(rd))?;
    let agree = again.day == Some(rd);
    if agree {
        *r = again;
    }
    Some(agree)
}

/// Two year-less days in two calendars: whether some recent year makes them the same day; the
/// non-Gregorian one then takes the Gregorian one's value.
fn yearless_agree(items: &mut [(Cand, Resolved)], i: usize) -> Option<bool> {
    let (ca, ma, da) = items[i].1.yearless?;
    let (cb, mb, db) = items[i + 1].1.yearless?;
    let ((gm, gd), (other_cal, om, od), other) = match (ca, cb) {
        (CalendarKind::Gregorian, _) => ((ma, da), (cb, mb, db), i + 1),
        (_, CalendarKind::Gregorian) => ((mb, db), (ca, ma, da), i),
        _ => return None,
    };
    let years = match other_cal {
        CalendarKind::Persian => 1380..1420,
        _ => 1420..1460,
    };
    let agree = years.into_iter().any(|y| {
        Date::new(other_cal, y, om, od).is_some_and(|d| {
            let g = d.to_gregorian();
            (g.month, g.day) == (gm, gd)
        })
    });
    if agree {
        let partner = if other == i { i + 1 } else { i };
        items[other].1.value = items[partner].1.value.clone();
    }
    Some(agree)
}

/// What may stand between a date and its gloss: `(`, `-`, `/`, `،`, `الموافق`, `برابر با`.
fn gloss_gap(ctx: &Ctx, a: &Cand, b: &Cand) -> bool {
    if b.first <= a.last + 1 || b.first - a.last > 4 {
        return false;
    }
    let mut paren = false;
    let mut i = a.last + 1;
    while i < b.first {
        if !ctx.same_line(i) {
            return false;
        }
        match ctx.t.punct(i) {
            Some('(') => paren = true,
            Some('-' | '/' | ',' | '|') => {}
            Some(_) => return false,
            None => match ctx.word(i, |w| w == crate::lang::date_words::DateWord::Equals) {
                Some((_, n, 0)) => {
                    i += n;
                    continue;
                }
                _ => return false,
            },
        }
        i += 1;
    }
    !paren || ctx.t.punct(b.last + 1) == Some(')')
}
