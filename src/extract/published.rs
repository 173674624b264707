//! The article's own date, told apart from the site's "today" banner, update stamps, related
//! items' dates and the dates the story talks about.

use super::classify::{Layout, Role, is_news_id_line};
use super::features::{LineInfo, tables};
use crate::model::{DateMention, Precision};

/// Indices into the date list.
#[derive(Debug, Default)]
pub(crate) struct Choice {
    pub published: Option<usize>,
    pub page_date: Option<usize>,
    /// How sure the choice is (0 to 1).
    pub confidence: f32,
    /// A relative date ("3 hours ago") stood where the article date belongs.
    pub relative_only: bool,
}

pub(crate) fn choose(lines: &[LineInfo<'_>], layout: &Layout, dates: &[DateMention]) -> Choice {
    let mut choice = Choice::default();
    let title = layout.title;
    let (body_start, body_end) = layout.body.unwrap_or((lines.len(), lines.len()));
    let anchor = title.unwrap_or(body_start.min(lines.len().saturating_sub(1)));
    let header_end = title.unwrap_or(body_start);
    let mut best: Option<(f32, usize)> = None;
    // Datelines sit between the title and the first paragraph of the body (after a lead, too).
    let first_body = (0..lines.len()).find(|&i| layout.roles[i] == Role::Body).unwrap_or(body_start);
    // Lines that are kept, and lines of text, before each line (a page can have many dates).
    let mut kept_before = Vec::with_capacity(lines.len() + 1);
    let mut text_before = Vec::with_capacity(lines.len() + 1);
    let (mut kept, mut text) = (0usize, 0usize);
    for role in &layout.roles {
        kept_before.push(kept);
        text_before.push(text);
        kept += usize::from(!matches!(role, Role::Removed(_)));
        text += usize::from(matches!(role, Role::Body | Role::Lead));
    }
    kept_before.push(kept);
    text_before.push(text);
    let between = |counts: &[usize], t: usize, li: usize| counts.get(li).zip(counts.get(t + 1)).map_or(0, |(a, b)| a.saturating_sub(*b));

    let text_role = |i: usize| matches!(layout.roles[i], Role::Body | Role::Lead);
    for (li, line) in lines.iter().enumerate() {
        for &di in &line.dates {
            let d = &dates[di];
            // (A paragraph's second copy is text too.)
            let in_text = (text_role(li) || line.duplicate_of.is_some_and(text_role)) && !line.is_date_line();
            // (A short line with a labelled date reads as text to the layout: `كشـ24 | و.م.ع نشر
            // في: 27 أكتوبر 2024`; so does the outlet and its date, `صحيفة عاجل ٣٠-٠٧-٢٠٢٥`.)
            let short_dateline = is_short_dateline(line) && (label_before(line, d, dates).is_some() || line.words <= 6 && line.date_share >= 0.3);
            if in_text && !is_paragraph_dateline(line, d) && !short_dateline {
                continue;
            }
            // A date in brackets inside a longer line dates what the line tells (a photo's
            // caption: `تظاهرات ایرانیان در تهران (۸ جنوری ۲۰۲۶)`), not the article.
            let before = line.text.get(..d.start.saturating_sub(line.span.start)).unwrap_or("");
            // (Not a wire dateline's: `آسواکانیوز(شنبه/۲۹عقرب/۱۴۰۰): سرپرست وزارت ...`.)
            if line.words >= 8 && before.trim_end().ends_with('(') && !is_paragraph_dateline(line, d) {
                continue;
            }
            if d.value.is_none() {
                // "3 hours ago" beside the title: the article date, but relative to an
                // unknown moment.
                if d.relative && li.abs_diff(anchor) <= 3 && li < body_start + 1 {
                    choice.relative_only = true;
                }
                continue;
            }
            if d.precision < Precision::Day || d.value.as_deref().is_some_and(|v| v.starts_with("--")) {
                continue;
            }
            // "Now" or "an hour ago" dates an article only as a line of its own (`منذ ساعة`), not
            // inside a sentence (`يمكنكم الآن متابعة آخر الأخبار`).
            if d.relative && !line.is_date_line() {
                continue;
            }
            // The label nearest before the date decides: `نشر في ... آخر تحديث ...` holds both.
            // A labelled date is no banner.
            // (Or a label alone on the line above: `• تاريخ النشر` / `24-Dec-2025`.)
            let label_above = li > 0 && line.blank_before == 0 && Some(&di) == line.dates.first() && {
                let key = &lines[li - 1].key;
                tables().published_labels.first(key).is_some_and(|h| h.start == 0 && h.end == key.len())
            };
            let label = label_before(line, d, dates).or(label_above.then_some(Label::Published));
            // (A clock widget above the title tells the time of the day's visit; so does a date
            // that says it is today's: `امروز: جمعه ۰۲ آذر ۱۴۰۳ - ۱۳:۰۹`.)
            let today = || line.is_date_line() && line.text.trim_start().split([' ', ':']).next().is_some_and(is_today);
            if label.is_none() && (is_banner(lines, layout, li, d, dates, header_end) || li < header_end && (line.is_clock() || today())) {
                if choice.page_date.is_none() {
                    choice.page_date = Some(di);
                }
                continue;
            }
            let mut score = 1.0 + d.confidence;
            // Beside the title: counted in lines that are text, so that bylines, captions and
            // buttons between the title and the date do not push it away.
            let after_title = title.is_some_and(|t| li > t && between(&kept_before, t, li) <= 2);
            // At most a standfirst between the title and the date (DW, BBC print a teaser first).
            let text_between = title.map_or(0, |t| if li > t { between(&text_before, t, li) } else { 0 });
            if after_title && (li <= body_start + 1 || li < first_body || text_between <= 1) {
                score += 2.0;
            }
            if title.is_some_and(|t| li < t && t - li <= 2) {
                score += 1.0;
            }
            // The headline's own time stamp, glued after it.
            if title == Some(li) && super::glued_stamp(line).is_some_and(|at| d.start - line.span.start >= at) {
                score += 2.0;
            }
            if matches!(d.precision, Precision::Minute | Precision::Second) {
                score += 1.0;
            }
            if line.is_date_line() {
                score += 0.5;
            }
            let near_id = (li.saturating_sub(1)..(li + 2).min(lines.len())).any(|j| j != li && is_news_id_line(&lines[j]));
            if near_id {
                score += 0.5;
            }
            match label {
                Some(Label::Published) => score += 1.5,
                Some(Label::Updated) => score -= 3.0,
                None => {}
            }
            if in_text {
                score += 1.0;
            }
            if li >= body_end && layout.body.is_some() {
                score -= 2.5;
            }
            if matches!(layout.roles[li], Role::Removed(crate::model::RemovalReason::Related)) {
                score -= 3.0;
            }
            if score >= 2.5 && best.is_none_or(|(s, _)| score > s) {
                best = Some((score, di));
            }
        }
    }
    // Wire copy stamps its time after the text (`12/9/2023 11:32:05`): with no date beside the
    // title, a date line with a time right after the body is the article's.
    if best.is_none() && layout.body.is_some() {
        best = (body_end..lines.len().min(body_end + 4))
            .flat_map(|li| lines[li].dates.iter().map(move |&di| (li, di)))
            .find(|&(li, di)| {
                let d = &dates[di];
                let absolute = d.value.as_deref().is_some_and(|v| !v.starts_with("--")) && d.precision >= Precision::Day;
                // A stamp with a time on a line of its own, or a date after a "published" label
                // (`تاریخ انتشار: ۲۳ بهمن ۱۴۰۱ | شماره ۲۸۴۳۱`).
                // So does a date alone on the line right after the text (`الجمعة ، 11 أغسطس 2023`).
                let stamp = lines[li].is_date_line() && (matches!(d.precision, Precision::Minute | Precision::Second) || li == body_end && lines[li].dates.len() == 1);
                absolute && (stamp || matches!(label_before(&lines[li], d, dates), Some(Label::Published)))
            })
            .map(|(_, di)| (2.5, di));
    }
    if let Some((score, di)) = best {
        choice.published = Some(di);
        choice.relative_only = false;
        choice.confidence = (score / 6.0).clamp(0.3, 0.98) * dates[di].confidence.max(0.5);
    }
    choice
}

/// `امروز`, `اليوم`, `today`.
fn is_today(word: &str) -> bool {
    use crate::lang::date_words::{DateWord, WORDS};
    WORDS.iter().any(|(t, role)| *t == word && matches!(role, DateWord::RelDay(0)))
}

enum Label {
    Published,
    Updated,
}

/// The publication or update label between the previous date of the line (or its start) and
/// this date.
fn label_before(line: &LineInfo<'_>, d: &DateMention, dates: &[DateMention]) -> Option<Label> {
    let from = line.dates.iter().map(|&i| &dates[i]).filter(|o| o.end <= d.start).map(|o| o.end).max().unwrap_or(line.span.start);
    let segment = super::features::match_key(line.text.get(from - line.span.start..d.start - line.span.start)?);
    let last = |index: &crate::matching::WordIndex| index.hits(&segment, |_, _| true).last().map(|h| h.end);
    match (last(&tables().published_labels), last(&tables().updated_labels)) {
        (Some(p), Some(u)) if p > u => Some(Label::Published),
        (_, Some(_)) => Some(Label::Updated),
        (Some(_), None) => Some(Label::Published),
        (None, None) => None,
    }
}

/// Short enough to be a dateline when the layout took it for text: the published date's line
/// then leaves the text (`super::extract_text`).
pub(crate) fn is_short_dateline(line: &LineInfo<'_>) -> bool {
    line.words <= 12
}

/// A date at the head of the first paragraph, in the dateline style of wire copy:
/// `عمان 14 نيسان (بترا) -`, `تهران - ۱۴ فروردین - ایرنا -`.
fn is_paragraph_dateline(line: &LineInfo<'_>, d: &DateMention) -> bool {
    let offset = d.start - line.span.start;
    let head = &line.text[..offset.min(line.text.len())];
    let tail: String = line.text[(d.end - line.span.start).min(line.text.len())..].chars().take(12).collect();
    head.chars().count() <= 30 && tail.contains(['(', '-', '–', ':', '/'])
}

/// A "today" banner or header clock: a date above the title, in a page header with other
/// furniture (logo, toggles, menus), without a time of day unless menus stand between it and the
/// title; or a date printed twice in two calendars, as sites do with their date of the day.
fn is_banner(lines: &[LineInfo<'_>], layout: &Layout, li: usize, d: &DateMention, dates: &[DateMention], header_end: usize) -> bool {
    if li >= header_end {
        return false;
    }
    let furniture = (0..header_end)
        .filter(|&j| j != li && (matches!(layout.roles[j], Role::Removed(_)) || lines[j].is_date_line()))
        .count();
    let twin = [li.wrapping_sub(1), li + 1]
        .into_iter()
        .any(|j| j < header_end && lines[j].is_date_line() && lines[j].dates.len() == 1);
    let menu_between = (li + 1..header_end).filter(|&j| matches!(layout.roles[j], Role::Removed(crate::model::RemovalReason::Navigation))).count() >= 2;
    let timed = matches!(d.precision, Precision::Minute | Precision::Second);
    // (Or on one line: `جمعه ۱۰ فروردین ۱۴۰۳ |۱۸ رمضان ۱۴۴۵ | Mar 29, 2024`; the lunar day may
    // differ by one between countries.)
    let twin_on_line = lines[li].is_date_line() && lines[li].dates.iter().any(|&o| dates[o].calendar != d.calendar);
    ((twin || twin_on_line) && !timed) || (furniture >= 2 && (!timed || menu_between))
}
