//! Any text through `find_dates`, with and without a reference date: no panic, every mention's
//! text is its span of the input, confidence in 0..=1.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&selector, rest)) = data.split_first() else { return };
    let Ok(text) = std::str::from_utf8(rest) else { return };
    let mut options = khabar::DateOptions::default();
    if selector & 1 == 1 {
        options = options.with_now("2021-07-17T16:54").unwrap();
    }
    for d in khabar::find_dates(text, &options).unwrap() {
        assert_eq!(&text[d.start..d.end], d.text);
        assert!((0.0..=1.0).contains(&d.confidence));
    }
    let _ = khabar::find_numbers(text);
});
