//! Extraction behaviours, one pattern of real pages each, on short pages written for the test.

fn extract(text: &str) -> khabar::Article {
    khabar::extract(text, &Default::default()).unwrap()
}

fn reason_of(a: &khabar::Article, line: &str) -> Option<khabar::RemovalReason> {
    a.removed.iter().find(|r| r.text == line).map(|r| r.reason)
}

#[test]
fn paragraphs_without_final_periods_still_make_a_body() {
    let page = "صفحه نخست\nسیاسی\nاقتصادی\nورزشی\n\nدیدار وزیران خارجه ایران و عراق در تهران\n\nوزیران خارجه ایران و عراق امروز در تهران با یکدیگر دیدار و درباره همکاری‌های دوجانبه گفتگو کردند\n\nاین دیدار در ادامه سفرهای منطقه‌ای وزیر خارجه عراق انجام شد و قرار است فردا نیز ادامه یابد\n\nنظر شما\n";
    let a = extract(page);
    assert_eq!(a.title.as_deref(), Some("دیدار وزیران خارجه ایران و عراق در تهران"));
    assert_eq!(a.body.len(), 2);
    assert_eq!(reason_of(&a, "نظر شما"), Some(khabar::RemovalReason::Comments));
    assert_eq!(reason_of(&a, "سیاسی"), Some(khabar::RemovalReason::Navigation));
}

#[test]
fn a_kicker_above_the_title_is_kept_apart() {
    let page = "سیاسی\nاقتصادی\nاجتماعی\n\nسخنگوی وزارت امور خارجه خبر داد\nسفر هیئت عراقی به تهران در هفته آینده\n\nسخنگوی وزارت امور خارجه امروز در نشست خبری هفتگی اعلام کرد که هیئتی از عراق هفته آینده به تهران سفر می‌کند.\n\nوی افزود که این سفر در چارچوب گفتگوهای منظم دو کشور انجام می‌شود و موضوع‌های اقتصادی در دستور کار است.\n";
    let a = extract(page);
    assert_eq!(a.kicker.as_deref(), Some("سخنگوی وزارت امور خارجه خبر داد"));
    assert_eq!(a.title.as_deref(), Some("سفر هیئت عراقی به تهران در هفته آینده"));
    let span = a.kicker_span.unwrap();
    assert_eq!(&page[span.start..span.end], "سخنگوی وزارت امور خارجه خبر داد");
}

#[test]
fn a_header_clock_above_the_menu_is_the_page_date_not_the_article_date() {
    let page = "دوشنبه ۳ مهر ۱۴۰۲ - ۱۴:۵۲\nخبرگزاری مهر\n\nسیاست\nجامعه\nاقتصاد\nفرهنگ\n\n۳ مهر ۱۴۰۲، ۱۴:۱۸\nکد خبر: ۵۹۰۱۲۳۴\n\nکلاس‌های دانشگاه تهران از ۸ مهر حضوری برگزار می‌شود\n\nبه گزارش خبرگزاری مهر، معاون آموزشی دانشگاه تهران امروز اعلام کرد که کلاس‌های ترم جدید از هشتم مهر به صورت حضوری برگزار می‌شود.\n\nوی گفت که دانشجویان خوابگاهی باید تا پایان هفته برای اسکان ثبت نام کنند و برنامه کلاس‌ها در سامانه منتشر شده است.\n";
    let a = extract(page);
    assert_eq!(a.published.as_ref().and_then(|d| d.value.as_deref()), Some("2023-09-25T14:18"));
    assert_eq!(a.published.as_ref().and_then(|d| d.utc_offset.as_deref()), Some("+03:30"));
    assert_eq!(a.page_date.as_ref().and_then(|d| d.value.as_deref()), Some("2023-09-25T14:52"));
    assert_eq!(a.news_id.as_deref(), Some("5901234"));
    assert_eq!(a.site.as_deref(), Some("خبرگزاری مهر"));
    assert_eq!(a.sources.iter().map(|s| s.name.as_str()).collect::<Vec<_>>(), ["خبرگزاری مهر"]);
}

#[test]
fn only_a_relative_date_gives_no_published_date_and_a_warning() {
    let page = "طلوع‌نیوز\n\nقیمت آرد در بازارهای کابل کاهش یافت\n\n۳ ساعت پیش\n\nفروشندگان در بازارهای کابل می‌گویند که قیمت آرد در یک هفته گذشته کاهش یافته است.\n\nآنان گفتند که واردات آرد از راه تورخم افزایش یافته و باشندگان کابل از این کاهش خرسند اند.\n";
    let a = extract(page);
    assert!(a.published.is_none());
    assert!(a.warnings.iter().any(|w| w.starts_with("published-date-relative")), "{:?}", a.warnings);
    assert_eq!(a.variant, Some(khabar::Variant::FaAf));
}

#[test]
fn a_read_also_list_in_the_body_goes_and_the_body_goes_on() {
    let page = "الأمم المتحدة تحذر من موجة جفاف في القرن الأفريقي\n\nحذرت الأمم المتحدة اليوم الخميس من أن أكثر من 20 مليون شخص في إثيوبيا والصومال وكينيا مهددون بالجوع بسبب الجفاف.\n\nاقرأ أيضا\nlist of 2 items\nlist 1 of 2\nبرنامج الأغذية العالمي يعلق مساعداته في مناطق من الصومال\nlist 2 of 2\nكيف تحمي نفسك من ضربة الشمس؟\nend of list\n\nوقالت المنظمة في بيان إن الأمطار تأخرت للموسم الخامس على التوالي وإن الماشية نفقت بأعداد كبيرة.\n\nالمصدر : الجزيرة + وكالات\n";
    let a = extract(page);
    assert_eq!(a.body.len(), 2);
    assert!(a.body[1].starts_with("وقالت المنظمة"));
    assert_eq!(reason_of(&a, "برنامج الأغذية العالمي يعلق مساعداته في مناطق من الصومال"), Some(khabar::RemovalReason::ReadAlso));
    let names: Vec<&str> = a.sources.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["الجزيرة", "وكالات"]);
}

#[test]
fn an_english_banner_on_an_arabic_page_is_the_page_date() {
    let page = "Wednesday, 13 September 2023\nوكالة الأنباء الأردنية\nبترا\nEnglish\nالرئيسية\nمحليات\nاقتصاد\n\nالأرصاد: أجواء حارة نسبياً اليوم وانخفاض طفيف على الحرارة الخميس\n\nعمان 12 أيلول (بترا)- تتأثر المملكة اليوم الثلاثاء بكتلة هوائية حارة نسبياً وتكون الأجواء مشمسة في معظم المناطق.\n\nوتوقعت دائرة الأرصاد الجوية أن تنخفض درجات الحرارة انخفاضاً طفيفاً يوم الخميس مع ظهور بعض الغيوم.\n\n12/9/2023 11:32:05\n";
    let a = extract(page);
    assert_eq!(a.page_date.as_ref().and_then(|d| d.value.as_deref()), Some("2023-09-13"));
    assert_eq!(a.published.as_ref().and_then(|d| d.value.as_deref()), Some("2023-09-12T11:32:05"));
    assert_eq!(a.published.as_ref().and_then(|d| d.utc_offset.as_deref()), Some("+03:00"));
    assert!(a.sources.iter().any(|s| s.name == "بترا"));
}

#[test]
fn a_wrong_weekday_or_a_disagreeing_gloss_is_a_warning() {
    // 3 Mehr 1402 is a Monday (دوشنبه), not a Sunday; 26 July 2021 is 4 Mordad 1400, not 5.
    let page = "مدارس تهران از هفته آینده حضوری می‌شوند\n\nیکشنبه ۳ مهر ۱۴۰۲، ۱۴:۱۸\n\nبه گزارش خبرنگار ما، آموزش و پرورش تهران اعلام کرد که مدارس از هفته آینده به صورت حضوری بازگشایی می‌شوند.\n\nاین تصمیم پس از نشستی در ۲۶ جولای ۲۰۲۱ (۵ مرداد ۱۴۰۰) گرفته شد که در آن نمایندگان وزارت بهداشت هم حضور داشتند.\n";
    let a = extract(page);
    assert!(a.warnings.iter().any(|w| w.starts_with("date-weekday-mismatch") && w.contains("۳ مهر ۱۴۰۲")), "{:?}", a.warnings);
    assert!(a.warnings.iter().any(|w| w.starts_with("date-gloss-disagrees") && w.contains("۵ مرداد ۱۴۰۰")), "{:?}", a.warnings);
    // Written right, neither is doubted.
    let fixed = page.replace("یکشنبه ۳", "دوشنبه ۳").replace("(۵ مرداد", "(۴ مرداد");
    assert!(extract(&fixed).warnings.iter().all(|w| !w.starts_with("date-")), "{:?}", extract(&fixed).warnings);
}

#[test]
fn a_print_stamp_names_no_outlet() {
    // A newspaper's stamp after the text gives the date, the issue and the page: none of its
    // labels is the outlet's name.
    let page = "افزایش سهم انرژی خورشیدی در شبکه برق کشور\n\nمعاون وزیر نیرو از افزایش سهم نیروگاه‌های خورشیدی در تولید برق کشور در سال جاری خبر داد.\n\nوی گفت که ظرفیت نصب‌شده تا پایان سال به دو برابر سال گذشته می‌رسد و بخش خصوصی سهم بیشتری خواهد داشت.\n\nتاریخ انتشار: ۲۳ بهمن ۱۴۰۱ | شماره ۲۸۴۳۱ | صفحه ۹\n";
    let a = extract(page);
    assert_eq!(a.published.as_ref().and_then(|d| d.value.as_deref()), Some("2023-02-12"));
    assert_eq!(a.site, None);
}
