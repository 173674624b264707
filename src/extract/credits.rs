//! Credits: the sources an article names (`به گزارش X`, `منبع: X`, `X - وكالات`, `(بترا)`), the
//! outlet that published it, its news ID and its section.

use super::classify::Role;
use super::features::{LineInfo, match_key, tables};
use crate::lang::credits::REPORT_LEADS;
use crate::model::{DateMention, Source};

/// Characters that end a credited name.
const NAME_END: &[char] = &['،', ',', ':', '؛', ';', '.', '(', ')', '\n', '|', '؟', '?', '!'];

/// Finds the sources credited in the article's lines (title excluded).
pub(crate) fn sources(lines: &[LineInfo<'_>], roles: &[Role]) -> Vec<Source> {
    let mut out: Vec<Source> = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let credit_line = matches!(roles[i], Role::Removed(crate::model::RemovalReason::Credit));
        let dateline = matches!(roles[i], Role::Removed(crate::model::RemovalReason::Dateline));
        if !(matches!(roles[i], Role::Body | Role::Lead) || credit_line || dateline) {
            continue;
        }
        if credit_line {
            credit_line_sources(line, &mut out);
            continue;
        }
        report_sources(line, &mut out);
        bracketed_agency(line, &mut out);
        dashed_agency(line, &mut out);
    }
    out
}

fn push(out: &mut Vec<Source>, name: String, text: &str, start: usize) {
    // Names are kept as written: `فارس` and `خبرگزاری فارس` are both reported when both appear
    // (but with plain spaces: a pasted page may have no-break spaces between the words).
    let name = plain_spaces(name);
    if name.is_empty() || out.iter().any(|s| match_key(&s.name) == match_key(&name)) {
        return;
    }
    out.push(Source { name, text: text.to_string(), start, end: start + text.len() });
}

/// A name with its spaces (no-break, thin, ...) written as plain single spaces.
pub(crate) fn plain_spaces(name: String) -> String {
    if name.bytes().all(|b| b.is_ascii() && b != b'\t') && !name.contains("  ") {
        return name;
    }
    name.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Where `phrase` occurs in `text` with any run of spaces (no-break spaces too) between its
/// words: its start and end.
fn find_spaced(text: &str, phrase: &str) -> Option<(usize, usize)> {
    let mut words = phrase.split(' ');
    let first = words.next()?;
    let mut from = 0;
    while let Some(at) = text[from..].find(first) {
        let start = from + at;
        let mut end = start + first.len();
        let whole = words.clone().all(|w| {
            let gap = text[end..].len() - text[end..].trim_start().len();
            let ok = gap > 0 && text[end + gap..].starts_with(w);
            end += gap + w.len();
            ok
        });
        if whole {
            return Some((start, end));
        }
        from = start + first.len();
    }
    None
}

/// `به گزارش مشرق،`, `نقلا عن وكالة الأنباء العراقية،`.
fn report_sources(line: &LineInfo<'_>, out: &mut Vec<Source>) {
    let leads = &tables().report_leads;
    // The leads the line's key has (bit i for `REPORT_LEADS[i]`): only those are looked for in
    // the text. Arabic glues "and" to the verb (`وذكرت وكالة`): a lead may follow a word-initial و.
    let key = line.key.as_str();
    let mut present = 0u64;
    for hit in leads.hits(key, |_, _| true) {
        present |= 1 << hit.payload;
    }
    for (i, and) in key.match_indices('و').filter(|&(i, _)| i == 0 || key.as_bytes()[i - 1] == b' ') {
        if let Some(hit) = leads.at_start(&key[i + and.len()..]) {
            present |= 1 << hit.payload;
        }
    }
    for (li, lead) in REPORT_LEADS.iter().enumerate() {
        if present & (1 << li) == 0 {
            continue;
        }
        // A lead written with half-spaces is also found glued, as a scraper leaves it.
        let unspaced = crate::matching::glued(lead);
        for lead in std::iter::once(*lead).chain(unspaced.as_deref()) {
            let mut from = 0;
            while let Some((at, lead_end)) = find_spaced(&line.text[from..], lead) {
                let start = from + at;
                let after = from + lead_end;
                from = after;
                // The lead must start a word, or follow a glued Arabic "and" (`وذكرت وكالة`).
                let mut before = line.text[..start].chars().rev();
                let glued = match before.next() {
                    Some('و') => before.next().is_some_and(super::features::is_word_char),
                    previous => previous.is_some_and(super::features::is_word_char),
                };
                if glued {
                    continue;
                }
                let rest = &line.text[after..];
                let mut end = rest.find(NAME_END).unwrap_or(rest.len());
                let phrase = &rest[..end];
                // "The agency said": only a news agency counts, not any agency (وكالة الفضاء); "told
                // the reporter of": only a known outlet. Either within the next words.
                let name = if lead.ends_with("وكالة") || lead.ends_with("خبرنگار") {
                    let near = phrase.split_whitespace().nth(7).map_or(phrase.len(), |w| w.as_ptr() as usize - phrase.as_ptr() as usize);
                    agency_mention(&phrase[..near]).map(|name| {
                        // The credit ends with the outlet's name, not with the sentence.
                        end = name.as_ptr() as usize - phrase.as_ptr() as usize + name.len();
                        end += rest[end..].chars().next().filter(|c| matches!(c, '"' | '»' | '”')).map_or(0, char::len_utf8);
                        name.to_string()
                    })
                } else {
                    credited_name(phrase)
                };
                if let Some(name) = name {
                    let text = line.text[start..after + end].trim_end();
                    push(out, name, text, line.span.start + start);
                }
            }
        }
    }
}

/// `منبع: میزان`, `المصدر: الجزيرة + وكالات`, `ليفانت نيوز- وكالات`, `دمشق-سانا`.
fn credit_line_sources(line: &LineInfo<'_>, out: &mut Vec<Source>) {
    let text = line.text;
    if let Some(name) = wire_credit(line) {
        let start = line.span.start + (name.as_ptr() as usize - text.as_ptr() as usize);
        push(out, name.to_string(), name, start);
        return;
    }
    let (body, labelled) = match text.find([':', '：']) {
        Some(at) if is_whole(&tables().source_labels, &match_key(&text[..at])) => (&text[at + text[at..].chars().next().map_or(1, char::len_utf8)..], true),
        _ => (text, false),
    };
    // With a label or "agencies" beside it any name counts; otherwise only a known agency (the
    // other parts of `دمشق-سانا` are places).
    let with_agencies = line.key.split(' ').any(|w| w == "وکالات");
    let body = match ["از ", "من ", "by "].iter().find(|from| line.key.starts_with(*from)) {
        Some(_) if !labelled => body.split_once(char::is_whitespace).map_or(body, |(_, rest)| rest),
        _ => body,
    };
    let base = line.span.start + (body.as_ptr() as usize - text.as_ptr() as usize);
    for part in body.split(['+', '،', ',', '-', '–', '/', ':']) {
        // Separators are of several byte lengths: place each part by its address.
        let name_start = (part.as_ptr() as usize - body.as_ptr() as usize) + (part.len() - part.trim_start().len());
        // (A place beside the outlet is where it is, not another source: `تيل كيل عربي - المغرب`.)
        let name = if (labelled || with_agencies) && !is_place(part) { credited_name(part) } else { agency_mention(part).map(str::to_string) };
        if let Some(name) = name {
            push(out, name, part.trim(), base + name_start);
        }
    }
}

/// The outlet of a wire credit on a line of its own, a known place and a name on either side of
/// a dash: `الخرطوم – السوداني`, `بغداد اليوم – بغداد`, or the place, the outlet and the reporter.
/// Not two places (`القاهرة - الرياض`).
pub(crate) fn wire_credit<'a>(line: &LineInfo<'a>) -> Option<&'a str> {
    if line.words > 5 {
        return None;
    }
    // (A tatweel is a dash too: `بغداد ـ واع ـ وسام الملا`, with the reporter last. One inside a
    // word leaves parts that are no place.)
    let mut parts = line.text.split(['-', '–', '—', 'ـ']).map(str::trim);
    let (first, second, third, more) = (parts.next()?, parts.next()?, parts.next(), parts.next().is_some());
    let named = |part: &str| (1..=3).contains(&part.split_whitespace().count()) && part.chars().next().is_some_and(char::is_alphabetic);
    if more || is_place(first) == is_place(second) {
        return None;
    }
    let (name, place_first) = if is_place(first) { (second, true) } else { (first, false) };
    (named(name) && (place_first || third.is_none())).then_some(name)
}

/// A city or country the date finder or the clock table knows, as written there (`المغرب`,
/// `الخرطوم`; both tables list the spellings of each keyboard).
fn is_place(text: &str) -> bool {
    let text = text.trim();
    crate::lang::places::CITY_ZONES.iter().any(|(c, _)| *c == text) || crate::lang::date_words::ZONE_PLACES.iter().any(|(c, _, _)| *c == text)
}

/// `(بترا)`, `(CNN) --`, `--(بترا)` at the head or tail of a paragraph.
fn bracketed_agency(line: &LineInfo<'_>, out: &mut Vec<Source>) {
    let text = line.text;
    let mut from = 0;
    while let Some(open) = text[from..].find('(') {
        let open = from + open;
        let Some(close) = text[open..].find(')').map(|c| open + c) else { break };
        from = close + 1;
        let inner = &text[open + 1..close];
        // At the head of a paragraph it is a wire dateline; at the end of a caption it is a photo
        // credit, which is no source of the story.
        let at_head = text[..open].chars().count() <= 40 && text[close..].chars().filter(|c| super::features::is_word_char(*c)).nth(10).is_some();
        let at_end_of_prose = text[close..].chars().count() <= 3 && line.words >= 20;
        if !(at_head || at_end_of_prose) {
            continue;
        }
        if let Some(agency) = agency_mention(inner) {
            push(out, agency.to_string(), &text[open..=close], line.span.start + open);
        }
    }
}

/// Wire datelines at the head of a paragraph: `تهران- ایرنا-`, `کابل- پژواک:`, `دبي - العربية.نت`.
fn dashed_agency(line: &LineInfo<'_>, out: &mut Vec<Source>) {
    let head_end = line.text.char_indices().nth(60).map_or(line.text.len(), |(i, _)| i);
    let head = &line.text[..head_end];
    for (k, part) in head.split(['-', '–', ':', '،', '/']).enumerate() {
        let start = (part.as_ptr() as usize - head.as_ptr() as usize) + (part.len() - part.trim_start().len());
        // The agency stands between separators after the place name, within the first words.
        if k == 0 || k > 3 || part.split_whitespace().count() > 3 {
            continue;
        }
        let name = part.trim();
        if agency_index(name).is_some() {
            push(out, name.to_string(), name, line.span.start + start);
        }
    }
}

/// The name inside a credit phrase, as written: the agency it names if any, otherwise the
/// phrase itself when it reads as a name (at most eight words, without quotes, desk or role words,
/// pronouns or demonstratives).
fn credited_name(phrase: &str) -> Option<String> {
    // `به گزارش شانا به نقل از العربیه`: the name ends where the next credit starts (read on its
    // own), even when the first outlet is unknown and the second known.
    let phrase = crate::lang::credits::QUOTING_LEADS.iter().filter_map(|lead| find_spaced(phrase, lead)).map(|(at, _)| &phrase[..at]).min_by_key(|p| p.len()).unwrap_or(phrase);
    let cleaned: String = phrase.chars().filter(|c| !matches!(c, '«' | '»' | '"' | '“' | '”' | '\'')).collect();
    if let Some(agency) = agency_mention(&cleaned) {
        return Some(agency.to_string());
    }
    let mut words: Vec<&str> = cleaned.split_whitespace().collect();
    // Desk and role words go (`خبرنگار سیاسی`), but an unknown outlet keeps the word that says
    // what it is: `خبرگزاری رسمی عراق`, `صحيفة الغد`.
    let outlet_type = |w: &str| matches!(match_key(w).as_str(), "خبرگزاری" | "روزنامه" | "وکاله" | "صحیفه" | "قناه" | "شبکه" | "هفته نامه");
    let mut kept_type = None;
    while let Some(first) = words.first() {
        if is_whole(&tables().role_words, &match_key(first)) {
            if outlet_type(first) {
                kept_type = Some(*first);
            }
            words.remove(0);
        } else {
            break;
        }
    }
    if let Some(t) = kept_type {
        words.insert(0, t);
    }
    // A desk's name before the outlet (`خبرنگار گروه دانشگاه خبرگزاری دانشجو`): the name starts
    // with the outlet's kind.
    if let Some(p) = words.iter().skip(1).position(|w| outlet_type(w)) {
        words.drain(..=p);
    }
    // Everything after a continuation (`و`, `از`, `في` ...) is not part of the name.
    // (So is a day: `به گزارش روز چهارشنبه، ...` lost the outlet's name before it.)
    let weekday = |w: Option<&&str>| w.map(|w| w.trim_end_matches(['،', ','])).is_some_and(|w| !w.is_empty() && crate::lang::weekdays::WEEKDAYS.iter().any(|d| d.name.starts_with(w)));
    let day = |i: usize| matches!(words[i], "روز" | "يوم") && weekday(words.get(i + 1));
    if let Some(cut) = (0..words.len()).position(|i| crate::lang::credits::NAME_ENDING_WORDS.contains(&words[i]) || day(i)) {
        words.truncate(cut);
    }
    if words.is_empty() || words.len() > 8 || !words[0].chars().next().is_some_and(super::features::is_word_char) {
        return None;
    }
    // Pronouns and demonstratives point back into the text; they name no source.
    let pointing = |w: &&str| matches!(*w, "این" | "آن" | "وی" | "او" | "ما" | "همین" | "هذا" | "هذه" | "ذلك" | "تلك" | "هو" | "هي");
    if words.iter().any(pointing) {
        return None;
    }
    Some(words.join(" "))
}

/// The index (into [`crate::lang::agencies::AGENCIES`]) of the agency a whole text names.
fn agency_index(text: &str) -> Option<usize> {
    let key = match_key(text);
    tables().agencies.hits(&key, |h, tail| h.start == 0 && tail.is_empty()).next().map(|h| h.payload as usize)
}

/// The agency named in `text`, as written there: the longest name or alias at the earliest
/// word where one starts (`خبرگزاری تسنیم`, `الجزيرة`, `CNN`).
pub(crate) fn agency_mention(text: &str) -> Option<&str> {
    let key = match_key(text);
    let hit = tables().agencies.first(&key)?;
    let words = key[hit.start..hit.end].split(' ').count();
    // Find the same words in the original text: word starts, then as many words as matched.
    let starts: Vec<usize> = text
        .char_indices()
        .filter(|&(i, c)| super::features::is_word_char(c) && !text[..i].chars().next_back().is_some_and(super::features::is_word_char))
        .map(|(i, _)| i)
        .collect();
    let target = &key[hit.start..hit.end];
    for (k, &from) in starts.iter().enumerate() {
        let mut end_word = k + words;
        while end_word <= starts.len() {
            let to = starts.get(end_word).copied().unwrap_or(text.len());
            let candidate = text[from..to].trim_end_matches(|c: char| !super::features::is_word_char(c));
            let candidate_key = match_key(candidate);
            if candidate_key == target {
                return Some(candidate);
            }
            if candidate_key.len() > target.len() {
                break;
            }
            end_word += 1;
        }
    }
    None
}

/// The owner named in a copyright line: the agency it names, or what is left after the
/// copyright words (`© ۲۰۲۳ اطلاعات روز`, `جميع الحقوق محفوظة لـ المصري اليوم © 2023`).
pub(crate) fn copyright_owner(line: &str) -> Option<String> {
    if let Some(agency) = agency_mention(line) {
        return Some(agency.to_string());
    }
    // Arabic glues "for" to the owner: `محفوظة لمصراوي`, `لجريدة الراي`.
    let unglued: String = line
        .split(' ')
        .map(|w| match w.strip_prefix("لـ").or_else(|| w.strip_prefix('ل')) {
            Some(rest) if rest.chars().count() >= 3 => rest,
            _ => w,
        })
        .collect::<Vec<_>>()
        .join(" ");
    if let Some(agency) = agency_mention(&unglued) {
        return Some(agency.to_string());
    }
    let first_clause = line.split(['.', '|', '،']).find(|c| c.chars().any(super::features::is_word_char))?;
    let words: Vec<&str> = first_clause
        .split(|c: char| c.is_whitespace() || matches!(c, '©' | '(' | ')' | '-' | '–'))
        .filter(|w| !w.is_empty())
        .filter(|w| !w.chars().all(|c| c.is_ascii_digit() || ('۰'..='۹').contains(&c) || ('٠'..='٩').contains(&c)))
        .filter(|w| !is_whole(&tables().copyright_words, &match_key(w)))
        .collect();
    // `وب‌سایت روزنامه شرق`: the medium's type before the name is not part of it.
    let words: Vec<&str> = words.into_iter().skip_while(|w| matches!(match_key(w).as_str(), "وب سایت" | "وبسایت" | "سایت" | "پایگاه" | "موقع")).collect();
    (1..=4).contains(&words.len()).then(|| words.join(" "))
}

/// The canonical name of the agency named in a text, if any.
pub(crate) fn known_agency(text: &str) -> Option<&'static str> {
    tables().agencies.first(&match_key(text)).map(|hit| crate::lang::agencies::AGENCIES[hit.payload as usize].name)
}

/// Whether a whole key is one of the index's entries.
pub(crate) fn is_whole(index: &crate::matching::WordIndex, key: &str) -> bool {
    index.hits(key, |h, tail| h.start == 0 && tail.is_empty()).next().is_some()
}

/// The news ID: the digits after a label such as `کد خبر`. `None` when the label has no number.
pub(crate) fn news_id(lines: &[LineInfo<'_>]) -> Option<(usize, String)> {
    for (i, line) in lines.iter().enumerate() {
        let Some(hit) = tables().news_ids.first(&line.key) else { continue };
        let end = hit.end;
        let rest = line.key[end..].trim_start();
        let digits: String = rest.chars().take_while(|c| c.is_ascii_digit()).collect();
        if digits.len() >= 3 {
            return Some((i, digits));
        }
        if rest.is_empty() && line.words <= 3 {
            return None;
        }
    }
    None
}

/// `سرویس: سیاسی`.
pub(crate) fn labelled_section(lines: &[LineInfo<'_>]) -> Option<String> {
    lines.iter().find_map(section_label_value).map(str::to_string)
}

/// The value of a section label's line (`دسته‌بندی: گردشگری`), if the line is one.
pub(crate) fn section_label_value<'a>(line: &LineInfo<'a>) -> Option<&'a str> {
    if line.words > 6 {
        return None;
    }
    let (label, value) = line.text.split_once([':', '：'])?;
    let value = value.trim();
    (is_whole(&tables().section_labels, &match_key(label)) && !value.is_empty()).then_some(value)
}

/// The outlet named on the dateline line, around the date: `مشرق نیوز شنبه 26 تیر 1400 - 16:54`.
/// Labels (`نشر في`, `تاریخ انتشار`), clock words and zone abbreviations are not names.
pub(crate) fn dateline_site(line: &LineInfo<'_>, dates: &[DateMention]) -> Option<String> {
    let mut rest = String::new();
    let mut at = line.span.start;
    for &di in &line.dates {
        let d = &dates[di];
        if d.start > at {
            rest.push_str(&line.text[at - line.span.start..d.start - line.span.start]);
            rest.push(' ');
        }
        at = at.max(d.end);
    }
    if at < line.span.end {
        rest.push_str(&line.text[at - line.span.start..]);
    }
    // A time zone's name after the clock (`11:51 Asia/Kabul`) names no outlet: drop the line's
    // Latin words then.
    let zone = ["Asia/", "Africa/", "Europe/"].iter().any(|area| rest.contains(area));
    if let Some(agency) = agency_mention(&rest) {
        return Some(agency.to_string());
    }
    let mut key = match_key(&rest);
    if key.split(' ').next().is_some_and(|w| crate::lang::credits::BYLINE_LABELS.contains(&w)) {
        return None;
    }
    for index in [&tables().published_labels, &tables().updated_labels] {
        // Matches can overlap (`تاریخ انتشار` and `انتشار`): keep the earliest of each overlap.
        let mut hits: Vec<(usize, usize)> = Vec::new();
        for h in index.hits(&key, |_, _| true) {
            if hits.last().is_none_or(|&(_, end)| h.start >= end) {
                hits.push((h.start, h.end));
            }
        }
        for (start, end) in hits.into_iter().rev() {
            key.replace_range(start..end, "");
        }
    }
    let words: Vec<&str> = key
        .split(' ')
        .filter(|w| !w.is_empty() && w.chars().count() > 1 && !w.chars().all(|c| c.is_ascii_digit()))
        .filter(|w| !crate::lang::credits::DATELINE_WORDS.contains(w))
        .filter(|w| !(super::features::is_function_word(w) || zone && w.is_ascii()))
        .collect();
    if words.is_empty() || words.len() > 4 {
        return None;
    }
    // Report the outlet as written: the same words in the line's text.
    let written: Vec<&str> = rest.split(|c: char| c.is_whitespace() || matches!(c, '-' | '–' | '|' | '،' | ',' | '/')).filter(|w| words.contains(&match_key(w).as_str())).collect();
    if words.len() == 1 && words[0].chars().count() < 3 {
        return None;
    }
    // (A wire dateline's city is no outlet: `مزارشریف - شنبه ۱۳ میزان ۱۳۹۸`.)
    let name = written.join(" ");
    (written.len() == words.len() && !is_place(&name)).then_some(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_inside_credits() {
        assert_eq!(credited_name(" مشرق").as_deref(), Some("مشرق"));
        assert_eq!(credited_name(" «الجزیره»").as_deref(), Some("الجزیره"));
        // As written: the agency's name in the form the text uses.
        assert_eq!(credited_name(" خبرنگار سیاسی خبرگزاری تسنیم").as_deref(), Some("خبرگزاری تسنیم"));
        assert_eq!(credited_name(" الجزيرة نت").as_deref(), Some("الجزيرة نت"));
        assert_eq!(credited_name(" روابط عمومی دانشگاه تهران").as_deref(), Some("روابط عمومی دانشگاه تهران"));
        assert_eq!(credited_name(" رسانه‌های محلی").as_deref(), Some("رسانه‌های محلی"));
        assert_eq!(credited_name(" اعلامیه این وزارت"), None);
        assert_eq!(credited_name(" این که دولت در ماه‌های گذشته"), None);
    }

    #[test]
    fn agency_mentions_keep_the_written_form() {
        assert_eq!(agency_mention("تمامی حقوق این سایت متعلق به خبرگزاری دانشجویان ایران (ایسنا) است"), Some("خبرگزاری دانشجویان ایران"));
        assert_eq!(agency_mention("(CNN)"), Some("CNN"));
        assert_eq!(agency_mention("وكالة الأنباء العراقية"), Some("وكالة الأنباء العراقية"));
        assert_eq!(agency_mention("خلیج فارس"), Some("فارس"));
        assert_eq!(agency_index("خلیج فارس"), None);
    }

    #[test]
    fn every_report_lead_has_a_bit() {
        assert!(REPORT_LEADS.len() <= 64);
    }
}
