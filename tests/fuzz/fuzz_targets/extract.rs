//! Any text through `extract`: no panic, spans in range and on character boundaries, every
//! non-empty line accounted for.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let mut options = khabar::ExtractOptions::default();
    options.format = khabar::InputFormat::Text;
    let a = khabar::extract(text, &options).unwrap();
    let mut covered = Vec::new();
    for s in [a.title_span, a.lead_span, a.kicker_span].into_iter().flatten() {
        covered.push((s.start, s.end));
    }
    for p in &a.paragraphs {
        assert_eq!(&text[p.start..p.end], p.text);
        covered.push((p.start, p.end));
    }
    for r in &a.removed {
        assert_eq!(&text[r.start..r.end], r.text);
        covered.push((r.start, r.end));
    }
    for d in a.dates.iter().chain(a.published.iter()).chain(a.page_date.iter()) {
        assert_eq!(&text[d.start..d.end], d.text);
    }
    for s in &a.sources {
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end) && s.end <= text.len());
    }
    for line in text.split(['\n', '\r', '\u{2028}', '\u{2029}']) {
        let Some((at, _)) = line.char_indices().find(|&(_, c)| !c.is_whitespace() && !matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}' | '\u{061C}' | '\u{00AD}')) else {
            continue;
        };
        let at = line.as_ptr() as usize - text.as_ptr() as usize + at;
        assert!(covered.iter().any(|&(s, e)| s <= at && at < e), "line lost at byte {at}");
    }
});
