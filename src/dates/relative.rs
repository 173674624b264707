//! Expressions relative to the reference moment: days (`امروز`, `دیروز`, `وأمس`, `بعد غد`),
//! counts of units (`۳ روز پیش`, `منذ يومين`, `قبل 5 دقائق`, `بعد شهرين`), named periods
//! (`هفته گذشته`, `الأسبوع الماضي`, `ماه جاری میلادی (جولای)`, `بداية العام`, `امسال`) and weekdays
//! (`روز پنجشنبه`, `الثلاثاء الماضي`, `الجمعة من الأسبوع المقبل`).

use super::{Cand, Core, Ctx, Dir, Rel};
use crate::lang::date_words::{DateWord, Unit};

pub(super) fn at(ctx: &Ctx, i: usize, out: &mut Vec<Cand>) {
    if !ctx.t.is_word(i) && ctx.t.num(i).is_none() {
        return;
    }
    day_of_named_month(ctx, i, out);
    nth_weekday(ctx, i, out);
    rel_day(ctx, i, out);
    count_unit(ctx, i, out);
    named_period(ctx, i, out);
    weekday(ctx, i, out);
    single_words(ctx, i, out);
}

/// A weekday right after `end`: `اليوم الجمعة`, `امروز (پنجشنبه)`, `أمس، الخميس`.
fn weekday_after(ctx: &Ctx, end: usize) -> Option<(u8, usize)> {
    let mut j = end + 1;
    if !ctx.same_line(j) {
        return None;
    }
    let paren = ctx.t.punct(j) == Some('(');
    if paren || ctx.t.punct(j) == Some(',') {
        j += 1;
    }
    if !ctx.same_line(j) {
        return None;
    }
    let (w, next, clitic, _) = ctx.weekday_at(j)?;
    if clitic != 0 {
        return None;
    }
    if paren {
        return (ctx.t.punct(next) == Some(')')).then_some((w, next));
    }
    Some((w, next - 1))
}

fn rel_day(ctx: &Ctx, i: usize, out: &mut Vec<Cand>) {
    let mut first = i;
    let mut at = i;
    // `هذا اليوم`.
    if ctx.is(i, DateWord::This) && ctx.same_line(i + 1) && ctx.word(i + 1, |w| w == DateWord::RelDay(0)).is_some() {
        at = i + 1;
    }
    let Some((DateWord::RelDay(k), n, clitic)) = ctx.word(at, |w| matches!(w, DateWord::RelDay(_))) else { return };
    let clitic = if at == i { clitic } else { 0 };
    if at != i {
        first = i;
    }
    let mut c = Cand::new(first, at + n - 1, Core::Rel(Rel::Days(i32::from(k))), 0.75);
    c.clitic = clitic;
    if let Some((w, last)) = weekday_after(ctx, c.last) {
        c.weekday = Some(w);
        c.last = last;
        c.base = 0.8;
    }
    out.push(c);
}

/// A count at `i`: digits or cardinal words. Returns (count, next token).
fn count_at(ctx: &Ctx, i: usize) -> Option<(i32, usize)> {
    if let Some((v, d)) = ctx.t.num(i) {
        return (d <= 4 && v > 0).then_some((v as i32, i + 1));
    }
    let n = ctx.number(i)?;
    if n.words == 0 || n.ordinal || n.clitic != 0 || n.value == 0 || n.value > 10_000 {
        return None;
    }
    Some((n.value as i32, n.last + 1))
}

fn unit_at(ctx: &Ctx, i: usize) -> Option<(Unit, u8, usize)> {
    match ctx.word(i, |w| matches!(w, DateWord::Unit(..)))? {
        (DateWord::Unit(u, count), n, 0) => Some((u, count, i + n)),
        _ => None,
    }
}

/// [`unit_at`] allowing a `و` clitic (`والأسبوع`), for the first word of an expression.
fn unit_at_start(ctx: &Ctx, i: usize) -> Option<(Unit, u8, usize)> {
    match ctx.word(i, |w| matches!(w, DateWord::Unit(..)))? {
        (DateWord::Unit(u, count), n, c) if c == 0 || (c == "و".len() && ctx.t.key(i).starts_with('و')) => Some((u, count, i + n)),
        _ => None,
    }
}

/// A length of time: `3 أيام`, `يومين`, `أسبوع` (one, when `bare_one`), `1 شهر و 21 أيام`.
#[derive(Clone, Copy, Debug)]
struct Duration {
    months: i32,
    days: i32,
    /// The only part, when there is one (keeps hours and minutes exact).
    single: Option<(Unit, i32)>,
    next: usize,
}

fn duration_at(ctx: &Ctx, i: usize, bare_one: bool) -> Option<Duration> {
    let mut d = Duration { months: 0, days: 0, single: None, next: i };
    let mut parts = 0;
    let mut j = i;
    loop {
        if (parts > 0 || j != i) && !ctx.same_line(j) {
            break;
        }
        let part = if let Some((u, count, k)) = unit_at(ctx, j) {
            // `قبل أسبوع` is one week; `منذ عام 2014` is "since 2014"; `شهر و 2 سنة` starts
            // with one month.
            let joined_on = ctx.same_line(k) && (ctx.t.key(k) == "و" || ctx.t.punct(k) == Some(','));
            let one_ok = count == 2 || (count == 1 && (bare_one || parts > 0 || joined_on));
            if !one_ok || (ctx.same_line(k) && ctx.year_at(k, false).is_some()) {
                None
            } else {
                Some((u, i32::from(count), k))
            }
        } else if let Some((n, k)) = count_at(ctx, j) {
            unit_at(ctx, k).filter(|_| ctx.same_line(k)).map(|(u, _, k2)| (u, n, k2))
        } else {
            None
        };
        let Some((u, n, next)) = part else { break };
        if parts > 0 && matches!(u, Unit::Hour | Unit::Minute | Unit::Second) {
            break;
        }
        match u {
            Unit::Year => d.months += 12 * n,
            Unit::Month => d.months += n,
            Unit::Week => d.days += 7 * n,
            Unit::Day => d.days += n,
            _ => {}
        }
        d.single = if parts == 0 { Some((u, n)) } else { None };
        parts += 1;
        d.next = next;
        // `و`, `,` or an attached `و` before the next part.
        j = next;
        if ctx.same_line(j) && (ctx.t.key(j) == "و" || ctx.t.punct(j) == Some(',')) {
            j += 1;
        }
        if matches!(d.single, Some((Unit::Hour | Unit::Minute | Unit::Second, _))) {
            break;
        }
    }
    // A lone singular unit (`شهر`) is no duration.
    let lone_one = parts == 1 && !bare_one && matches!(d.single, Some((_, 1))) && count_at(ctx, i).is_none();
    (parts > 0 && !lone_one).then_some(d)
}

fn duration_rel(d: &Duration, sign: i32) -> Rel {
    match d.single {
        Some((u, n)) => Rel::Shift(u, sign * n),
        None => Rel::Span { months: sign * d.months, days: sign * d.days },
    }
}

fn duration_base(d: &Duration) -> f32 {
    match d.single {
        Some((Unit::Month | Unit::Year, _)) => 0.6,
        _ => 0.7,
    }
}

/// `من الآن` after a duration: (next).
fn from_now(ctx: &Ctx, j: usize) -> Option<usize> {
    if ctx.same_line(j) && ctx.t.key(j) == "من" && ctx.same_line(j + 1) && ctx.is(j + 1, DateWord::Now) { Some(j + 2) } else { None }
}

/// `۳ روز پیش`, `دو هفته بعد` (Persian: duration, direction), `منذ يومين`, `قبل 3 أيام`,
/// `بعد شهرين`, `في غضون يومين`, `قبل أسبوع`, `منذ 1 شهر و 21 أيام من الآن` (Arabic: direction,
/// duration), and a duration `من الآن` whose direction the tense gives.
fn count_unit(ctx: &Ctx, i: usize, out: &mut Vec<Cand>) {
    // Persian order.
    if let Some(d) = duration_at(ctx, i, false) {
        let k = d.next;
        if ctx.same_line(k) {
            if let Some((w, m, 0)) = ctx.word(k, |w| matches!(w, DateWord::Ago | DateWord::Later)) {
                // `۵ روز بعد از انتخابات` counts from the elections, not from now.
                if ctx.same_line(k + m) && ctx.t.key(k + m) == "از" {
                    return;
                }
                let sign = if w == DateWord::Ago { -1 } else { 1 };
                out.push(Cand::new(i, k + m - 1, Core::Rel(duration_rel(&d, sign)), duration_base(&d)));
            } else if let Some(end) = from_now(ctx, k) {
                let sign = if ctx.future_clause(i, end - 1) { 1 } else { -1 };
                out.push(Cand::new(i, end - 1, Core::Rel(duration_rel(&d, sign)), duration_base(&d) * 0.8));
            }
        }
    }
    // Arabic order.
    let mut at = i;
    if matches!(ctx.t.key(i), "فی") && ctx.same_line(i + 1) && ctx.t.key(i + 1) == "غضون" {
        at = i + 1;
    }
    let Some((w, m, clitic)) = ctx.word(at, |w| matches!(w, DateWord::Ago | DateWord::Since | DateWord::Later)) else { return };
    let sign = if w == DateWord::Later { 1 } else { -1 };
    let j = at + m;
    if !ctx.same_line(j) {
        return;
    }
    let Some(d) = duration_at(ctx, j, true) else { return };
    // `بعد 3 أيام من الهجوم` counts from the attack; `من الآن` is from now.
    let from = ctx.same_line(d.next) && ctx.t.key(d.next) == "من";
    if from && from_now(ctx, d.next).is_none() {
        return;
    }
    let end = from_now(ctx, d.next).unwrap_or(d.next);
    let mut c = Cand::new(i, end - 1, Core::Rel(duration_rel(&d, sign)), duration_base(&d));
    c.clitic = if at == i { clitic } else { 0 };
    out.push(c);
}

/// `هفته گذشته`, `الأسبوع الماضي`, `هذا العام`, `العام الحالي`, `اواخر ماه جاری میلادی (جولای)`,
/// `بداية العام`, `نهاية العام الحالي`.
fn named_period(ctx: &Ctx, i: usize, out: &mut Vec<Cand>) {
    // `والأسبوع الماضي`, `وهذا العام`: a conjunction on the first word stays outside.
    let clitic = ctx.t.hits(i).first().map_or(0, |h| usize::from(h.clitic));
    if clitic > 0 && !ctx.t.key(i).starts_with('و') {
        return;
    }
    let mut j = i;
    let mut period = None;
    if let Some((p, next)) = ctx.period_at(i) {
        if !ctx.same_line(next) {
            return;
        }
        period = Some(p);
        j = next;
    }
    // `هذا العام`, `هذه السنة`.
    let mut rel: Option<i32> = None;
    let this_here = ctx.word(j, |w| w == DateWord::This).is_some_and(|(_, n, c)| n == 1 && (c == 0 || (j == i && c == clitic)));
    if this_here && ctx.same_line(j + 1) {
        if let Some((u, _, _)) = unit_at(ctx, j + 1) {
            if matches!(u, Unit::Week | Unit::Month | Unit::Year) {
                rel = Some(0);
                j += 1;
            }
        }
    }
    let Some((u, _, mut next)) = (if j == i { unit_at_start(ctx, j) } else { unit_at(ctx, j) }) else { return };
    if !matches!(u, Unit::Week | Unit::Month | Unit::Year) {
        return;
    }
    // `اواخر سال ۲۰۲۱` is a year (the textual recognizer's).
    if ctx.same_line(next) && ctx.year_at(next, false).is_some() {
        return;
    }
    // `۲۰ سال گذشته` is "the past twenty years": no date.
    if j > 0 && ctx.same_line(j) && (count_at(ctx, j - 1).is_some() || ctx.t.num(j - 1).is_some()) {
        return;
    }
    if rel.is_none() && ctx.same_line(next) {
        if let Some((w, n, 0)) = ctx.word(next, |w| matches!(w, DateWord::Last | DateWord::This | DateWord::Next)) {
            rel = Some(match w {
                DateWord::Last => -1,
                DateWord::This => 0,
                _ => 1,
            });
            next += n;
        }
    }
    // `بداية العام`: a period of the current one.
    if rel.is_none() && period.is_some() && u != Unit::Week {
        rel = Some(0);
    }
    let Some(k) = rel else { return };
    let core = match u {
        Unit::Week => Rel::Week(k),
        Unit::Month => Rel::Month(k),
        _ => Rel::Year(k),
    };
    let mut c = Cand::new(i, next - 1, Core::Rel(core), if u == Unit::Week { 0.5 } else { 0.7 });
    c.period = period;
    c.clitic = clitic;
    // `ماه جاری میلادی`, then `(جولای)`.
    if ctx.same_line(next) {
        if let Some((DateWord::CalendarAdjective(era), n, 0)) = ctx.word(next, |w| matches!(w, DateWord::CalendarAdjective(_))) {
            c.cal_adj = Some(era);
            next += n;
            c.last = next - 1;
        }
    }
    if u == Unit::Month && ctx.same_line(next) && ctx.t.punct(next) == Some('(') && ctx.same_line(next + 1) {
        if let Some(m) = ctx.month_at(next + 1) {
            if ctx.t.punct(m.next) == Some(')') {
                c.confirm_month = Some(m.month);
                c.last = m.next;
            }
        }
    }
    out.push(c);
}

/// Which week a weekday is in: `الأسبوع المقبل`, `هفته آینده` at `j`: (offset, next).
fn week_at(ctx: &Ctx, j: usize) -> Option<(i8, usize)> {
    // `هذا الاسبوع`.
    if ctx.is(j, DateWord::This) && ctx.same_line(j + 1) {
        if let Some((Unit::Week, _, k)) = unit_at(ctx, j + 1) {
            return Some((0, k));
        }
    }
    let (u, _, k) = unit_at(ctx, j)?;
    if u != Unit::Week || !ctx.same_line(k) {
        return None;
    }
    let (w, n, c) = ctx.word(k, |w| matches!(w, DateWord::Last | DateWord::This | DateWord::Next))?;
    if c != 0 {
        return None;
    }
    let offset = match w {
        DateWord::Last => -1,
        DateWord::This => 0,
        _ => 1,
    };
    Some((offset, k + n))
}

fn weekday(ctx: &Ctx, i: usize, out: &mut Vec<Cand>) {
    // `الأسبوع المقبل يوم الجمعة`.
    if let Some((offset, mut j)) = week_at(ctx, i) {
        if ctx.same_line(j) && ctx.is(j, DateWord::DayWord) {
            j += 1;
        }
        if ctx.same_line(j) {
            if let Some((w, next, 0, _)) = ctx.weekday_at(j) {
                let mut c = Cand::new(i, next - 1, Core::Weekday { dir: None, week: Some(offset) }, 0.65);
                c.weekday = Some(w);
                out.push(c);
            }
        }
    }
    // `هذا الاثنين`, `هذا يوم الجمعة`.
    if ctx.is(i, DateWord::This) && ctx.same_line(i + 1) {
        let mut j = i + 1;
        if ctx.is(j, DateWord::DayWord) && ctx.same_line(j + 1) {
            j += 1;
        }
        if let Some((w, next, 0, _)) = ctx.weekday_at(j) {
            let mut c = Cand::new(i, next - 1, Core::Weekday { dir: Some(Dir::Coming), week: None }, 0.6);
            c.weekday = Some(w);
            out.push(c);
        }
    }
    let Some((w, next, clitic, needs_cue)) = ctx.weekday_at(i) else { return };
    let day_word_before = i > 0 && ctx.same_line(i) && ctx.is(i - 1, DateWord::DayWord);
    // `بين الاثنين`, `كلا الاثنين`: "the two".
    if w == 0 && i > 0 && ctx.same_line(i) && matches!(ctx.t.key(i - 1), "بین" | "کلا") {
        return;
    }
    let mut c = Cand::new(i, next - 1, Core::Weekday { dir: None, week: None }, 0.6);
    c.weekday = Some(w);
    c.clitic = clitic;
    let mut cued = day_word_before;
    if let Some(dom) = weekday_day(ctx, next) {
        c.core = dom.0;
        c.last = dom.1 - 1;
        cued = true;
        if let Core::NthWeekday { .. } = c.core {
            c.base = 0.6;
        }
    } else if ctx.same_line(next) {
        let mut j = next;
        if ctx.t.key(j) == "من" && ctx.same_line(j + 1) {
            j += 1;
        }
        if let Some((offset, k)) = week_at(ctx, j) {
            c.core = Core::Weekday { dir: None, week: Some(offset) };
            c.last = k - 1;
            cued = true;
        } else if let Some((word, n, 0)) = ctx.word(next, |x| matches!(x, DateWord::Last | DateWord::Next)).filter(|_| !(ctx.t.key(next) == "بعد" && ctx.lang(next) == crate::model::Language::Ar)) {
            let dir = if word == DateWord::Last { Dir::Past } else { Dir::Next };
            c.core = Core::Weekday { dir: Some(dir), week: None };
            c.last = next + n - 1;
            cued = true;
        }
    }
    if needs_cue && !cued {
        return;
    }
    out.push(c);
}

/// `امسال`, `پارسال`, `الآن`.
fn single_words(ctx: &Ctx, i: usize, out: &mut Vec<Cand>) {
    match ctx.word(i, |w| matches!(w, DateWord::RelYear(_) | DateWord::Now)) {
        Some((DateWord::RelYear(k), n, c)) => {
            let mut cand = Cand::new(i, i + n - 1, Core::Rel(Rel::Year(i32::from(k))), 0.7);
            cand.clitic = c;
            out.push(cand);
        }
        // `حتى الآن` "so far", `من الآن` "from now": not a moment.
        Some((DateWord::Now, _, _)) if i > 0 && ctx.same_line(i) && matches!(ctx.t.key(i - 1), "من" | "حتی" | "منذ" | "لحد" | "لغایه" | "تا" | "از") => {}
        Some((DateWord::Now, n, c)) => {
            let mut cand = Cand::new(i, i + n - 1, Core::Rel(Rel::Now), 0.3);
            cand.clitic = c;
            out.push(cand);
        }
        _ => {}
    }
}

/// `هذا الشهر`, `الشهر الجاري`, `الشهر المقبل` at `j`: (month offset, next).
fn named_month_at(ctx: &Ctx, j: usize) -> Option<(i32, usize)> {
    if ctx.is(j, DateWord::This) && ctx.same_line(j + 1) {
        if let Some((Unit::Month, _, k)) = unit_at(ctx, j + 1) {
            return Some((0, k));
        }
    }
    let (u, _, k) = unit_at(ctx, j)?;
    if u != Unit::Month || !ctx.same_line(k) {
        return None;
    }
    let (w, n, 0) = ctx.word(k, |w| matches!(w, DateWord::Last | DateWord::This | DateWord::Next))? else { return None };
    let offset = match w {
        DateWord::Last => -1,
        DateWord::This => 0,
        _ => 1,
    };
    Some((offset, k + n))
}

/// `20 من الشهر القادم`, `التاسع عشر من هذا الشهر`, `27 الجاري` ("the 27th of this month"),
/// `15 الماضي`, and `يوم 27` (the 27th of this month, less sure).
fn day_of_named_month(ctx: &Ctx, i: usize, out: &mut Vec<Cand>) {
    let Some(d) = ctx.day_at(i) else { return };
    if !ctx.same_line(d.next) {
        // `يوم 27` at the end of a line.
        day_word_day(ctx, i, &d, out);
        return;
    }
    if ctx.t.key(d.next) == "من" && ctx.same_line(d.next + 1) {
        if let Some((offset, after)) = named_month_at(ctx, d.next + 1) {
            let mut c = Cand::new(i, after - 1, Core::DayOfMonth { day: d.day, month: Some(offset) }, 0.7);
            c.clitic = d.clitic;
            out.push(c);
        }
        return;
    }
    // `27 الجاري`: a day with "current", "last" or "next" and no month word (Arabic usage).
    if ctx.lang(i) != crate::model::Language::Fa {
        if let Some((w, n, 0)) = ctx.word(d.next, |w| matches!(w, DateWord::Last | DateWord::This | DateWord::Next)) {
            let offset = match w {
                DateWord::Last => -1,
                DateWord::This => 0,
                _ => 1,
            };
            let mut c = Cand::new(i, d.next + n - 1, Core::DayOfMonth { day: d.day, month: Some(offset) }, 0.65);
            c.clitic = d.clitic;
            out.push(c);
            return;
        }
    }
    day_word_day(ctx, i, &d, out);
}

/// `يوم 27`: a day of this month after the word for "day" (not `اليوم 27`, day 27 of a count).
fn day_word_day(ctx: &Ctx, i: usize, d: &super::scan::DayMatch, out: &mut Vec<Cand>) {
    if d.words || d.clitic != 0 || i == 0 || !ctx.same_line(i) || !ctx.is(i - 1, DateWord::DayWord) {
        return;
    }
    // A unit or a noun after the number makes it a count (`يوم 27 ساعة`).
    if ctx.same_line(d.next) && (ctx.t.is_word(d.next) && ctx.t.key(d.next) != "من") {
        return;
    }
    let mut c = Cand::new(i - 1, d.next - 1, Core::DayOfMonth { day: d.day, month: Some(0) }, 0.4);
    c.clitic = 0;
    out.push(c);
}

/// After a weekday: a day of the month (`الخميس 21`, `الأحد السابع عشرة`, `الجمعة في الثانية
/// والعشرين`), a day of a named month (`الثلاثاء التاسع عشر من هذا الشهر`) or an nth weekday
/// of this month (`الأحد الثاني`). Returns the core and the next token.
fn weekday_day(ctx: &Ctx, next: usize) -> Option<(Core, usize)> {
    let mut j = next;
    if !ctx.same_line(j) {
        return None;
    }
    if matches!(ctx.t.key(j), "فی") && ctx.same_line(j + 1) {
        j += 1;
    }
    let d = ctx.day_at(j)?;
    if d.clitic != 0 {
        return None;
    }
    // A month after it makes it a full date (the textual recognizer's).
    let mut k = d.next;
    if ctx.same_line(k) && ctx.t.key(k) == "من" && ctx.same_line(k + 1) {
        if let Some((offset, after)) = named_month_at(ctx, k + 1) {
            return Some((Core::DayOfMonth { day: d.day, month: Some(offset) }, after));
        }
        k += 1;
    }
    if ctx.same_line(k) && ctx.month_at(k).is_some() {
        return None;
    }
    if d.words && d.ordinal && d.day <= 5 && k == d.next {
        // `انطلقت الأحد أول رحلة`: an Arabic ordinal without the article before a word is "the
        // first trip", not "the first Sunday".
        let noun_after = ctx.same_line(d.next) && ctx.t.punct(d.next).is_none() && ctx.t.num(d.next).is_none();
        if ctx.lang(j) == crate::model::Language::Ar && !ctx.t.key(j).starts_with("ال") && noun_after {
            return None;
        }
        let spec = super::DateSpec::default();
        return Some((Core::NthWeekday { n: d.day as i8, spec }, d.next));
    }
    (k == d.next).then_some((Core::DayOfMonth { day: d.day, month: None }, d.next))
}

/// `اخر اثنين من شهر اذار`, `اول ثلاثاء من شهر عشرة`, `ثالث يوم ثلاثاء بايلول بعام 2014`,
/// `الاربعاء الثانية من شهر اكتوبر في سنة 2014`.
fn nth_weekday(ctx: &Ctx, i: usize, out: &mut Vec<Cand>) {
    // Ordinal first.
    let lead = if let Some((DateWord::PeriodEnd(true), 1, 0)) = ctx.word(i, |w| w == DateWord::PeriodEnd(true)) {
        Some((-1i8, i + 1))
    } else {
        ctx.number(i).filter(|n| n.ordinal && n.words > 0 && (1..=5).contains(&n.value) && n.clitic == 0).map(|n| (n.value as i8, n.last + 1))
    };
    if let Some((n, mut j)) = lead {
        if ctx.same_line(j) && ctx.is(j, DateWord::DayWord) {
            j += 1;
        }
        if ctx.same_line(j) {
            if let Some((w, after, 0, _)) = ctx.weekday_at(j) {
                if let Some((spec, end)) = month_of(ctx, after) {
                    let mut c = Cand::new(i, end - 1, Core::NthWeekday { n, spec }, 0.65);
                    c.weekday = Some(w);
                    out.push(c);
                }
            }
        }
    }
    // Weekday first: `الاربعاء الثانية من شهر اكتوبر`, `الاثنين الاخير من شهر ثلاثة`.
    if let Some((w, after, clitic, _)) = ctx.weekday_at(i) {
        let nth = if !ctx.same_line(after) {
            None
        } else if let Some((DateWord::PeriodEnd(true), 1, 0)) = ctx.word(after, |w| w == DateWord::PeriodEnd(true)) {
            Some((-1, after + 1))
        } else {
            ctx.number(after).filter(|n| n.ordinal && n.words > 0 && (1..=5).contains(&n.value) && n.clitic == 0).map(|n| (n.value as i8, n.last + 1))
        };
        if let Some((n, next)) = nth {
            if let Some((spec, end)) = month_of(ctx, next) {
                let mut c = Cand::new(i, end - 1, Core::NthWeekday { n, spec }, 0.65);
                c.weekday = Some(w);
                c.clitic = clitic;
                out.push(c);
            }
        }
    }
}

/// `من شهر اذار`, `في ايلول في سنة 2014`, `بايلول بعام 2014`, `في اكتوبر لعام 2014`: the month
/// (and year) an nth weekday is in.
fn month_of(ctx: &Ctx, j: usize) -> Option<(super::DateSpec, usize)> {
    let mut j = j;
    if !ctx.same_line(j) {
        return None;
    }
    if matches!(ctx.t.key(j), "من" | "فی") && ctx.same_line(j + 1) {
        j += 1;
    }
    // `من الشهر القادم`.
    if let Some((offset, next)) = named_month_at(ctx, j) {
        let spec = super::DateSpec { cal: Some(crate::model::CalendarKind::Gregorian), month_rel: Some(offset as i8), ..Default::default() };
        return Some((spec, next));
    }
    let m = ctx.month_at(j)?;
    let mut spec = super::DateSpec { cal: Some(m.family.calendar()), month: Some(m.month), ..Default::default() };
    let mut end = m.next;
    let mut k = end;
    if ctx.same_line(k) && matches!(ctx.t.key(k), "فی" | "من") {
        k += 1;
    }
    if ctx.same_line(k) && ctx.word(k, |w| w == DateWord::YearWord).is_some() && ctx.same_line(k + 1) {
        if let Some(y) = ctx.year_at(k + 1, false) {
            spec.year = Some(y.year);
            end = y.next;
        } else if let Some((w, n, 0)) = ctx.word(k + 1, |w| matches!(w, DateWord::Last | DateWord::This | DateWord::Next)) {
            // `شهر مارس السنة القادمة`.
            spec.year_rel = Some(match w {
                DateWord::Last => -1,
                DateWord::This => 0,
                _ => 1,
            });
            end = k + 1 + n;
        }
    } else if ctx.same_line(k) && k == m.next {
        if let Some(y) = ctx.year_at(k, false) {
            spec.year = Some(y.year);
            end = y.next;
        }
    }
    Some((spec, end))
}
