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
//! What khabar deliberately does differently from the peers' test suites (tests/dates.rs lists
//! the cases): news is about the past, so a weekday on its own is the nearest past one unless its
//! clause is in the future tense (`سيلتقي`, `خواهد`, `المقبل`, `قبيل`), and a date without a year
//! is the nearer of last and next year's, the future counting 5/4 of the past (Duckling always
//! takes the future one, Recognizers-Text's "past resolution" always the past one); numeric dates
//! are day-month-year, never the American month-day-year; a bare `N-N`, `N.N`, `N/N` or
//! `إلى 27` is a score, a decimal, a fraction or a count, not a date; `اواخر` ("late in") keeps
//! the precision of what it qualifies; and a week (`الأسبوع الماضي`) is reported as its first
//! day at day precision (Saturday in Persian text, Monday in Arabic), since the result has no
//! week precision.
//!
//! Everything is found without `now`; values that depend on it (`دیروز`, a year left out) are
//! then `None` or year-less (`--07-26`), never guessed.

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
    Scan::new(input, analysis, options).found()
}

/// A text read once: its tokens and date candidates, resolved against a reference moment when
/// asked. Extraction resolves the same candidates twice, the second time against the article's
/// own date, without reading the text again.
pub(crate) struct Scan<'a> {
    input: &'a str,
    analysis: &'a Normalized,
    ctx: Ctx<'a>,
    /// Candidates of every recognizer, extended to their modifiers, before resolution.
    cands: Vec<Cand>,
}

impl<'a> Scan<'a> {
    pub(crate) fn new(input: &'a str, analysis: &'a Normalized, options: &DateOptions) -> Scan<'a> {
        let ctx = Ctx::new(input, analysis, options);
        let mut cands = Vec::new();
        for i in 0..ctx.t.len() {
            // Every expression starts with a number or a word the lexicon knows.
            if ctx.t.num(i).is_none() && ctx.t.hits(i).is_empty() {
                continue;
            }
            textual::at(&ctx, i, &mut cands);
            numeric::at(&ctx, i, &mut cands);
            relative::at(&ctx, i, &mut cands);
        }
        for c in &mut cands {
            scan::extend(&ctx, c);
        }
        Scan { input, analysis, ctx, cands }
    }

    /// The same text under other options (a reference moment, a variety). The candidates only
    /// depend on the language of each line, so they are kept unless the new variety changes the
    /// language of lines that take the document's; the text is read again only then.
    pub(crate) fn with_options(mut self, options: &DateOptions) -> Scan<'a> {
        let doc_lang = options.variant.map_or(self.ctx.doc.language(), Variant::language);
        if self.ctx.und_lines && doc_lang != self.ctx.doc_lang {
            // The old reading goes first: a page's tokens are several times its size.
            let (input, analysis) = (self.input, self.analysis);
            drop(self);
            return Scan::new(input, analysis, options);
        }
        self.ctx.now = options.now;
        self.ctx.variant = std::cell::OnceCell::new();
        if let Some(v) = options.variant {
            let _ = self.ctx.variant.set(Some(v));
        }
        self.ctx.doc_lang = doc_lang;
        self
    }

    /// The mentions, resolved against the options' reference moment, with their checks.
    pub(crate) fn found(&self) -> Found {
        let (ctx, input, analysis) = (&self.ctx, self.input, self.analysis);
        let mut resolved: Vec<(Cand, resolve::Resolved)> = Vec::with_capacity(self.cands.len());
        for c in &self.cands {
            // A date that does not exist (`31 شهریور` is fine, `32 يناير` is not) is no candidate.
            if let Some(r) = resolve::resolve(ctx, c, None) {
                resolved.push((*c, r));
            }
        }
        let mut resolved = select(ctx, resolved);
        let mut found = Found::default();
        resolve::cross_check(ctx, &mut resolved, &mut found.checks);
        for (c, r) in resolved {
            let (Some(first), Some(last)) = (ctx.t.get(c.first), ctx.t.get(c.last)) else { continue };
            let mut span = analysis.map.to_input(Span::new(first.start as usize + c.clitic, last.end as usize));
            // Marks the analysis form dropped at the end belong to the expression (`1441هـ`, `مساءً`).
            span.end += input.get(span.end..).unwrap_or("").chars().take_while(|&ch| matches!(ch, '\u{0640}' | '\u{064B}'..='\u{065F}' | '\u{0670}')).map(char::len_utf8).sum::<usize>();
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
}

/// Keeps the best of overlapping candidates: the longest, then the most confident (a weekday
/// that fits its date makes a reading more confident than one that does not).
fn select(ctx: &Ctx, cands: Vec<(Cand, resolve::Resolved)>) -> Vec<(Cand, resolve::Resolved)> {
    // Sort keys packed into integers (one plain integer sort instead of a sort per closure
    // keeps the WebAssembly small): length, confidence, then the earlier start wins. Pairs, with
    // nothing in the second half: `(u64, u64)` is the crate's one sort instantiation.
    const INDEX_BITS: u32 = 24;
    let span = |c: &Cand| {
        let (a, b) = (ctx.t.get(c.first).map_or(0, |t| t.start), ctx.t.get(c.last).map_or(0, |t| t.end));
        b.saturating_sub(a) as u64
    };
    let mut order: Vec<(u64, u64)> = cands
        .iter()
        .enumerate()
        .take(1 << INDEX_BITS)
        .map(|(i, (c, r))| {
            let conf = (r.confidence.clamp(0.0, 1.0) * 1023.0) as u64;
            ((span(c).min((1 << 28) - 1) << 34) | (conf << INDEX_BITS) | ((1 << INDEX_BITS) - 1 - i as u64), 0)
        })
        .collect();
    crate::matching::sort_pairs(&mut order);
    // Tokens already covered: a candidate is checked in time proportional to its length.
    let mut taken = vec![false; ctx.t.len()];
    let mut keep: Vec<(u64, u64)> = Vec::new();
    for &(key, _) in order.iter().rev() {
        let i = ((1 << INDEX_BITS) - 1 - (key & ((1 << INDEX_BITS) - 1))) as usize;
        let c = &cands[i].0;
        let Some(range) = taken.get_mut(c.first..=c.last) else { continue };
        if range.iter().all(|t| !t) {
            range.iter_mut().for_each(|t| *t = true);
            keep.push((((c.first as u64) << INDEX_BITS) | i as u64, 0));
        }
    }
    crate::matching::sort_pairs(&mut keep);
    let mut slots: Vec<Option<(Cand, resolve::Resolved)>> = cands.into_iter().map(Some).collect();
    keep.iter().filter_map(|&(k, _)| slots.get_mut((k & ((1 << INDEX_BITS) - 1)) as usize).and_then(Option::take)).collect()
}

/// The text, its tokens and what is known about it.
pub(crate) struct Ctx<'a> {
    pub t: Tokens<'a>,
    /// Language of each line (undetermined lines take the document's language).
    line_langs: Vec<Language>,
    /// The variety: the caller's, or read from the text when first needed (the Dari word search
    /// is the costliest part of reading a text's language, and only Persian times need it).
    variant: std::cell::OnceCell<Option<Variant>>,
    /// Letter counts of the whole text.
    doc: Evidence,
    /// The language lines without one of their own take (the variety's, else the document's).
    doc_lang: Language,
    /// Some line has no language of its own, or a weak one that follows the document's.
    und_lines: bool,
    pub now: Option<LocalDateTime>,
    /// The first dateline city (`بغداد - ...` at the start of a line) and its token.
    pub dateline: Option<(usize, crate::calendar::tz::Zone)>,
    /// Tokens a number can start at (digits or a number word), in order, and what was read
    /// there (recognizers ask for the same ones many times; a slot per token would be several
    /// times the page's size).
    number_starts: Vec<u32>,
    numbers: std::cell::RefCell<Vec<Option<Option<crate::numbers::NumMatch>>>>,
    /// Dari words seen (`صدراعظم`, `جنوری`): with Persian letters they make the text Dari.
    dari: bool,
}

impl<'a> Ctx<'a> {
    fn new(input: &str, analysis: &'a Normalized, options: &DateOptions) -> Ctx<'a> {
        let lines = line_evidence(input);
        let mut doc = Evidence::default();
        for (e, _) in &lines {
            doc.add(*e);
        }
        let doc_lang = options.variant.map_or(doc.language(), Variant::language);
        // A short line of a Persian text typed with the Arabic ي and ك (as Afghan sites print
        // dates) is Persian still.
        let line_langs: Vec<Language> = lines.iter().map(|&(e, weak)| if weak && doc_lang == Language::Fa { Language::Fa } else { e.language() }).collect();
        let arabic_lines: Vec<bool> = line_langs.iter().map(|&l| l != Language::Fa).collect();
        let t = Tokens::new(&analysis.text, &arabic_lines);
        let und_lines = line_langs.contains(&Language::Und) || lines.iter().any(|&(_, weak)| weak);
        let line_langs = line_langs.into_iter().map(|l| if l == Language::Und { doc_lang } else { l }).collect();
        let dateline = dateline(&t);
        let variant = std::cell::OnceCell::new();
        if let Some(v) = options.variant {
            let _ = variant.set(Some(v));
        }
        let number_starts: Vec<u32> = (0..t.len()).filter(|&i| t.num(i).is_some() || t.hits(i).iter().any(|h| matches!(h.lex, lexicon::Lex::Number(_)))).map(|i| i as u32).collect();
        let numbers = std::cell::RefCell::new(vec![None; number_starts.len()]);
        let dari = (0..t.len()).any(|i| t.hits(i).iter().any(|h| h.lex == lexicon::Lex::DariMarker));
        let _ = input;
        Ctx { t, line_langs, variant, doc, doc_lang, und_lines, now: options.now, dateline, number_starts, numbers, dari }
    }

    /// The variety: the caller's, else Persian letters with Dari words make Dari (the rule of
    /// [`Evidence::variant`], with the words found by the tokenizer).
    pub fn variant(&self) -> Option<Variant> {
        *self.variant.get_or_init(|| {
            let mut e = self.doc;
            e.dari = u32::from(self.dari);
            e.variant()
        })
    }

    /// The number (in words or digits) starting at token `i`.
    pub fn number(&self, i: usize) -> Option<crate::numbers::NumMatch> {
        let slot = self.number_starts.binary_search(&u32::try_from(i).ok()?).ok()?;
        if let Some(Some(cached)) = self.numbers.borrow().get(slot) {
            return *cached;
        }
        let found = crate::numbers::parse_at(&self.t, i, self.lang(i));
        if let Some(cached) = self.numbers.borrow_mut().get_mut(slot) {
            *cached = Some(found);
        }
        found
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
    line_evidence(input).iter().map(|(e, _)| e.language()).collect()
}

/// The letters of each line, and whether its only letters typical of Arabic are a few ي and ك
/// with no Persian letter (`يكشنبه 08 اسد 1396`): a line that takes the document's language.
fn line_evidence(input: &str) -> Vec<(Evidence, bool)> {
    let of = |line: &str| {
        let e = Evidence::letters(line);
        let yeh_kaf = || line.matches(['ي', 'ك']).count() as u32;
        (e, e.persian == 0 && (1..=3).contains(&e.arabic) && yeh_kaf() == e.arabic)
    };
    let b = input.as_bytes();
    let mut out = Vec::new();
    let (mut start, mut i) = (0, 0);
    while i < b.len() {
        // \n, \r, \r\n, and U+2028/U+2029 (E2 80 A8/A9).
        i += b[i..].iter().position(|&x| matches!(x, b'\n' | b'\r' | 0xE2)).unwrap_or(b.len() - i);
        let Some(&x) = b.get(i) else { break };
        let skip = match x {
            b'\r' if b.get(i + 1) == Some(&b'\n') => 2,
            b'\n' | b'\r' => 1,
            0xE2 if b.get(i + 1) == Some(&0x80) && matches!(b.get(i + 2), Some(0xA8 | 0xA9)) => 3,
            _ => {
                i += 1;
                continue;
            }
        };
        out.push(of(&input[start..i]));
        i += skip;
        start = i;
    }
    out.push(of(&input[start..]));
    out
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
    /// A month relative to the reference month (`الشهر القادم`: 1), when no month is named.
    pub month_rel: Option<i8>,
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
