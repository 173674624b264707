//! Any markup through `extract` as HTML: no panic, spans in range and on character boundaries.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(html) = std::str::from_utf8(data) else { return };
    let mut options = khabar::ExtractOptions::default();
    options.format = khabar::InputFormat::Html;
    let mut a = khabar::extract(html, &options).unwrap();
    a.for_each_span(&mut |start, end| {
        assert!(*start <= *end && *end <= html.len());
        assert!(html.is_char_boundary(*start) && html.is_char_boundary(*end));
    });
});
