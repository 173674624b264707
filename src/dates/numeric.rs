//! Dates in digits (`1400/04/24`, `05-11-2024`, `2021.07.15`, `۹۹/۰۴/۲۴`) and clock times on
//! their own (`الساعة 3 صباحا`, `ساعت ۱۰ صبح`).
//!
//! Year first when the first number has four digits, day-month-year when the last one does:
//! the orders of the Persian and Arabic press. Two-digit years only in Persian year-first form
//! above 31 (`۹۹/۰۴/۲۴`) and in day-month-year with `/` or `-`. A day and month without a year
//! (`21/09`) only after a weekday or a "dated" word. `.` separates only with a four-digit year,
//! and a number chain longer than three (an IP address, a version, a phone number) is no date.

use super::{Cand, Core, Ctx, DateSpec};
use crate::lang::date_words::DateWord;
use crate::model::Language;

pub(super) fn at(ctx: &Ctx, i: usize, out: &mut Vec<Cand>) {
    if ctx.t.num(i).is_some() {
        numeric_date(ctx, i, out);
        time_alone(ctx, i, out);
    } else if ctx.is(i, DateWord::Clock) || ctx.t.hits(i).iter().any(|h| matches!(h.lex, super::lexicon::Lex::Number(_))) {
        time_alone(ctx, i, out);
    }
}

/// Words after which a day/month without a year is a date (`بتاريخ 21/09`).
const DATED_WORDS: &[&str] = &["تاریخ", "بتاریخ", "مورخ", "مورخه"];

/// Reads `N sep N`, allowing spaces around the separator; returns the separator and the index
/// of the second number.
fn sep_num(ctx: &Ctx, i: usize) -> Option<(char, usize)> {
    let sep = ctx.t.punct(i + 1)?;
    if !matches!(sep, '/' | '-' | '.') || !ctx.same_line(i + 1) || !ctx.same_line(i + 2) {
        return None;
    }
    ctx.t.num(i + 2)?;
    // `.` and `-` must be tight on both sides (`2021.07.15`); `/` may be spaced (`1400 / 04 / 24`).
    if sep != '/' && (!ctx.t.tight(i) || !ctx.t.tight(i + 1)) {
        return None;
    }
    Some((sep, i + 2))
}

fn numeric_date(ctx: &Ctx, i: usize, out: &mut Vec<Cand>) {
    let Some((a, ad)) = ctx.t.num(i) else { return };
    // Not the middle of a longer chain: `1.2.3.4`, `+98-21-1234`, `10:1398/01/13`; a label's
    // colon may touch the date (`تاریخ درج خبر:1398/01/13`).
    let chain = |p: char| p != ':' || i >= 2 && ctx.t.num(i - 2).is_some();
    if i > 0 && ctx.same_line(i) && (ctx.t.num(i - 1).is_some() || (ctx.t.punct(i - 1).is_some_and(|p| matches!(p, '/' | '-' | '.' | '+' | ':') && chain(p)) && ctx.t.tight(i - 1)))
    {
        return;
    }
    let Some((s1, j)) = sep_num(ctx, i) else { return };
    let (b, bd) = ctx.t.num(j).unwrap_or_default();
    let lang = ctx.lang(i);
    let three = sep_num(ctx, j).filter(|&(s2, _)| s2 == s1);
    let Some((_, k)) = three else {
        // `02/2013`: a month and a year.
        let chained = matches!(ctx.t.punct(j + 1), Some('/' | '-' | '.' | ':')) && ctx.t.tight(j);
        if s1 == '/' && ad <= 2 && (1..=12).contains(&a) && bd == 4 && (1900..=2100).contains(&b) && !chained {
            let spec = DateSpec { year: Some(b as i32), month: Some(a as u8), numeric: true, ..Default::default() };
            out.push(Cand::new(i, j, Core::Date(spec), 0.6));
            return;
        }
        day_month(ctx, i, (a, ad), (b, bd), s1, j, out);
        return;
    };
    let (c, cd) = ctx.t.num(k).unwrap_or_default();
    // The chain must stop here.
    if matches!(ctx.t.punct(k + 1), Some(p) if p == s1 || p == ':') && ctx.t.tight(k) && ctx.t.num(k + 2).is_some() {
        return;
    }
    if bd > 2 {
        return;
    }
    let (year, month, day, short) = if ad == 4 && cd <= 2 {
        (a, b, c, false)
    } else if cd == 4 && ad <= 2 {
        (c, b, a, false)
    } else if s1 == '/' && ad == 2 && cd <= 2 && a > 31 && lang != Language::Ar {
        // `۹۹/۰۴/۲۴`: a Persian two-digit solar year.
        (a, b, c, true)
    } else if s1 != '.' && ad <= 2 && cd == 2 {
        (c, b, a, true)
    } else {
        return;
    };
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) || (!short && !(1200..=2199).contains(&year)) {
        return;
    }
    let spec = DateSpec {
        cal: None,
        year: Some(year as i32),
        month: Some(month as u8),
        day: Some(day as u8),
        numeric: true,
        short_year: short,
        ..Default::default()
    };
    let mut cand = Cand::new(i, k, Core::Date(spec), if short { 0.6 } else { 0.85 });
    if let Some((era, next)) = ctx.era_at(k + 1) {
        cand.era = Some(era);
        cand.last = next - 1;
    }
    out.push(cand);
}

/// `21/09` after a weekday or `بتاريخ`: day and month, year inferred.
fn day_month(ctx: &Ctx, i: usize, (a, ad): (u32, u8), (b, bd): (u32, u8), sep: char, j: usize, out: &mut Vec<Cand>) {
    // `04/22`: with a leading zero and no valid day-month reading, month first.
    let ((a, ad), (b, bd)) = if (1..=9).contains(&a) && ad == 2 && b > 12 && bd == 2 && b <= 31 { ((b, 2), (a, 2)) } else { ((a, ad), (b, bd)) };
    if sep != '/' || ad > 2 || bd > 2 || !(1..=31).contains(&a) || !(1..=12).contains(&b) {
        return;
    }
    if matches!(ctx.t.punct(j + 1), Some('/' | '-' | '.' | ':')) && ctx.t.tight(j) {
        return;
    }
    let before = |k: usize| k < i && ctx.same_line(k + 1);
    let dated = i > 0 && before(i - 1) && (ctx.weekday_at(i - 1).is_some_and(|(_, n, _, _)| n == i) || DATED_WORDS.iter().any(|w| super::lexicon::fold(w) == ctx.t.key(i - 1)));
    // `22/04`: a month written with a leading zero is a date (fractions and scores have none);
    // in Arabic only, since Persian short dates put the month first.
    let zero_month = bd == 2 && b < 10 && ctx.lang(i) != Language::Fa;
    if !dated && !zero_month {
        return;
    }
    let spec = DateSpec { month: Some(b as u8), day: Some(a as u8), numeric: true, ..Default::default() };
    out.push(Cand::new(i, j, Core::Date(spec), if dated { 0.6 } else { 0.5 }));
}

/// A clock time with `ساعت`/`الساعة` or a day part, on its own. In a range written with one
/// day part (`من الساعة 3 الى الساعة 4 بعد العصر`) the part is both ends'.
fn time_alone(ctx: &Ctx, i: usize, out: &mut Vec<Cand>) {
    let Some(m) = ctx.clock_at(i) else { return };
    let mut time = m.time;
    if m.part.is_none() && ctx.same_line(m.next) {
        let k = m.next;
        let to = if matches!(ctx.t.key(k), "الی" | "حتی" | "وحتی" | "تا" | "لغایت") || ctx.t.punct(k) == Some('-') { Some(k + 1) } else { None };
        if let Some(second) = to.filter(|&k2| ctx.same_line(k2)).and_then(|k2| ctx.clock_at(k2)) {
            if let Some(part) = second.part {
                time.hour = super::scan::apply_day_part(time.hour, Some(part));
            }
        }
    }
    let mut c = Cand::new(i, m.next - 1, Core::Time, 0.5);
    c.time = Some(time);
    c.zone = m.zone;
    // `الساعة 10:30 صباحا يوم الأحد`, `ساعت ۱۰ صبح امروز`: the day follows the time.
    let mut j = m.next;
    if ctx.same_line(j) && ctx.is(j, DateWord::DayWord) {
        j += 1;
    }
    if ctx.same_line(j) {
        if let Some((w, next, 0, _)) = ctx.weekday_at(j) {
            c.core = Core::Weekday { dir: None, week: None };
            c.weekday = Some(w);
            c.last = next - 1;
            c.base = 0.6;
        } else if let Some((DateWord::RelDay(k), n, 0)) = ctx.word(j, |w| matches!(w, DateWord::RelDay(_))) {
            c.core = Core::Rel(super::Rel::Days(i32::from(k)));
            c.last = j + n - 1;
            c.base = 0.7;
        }
    }
    out.push(c);
}
