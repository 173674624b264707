//! Number words in realistic Persian, Dari and Arabic sentences.

use khabar::{NumberMention, find_numbers};

fn found(text: &str) -> Vec<(String, i64, bool)> {
    let out = find_numbers(text);
    for n in &out {
        assert_eq!(&text[n.start..n.end], n.text, "span of {:?}", n.text);
    }
    out.into_iter().map(|NumberMention { text, value, ordinal, .. }| (text, value, ordinal)).collect()
}

fn n(text: &str, value: i64, ordinal: bool) -> (String, i64, bool) {
    (text.to_string(), value, ordinal)
}

#[test]
fn persian_news_sentences() {
    assert_eq!(
        found("در حال حاضر حدود ۳ هزار و ۵۰۰ نظامی خارجی شامل ۲ هزار و ۵۰۰ نظامی آمریکایی در عراق حضور دارند."),
        [n("۳ هزار و ۵۰۰", 3500, false), n("۲ هزار و ۵۰۰", 2500, false)]
    );
    assert_eq!(found("سه هزار و پانصد نیروی خارجی"), [n("سه هزار و پانصد", 3500, false)]);
    assert_eq!(found("دور چهارم مذاکرات پس از دور سوم برگزار شد"), [n("چهارم", 4, true), n("سوم", 3, true)]);
    assert_eq!(found("روز سی و یکم شهریور و سی‌ویکم اردیبهشت"), [n("سی و یکم", 31, true), n("سی\u{200C}ویکم", 31, true)]);
    assert_eq!(found("این دومین بار در یک سال است"), [n("دومین", 2, true), n("یک", 1, false)]);
    assert_eq!(found("دو میلیون و سیصد هزار نفر"), [n("دو میلیون و سیصد هزار", 2_300_000, false)]);
}

#[test]
fn dari_sentences() {
    assert_eq!(found("روز شنبه ۲۷ جنوری (هفتم دلو)"), [n("هفتم", 7, true)]);
    assert_eq!(found("کم از کم یکصد و سی حمله"), [n("یکصد و سی", 130, false)]);
}

#[test]
fn arabic_news_sentences() {
    assert_eq!(found("قتل ثماني جنود في الهجوم"), [n("ثماني", 8, false)]);
    assert_eq!(found("ينتشر نحو ثلاثة آلاف وخمسمئة جندي أمريكي"), [n("ثلاثة آلاف وخمسمئة", 3500, false)]);
    assert_eq!(found("في القرن الحادي والعشرين"), [n("الحادي والعشرين", 21, true)]);
    assert_eq!(found("للمرة الثالثة عشرة"), [n("الثالثة عشرة", 13, true)]);
    assert_eq!(found("في عام ألفين وعشرين"), [n("ألفين وعشرين", 2020, false)]);
    assert_eq!(found("خمسة وعشرون ألف شخص"), [n("خمسة وعشرون ألف", 25_000, false)]);
}

#[test]
fn ordinary_words_are_not_numbers() {
    for text in [
        "نخست وزیر عراق به واشنگتن رفت",
        "نه تنها آمریکا بلکه اروپا",
        "ده‌ها نفر زخمی شدند و صدها خانه ویران شد",
        "قال أحد المسؤولين",
        "في كانون الثاني وتشرين الأول",
        "ست البيت",
        "ولا يزال هناك نحو 3500 جندي و14 صاروخا",
        "کد خبر: ۱۲۰۷۲۵۴",
    ] {
        assert_eq!(found(text), [], "{text}");
    }
}

#[test]
fn values_stay_exact_in_javascript() {
    // 10^16 is above 2^53: not reported rather than rounded or cut.
    assert_eq!(found("ده میلیون میلیارد دلار"), []);
    assert_eq!(found("هزار میلیارد تومان"), [n("هزار میلیارد", 1_000_000_000_000, false)]);
}
