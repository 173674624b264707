//! Dates written with month names, in the orders these languages use:
//! day-month-year (`26 تیر 1400`, `٠٥ / نوفمبر / ٢٠٢٤`, `الحادي والعشرين من مايو`), year-month-day
//! (`۱۳۸۸ اسفند ۱۸`), month-year
//! (`ژانویه ۲۰۲۱`), month-day-year (`سبتمبر 10, 1901`), a month with a relative year
//! (`ژوئن سال گذشته`, `۱۱ جنوری امسال`, `آوریل گذشته`), a bare month after a preposition
//! (`في يناير`), day ranges (`من 13 الى 15 يوليو`), and years marked as years (`سال ۲۰۱۴`,
//! `عام 2008`, `1441هـ`).

use super::scan::MonthMatch;
use super::{Cand, Core, Ctx, DateSpec, Dir};
use crate::lang::date_words::DateWord;
use crate::lang::months::{Family, Strength};
use crate::model::Language;

pub(super) fn at(ctx: &Ctx, i: usize, out: &mut Vec<Cand>) {
    if ctx.t.get(i).is_none() {
        return;
    }
    day_first(ctx, i, out);
    month_first(ctx, i, out);
    year_first(ctx, i, out);
    month_alone(ctx, i, out);
    marked_year(ctx, i, out);
    day_range(ctx, i, out);
    holiday(ctx, i, out);
}

/// `عيد الفطر 2013`, `عید نوروز ۱۴۰۰`, `رأس السنة الهجرية`.
fn holiday(ctx: &Ctx, i: usize, out: &mut Vec<Cand>) {
    let Some((h, n, clitic)) = ctx.find(i, |l| match l {
        super::lexicon::Lex::Holiday(h) => Some(h),
        _ => None,
    }) else {
        return;
    };
    let mut next = i + n;
    let mut year = None;
    if ctx.same_line(next) {
        let mut j = next;
        if ctx.word(j, |w| w == DateWord::YearWord).is_some() && ctx.same_line(j + 1) {
            j += 1;
        }
        if let Some(y) = ctx.year_at(j, false) {
            year = Some(y.year);
            next = y.next;
        }
    }
    let mut c = Cand::new(i, next - 1, Core::Holiday { holiday: h, year }, if year.is_some() { 0.8 } else { 0.6 });
    c.clitic = clitic;
    if year.is_some() {
        if let Some((era, after)) = ctx.era_at(next) {
            c.era = Some(era);
            c.last = after - 1;
        }
    }
    out.push(c);
}

/// What follows a month: a year, or a year relative to now, or "last"/"next".
#[derive(Clone, Copy, Debug, Default)]
struct YearPart {
    year: Option<i32>,
    short: bool,
    rel: Option<i8>,
    dir: Option<Dir>,
    /// Token after the year part (the month's end when there is none).
    next: usize,
}

fn year_part(ctx: &Ctx, m: &MonthMatch) -> YearPart {
    let none = YearPart { next: m.next, ..Default::default() };
    let two_digits = matches!(m.family, Family::IranSolar | Family::AfghanSolar);
    let mut j = ctx.skip_sep(m.next, &['/', '-', ',', '.']);
    if !ctx.same_line(j) {
        return none;
    }
    // `من العام الماضي`, `من هذا العام`, `من سنة 2014`.
    let after_of = matches!(ctx.t.key(j), "من") && ctx.same_line(j + 1);
    if after_of {
        j += 1;
    }
    if let Some((DateWord::RelYear(r), n, 0)) = ctx.word(j, |w| matches!(w, DateWord::RelYear(_))) {
        return YearPart { rel: Some(r), next: j + n, ..none };
    }
    // A year word, then a year or "last/this/next".
    if matches!(ctx.t.key(j), "فی") && ctx.same_line(j + 1) && ctx.word(j + 1, |w| w == DateWord::YearWord).is_some() {
        j += 1;
    }
    let year_word = ctx.word(j, |w| w == DateWord::YearWord).filter(|&(_, n, c)| n == 1 && (c == 0 || matches!(ctx.t.key(j), "لعام" | "لسنه" | "بعام" | "بسنه")));
    if year_word.is_some() {
        if ctx.same_line(j + 1) {
            if let Some(y) = ctx.year_at(j + 1, two_digits || ctx.lang(j) == Language::Fa) {
                return YearPart { year: Some(y.year), short: y.digits == 2, next: y.next, ..none };
            }
            if let Some(r) = rel_word(ctx, j + 1) {
                return YearPart { rel: Some(r), next: j + 2, ..none };
            }
        }
        return none;
    }
    // `هذا العام`.
    if ctx.is(j, DateWord::This) && ctx.same_line(j + 1) && ctx.word(j + 1, |w| w == DateWord::YearWord).is_some() {
        return YearPart { rel: Some(0), next: j + 2, ..none };
    }
    if after_of {
        return none;
    }
    if let Some(y) = ctx.year_at(j, two_digits) {
        // Two digits only right after the month (`26 شهریور 94`), never after a separator.
        if y.digits != 2 || j == m.next {
            return YearPart { year: Some(y.year), short: y.digits == 2, next: y.next, ..none };
        }
    }
    // `آوریل گذشته`, `يناير الماضي`, `أبريل المقبل`.
    if j == m.next {
        if let Some((w, n, 0)) = ctx.word(j, |w| matches!(w, DateWord::Last | DateWord::Next)) {
            let dir = if w == DateWord::Last { Dir::Past } else { Dir::Next };
            return YearPart { dir: Some(dir), next: j + n, ..none };
        }
    }
    none
}

/// Last (-1), this (0) or next (+1) at `j`.
fn rel_word(ctx: &Ctx, j: usize) -> Option<i8> {
    let (w, _, c) = ctx.word(j, |w| matches!(w, DateWord::Last | DateWord::This | DateWord::Next))?;
    if c != 0 {
        return None;
    }
    Some(match w {
        DateWord::Last => -1,
        DateWord::This => 0,
        _ => 1,
    })
}

/// Whether a month name has enough around it to be a month.
fn month_counts(ctx: &Ctx, m: &MonthMatch, day: bool, y: &YearPart) -> bool {
    let has_year = y.year.is_some() || y.rel.is_some();
    match m.strength {
        Strength::Strong => true,
        Strength::Medium => day || has_year || y.dir.is_some(),
        Strength::Weak => {
            // With a day only: the clause must end right after the month.
            let end = y.next;
            day && (has_year || !ctx.same_line(end) || matches!(ctx.t.punct(end), Some('.' | ',' | ')' | '!' | '?' | '؟' | ';')))
        }
    }
}

fn era_after(ctx: &Ctx, y: &YearPart) -> Option<(crate::lang::date_words::Era, usize)> {
    if y.year.is_some() { ctx.era_at(y.next) } else { None }
}

fn spec(m: &MonthMatch, day: Option<u8>, y: &YearPart) -> DateSpec {
    DateSpec {
        cal: Some(m.family.calendar()),
        year: y.year,
        month: Some(m.month),
        day,
        year_rel: y.rel,
        month_dir: y.dir,
        month_rel: None,
        numeric: false,
        short_year: y.short,
    }
}

/// Year of an Afghan zodiac month must look solar (`۱۵ حمل ۱۴۰۰`), or the month is a word.
fn plausible(m: &MonthMatch, y: &YearPart) -> bool {
    match (m.family, y.year) {
        (Family::AfghanSolar, Some(year)) if !y.short => (1200..=1600).contains(&year),
        _ => true,
    }
}

fn day_first(ctx: &Ctx, i: usize, out: &mut Vec<Cand>) {
    let Some(d) = ctx.day_at(i) else { return };
    let mut next = d.next;
    // `ثالث يوم من شهر عشرة`: "the third day of".
    if d.words && d.ordinal && ctx.same_line(next) && ctx.is(next, DateWord::DayWord) {
        next += 1;
    }
    let mut j = ctx.skip_sep(next, &['/', '-', '.', ',']);
    if !ctx.same_line(j) {
        return;
    }
    if matches!(ctx.t.key(j), "من") && ctx.same_line(j + 1) {
        j += 1;
    }
    let Some(m) = ctx.month_at(j) else { return };
    if m.clitic != 0 {
        return;
    }
    let y = year_part(ctx, &m);
    if !month_counts(ctx, &m, true, &y) || !plausible(&m, &y) {
        return;
    }
    let mut last = y.next - 1;
    let mut c = Cand::new(i, last, Core::Date(spec(&m, Some(d.day), &y)), if y.year.is_some() { 0.9 } else { 0.75 });
    if let Some((era, next)) = era_after(ctx, &y) {
        c.era = Some(era);
        last = next - 1;
    }
    c.last = last;
    c.clitic = d.clitic;
    out.push(c);
}

/// `سبتمبر 10, 1901`, `يناير الحادي والعشرين ألفان وثمانية عشر`: month, day, then a year.
fn month_first(ctx: &Ctx, i: usize, out: &mut Vec<Cand>) {
    let Some(m) = ctx.month_at(i) else { return };
    if !ctx.same_line(m.next) {
        return;
    }
    let j = ctx.skip_sep(m.next, &['-']);
    let Some(d) = ctx.day_at(j) else { return };
    if d.clitic != 0 || !ctx.same_line(d.next) {
        return;
    }
    let mut k = ctx.skip_sep(d.next, &[',']);
    // `سبتمبر الحادي والعشرين من ألف وتسعمائة وثمانية وسبعون`.
    if k == d.next && ctx.t.key(k) == "من" && ctx.same_line(k + 1) && ctx.t.is_word(k + 1) {
        k += 1;
    }
    // A weak month name (`March`, also a word) needs its year: `March 23, 2016`.
    let Some(year) = ctx.year_at(k, false) else {
        // `يوليو 13-15`, `تموز 13 الى 15`: a range of days in a month, year inferred.
        let to = d.next;
        let ranged = !d.words && (ctx.t.punct(to) == Some('-') || matches!(ctx.t.key(to), "الی" | "حتی" | "تا")) && ctx.same_line(to + 1) && ctx.day_at(to + 1).is_some_and(|e| !e.words);
        if ranged && m.strength >= Strength::Medium {
            let y = YearPart { next: d.next, ..Default::default() };
            let mut c = Cand::new(i, d.next - 1, Core::Date(spec(&m, Some(d.day), &y)), 0.7);
            c.clitic = m.clitic;
            out.push(c);
        }
        return;
    };
    let y = YearPart { year: Some(year.year), next: year.next, ..Default::default() };
    let mut c = Cand::new(i, y.next - 1, Core::Date(spec(&m, Some(d.day), &y)), 0.8);
    c.clitic = m.clitic;
    if let Some((era, next)) = era_after(ctx, &y) {
        c.era = Some(era);
        c.last = next - 1;
    }
    out.push(c);
}

/// `۱۳۸۸ اسفند ۱۸` (DW's Persian pages print their dates so): a year in digits, the month, then
/// the day in digits, which no other month follows.
fn year_first(ctx: &Ctx, i: usize, out: &mut Vec<Cand>) {
    let Some(year) = ctx.year_at(i, false).filter(|y| y.digits == 4 && ctx.same_line(y.next)) else { return };
    let Some(m) = ctx.month_at(year.next) else { return };
    if m.strength == Strength::Weak || m.clitic != 0 || !ctx.same_line(m.next) {
        return;
    }
    let Some(d) = ctx.day_at(m.next).filter(|d| !d.words) else { return };
    let y = YearPart { year: Some(year.year), next: year.next, ..Default::default() };
    if ctx.same_line(d.next) && ctx.month_at(d.next).is_some() || !plausible(&m, &y) {
        return;
    }
    out.push(Cand::new(i, d.next - 1, Core::Date(spec(&m, Some(d.day), &y)), 0.8));
}

/// A month without a day: with a year (`ژانویه ۲۰۲۱`), a relative year (`ژوئن سال گذشته`),
/// "last/next" (`آوریل گذشته`), or alone after a preposition (`في يناير`, `در تیرماه`).
fn month_alone(ctx: &Ctx, i: usize, out: &mut Vec<Cand>) {
    let Some(m) = ctx.month_at(i) else { return };
    // `32 يناير 2023`: a number before the month that is not a day spoils the date.
    if i > 0 && ctx.same_line(i) && m.clitic == 0 && ctx.t.num(i - 1).is_some() {
        return;
    }
    let period = ctx.period_before(i);
    let y = year_part(ctx, &m);
    let written = y.year.is_some() || y.rel.is_some() || y.dir.is_some();
    let base = if written {
        let ok = match m.strength {
            Strength::Weak => m.month_word || (y.year.is_some() && m.family == Family::GregorianIran),
            _ => true,
        };
        if !ok || !plausible(&m, &y) {
            return;
        }
        if y.year.is_some() { 0.85 } else { 0.7 }
    } else {
        let after_preposition = i > 0 && ctx.same_line(i) && m.clitic == 0 && ctx.is(i - 1, DateWord::MonthPreposition);
        let arabic_preposition = m.clitic > 0 && matches!(ctx.t.key(i).chars().next(), Some('ب' | 'و' | 'ل'));
        let cued = after_preposition || arabic_preposition || period.is_some();
        if !(m.month_word || (m.strength >= Strength::Medium && period.is_some()) || (m.strength == Strength::Strong && cued)) {
            return;
        }
        0.6
    };
    let mut c = Cand::new(i, y.next - 1, Core::Date(spec(&m, None, &y)), base);
    c.clitic = m.clitic;
    if let Some((p, first)) = period {
        c.period = Some(p);
        c.first = first;
        c.clitic = 0;
    }
    if let Some((era, next)) = era_after(ctx, &y) {
        c.era = Some(era);
        c.last = next - 1;
    }
    out.push(c);
}

/// `سال ۲۰۱۴`, `عام 2008`, `لعام 2014`, `سال ۹۹`, `1441هـ`, `2020م`, `۱۳۹۹ ه.ش`.
fn marked_year(ctx: &Ctx, i: usize, out: &mut Vec<Cand>) {
    let lang = ctx.lang(i);
    if let Some((_, 1, clitic)) = ctx.word(i, |w| w == DateWord::YearWord) {
        if ctx.same_line(i + 1) {
            let persian_year_word = lang != Language::Ar && ctx.t.key(i) == "سال";
            if let Some(y) = ctx.year_at(i + 1, persian_year_word) {
                // `سال ۹۹` but not `سال 10` (a count or an ordinal grade): two digits from 30.
                if y.digits == 2 && y.year < 30 {
                    return;
                }
                let spec = DateSpec { year: Some(y.year), short_year: y.digits == 2, ..Default::default() };
                let mut c = Cand::new(i, y.next - 1, Core::Date(spec), if y.digits == 2 { 0.6 } else { 0.8 });
                c.clitic = clitic;
                if let Some((p, first)) = ctx.period_before(i).filter(|_| clitic == 0) {
                    c.period = Some(p);
                    c.first = first;
                }
                if let Some((era, next)) = ctx.era_at(y.next) {
                    c.era = Some(era);
                    c.last = next - 1;
                }
                out.push(c);
                return;
            }
        }
    }
    // A year with an era marker: written tight (`1441هـ`, `2020م`) or apart with 4 digits.
    let Some(y) = ctx.year_at(i, false) else { return };
    if y.digits != 4 {
        return;
    }
    if let Some((era, next)) = ctx.era_at(y.next) {
        let tight = ctx.t.tight(i);
        let gregorian_m = matches!(era, crate::lang::date_words::Era::Gregorian) && ctx.t.key(y.next) == "م";
        // `1500 م` may be 1500 metres: the bare `م` needs to be attached.
        if gregorian_m && !tight {
            return;
        }
        let spec = DateSpec { year: Some(y.year), ..Default::default() };
        let mut c = Cand::new(i, next - 1, Core::Date(spec), 0.8);
        c.era = Some(era);
        out.push(c);
    }
}

/// `من 13 الى 15 يوليو`, `از ۱۳ تا ۱۵ تیر`, `13-15 يوليو`: the first day of a range.
fn day_range(ctx: &Ctx, i: usize, out: &mut Vec<Cand>) {
    let Some(d) = ctx.day_at(i) else { return };
    if d.words || !ctx.same_line(d.next) {
        return;
    }
    let j = d.next;
    // `۲۸ و ۲۹ اسفند` names two days as well as a range does.
    let k = if ctx.t.punct(j) == Some('-') || matches!(ctx.t.key(j), "الی" | "حتی" | "تا" | "لغایت" | "و") {
        j + 1
    } else {
        return;
    };
    if !ctx.same_line(k) {
        return;
    }
    let mut rest = Vec::new();
    day_first(ctx, k, &mut rest);
    let Some(second) = rest.first() else { return };
    let Core::Date(mut s) = second.core else { return };
    s.day = Some(d.day);
    out.push(Cand::new(i, i, Core::Date(s), 0.7));
}
