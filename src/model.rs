//! The result types: what [`extract`](crate::extract) and [`find_dates`](crate::find_dates)
//! return.
//!
//! They serialize (serde) in camelCase, exactly as the JavaScript API returns them. Every span
//! (`start`, `end`) is a byte offset into the original input in Rust; the JavaScript boundary
//! rewrites them as UTF-16 code-unit offsets, so `input.slice(start, end)` gives the text back
//! in both languages.

use serde::Serialize;

/// A half-open range of the original input: bytes in Rust, UTF-16 code units in JavaScript.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub const fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    pub const fn len(self) -> usize {
        self.end - self.start
    }

    pub const fn is_empty(self) -> bool {
        self.start == self.end
    }
}

/// The language of a document or paragraph.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    /// Persian: Iranian Farsi or Afghan Dari.
    Fa,
    /// Arabic.
    Ar,
    /// Undetermined: too little Arabic-script text to tell.
    #[default]
    Und,
}

/// The regional variety.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub enum Variant {
    /// Iranian Persian.
    #[serde(rename = "fa-IR")]
    FaIr,
    /// Dari, the Persian of Afghanistan.
    #[serde(rename = "fa-AF")]
    FaAf,
    /// Arabic.
    #[serde(rename = "ar")]
    Ar,
}

impl Variant {
    pub const fn language(self) -> Language {
        match self {
            Variant::FaIr | Variant::FaAf => Language::Fa,
            Variant::Ar => Language::Ar,
        }
    }
}

/// The calendar a date is written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum CalendarKind {
    /// Solar Hijri (Jalali; Afghan solar months included).
    Persian,
    /// Proleptic Gregorian.
    Gregorian,
    /// Lunar Hijri (Umm al-Qura where tabulated).
    Islamic,
}

/// How much of a date the text gives.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Precision {
    Year,
    Month,
    Day,
    Minute,
    Second,
}

/// One date expression found in the text.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DateMention {
    /// The expression exactly as written in the input.
    pub text: String,
    pub start: usize,
    pub end: usize,
    /// ISO 8601 (Gregorian, local time) at the precision written: `2021-07-17T16:54`,
    /// `2021-07`, `2014`, `--07-26` when nothing fixes the year. `None` when the expression
    /// is relative to a moment the text does not give (e.g. "on Friday" with no article date).
    pub value: Option<String>,
    pub precision: Precision,
    pub calendar: CalendarKind,
    /// The date in its own calendar, as ISO-like digits (`1400-04-26`), when written in one.
    pub native: Option<String>,
    /// UTC offset of the local time (`+04:30`), only when a time of day is written.
    pub utc_offset: Option<String>,
    /// True when the value was computed from a reference date ("yesterday", "last year").
    pub relative: bool,
    /// 0 to 1: how sure khabar is of `value`.
    #[serde(serialize_with = "score")]
    pub confidence: f32,
}

impl DateMention {
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

/// A source credited by the text: an agency, outlet or other attribution.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Source {
    /// The name of the source, e.g. `مشرق` or `وكالات`.
    pub name: String,
    /// The credit as written, e.g. `به گزارش مشرق`.
    pub text: String,
    pub start: usize,
    pub end: usize,
}

/// Why a line is not part of the title, lead or body.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum RemovalReason {
    /// Section links and menus.
    Navigation,
    /// Site furniture: logos, toggles, skip links, widget labels, login/search/share.
    SiteChrome,
    /// A "today" date or clock printed by the site, not the article's date.
    DateBanner,
    /// A dateline: the article's date, byline or source name on a line of its own.
    Dateline,
    /// A `news ID` line.
    NewsId,
    /// A line that repeats another line kept in the article (repeated title, caption).
    Duplicate,
    /// A "read also" heading and the linked headline after it.
    ReadAlso,
    /// Most-read and related lists.
    Related,
    /// A source or credit line (`منبع: ...`).
    Credit,
    /// Comment forms and prompts.
    Comments,
    /// Newsletter and subscription prompts.
    Newsletter,
    /// Aggregator and legal disclaimers.
    Disclaimer,
    /// Tag lists.
    Tags,
    /// View and share counters.
    Counter,
    /// Copyright footers.
    Copyright,
    /// Image captions and photo credits.
    Caption,
    /// Text outside the article that fits no other reason.
    Other,
}

/// A non-empty input line left out of the title, lead and body, with the reason.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Removed {
    pub text: String,
    pub reason: RemovalReason,
    pub start: usize,
    pub end: usize,
}

/// One body paragraph with its place in the input and its language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Paragraph {
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub language: Language,
    pub variant: Option<Variant>,
}

/// 0 to 1, per field.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct Confidence {
    #[serde(serialize_with = "score")]
    pub title: f32,
    #[serde(serialize_with = "score")]
    pub published: f32,
    #[serde(serialize_with = "score")]
    pub body: f32,
}

/// A score written with three decimals: an f32 widened to f64 would reach JavaScript as
/// 0.9800000190734863, and sums of f32 terms as 0.95000005; a heuristic's score means nothing
/// past its third decimal.
fn score<S: serde::Serializer>(v: &f32, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_f64(three_decimals(*v))
}

pub(crate) fn three_decimals(v: f32) -> f64 {
    (f64::from(v) * 1000.0).round() / 1000.0
}

/// Everything khabar extracts from one pasted page.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Article {
    pub language: Language,
    pub variant: Option<Variant>,
    /// The headline as written, without a `| section` suffix, a list bullet before it or buttons
    /// after it.
    pub title: Option<String>,
    /// Where the headline is: from the start of its line (a bullet included) to its end.
    pub title_span: Option<Span>,
    /// A supertitle or kicker printed above the headline.
    pub kicker: Option<String>,
    pub kicker_span: Option<Span>,
    /// The standfirst, when the page has one.
    pub lead: Option<String>,
    pub lead_span: Option<Span>,
    /// Body paragraphs in order, lead excluded.
    pub body: Vec<String>,
    /// The body paragraphs with their spans and languages (`body[i] == paragraphs[i].text`).
    pub paragraphs: Vec<Paragraph>,
    /// The article's own date.
    pub published: Option<DateMention>,
    /// A site's "today" banner, which is not the article's date.
    pub page_date: Option<DateMention>,
    /// Every date expression in the input, in order.
    pub dates: Vec<DateMention>,
    /// The outlet named in the byline.
    pub site: Option<String>,
    /// The page's news ID in ASCII digits.
    pub news_id: Option<String>,
    pub section: Option<String>,
    pub sources: Vec<Source>,
    /// Every non-empty input line that is not in the title, kicker, lead or body.
    pub removed: Vec<Removed>,
    pub confidence: Confidence,
    pub warnings: Vec<String>,
}

impl Article {
    /// Calls `f` on every span (start, end) in the article, in place: the JavaScript boundary
    /// turns byte offsets into UTF-16 offsets with it, HTML input maps text spans to the markup.
    pub fn for_each_span(&mut self, f: &mut dyn FnMut(&mut usize, &mut usize)) {
        for span in [&mut self.title_span, &mut self.kicker_span, &mut self.lead_span].into_iter().flatten() {
            f(&mut span.start, &mut span.end);
        }
        for p in &mut self.paragraphs {
            f(&mut p.start, &mut p.end);
        }
        for d in self.published.iter_mut().chain(self.page_date.iter_mut()).chain(self.dates.iter_mut()) {
            f(&mut d.start, &mut d.end);
        }
        for s in &mut self.sources {
            f(&mut s.start, &mut s.end);
        }
        for r in &mut self.removed {
            f(&mut r.start, &mut r.end);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::three_decimals;

    #[test]
    fn scores_go_out_with_three_decimals() {
        assert_eq!(three_decimals(0.98), 0.98);
        assert_eq!(three_decimals(0.95000005), 0.95);
        assert_eq!(three_decimals(0.905_85), 0.906);
        assert_eq!(three_decimals(0.0), 0.0);
        assert_eq!(three_decimals(1.0), 1.0);
        // The f32 itself, widened, is what JavaScript saw before.
        assert_ne!(f64::from(0.98f32), 0.98);
        let confidence = serde_json::to_value(super::Confidence { title: 0.98, published: 0.500_000_06, body: 0.07 }).unwrap();
        assert_eq!(confidence, serde_json::json!({ "title": 0.98, "published": 0.5, "body": 0.07 }));
    }
}
