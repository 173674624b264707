//! Article extraction: classify the lines of a pasted page and assemble the [`Article`].
//!
//! The stages, in order: lines ([`crate::segment`]), dates over the whole page
//! ([`crate::dates`]), line features ([`features`]), classification ([`classify`]), the
//! publication date ([`published`]), credits ([`credits`]), and the assembly below. Every
//! non-empty input line ends up in the title, lead, body or `removed`, with a reason.

mod classify;
mod credits;
mod features;
mod published;

use classify::Role;
use features::LineInfo;

use crate::calendar::LocalDateTime;
use crate::dates;
use crate::error::Error;
use crate::language::Evidence;
use crate::html;
use crate::model::{Article, CalendarKind, Confidence, DateMention, Language, Paragraph, Precision, RemovalReason, Removed, Span};
use crate::normalize::{Normalized, analysis_form, normalize};
use crate::options::{DateOptions, ExtractOptions, InputFormat, NormalizeOptions, check_size};
use crate::segment;

/// Extracts the article from a pasted page.
///
/// ```
/// let page = "لینک های دسترسی\n\nدلیل سفر الکاظمی به آمریکا چیست؟\n\nبه گزارش مشرق، کارشناسان دلیل این سفر را نگرانی واشنگتن از افزایش حملات علیه مواضع این کشور در عراق و سوریه میدانند.\n\nنظر شما";
/// let article = khabar::extract(page, &Default::default()).unwrap();
/// assert_eq!(article.language, khabar::Language::Fa);
/// assert_eq!(article.title.as_deref(), Some("دلیل سفر الکاظمی به آمریکا چیست؟"));
/// assert_eq!(article.sources[0].name, "مشرق");
/// assert_eq!(article.removed.len(), 2);
/// ```
///
/// HTML input (a page's markup, `format: Html`, or detected with `Auto`) is read as the text a
/// person would copy from the page; its spans then point into the markup, its text fields hold the
/// visible text, and the page's own metadata (`<title>`, `og:` and `article:` meta, JSON-LD) adds
/// evidence for the title, date, outlet and section.
pub fn extract(text: &str, options: &ExtractOptions) -> Result<Article, Error> {
    check_size(text, options.max_input_bytes)?;
    let is_html = match options.format {
        InputFormat::Html => true,
        InputFormat::Text => false,
        InputFormat::Auto => html::looks_like_html(text),
    };
    if !is_html {
        return Ok(extract_text(text, options, None));
    }
    let page = html::read(text);
    let mut article = extract_text(&page.text, options, Some(&page.meta));
    article.for_each_span(&mut |start, end| {
        let span = page.map.to_input(Span::new(*start, *end));
        *start = span.start;
        *end = span.end;
    });
    apply_page_meta(&mut article, &page.meta, text);
    Ok(article)
}

/// Metadata the page states about itself, where the text left a field empty (or, for the
/// publication date, where the text has none).
fn apply_page_meta(article: &mut Article, meta: &html::PageMeta, html: &str) {
    if article.published.is_none() {
        if let Some(raw) = &meta.published {
            article.published = meta_date(raw, html);
            if article.published.is_some() {
                article.confidence.published = 0.9;
            }
        }
    }
    if article.site.is_none() {
        article.site = meta.og_site_name.clone().or_else(|| meta.publisher.clone());
    }
    if article.section.is_none() {
        article.section.clone_from(&meta.section);
    }
    if article.language == Language::Und {
        match meta.lang.as_deref().map(|l| l.get(..2).unwrap_or(l)) {
            Some("fa" | "pr") => article.language = Language::Fa,
            Some("ar") => article.language = Language::Ar,
            _ => {}
        }
    }
    article.warnings.push("html-input: spans point into the markup; text fields hold the visible text".into());
}

/// An ISO 8601 date from page metadata (`2024-05-12T09:41:00+03:30`) as a date mention whose span
/// is the value's first occurrence in the markup.
fn meta_date(raw: &str, html: &str) -> Option<DateMention> {
    let raw = raw.trim();
    let local = LocalDateTime::parse_iso(raw).ok()?;
    let start = html.find(raw)?;
    let offset = raw.get(19..).and_then(|tail| {
        let tail = tail.trim_start_matches(|c: char| c == '.' || c.is_ascii_digit());
        match tail {
            "Z" | "z" => Some("+00:00".to_string()),
            t if t.len() == 6 && (t.starts_with('+') || t.starts_with('-')) => Some(t.to_string()),
            _ => None,
        }
    });
    let d = local.date;
    let mut value = String::with_capacity(19);
    push_num(&mut value, d.year as u32, 4);
    value.push('-');
    push_num(&mut value, u32::from(d.month), 2);
    value.push('-');
    push_num(&mut value, u32::from(d.day), 2);
    let precision = match local.time {
        Some((h, m, sec)) => {
            value.push('T');
            push_num(&mut value, u32::from(h), 2);
            value.push(':');
            push_num(&mut value, u32::from(m), 2);
            if sec != 0 {
                value.push(':');
                push_num(&mut value, u32::from(sec), 2);
                Precision::Second
            } else {
                Precision::Minute
            }
        }
        None => Precision::Day,
    };
    Some(DateMention {
        text: raw.to_string(),
        start,
        end: start + raw.len(),
        value: Some(value),
        precision,
        calendar: CalendarKind::Gregorian,
        native: None,
        utc_offset: if local.time.is_some() { offset } else { None },
        relative: false,
        confidence: 0.9,
    })
}

fn push_num(out: &mut String, n: u32, width: usize) {
    let digits = n.to_string();
    for _ in digits.len()..width {
        out.push('0');
    }
    out.push_str(&digits);
}

fn extract_text(text: &str, options: &ExtractOptions, meta: Option<&html::PageMeta>) -> Article {
    let lines = segment::lines(text);
    let analysis = analysis_form(text);
    let mut date_options = DateOptions { now: options.now, variant: None, max_input_bytes: options.max_input_bytes };
    // The page is read once; line features point into this first list of dates.
    let mut finder = dates::Scan::new(text, &analysis, &date_options);
    let first = finder.found();
    let scan = first.mentions;
    let mut checks = first.checks;
    let mut dates = scan.clone();

    let infos = features::describe(&lines, &scan);
    let title_hints: Vec<String> = meta
        .into_iter()
        .flat_map(|m| [&m.headline, &m.og_title, &m.title, &m.heading])
        .flatten()
        .map(|t| features::match_key(t))
        .filter(|k| !k.is_empty())
        .collect();
    let mut layout = classify::layout(&infos, &title_hints);
    let mut choice = published::choose(&infos, &layout, &dates);

    let mut article = Article::default();
    let mut evidence = Evidence::default();
    for (i, info) in infos.iter().enumerate() {
        match layout.roles[i] {
            Role::Title | Role::Kicker | Role::Lead | Role::Body => evidence.add(info.evidence),
            // The page's date lines and captions are in its variety too (`۱۸ جدی ۱۴۰۳ هـ.ش`).
            Role::Removed(RemovalReason::Caption) => evidence.dari += info.evidence.dari,
            _ if !info.dates.is_empty() => evidence.dari += info.evidence.dari,
            _ => {}
        }
    }
    if evidence.language() == Language::Und {
        infos.iter().for_each(|info| evidence.add(info.evidence));
    }
    article.language = evidence.language();
    article.variant = evidence.variant();

    // With no date beside the title, the date in the article's own address (a permalink
    // `https://swn.af/fa/2024/05/19/...`) is its date.
    let link_date = if choice.published.is_none() { link_date(&infos) } else { None };
    // Relative dates in the body count from the article's own date.
    let reference = choice.published.map(|i| &dates[i]).or(link_date.as_ref()).and_then(reference_moment);
    if let Some(p) = reference {
        date_options.now = Some(p);
        date_options.variant = article.variant;
        let published_start = choice.published.map(|i| dates[i].start);
        let page_start = choice.page_date.map(|i| dates[i].start);
        finder = finder.with_options(&date_options);
        let again = finder.found();
        dates = again.mentions;
        checks = again.checks;
        choice.published = published_start.and_then(|s| dates.iter().position(|d| d.start == s));
        choice.page_date = page_start.and_then(|s| dates.iter().position(|d| d.start == s));
    }
    // The tokens and the analysis form are several times the page's size: free them before
    // the article is assembled.
    drop(finder);
    drop(analysis);

    // Date lines: the published one is the dateline, a banner is a banner; the rest by place.
    let published_line = choice.published.and_then(|di| line_of(&infos, dates.get(di)?));
    let banner_line = choice.page_date.and_then(|di| line_of(&infos, dates.get(di)?));
    if let Some(p) = published_line {
        // A stamp after the text (`تاریخ انتشار: ... | شماره ...`) was classified before the
        // date was chosen: it is the dateline.
        // So is a short labelled one that the layout took for text.
        if matches!(layout.roles[p], Role::Removed(_)) || matches!(layout.roles[p], Role::Lead | Role::Body) && published::is_short_dateline(&infos[p]) {
            layout.roles[p] = Role::Removed(RemovalReason::Dateline);
        }
    }
    for i in 0..infos.len() {
        if layout.roles[i] != Role::Open {
            continue;
        }
        layout.roles[i] = Role::Removed(if Some(i) == banner_line {
            RemovalReason::DateBanner
        } else if Some(i) == published_line {
            RemovalReason::Dateline
        } else if layout.title.is_some_and(|t| i < t) && published_line.is_some_and(|p| p > i) {
            RemovalReason::DateBanner
        } else if layout.body.is_some_and(|(_, end)| i >= end) {
            RemovalReason::Related
        } else {
            RemovalReason::Dateline
        });
    }

    fill_text_fields(&mut article, &infos, &layout, options);
    fill_credits(&mut article, &infos, &layout, &scan, published_line);

    article.published = choice.published.map(|i| dates[i].clone());
    if article.published.is_none() && link_date.is_some() {
        article.published = link_date;
        choice.confidence = 0.5;
    }
    if let Some(p) = article.published.as_mut() {
        if p.utc_offset.is_none() {
            if let Some(zone) = home_zone(article.site.as_deref(), &infos, &layout, &dates) {
                p.utc_offset = offset_in(p, zone);
            }
        }
    }
    article.page_date = choice.page_date.map(|i| dates[i].clone());
    if choice.relative_only {
        article.warnings.push("published-date-relative: the article's date is written relative to a moment the text does not give".into());
    }
    if article.title.is_none() {
        article.warnings.push("no-title: no headline-shaped line was found".into());
    }
    date_warnings(&dates, &checks, &mut article.warnings);
    article.dates = dates;
    article.confidence = Confidence {
        title: title_confidence(&infos, &layout, published_line),
        published: choice.confidence,
        body: body_confidence(&infos, &layout),
    };
    article
}

fn line_of(infos: &[LineInfo<'_>], d: &DateMention) -> Option<usize> {
    infos.iter().position(|l| l.span.start <= d.start && d.end <= l.span.end)
}

/// Warnings for what the date finder doubted: a weekday that is not the date's, and two
/// calendars giving one day two different dates. A page can hold thousands: the first few of
/// each kind are listed, then a count.
fn date_warnings(dates: &[DateMention], checks: &[dates::Check], warnings: &mut Vec<String>) {
    const LISTED: usize = 5;
    let text = |i: usize| dates.get(i).map_or("", |d| d.text.as_str());
    let mut weekday: Vec<String> = Vec::new();
    let mut gloss: Vec<String> = Vec::new();
    let quoted = |parts: &[&str]| parts.concat();
    for check in checks {
        match *check {
            dates::Check::WeekdayMismatch { mention } => {
                weekday.push(quoted(&["date-weekday-mismatch: the weekday written with «", text(mention), "» is not that date's"]));
            }
            dates::Check::GlossDisagrees { first, second } => {
                gloss.push(quoted(&["date-gloss-disagrees: «", text(first), "» and «", text(second), "» are given as one day but are not"]));
            }
            dates::Check::GlossAgrees { .. } => {}
        }
    }
    for list in [weekday, gloss] {
        let more = list.len().saturating_sub(LISTED);
        warnings.extend(list.into_iter().take(LISTED));
        if more > 0 {
            warnings.push(quoted(&["and ", &more.to_string(), " more of the same kind"]));
        }
    }
}

/// The date in the path of the page's links (`/2024/05/19/`, `/2024-05-19/`) when they all
/// give the same one: a page whose links carry different dates links to other articles, and
/// none of them is known to be this one's.
fn link_date(infos: &[LineInfo<'_>]) -> Option<DateMention> {
    let mut found: Option<DateMention> = None;
    for line in infos {
        for (at, url_end) in links(line.text) {
            let url = &line.text[at..url_end];
            let Some((offset, iso)) = path_date(url) else { continue };
            let start = line.span.start + at + offset;
            if found.as_ref().is_some_and(|d| d.value.as_deref() != Some(iso.as_str())) {
                return None;
            }
            found.get_or_insert(DateMention {
                text: url[offset..offset + 10].to_string(),
                start,
                end: start + 10,
                value: Some(iso.clone()),
                precision: Precision::Day,
                calendar: CalendarKind::Gregorian,
                native: Some(iso),
                utc_offset: None,
                relative: false,
                confidence: 0.5,
            });
        }
    }
    found
}

/// The first `/YYYY/MM/DD/` or `/YYYY-MM-DD` in a URL's path (a Gregorian year of 1990-2099 and
/// a real day): its offset in the URL and its ISO form.
fn path_date(url: &str) -> Option<(usize, String)> {
    let b = url.as_bytes();
    (0..b.len().saturating_sub(10)).find_map(|i| {
        let w = &b[i..i + 11];
        let digits = |r: std::ops::Range<usize>| w[r].iter().all(u8::is_ascii_digit);
        let sep = w[5];
        let shape = w[0] == b'/' && (sep == b'/' || sep == b'-') && w[8] == sep && digits(1..5) && digits(6..8) && digits(9..11);
        let ends = b.get(i + 11).is_none_or(|c| !c.is_ascii_digit());
        if !shape || !ends || !(b"1990".as_slice()..b"2100".as_slice()).contains(&&w[1..5]) {
            return None;
        }
        let mut iso = String::with_capacity(10);
        for (part, dash) in [(&url[i + 1..i + 5], true), (&url[i + 6..i + 8], true), (&url[i + 9..i + 11], false)] {
            iso.push_str(part);
            if dash {
                iso.push('-');
            }
        }
        LocalDateTime::parse_iso(&iso).ok().map(|_| (i + 1, iso))
    })
}

/// The local date and time a date mention stands for, to resolve the body's relative dates.
fn reference_moment(d: &DateMention) -> Option<LocalDateTime> {
    let value = d.value.as_deref()?;
    if value.len() < 10 || value.starts_with("--") {
        return None;
    }
    LocalDateTime::parse_iso(value).ok()
}

fn fill_text_fields(article: &mut Article, infos: &[LineInfo<'_>], layout: &classify::Layout, options: &ExtractOptions) {
    let show = |s: &str| -> String {
        if options.normalize {
            normalize(s, &NormalizeOptions::default()).map(|n: Normalized| n.text).unwrap_or_else(|_| s.to_string())
        } else {
            s.to_string()
        }
    };
    for (i, info) in infos.iter().enumerate() {
        match layout.roles[i] {
            Role::Title => {
                let (title, span, suffix) = split_title(info);
                article.title = Some(show(title));
                article.title_span = Some(span);
                if let Some(suffix) = suffix {
                    // (A browser tab's title, `<headline> | <site>`, over the headline printed
                    // alone: the tail is the site's name.)
                    let tab = || {
                        let key = features::match_key(title);
                        infos.iter().enumerate().any(|(j, l)| j != i && l.key == key)
                    };
                    if credits::known_agency(suffix).is_some() || tab() {
                        article.site = Some(suffix.to_string());
                    } else {
                        article.section = Some(suffix.to_string());
                    }
                }
            }
            Role::Kicker => {
                article.kicker = Some(show(info.text));
                article.kicker_span = Some(info.span);
            }
            Role::Lead => {
                article.lead = Some(show(info.text));
                article.lead_span = Some(info.span);
            }
            Role::Body => {
                article.body.push(show(info.text));
                article.paragraphs.push(Paragraph {
                    text: info.text.to_string(),
                    start: info.span.start,
                    end: info.span.end,
                    language: info.evidence.language(),
                    variant: info.evidence.variant(),
                });
            }
            Role::Removed(reason) => {
                article.removed.push(Removed { text: info.text.to_string(), reason, start: info.span.start, end: info.span.end });
            }
            Role::Open => {}
        }
    }
    if !options.normalize {
        return;
    }
    // With normalization on, paragraph texts follow the body.
    for (p, text) in article.paragraphs.iter_mut().zip(&article.body) {
        p.text.clone_from(text);
    }
}

/// `Title | Section` or `Title - Site`: the headline and its suffix.
/// Where a time stamp glued at the end of a headline starts (a byte offset into the line's text):
/// a date with a clock that ends the line, after three words or more. Headlines name days, not
/// minutes.
pub(crate) fn glued_stamp(info: &LineInfo<'_>) -> Option<usize> {
    let (start, end) = info.date_range?;
    let timed = info.text[start..].contains(':');
    (timed && info.text[end..].trim().is_empty() && info.text[..start].split_whitespace().count() >= 3).then_some(start)
}

fn split_title<'a>(info: &LineInfo<'a>) -> (&'a str, Span, Option<&'a str>) {
    // A list's bullet (`• تلاش شهرها ...`) is not part of the headline.
    let mut text = info.text.trim_start_matches(['•', '▪', '◾', '■', '●']).trim_start();
    // Nor is a breadcrumb trail before it (`اخبار > ۴۴ روستای ...`), which names the section:
    // its first part, or its second after the site's name (`رویداد ایران > استان ها > ...`).
    let mut crumb = None;
    if let Some([trail @ .., last]) = features::crumbs(text).as_deref() {
        if trail.iter().all(|p| (1..=4).contains(&p.split_whitespace().count())) && last.split_whitespace().count() >= 3 {
            crumb = Some(trail[usize::from(trail.len() >= 3)]);
            text = last;
        }
    }
    // The span still starts with the line, bullet and all, so that the line is accounted for;
    // the headline (a prefix of `text`) ends it.
    let start = info.span.start;
    let head_at = start + info.text.len() - text.len();
    let end_of = |head: &str| head_at + head.len();
    // And nor are the buttons after it (`... سپرده شد PDF چاپ نامه الکترونیک`).
    // (Only when a headline stays: a line of nothing but the buttons keeps its text, so that
    // its span still covers it; found by the extract fuzz target.)
    if let Some(head) = crate::lang::boilerplate_fa::TITLE_BUTTONS.iter().find_map(|b| text.trim_end().strip_suffix(b)).map(str::trim_end).filter(|h| !h.is_empty()) {
        text = head;
    }
    // Nor is its time stamp glued after it (`... التكميلية الأربعاء, 20 ديسمبر 2023, 11:18`).
    if let Some(at) = glued_stamp(info) {
        // (`text` is a part of the line, moved from its start by a trail and from its end by
        // buttons.)
        let cut = at.saturating_sub(text.as_ptr() as usize - info.text.as_ptr() as usize);
        if let Some(head) = text.get(..cut).map(|h| h.trim_end_matches([' ', ',', '،', '-', '–', '|'])).filter(|h| h.split_whitespace().count() >= 3) {
            text = head;
        }
    }
    for sep in [" | ", " || ", "|", " :: "] {
        if let Some(at) = text.rfind(sep) {
            let head = text[..at].trim_end();
            let tail = text[at + sep.len()..].trim();
            let tail_words = tail.split_whitespace().count();
            if !head.is_empty() && (1..=5).contains(&tail_words) && head.split_whitespace().count() >= 2 {
                // `Title – Site | Tagline`, a browser tab's title: the tail is the site's
                // slogan (`... – خبرگزاری مهر | اخبار ایران و جهان`), no section.
                if let Some(title) = without_agency(head) {
                    return (title, Span::new(start, end_of(title)), None);
                }
                return (head, Span::new(start, end_of(head)), Some(tail));
            }
        }
    }
    if let Some(head) = without_agency(text) {
        return (head, Span::new(start, end_of(head)), Some(&text[head.len()..]).map(|t| t.trim_start_matches([' ', '-', '–', '—']).trim()));
    }
    (text, Span::new(start, end_of(text)), crumb)
}

/// `Title - Agency`: the title without the agency's name after a dash.
fn without_agency(text: &str) -> Option<&str> {
    [" - ", " – ", " — "].iter().find_map(|sep| {
        let at = text.rfind(sep)?;
        let tail = text[at + sep.len()..].trim();
        (credits::known_agency(tail).is_some() && tail.split_whitespace().count() <= 4).then(|| text[..at].trim_end())
    })
}

/// `scan` is the date list the line features index into.
fn fill_credits(article: &mut Article, infos: &[LineInfo<'_>], layout: &classify::Layout, scan: &[DateMention], published_line: Option<usize>) {
    find_credits(article, infos, layout, scan, published_line);
    article.site = article.site.take().map(credits::plain_spaces);
}

fn find_credits(article: &mut Article, infos: &[LineInfo<'_>], layout: &classify::Layout, scan: &[DateMention], published_line: Option<usize>) {
    article.sources = credits::sources(infos, &layout.roles);
    if let Some((_, id)) = credits::news_id(infos) {
        article.news_id = Some(id);
    }
    if article.section.is_none() {
        article.section = credits::labelled_section(infos).or_else(|| breadcrumb_section(infos, layout)).or_else(|| label_above_title(infos, layout));
    }
    if article.site.is_none() {
        // A section's name beside the date (`سياسة 26-09-2025 | 17:20`) is the section.
        match published_line.and_then(|i| credits::dateline_site(&infos[i], scan)) {
            Some(name) if credits::is_whole(&features::tables().section_names, &features::match_key(&name)) => {
                article.section.get_or_insert(name);
            }
            name => article.site = name,
        }
    }
    if article.site.is_none() {
        // The page's own name: a title line with the outlet after it (`... - ایرنا`), the logo's
        // text at the top of the page, or the copyright line.
        article.site = page_title_site(article, infos, layout)
            .or_else(|| {
                // The logo's text: an outlet's name alone on a line in the page header.
                let header = layout.title.unwrap_or(3).min(infos.len());
                // (Not an item inside a menu: `فارس` in a list of provinces.)
                let nav = |i: usize| layout.roles.get(i) == Some(&Role::Removed(RemovalReason::Navigation));
                infos[..header]
                    .iter()
                    .enumerate()
                    .find_map(|(i, l)| {
                        let logo = l.words <= 4 && !(i > 0 && nav(i - 1) && nav(i) && nav(i + 1));
                        // (A known agency, or an outlet that says what it is: `خبرگزاری معمار`.)
                        let known = || credits::agency_mention(l.text).filter(|m| m.len() == l.text.trim().len());
                        logo.then(|| known().or_else(|| is_outlet_line(l).then(|| l.text.trim()))).flatten()
                    })
                    .map(str::to_string)
            })
            .or_else(|| {
                // (The site's rights are printed below the text; above it they are a photo's:
                // `Copyright CANVA` under a caption.)
                infos.iter().enumerate().rev().find_map(|(i, l)| {
                    let footer = layout.body.is_none_or(|(start, _)| i >= start);
                    (footer && layout.roles[i] == Role::Removed(RemovalReason::Copyright)).then(|| credits::copyright_owner(l.text)).flatten()
                })
            });
    }
    if article.site.is_none() {
        // `ليفانت نيوز- وكالات`: the outlet that combined the agencies' copy.
        let credit_site = infos.iter().enumerate().find_map(|(i, l)| {
            let credit = layout.roles[i] == Role::Removed(RemovalReason::Credit);
            let with_agencies = l.key.ends_with(" وکالات");
            (credit && with_agencies).then(|| article.sources.first().map(|s| s.name.clone())).flatten()
        });
        article.site = credit_site;
    }
    if article.site.is_none() {
        // A wire's own copy names itself in its first paragraphs: `به گزارش برنا،`.
        let first_paragraphs: Vec<Span> =
            infos.iter().enumerate().filter(|(i, _)| matches!(layout.roles[*i], Role::Lead | Role::Body)).take(2).map(|(_, l)| l.span).collect();
        article.site = article
            .sources
            .iter()
            // (An outlet quoted by another, `به نقل از العربیه`, `وفق ما أفادت وكالة الأنباء
            // العمانية`, is not the page's.)
            .filter(|s| !crate::lang::credits::QUOTING_LEADS.iter().chain(crate::lang::credits::REPORT_LEADS.iter().filter(|l| l.ends_with("وكالة"))).any(|lead| s.text.starts_with(lead)))
            .find(|s| first_paragraphs.iter().any(|p| p.start <= s.start && s.start < p.end) && credits::known_agency(&s.name).is_some())
            .map(|s| s.name.clone());
    }
}

/// The section a page names between its menus and the title: a breadcrumb (`جامعه > آموزش`,
/// `أخبار|باكستان`) gives its first part after "home"; so does a short block of menu-like lines
/// right above the title (dates and IDs aside) whose first item is also in the menu above: the
/// page marking where the article sits.
fn breadcrumb_section(infos: &[LineInfo<'_>], layout: &classify::Layout) -> Option<String> {
    let title = layout.title?;
    let not_home = |p: &&str| !p.is_empty() && !credits::is_whole(&features::tables().home_links, &features::match_key(p));
    // A known section name alone on a line just above the title, with at most dates, the ID or
    // buttons between; not the last item of a menu.
    let in_menu = |i: usize| layout.roles[i] == Role::Removed(RemovalReason::Navigation);
    for i in (title.saturating_sub(3)..title).rev() {
        let named = infos[i].words <= 3 && credits::is_whole(&features::tables().section_names, &infos[i].key);
        if named && !in_menu(i) && (i == 0 || !in_menu(i - 1)) {
            return Some(infos[i].text.trim().to_string());
        }
        if !(infos[i].is_date_line() || classify::is_news_id_line(&infos[i]) || matches!(layout.roles[i], Role::Removed(RemovalReason::SiteChrome | RemovalReason::Dateline | RemovalReason::DateBanner | RemovalReason::NewsId))) {
            break;
        }
    }
    // The lines just above the title, skipping the dateline, the ID and buttons.
    let mut end = title;
    while end > 0 && (infos[end - 1].is_date_line() || classify::is_news_id_line(&infos[end - 1]) || matches!(layout.roles[end - 1], Role::Kicker | Role::Removed(RemovalReason::SiteChrome | RemovalReason::Dateline | RemovalReason::DateBanner | RemovalReason::NewsId))) {
        end -= 1;
    }
    for i in (end.saturating_sub(4)..end).rev() {
        let text = infos[i].text;
        if !text.contains(['>', '›', '»', '|', '/']) || !infos[i].dates.is_empty() {
            continue;
        }
        let mut parts: Vec<&str> = text.split(['>', '›', '»', '/', '|']).map(str::trim).filter(not_home).collect();
        // (A trail may end with the headline itself: `خانه / افغانستان / <title>`.)
        let to_title = parts.len() >= 2 && parts.last().is_some_and(|p| features::match_key(p) == infos[title].key);
        if to_title {
            parts.pop();
        }
        if (to_title || infos[i].words <= 8 && parts.len() >= 2) && parts.iter().all(|p| p.split_whitespace().count() <= 4) {
            return Some(parts[0].to_string());
        }
    }
    // A block: consecutive lines with no blank line between them.
    let mut start = end;
    while start > 0 && infos[start - 1].words <= 4 && !infos[start - 1].ends_sentence && (start == end || infos[start].blank_before == 0) {
        start -= 1;
        if infos[start].blank_before > 0 {
            break;
        }
    }
    if start == end || end - start > 3 || start == 0 {
        return None;
    }
    let first = &infos[start];
    let in_menu = (0..start).any(|j| layout.roles[j] == Role::Removed(RemovalReason::Navigation) && infos[j].key == first.key);
    (in_menu && not_home(&first.text)).then(|| first.text.trim().to_string())
}

/// A short label printed right above the title, set apart from what is above it (`أخبار مصر`,
/// `الشرق الأوسط`): where sites put the article's section. Not a content type (`ویدئو`), the
/// outlet's name, a date or a label with a colon.
/// A line that is an outlet's name by its first word: `خبرگزاری معمار`, `صحيفة الغد`.
fn is_outlet_line(line: &LineInfo<'_>) -> bool {
    (2..=4).contains(&line.words) && features::tables().outlet_kinds.first(&line.key).is_some_and(|h| h.start == 0)
}

fn label_above_title(infos: &[LineInfo<'_>], layout: &classify::Layout) -> Option<String> {
    let title = layout.title?;
    let i = title.checked_sub(1)?;
    let line = &infos[i];
    // A line read as a menu item needs a blank line above it: without one it is the menu's last
    // item.
    let set_apart = match layout.roles[i] {
        Role::Removed(RemovalReason::Navigation) => line.blank_before > 0,
        Role::Removed(RemovalReason::SiteChrome) => i == 0 || line.blank_before > 0 || layout.roles[i - 1] == Role::Removed(RemovalReason::Navigation),
        _ => false,
    };
    if infos[title].blank_before > 0 || !set_apart {
        return None;
    }
    let text = line.text.trim();
    if line.words == 0 || line.words > 3 || line.evidence.arabic_script < 2 || line.ends_sentence || line.ends_colon || line.is_date_line() || text.chars().any(|c| c.is_ascii_digit() || matches!(c, '۰'..='۹' | '٠'..='٩' | ':' | '|' | '/' | '>')) {
        return None;
    }
    // (A content type, `ویدئو`, `فيديو`, is no section, nor is an outlet's name: `خبرگزاری معمار`.)
    if credits::is_whole(&features::tables().content_types, &line.key) || credits::agency_mention(text).is_some_and(|m| m.len() == text.len()) || is_outlet_line(line) {
        return None;
    }
    Some(text.to_string())
}

/// The clock an article's times follow when the text names no zone. The evidence, strongest
/// first: the city of a wire dateline at the head of the first paragraph or on a credit line;
/// the outlet's home when the outlet is known; the country the outlet names in its own name or
/// copyright line (`أخبارنا المغربية`); the country-code domain of the page's links
/// (`okaz.com.sa`); month names used in one region only (`جوان`, `غشت`).
fn home_zone(site: Option<&str>, infos: &[LineInfo<'_>], layout: &classify::Layout, dates: &[DateMention]) -> Option<crate::calendar::tz::Zone> {
    use crate::calendar::tz::Zone;
    use crate::lang::places::{CITY_ZONES, COUNTRY_WORDS, OUTLET_ZONES, REGIONAL_MONTHS, TLD_ZONES};
    let first_words = |text: &str| -> String { features::match_key(text).split(' ').take(3).collect::<Vec<_>>().join(" ") };
    let heads = infos.iter().enumerate().filter(|(i, _)| matches!(layout.roles[*i], Role::Lead | Role::Body | Role::Removed(RemovalReason::Credit))).take(2);
    for (_, line) in heads {
        let head = first_words(line.text);
        for (city, zone) in CITY_ZONES {
            let city = features::match_key(city);
            if head == city || head.starts_with(&city) && head[city.len()..].starts_with(' ') {
                return Zone::from_iana_name(zone);
            }
        }
    }
    if let Some(zone) = site.and_then(credits::known_agency).and_then(|outlet| zone_of(OUTLET_ZONES, &features::match_key(outlet))) {
        return Some(zone);
    }
    // The outlet's own words: its name, its copyright line.
    let site_key = site.map(features::match_key).unwrap_or_default();
    let copyright = infos.iter().enumerate().filter(|(i, _)| layout.roles[*i] == Role::Removed(RemovalReason::Copyright)).map(|(_, l)| l.key.as_str());
    for text in std::iter::once(site_key.as_str()).chain(copyright) {
        if let Some(zone) = words_zone(COUNTRY_WORDS, text) {
            return Some(zone);
        }
    }
    for line in infos {
        for host in link_hosts(line.text) {
            if let Some(zone) = host.rsplit('.').next().and_then(|tld| zone_of(TLD_ZONES, tld)) {
                return Some(zone);
            }
        }
    }
    dates.iter().find_map(|d| words_zone(REGIONAL_MONTHS, &features::match_key(&d.text)))
}

/// The zone of the first word of a key that a table of places names.
#[inline(never)]
fn words_zone(table: &[(&str, &'static str)], key: &str) -> Option<crate::calendar::tz::Zone> {
    key.split(' ').find_map(|word| zone_of(table, word))
}

/// The zone a table gives a folded word.
#[inline(never)]
fn zone_of(table: &[(&str, &'static str)], key: &str) -> Option<crate::calendar::tz::Zone> {
    let (_, zone) = table.iter().find(|(name, _)| features::match_key(name) == key)?;
    crate::calendar::tz::Zone::from_iana_name(zone)
}

/// The links written in a text: from after each `://` (or from a `www.` outside a link) to the
/// next space.
#[inline(never)]
fn links(text: &str) -> Vec<(usize, usize)> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    // Most lines have none: a fast search first, the scan only where one is.
    if !text.contains("://") && !text.contains("www.") {
        return out;
    }
    let mut i = 0;
    while i < b.len() {
        let start = match &b[i..] {
            [b':', b'/', b'/', ..] => i + 3,
            [b'w', b'w', b'w', b'.', ..] => i,
            _ => {
                i += 1;
                continue;
            }
        };
        let end = text[start..].find(char::is_whitespace).map_or(b.len(), |e| start + e);
        out.push((start, end));
        i = end.max(start + 1);
    }
    out
}

/// The host names of the links written in a text (`https://www.okaz.com.sa/news/...`,
/// `www.hespress.com`), lower-cased.
fn link_hosts(text: &str) -> Vec<String> {
    links(text)
        .into_iter()
        .map(|(start, end)| {
            let link = &text[start..end];
            let host = link.find(|c: char| !(c.is_ascii_alphanumeric() || c == '.' || c == '-')).map_or(link, |e| &link[..e]);
            host.trim_end_matches('.').to_ascii_lowercase()
        })
        .collect()
}

/// The UTC offset in `zone` at the local date and time of a mention (only when a time is written).
fn offset_in(d: &DateMention, zone: crate::calendar::tz::Zone) -> Option<String> {
    let local = LocalDateTime::parse_iso(d.value.as_deref()?).ok()?;
    let time = local.time?;
    Some(crate::calendar::tz::format_offset(crate::calendar::tz::utc_offset_minutes(zone, local.date, time)))
}

/// A line that is the title followed by the outlet (`title - site`, as in the browser's tab
/// title): the outlet, as written.
fn page_title_site(article: &Article, infos: &[LineInfo<'_>], layout: &classify::Layout) -> Option<String> {
    let title = features::match_key(article.title.as_deref()?);
    infos.iter().enumerate().find_map(|(i, l)| {
        if Some(i) == layout.title || !matches!(layout.roles[i], Role::Removed(_)) {
            return None;
        }
        let rest = l.key.strip_prefix(title.as_str())?.strip_prefix(' ')?;
        if rest.split(' ').count() > 5 {
            return None;
        }
        let at = [" - ", " | ", " – "].iter().filter_map(|sep| l.text.rfind(sep)).max()?;
        credits::agency_mention(&l.text[at..]).map(str::to_string)
    })
}

fn title_confidence(infos: &[LineInfo<'_>], layout: &classify::Layout, published_line: Option<usize>) -> f32 {
    let Some(t) = layout.title else { return 0.0 };
    let mut c: f32 = 0.55;
    if infos[t].duplicate_of.is_some() {
        c += 0.2;
    }
    if published_line.is_some_and(|p| p.abs_diff(t) <= 3) {
        c += 0.15;
    }
    if layout.body.is_some_and(|(start, _)| start > t && start - t <= 6) {
        c += 0.1;
    }
    c.min(0.98)
}

fn body_confidence(infos: &[LineInfo<'_>], layout: &classify::Layout) -> f32 {
    let Some((start, end)) = layout.body else { return 0.0 };
    let body_words: usize = (start..end).filter(|&i| layout.roles[i] == Role::Body).map(|i| infos[i].words).sum();
    let paragraphs = (start..end).filter(|&i| layout.roles[i] == Role::Body).count();
    let size: f32 = (body_words as f32 / 150.0).min(1.0);
    (0.4 + 0.4 * size + if paragraphs >= 3 { 0.15 } else { 0.0 }).min(0.97)
}
