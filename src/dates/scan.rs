//! The pieces date expressions are made of — month, day, year, era, weekday, clock time, zone —
//! read at a token position, and the extensions every candidate gets: a weekday before it, a
//! time after (or before) it.

use super::lexicon::Lex;
use super::tokens::Kind;
use super::{Cand, Core, Ctx, Part, Period, Rel, Time, ZoneSpec};
use crate::lang::date_words::{DateWord, DayPart, Era, ZoneName};
use crate::lang::months::{Family, NUMBERED_LEVANTINE, Strength};
use crate::model::Language;

#[derive(Clone, Copy, Debug)]
pub(super) struct MonthMatch {
    pub month: u8,
    pub family: Family,
    pub strength: Strength,
    /// Token after the month.
    pub next: usize,
    /// Clitic bytes before the month in its first token (`بايلول`).
    pub clitic: usize,
    /// Written with `ماه`/`شهر` (`ماه مه`, `تیرماه`, `شهر رمضان`).
    pub month_word: bool,
}

#[derive(Clone, Copy, Debug)]
pub(super) struct DayMatch {
    pub day: u8,
    pub next: usize,
    pub clitic: usize,
    pub words: bool,
    /// Written as an ordinal (`هفتم`, `الثاني`).
    pub ordinal: bool,
}

#[derive(Clone, Copy, Debug)]
pub(super) struct ClockMatch {
    pub time: Time,
    pub next: usize,
    pub zone: Option<ZoneSpec>,
    pub part: Option<DayPart>,
}

#[derive(Clone, Copy, Debug)]
pub(super) struct YearMatch {
    pub year: i32,
    /// Digits written (0 for words).
    pub digits: u8,
    pub next: usize,
}

impl Ctx<'_> {
    /// The first meaning at token `i` that `f` accepts and the line's language allows, with the
    /// number of tokens it covers and its clitic bytes.
    pub(super) fn find<T>(&self, i: usize, f: fn(Lex) -> Option<T>) -> Option<(T, usize, usize)> {
        let lang = self.lang(i);
        self.t.hits(i).iter().filter(|h| h.langs.allows(lang)).find_map(|h| f(h.lex).map(|v| (v, usize::from(h.ntok), usize::from(h.clitic))))
    }

    /// A date word at `i` accepted by `f`: (role, tokens, clitic bytes). Plain function pointers
    /// (not closures) keep one copy of the search in the WebAssembly.
    #[inline(never)]
    pub(super) fn word(&self, i: usize, f: fn(DateWord) -> bool) -> Option<(DateWord, usize, usize)> {
        let lang = self.lang(i);
        self.t.hits(i).iter().filter(|h| h.langs.allows(lang)).find_map(|h| match h.lex {
            Lex::Word(w) if f(w) => Some((w, usize::from(h.ntok), usize::from(h.clitic))),
            _ => None,
        })
    }

    /// Whether the word at `i` has role `w`, written without a clitic, in one token.
    #[inline(never)]
    pub(super) fn is(&self, i: usize, w: DateWord) -> bool {
        let lang = self.lang(i);
        self.t.hits(i).iter().any(|h| h.langs.allows(lang) && h.lex == Lex::Word(w) && h.ntok == 1 && h.clitic == 0)
    }

    /// Token `i` exists and is on the same line as token `i - 1`.
    pub(super) fn same_line(&self, i: usize) -> bool {
        i > 0 && i < self.t.len() && self.t.joined(i - 1)
    }

    /// Skips one separator among `seps` at `i` (if on the same line).
    pub(super) fn skip_sep(&self, i: usize, seps: &[char]) -> usize {
        match self.t.punct(i) {
            Some(c) if seps.contains(&c) && self.same_line(i) && self.same_line(i + 1) => i + 1,
            _ => i,
        }
    }

    /// A period word at `i` (`اواخر`, `بداية`, `آخر`): the part and the next token.
    pub(super) fn period_at(&self, i: usize) -> Option<(Period, usize)> {
        let (w, n, c) = self.word(i, |w| matches!(w, DateWord::PeriodStart(_) | DateWord::PeriodMiddle(_) | DateWord::PeriodEnd(_)))?;
        if c != 0 {
            return None;
        }
        let period = match w {
            DateWord::PeriodStart(exact) => Period { part: Part::Start, exact },
            DateWord::PeriodMiddle(exact) => Period { part: Part::Middle, exact },
            DateWord::PeriodEnd(exact) => Period { part: Part::End, exact },
            _ => return None,
        };
        Some((period, i + n))
    }

    /// A period word before token `i`, with `يوم` and `من`/`في` allowed between
    /// (`اخر يوم بشهر عشرة`, `في اواخر اذار`, `اواخر سال ۲۰۲۱`): the period and its token.
    pub(super) fn period_before(&self, i: usize) -> Option<(Period, usize)> {
        let mut k = i.checked_sub(1)?;
        if !self.same_line(k + 1) {
            return None;
        }
        if matches!(self.t.key(k), "من" | "فی") {
            k = k.checked_sub(1)?;
            if !self.same_line(k + 1) {
                return None;
            }
        }
        if self.is(k, DateWord::DayWord) {
            k = k.checked_sub(1)?;
            if !self.same_line(k + 1) {
                return None;
            }
        }
        let (p, next) = self.period_at(k)?;
        if next != k + 1 {
            return None;
        }
        // `اليوم الاخير من`: the day word before the period word.
        if k > 0 && self.same_line(k) && self.is(k - 1, DateWord::DayWord) {
            return Some((p, k - 1));
        }
        Some((p, k))
    }

    pub(super) fn month_at(&self, i: usize) -> Option<MonthMatch> {
        let lang = self.lang(i);
        if let Some((_, 1, clitic)) = self.find(i, |l| (l == Lex::MonthWord).then_some(())) {
            if self.same_line(i + 1) {
                if let Some(mut m) = self.month_name(i + 1) {
                    if m.clitic == 0 {
                        m.month_word = true;
                        m.strength = Strength::Strong;
                        m.clitic = clitic;
                        return Some(m);
                    }
                }
                // `شهر 3`, `شهر عشرة`: a month by its number, in Arabic.
                if let Some((v, 1 | 2)) = self.t.num(i + 1).filter(|_| lang != Language::Fa) {
                    if (1..=12).contains(&v) {
                        return Some(MonthMatch {
                            month: v as u8,
                            family: Family::GregorianArabic,
                            strength: Strength::Strong,
                            next: i + 2,
                            clitic,
                            month_word: true,
                        });
                    }
                }
                if lang != Language::Fa {
                    if let Some(n) = self.number(i + 1) {
                        if n.words > 0 && !n.ordinal && (1..=12).contains(&n.value) && n.clitic == 0 {
                            return Some(MonthMatch {
                                month: n.value as u8,
                                family: Family::GregorianArabic,
                                strength: Strength::Strong,
                                next: n.last + 1,
                                clitic,
                                month_word: true,
                            });
                        }
                    }
                }
            }
        }
        self.month_name(i)
    }

    fn month_name(&self, i: usize) -> Option<MonthMatch> {
        let lang = self.lang(i);
        let mut best: Option<MonthMatch> = None;
        for h in self.t.hits(i).iter().filter(|h| h.langs.allows(lang)) {
            let (name, with_word) = match h.lex {
                Lex::Month(m) => (m, false),
                Lex::MonthWithWord(m) => (m, true),
                _ => continue,
            };
            let cand = MonthMatch {
                month: name.month,
                family: name.family,
                strength: if with_word { Strength::Strong } else { name.strength },
                next: i + usize::from(h.ntok),
                clitic: usize::from(h.clitic),
                month_word: with_word,
            };
            let better = best.is_none_or(|b| (cand.next, cand.strength) > (b.next, b.strength));
            if better {
                best = Some(cand);
            }
        }
        if best.is_none() && self.find(i, |l| (l == Lex::NumberedMonthHead).then_some(())).is_some() {
            if let Some((n, _)) = self.t.num(i + 1).filter(|_| self.same_line(i + 1)) {
                let head = self.t.key(i);
                let month = NUMBERED_LEVANTINE
                    .iter()
                    .find(|(h, k, _)| super::lexicon::fold(h) == head && u32::from(*k) == n)
                    .map(|&(_, _, m)| m)?;
                best = Some(MonthMatch { month, family: Family::Levantine, strength: Strength::Strong, next: i + 2, clitic: 0, month_word: false });
            }
        }
        let mut m = best?;
        // `تیر ماه`: the month word after the name.
        if matches!(m.family, Family::IranSolar | Family::AfghanSolar | Family::Hijri)
            && self.same_line(m.next)
            && self.find(m.next, |l| (l == Lex::MonthWord).then_some(())).is_some_and(|(_, n, c)| n == 1 && c == 0)
        {
            m.next += 1;
            m.strength = Strength::Strong;
            m.month_word = true;
        }
        // Two names of one month side by side: `يوليو تموز`, `نيسان / أبريل`, `آب/اغسطس`.
        if m.family.calendar() == crate::model::CalendarKind::Gregorian {
            let mut j = m.next;
            let mut close = false;
            if self.same_line(j) {
                match self.t.punct(j) {
                    Some('/' | '-' | ',') => j += 1,
                    Some('(') => {
                        j += 1;
                        close = true;
                    }
                    _ => {}
                }
            }
            if self.same_line(j) {
                if let Some(other) = self.month_name_plain(j) {
                    if other.month == m.month && other.family.calendar() == crate::model::CalendarKind::Gregorian && other.clitic == 0 {
                        let mut next = other.next;
                        if close {
                            if self.t.punct(next) != Some(')') {
                                return Some(m);
                            }
                            next += 1;
                        }
                        m.next = next;
                        m.strength = m.strength.max(other.strength).max(Strength::Medium);
                    }
                }
            }
        }
        Some(m)
    }

    /// A month name alone, without the pairing and month-word rules.
    fn month_name_plain(&self, i: usize) -> Option<MonthMatch> {
        let lang = self.lang(i);
        self.t.hits(i).iter().filter(|h| h.langs.allows(lang)).find_map(|h| match h.lex {
            Lex::Month(n) => Some(MonthMatch {
                month: n.month,
                family: n.family,
                strength: n.strength,
                next: i + usize::from(h.ntok),
                clitic: usize::from(h.clitic),
                month_word: false,
            }),
            _ => None,
        })
    }

    /// A day of the month: 1-31 in digits, or a number word (Persian: ordinals only, since
    /// `سه تیر` is "three arrows").
    pub(super) fn day_at(&self, i: usize) -> Option<DayMatch> {
        match self.t.get(i)?.kind {
            Kind::Num { value, digits } if digits <= 2 && (1..=31).contains(&value) => {
                Some(DayMatch { day: value as u8, next: i + 1, clitic: 0, words: false, ordinal: false })
            }
            Kind::Word => {
                let lang = self.lang(i);
                let n = self.number(i)?;
                let persian = lang == Language::Fa || self.t.hits(i).iter().any(|h| matches!(h.lex, Lex::Number(_)) && h.langs == super::lexicon::Langs::Fa);
                if n.words == 0 || !(1..=31).contains(&n.value) || (persian && !n.ordinal) || n.ambiguous {
                    return None;
                }
                Some(DayMatch { day: n.value as u8, next: n.last + 1, clitic: n.clitic, words: true, ordinal: n.ordinal })
            }
            _ => None,
        }
    }

    /// A year: four digits (1000-2999), two digits when `two_digits`, or Arabic words
    /// (`ألفان وثمانية عشر`). Not when a multiplier or percent sign follows (a count).
    pub(super) fn year_at(&self, i: usize, two_digits: bool) -> Option<YearMatch> {
        let m = match self.t.get(i)?.kind {
            Kind::Num { value, digits: 4 } if (1000..=2999).contains(&value) => YearMatch { year: value as i32, digits: 4, next: i + 1 },
            Kind::Num { value, digits: 2 } if two_digits => YearMatch { year: value as i32, digits: 2, next: i + 1 },
            Kind::Word => {
                let n = self.number(i)?;
                if n.words == 0 || n.ordinal || n.clitic != 0 || !(1000..=2999).contains(&n.value) {
                    return None;
                }
                YearMatch { year: n.value as i32, digits: 0, next: n.last + 1 }
            }
            _ => return None,
        };
        if self.same_line(m.next) {
            if matches!(self.t.punct(m.next), Some('%' | '٪')) || self.is(m.next, DateWord::Amount) {
                return None;
            }
            // A number with a fraction written straight after it (`۲۳/۶`, `43.2`) is a quantity,
            // as Persian prints decimals with a slash: `۱۹ دی ۲۳/۶ درصد` has no year.
            let glued = |k: usize| self.t.get(k).is_some_and(|t| !t.space_before);
            if matches!(self.t.punct(m.next), Some('/' | '.' | '٫' | ',' | '٬')) && glued(m.next) && glued(m.next + 1) && matches!(self.t.get(m.next + 1).map(|t| &t.kind), Some(Kind::Num { .. })) {
                let date_like = matches!(self.t.get(m.next + 2).map(|t| &t.kind), Some(Kind::Punct('/' | '.' | '-')));
                if !date_like {
                    return None;
                }
            }
            let counts = self.find(m.next, |l| match l {
                Lex::Number(n) if matches!(n.class, crate::lang::numbers::NumClass::Multiplier) => Some(()),
                _ => None,
            });
            if counts.is_some() {
                return None;
            }
        }
        Some(m)
    }

    /// An era marker at `i` (`هـ`, `ه.ش`, `م`, `میلادی`, `هـ ق`).
    pub(super) fn era_at(&self, i: usize) -> Option<(Era, usize)> {
        if !self.same_line(i) {
            return None;
        }
        let (w, n, c) = self.word(i, |w| matches!(w, DateWord::Era(_)))?;
        let DateWord::Era(mut era) = w else { return None };
        if c != 0 {
            return None;
        }
        let mut next = i + n;
        // `هـ ق`, `هـ ش` written apart.
        if era == Era::Hijri && self.same_line(next) {
            if let Some((DateWord::Era(e @ (Era::Islamic | Era::Persian)), 1, 0)) = self.word(next, |w| matches!(w, DateWord::Era(_))) {
                if matches!(self.t.key(next), "ق" | "ش") {
                    era = e;
                    next += 1;
                }
            }
        }
        Some((era, next))
    }

    pub(super) fn weekday_at(&self, i: usize) -> Option<(u8, usize, usize, bool)> {
        let (w, n, clitic) = self.find(i, |l| match l {
            Lex::Weekday(w) => Some(w),
            _ => None,
        })?;
        // `الأحد عشر` is "the eleven".
        if w.weekday == 6 && self.same_line(i + n) && matches!(self.t.key(i + n), "عشر" | "عشره") {
            return None;
        }
        Some((w.weekday, i + n, clitic, w.needs_cue))
    }

    /// A clock time at `i`: `16:54`, `14:27:27`, `ساعت ۱۰ و ۵۸ دقیقه`, `الساعة الثالثة وربع العصر`,
    /// with its day part and zone. Without `ساعت`/`الساعة` or a day part, only `H:MM` counts.
    pub(super) fn time_at(&self, i: usize) -> Option<(Time, usize, Option<ZoneSpec>)> {
        self.clock_at(i).map(|c| (c.time, c.next, c.zone))
    }

    /// [`Self::time_at`] with the day part written, if any.
    pub(super) fn clock_at(&self, i: usize) -> Option<ClockMatch> {
        let mut j = i;
        let mut marker = false;
        while self.t.get(j).is_some() && (j == i || self.same_line(j)) && self.is(j, DateWord::Clock) {
            marker = true;
            j += 1;
        }
        if marker && !self.same_line(j) {
            return None;
        }
        let mut hour: u32;
        let (mut minute, mut second) = (0u32, None);
        let mut colon = false;
        match self.t.get(j)?.kind {
            Kind::Num { value, digits } if digits <= 2 => {
                hour = value;
                j += 1;
                if self.t.punct(j) == Some(':') && self.t.tight(j - 1) && self.t.tight(j) {
                    if let Some((mm, 2)) = self.t.num(j + 1) {
                        minute = mm;
                        colon = true;
                        j += 2;
                        if self.t.punct(j) == Some(':') && self.t.tight(j - 1) && self.t.tight(j) {
                            if let Some((ss, 2)) = self.t.num(j + 1) {
                                second = Some(ss);
                                j += 2;
                            }
                        }
                    } else {
                        return None;
                    }
                } else if !marker {
                    // `3 صباحا`: a bare hour needs a day part right after it.
                    if !self.same_line(j) || self.word(j, |w| matches!(w, DateWord::DayPart(_))).is_none() {
                        return None;
                    }
                }
            }
            Kind::Word => {
                // One word (`الثالثة`) or a teen (`الحادية عشرة`): the minutes follow with `و`.
                let (h, next) = self.hour_word(j)?;
                hour = h;
                j = next;
            }
            _ => return None,
        }
        // Minutes and seconds written out: `و ۵۸ دقیقه و ۰۴ ثانیه`, `وربع`, `إلا ثلث`.
        if !colon {
            let (m, s, next) = self.clock_minutes(j);
            if let Some(m) = m {
                minute = m;
                second = s;
                j = next;
            } else if let Some((minus, next)) = self.clock_minus(j) {
                minute = 60 - minus;
                hour = if hour == 0 { 23 } else { hour - 1 };
                j = next;
            }
        }
        let mut part = None;
        if self.same_line(j) {
            if let Some((DateWord::DayPart(p), n, 0)) = self.word(j, |w| matches!(w, DateWord::DayPart(_))) {
                part = Some(p);
                j += n;
            }
        }
        // Without `الساعة`, an hour needs a day part (`الثالثة فجرا`, `3 صباحا`), unless written
        // `H:MM` (a bare `15:15` is a time of day too, less sure).
        if !marker && part.is_none() && !colon {
            return None;
        }
        if hour > 24 || minute > 59 || second.is_some_and(|s| s > 59) || (hour == 24 && (minute > 0 || part.is_some())) {
            return None;
        }
        let hour = apply_day_part(hour as u8 % 24, part);
        let zone = self.zone_at(j);
        let (zone, j) = match zone {
            Some((z, next)) => (Some(z), next),
            None => (None, j),
        };
        Some(ClockMatch { time: Time { hour, minute: minute as u8, second: second.map(|s| s as u8) }, next: j, zone, part })
    }

    /// An hour written as a word: 1-12, `الحادية عشرة` included. (hour, next)
    fn hour_word(&self, j: usize) -> Option<(u32, usize)> {
        let lang = self.lang(j);
        let n = self.t.hits(j).iter().find_map(|h| match h.lex {
            Lex::Number(n) if h.langs.allows(lang) && h.clitic == 0 && h.ntok == 1 => Some(n),
            _ => None,
        })?;
        let teen = n.class == crate::lang::numbers::NumClass::Unit && self.same_line(j + 1) && matches!(self.t.key(j + 1), "عشر" | "عشره");
        let (value, next) = if teen { (n.value + 10, j + 2) } else { (n.value, j + 1) };
        (1..=12).contains(&value).then_some((value as u32, next))
    }

    /// `و ۵۸ دقیقه [و ۰۴ ثانیه]`, `وربع`, `و نیم`: (minutes, seconds, next).
    fn clock_minutes(&self, j: usize) -> (Option<u32>, Option<u32>, usize) {
        let Some((m, next)) = self.and_amount(j, DateWord::MinuteWord) else { return (None, None, j) };
        if let Some((s, after)) = self.and_amount(next, DateWord::SecondWord) {
            return (Some(m), Some(s), after);
        }
        (Some(m), None, next)
    }

    /// `و N <unit word>` or `و <fraction>` at `j`.
    fn and_amount(&self, j: usize, unit: DateWord) -> Option<(u32, usize)> {
        if !self.same_line(j) {
            return None;
        }
        // The `و` is a word of its own or a clitic on the next word.
        let (at, clitic_and) = if self.t.key(j) == "و" { (j + 1, false) } else { (j, true) };
        if !self.same_line(at) {
            return None;
        }
        let clitic_ok = |c: usize| if clitic_and { c == "و".len() && self.t.key(at).starts_with('و') } else { c == 0 };
        if let Some((DateWord::ClockFraction(f), 1, c)) = self.word(at, |w| matches!(w, DateWord::ClockFraction(_))) {
            if clitic_ok(c) && unit == DateWord::MinuteWord {
                return Some((u32::from(f), at + 1));
            }
        }
        let (value, next) = match self.t.get(at)?.kind {
            Kind::Num { value, digits } if digits <= 2 && !clitic_and => (value, at + 1),
            Kind::Word => {
                let n = self.number(at)?;
                if !clitic_ok(n.clitic) || n.words == 0 {
                    return None;
                }
                (n.value as u32, n.last + 1)
            }
            _ => return None,
        };
        if value > 59 || !self.same_line(next) || !self.is(next, unit) {
            return None;
        }
        Some((value, next + 1))
    }

    /// `إلا ربع`, `الا ثلث`, `إلا 10 دقائق`: minutes before the hour.
    fn clock_minus(&self, j: usize) -> Option<(u32, usize)> {
        if !self.same_line(j) || !self.is(j, DateWord::ClockMinus) || !self.same_line(j + 1) {
            return None;
        }
        if let Some((DateWord::ClockFraction(f), 1, 0)) = self.word(j + 1, |w| matches!(w, DateWord::ClockFraction(_))) {
            return Some((u32::from(f), j + 2));
        }
        let (value, next) = match self.t.get(j + 1)?.kind {
            Kind::Num { value, digits } if digits <= 2 => (value, j + 2),
            Kind::Word => {
                let n = self.number(j + 1)?;
                (n.value as u32, n.last + 1)
            }
            _ => return None,
        };
        if !(1..=59).contains(&value) || !self.same_line(next) || !self.is(next, DateWord::MinuteWord) {
            return None;
        }
        Some((value, next + 1))
    }

    /// A zone after a time: `GMT`, `GMT+3`, `بتوقيت مكة`, `به وقت تهران`, `(ت.غ)`.
    pub(super) fn zone_at(&self, j: usize) -> Option<(ZoneSpec, usize)> {
        if !self.same_line(j) {
            return None;
        }
        let (mut at, mut close) = (j, false);
        if self.t.punct(at) == Some('(') && self.same_line(at + 1) {
            at += 1;
            close = true;
        }
        let mut cue = false;
        if let Some((_, n, 0)) = self.word(at, |w| w == DateWord::ZoneCue) {
            cue = true;
            at += n;
            if !self.same_line(at) {
                return None;
            }
        }
        let (DateWord::Zone(z), n, _) = self.word(at, |w| matches!(w, DateWord::Zone(_)))? else { return None };
        // City and country names are zones only after `بتوقيت`/`به وقت`.
        if !cue && z != ZoneName::Utc {
            return None;
        }
        let mut next = at + n;
        let mut spec = ZoneSpec::Named(z);
        if z == ZoneName::Utc {
            if let Some((offset, after)) = self.offset_at(next) {
                spec = ZoneSpec::Offset(offset);
                next = after;
            }
        }
        if close {
            if self.t.punct(next) != Some(')') {
                return None;
            }
            next += 1;
        }
        Some((spec, next))
    }

    /// `+3`, `-04:30`, `+0330` after GMT/UTC: minutes east.
    fn offset_at(&self, j: usize) -> Option<(i32, usize)> {
        let sign = match self.t.punct(j)? {
            '+' => 1,
            '-' => -1,
            _ => return None,
        };
        if !self.t.tight(j) {
            return None;
        }
        let (v, digits) = self.t.num(j + 1)?;
        let (mut minutes, mut next) = match digits {
            1 | 2 if v <= 14 => (v as i32 * 60, j + 2),
            4 if v / 100 <= 14 && v % 100 < 60 => ((v / 100) as i32 * 60 + (v % 100) as i32, j + 2),
            _ => return None,
        };
        if digits <= 2 && self.t.punct(next) == Some(':') && self.t.tight(next - 1) {
            if let Some((mm, 2)) = self.t.num(next + 1).filter(|(mm, _)| *mm < 60) {
                minutes += mm as i32;
                next += 2;
            }
        }
        Some((sign * minutes, next))
    }

    /// Whether the clause around tokens `first..=last` is in the future tense: a future word
    /// (`سوف`, `خواهد`, `المقبل`, `قبيل`) or an Arabic verb with the future prefix سـ (`سيلتقي`).
    pub(super) fn future_clause(&self, first: usize, last: usize) -> bool {
        const WINDOW: usize = 15;
        let boundary = |i: usize| matches!(self.t.punct(i), Some('.' | '!' | '?' | '؟' | ';' | ':' | ','));
        let future_at = |i: usize| {
            if self.word(i, |w| w == DateWord::Future).is_some() {
                return true;
            }
            self.lang(i) == Language::Ar && is_future_verb(self.t.key(i))
        };
        let mut i = first;
        let mut steps = 0;
        while i > 0 && steps < WINDOW && self.t.joined(i - 1) {
            i -= 1;
            steps += 1;
            if boundary(i) {
                break;
            }
            if future_at(i) {
                return true;
            }
        }
        let mut i = last;
        steps = 0;
        while steps < WINDOW && self.t.joined(i) {
            i += 1;
            steps += 1;
            if boundary(i) {
                break;
            }
            if future_at(i) {
                return true;
            }
        }
        false
    }
}

/// سـ + an imperfect prefix + at least two letters, and not a known noun (`سياسة`, `سنوات`).
fn is_future_verb(key: &str) -> bool {
    let lx = super::lexicon::lexicon();
    let key = key.strip_prefix(['و', 'ف']).filter(|k| k.starts_with('س')).unwrap_or(key);
    let mut chars = key.chars();
    if chars.next() != Some('س') || !chars.next().is_some_and(|c| lx.future_prefixes().contains(&c)) || chars.clone().count() < 2 {
        return false;
    }
    !lx.is_future_exception(key)
}

/// 24-hour clock from a 12-hour one and its day part.
pub(super) fn apply_day_part(hour: u8, part: Option<DayPart>) -> u8 {
    match part {
        Some(DayPart::Am | DayPart::Dawn) if hour == 12 => 0,
        Some(DayPart::Pm) if hour < 12 => hour + 12,
        Some(DayPart::Noon) if (1..=6).contains(&hour) => hour + 12,
        Some(DayPart::Night) if (6..=11).contains(&hour) => hour + 12,
        Some(DayPart::Night) if hour == 12 => 0,
        _ => hour,
    }
}

/// Separators allowed between a date and the time that follows it.
// `:` too: `09 فبراير ,2025: 11:32 ص` (Al Arabiya's stamps).
const TIME_SEPARATORS: &[char] = &['-', ',', '|', '/', ';', ':'];

/// Adds to a candidate what is written around it: a weekday before (`شنبه 26 تیر`), a time
/// after (`- 16:54`) or before (`16:54 - 1400/04/26`).
pub(super) fn extend(ctx: &Ctx, c: &mut Cand) {
    let takes_weekday = match c.core {
        Core::Date(s) => s.day.is_some(),
        Core::Rel(Rel::Days(_)) => true,
        _ => false,
    };
    if takes_weekday && c.weekday.is_none() && c.clitic == 0 {
        extend_weekday(ctx, c);
    }
    let takes_time = match c.core {
        Core::Date(s) => s.day.is_some(),
        Core::Rel(Rel::Days(_)) | Core::Weekday { .. } | Core::DayOfMonth { .. } | Core::NthWeekday { .. } => true,
        _ => false,
    };
    if takes_time && c.time.is_none() {
        let mut j = ctx.skip_sep(c.last + 1, TIME_SEPARATORS);
        // `در ساعت`, `في الساعة`, `عند الساعة`, `حوالي الساعة`.
        if ctx.same_line(j) && matches!(ctx.t.key(j), "در" | "فی" | "عند" | "حوالی" | "نحو") && ctx.is(j + 1, DateWord::Clock) {
            j += 1;
        }
        if ctx.same_line(j) || (j == c.last + 1 && ctx.same_line(j)) {
            if let Some((time, next, zone)) = ctx.time_at(j) {
                c.time = Some(time);
                c.zone = zone;
                c.last = next - 1;
            }
        }
        if c.time.is_none() {
            extend_time_before(ctx, c);
        }
    }
}

fn extend_weekday(ctx: &Ctx, c: &mut Cand) {
    if c.first == 0 || !ctx.t.joined(c.first - 1) {
        return;
    }
    let mut end = c.first - 1;
    // `الخميس الموافق 14 شباط`, `Thursday, 01 January 2026`, `شنبه - 26 تیر`.
    // `يوم الاثنين في 18 شباط`, `شنبه / ۶ آبان ۱۳۹۱`, `الأحد | 5 يناير`.
    if (matches!(ctx.t.punct(end), Some(',' | '،' | '-' | '/' | '|')) || ctx.is(end, DateWord::Equals) || ctx.t.key(end) == "فی") && end > 0 && ctx.t.joined(end - 1) {
        end -= 1;
    }
    // A two-word name (`پنج شنبه`) before a one-word one (`شنبه`).
    for start in [end.saturating_sub(1), end] {
        if let Some((w, next, clitic, _)) = ctx.weekday_at(start) {
            if next == end + 1 && (start == end || ctx.t.joined(start)) {
                c.weekday = Some(w);
                c.first = start;
                c.clitic = clitic;
                c.base = (c.base + 0.05).min(0.99);
                return;
            }
        }
    }
}

/// A year right before token `start`: a time there belongs to that date, not to one after it
/// (`السبت 31 يناير 2026 07:27 صـ 12 شعبان 1447 هـ` gives its clock to the first date, and
/// the second one stays a date of its own).
fn year_just_before(ctx: &Ctx, start: usize) -> bool {
    start > 0 && ctx.t.joined(start - 1) && ctx.year_at(start - 1, false).is_some()
}

/// `16:54 - 1400/04/26`: a time right before a day-precision date.
fn extend_time_before(ctx: &Ctx, c: &mut Cand) {
    let mut end = c.first;
    if end == 0 || !ctx.t.joined(end - 1) {
        return;
    }
    end -= 1;
    if matches!(ctx.t.punct(end), Some('-' | '|' | '/' | ',')) {
        if end == 0 || !ctx.t.joined(end - 1) {
            return;
        }
        end -= 1;
    }
    // H:MM or H:MM:SS ending at `end`.
    for start in [end.saturating_sub(4), end.saturating_sub(2)] {
        if start + 2 > end || ctx.t.num(start).is_none() || (start > 0 && ctx.t.tight(start - 1) && ctx.t.punct(start - 1) == Some(':')) {
            continue;
        }
        if let Some((time, next, zone)) = ctx.time_at(start) {
            if next == end + 1 && !year_just_before(ctx, start) {
                c.time = Some(time);
                c.zone = zone;
                c.first = start;
                c.clitic = 0;
                return;
            }
        }
    }
    // A clock time with its word or day part, then the day word: `ساعت ۹ صبح روز شنبه ۱۵
    // مرداد`, `الساعة 10 صباح يوم الأحد 3 مارس`.
    let mut end = c.first - 1;
    if ctx.is(end, DateWord::DayWord) {
        if end == 0 || !ctx.t.joined(end - 1) {
            return;
        }
        end -= 1;
    }
    for start in end.saturating_sub(6)..end {
        if let Some(m) = ctx.clock_at(start) {
            if m.next == end + 1 && (m.part.is_some() || ctx.is(start, DateWord::Clock)) && (start..end).all(|k| ctx.t.joined(k)) && !year_just_before(ctx, start) {
                c.time = Some(m.time);
                c.zone = m.zone;
                c.first = start;
                c.clitic = 0;
                return;
            }
        }
    }
}
