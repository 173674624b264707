//! Unit tests of the finder on short sentences (the seeds and the conformance cases are in
//! tests/dates.rs).

use super::*;
use crate::model::Precision;

fn opts(now: Option<&str>) -> DateOptions {
    match now {
        Some(n) => DateOptions::default().with_now(n).unwrap(),
        None => DateOptions::default(),
    }
}

fn find(text: &str, now: Option<&str>) -> Vec<DateMention> {
    let found = find_dates(text, &opts(now)).unwrap();
    for d in &found {
        assert_eq!(&text[d.start..d.end], d.text, "span of {:?}", d.text);
    }
    found
}

fn values(text: &str, now: Option<&str>) -> Vec<(String, Option<String>)> {
    find(text, now).into_iter().map(|d| (d.text, d.value)).collect()
}

fn pair(text: &str, value: Option<&str>) -> (String, Option<String>) {
    (text.to_string(), value.map(str::to_string))
}

fn checks(text: &str, now: Option<&str>) -> Found {
    let analysis = analysis_form(text);
    find_checked(text, &analysis, &opts(now))
}

#[test]
fn byline_with_weekday_time_and_tehran_summer_time() {
    let d = find("مشرق نیوز شنبه 26 تیر 1400 - 16:54", None);
    assert_eq!(d.len(), 1);
    assert_eq!(d[0].text, "شنبه 26 تیر 1400 - 16:54");
    assert_eq!(d[0].value.as_deref(), Some("2021-07-17T16:54"));
    assert_eq!(d[0].precision, Precision::Minute);
    assert_eq!(d[0].calendar, CalendarKind::Persian);
    assert_eq!(d[0].native.as_deref(), Some("1400-04-26"));
    assert_eq!(d[0].utc_offset.as_deref(), Some("+04:30"));
    assert!(!d[0].relative);
    // No daylight saving time in Iran from 2023.
    let d = find("برنا - ۱۴۰۲/۰۴/۲۴ - ۱۴:۲۷:۲۷", None);
    assert_eq!(d[0].value.as_deref(), Some("2023-07-15T14:27:27"));
    assert_eq!(d[0].precision, Precision::Second);
    assert_eq!(d[0].utc_offset.as_deref(), Some("+03:30"));
}

#[test]
fn dari_text_is_on_kabul_time() {
    let o = DateOptions { variant: Some(Variant::FaAf), ..Default::default() };
    let d = find_dates("کابل: ۱۵ حمل ۱۴۰۰ ساعت ۱۰:۳۰", &o).unwrap();
    assert_eq!(d[0].value.as_deref(), Some("2021-04-04T10:30"));
    assert_eq!(d[0].utc_offset.as_deref(), Some("+04:30"));
}

#[test]
fn spans_are_input_spans_through_normalization() {
    // RLM, ZWNJ, tatweel, Arabic-Indic digits and tanwin all differ in the analysis form.
    let text = "\u{200F}في يوم الأربعاء ١١ شوال ١٤٤١هـ الساعة ٠٩:٤٠ صباحاً";
    let d = find(text, None);
    assert_eq!(d.len(), 1);
    assert_eq!(d[0].text, "الأربعاء ١١ شوال ١٤٤١هـ الساعة ٠٩:٤٠ صباحاً");
    assert_eq!(d[0].value.as_deref(), Some("2020-06-03T09:40"));
    assert_eq!(d[0].calendar, CalendarKind::Islamic);
}

#[test]
fn glosses_are_both_reported_and_checked() {
    let text = "دیدار ۲۶ جولای (۴ مرداد) در واشنگتن";
    assert_eq!(values(text, None), [pair("۲۶ جولای", Some("--07-26")), pair("۴ مرداد", Some("--07-26"))]);
    assert_eq!(values(text, Some("2021-07-17")), [pair("۲۶ جولای", Some("2021-07-26")), pair("۴ مرداد", Some("2021-07-26"))]);
    let f = checks(text, Some("2021-07-17"));
    assert_eq!(f.checks, [Check::GlossAgrees { first: 0, second: 1 }]);
    // A wrong gloss is reported and both readings lose confidence.
    let good = checks("11 شوال 1441هـ - 03 يونيو 2020م", None);
    let bad = checks("11 شوال 1441هـ - 05 يونيو 2020م", None);
    assert_eq!(good.checks, [Check::GlossAgrees { first: 0, second: 1 }]);
    assert_eq!(bad.checks, [Check::GlossDisagrees { first: 0, second: 1 }]);
    assert!(bad.mentions[0].confidence < good.mentions[0].confidence);
    // An Afghan solar month with an ordinal day glossing a Dari Gregorian date.
    let text = "روز شنبه ۲۷ جنوری (هفتم دلو)";
    assert_eq!(values(text, None), [pair("شنبه ۲۷ جنوری", Some("--01-27")), pair("هفتم دلو", Some("--01-27"))]);
    assert_eq!(values(text, Some("2024-02-03")), [pair("شنبه ۲۷ جنوری", Some("2024-01-27")), pair("هفتم دلو", Some("2024-01-27"))]);
}

#[test]
fn weekday_beside_a_date_is_checked_and_fixes_the_year() {
    let f = checks("الجمعة 4 يونيو 2020", None);
    assert_eq!(f.checks, [Check::WeekdayMismatch { mention: 0 }]);
    assert!(f.mentions[0].confidence < 0.6);
    assert!(checks("الخميس 4 يونيو 2020", None).checks.is_empty());
    // Saturday 27 January is 2024 near a 2024 or 2025 reference, not 2025.
    assert_eq!(values("شنبه ۲۷ جنوری", Some("2025-01-10")), [pair("شنبه ۲۷ جنوری", Some("2024-01-27"))]);
}

#[test]
fn relative_expressions_need_now() {
    let text = "دیروز، پریروز، فردا، ۳ روز پیش، دو هفته قبل، هفته گذشته، سال گذشته، امسال";
    let without = find(text, None);
    assert_eq!(without.len(), 8);
    assert!(without.iter().all(|d| d.value.is_none() && d.relative));
    assert_eq!(
        values(text, Some("2021-07-15")),
        [
            pair("دیروز", Some("2021-07-14")),
            pair("پریروز", Some("2021-07-13")),
            pair("فردا", Some("2021-07-16")),
            pair("۳ روز پیش", Some("2021-07-12")),
            pair("دو هفته قبل", Some("2021-07-01")),
            // Weeks start on Saturday in Iran: 3-9 July 2021.
            pair("هفته گذشته", Some("2021-07-03")),
            pair("سال گذشته", Some("2020")),
            pair("امسال", Some("2021")),
        ]
    );
    let ar = "اليوم وأمس وأول أمس وغداً ومنذ يومين وقبل 3 ساعات والأسبوع الماضي والعام الماضي وهذا العام";
    assert_eq!(
        values(ar, Some("2021-07-23T12:00")),
        [
            pair("اليوم", Some("2021-07-23")),
            pair("أمس", Some("2021-07-22")),
            pair("أول أمس", Some("2021-07-21")),
            pair("غداً", Some("2021-07-24")),
            pair("منذ يومين", Some("2021-07-21")),
            pair("قبل 3 ساعات", Some("2021-07-23T09:00")),
            pair("الأسبوع الماضي", Some("2021-07-12")),
            pair("العام الماضي", Some("2020")),
            pair("هذا العام", Some("2021")),
        ]
    );
}

#[test]
fn weekdays_are_past_unless_the_clause_is_future() {
    let now = Some("2021-07-23");
    assert_eq!(values("وقال يوم الاثنين إن", now), [pair("الاثنين", Some("2021-07-19"))]);
    assert_eq!(values("وسيلتقي الرئيس يوم الاثنين", now), [pair("الاثنين", Some("2021-07-26"))]);
    assert_eq!(values("نشست روز دوشنبه برگزار خواهد شد", now), [pair("دوشنبه", Some("2021-07-26"))]);
    assert_eq!(values("الثلاثاء الماضي", now), [pair("الثلاثاء الماضي", Some("2021-07-20"))]);
    assert_eq!(values("الخميس المقبل", now), [pair("الخميس المقبل", Some("2021-07-29"))]);
    assert_eq!(values("اليوم الجمعة", now), [pair("اليوم الجمعة", Some("2021-07-23"))]);
    assert_eq!(values("وأمس الخميس", now), [pair("أمس الخميس", Some("2021-07-22"))]);
}

#[test]
fn since_a_year_is_that_year() {
    assert_eq!(values("منذ عام 2014", None), [pair("عام 2014", Some("2014"))]);
    assert_eq!(values("منذ عام", Some("2021-07-23")), [pair("منذ عام", Some("2020-07-23"))]);
    assert_eq!(values("در سال ۲۰۰۳ و سال ۱۳۹۹ و 1441هـ", None), [pair("سال ۲۰۰۳", Some("2003")), pair("سال ۱۳۹۹", Some("2020")), pair("1441هـ", Some("2020"))]);
}

#[test]
fn numbers_that_are_not_dates() {
    for text in [
        "با استناد به ماده ۷۴ قانون تجارت الکترونیک",
        "پایگاه با ۱۴ موشک هدف قرار گرفت",
        "حدود ۳ هزار و ۵۰۰ نظامی خارجی",
        "ولا يزال هناك نحو 3500 جندي و14 صاروخا",
        "دور چهارم مذاکرات",
        "کد خبر: ۱۲۰۷۲۵۴",
        "تلفن ۰۲۱-۸۸۱۲۳۴۵۶ و +966501234567",
        "فاز الفريق 2-1 وسجل 35.49 نقطة و12.53%",
        "به گزارش میزان، بشار اسد و الرئيس بشار الأسد",
        "این کار انجام می‌شود و آب و دی و می و مه",
        "قتل 1500 شخص في 2019 حادثة",
        "قرار است تیر ۳ بار شلیک شود",
        "۲۰ سال گذشته",
    ] {
        assert_eq!(values(text, Some("2021-07-15")), [], "{text}");
    }
}

#[test]
fn ambiguous_months_need_a_day_or_year() {
    assert_eq!(values("۱۱ دی ۱۴۰۴", None), [pair("۱۱ دی ۱۴۰۴", Some("2026-01-01"))]);
    assert_eq!(values("۵ می ۲۰۲۱", None), [pair("۵ می ۲۰۲۱", Some("2021-05-05"))]);
    assert_eq!(values("في 15 آب 2020", None), [pair("15 آب 2020", Some("2020-08-15"))]);
    assert_eq!(values("ماه مه ۲۰۲۱", None), [pair("ماه مه ۲۰۲۱", Some("2021-05"))]);
    assert_eq!(values("۲ میزان ۱۴۰۰", None), [pair("۲ میزان ۱۴۰۰", Some("2021-09-24"))]);
}

#[test]
fn month_families_and_spellings() {
    assert_eq!(values("26 يوليو تموز", None), [pair("26 يوليو تموز", Some("--07-26"))]);
    assert_eq!(values("في نيسان / أبريل 2021", None), [pair("نيسان / أبريل 2021", Some("2021-04"))]);
    assert_eq!(values("آگوشت سال گذشته", Some("2021-07-15")), [pair("آگوشت سال گذشته", Some("2020-08"))]);
    assert_eq!(values("في 5 جويلية 2021 و كانون 2 2021", None), [pair("5 جويلية 2021", Some("2021-07-05")), pair("كانون 2 2021", Some("2021-01"))]);
    assert_eq!(values("تیرماه ۱۴۰۰ و ۱۵ امرداد ۱۴۰۰", None), [pair("تیرماه ۱۴۰۰", Some("2021-07")), pair("۱۵ امرداد ۱۴۰۰", Some("2021-08-06"))]);
    assert_eq!(values("الثلاثاء ٠٥ / نوفمبر / ٢٠٢٤", None), [pair("الثلاثاء ٠٥ / نوفمبر / ٢٠٢٤", Some("2024-11-05"))]);
    assert_eq!(values("Thursday, 01 January 2026", None), [pair("Thursday, 01 January 2026", Some("2026-01-01"))]);
    assert_eq!(values("دوشنبه سی و یکم شهریور ۱۴۰۰", None), [pair("دوشنبه سی و یکم شهریور ۱۴۰۰", Some("2021-09-22"))]);
    assert_eq!(values("الحادي والعشرين من مايو 2016", None), [pair("الحادي والعشرين من مايو 2016", Some("2016-05-21"))]);
}

#[test]
fn numeric_dates_and_calendars_by_language_and_range() {
    assert_eq!(values("مصوب ۱۳۸۲/۱۰/۱۷", None), [pair("۱۳۸۲/۱۰/۱۷", Some("2004-01-07"))]);
    assert_eq!(values("بتاريخ 14-09-1432 هـ", None), [pair("14-09-1432 هـ", Some("2011-08-14"))]);
    assert_eq!(values("صدر في 1442/09/12", None).first().map(|p| p.1.clone()), Some(Some("2021-04-24".into())));
    assert_eq!(values("2021.07.15 و 05/11/2024", None), [pair("2021.07.15", Some("2021-07-15")), pair("05/11/2024", Some("2024-11-05"))]);
    assert_eq!(values("نسخه 1.2.3.4 و 192.168.1.1", None), []);
}

#[test]
fn year_inference_prefers_the_past_and_stays_yearless_without_now() {
    assert_eq!(values("في يناير", None), [pair("يناير", Some("--01"))]);
    assert_eq!(values("في يناير", Some("2021-07-16")), [pair("يناير", Some("2021-01"))]);
    assert_eq!(values("اجتماع 26 يوليو", Some("2021-07-16")), [pair("26 يوليو", Some("2021-07-26"))]);
    assert_eq!(values("في 3 مارس", Some("2021-07-16")), [pair("3 مارس", Some("2021-03-03"))]);
    // A lunar date without a year has no Gregorian value.
    let d = find("في 12 ربيع الأول", None);
    assert_eq!(d[0].value, None);
    assert_eq!(d[0].native.as_deref(), Some("--03-12"));
}

#[test]
fn zones_for_arabic_only_when_written() {
    let now = Some("2021-07-18");
    assert_eq!(find("وقع الانفجار الساعة 10:30 صباحا", now)[0].utc_offset, None);
    let d = find("وقع الانفجار الساعة 14:00 بتوقيت غرينتش و 5 مساء بتوقيت مكة", now);
    assert_eq!(d[0].utc_offset.as_deref(), Some("+00:00"));
    assert_eq!(d[1].value.as_deref(), Some("2021-07-18T17:00"));
    assert_eq!(d[1].utc_offset.as_deref(), Some("+03:00"));
    let d = find("القاهرة (رويترز) - قال مسؤول إن الاجتماع عقد الساعة 10:30 صباحاً يوم الأحد", now);
    assert_eq!(d[0].text, "الساعة 10:30 صباحاً يوم الأحد");
    assert_eq!(d[0].utc_offset.as_deref(), Some("+02:00"));
    assert_eq!(find("الساعة 9:00 GMT+3", now)[0].utc_offset.as_deref(), Some("+03:00"));
}

#[test]
fn holidays_and_nth_weekdays() {
    assert_eq!(values("عيد الفطر 2013", None), [pair("عيد الفطر 2013", Some("2013-08-08"))]);
    assert_eq!(values("عید نوروز ۱۴۰۰", None), [pair("عید نوروز ۱۴۰۰", Some("2021-03-21"))]);
    assert_eq!(values("ثالث ثلاثاء في ايلول في سنة 2014", None), [pair("ثالث ثلاثاء في ايلول في سنة 2014", Some("2014-09-16"))]);
    assert_eq!(values("اخر يوم بشهر عشرة سنة 2015", None), [pair("اخر يوم بشهر عشرة سنة 2015", Some("2015-10-31"))]);
}

#[test]
fn hostile_input_never_panics() {
    let pieces = ["1400", "/", "04", "-", "24", " ", "تیر", "ساعت", ":", "۱۲", "الساعة", "هـ", "\u{200C}", "\u{0640}", "\n", "(", ")", "و", "من", "الاثنين", "99999999999999999999", "ماه", "سی", "ام"];
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    for _ in 0..2000 {
        let mut text = String::new();
        for _ in 0..12 {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            text.push_str(pieces[(state % pieces.len() as u64) as usize]);
        }
        let _ = find(&text, Some("2021-07-15T10:00"));
        let _ = find(&text, None);
    }
}

#[test]
fn resolving_again_equals_reading_again() {
    // Extraction reads a page once and resolves its dates a second time against the article's
    // own date and variety: that must give what a fresh reading with those options gives.
    let texts = [
        "دیروز ۲۶ تیر مقامها گفتند که هفته گذشته و سه روز پیش نیز جلسه داشتند. ساعت ۱۰:۳۰",
        "كابل - ٣ روز پیش وزیر گفت جنوری آینده\n12 مارس\nأمس الخميس",
        // A line without letters of its own takes the document's language, which the variety
        // overrides: the candidates change, so the text is read again.
        "منذ يومين\n۱۲/۰۵\nأمس",
    ];
    let later = [
        DateOptions { now: LocalDateTime::parse_iso("2021-07-20T08:00").ok(), variant: None, max_input_bytes: 0 },
        DateOptions { now: LocalDateTime::parse_iso("2024-02-29").ok(), variant: Some(Variant::FaAf), max_input_bytes: 0 },
        DateOptions { now: LocalDateTime::parse_iso("2023-01-01T23:59").ok(), variant: Some(Variant::Ar), max_input_bytes: 0 },
        DateOptions { now: LocalDateTime::parse_iso("2023-01-01").ok(), variant: Some(Variant::FaIr), max_input_bytes: 0 },
    ];
    for text in texts {
        let analysis = analysis_form(text);
        for o in &later {
            let again = Scan::new(text, &analysis, &DateOptions::default()).with_options(o).found();
            assert_eq!(again, Scan::new(text, &analysis, o).found(), "{text} {o:?}");
            assert!(!again.mentions.is_empty());
        }
    }
}

#[test]
fn a_clock_time_before_a_date_is_the_date_s_time() {
    // Announcements put the hour first: one expression, not a time today and a date apart.
    assert_eq!(
        values("فروش بلیت از ساعت ۹ صبح روز شنبه ۱۵ مرداد آغاز می‌شود", Some("2022-08-03T09:48")),
        vec![pair("ساعت ۹ صبح روز شنبه ۱۵ مرداد", Some("2022-08-06T09:00"))]
    );
    assert_eq!(values("تبدأ الجلسة الساعة 10 صباحا يوم الأحد 6 مارس", Some("2022-03-01")), vec![pair("الساعة 10 صباحا يوم الأحد 6 مارس", Some("2022-03-06T10:00"))]);
    // A number that is no clock time stays out (`۹ نفر ۱۵ مرداد`).
    assert_eq!(values("۹ نفر ۱۵ مرداد آمدند", Some("2022-08-03")), vec![pair("۱۵ مرداد", Some("2022-08-06"))]);
}

#[test]
fn a_number_before_a_currency_or_unit_is_no_year() {
    assert_eq!(values("آرد که در ۱۴ جوزا ۱۹۰۰ افغانی فروخته می‌شد", Some("2024-06-20")), vec![pair("۱۴ جوزا", Some("2024-06-03"))]);
    assert_eq!(values("بلغ سعره في 3 مارس 2000 دولار", Some("2024-06-20")), vec![pair("3 مارس", Some("2024-03-03"))]);
    // A year stays a year before other words.
    assert_eq!(values("در ۱۴ جوزا ۱۴۰۳ فروخته می‌شد", Some("2024-06-20")), vec![pair("۱۴ جوزا ۱۴۰۳", Some("2024-06-03"))]);
}
