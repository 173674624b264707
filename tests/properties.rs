//! Properties that must hold for any input, checked on thousands of generated pages: no panic,
//! every span slices the input, every non-empty line is accounted for, offset maps are monotone
//! and in range. The generator is deterministic (a fixed-seed xorshift), so a failure reproduces.

use std::path::Path;

/// xorshift64*: small, deterministic, good enough to shuffle test material.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Lines of the seed pages plus awkward material: controls, lone marks, markup, digits of three
/// scripts, RTL/LTR mixes, emoji, very long lines.
fn material() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/seeds");
    let mut lines: Vec<String> = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "txt") {
            lines.extend(std::fs::read_to_string(path).unwrap().lines().map(str::to_string));
        }
    }
    lines.extend(
        [
            "\u{200F}\u{202E}\u{2066}کد خبر:\u{200C}\u{200C} ۱۲۳",
            "<script>alert(1)</script><p>متن</p>",
            "<!doctype html><html><body><h1>تیتر</h1><p>بند اول خبر.</p>",
            "٠٥ / نوفمبر / ٢٠٢٤ ۱۴۰۰/۰۴/۲۴ 2021-07-17T16:54 ۱۴:۲۷:۲۷",
            "😀👍🏽 ﻻ ﷲ ﷼ ـــــ َُِّ",
            "به گزارش «», منبع: ، المصدر: + وكالات -",
            "| | | - - - :: ::",
            "\u{FEFF}\u{00AD}\u{0000}\u{0007}\r\r\n",
            "اقرأ أيضاً:",
            "بیشتر بخوانید:",
            "قصص مقترحة",
            "© ",
            "امروز دیروز پریروز فردا ۳ روز پیش الأسبوع الماضي منذ يومين",
            "سال ۱۳۰۰ ۱۴۹۹ ۱۵۰۰ ۹۹۹۹ ۰ ۳۱ ۳۲ اسفند",
        ]
        .map(str::to_string),
    );
    lines.push("خبر ".repeat(3000));
    lines.push("a".repeat(5000));
    lines
}

fn page(rng: &mut Rng, material: &[String]) -> String {
    let n = 1 + rng.below(40);
    let mut out = String::new();
    for _ in 0..n {
        let mut line = material[rng.below(material.len())].clone();
        // Sometimes cut a line at a random character boundary.
        if rng.below(4) == 0 && !line.is_empty() {
            let cut = line.char_indices().nth(rng.below(line.chars().count())).map_or(0, |(i, _)| i);
            line.truncate(cut);
        }
        out.push_str(&line);
        out.push_str(["\n", "\n\n", "\r\n", "\u{2029}", " "][rng.below(5)]);
    }
    out
}

#[test]
fn extract_holds_its_promises_on_generated_pages() {
    let material = material();
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    for round in 0..1500 {
        let text = page(&mut rng, &material);
        let mut options = khabar::ExtractOptions::default();
        if round % 3 == 0 {
            options = options.with_now("2021-07-17T16:54").unwrap();
        }
        let a = khabar::extract(&text, &options).unwrap();
        let mut covered = Vec::new();
        let html = a.warnings.iter().any(|w| w.starts_with("html-input"));
        let check = |start: usize, end: usize, what: &str| {
            assert!(start <= end && end <= text.len(), "round {round}: {what} span {start}..{end} out of {}", text.len());
            assert!(text.is_char_boundary(start) && text.is_char_boundary(end), "round {round}: {what} not on char boundaries");
        };
        for s in [a.title_span, a.lead_span, a.kicker_span].into_iter().flatten() {
            check(s.start, s.end, "field");
            covered.push((s.start, s.end));
        }
        for p in &a.paragraphs {
            check(p.start, p.end, "paragraph");
            if !html {
                assert_eq!(&text[p.start..p.end], p.text, "round {round}");
            }
            covered.push((p.start, p.end));
        }
        for r in &a.removed {
            check(r.start, r.end, "removed");
            if !html {
                assert_eq!(&text[r.start..r.end], r.text, "round {round}");
            }
            covered.push((r.start, r.end));
        }
        for d in a.dates.iter().chain(a.published.iter()).chain(a.page_date.iter()) {
            check(d.start, d.end, "date");
        }
        for s in &a.sources {
            check(s.start, s.end, "source");
        }
        if html {
            continue;
        }
        for line in text.split(['\n', '\r', '\u{2029}']) {
            let trimmed = line.trim_matches(|c: char| c.is_whitespace() || ('\u{200B}'..='\u{200F}').contains(&c) || c == '\u{FEFF}' || c == '\u{00AD}' || ('\u{202A}'..='\u{202E}').contains(&c) || ('\u{2066}'..='\u{2069}').contains(&c) || c == '\u{061C}');
            if trimmed.is_empty() {
                continue;
            }
            let at = trimmed.as_ptr() as usize - text.as_ptr() as usize;
            assert!(covered.iter().any(|&(s, e)| s <= at && at < e), "round {round}: line lost: {trimmed:?}");
        }
    }
}

#[test]
fn find_dates_spans_are_the_text() {
    let material = material();
    let mut rng = Rng(42);
    for _ in 0..1500 {
        let text = page(&mut rng, &material);
        for d in khabar::find_dates(&text, &Default::default()).unwrap() {
            assert_eq!(&text[d.start..d.end], d.text);
            assert!((0.0..=1.0).contains(&d.confidence));
        }
    }
}

#[test]
fn normalize_maps_are_monotone_in_range_and_idempotent() {
    let material = material();
    let mut rng = Rng(7);
    for _ in 0..1500 {
        let text = page(&mut rng, &material);
        let n = khabar::normalize(&text, &Default::default()).unwrap();
        assert_eq!(n.map.input_len(), text.len());
        assert_eq!(n.map.output_len(), n.text.len());
        let mut last = khabar::Span::new(0, 0);
        for c in n.map.changes() {
            assert!(c.input.start >= last.end && c.input.end <= text.len() && c.input.start <= c.input.end);
            assert!(c.output.end <= n.text.len() && c.output.start <= c.output.end);
            last = c.input;
        }
        let again = khabar::normalize(&n.text, &Default::default()).unwrap();
        assert_eq!(again.text, n.text);
        assert_eq!(n.text.lines().count(), text.lines().count());
    }
}

#[test]
fn size_limit_is_a_typed_error_not_a_crash() {
    let text = "خبر ".repeat(1000);
    let mut options = khabar::ExtractOptions::default();
    options.max_input_bytes = 100;
    assert_eq!(khabar::extract(&text, &options).unwrap_err().code(), khabar::ErrorCode::InputTooLarge);
    let mut options = khabar::NormalizeOptions::default();
    options.max_input_bytes = 100;
    assert_eq!(khabar::normalize(&text, &options).unwrap_err().code(), khabar::ErrorCode::InputTooLarge);
    let mut options = khabar::DateOptions::default();
    options.max_input_bytes = 100;
    assert_eq!(khabar::find_dates(&text, &options).unwrap_err().code(), khabar::ErrorCode::InputTooLarge);
}

#[test]
fn a_few_megabytes_of_one_line_or_many_lines() {
    // Long inputs must not take quadratic paths: one 2 MB line, and 2 MB of short lines.
    let one_line = "به گزارش ایسنا، امروز شنبه ۲۶ تیر ۱۴۰۰ جلسه برگزار شد و ".repeat(20_000);
    let a = khabar::extract(&one_line, &Default::default()).unwrap();
    assert_eq!(a.paragraphs.len() + a.removed.len() + usize::from(a.title.is_some()), 1);
    let many = "منو\nخبر کوتاه\nبه گزارش ایسنا، امروز جلسه برگزار شد و تصمیم‌های تازه گرفته شد.\n".repeat(20_000);
    let a = khabar::extract(&many, &Default::default()).unwrap();
    assert!(!a.body.is_empty());
}

/// Normalizes `text` and checks that a second pass changes nothing; returns the first pass.
fn stable(text: &str, options: &khabar::NormalizeOptions) -> String {
    let once = khabar::normalize(text, options).unwrap().text;
    assert_eq!(khabar::normalize(&once, options).unwrap().text, once, "{text:?}");
    once
}

fn norm(text: &str) -> String {
    khabar::normalize(text, &Default::default()).unwrap().text
}

/// Inputs the fuzzers found (tests/fuzz), kept as regressions.
#[test]
fn fuzz_regressions() {
    // A plural suffix written apart after a letter that does not join was written solid, which a
    // second pass read as another split (`بندهای` -> `بنده‌ای`): normalize was not idempotent.
    let text = "لینک های هایشانستهای\n\nBr@eaki\nBند های هایشانستهای\n";
    stable(text, &Default::default());
}

#[test]
fn fuzz_regression_native_digits_idempotent() {
    // A line whose only Arabic letter is written decomposed (ا + U+0654): the first pass read it
    // as Persian (Persian digits, a half-space restored), the second, on the composed أ, as Arabic.
    let text = "لینک وسط مناطق\n\nمقامها و نقاشات حول ح\u{0627}\u{0654} 2 شد\n";
    let mut options = khabar::NormalizeOptions::default();
    options.digits = khabar::DigitStyle::Native;
    stable(text, &options);
}

#[test]
fn fuzz_regression_marks_removed_between_a_letter_and_hamza() {
    // With diacritics removed, a mark (or a tatweel) between ا and a hamza above left the two side
    // by side for a second pass to compose: the first pass now composes them.
    let mut options = khabar::NormalizeOptions::default();
    options.remove_diacritics = true;
    for text in ["شها\u{0659}\u{0654} الكتاب", "مسا\u{0640}\u{0654}لة مهمة", "ى\u{064E}\u{0654} ة"] {
        stable(text, &options);
    }
}

#[test]
fn fuzz_regression_ezafe_counts_as_persian_in_both_spellings() {
    // ۀ is written ه + U+0654 in the output; a second pass must still count it as Persian.
    let mut options = khabar::NormalizeOptions::default();
    options.digits = khabar::DigitStyle::Native;
    let text = "vسا ۀ 5أ";
    stable(text, &options);
}

#[test]
fn fuzz_regression_composition_decides_the_line_language() {
    // ي + tatweel + hamza above composes to ئ, so the line has no Arabic-only letter left: the
    // first pass must read its language as the second will (it kept ڪ as in an Arabic line).
    let text = "ڪايـٔA";
    stable(text, &Default::default());
}

#[test]
fn fuzz_regression_tatweel_inside_a_word() {
    // A tatweel (after a half-space and an ALM) split one word in two for the half-space table;
    // the output has no tatweel, so a second pass judged the joined word and restored a half-space
    // the first had not. Tatweel between letters is now part of the word.
    let text = "نه\0] ل\u{200C}\u{061C}\u{0640}ترینایشاندستهای\n\nBrr";
    stable(text, &Default::default());
    // Restoration sees through a tatweel written for emphasis.
    assert_eq!(norm("مقامهـــای دولتی"), "مقام‌های دولتی");
}

#[test]
fn fuzz_regression_invisible_control_among_spaces() {
    // An ALM between the spaces before a spaced suffix hid the suffix from the join, and the
    // second pass, with the ALM gone, joined it.
    let text = "سیاست ها   \u{061C} هایتان";
    let once = stable(text, &Default::default());
    assert!(!once.contains('\u{061C}'));
}

#[test]
fn fuzz_regression_half_space_between_a_letter_and_hamza() {
    // A half-space between ی and a hamza above was dropped, leaving the two for a second pass to
    // compose into ئ: the first pass composes them.
    let text = "J\u{0605}ی\u{200C}\u{0654}";
    stable(text, &Default::default());
}

#[test]
fn fuzz_regression_phrase_ligatures_beside_words() {
    // A phrase ligature glued to a plural suffix was expanded with a space after it, which the
    // second pass joined as a spaced suffix; a half-space before one was kept because the
    // ligature did not count as Arabic script, and dropped by the second pass.
    // The same with a space between the ligature and the suffix.
    for text in ["q\u{FDFE}های", "J\u{0605}\u{2005}\u{200C}\u{FDFA} متن", "ریتر\u{12}\u{FDFB} ات", "\u{12}\u{FDFB} های ٌ"] {
        stable(text, &Default::default());
    }
    // A ligature between words still reads as its words.
    let text = "پیامبر ﷺ فرمود";
    assert_eq!(norm(text), "پیامبر صلی الله علیه وسلم فرمود");
}

#[test]
fn fuzz_regression_vanishing_piece_between_spaces() {
    // A half-space and a tatweel between two spaces before a spaced suffix vanished, leaving two
    // spaces that only the second pass read as the suffix's gap: the first pass now reads the
    // blanks and the piece between them as one gap.
    let text = "ن ٱ\u{2008}\u{200C}\u{0640}\u{2008}\u{200C}\u{0640}هایتان";
    stable(text, &Default::default());
    // A dash of tatweel between spaces is text, and stays.
    assert_eq!(norm("تهران ـــ کابل"), "تهران ـــ کابل");
    assert_eq!(norm("کتاب \u{200C}ـ ها"), "کتاب‌ها");
    // A half-space (and a bidi mark) after the blanks, glued to the suffix, hid it the same way.
    let text = " \u{200C}اۀ\u{2008}\u{200C}\u{2069}ایـ";
    let once = stable(text, &Default::default());
    assert_eq!(once, " اهٔ\u{200C}ای");
}

#[test]
fn fuzz_regression_two_spaced_suffixes() {
    // The second of two spaced suffixes was judged after the last word alone (تر + های), and the
    // next pass, after the joined word, joined it too.
    let once = stable("تر تر های", &Default::default());
    assert_eq!(once, "ترترهای");
}

#[test]
fn fuzz_regression_half_space_between_a_phrase_ligature_and_another_script() {
    // A half-space between ﷿ (عز وجل) and a Cyrillic letter was kept beside "another script",
    // and dropped by the next pass, which reads it after the letter ل inside a word.
    // A joiner after the ligature hid a spaced suffix from it; a presentation form of a mark
    // (ﹹ, a damma) after a half-space was taken for a letter that keeps it; a suffix after ﷻ and
    // a half-space was glued without one; ligatures whose last letter composes with a hamza
    // mark after them made the line's language flip between the passes.
    // Two half-spaces after ﷻ before a Cyrillic letter: the second was kept beside "another
    // script" although the phrase's last word comes before it in the next pass.
    // A half-space before ﹹ alone (a damma) was taken for one the writer placed between letters,
    // which kept the word from repair until the next pass, when it was gone.
    // Two half-spaces beside other scripts with an isolate between them: kept both, and the next
    // pass, without the isolate, kept one.
    // A half-space and a space after ﷿ before a suffix that starts with a mark: the half-space
    // kept the phrase from the suffix, and went, so the next pass joined them.
    // A half-space after ﷻ, a joiner and marks, before a letter of the Arabic Supplement: kept as
    // "beside another script", though the next pass reads it inside the phrase's last word.
    // ﷿, a joiner and a mark, then a space and ها: the mark was read as a word of its own, so
    // the suffix stayed spaced until the next pass saw وجل‍ٌ as one word. The same with tatweel
    // in place of the joiner and the mark (`﷿ـ ها`), and with a letter (`﷿\u{200D}ک ها`: the
    // next pass reads وجل‍ک).
    // A spaced suffix before a phrase ligature (`تر های﷿`, `تر های ﷿`): the join was decided
    // without the word after it, which the next pass reads as عز.
    for text in ["[\u{FDFB}\u{200D}\u{200E}\u{200C}\u{200E}\u{0757}x", "&0\u{FDFF}\u{200C} \u{064D}ها YM\u{0580}", "PPPPP(c\u{2008}\u{2008}\u{200C}\u{2071}\u{200C}\u{2068}\u{200C}\u{2068}\u{200C}\u{2068}\u{2068}\u{200C}\u{9068}\u{200C}\u{2068}\u{200C}\u{2068}PP", "`\u{f}یکتنهام\u{200C}\u{FE79}\u{1d}\0\u{6}یا", "\0ت[\u{FDFB}\u{200C}\u{200C}\u{0481}\u{0644}", "\u{FDFF}\u{200C}ф", "=\0\0\u{FDFF}\u{200C}\u{1c}\0\0\u{FDFF}\u{200C}ф", "[\u{FDFF}\u{200D} ها", " بیق\u{200C}\u{FE79}", "[\u{FDFB}\u{200C}ای", "ی;\u{FD07}\u{0648}\u{0654}\u{FD08}\u{0654}\u{FD07}", "\u{FDFF}\u{200D}\u{064C} ها", "\u{FDFF}\u{0640} ها", "\u{FDFF}\u{200D}ک ها", "تر های\u{FDFF}", "تر های \u{FDFF}"] {
        stable(text, &Default::default());
    }
}

#[test]
fn fuzz_regression_prefix_glued_before_a_phrase_ligature() {
    // نمی glued to ﷽ was written `نمی بسم ...` by the first pass and joined as a spaced prefix
    // by the second: the first pass now joins it as the second would.
    let once = stable("[نمی\u{FDFD}", &Default::default());
    assert_eq!(once, "[نمی\u{200C}بسم الله الرحمن الرحیم");
    // The same across controls and half-spaces, or after a space (found by fuzzing, and by
    // looking for the fuzzer's next find): the next pass sees می right before بسم.
    for text in ["\u{202F}\u{202F}\u{202F}\u{e}می\u{200B}\u{FDFD}\u{FDEA}", "می\u{200C}\u{FDFD}", "می \u{FDFD}", "می \u{200B}\u{FDFD}", "\u{e}م\u{200D}ی\u{FDFD}\u{FDEA}"] {
        let once = stable(text, &Default::default());
        assert!(once.contains("ی\u{200C}بسم"), "{once:?}");
    }
    // A word that does not join keeps the space, as before.
    let once = norm("گفت\u{FDFD}");
    assert_eq!(once, "گفت بسم الله الرحمن الرحیم");
    // A control between them no longer glues the two words into one.
    assert_eq!(norm("کتاب\u{200B}\u{FDFD}"), "کتاب بسم الله الرحمن الرحیم");
    // Tatweel before the phrase goes like a control: no second space where it stood, and the
    // prefix before it joins the phrase as the next pass would join it.
    assert_eq!(stable("\rنمی\u{2000}\u{0640}\u{FDFD}بیم", &Default::default()), "\rنمی\u{200C}بسم الله الرحمن الرحیم بیم");
    assert_eq!(stable("کتابـ\u{FDFD}", &Default::default()), "کتاب بسم الله الرحمن الرحیم");
}
