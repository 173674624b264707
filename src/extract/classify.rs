//! Line classification: which lines are the article (title, lead, body) and why the others are
//! not.
//!
//! The evidence is what a reader uses: the body is the main run of long lines written as
//! sentences; the title is a headline-shaped line just above it (often repeated, often beside
//! the dateline); menus are runs of short lines; known phrases mark widgets, "read also" blocks,
//! comment forms and disclaimers; a line printed twice is kept once.

use super::features::{LineInfo, match_key};
use crate::lang::At;
use crate::model::RemovalReason;

/// What one line is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Role {
    Title,
    /// A supertitle printed right above the headline (روتیتر).
    Kicker,
    Lead,
    Body,
    Removed(RemovalReason),
    /// Not decided yet (used while classifying).
    Open,
}

/// The classification of a page.
#[derive(Debug)]
pub(crate) struct Layout {
    pub roles: Vec<Role>,
    pub title: Option<usize>,
    /// Lines `[start, end)` of the body region.
    pub body: Option<(usize, usize)>,
}

/// Reasons that end an article: what follows them is not body.
fn ends_article(reason: RemovalReason) -> bool {
    use RemovalReason::*;
    matches!(reason, Comments | Tags | Newsletter | Copyright | Disclaimer | Related | Credit)
}

/// Classifies the lines. `title_hints` are keys of titles the page states in its metadata
/// (headline, `og:title`, `<title>`), when it is HTML.
pub(crate) fn layout(lines: &[LineInfo<'_>], title_hints: &[String]) -> Layout {
    let n = lines.len();
    let mut roles = vec![Role::Open; n];

    // Phrases decide first.
    for (i, line) in lines.iter().enumerate() {
        if let Some((reason, at)) = line.phrase {
            // A phrase anywhere in a long running-text line is weak evidence; the Anywhere
            // phrases of disclaimers and copyright lines are written for exactly such lines.
            let long_text = line.words > 25 && line.body_score() > 0.0;
            let strong = at != At::Anywhere || matches!(reason, RemovalReason::Disclaimer | RemovalReason::Copyright | RemovalReason::Comments);
            if strong && !(long_text && at == At::Start && matches!(reason, RemovalReason::Other)) {
                roles[i] = Role::Removed(reason);
            }
        }
        if line.words > 0 && is_credit_line(line) && roles[i] == Role::Open {
            roles[i] = Role::Removed(RemovalReason::Credit);
        }
    }

    join_split_credits(lines, &mut roles);
    mark_inserted_blocks(lines, &mut roles);
    mark_navigation_runs(lines, &mut roles);
    mark_read_also(lines, &mut roles);
    mark_related_lists(lines, &mut roles);

    // A listing's teaser above the headline, repeating the text's start, is neither the start of
    // the text nor a headline.
    for i in 0..n {
        if roles[i] == Role::Open && is_teaser(&lines[i]) && teaser_of_later(lines, i, |j| lines[j].words > lines[i].words) {
            roles[i] = Role::Removed(RemovalReason::Duplicate);
        }
    }
    let mut body = body_region(lines, &roles);
    mark_credit_lines(lines, &mut roles, body);
    // A Persian or Arabic page: its headline and paragraphs have letters of that script.
    let arabic_script = {
        let mut e = crate::language::Evidence::default();
        lines.iter().for_each(|l| e.add(l.evidence));
        e.language() != crate::model::Language::Und
    };
    let mut title = choose_title(lines, &roles, body, title_hints, arabic_script);
    // No headline above the text, whose first line reads like one (no sentence end after it,
    // `عاجل : ... .. التفاصيل`): that line is the title.
    if let (None, Some((start, end))) = (title, body) {
        let first = &lines[start];
        let prose_after = lines.get(start + 1).is_some_and(|l| l.is_prose() && l.ends_sentence || l.words >= 35);
        // (Or printed twice, as a government site's headline ending with a period:
        // `والی کابل ... را استماع کرد.` twice.)
        let twice = first.duplicate_of == Some(start + 1);
        if end - start >= 2 && roles[start] == Role::Open && (3..=25).contains(&first.words) && (!first.ends_sentence || twice) && !first.ends_colon && !first.is_date_line() && prose_after {
            title = Some(start);
            body = Some((start + 1, end));
        }
    }
    let (kicker, title) = split_kicker(lines, &roles, title);
    if let Some(k) = kicker {
        roles[k] = Role::Kicker;
    }
    if let Some(t) = title {
        roles[t] = Role::Title;
        // The headline again with a tag or two after it, just below: `<title> كأس العالم للأندية`.
        let head = lines[t].key.as_str();
        for j in t + 1..(t + 4).min(n) {
            let tags = lines[j].key.strip_prefix(head).and_then(|rest| rest.strip_prefix(' '));
            if roles[j] == Role::Open && head.split(' ').count() >= 4 && !lines[j].ends_sentence && tags.is_some_and(|tags| tags.split(' ').count() <= 5) {
                roles[j] = Role::Removed(RemovalReason::Duplicate);
            }
        }
    }

    if let Some((start, end)) = body {
        for i in start..end {
            if roles[i] != Role::Open {
                continue;
            }
            let line = &lines[i];
            if line.is_date_line() {
                continue; // decided with the publication date
            }
            // (Nor is a short invitation to follow the outlet between paragraphs: `سلام‌وطندار
            // فارسی را در تلگرام دنبال کنید`.)
            if line.words <= 12 && matches!(line.phrase, Some((RemovalReason::Newsletter, _))) {
                roles[i] = Role::Removed(RemovalReason::Newsletter);
                continue;
            }
            // (Between the standfirst and the text: `کد خبر: ۶۰۱۵۱۱`.)
            if is_news_id_line(line) {
                roles[i] = Role::Removed(RemovalReason::NewsId);
                continue;
            }
            // In Persian or Arabic text, a bare link (a short link to share) or a few Latin words
            // that make no sentence (an image's name, `Kroatien Bapska Flüchtlingslager`) are no
            // paragraph.
            if arabic_script && line.words <= 8 && !line.ends_sentence && !line.text.contains(|c: char| ('\u{0600}'..='\u{06FF}').contains(&c)) {
                let link = line.text.trim().starts_with("http") && !line.text.trim().contains(' ');
                roles[i] = Role::Removed(if link { RemovalReason::SiteChrome } else { RemovalReason::Other });
                continue;
            }
            if let Some(d) = line.duplicate_of {
                // A short line printed twice in a row inside the text is a photo's caption
                // (`جانب من اللقاء في السراي (النهار)`): both copies go.
                let twin = d == i + 1 && lines[d].blank_before == 0 || d + 1 == i && line.blank_before == 0;
                if twin && !line.ends_sentence && line.words <= 25 {
                    roles[i] = Role::Removed(RemovalReason::Caption);
                    continue;
                }
                // A blog's excerpt (`[…]`) gives way to the full text it repeats.
                if d < i && roles[d] == Role::Body && is_teaser(&lines[d]) {
                    roles[d] = Role::Removed(RemovalReason::Duplicate);
                    roles[i] = Role::Body;
                    continue;
                }
                // A repeated line is kept once: the title's repetition goes, a caption printed
                // twice keeps neither copy inside the body only when the other copy is outside.
                if Some(d) == title || roles[d] == Role::Title || d < i && matches!(roles[d], Role::Body | Role::Lead) {
                    roles[i] = Role::Removed(RemovalReason::Duplicate);
                    continue;
                }
            }
            roles[i] = Role::Body;
        }
        drop_teasers(lines, &mut roles, start, end);
        trim_body_tail(lines, &mut roles, start, end);
        if !subtitle_lead(lines, &mut roles, title, start) {
            mark_lead(lines, &mut roles, start, end);
        }
    }

    // Everything else that is still open is outside the article.
    for i in 0..n {
        if roles[i] != Role::Open {
            continue;
        }
        let line = &lines[i];
        if line.is_date_line() {
            continue; // decided with the publication date
        }
        roles[i] = Role::Removed(outside_reason(lines, &roles, i, title, body));
    }
    Layout { roles, title, body }
}

/// `منبع: X`, `المصدر: X`, `المصدر/الاناضول`, `X - وكالات`: a line that only credits a source.
fn is_credit_line(line: &LineInfo<'_>) -> bool {
    if line.words > 8 {
        return false;
    }
    let key = line.key.as_str();
    let labelled = line.text.contains([':', '：', '-', '–', '/']) && super::features::tables().source_labels.first(key).is_some_and(|hit| hit.start == 0);
    labelled || key.ends_with(" وکالات") || key == "وکالات" || super::credits::wire_credit(line).is_some()
}

/// A block of suggestions inserted in the middle of an article between a heading and an end mark
/// (`قصص مقترحة` ... `نهاية قصص مقترحة`) is removed whole without ending the article.
fn mark_inserted_blocks(lines: &[LineInfo<'_>], roles: &mut [Role]) {
    let blocks = super::features::inserted_blocks();
    let mut i = 0;
    while i < lines.len() {
        let opened = blocks.iter().find(|(start, _)| lines[i].key == *start);
        if let Some((_, end)) = opened {
            if let Some(close) = (i + 1..lines.len().min(i + 25)).find(|&j| lines[j].key == *end) {
                for role in &mut roles[i..=close] {
                    *role = Role::Removed(RemovalReason::ReadAlso);
                }
                i = close;
            }
        }
        i += 1;
    }
}

/// A credit broken over two lines: `منبع:` then `میزان`, or `ليفانت نيوز-` then `وكالات`.
fn join_split_credits(lines: &[LineInfo<'_>], roles: &mut [Role]) {
    for i in 0..lines.len() {
        if roles[i] != Role::Removed(RemovalReason::Credit) {
            continue;
        }
        let label_only = lines[i].ends_colon && lines[i].words <= 2;
        if label_only && i + 1 < lines.len() && roles[i + 1] == Role::Open && lines[i + 1].words <= 4 {
            roles[i + 1] = Role::Removed(RemovalReason::Credit);
        }
        let agencies_only = lines[i].key == "وکالات" || lines[i].key == "وکالات الانباء";
        let dangling = |l: &LineInfo<'_>| l.words <= 4 && l.text.trim_end().ends_with(['-', '–', '/', '+']);
        if agencies_only && i > 0 && roles[i - 1] == Role::Open && dangling(&lines[i - 1]) {
            roles[i - 1] = Role::Removed(RemovalReason::Credit);
        }
    }
}

/// Above the body (or right after it), a short line that is a wire dateline's credit printed on
/// its own line: a place and an agency (`دمشق-سانا`, `أخبارنا المغربية - الرباط`), or a quoted
/// outlet after a place label (`لندن:` then `«الشرق الأوسط»`, `أبوظبي: «الخليج»`). An outlet's
/// name alone is the logo or a byline above the text, but the credit of the text right after it.
fn mark_credit_lines(lines: &[LineInfo<'_>], roles: &mut [Role], body: Option<(usize, usize)>) {
    let whole_agency = |part: &str| {
        let part = part.trim().trim_matches(['«', '»', '"', '“', '”']);
        !part.is_empty() && super::credits::agency_mention(part).is_some_and(|m| m.len() == part.len())
    };
    let body_start = body.map_or(lines.len(), |(start, _)| start);
    for i in 0..(body_start + 1).min(lines.len()) {
        let line = &lines[i];
        if !matches!(roles[i], Role::Open | Role::Removed(RemovalReason::SiteChrome | RemovalReason::Navigation)) || line.words > 5 {
            continue;
        }
        let parts: Vec<&str> = line.text.split(['-', '–', ':', '/']).filter(|p| !p.trim().is_empty()).collect();
        let place_and_agency = parts.len() == 2 && (whole_agency(parts[0]) != whole_agency(parts[1]));
        let quoted = |t: &str| t.trim().trim_start_matches(|c: char| !matches!(c, '«' | '"' | '“')).starts_with(['«', '"', '“']);
        let quoted_after_label = quoted(line.text) && (i > 0 && lines[i - 1].ends_colon || parts.len() == 2) && parts.iter().any(|p| whole_agency(p));
        // `از یورونیوز فارسی`, `من الجزيرة`: "from" and an outlet.
        let from_outlet = ["از ", "من ", "by "].iter().any(|from| line.key.starts_with(from)) && line.text.split_once(char::is_whitespace).is_some_and(|(_, rest)| whole_agency(rest));
        if place_and_agency || quoted_after_label || from_outlet {
            roles[i] = Role::Removed(RemovalReason::Credit);
        }
    }
    if let Some((_, end)) = body {
        if let Some(line) = lines.get(end) {
            if roles[end] == Role::Open && line.words <= 4 && whole_agency(line.text) {
                roles[end] = Role::Removed(RemovalReason::Credit);
            }
        }
    }
}

/// Runs of three or more short lines (menus, widget rows) are navigation.
fn mark_navigation_runs(lines: &[LineInfo<'_>], roles: &mut [Role]) {
    let mut i = 0;
    while i < lines.len() {
        if !is_menu_item(&lines[i]) {
            i += 1;
            continue;
        }
        let start = i;
        // A longer item between two items of a run (`کهگیلویه و بویر احمد` in a list of
        // provinces) is one of them.
        let bridge = |i: usize| i >= start + 2 && menu_shaped(&lines[i], 5) && lines.get(i + 1).is_some_and(is_menu_item);
        while i < lines.len() && (is_menu_item(&lines[i]) || bridge(i)) {
            i += 1;
        }
        if i - start >= 3 {
            for role in &mut roles[start..i] {
                if *role == Role::Open {
                    *role = Role::Removed(RemovalReason::Navigation);
                }
            }
        }
    }
}

fn is_menu_item(line: &LineInfo<'_>) -> bool {
    menu_shaped(line, 3)
}

fn menu_shaped(line: &LineInfo<'_>, max_words: usize) -> bool {
    // Menu items are words: a line with a number or a `label: value` is something else.
    line.words <= max_words
        && !line.ends_sentence
        && !line.ends_colon
        && !line.text.contains('\t')
        && line.dates.is_empty()
        && !line.text.contains([':', '：'])
        && !line.key.chars().any(|c| c.is_ascii_digit())
}

/// A "read also" heading takes the linked headline after it.
fn mark_read_also(lines: &[LineInfo<'_>], roles: &mut [Role]) {
    let mut i = 0;
    while i < lines.len() {
        // The heading alone (`بیشتر بخوانید:`, `اقرأ أيضا`) links the headline after it, or a
        // list of them printed line after line, with their dates and list labels.
        if roles[i] != Role::Removed(RemovalReason::ReadAlso) || lines[i].words > 4 {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        let mut took_headline = false;
        while j < lines.len() {
            let line = &lines[j];
            let listed = roles[j] == Role::Removed(RemovalReason::ReadAlso);
            let open = roles[j] == Role::Open;
            let first = !took_headline && open && is_headline_shaped(line);
            let more = took_headline && line.blank_before == 0 && (listed || open && (is_headline_shaped(line) || line.is_date_line()));
            if !(first || more || listed && !took_headline) {
                break;
            }
            took_headline |= open && is_headline_shaped(line);
            roles[j] = Role::Removed(RemovalReason::ReadAlso);
            j += 1;
        }
        i = j.max(i + 1);
    }
}

/// After a "related" or "most read" heading, the list of headlines (and their dates) up to the
/// next running text.
fn mark_related_lists(lines: &[LineInfo<'_>], roles: &mut [Role]) {
    let mut i = 0;
    while i < lines.len() {
        if roles[i] == Role::Removed(RemovalReason::Related) && lines[i].words <= 6 {
            let mut j = i + 1;
            // (Up to a headline printed twice in a row, the article's own: `آخر الاخبار` and
            // then the title, as the tab and the page print it.)
            // (Nor the headline right above the text, a byline or a date at most between:
            // `آخر الأخبار` is a ticker's label there, not a list's heading.)
            let above_text = |j: usize| (j + 1..lines.len().min(j + 3)).find(|&k| !(lines[k].is_short() || lines[k].is_date_line())).is_some_and(|k| lines[k].is_prose());
            while j < lines.len() && roles[j] == Role::Open && (is_headline_shaped(&lines[j]) || lines[j].is_date_line() || lines[j].is_short()) && lines[j].duplicate_of != Some(j + 1) && !(is_headline_shaped(&lines[j]) && above_text(j)) {
                roles[j] = Role::Removed(RemovalReason::Related);
                j += 1;
            }
            i = j;
        } else {
            i += 1;
        }
    }
}

fn is_headline_shaped(line: &LineInfo<'_>) -> bool {
    (2..=30).contains(&line.words) && !line.ends_sentence || line.words <= 20 && line.text.ends_with(['؟', '?', '!'])
}

/// The main run of body-like lines. Lines that end an article (comment forms, tags, credits)
/// split runs; the run with the most running text wins.
fn body_region(lines: &[LineInfo<'_>], roles: &[Role]) -> Option<(usize, usize)> {
    // Pages whose paragraphs carry no sentence punctuation (some sites drop the final period)
    // still have a body: failing a run that starts with prose, one of body-like lines.
    let (mut start, end) = region_from(lines, roles, true).or_else(|| region_from(lines, roles, false))?;
    // A first paragraph of forty words or more with no punctuation at all, right above the
    // first sentence (`إستقبل والي ولاية الجزيرة ...`), is no headline.
    if start > 0 && roles[start - 1] == Role::Open && lines[start].blank_before == 0 && lines[start - 1].words >= 40 && !lines[start - 1].is_date_line() {
        start -= 1;
    }
    let end = closing_list_end(lines, roles, end).unwrap_or(end);
    Some((start, closing_sentences_end(lines, roles, end)))
}

/// Short sentences right after the last paragraph (`وأضاف البيان أن القرار يسري على جميع
/// المحافظات.`), too short to count as prose on their own, up to the end of the page or a line
/// already explained: the article's last words.
fn closing_sentences_end(lines: &[LineInfo<'_>], roles: &[Role], end: usize) -> usize {
    let mut j = end;
    while j < lines.len() && roles[j] == Role::Open && lines[j].ends_sentence && (4..10).contains(&lines[j].words) && !lines[j].is_date_line() && lines[j].blank_before <= 1 {
        j += 1;
    }
    // (Or a last paragraph that lost its final period: thirty words or more of running text.)
    if j == end && lines.get(j).is_some_and(|l| roles[j] == Role::Open && l.words >= 30 && l.function_share >= 0.12 && l.blank_before <= 1) {
        j += 1;
    }
    if j == lines.len() || roles[j] != Role::Open { j } else { end }
}

/// A list that ends the article, where the body's run of prose stops: right after the body, a
/// sentence that announces it with a colon (`مهم‌ترین آن‌ها عبارتند از:`) and short items, each
/// a sentence or bulleted; or more bulleted items after a bulleted last paragraph. Up to the end
/// of the page or to a line already explained. The end after its last item.
fn closing_list_end(lines: &[LineInfo<'_>], roles: &[Role], end: usize) -> Option<usize> {
    const BULLETS: [char; 6] = ['•', '-', '*', '–', '▪', '◾'];
    let bulleted = |l: &LineInfo<'_>| l.text.trim_start().starts_with(BULLETS);
    // (Or a name and its figure, as a table's rows: `تهران: 249`.)
    let item = |l: &LineInfo<'_>| (2..=40).contains(&l.words) && (l.ends_sentence || bulleted(l) || l.words <= 4 && is_label_value(l));
    let first = lines.get(end)?;
    let (from, min_items) = if roles[end] == Role::Open && first.ends_colon && first.words >= 6 {
        (end + 1, 2)
    } else if end > 0 && bulleted(&lines[end - 1]) && bulleted(first) {
        (end, 1)
    } else if end > 0 && lines[end - 1].ends_colon && lines[end - 1].words >= 6 {
        // (The announcing sentence is the body's last paragraph.)
        (end, 2)
    } else {
        return None;
    };
    let mut j = from;
    while j < lines.len() && roles[j] == Role::Open && item(&lines[j]) {
        j += 1;
    }
    (j - from >= min_items && (j == lines.len() || roles[j] != Role::Open)).then_some(j)
}

fn region_from(lines: &[LineInfo<'_>], roles: &[Role], needs_prose: bool) -> Option<(usize, usize)> {
    // (score, first line, end after the last line of prose)
    let mut best: Option<(f32, usize, usize)> = None;
    let mut current: Option<(f32, usize, usize)> = None;
    let mut gap = 0;
    // Short lines after a paragraph that ends with a colon (`على الشكل الآتي:`) are its list or
    // table: they do not widen the gap until the text goes on.
    let mut listing = false;
    let close = |current: &mut Option<(f32, usize, usize)>, best: &mut Option<(f32, usize, usize)>| {
        if let Some(c) = current.take() {
            if best.is_none_or(|b| c.0 > b.0) {
                *best = Some(c);
            }
        }
    };
    for (i, line) in lines.iter().enumerate() {
        let breaker = matches!(roles[i], Role::Removed(r) if ends_article(r) || r == RemovalReason::Navigation);
        if breaker || gap > 6 {
            close(&mut current, &mut best);
            gap = 0;
        }
        let open = roles[i] == Role::Open;
        let score = if open { line.body_score() } else { 0.0 };
        // A run starts and ends at a line of prose; body-like lines without sentence
        // punctuation (captions, long headlines) join a run between two such lines only.
        let prose = open && if needs_prose { line.is_prose() } else { score > 0.0 && line.words >= 12 };
        match current.as_mut() {
            Some(c) if score > 0.0 => {
                c.0 += score;
                if prose {
                    c.2 = i + 1;
                }
                gap = 0;
                listing = line.ends_colon;
            }
            None if prose => {
                current = Some((score, i, i + 1));
                gap = 0;
                listing = line.ends_colon;
            }
            // Lines already explained (a "read also" block, a caption, a date) do not widen the
            // gap; unexplained ones do, but for a list's short items.
            Some(_) if open => {
                gap += usize::from(!(listing && line.words <= 6));
                listing |= line.ends_colon;
            }
            _ => {}
        }
    }
    close(&mut current, &mut best);
    best.map(|(_, start, end)| (start, end))
}

/// The headline: a headline-shaped line above the body, preferring the first one after the
/// page header, one that is repeated, and one beside the dateline.
fn choose_title(lines: &[LineInfo<'_>], roles: &[Role], body: Option<(usize, usize)>, hints: &[String], arabic_script: bool) -> Option<usize> {
    let limit = body.map_or(lines.len(), |(start, _)| start);
    let mut best: Option<(f32, usize)> = None;
    // The first headline after the page's main menu (its longest run of menu lines) is the
    // likeliest title; a tagline or a skip link above the menu is not.
    let header_end = main_menu_end(roles, limit);
    let with_rights: Vec<bool> = lines.iter().map(has_rights).collect();
    let rights: Vec<&str> = lines.iter().zip(&with_rights).filter(|(_, r)| **r).map(|(l, _)| l.key.as_str()).collect();
    let mut first = true;
    for i in 0..limit {
        let line = &lines[i];
        // (A Persian supertitle ends with `؛`, announcing the headline: `... آشنا شویم؛`.)
        // (Nor a print view's header with the site's address: `- خبرگزاری افغان تلکس - https://...`,
        // nor its buttons alone: `PDF چاپ نامه الکترونیک`.)
        let buttons = crate::lang::boilerplate_fa::TITLE_BUTTONS.contains(&line.text.trim());
        // (Nor a photo's caption with its rights, `نوسان نرخ دلار آمریکا Copyright  CANVA`, or
        // printed again above them.)
        // (Nor a clock widget: `توقيت القاهرة المحلي 01:54:20 آخر تحديث`; a headline's time
        // has no seconds.)
        // (Nor a widget's time of day: `اذان صبح 5:31 ق-ظ`, a prayer time.)
        let caption = with_rights[i] || line.to_the_second || line.is_clock() || line.words <= 6 && line.times_only || lines.get(i + 1).is_some_and(|n| with_rights[i + 1] && n.key.starts_with(line.key.as_str()));
        // (Nor a trail of slashes that ends with the headline below it, `خانه / افغانستان /
        // <title>`; one with `>` is split into section and title instead.)
        let trail = lines.get(i + 1).is_some_and(|n| n.words >= 3 && line.key.len() > n.key.len() && line.key.ends_with(n.key.as_str()) && line.text.contains(" / "));
        if roles[i] != Role::Open || buttons || caption || trail || line.ends_colon || line.text.trim_end().ends_with('؛') || line.text.contains("://") || !dated_headline(line, arabic_script) || is_breadcrumb(line) {
            continue;
        }
        let title_words = title_part_words(line);
        if !(2..=40).contains(&title_words) || line.text.chars().count() < 10 || is_news_id_line(line) {
            continue;
        }
        // Headlines are words: not a counter (`بازدید: ۵۶۲۱`), not an outlet's name alone.
        let lettered = line.key.split(' ').filter(|w| w.chars().any(|c| c.is_alphabetic())).count();
        let tables = super::features::tables();
        // (Nor the site's name printed at the top: `گروه رسانه ای سپهر`, or with its home link:
        // `مرکز رشد شریف صفحه نخست`.)
        let top_outlet = (i == 0 || i < header_end) && line.words <= 5 && tables.outlet_kinds.first(&line.key).is_some_and(|h| h.start == 0);
        let home_link = line.words <= 6 && tables.home_links.hits(&line.key, |h, tail| h.start > 0 && tail.is_empty()).any(|h| line.key[h.start..h.end].contains(' '));
        // (Nor a trail from the home page, `الرئيسية/الاخبار`, however it is spaced.)
        let home_trail = line.words <= 8 && line.text.split_once(['/', '>', '»', '›', '|']).is_some_and(|(first, _)| super::credits::is_whole(&tables.home_links, &match_key(first)));
        // (Nor a section's heading, `أخبار اليمن`, nor a menu of them, `اخبار لبنان اخبار صيدا
        // اعلانات منوعات ...`.)
        let headings = || tables.section_headings.hits(&line.key, |_, _| true).count();
        let section_heading = title_words <= 3 && tables.section_headings.first(&line.key).is_some_and(|h| h.start == 0) || headings() >= 2;
        // (Nor a labelled date, `آخرین تغییرات ۳۱ سنبله ۱۴۰۳`, nor a credit, `به نقل از «خبرگزاری برنا»`.)
        let starts = |t: &crate::matching::WordIndex| t.first(&line.key).is_some_and(|h| h.start == 0);
        let labelled_date = !line.dates.is_empty() && (starts(&tables.published_labels) || starts(&tables.updated_labels));
        let credit = line.words <= 6 && starts(&tables.report_leads);
        // (A Persian or Arabic page's headline is not `inner-page-banner`, nor a menu with
        // Latin items, `Newsletter خبرنامه Events مناسبت ها پادکست ها ویدیو Africanews`.)
        let latin = line.text.split_whitespace().filter(|w| w.chars().any(|c| c.is_ascii_alphabetic())).count();
        let latin_menu = latin >= 3 && latin * 10 >= line.words * 3;
        if lettered < 2 || arabic_script && (line.evidence.arabic_script == 0 || latin_menu) || labelled_date || credit || is_outlet_name(line) || top_outlet || home_link || home_trail || section_heading || is_label_value(line) || super::credits::section_label_value(line).is_some() {
            continue;
        }
        let mut score = 1.0;
        // (Two or three words at the top are more often the site's name or slogan, or a
        // section: they do not take the first place.)
        if first && i >= header_end && title_words > 3 {
            score += 1.2;
            first = false;
        }
        // A headline repeated elsewhere on the page (tab title, breadcrumb, most-read list) is
        // likely the title; a line printed twice in a row is more often an image's caption.
        match line.duplicate_of {
            Some(d) if d.abs_diff(i) == 1 => score += 0.3,
            Some(_) => score += 1.0,
            None => {}
        }
        // (Or as the caption of the photo above the text, with its rights: `© Reuters ...`.)
        if line.words >= 4 && rights.iter().any(|r| r.len() > line.key.len() && r.contains(line.key.as_str())) {
            score += 1.0;
        }
        // The page's own metadata names its headline (a `<title>` may add the site after it).
        if hints.iter().any(|h| *h == line.key || h.starts_with(line.key.as_str()) && h[line.key.len()..].starts_with(' ')) {
            score += 3.0;
        }
        // Iranian agencies print a quoted headline again inside the lead: `وزیر نفت گفت: <title>.`
        // (A photo's caption naming someone the lead names is no quotation.)
        if line.words >= 4 && body.is_some_and(|(start, _)| start > i && quotes(lines[start].text, &line.key)) {
            score += 1.0;
        }
        let near_dateline = (i.saturating_sub(2)..(i + 3).min(lines.len())).any(|j| j != i && (lines[j].is_date_line() || is_news_id_line(&lines[j])));
        if near_dateline {
            score += 1.0;
        }
        // The reading time an article's header prints right under its headline: `1 دقیقه خوانده
        // شده` (a slogan above had the site's date beside it).
        if lines.get(i + 1).is_some_and(is_reading_time) {
            score += 2.5;
        }
        if body.is_some() {
            let between = (i + 1..limit).filter(|&j| roles[j] == Role::Open && !lines[j].is_date_line() && lines[j].duplicate_of != Some(i)).count();
            score += 0.8 / (1.0 + between as f32);
        }
        if line.ends_sentence && !line.text.ends_with(['؟', '?', '!']) {
            score -= 1.2;
        }
        if title_words > 20 {
            score -= 0.8;
        }
        // A pictograph in front marks a promo (`💎 اعرف أقوى أسهم ...`) more often than a headline.
        if line.text.trim_start().starts_with(|c: char| matches!(c, '\u{2600}'..='\u{27BF}' | '\u{1F300}'..='\u{1FAFF}')) {
            score -= 0.5;
        }
        // Two or three words above the title are more often a byline's name or a label.
        if title_words <= 3 {
            score -= 0.8;
        }
        if title_words > 15 && line.text.contains(['،', ',']) {
            score -= 0.6;
        }
        if best.is_none_or(|(s, _)| score > s) {
            best = Some((score, i));
        }
    }
    best.map(|(_, i)| i)
}

/// Whether `text` quotes the words of `key` right after a colon (`... گفت: <key>`).
fn quotes(text: &str, key: &str) -> bool {
    text.split_once([':', '：']).is_some_and(|(_, after)| {
        let after = match_key(after);
        after.starts_with(key) && after[key.len()..].chars().next().is_none_or(|c| c == ' ')
    })
}

/// `1 دقیقه خوانده شده`, `زمان مطالعه: ۴ دقیقه`, `3 دقائق قراءة`, `5 min read`.
fn is_reading_time(line: &LineInfo<'_>) -> bool {
    let has = |words: &[&str]| line.key.split(' ').any(|w| words.contains(&w));
    use crate::lang::date_words::{READING_TIME_MINUTES, READING_TIME_READ};
    line.words <= 6 && has(READING_TIME_MINUTES) && has(READING_TIME_READ)
}

/// A photo's caption with its rights: `نوسان نرخ دلار آمریکا Copyright  CANVA`.
fn has_rights(line: &LineInfo<'_>) -> bool {
    line.text.contains("Copyright") || line.text.contains("©")
}

/// A breadcrumb trail of short parts (`بین الملل » آسیا و اقیانوسیه`).
fn is_breadcrumb(line: &LineInfo<'_>) -> bool {
    line.words <= 8 && super::features::crumbs(line.text).is_some_and(|parts| parts.iter().all(|p| p.split_whitespace().count() <= 4))
}

/// Whether a line with dates can still be a headline: `قیمت دلار امروز سه‌شنبه ۲۱ آذر ۱۴۰۲`,
/// `جزئیات جلسه ۲۰ آذر شورای شهر`; not a dateline or banner that starts with its date, names
/// the site before it (`اولین جستجوگر افغانستان ، شنبه, 27 دلو , 1397`) or has hardly a word
/// besides it (` date 2026-03-09 إعلان`).
fn dated_headline(line: &LineInfo<'_>, arabic_script: bool) -> bool {
    let Some((start, end)) = line.date_range else { return true };
    let worded = |s: &str| s.split_whitespace().filter(|w| w.chars().any(|c| c.is_alphabetic() && (!arabic_script || ('\u{0600}'..='\u{06FF}').contains(&c)))).count();
    let before = line.text[..start].trim_end();
    let (head, rest) = (worded(before), worded(&line.text[end..]));
    // A date after "today" is a headline's (prices, schedules); a mostly-date line otherwise is
    // a dateline.
    let is_today = |w: &str| crate::lang::date_words::WORDS.iter().any(|(t, role)| *t == w && matches!(role, crate::lang::date_words::DateWord::RelDay(0)));
    let today = before.rsplit(' ').next().is_some_and(is_today) || line.text[start..].split(' ').next().is_some_and(is_today);
    if line.is_date_line() && !(today && head >= 3) {
        return false;
    }
    // (Words after the date make it part of a sentence: `وزير الصحة الكويتي: غدا.. بدء حملة
    // التطعيم`.)
    head + rest >= 2 && (head > 0 || rest >= 4) && (rest >= 3 || !before.ends_with(['،', ',', '|', '-', '–', '/', ':', '•']))
}

/// The line after the longest run of navigation lines before `limit` (0 without one).
fn main_menu_end(roles: &[Role], limit: usize) -> usize {
    let nav = |i: usize| roles[i] == Role::Removed(RemovalReason::Navigation);
    let (mut best, mut best_len, mut run) = (0, 0, 0);
    for i in 0..limit {
        run = if nav(i) { run + 1 } else { 0 };
        if run > 0 && run >= best_len {
            best_len = run;
            best = i + 1;
        }
    }
    best
}

/// `شماره روزنامه: ۵۹۷۱`, `Views: 120`: a label and a number.
fn is_label_value(line: &LineInfo<'_>) -> bool {
    // (The colon of a clock, `... التكميلية الأربعاء, 20 ديسمبر 2023, 11:18`, is no label's.)
    let clock = |label: &str, value: &str| label.ends_with(|c: char| c.is_ascii_digit()) && value.starts_with(|c: char| c.is_ascii_digit());
    line.text.split_once([':', '：']).is_some_and(|(label, value)| !clock(label, value) && !value.chars().any(char::is_alphabetic))
}

/// A Persian supertitle that announces the headline below it, ending with `؛` or `:`
/// (`در گزارش پژوهشکده پولی و بانکی مطرح شد؛`), on the line above the title.
fn announcing_kicker(lines: &[LineInfo<'_>], roles: &[Role], t: usize) -> Option<usize> {
    let k = t.checked_sub(1)?;
    let line = &lines[k];
    let announces = line.text.trim_end().ends_with(['؛', ':']);
    // (Or too short to tell: no letter only Persian has in `معاون استاندار فارس:`.)
    let persian = line.evidence.language() != crate::model::Language::Ar;
    // (A short one may have been taken for site furniture: `معاون استاندار فارس:`.)
    let open = matches!(roles[k], Role::Open | Role::Removed(RemovalReason::SiteChrome));
    (open && announces && persian && (2..=20).contains(&line.words) && !line.inner_sentence_end && !line.is_date_line()).then_some(k)
}

/// A Persian supertitle (روتیتر): when the chosen headline is directly followed, with no blank
/// line between, by another headline-shaped line that a blank line or the body then follows, the
/// first is the kicker and the second the title (`مدیرعامل ... خبر داد` / `حجم ذخایر ...`).
fn split_kicker(lines: &[LineInfo<'_>], roles: &[Role], title: Option<usize>) -> (Option<usize>, Option<usize>) {
    let Some(t) = title else { return (None, None) };
    let Some(next) = lines.get(t + 1) else { return (None, title) };
    // (Not a news ID or a counter under the slogan taken for the title: `کد خبر: 22232`.)
    let headline = |l: &LineInfo<'_>| {
        (3..=30).contains(&l.words) && !l.is_prose() && !l.is_date_line() && !l.ends_colon && l.evidence.arabic_script > 0 && !is_news_id_line(l) && !is_label_value(l)
    };
    let next_ends_block = lines.get(t + 2).is_none_or(|after| after.blank_before > 0 || after.is_prose() || after.is_date_line());
    let follows = next.blank_before == 0 && roles[t + 1] == Role::Open && headline(next) && next.duplicate_of.is_none() && !has_rights(next);
    if !follows {
        return (announcing_kicker(lines, roles, t), title);
    }
    // The title, its supertitle, and the title again (`• تلاش شهرها ...` / `نور هم آلوده می‌کند`
    // / `تلاش شهرها ...`): the line between is the supertitle.
    if lines[t].duplicate_of == Some(t + 2) {
        return (Some(t + 1), title);
    }
    // A short line right above a longer headline is a byline's name, a section label or a
    // breadcrumb (`علیرضا کاویانی`, `موبایل و تبلت / اپراتور`), not the title.
    if lines[t].words <= 5 && next.words > lines[t].words {
        return (None, Some(t + 1));
    }
    let persian = lines[t].evidence.language() == crate::model::Language::Fa;
    if persian && headline(&lines[t]) && next_ends_block {
        (Some(t), Some(t + 1))
    } else {
        (None, title)
    }
}

/// A line that only names an outlet (the logo's text, a byline's site): `خبرگزاری مهر`.
fn is_outlet_name(line: &LineInfo<'_>) -> bool {
    let text = line.text.trim().trim_matches(['«', '»', '"', '“', '”']);
    line.words <= 6 && super::credits::agency_mention(text).is_some_and(|m| m.len() == text.len())
}

/// Words of the line before a ` | section` suffix.
fn title_part_words(line: &LineInfo<'_>) -> usize {
    match line.text.find('|') {
        Some(at) => super::features::match_key(&line.text[..at]).split(' ').filter(|w| !w.is_empty()).count(),
        None => line.words,
    }
}

pub(crate) fn is_news_id_line(line: &LineInfo<'_>) -> bool {
    line.words <= 8 && super::features::tables().news_ids.first(&line.key).is_some_and(|hit| hit.start == 0)
}

/// A blog's excerpt, cut off with `[…]`, or a listing's teaser, with `...` (`با توجه به تأکید
/// مهندس عظیمی زاده شهردار محترم یزد ...`, Yazd municipality).
fn is_teaser(line: &LineInfo<'_>) -> bool {
    let text = line.text.trim_end();
    ["[…]", "[...]", "...", "…"].iter().any(|end| text.ends_with(end))
}

/// Whether the teaser `i` repeats the start of a later line: its first eight words.
fn teaser_of_later(lines: &[LineInfo<'_>], i: usize, later: impl Fn(usize) -> bool) -> bool {
    let Some((cut, _)) = lines[i].key.match_indices(' ').nth(7) else { return false };
    let head = &lines[i].key[..cut];
    (i + 1..lines.len()).any(|j| later(j) && lines[j].key.starts_with(head))
}

/// A blog's excerpt above the full text it repeats in longer paragraphs, or a summary that is
/// the next paragraphs run together: the text is kept once.
fn drop_teasers(lines: &[LineInfo<'_>], roles: &mut [Role], start: usize, end: usize) {
    for i in start..end {
        if roles[i] != Role::Body {
            continue;
        }
        let key = lines[i].key.as_str();
        let next = (i + 1..end).find(|&j| roles[j] == Role::Body).map(|j| lines[j].key.as_str());
        if next.is_some_and(|n| n.len() < key.len() && n.split(' ').count() >= 8 && key.starts_with(n) && key[n.len()..].starts_with(' ')) {
            roles[i] = Role::Removed(RemovalReason::Duplicate);
            continue;
        }
        // (Or the next paragraph's start, cut off mid-word: a summary above the full text.)
        let whole_words = key.rsplit_once(' ').map_or("", |(head, _)| head);
        if next.is_some_and(|n| n.len() > key.len() && whole_words.split(' ').count() >= 8 && n.starts_with(whole_words) && n[whole_words.len()..].starts_with(' ')) {
            roles[i] = Role::Removed(RemovalReason::Duplicate);
            continue;
        }
        if is_teaser(&lines[i]) && teaser_of_later(lines, i, |j| j < end && roles[j] == Role::Body) {
            roles[i] = Role::Removed(RemovalReason::Duplicate);
        }
    }
}

/// The end of a body is where the article's text ends: a summary in another language (an
/// English abstract after a Persian article) or the author's one-line biography (a sentence that
/// opens with the name printed as the byline above) follow the text but are not part of it.
fn trim_body_tail(lines: &[LineInfo<'_>], roles: &mut [Role], start: usize, end: usize) {
    let document = {
        let mut e = crate::language::Evidence::default();
        (start..end).filter(|&i| roles[i] == Role::Body).for_each(|i| e.add(lines[i].evidence));
        e.language()
    };
    // (A line ending with a colon is a label or a supertitle, `سخنگوی طالبان:`, not a name.)
    let bylines: Vec<&str> = (0..start).filter(|&i| lines[i].words <= 5 && !lines[i].ends_sentence && !lines[i].ends_colon && !lines[i].is_date_line()).map(|i| lines[i].key.as_str()).filter(|k| k.split(' ').count() >= 2).collect();
    let mut i = end;
    while i > start {
        i -= 1;
        if roles[i] != Role::Body {
            continue;
        }
        let line = &lines[i];
        // (A line whose Persian or Arabic letters tell neither, `اصفهان: 87`, is no other
        // language's; a Latin one is.)
        let own = line.evidence.language();
        let latin = line.evidence.latin > line.evidence.arabic_script;
        let foreign = document != crate::model::Language::Und && (own != crate::model::Language::Und || latin) && own != document;
        let biography = line.words <= 30 && bylines.iter().any(|name| line.key.starts_with(name) && line.key[name.len()..].starts_with(' '));
        if foreign || biography {
            roles[i] = Role::Removed(RemovalReason::Other);
        } else {
            break;
        }
    }
}

/// An Arabic subtitle: the first line after the title, before the text, that reads as a
/// headline rather than a sentence (`ارتفع عدد المسافرين بنسبة 6% مقارنة بعام 2023.. والهند
/// تتصدر الوجهات`). Not a caption (which credits a photo in brackets at its end) or a byline.
fn subtitle_lead(lines: &[LineInfo<'_>], roles: &mut [Role], title: Option<usize>, start: usize) -> bool {
    let Some(t) = title else { return false };
    // (Past a photo's short label, `صورة أرشيفية`, or a repeated line.)
    let Some(i) = (t + 1..start).find(|&i| roles[i] == Role::Open && lines[i].duplicate_of.is_none() && !lines[i].is_short()) else { return false };
    let line = &lines[i];
    // (Not a photo's caption, printed after its first words: `الدكتور محمد سلطان،` /
    // `الدكتور محمد سلطان، محافظ الإسكندرية`.)
    if i > 0 && !lines[i - 1].key.is_empty() && line.key.starts_with(lines[i - 1].key.as_str()) {
        return false;
    }
    // (Nor the headline again under the browser tab's title, `<headline> | <site>`: a copy.)
    if lines[t].key.starts_with(line.key.as_str()) && lines[t].key[line.key.len()..].starts_with(' ') {
        roles[i] = Role::Removed(RemovalReason::Duplicate);
        return false;
    }
    // (A Persian standfirst that lost its final period sits right above the text and is a
    // sentence: `مهر/مدیرعامل جمعیت هلال احمر استان سمنان گفت: زلزله ... خساراتی دربرنداشته است`.)
    // So is a one-sentence standfirst with its period (`تیم والیبال جوانان ایران بر سکوی نخست
    // آسیا ایستاد.`), which is too short to count as prose.
    let persian = line.evidence.language() == crate::model::Language::Fa;
    let standfirst = i + 1 == start && line.words >= 15 && line.function_share >= 0.12;
    let sentence = persian && i + 1 == start && line.ends_sentence && !line.inner_sentence_end && (6..10).contains(&line.words);
    // (Not the second of a list of headlines above the text, as a newspaper's page of the day
    // prints them: two or more lines of the same shape follow it, and no sentence ends among
    // them, which hard-wrapped text would have.)
    let open_after = || (i + 1..start).filter(|&j| roles[j] == Role::Open && !lines[j].is_date_line());
    let listed = open_after().filter(|&j| (5..=30).contains(&lines[j].words)).count() >= 2 && open_after().all(|j| !lines[j].ends_sentence);
    let subtitle = sentence
        || (line.evidence.language() == crate::model::Language::Ar && !listed || standfirst)
        && (5..=30).contains(&line.words)
        && !line.ends_sentence
        && !line.ends_colon
        && !line.is_date_line()
        && !line.text.trim_end().ends_with(')');
    if subtitle {
        roles[i] = Role::Lead;
    }
    subtitle
}

/// The lead: the first paragraph when the page sets it apart from the body (a repeated title,
/// a caption or a byline between it and the next paragraph).
fn mark_lead(lines: &[LineInfo<'_>], roles: &mut [Role], start: usize, end: usize) {
    let Some(first) = (start..end).find(|&i| roles[i] == Role::Body) else {
        return;
    };
    let Some(next) = (first + 1..end).find(|&i| roles[i] == Role::Body) else {
        return;
    };
    // Set apart by what sits between a standfirst and the text (a repeated title, a caption, a
    // byline, a date), not by a "read also" box that interrupts the text anywhere.
    let set_apart = (first + 1..next).any(|i| {
        matches!(roles[i], Role::Removed(r) if !matches!(r, RemovalReason::ReadAlso | RemovalReason::Related)) || lines[i].is_date_line()
    });
    let one_sentence = lines[first].text.matches(['.', '؟', '?', '!']).count() <= 1;
    if set_apart && one_sentence && lines[first].words <= 60 {
        roles[first] = Role::Lead;
    }
}

/// Why a line outside the article was left out.
fn outside_reason(lines: &[LineInfo<'_>], roles: &[Role], i: usize, title: Option<usize>, body: Option<(usize, usize)>) -> RemovalReason {
    let line = &lines[i];
    if is_news_id_line(line) {
        return RemovalReason::NewsId;
    }
    if let Some(d) = line.duplicate_of {
        if Some(d) == title || matches!(roles[d], Role::Body | Role::Lead | Role::Title) {
            return RemovalReason::Duplicate;
        }
    }
    if line.is_short() {
        return RemovalReason::SiteChrome;
    }
    let after_body = body.is_some_and(|(_, end)| i >= end);
    if after_body && is_headline_shaped(line) {
        return RemovalReason::Related;
    }
    RemovalReason::Other
}
