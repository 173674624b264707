//! The date finder: every date expression in a text, with its span, calendar and ISO value.
//!
//! It works on the analysis form of the text ([`crate::normalize::analysis_form`]: ASCII digits,
//! unified letters, ZWNJ as a space) and maps every span back to the original input, so that
//! `mention.text == &input[mention.start..mention.end]`.
//!
//! Stages, one module each:
//! - [`tokens`]: numbers, words and punctuation, each word looked up once in the [`lexicon`]
//!   (month names, weekdays, number words and the other date words of [`crate::lang`]);
//! - [`textual`]: dates with month names (`۲۶ جولای`, `11 شوال 1441هـ`, `ژانویه ۲۰۲۱`) and years
//!   marked as such (`سال ۲۰۱۴`, `عام 2008`);
//! - [`numeric`]: `1400/04/24`, `05-11-2024`, and clock times;
//! - [`relative`]: `دیروز`, `منذ يومين`, `الأسبوع الماضي`, weekdays;
//! - [`resolve`]: calendar, year inference against `now`, ISO value, UTC offset, confidence.
//!
//! Candidates from all recognizers compete; the longest wins where they overlap. Two dates side
//! by side in different calendars (`۲۶ جولای (۴ مرداد)`, `11 شوال 1441هـ - 03 يونيو 2020م`) are
//! both reported and checked against each other: agreement raises both confidences, a mismatch
//! lowers them and is reported to the extraction stage as a [`Check`].
//!
//! What khabar deliberately does differently from the peers' test suites (see tests/dates.rs):
//! news is about the past, so a weekday or a date without a year resolves to the nearest past
//! one unless the clause is in the future tense (Duckling prefers the future); numeric dates are
//! day-month-year, never the American month-day-year; a bare `N-N` or `N.N` is a score or a
//! decimal, not a date.

pub(crate) mod lexicon;
mod numeric;
mod relative;
mod resolve;
mod scan;
mod textual;
pub(crate) mod tokens;

use crate::calendar::LocalDateTime;
use crate::error::Error;
use crate::lang::date_words::{DayPart, Era, Unit, ZoneName};
use crate::language::Evidence;
use crate::model::{CalendarKind, DateMention, Language, Span, Variant};
use crate::normalize::{Normalized, analysis_form};
use crate::options::{DateOptions, check_size};
use tokens::Tokens;

/// Finds every date expression in `text`, in order.
///
/// ```
/// let dates = khabar::find_dates("مشرق نیوز شنبه 26 تیر 1400 - 16:54", &Default::default()).unwrap();
/// assert_eq!(dates.len(), 1);
/// assert_eq!(dates[0].text, "شنبه 26 تیر 1400 - 16:54");
/// assert_eq!(dates[0].value.as_deref(), Some("2021-07-17T16:54"));
/// assert_eq!(dates[0].native.as_deref(), Some("1400-04-26"));
/// assert_eq!(dates[0].utc_offset.as_deref(), Some("+04:30"));
/// ```
pub fn find_dates(text: &str, options: &DateOptions) -> Result<Vec<DateMention>, Error> {
    check_size(text, options.max_input_bytes)?;
    let analysis = analysis_form(text);
    Ok(find_in(text, &analysis, options))
}

/// The finder proper, on an input and its analysis form (shared with [`crate::extract`]).
pub(crate) fn find_in(input: &str, analysis: &Normalized, options: &DateOptions) -> Vec<DateMention> {
    find_checked(input, analysis, options).mentions
}

/// What the finder noticed about a mention beyond its value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(not(test), allow(dead_code))]
pub(crate) enum Check {
    /// The weekday written beside the date is not that date's weekday.
    WeekdayMismatch { mention: usize },
    /// Two readings of one day in two calendars agree.
    GlossAgrees { first: usize, second: usize },
    /// Two readings of one day in two calendars disagree.
    GlossDisagrees { first: usize, second: usize },
}

/// Mentions with the checks made on them (indices into `mentions`).
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct Found {
    pub mentions: Vec<DateMention>,
    pub checks: Vec<Check>,
}

/// The finder with its checks, for the extraction stage (which turns mismatches into warnings).
pub(crate) fn find_checked(input: &str, analysis: &Normalized, options: &DateOptions) -> Found {
    let ctx = Ctx::new(input, analysis, options);
    let mut cands = Vec::new();
    for i in 0..ctx.t.len() {
        textual::at(&ctx, i, &mut cands);
        numeric::at(&ctx, i, &mut cands);
        relative::at(&ctx, i, &mut cands);
    }
    let mut resolved: Vec<(Cand, resolve::Resolved)> = Vec::with_capacity(cands.len());
    for mut c in cands {
        scan::extend(&ctx, &mut c);
        // A date that does not exist (`31 شهریور` is fine, `32 يناير` is not) is no candidate.
        if let Some(r) = resolve::resolve(&ctx, &c, None) {
            resolved.push((c, r));
        }
    }
    let mut resolved = select(&ctx, resolved);
    let mut found = Found::default();
    resolve::cross_check(&ctx, &mut resolved, &mut found.checks);
    for (c, r) in resolved {
        let (Some(first), Some(last)) = (ctx.t.get(c.first), ctx.t.get(c.last)) else { continue };
        let mut span = analysis.map.to_input(Span::new(first.start + c.clitic, last.end));
        // Marks the analysis form dropped at the end belong to the expression (`1441هـ`, `مساءً`).
        span.end += input[span.end..].chars().take_while(|&ch| matches!(ch, '\u{0640}' | '\u{064B}'..='\u{065F}' | '\u{0670}')).map(char::len_utf8).sum::<usize>();
        let Some(text) = input.get(span.start..span.end) else { continue };
        found.mentions.push(DateMention {
            text: text.to_string(),
            start: span.start,
            end: span.end,
            value: r.value,
            precision: r.precision,
            calendar: r.calendar,
            native: r.native,
            utc_offset: r.utc_offset,
            relative: r.relative,
            confidence: (r.confidence.clamp(0.0, 1.0) * 100.0).round() / 100.0,
        });
    }
    found
}

/// Keeps the best of overlapping candidates: the longest, then the most confident (a weekday
/// that fits its date makes a reading more confident than one that does not).
fn select(ctx: &Ctx, mut cands: Vec<(Cand, resolve::Resolved)>) -> Vec<(Cand, resolve::Resolved)> {
    let len = |c: &Cand| {
        let (a, b) = (ctx.t.get(c.first).map_or(0, |t| t.start), ctx.t.get(c.last).map_or(0, |t| t.end));
        b.saturating_sub(a)
    };
    cands.sort_by(|(a, ra), (b, rb)| len(b).cmp(&len(a)).then(rb.confidence.total_cmp(&ra.confidence)).then(a.first.cmp(&b.first)));
    let mut taken: Vec<(Cand, resolve::Resolved)> = Vec::with_capacity(cands.len());
    for (c, r) in cands {
        if taken.iter().all(|(t, _)| c.last < t.first || c.first > t.last) {
            taken.push((c, r));
        }
    }
    taken.sort_by_key(|(c, _)| c.first);
    taken
}

/// The text, its tokens and what is known about it.
pub(crate) struct Ctx<'a> {
    pub t: Tokens<'a>,
    /// Language of each line (undetermined lines take the document's language).
    line_langs: Vec<Language>,
    pub variant: Option<Variant>,
    pub now: Option<LocalDateTime>,
    /// The first dateline city (`بغداد - ...` at the start of a line) and its token.
    pub dateline: Option<(usize, crate::calendar::tz::Zone)>,
}

impl<'a> Ctx<'a> {
    fn new(input: &str, analysis: &'a Normalized, options: &DateOptions) -> Ctx<'a> {
        let t = Tokens::new(&analysis.text);
        let doc = Evidence::of(input);
        let variant = options.variant.or_else(|| doc.variant());
        let doc_lang = variant.map_or(doc.language(), Variant::language);
        let line_langs = line_languages(input).into_iter().map(|l| if l == Language::Und { doc_lang } else { l }).collect();
        let dateline = dateline(&t);
        Ctx { t, line_langs, variant, now: options.now, dateline }
    }

    /// The language of the line token `i` is on.
    pub fn lang(&self, i: usize) -> Language {
        self.t.get(i).and_then(|t| self.line_langs.get(t.line as usize).copied()).unwrap_or(Language::Und)
    }
}

/// A line that starts with a city and a dash, colon or parenthesis: `بغداد - `, `القاهرة (رويترز) -`.
fn dateline(t: &Tokens) -> Option<(usize, crate::calendar::tz::Zone)> {
    (0..t.len()).find_map(|i| {
        let starts_line = i == 0 || t.get(i).is_some_and(|x| x.line_before);
        if !starts_line {
            return None;
        }
        t.hits(i).iter().find_map(|h| match h.lex {
            lexicon::Lex::DatelineCity(z) if h.clitic == 0 => {
                let next = i + usize::from(h.ntok);
                let same_line = t.get(next).is_some_and(|x| !x.line_before);
                (same_line && matches!(t.punct(next), Some('-' | '(' | ':'))).then_some((i, z))
            }
            _ => None,
        })
    })
}

/// The language of each line of `input`, split as the tokenizer counts lines (`\r\n`, `\n`, `\r`,
/// U+2028, U+2029).
pub(crate) fn line_languages(input: &str) -> Vec<Language> {
    let mut out = Vec::new();
    let mut rest = input;
    loop {
        let Some(pos) = rest.find(['\n', '\r', '\u{2028}', '\u{2029}']) else {
            out.push(Evidence::of(rest).language());
            return out;
        };
        out.push(Evidence::of(&rest[..pos]).language());
        let skip = if rest[pos..].starts_with("\r\n") { 2 } else { rest[pos..].chars().next().map_or(1, char::len_utf8) };
        rest = &rest[pos + skip..];
    }
}

/// A clock time as written (24-hour once the day part is applied).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Time {
    pub hour: u8,
    pub minute: u8,
    pub second: Option<u8>,
}

/// Which part of a period an expression names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Part {
    Start,
    Middle,
    End,
}

/// `exact`: the boundary day itself (`بداية العام`); otherwise vague (`اواخر`), precision kept.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Period {
    pub part: Part,
    pub exact: bool,
}

/// Which occurrence of a weekday or month: the last one before today (`الماضي`), the first
/// one after today (`القادم`), or the coming one, today included (`هذا الاثنين`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Dir {
    Past,
    Next,
    Coming,
}

/// A calendar date as written, possibly partial.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct DateSpec {
    /// The calendar the month name belongs to.
    pub cal: Option<CalendarKind>,
    pub year: Option<i32>,
    pub month: Option<u8>,
    pub day: Option<u8>,
    /// The year relative to the reference year (`سال گذشته` -1, `امسال` 0).
    pub year_rel: Option<i8>,
    /// A month named with "last"/"next" (`آوریل گذشته`, `أبريل المقبل`).
    pub month_dir: Option<Dir>,
    /// Written in digits with separators (`1400/04/24`).
    pub numeric: bool,
    /// The year was written with two digits.
    pub short_year: bool,
}

/// A date relative to the reference moment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Rel {
    /// A day: 0 today, -1 yesterday.
    Days(i32),
    /// The reference moment moved by a number of units (`منذ يومين`, `۳ ماه پیش`).
    Shift(Unit, i32),
    /// The reference day moved by months and days (`منذ 1 شهر و 21 أيام`).
    Span { months: i32, days: i32 },
    /// A week: 0 this week, -1 last week (Saturday first in Persian, as in Iran and
    /// Afghanistan; Monday first in Arabic, as in ISO 8601 and the peers' suites).
    Week(i32),
    /// A month of the calendar of the text: 0 this month, -1 last month.
    Month(i32),
    /// A year: 0 this year, -1 last year.
    Year(i32),
    /// The reference moment itself.
    Now,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Core {
    Date(DateSpec),
    Rel(Rel),
    /// A weekday on its own: `dir` when written (`الماضي`, `القادم`), `week` when a week is named
    /// (`الجمعة من الأسبوع المقبل`).
    Weekday { dir: Option<Dir>, week: Option<i8> },
    /// A clock time on its own, on the reference day.
    Time,
    /// A day of a month relative to now: `التاسع عشر من هذا الشهر` (`month` is the offset), or
    /// with a weekday and no month (`الأحد السابع عشرة`): the nearest month where it fits.
    DayOfMonth { day: u8, month: Option<i32> },
    /// The nth weekday of a month (`ثالث ثلاثاء في ايلول 2014`); `n` is -1 for the last one.
    NthWeekday { n: i8, spec: DateSpec },
    /// A feast (`عيد الفطر 2013`, `نوروز`), with the year written after it.
    Holiday { holiday: crate::lang::date_words::Holiday, year: Option<i32> },
}

/// A zone written after a time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ZoneSpec {
    Named(ZoneName),
    /// Minutes east of UTC (`GMT+3`).
    Offset(i32),
}

/// A date expression found in the tokens, before resolution.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Cand {
    /// First and last token, inclusive.
    pub first: usize,
    pub last: usize,
    /// Clitic bytes at the start of the first token, outside the span (`و` of `وأمس`).
    pub clitic: usize,
    pub core: Core,
    pub weekday: Option<u8>,
    pub time: Option<Time>,
    pub day_part: Option<DayPart>,
    pub zone: Option<ZoneSpec>,
    pub era: Option<Era>,
    /// A calendar named by an adjective (`ماه جاری میلادی`).
    pub cal_adj: Option<Era>,
    pub period: Option<Period>,
    /// A month in parentheses that should be the same month (`ماه جاری میلادی (جولای)`).
    pub confirm_month: Option<u8>,
    /// Base confidence of the pattern.
    pub base: f32,
}

impl Cand {
    pub(crate) fn new(first: usize, last: usize, core: Core, base: f32) -> Cand {
        Cand {
            first,
            last,
            clitic: 0,
            core,
            weekday: None,
            time: None,
            day_part: None,
            zone: None,
            era: None,
            cal_adj: None,
            period: None,
            confirm_month: None,
            base,
        }
    }
}

#[cfg(test)]
mod tests;
