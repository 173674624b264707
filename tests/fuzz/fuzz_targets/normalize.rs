//! Any text through `normalize` with each option set: no panic, one output line per input line,
//! the offset map in range and monotone; with the default options a second pass changes nothing
//! (idempotence is promised for the defaults; with forced digit styles, kept half-spaces or
//! stripped marks, garbage can still need a second pass: see tests/fuzz/README.md).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&selector, rest)) = data.split_first() else { return };
    let Ok(text) = std::str::from_utf8(rest) else { return };
    let mut options = khabar::NormalizeOptions::default();
    options.digits = [khabar::DigitStyle::Keep, khabar::DigitStyle::Native, khabar::DigitStyle::Persian, khabar::DigitStyle::ArabicIndic, khabar::DigitStyle::Ascii][usize::from(selector % 5)];
    options.zwnj = [khabar::ZwnjMode::Repair, khabar::ZwnjMode::Cleanup, khabar::ZwnjMode::Keep][usize::from(selector / 5 % 3)];
    options.remove_diacritics = selector & 0x80 != 0;
    let n = khabar::normalize(text, &options).unwrap();
    assert_eq!(n.map.input_len(), text.len());
    assert_eq!(n.map.output_len(), n.text.len());
    let mut last = 0;
    for c in n.map.changes() {
        assert!(c.input.start >= last && c.input.start <= c.input.end && c.input.end <= text.len());
        assert!(c.output.start <= c.output.end && c.output.end <= n.text.len());
        last = c.input.end;
    }
    assert_eq!(n.text.matches('\n').count(), text.matches('\n').count());
    let _ = khabar::normalize(&n.text, &options).unwrap();
    let defaults = khabar::NormalizeOptions::default();
    let once = khabar::normalize(text, &defaults).unwrap().text;
    assert_eq!(khabar::normalize(&once, &defaults).unwrap().text, once);
    let _ = khabar::fold(text);
});
