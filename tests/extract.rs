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
    // The menu's last item above the title is no section.
    assert_eq!(a.section, None);
}

#[test]
fn a_section_name_alone_above_the_title_is_the_section() {
    let page = "اقتصادی
افزایش صادرات غیرنفتی در هشت ماه نخست امسال
به گزارش خبرنگار ایرنا، رئیس سازمان توسعه تجارت امروز گفت صادرات غیرنفتی کشور در هشت ماه نخست امسال نسبت به مدت مشابه سال گذشته افزایش یافته است.
وی افزود: بیشترین صادرات به کشورهای همسایه انجام شده و سهم محصولات پتروشیمی از همه بیشتر بوده است.
";
    let a = extract(page);
    assert_eq!(a.title.as_deref(), Some("افزایش صادرات غیرنفتی در هشت ماه نخست امسال"));
    assert_eq!(a.section.as_deref(), Some("اقتصادی"));
    assert_eq!(a.body.len(), 2);
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

#[test]
fn the_clock_of_an_outlet_unknown_by_name_comes_from_its_country() {
    let offset = |page: &str| extract(page).published.and_then(|d| d.utc_offset);
    // The outlet names its country in its copyright line: Kuwait, +03:00.
    let kuwait = "القبس\nالرئيسية\nمحليات\nاقتصاد\nرياضة\n\nارتفاع أسعار العقارات السكنية في الربع الأول\n\nالأحد 14 أبريل 2024 - 10:15 ص\n\nسجلت أسعار العقارات السكنية ارتفاعاً ملحوظاً خلال الربع الأول من العام الحالي، وفق تقرير صادر عن بنك محلي.\n\nوأوضح التقرير أن الطلب على الشقق الصغيرة ما زال أعلى من المعروض في معظم المناطق.\n\nجميع الحقوق محفوظة لجريدة القبس الكويتية 2024\n";
    assert_eq!(offset(kuwait).as_deref(), Some("+03:00"));
    // The page's links end in Saudi Arabia's domain.
    let saudi = "عكاظ\nالرئيسية\nمحليات\nاقتصاد\nرياضة\n\nافتتاح معرض الكتاب بمشاركة أكثر من ألف دار نشر\n\n2 أكتوبر 2024 - 20:30\n\nافتتح معرض الكتاب أبوابه للزوار مساء اليوم بمشاركة أكثر من ألف دار نشر من ثلاثين دولة.\n\nويستمر المعرض عشرة أيام تتخللها ندوات وأمسيات شعرية وورش عمل للأطفال.\n\nرابط مختصر: https://www.okaz.com.sa/news/2170001\n";
    assert_eq!(offset(saudi).as_deref(), Some("+03:00"));
    // Algeria's month names (جوان) place the page at +01:00; Morocco's (يوليوز) at +01:00 too,
    // but not in Ramadan, when Morocco sets its clocks back an hour (2024-03-10 .. 04-14).
    let algeria = "الرئيسية\nوطني\nدولي\nرياضة\n\nتمديد آجال التسجيل في المسابقة الوطنية للتوظيف\n\n2024/06/04 18:20\n\nقررت وزارة التربية تمديد آجال التسجيل في المسابقة الوطنية للتوظيف إلى غاية 13 جوان 2024.\n\nوأوضحت الوزارة في بيان لها أن القرار جاء بعد تسجيل ضغط كبير على المنصة الرقمية.\n";
    assert_eq!(offset(algeria).as_deref(), Some("+01:00"));
    let morocco_ramadan = algeria.replace("13 جوان 2024", "5 يوليوز 2024").replace("2024/06/04", "2024/03/20");
    assert_eq!(offset(&morocco_ramadan).as_deref(), Some("+00:00"));
    // Nothing places the page: no offset rather than a guess.
    let nowhere = algeria.replace("13 جوان 2024", "13 يونيو 2024");
    assert_eq!(offset(&nowhere), None);
}

#[test]
fn with_no_dateline_the_permalink_gives_the_date() {
    let page = "سلام وطندار\nخانه\nخبرها\nگزارش‌ها\n\nمکتب‌های ابتدایی بدخشان با کمبود جدی معلم زن روبه‌رو اند\n\nبه گزارش سلام وطندار، رئیس معارف بدخشان روز شنبه (۲۹ ثور) در گفت‌وگو با خبرنگاران در فیض‌آباد گفت که شمار زیادی از معلمان زن کشور را ترک کرده‌اند.\n\nاو افزود که این اداره برای جذب ۳۰۰ معلم زن درخواست بست جدید کرده، اما تا کنون پاسخی دریافت نکرده است.\n\nآدرس کوتاه این خبر:\nhttps://swn.af/fa/2024/05/19/badakhshan-female-teachers-shortage/\n";
    let a = extract(page);
    let published = a.published.as_ref().expect("the permalink's date");
    assert_eq!((published.text.as_str(), published.value.as_deref()), ("2024/05/19", Some("2024-05-19")));
    assert_eq!(&page[published.start..published.end], "2024/05/19");
    assert!(a.confidence.published <= 0.5);
    // It fixes the year of the day written without one: 29 Sawr 1403 is 18 May 2024, a Saturday.
    let sawr = a.dates.iter().find(|d| d.text == "۲۹ ثور").unwrap();
    assert_eq!(sawr.value.as_deref(), Some("2024-05-18"));
    // Links to other articles with other dates: none of them is this one's.
    let related = format!("{page}\nمطالب مرتبط:\nhttps://swn.af/fa/2024/05/12/kabul-schools/\n");
    assert!(extract(&related).published.is_none());
    // Not a day (30 February), or not a date at all (an ID in the path): nothing.
    for url in ["https://swn.af/fa/2024/02/30/x/", "https://swn.af/fa/news/20240519/x/"] {
        assert!(extract(&page.replace("https://swn.af/fa/2024/05/19/badakhshan-female-teachers-shortage/", url)).published.is_none(), "{url}");
    }
}

#[test]
fn an_outlet_whose_reporter_was_told_is_a_source() {
    let names = |page: &str| extract(page).sources.into_iter().map(|s| (s.name, s.text)).collect::<Vec<_>>();
    let page = "افزایش ظرفیت پذیرش دانشگاه‌های علوم پزشکی\n\nمعاون آموزشی وزارت بهداشت در گفت‌وگو با خبرنگار گروه سلامت ایسنا از افزایش ده درصدی ظرفیت پذیرش دانشجو در رشته‌های پزشکی خبر داد.\n\nوی گفت که این افزایش با توجه به کمبود پزشک در شهرهای کوچک و مناطق محروم انجام می‌شود.\n";
    assert_eq!(names(page), [("ایسنا".to_string(), "در گفت‌وگو با خبرنگار گروه سلامت ایسنا".to_string())]);
    // "Our reporter", or an outlet named later in the sentence, is no credit.
    let ours = page.replace("در گفت‌وگو با خبرنگار گروه سلامت ایسنا", "به خبرنگار ما گفت که به دنبال گزارش منتشر شده در ایسنا");
    assert!(names(&ours).is_empty(), "{:?}", names(&ours));
    let arabic = "ارتفاع صادرات الحبوب عبر موانئ البحر الأسود\n\nقال وزير الزراعة في تصريح لوكالة الأناضول إن صادرات الحبوب ارتفعت خلال الشهر الماضي بنسبة كبيرة مقارنة بالعام السابق.\n\nوأضاف أن الحكومة تعمل على توسيع القدرة الاستيعابية للموانئ خلال الأشهر المقبلة.\n";
    assert_eq!(names(arabic).first().map(|(n, _)| n.as_str()), Some("الأناضول"));
}

#[test]
fn arabic_credits_after_a_glued_and_and_not_a_photo_credit() {
    let page = "انقطاع الكهرباء يعود إلى طهران مع بداية الخريف\n\nمحطة لتوليد الكهرباء جنوب طهران (أ ف ب)\n\nعادت الانقطاعات المبرمجة للتيار الكهربائي إلى العاصمة الإيرانية هذا الأسبوع بعد توقف دام شهرين، وسط استياء واسع بين السكان والتجار.\n\nوكتبت صحيفة \"هم ميهن\" الإصلاحية في عنوانها الرئيس أمس أن الحكومة لم تستعد للشتاء كما يجب.\n\nوكانت وكالة \"إيسنا\" قد نقلت الأحد الماضي عن مسؤول في وزارة الطاقة قوله إن القطع مؤقت ويهدف إلى صيانة المحطات.\n";
    let a = extract(page);
    let sources: Vec<(&str, &str)> = a.sources.iter().map(|s| (s.name.as_str(), s.text.as_str())).collect();
    assert_eq!(sources[0], ("إيسنا", "كانت وكالة \"إيسنا\""));
    // A newspaper the story reports on is no credit (as in the seeds' expectations).
    assert!(a.sources.iter().all(|s| s.name != "هم ميهن"), "{sources:?}");
    // The wire that took the photo is no source of the story.
    assert!(a.sources.iter().all(|s| s.name != "أ ف ب"), "{sources:?}");
    for s in &a.sources {
        assert_eq!(&page[s.start..s.end], s.text);
    }
}

#[test]
fn a_list_announced_by_a_colon_stays_in_the_body() {
    let page = "خانه\nاقتصادی\nسیاسی\nورزشی\n\nقیمت جدید انواع خودروهای داخلی اعلام شد\n\nشرکت ایران‌خودرو امروز فهرست قیمت جدید محصولات خود را برای فروش فوری منتشر کرد که از شنبه اجرا می‌شود.\n\nقیمت‌های جدید به شرح زیر است:\n\nپژو ۲۰۶\n۷۵۰ میلیون تومان\nدنا پلاس\n۹۲۰ میلیون تومان\nرانا\n۶۱۰ میلیون تومان\nسورن\n۷۴۰ میلیون تومان\n\nمدیر فروش این شرکت گفت که افزایش قیمت به دلیل رشد هزینه قطعات وارداتی و دستمزد کارگران بوده است.\n\nنظر شما\n";
    let a = extract(page);
    assert_eq!(a.title.as_deref(), Some("قیمت جدید انواع خودروهای داخلی اعلام شد"));
    let first = a.lead.as_deref().or(a.body.first().map(String::as_str)).unwrap();
    assert!(first.starts_with("شرکت ایران‌خودرو"), "{first}");
    assert!(a.body.iter().any(|p| p == "دنا پلاس"), "{:?}", a.body);
    assert!(a.body.last().unwrap().starts_with("مدیر فروش"));
}

#[test]
fn a_slogan_and_masthead_above_the_headline_are_not_the_title() {
    let page = "صدى المدينة\nرئيس مجلس الإدارة ورئيس التحرير سامي عبد الله\nأهم الأخبار\n\nعربي ودولي\n\nالمبعوث الأممي يصل إلى عدن لبحث تمديد الهدنة\n\nالمبعوث الأممي\nالمبعوث الأممي\n\nوصل المبعوث الأممي إلى عدن صباح اليوم في زيارة يلتقي خلالها مسؤولين حكوميين لبحث تمديد الهدنة، بحسب ما أفاد مصدر في المطار.\n\nوقال المصدر إن الزيارة تستمر يومين، وإن المبعوث سيتوجه بعدها إلى مسقط لاستكمال مشاوراته.\n";
    let a = extract(page);
    assert_eq!(a.title.as_deref(), Some("المبعوث الأممي يصل إلى عدن لبحث تمديد الهدنة"));
    assert_eq!(a.section.as_deref(), Some("عربي ودولي"));
    assert_eq!(a.body.len(), 2);
    assert!(reason_of(&a, "رئيس مجلس الإدارة ورئيس التحرير سامي عبد الله").is_some());
}

#[test]
fn a_list_that_ends_the_article_stays_in_the_body() {
    let page = "کاهش واردات کالاهای اساسی در شش ماه نخست سال\n\nگمرک ایران در گزارش تازه خود از کاهش واردات کالاهای اساسی در شش ماه نخست امسال نسبت به مدت مشابه سال گذشته خبر داد.\n\nبر اساس این گزارش، بیشترین کاهش در واردات سه گروه از کالاها ثبت شده است که عبارتند از:\n\n• ذرت دامی و کنجاله سویا.\n• روغن خام خوراکی.\n• برنج و شکر.\n";
    let a = extract(page);
    assert_eq!(a.body.len(), 5, "{:?}", a.body);
    assert_eq!(a.body.last().map(String::as_str), Some("• برنج و شکر."));
    assert!(a.removed.is_empty(), "{:?}", a.removed);
}

#[test]
fn a_supertitle_ending_with_a_semicolon_above_the_title_is_the_kicker() {
    let page = "در نشست خبری سخنگوی دولت مطرح شد؛\n\nبرنامه تازه دولت برای مهار تورم تا پایان سال\n\nسخنگوی دولت امروز در نشست خبری هفتگی از برنامه تازه دولت برای مهار تورم تا پایان سال خبر داد و گفت این برنامه از ماه آینده اجرا می‌شود.\n\nوی افزود که جزئیات این برنامه پس از تصویب در هیئت وزیران اعلام خواهد شد.\n";
    let a = extract(page);
    assert_eq!(a.kicker.as_deref(), Some("در نشست خبری سخنگوی دولت مطرح شد؛"));
    assert_eq!(a.title.as_deref(), Some("برنامه تازه دولت برای مهار تورم تا پایان سال"));
    assert!(a.removed.is_empty(), "{:?}", a.removed);
}

#[test]
fn a_news_ticker_of_headlines_run_together_is_not_the_body() {
    let ticker = "منتخب الشباب يتأهل إلى نهائي البطولة العربية وزير النقل يتفقد أعمال الطريق الدائري الجديد ارتفاع أسعار الذهب في السوق المحلية مع بداية التعاملات الأرصاد تحذر من موجة حارة تبدأ غدا وتستمر حتى نهاية الأسبوع افتتاح معرض الكتاب الدولي بمشاركة خمسين دولة";
    let page = format!("أخبار المدينة\n{ticker}\n\nوزير الصحة يعلن خطة لتطوير المستشفيات الحكومية\n\nأعلن وزير الصحة اليوم خطة شاملة لتطوير المستشفيات الحكومية في المحافظات، تتضمن تحديث الأجهزة الطبية وزيادة عدد الأسرة خلال العامين المقبلين.\n\nوأضاف الوزير أن الخطة ستمول من الموازنة العامة ومن منح دولية.\n");
    let a = extract(&page);
    assert_eq!(a.title.as_deref(), Some("وزير الصحة يعلن خطة لتطوير المستشفيات الحكومية"));
    assert_eq!(a.body.len(), 2, "{:?}", a.body);
    assert!(reason_of(&a, ticker).is_some());
}

#[test]
fn a_two_word_supertitle_with_a_colon_is_the_kicker_not_a_byline() {
    let page = "وزیر نیرو:\nتابستان امسال خاموشی برنامه‌ریزی‌شده نداریم\n\nبه گزارش ایرنا، وزیر نیرو امروز در جمع خبرنگاران گفت با افزایش تولید نیروگاه‌ها و کاهش مصرف، امسال نیازی به خاموشی برنامه‌ریزی‌شده نیست.\n\nوزیر نیرو همچنین گفت: مشترکان پرمصرف در ساعت‌های اوج بار باید مصرف خود را کاهش دهند تا شبکه پایدار بماند.\n";
    let a = extract(page);
    assert_eq!(a.kicker.as_deref(), Some("وزیر نیرو:"));
    assert_eq!(a.title.as_deref(), Some("تابستان امسال خاموشی برنامه‌ریزی‌شده نداریم"));
    // The last paragraph starts with the supertitle's words: it is no author's biography.
    assert_eq!(a.body.len(), 2, "{:?}", a.removed);
}

#[test]
fn an_unknown_outlet_citing_a_known_one_keeps_its_credit() {
    let page = "افزایش صادرات نفت در ماه گذشته\n\nبه گزارش پایگاه خبری نفت‌نگار به نقل از رویترز، صادرات نفت خام کشور در ماه گذشته نسبت به ماه پیش از آن افزایش یافته است.\n\nبر اساس این گزارش، بیشتر محموله‌ها به بازارهای آسیایی فرستاده شده است.\n";
    let a = extract(page);
    let names: Vec<&str> = a.sources.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["نفت‌نگار", "رویترز"]);
    // The quoted wire is not the page's site.
    assert_ne!(a.site.as_deref(), Some("رویترز"));
}

#[test]
fn a_blog_excerpt_cut_with_an_ellipsis_above_the_full_text_is_a_duplicate() {
    let excerpt = "شورای شهر در جلسه امروز خود طرح توسعه فضای سبز محله‌های جنوبی شهر را با اکثریت آرا تصویب کرد و اجرای آن را به شهرداری سپرد […]";
    let page = format!("تصویب طرح توسعه فضای سبز در شورای شهر\n\n{excerpt}\n\nشورای شهر در جلسه امروز خود طرح توسعه فضای سبز محله‌های جنوبی شهر را با اکثریت آرا تصویب کرد و اجرای آن را به شهرداری سپرد.\n\nبر اساس این طرح، ده بوستان محله‌ای تا پایان سال آینده ساخته می‌شود.\n");
    let a = extract(&page);
    assert_eq!(a.body.len() + usize::from(a.lead.is_some()), 2, "{:?}", a.body);
    assert_eq!(reason_of(&a, excerpt), Some(khabar::RemovalReason::Duplicate));
}

#[test]
fn with_no_headline_above_it_the_first_line_of_the_text_that_reads_like_one_is_the_title() {
    let page = "عاجل : الحكومة تعلن تمديد العمل بالتوقيت الصيفي حتى نهاية أكتوبر .. التفاصيل\nأعلنت الحكومة اليوم تمديد العمل بالتوقيت الصيفي حتى نهاية شهر أكتوبر المقبل، وذلك لترشيد استهلاك الكهرباء خلال أشهر الصيف الحارة، بحسب بيان صادر عن مجلس الوزراء.\nوأضاف البيان أن القرار يسري على جميع المحافظات.\n";
    let a = extract(page);
    assert_eq!(a.title.as_deref(), Some("عاجل : الحكومة تعلن تمديد العمل بالتوقيت الصيفي حتى نهاية أكتوبر .. التفاصيل"));
    assert_eq!(a.body.len(), 2, "{:?}", a.body);
    assert!(a.warnings.is_empty(), "{:?}", a.warnings);
}

#[test]
fn a_date_alone_right_after_the_text_is_the_article_date() {
    let page = "الحكومة تعلن تمديد العمل بالتوقيت الصيفي حتى نهاية أكتوبر\n\nأعلنت الحكومة اليوم تمديد العمل بالتوقيت الصيفي حتى نهاية شهر أكتوبر المقبل، وذلك لترشيد استهلاك الكهرباء خلال أشهر الصيف الحارة، بحسب بيان صادر عن مجلس الوزراء.\n\nوأضاف البيان أن القرار يسري على جميع المحافظات اعتبارا من الأسبوع المقبل وحتى إشعار آخر.\n\nالجمعة ، 11 أغسطس 2023\n";
    let a = extract(page);
    assert_eq!(a.published.as_ref().and_then(|d| d.value.as_deref()), Some("2023-08-11"));
    assert_eq!(reason_of(&a, "الجمعة ، 11 أغسطس 2023"), Some(khabar::RemovalReason::Dateline));
}

#[test]
fn a_long_text_without_any_punctuation_is_still_the_body() {
    // Longer than any ticker: a pasted text whose marks were lost.
    let page = "متن خبر ".repeat(300);
    let a = extract(&page);
    assert_eq!(a.body.len(), 1);
}

#[test]
fn a_dari_newspaper_masthead_is_not_the_title() {
    let page = "صاحب امتیاز: احمد کریمی\n\nمدیر مسوول: محمود نوری\n\nسر دبیر: عبدالله رحیمی\n\nمقام‌های محلی از بازگشایی شاهراه سالنگ پس از برف‌روبی خبر دادند\n\nمقام‌های محلی ولایت پروان می‌گویند که شاهراه سالنگ پس از دو روز برف‌روبی امروز به روی موترها باز شد. به گفته آنان، رانندگان باید با احتیاط حرکت کنند.\n\nوزارت فواید عامه نیز گفته است که تیم‌های برف‌روبی در این مسیر مستقر خواهند ماند.\n";
    let a = extract(page);
    assert_eq!(a.title.as_deref(), Some("مقام‌های محلی از بازگشایی شاهراه سالنگ پس از برف‌روبی خبر دادند"));
    assert!(reason_of(&a, "سر دبیر: عبدالله رحیمی").is_some());
}

#[test]
fn a_summary_that_is_the_next_paragraphs_run_together_is_a_duplicate() {
    let first = "مقام‌های محلی در هرات می‌گویند که بارندگی‌های شدید شب گذشته به ده‌ها خانه در سه ولسوالی آسیب رسانده است.";
    let second = "به گفته آنان، تیم‌های امدادی برای کمک به خانواده‌های آسیب‌دیده به این مناطق فرستاده شده‌اند.";
    let page = format!("سیلاب در هرات به ده‌ها خانه آسیب رساند\n\n{first} {second}\n\n{first}\n{second}\n");
    let a = extract(&page);
    assert_eq!(a.body, [first, second]);
    assert_eq!(reason_of(&a, &format!("{first} {second}")), Some(khabar::RemovalReason::Duplicate));
}

#[test]
fn a_label_set_apart_right_above_the_title_is_the_section_but_not_a_content_type() {
    let body = "\n\nأعلنت وزارة التربية اليوم مواعيد امتحانات نهاية العام الدراسي في جميع المحافظات، على أن تبدأ في الأسبوع الأول من يونيو المقبل.\n\nوأوضحت الوزارة أن الجداول التفصيلية ستنشر على موقعها الإلكتروني خلال الأيام المقبلة.\n";
    let page = |label: &str| format!("الرئيسية\nسياسة\nاقتصاد\nرياضة\n\n{label}\nالتربية تعلن مواعيد امتحانات نهاية العام الدراسي{body}");
    assert_eq!(extract(&page("أخبار مصر")).section.as_deref(), Some("أخبار مصر"));
    assert_eq!(extract(&page("فيديو")).section, None);
}

#[test]
fn a_section_label_is_read_when_a_scraper_stripped_its_half_space_and_is_never_the_title() {
    let page = "• شنبه / ۶ آبان ۱۳۹۱ / ۱۰:۳۹\n  • دستهبندی: گردشگری و میراث\n  • کد خبر: 91080603319\n\nهمه طرحها برای موزههای کشور در گفتوگو با مدیرکل امور موزهها\n\nاستانداردسازی موزههای کشور و راهاندازی سیستم بلیت الکترونیکی از جمله اولویتهای مدیرکل است که در ۳۱ تیرماه امسال این سمت را برعهده گرفت.\n\nبه گزارش ایسنا، این اولویتها قرار است در اداره کل امور موزهها پیگیری شود.\n";
    let a = extract(page);
    assert_eq!(a.title.as_deref(), Some("همه طرحها برای موزههای کشور در گفتوگو با مدیرکل امور موزهها"));
    assert_eq!(a.section.as_deref(), Some("گردشگری و میراث"));
    // The weekday before a slash belongs to the date.
    let published = a.published.expect("the dateline");
    assert_eq!(published.text, "شنبه / ۶ آبان ۱۳۹۱ / ۱۰:۳۹");
    assert_eq!(a.page_date, None);
}

#[test]
fn a_date_in_a_paragraphs_second_copy_is_not_the_article_date() {
    let para = "مدیرکل امور موزهها که در ۳۱ تیرماه امسال این سمت را برعهده گرفت، از راهاندازی سیستم بلیت الکترونیکی در همه موزههای کشور خبر داد.";
    let title = "بلیت الکترونیکی به موزههای کشور میآید";
    let page = format!("۶ آبان ۱۳۹۱ - ۱۰:۳۹\nسرویس: میراث\nکد خبر: 91080603319\nخبرنگار: 71191\n\n{title}\n\n{title}\n\n{para}\n\n{para}\n\nبه گزارش ایسنا، این طرح از سال آینده اجرا میشود.\n");
    // (Read today, the copy's "this year" would make a date beside the repeated title.)
    let options = khabar::ExtractOptions::default().with_now("2026-12-07").unwrap();
    let a = khabar::extract(&page, &options).unwrap();
    assert_eq!(a.published.and_then(|d| d.value).as_deref(), Some("2012-10-27T10:39"));
}

#[test]
fn the_outlets_name_at_the_top_is_not_the_title() {
    let page = "گروه رسانه ای سپهر\n\nآخرین اخبار:\nشناسه خبر:99550\nعضو هیئت علمی دانشگاه بوعلی سینا همدان:\n\nمدیر غیرمتخصص، میراث جهانی را به تهدید شهری تبدیل میکند\n\nمدیر غیرمتخصص، میراث جهانی را به تهدید شهری تبدیل میکند\n\nهمدان شهری است که تاریخ در آن صرفاً یادگاری از گذشته نیست، بلکه بخشی زنده از ساختار شهر و حافظه جمعی ساکنان آن است.\nدر سالهای اخیر، همزمان با اجرای پروژههای عمرانی، اهمیت نگاه تخصصی به بافت تاریخی بیش از پیش آشکار شده است.\n";
    let a = extract(page);
    assert_eq!(a.title.as_deref(), Some("مدیر غیرمتخصص، میراث جهانی را به تهدید شهری تبدیل میکند"));
    assert_eq!(a.kicker.as_deref(), Some("عضو هیئت علمی دانشگاه بوعلی سینا همدان:"));
}

#[test]
fn a_supertitle_between_the_title_and_its_copy_is_the_kicker() {
    let page = "شنبه , ۲۹ اردیبهشت ۱۴۰۳ - ۱۰:۲۴ قبل از ظهر\n  • کد خبر 19784\n  • تلاش شهرهای مختلف جهان برای کاهش آلودگی نوری\n    نور هم آلوده میکند\n\n    تلاش شهرهای مختلف جهان برای کاهش آلودگی نوری\n\n    نتیجه تحقیقاتی که توسط گروهی از پژوهشگران آمریکایی انجام شده حاکی از آن است که حدود یکسوم سیستمهای روشنایی شهری بیهوده روشن میمانند.\n\n    به عنوان مثال، هر ساله در هندوستان روشن ماندن چراغهای غیرضروری شهری به انتشار میلیونها تن دیاکسیدکربن میانجامد.\n";
    let a = extract(page);
    assert_eq!(a.title.as_deref(), Some("تلاش شهرهای مختلف جهان برای کاهش آلودگی نوری"));
    assert_eq!(a.kicker.as_deref(), Some("نور هم آلوده میکند"));
    // "Before noon" is the clock's, not an outlet's name.
    assert_eq!(a.site, None);
    assert_eq!(a.published.map(|d| d.text), Some("شنبه , ۲۹ اردیبهشت ۱۴۰۳ - ۱۰:۲۴ قبل از ظهر".to_string()));
}

#[test]
fn numbered_skip_links_stay_out_and_a_year_first_date_is_read() {
    let page = "1. پرش به گزارش\n  2. پرش به منوی اصلی\n  3. پرش به دیگر صفحات دویچه وله\n\nتسهیل پناهندگی ایرانیان در آلمان\n\n۱۳۸۸ اسفند ۱۸, سهشنبه\n\nهمکاری وزارتهای کشور و خارجه آلمان برای پذیرش شماری از پناهجویان ایرانی گسترش مییابد. شمار قابل توجهی از ایرانیان خواستار پناهندگی شدهاند.\n\nhttps://p.dw.com/p/1GdLJ\nKroatien Bapska Flüchtlingslager Erstaufnahmeeinrichtung\n\nسخنگوی وزارت کشور آلمان اعلام کرد این وزارتخانه با وزارت امور خارجه این کشور در تماس است.\n";
    let a = extract(page);
    assert_eq!(a.title.as_deref(), Some("تسهیل پناهندگی ایرانیان در آلمان"));
    assert_eq!(reason_of(&a, "2. پرش به منوی اصلی"), Some(khabar::RemovalReason::SiteChrome));
    let published = a.published.clone().expect("the date under the title");
    assert_eq!((published.text.as_str(), published.value.as_deref()), ("۱۳۸۸ اسفند ۱۸", Some("2010-03-09")));
    // A share link and an image's name are not paragraphs.
    assert_eq!(a.body.len(), 2);
    assert_eq!(reason_of(&a, "https://p.dw.com/p/1GdLJ"), Some(khabar::RemovalReason::SiteChrome));
}

#[test]
fn an_afghan_date_typed_with_arabic_letters_is_read_and_title_buttons_are_dropped() {
    let page = "  • GMIC Facebook\n  • GMIC Twitter\nشش شبکه آبیاری در ولسوالی پغمان به بهربرداری سپرده شد PDF چاپ نامه الکترونیک\n  \nيكشنبه 08 اسد 1396 ساعت 17:00\n\nوزارت زراعت، آبیاری و مالداری به هدف جلوگیری از ضایعات آب و خطرات ناشی از سیل، شش شبکه آبیاری را در ولسوالی پغمان به بهره برداری سپرد.\nهزینه ساخت این شبکه ها 8.3 میلیون افغانی تخمین شده که از بودجه انکشافی وزارت زراعت پرداخته شده است.\n";
    let a = extract(page);
    assert_eq!(a.title.as_deref(), Some("شش شبکه آبیاری در ولسوالی پغمان به بهربرداری سپرده شد"));
    let published = a.published.expect("the date under the title");
    assert_eq!(published.value.as_deref(), Some("2017-07-30T17:00"));
}

#[test]
fn a_class_name_is_no_title_and_a_last_changed_date_is_no_banner() {
    let page = "• کابل\n  • آخرین تغییرات ۳۱ سنبله ۱۴۰۳\ninner-page-banner\n\nرسانه آوا: ریاست صحت عامه ولایت غزنی و مقامات محلی طالبان فعالیت صحی موسسه جک را در این ولایت متوقف کرده اند.\n\nداکتر رسول خان نظری رییس صحت عامه غزنی گفته است که شکایت دوامدار مردم دلیل این تصمیم بوده است.\n";
    let a = extract(page);
    assert_eq!(a.title, None);
    assert_eq!(a.page_date, None);
    assert_eq!(a.published, None);
}

#[test]
fn bbc_dari_bylines_and_a_photos_date_stay_out_of_the_article() {
    let page = "اعتراضات سراسری ایران؛ «همه ما کسی را میشناسیم که کشته شده»\n\nتظاهرات ایرانیان در خیابانی در تهران، ایران (۸ جنوری ۲۰۲۶)\n\nمنبع تصویر، WANA via REUTERS\n\nتوضیح تصویر، مقامهای ایرانی با نیروی مرگباری با اعتراضات در تهران به تاریخ ۸ جنوری مقابله کردند\n    • نویسنده, سروش نگهداری\n    • شغل, بیبیسی مانیتورینگ\n\n«همه دوستانم مثل من هستند. همه ما کسی را میشناسیم که در اعتراضات کشته شده است.»\n\nپریسا ۲۹ ساله اهل تهران، تاکنون شاهد چیزی شبیه سرکوب معترضان توسط نیروهای امنیتی ایران نبوده است.\n";
    let a = extract(page);
    assert_eq!(a.title.as_deref(), Some("اعتراضات سراسری ایران؛ «همه ما کسی را میشناسیم که کشته شده»"));
    assert_eq!(reason_of(&a, "• شغل, بیبیسی مانیتورینگ"), Some(khabar::RemovalReason::Other));
    assert_eq!(a.published, None);
    // The caption's جنوری is Afghan usage.
    assert_eq!(a.variant, Some(khabar::Variant::FaAf));
}

#[test]
fn an_afghan_month_on_the_date_line_makes_the_page_dari() {
    let page = "نظارت از تطبیق پروژه پاککاری کانالهای زهکشی در ولایت کاپیسا\n\n۱۸ جدی ۱۴۰۳ هـ.ش\nبه اساس هدایات ریاست زراعت، آبیاری و مالداری ولایت کاپیسا، کارمندان تخنیکی این ریاست از تطبیق پروژه نظارت کردند.\nهدف اصلی این پروژه گسترش زمینهای زراعتی و بلند بردن حاصلات دهقانان است.\n";
    let a = extract(page);
    assert_eq!(a.variant, Some(khabar::Variant::FaAf));
}

#[test]
fn a_section_beside_the_date_is_no_site_and_a_caption_printed_twice_leaves_the_body() {
    let page = "جلسة تشاورية في السراي الحكومي... من اعتذر؟\n\nسياسة 26-09-2025 | 17:20\n\nترأس رئيس مجلس الوزراء الدكتور نواف سلام بعد ظهر اليوم اجتماعا وزاريا تشاوريا في السراي حضره عدد من الوزراء.\n\nجانب من اللقاء في السراي (النهار)\nجانب من اللقاء في السراي (النهار)\n\nولم يحضر كل من وزراء الصحة والبيئة والتنمية الإدارية لارتباطات مسبقة كما أفاد المكتب الإعلامي.\n";
    let a = extract(page);
    assert_eq!(a.section.as_deref(), Some("سياسة"));
    assert_eq!(a.site, None);
    assert!(!a.body.iter().any(|p| p.contains("جانب من اللقاء")));
    assert_eq!(reason_of(&a, "جانب من اللقاء في السراي (النهار)"), Some(khabar::RemovalReason::Caption));
}

#[test]
fn a_source_label_with_a_slash_ends_the_article() {
    let page = "قال الرئيس التركي رجب طيب أردوغان، إن أنقرة لا تطلب إذنا من أحد من أجل محاربة الإرهاب.\nجاء ذلك في مقالة كتبها لصحيفة كوميرسانت الروسية واسعة الانتشار، تحت عنوان التعاون الروسي التركي.\n.\nالمصدر/الاناضول\nقالت وزارة الدفاع التركية، الخميس، إنه يجب على المجتمع الدولي اتخاذ خطوات حازمة ضد من يدعمون الإرهاب في المنطقة…\nأعلن وزير التجارة التركي عمر بولاط تسجيل صادرات البلاد من السلع في آخر 12 شهرًا…\n";
    let a = extract(page);
    assert_eq!(a.body.len(), 2);
    assert_eq!(reason_of(&a, "المصدر/الاناضول"), Some(khabar::RemovalReason::Credit));
    assert!(a.sources.iter().any(|s| s.name == "الاناضول"));
}

#[test]
fn an_icons_english_label_beside_the_date_is_no_site() {
    let page = "وزير الشؤون الخارجية يشارك في الدورة الاستثنائية لمجلس وزراء خارجية منظمة التعاون الإسلامي\n\ntoday9 يناير 2026\n\nبتكليف من السيد رئيس الجمهورية، يشارك وزير الشؤون الخارجية في الدورة الاستثنائية لمجلس وزراء الخارجية.\nوسيبحث الاجتماع مستجدّات الوضع في المنطقة إثر التطورات الأخيرة.\n";
    let a = extract(page);
    assert_eq!(a.published.as_ref().and_then(|d| d.value.as_deref()), Some("2026-01-09"));
    assert_eq!(a.site, None);
}

#[test]
fn an_arabic_subtitle_under_the_title_is_the_lead() {
    let body = "\n\nدبي - العربية.نت\n\nأعلن مطار دبي الدولي أنه استقبل 91.6 مليون مسافر خلال العام الماضي، بزيادة نسبتها 6% عن العام الذي سبقه.\n\nوقال الرئيس التنفيذي لمطارات دبي إن المطار يتوقع رقما قياسيا جديدا هذا العام مع افتتاح خطوط جديدة.\n";
    let subtitle = "ارتفع عدد المسافرين بنسبة 6% مقارنة بعام 2023.. والهند تتصدر الوجهات";
    let a = extract(&format!("مطار دبي الدولي يستقبل 91.6 مليون مسافر في 2024 ويتوقع رقماً قياسياً جديداً\n\n{subtitle}{body}"));
    assert_eq!(a.lead.as_deref(), Some(subtitle));
    // A photo's caption in the same place is not.
    let caption = "جانب من صالة المغادرين في مطار دبي الدولي (رويترز)";
    let a = extract(&format!("مطار دبي الدولي يستقبل 91.6 مليون مسافر في 2024 ويتوقع رقماً قياسياً جديداً\n\n{caption}{body}"));
    assert_eq!(a.lead, None);
}

#[test]
fn a_longer_item_inside_a_menu_is_the_menus_and_no_title_or_site() {
    let provinces = ["اردبیل", "اصفهان", "البرز", "ایلام", "بوشهر", "فارس", "قزوین", "قم", "کهگیلویه و بویر احمد", "گلستان", "گیلان", "لرستان", "مرکزی"];
    let page = format!(
        "صفحه نخست\n\n{}\n\nکد خبر: ۴۱۶۶۴۸۲\nتاریخ انتشار : ۱۱ شهريور ۱۴۰۲ - ۱۴:۲۶\n\nوزیر فرهنگ عراق از طرح چاپ نسخه جدید قرآن به ابعاد بزرگ خبر داد و گفت این نسخه در نمایشگاه بغداد عرضه می‌شود.\n\nبه گزارش ایکنا به نقل از الخلیج، این نمایشگاه در دیگر استان‌های عراق نیز برگزار خواهد شد.\n",
        provinces.join("\n\n")
    );
    let a = extract(&page);
    assert_eq!(reason_of(&a, "کهگیلویه و بویر احمد"), Some(khabar::RemovalReason::Navigation));
    assert_ne!(a.site.as_deref(), Some("فارس"));
}

#[test]
fn a_short_supertitle_ending_with_a_colon_is_the_kicker_and_a_close_button_no_section() {
    let page = "پیام فارس\nمعاون استاندار فارس:\nورزشکاران پیام دوستی مردم ایران را به جهان منتقل کنند\nشنبه 29 مهر 1396 - 9:25:40 AM\nفارس آنلاین - شیراز _ معاون سیاسی استاندار فارس گفت: میزبانی این اجلاس فرصتی برای معرفی فرهنگ ایران است.\n\nبه گزارش خبرنگار مهر، وی در اجلاس جهانی فدراسیون های کوهنوردی سخن می گفت.\n";
    let a = extract(page);
    assert_eq!(a.kicker.as_deref(), Some("معاون استاندار فارس:"));
    let page = "X\nدرخشش دانشگاه آزاد در المپیاد علوم پزشکی با ۱۲ مدال و ۲ دیپلم افتخار\n\nدانشجویان دانشگاه آزاد اسلامی در هفدهمین دوره المپیاد علمی علوم پزشکی خوش درخشیدند و ۱۲ مدال گرفتند.\n\nاین المپیاد هر سال با حضور دانشجویان همه دانشگاه های علوم پزشکی کشور برگزار می شود.\n";
    assert_eq!(extract(page).section, None);
}

#[test]
fn an_afghan_month_after_an_ordinal_day_makes_the_page_dari_and_an_egyptian_masthead_is_no_title() {
    let page = "نجیبه آرین گوینده تلویزیون ملی به عنوان سخنگوی وزارت معارف گماشته شد\n\n02 November 2020\n\nنجیبه آرین، خبرنگار و گوینده تلویزیون ملی به عنوان سخنگوی تازه وزارت معارف گماشته شده است.\n\nخانم آرین امروز (دوشنبه، دوازدهم عقرب) در گفت‌وگو با خبرگزاری نشانه این موضوع را تایید کرد.\n";
    assert_eq!(extract(page).variant, Some(khabar::Variant::FaAf));
    let page = "الخميس 18 أبريل 2024\nرئيس مجلسى الإدارة والتحرير\nعبدالرحيم علي\n\nحوادث وقضايا\n\nمصادر أمنية تنفي التسجيل المزعوم عن \"حادث الواحات\" الإرهابي\n\nنفت مصادر أمنية رفيعة المستوى ما تم تداوله عبر عدد من المواقع الإلكترونية من تسجيل صوتي حول الحادث.\n\nوأضافت المصادر الأمنية أن التسجيل مفبرك ولا أساس له من الصحة.\n";
    assert_eq!(extract(page).title.as_deref(), Some("مصادر أمنية تنفي التسجيل المزعوم عن \"حادث الواحات\" الإرهابي"));
}

#[test]
fn a_bulleted_titles_span_keeps_its_line_accounted_for() {
    // Found by the extract fuzz target: a title without its bullet had left the bullet's line
    // start outside every span.
    let page = "• آتش‌نشانی تهران از مهار کامل آتش در بازار خبر داد\n\nآتش‌نشانی تهران اعلام کرد که آتش‌سوزی بازار پس از سه ساعت به طور کامل مهار شد و تلفات جانی نداشت.\n\nبه گفته سخنگوی آتش‌نشانی، علت حادثه در دست بررسی است.\n";
    let a = extract(page);
    assert_eq!(a.title.as_deref(), Some("آتش‌نشانی تهران از مهار کامل آتش در بازار خبر داد"));
    let span = a.title_span.unwrap();
    assert_eq!(span.start, 0);
    assert!(page[span.start..span.end].ends_with(a.title.as_deref().unwrap()));
}

#[test]
fn an_arabic_subtitle_is_found_past_a_photos_label() {
    let subtitle = "نفت مصادر أمنية رفيعة المستوى ما تم تداوله عبر عدد من المواقع الإلكترونية حول حادث الواحات الإرهابي";
    let page = format!("مصادر أمنية تنفي التسجيل المزعوم عن حادث الواحات\n\nصورة أرشيفية\nصورة أرشيفية\n\n{subtitle}\n\nوأضافت المصادر الأمنية في تصريحات خاصة أن الجماعة دأبت على استغلال الحوادث لنشر الشائعات.\n\nولفتت المصادر إلى أن التسجيل الصوتي المشار إليه مفبرك ولا أساس له من الصحة.\n");
    assert_eq!(extract(&page).lead.as_deref(), Some(subtitle));
}

#[test]
fn a_credit_line_at_the_top_is_no_title() {
    // A counter's English name above a credit line: neither is the headline below them.
    let page = "Web Analytics Made Easy - Statcounter\nبه نقل از «خبرگزاری برنا»\n2024-05-09@04:15:12 GMT\n\nساعت رسمی کشور چه زمانی تغییر می کند؟\n\nتاریخ انتشار: ۲۸ شهریور ۱۴۰۰ | کد خبر: ۳۳۱۵۴۳۸۵\n\nساعت رسمی کشور از تاریخ ۳۰ شهریور ۱۴۰۰ یک ساعت به عقب خواهد آمد و روشنایی روز بیشتر می شود.\n\nبه گزارش برنا؛ ساعت رسمی کشور در ساعت ۲۴ روز سه شنبه یک ساعت به عقب کشیده می شود.\n";
    assert_eq!(extract(page).title.as_deref(), Some("ساعت رسمی کشور چه زمانی تغییر می کند؟"));
}

#[test]
fn a_headline_may_carry_todays_date_but_a_dateline_or_banner_is_no_headline() {
    let body = "\n\nبه گزارش خبرنگار اقتصادی، قیمت طلا و سکه در بازار آزاد امروز با افزایش همراه شد و معامله‌گران از رشد تقاضا خبر دادند.\n\nکارشناسان می‌گویند این افزایش قیمت به دلیل تحولات منطقه و کاهش عرضه در بازار است و ممکن است ادامه یابد.\n";
    let page = format!("خبرگزاری نمونه\n\nقیمت طلا و سکه امروز ۲۰ آذر ۱۴۰۲{body}");
    assert_eq!(extract(&page).title.as_deref(), Some("قیمت طلا و سکه امروز ۲۰ آذر ۱۴۰۲"));
    // A site's slogan and today's date; a dateline with the section glued after a clock.
    for banner in ["اولین جستجوگر پیشرفته افغانستان ، شنبه, 27 دلو , 1397", "چهارشنبه، 17 بهمن 1397 ساعت 16:462019-02-06فرهنگي"] {
        let page = format!("{banner}\n\nبازار طلا در روزهای پایانی سال{body}");
        assert_eq!(extract(&page).title.as_deref(), Some("بازار طلا در روزهای پایانی سال"), "{banner}");
    }
    // "Tomorrow" after a colon, inside the headline's sentence.
    let title = "وزير الصحة الكويتي: غدا.. بدء حملة التطعيم ضد فيروس \"كورونا\"";
    let page = format!("{title}\n\nأعلن وزير الصحة الكويتي بدء حملة التطعيم ضد فيروس كورونا غدا في جميع المراكز الصحية في البلاد.\n\nوأضاف الوزير أن الحملة تبدأ بالعاملين في القطاع الصحي وكبار السن.\n");
    assert_eq!(extract(&page).title.as_deref(), Some(title));
}

#[test]
fn a_breadcrumb_is_the_section_and_a_line_ending_with_a_semicolon_the_kicker() {
    let page = "کد خبر: ۳۱۸۷۶۰۱\nتاریخ انتشار: ۱۷ مرداد ۱۴۰۰ - ۱۸:۴۴\nبین الملل » آسیا و اقیانوسیه\nبا ولایت‌های افغانستان آشنا شویم؛\n\nهرات؛ ولایتی با بیش از ۷۰ نوع انگور\n\nولایت باستانی هرات افغانستان که پس از هلمند بزرگ‌ترین ولایت این کشور است، این روزها حال و هوای دیگری دارد.\n\nبه گزارش سرویس بین الملل خبرگزاری صداوسیما؛ مناطق مختلف افغانستان هر کدام ویژگی‌های خود را دارند.\n";
    let a = extract(page);
    assert_eq!(a.title.as_deref(), Some("هرات؛ ولایتی با بیش از ۷۰ نوع انگور"));
    assert_eq!(a.kicker.as_deref(), Some("با ولایت‌های افغانستان آشنا شویم؛"));
    assert_eq!(a.section.as_deref(), Some("بین الملل"));
}

#[test]
fn a_news_id_between_the_standfirst_and_the_text_is_no_paragraph() {
    let page = "صلح؛ نغمه ایرانی در گوش جهان\n\n«دیپلماسی رسمی» و «دیپلماسی رسانه‌ای»؛ دستیار ارشد رئیس‌جمهور می‌گوید که سفر به نیویورک با هدف اجرای هر دو انجام شد.\nکد خبر: ۶۰۱۵۱۱\nصلح؛ نغمه ایرانی در گوش جهان\n\nاو در این باره می‌گوید که «آقای روحانی اگر بدون نقشه بودند، به نیویورک نمی‌آمدند» و تردیدها را مدیریت کردند.\n\nبه گفته او گفت‌وگوهای رسانه‌ای رئیس‌جمهور بسیار حساب‌شده بود و نتیجه داد.\n";
    let a = extract(page);
    assert_eq!(a.news_id.as_deref(), Some("601511"));
    assert_eq!(reason_of(&a, "کد خبر: ۶۰۱۵۱۱"), Some(khabar::RemovalReason::NewsId));
    assert!(a.paragraphs.iter().all(|p| !p.text.contains("کد خبر")));
}

#[test]
fn a_short_line_with_a_labelled_date_is_the_dateline_not_the_lead() {
    let page = "وطني\n\nلفتيت يشرف على تنصيب الوالي الجديد لجهة الشرق\n\n\nكشـ24 | و.م.ع نشر في: 27 أكتوبر 2024\n\nأشرف وزير الداخلية، عبد الوافي لفتيت، أمس السبت بوجدة، على مراسيم تنصيب خطيب الهبيل، واليا على جهة الشرق وعاملا على عمالة وجدة أنكاد.\n\nوبعد تلاوة ظهير التعيين، هنأ لفتيت الوالي والعامل الجديد على الثقة المولوية التي حظي بها.\n";
    let a = extract(page);
    assert_eq!(a.published.as_ref().and_then(|d| d.value.as_deref()), Some("2024-10-27"));
    assert_eq!(a.lead, None);
    assert_eq!(reason_of(&a, "كشـ24 | و.م.ع نشر في: 27 أكتوبر 2024"), Some(khabar::RemovalReason::Dateline));
}

#[test]
fn a_date_under_its_label_is_the_published_date() {
    let page = "عناوين و أخبار\n\nالمواضيع الأكثر قراءة\n\n  • تاريخ النشر\n    24-Dec-2025\n\nرام الله في \"قبضة\" الاستيطان\n\nشرع الاحتلال في تنفيذ مخططات استيطانية جديدة ضمن محافظة رام الله والبيرة، حيث يقع فيها عدد كبير من المستوطنات.\n\nوبدأت سلطات الاحتلال أمس بإقامة 1200 وحدة استيطانية جديدة في مستوطنة \"بيت إيل\" المقامة على أراضي المواطنين.\n";
    let a = extract(page);
    assert_eq!(a.published.as_ref().and_then(|d| d.value.as_deref()), Some("2025-12-24"));
    assert_eq!(a.page_date, None);
}

#[test]
fn a_long_first_paragraph_without_punctuation_stays_in_the_body() {
    let first = "إستقبل والي ولاية الجزيرة وأعضاء اللجنة الأمنية حاكم النيل الأزرق وأعضاء اللجنة الأمنية ووزير المالية والصحة والإعلام ومحافظ باو وممثل نائب رئيس مجلس السيادة مالك عقار حاضرة الولاية مدني ومساهمة من حكومة الإقليم وأهالي الولاية عبر تسيير قافلة متكاملة وغذائية متنوعة";
    let page = format!("قافلة من النيل الأزرق إلى ولاية الجزيرة\n\n{first}\nحيث أكد والي ولاية الجزيرة أن ما حصل في الجزيرة تخريب ممنهج طال المرافق العامة والخاصة في كل المحليات.\nفيما حيا والي ولاية الجزيرة حاكم إقليم النيل الأزرق وأعضاء اللجنة الأمنية على هذه المبادرة الكريمة.\n");
    let a = extract(&page);
    assert_eq!(a.paragraphs.first().map(|p| p.text.as_str()), Some(first));
}

#[test]
fn a_headline_printed_twice_after_a_latest_news_label_is_the_title() {
    let title = "تقرير : الاحتلال يوسع عطاءات بناء جديدة وتبييض البؤر الاستيطانية ويمضي في مخطط الضم";
    let page = format!("3:48 مساءً / 5 يناير، 2026\nآخر الاخبار\n\n{title}\n\n{title}\n\nشفا – المكتب الوطني للدفاع عن الأرض ومقاومة الاستيطان: كان العام 2025 عاما قاسيا على الفلسطينيين في الضفة الغربية.\n\nوقد صادقت سلطات الاحتلال على آلاف الوحدات الاستيطانية الجديدة خلال العام الماضي في مختلف المحافظات.\n");
    let a = extract(&page);
    assert_eq!(a.title.as_deref(), Some(title));
    // The date line's slash makes no breadcrumb.
    assert_eq!(a.section, None);
}

#[test]
fn a_breadcrumb_before_the_headline_is_the_section() {
    let page = "اخبار > ۴۴ روستای در معرض خطر سیل تخلیه شدند\n\nکد خبر: ٩٥٩٧\n\nاستاندار خوزستان گفت: از بین ۷۱ روستای در معرض خطر سیل در استان، ۴۴ روستا تخلیه و ۱۰ روستا در حال تخلیه هستند.\n\nوی با بیان اینکه به سایر روستاها نیز دستور تخلیه داده شده، گفت: در حال تلاش هستیم که این روستاها را نیز تخلیه کنیم.\n";
    let a = extract(page);
    assert_eq!(a.title.as_deref(), Some("۴۴ روستای در معرض خطر سیل تخلیه شدند"));
    assert_eq!(a.section.as_deref(), Some("اخبار"));
    assert_eq!(a.title_span.map(|s| s.start), Some(0));
}

#[test]
fn a_persian_standfirst_without_its_final_period_is_the_lead() {
    let lead = "مهر/مدیرعامل جمعیت هلال احمر استان سمنان گفت: زلزله شب گذشته حوالی سرخه با قدرت ۵.۵ ریشتر، خساراتی در بر نداشته است";
    let page = format!("هلال احمر: زلزله ۵.۵ ریشتری سمنان خساراتی در بر نداشته است\n\n{lead}\n\nحسین درخشان ضمن بیان اینکه شب گذشته زلزله‌ای به بزرگی ۵.۵ ریشتر سرخه را لرزاند، تاکید کرد: اکیپ‌های ارزیاب به منطقه اعزام شدند.\n\nوی با بیان اینکه کانون این زلزله ۱۷ کیلومتری سرخه اعلام شده بود، گفت: ده تیم ارزیاب در مناطق مختلف مستقر هستند.\n");
    assert_eq!(extract(&page).lead.as_deref(), Some(lead));
}

#[test]
fn a_breadcrumb_trail_before_the_headline_names_the_section() {
    let page = "رویداد ایران > استان ها > ویژه استان ها > تعطیلی مراکز واکسیناسیون خراسان جنوبی عصر امروز\n\nرئیس دانشگاه علوم پزشکی بیرجند گفت: به دلیل به‌روزرسانی سامانه سیب، عصر امروز مراکز واکسیناسیون استان تعطیل است.\n\nوی افزود: در نوبت اول واکسیناسیون کرونا بیش از ۲۰۰ هزار نفر در استان واکسن دریافت کرده‌اند.\n";
    let a = extract(page);
    assert_eq!(a.title.as_deref(), Some("تعطیلی مراکز واکسیناسیون خراسان جنوبی عصر امروز"));
    assert_eq!(a.section.as_deref(), Some("استان ها"));
}

#[test]
fn a_paragraph_that_announces_a_list_with_a_colon_is_text() {
    let first = "كشف مصطفى الخلفي وزير الاتصال الناطق الرسمي باسم الحكومة، في لقاء صحافي عقب انعقاد الاجتماع الأسبوعي لمجلس الحكومة برئاسة رئيس الحكومة، أن التقسيم الجهوي الجديد على الشكل التالي:";
    let page = format!("هذا هو التقسيم الجهوي الجديد\n\nكتبه كتب في 6 فبراير 2015 - 02:25\n\n{first}\n\nالجهة 1: طنجة – تطوان\nمقر الجهة: طنجة.\n");
    let a = extract(&page);
    assert_eq!(a.paragraphs.first().map(|p| p.text.as_str()), Some(first));
    // A byline's label is no site.
    assert_eq!(a.site, None);
}

#[test]
fn now_or_today_inside_a_sentence_does_not_date_the_article() {
    let page = "ولي عهد البحرين يعتذر عن حفل زفاف الأمير ويليام في لندن\n\nقراؤنا من مستخدمي تويتر\nيمكنكم الآن متابعة آخر الأخبار مجاناً من خلال حسابنا على تويتر\n\nالمنامة: اعتذر ولي العهد البحريني عن حضور حفل زفاف الأمير ويليام في لندن.\n\nوبعث ولي العهد البحريني برسالة إلى ولي العهد البريطاني عبر فيها عن اعتذاره عن الحضور.\n";
    let a = extract(page);
    assert_eq!(a.published, None);
    assert_eq!(a.lead, None);
    assert_eq!(reason_of(&a, "يمكنكم الآن متابعة آخر الأخبار مجاناً من خلال حسابنا على تويتر"), Some(khabar::RemovalReason::Newsletter));
}

#[test]
fn a_headline_printed_twice_with_a_final_period_is_the_title() {
    let title = "والی کابل مشکلات اجتماعی باشنده گان ناحیه هشتم شهر کابل را استماع کرد.";
    let page = format!("{title}\n\n{title}\n24-دلو-1398\nمحمد یعقوب حیدری والی کابل با رئیس و اعضای شورای تپه بنی حصار ولایت کابل در تالار جلسات دیدار کرد.\nخال محمد نیکزاد رئیس شورا مشکلات اجتماعی خویش را با والی کابل در میان گذاشت و خواستار رسیدگی شد.\n");
    let a = extract(&page);
    assert_eq!(a.title.as_deref(), Some(title));
    assert_eq!(a.lead, None);
    assert_eq!(a.published.as_ref().and_then(|d| d.value.as_deref()), Some("2020-02-13"));
}

#[test]
fn a_last_paragraph_without_its_final_period_stays_in_the_body() {
    let last = "وفي ختام الاجتماع، أكد الوزير أن البصرة يجب أن تظل محاطة بالأمن والاستقرار وأن تعمل جميع الأجهزة الأمنية بروح الفريق الواحد لحماية المواطنين والشركات العاملة في المحافظة من أي تهديد";
    let page = format!("وزير الداخلية يوجه بتعزيز الأمن في البصرة\n\nوجه وزير الداخلية، اليوم الخميس، خلال ترؤسه اجتماعا أمنيا في البصرة، بتعزيز الإجراءات الأمنية في المحافظة.\n\nوذكر بيان صادر عن الوزارة أن الاجتماع بحث الخطط الأمنية المتبعة في المحافظة وسبل تطويرها.\n\n{last}\n");
    let a = extract(&page);
    assert_eq!(a.paragraphs.last().map(|p| p.text.as_str()), Some(last));
}

#[test]
fn a_print_button_and_its_source_are_no_title() {
    let page = "شناسهٔ خبر: 50955208 - سرویس استانی\nنسخه قابل چاپ منبع: ایرنا | لینک خبر\n\nمروری بر مهمترین اخبار استانها در اول آذرماه؛\n\nسفر وزیر کشور به کردستان تا تلاش برای ثبت جهانی جشن انار تفت\n\nاستانها - ایرنا - مراکز و دفاتر استانی ایرنا در سراسر کشور امروز رویدادهای مهم استان‌ها را گزارش کردند.\n\nبه گزارش گروه استانهای ایرنا، امروز از کردستان خبر رسید که وزیر کشور وارد این استان شد.\n";
    let a = extract(page);
    assert_eq!(a.title.as_deref(), Some("سفر وزیر کشور به کردستان تا تلاش برای ثبت جهانی جشن انار تفت"));
    assert_eq!(a.kicker.as_deref(), Some("مروری بر مهمترین اخبار استانها در اول آذرماه؛"));
    assert_eq!(a.section, None, "لینک خبر is a button");
}

#[test]
fn the_label_tm_al_nashr_is_no_site() {
    let page = "وكالتان حكوميتان للانباء في ليبيا مع تزايد الاضطراب في البلاد\n\nتم النشر 27/10/2014, 20:33\n\nتونس (رويترز) - أعلنت الحكومة الليبية المعترف بها دوليا يوم الاثنين إنها ستنشئ وكالة أنباء رسمية جديدة.\n\nوتنزلق ليبيا نحو حالة من الفوضى بعد ثلاث سنوات من الإطاحة بالنظام السابق.\n";
    let a = extract(page);
    assert_eq!(a.published.as_ref().and_then(|d| d.value.as_deref()), Some("2014-10-27T20:33"));
    assert_ne!(a.site.as_deref(), Some("تم النشر"));
}

#[test]
fn the_outlet_and_its_date_under_the_title_date_the_article_and_a_weather_widget_is_furniture() {
    let page = "19.93°القدس\n19.36°رام الله\n\nاعتماد المدينة المنورة كثاني أكبر مدينة صحية مليونية في الشرق الأوسط\n\nصحيفة عاجل ٣٠-٠٧-٢٠٢٥\nثمن وزير الصحة اعتماد المدينة المنورة كثاني أكبر مدينة صحية مليونية في الشرق الأوسط بعد جدة.\nوأكد الوزير أن هذا الإنجاز يعكس تكامل الجهود بين الجهات الحكومية في المنطقة.\n";
    let a = extract(page);
    assert_eq!(a.title.as_deref(), Some("اعتماد المدينة المنورة كثاني أكبر مدينة صحية مليونية في الشرق الأوسط"));
    assert_eq!(a.published.as_ref().and_then(|d| d.value.as_deref()), Some("2025-07-30"));
    assert_eq!(a.lead, None);
    assert_eq!(reason_of(&a, "19.36°رام الله"), Some(khabar::RemovalReason::SiteChrome));
}

#[test]
fn a_print_views_header_with_the_sites_address_is_no_title() {
    let page = "- خبرگزاری افغان تلکس - https://www.afghantelex.com -\n\nامتحان کانکور در دانشگاه مرکزی کابل آغاز شد.\n\nامتحان کانکور با اشتراک بیش از هزار تن از فارغین صنوف دوازدهم در دانشگاه مرکزی کابل آغاز شد.\nاین امتحان سه روزه در دانشگاه های پلی تکنیک، طب و تعلیم و تربیه در سه مرحله برگزار می‌شود.\n";
    let a = extract(page);
    assert_eq!(a.title.as_deref(), Some("امتحان کانکور در دانشگاه مرکزی کابل آغاز شد."));
}

#[test]
fn a_short_persian_standfirst_with_its_period_is_the_lead() {
    let page = "ایران قهرمان والیبال جوانان آسیا شد\n\nتیم والیبال جوانان ایران بر سکوی نخست آسیا ایستاد.\n\nعصر دیروز در سالن پر از تماشاچی ورزشگاه آزادی، تیم والیبال جوانان ایران در دیدار نهایی حریف خود را شکست داد.\n\nشاگردان مربی تیم در ست‌های اول، دوم و چهارم برتری یافتند و عنوان قهرمانی را به دست آوردند.\n";
    assert_eq!(extract(page).lead.as_deref(), Some("تیم والیبال جوانان ایران بر سکوی نخست آسیا ایستاد."));
}

#[test]
fn a_time_zones_name_after_the_clock_is_no_site() {
    let page = "حمل 01, 1403 11:51 Asia/Kabul\n\nوزارت معارف در اطلاعیه‌ای از نواختن زنگ مکاتب در مناطق سردسیر همزمان با آغاز سال نو خبر داد.\n\nبه گزارش رادیو دری، این وزارت اعلام کرده است که زنگ مکاتب امروز در مناطق سردسیر نواخته می‌شود.\n";
    let a = extract(page);
    assert_eq!(a.site, None);
    assert_eq!(a.published.as_ref().and_then(|d| d.utc_offset.as_deref()), Some("+04:30"));
}

#[test]
fn a_wire_dateline_in_brackets_at_the_head_of_the_text_dates_the_article() {
    let page = "وزارت معارف: ادامه تحصیل و آموزش حق زنان و دختران است\n\nآسواکانیوز(شنبه/۲۹عقرب/۱۴۰۰): سرپرست وزارت معارف می‌گوید، تحصیل حق مسلم اسلامی و قانونی زنان و دختران است.\n\nنورالله منیر می‌افزاید که این وزارت تلاش دارد تا همه دختران به مکتب‌ها بازگردند.\n";
    let a = extract(page);
    assert_eq!(a.published.as_ref().and_then(|d| d.value.as_deref()), Some("2021-11-20"));
}

#[test]
fn a_line_of_nothing_but_title_buttons_is_no_title_and_stays_accounted_for() {
    // Found by the extract fuzz target: the buttons, stripped from a "title" that was nothing
    // else, had left an empty title and the line outside every span.
    let page = "PDF چاپ نامه الکترونیک\n\nشش شبکه آبیاری در ولسوالی پغمان به بهره‌برداری سپرده شد و مردم منطقه از آن استقبال کردند.\n\nوزارت زراعت می‌گوید این شبکه‌ها زمین‌های بیش از دو هزار خانواده را آبیاری می‌کنند.\n";
    let a = extract(page);
    assert_ne!(a.title.as_deref(), Some(""));
    assert_ne!(a.title.as_deref(), Some("PDF چاپ نامه الکترونیک"));
    let at = 0;
    let covered = a.removed.iter().map(|r| (r.start, r.end)).chain(a.title_span.map(|s| (s.start, s.end))).any(|(s, e)| s <= at && at < e);
    assert!(covered, "the buttons' line is accounted for");
}

#[test]
fn a_photo_caption_with_its_rights_is_no_title_and_its_owner_no_site() {
    // Euronews Persian's layout: a menu with Latin items, the headline, then the photo's caption
    // printed alone and again with its rights, and the byline.
    let page = "Newsletter خبرنامه Events مناسبت ها پادکست ها ویدیو Africanews\nآگهی\n\nبازار مسکن در سال آینده به کدام سو می‌رود؟ پاسخ یک مدل اقتصادی به پرسش خریداران\n\nساختمان‌های در حال ساخت در تهران\nساختمان‌های در حال ساخت در تهران Copyright  CANVA\nCopyright CANVA\nنگارش از Alain Chandelier\n\nخرید خانه برای بسیاری از خانواده‌های ایرانی به رؤیایی دور تبدیل شده است و قیمت‌ها هر ماه بالاتر می‌رود.\n\nکارشناسان می‌گویند رشد نقدینگی و تورم مهم‌ترین عامل افزایش قیمت مسکن در سال‌های اخیر بوده است.\n";
    let a = extract(page);
    assert_eq!(a.title.as_deref(), Some("بازار مسکن در سال آینده به کدام سو می‌رود؟ پاسخ یک مدل اقتصادی به پرسش خریداران"));
    assert_ne!(a.site.as_deref(), Some("CANVA"));
}

#[test]
fn a_promo_with_a_pictograph_gives_way_to_the_headline_its_photo_repeats() {
    // Investing.com's Arabic pages: a promo above the headline, whose photo caption repeats it
    // after the agency's rights.
    let page = "💎 تعرف على أفضل الأسهم لهذا الشهرابدأ الآن\n\nالبنك المركزي يرفع أسعار الفائدة للمرة الثالثة هذا العام\n\nتم النشر 12/03/2015, 14:10\n© Reuters البنك المركزي يرفع أسعار الفائدة للمرة الثالثة هذا العام\n\nالقاهرة (رويترز) - قال البنك المركزي يوم الخميس إنه رفع أسعار الفائدة الرئيسية بمقدار نصف نقطة مئوية لكبح التضخم.\n\nوأضاف البنك في بيان أن القرار يهدف إلى الحفاظ على استقرار الأسعار في الأجل المتوسط.\n";
    let a = extract(page);
    assert_eq!(a.title.as_deref(), Some("البنك المركزي يرفع أسعار الفائدة للمرة الثالثة هذا العام"));
}

#[test]
fn a_clock_widget_is_no_title_and_a_byline_with_a_dash_is_no_paragraph() {
    let page = "توقيت القاهرة المحلي 01:54:20 آخر تحديث\n\nمصر تفتتح أكبر محطة لتحلية مياه البحر في الساحل الشمالي\n\nبقلم - أحمد عبد الرحمن\n\nافتتحت الحكومة المصرية اليوم أكبر محطة لتحلية مياه البحر في الساحل الشمالي بطاقة تبلغ مئة ألف متر مكعب يوميا.\n\nوقال وزير الإسكان إن المحطة ستخدم أكثر من نصف مليون مواطن في المدن الساحلية خلال فصل الصيف.\n";
    let a = extract(page);
    assert_eq!(a.title.as_deref(), Some("مصر تفتتح أكبر محطة لتحلية مياه البحر في الساحل الشمالي"));
    assert!(reason_of(&a, "بقلم - أحمد عبد الرحمن").is_some(), "the byline is removed");
    assert_eq!(a.paragraphs.len(), 2);
}

#[test]
fn a_news_id_under_the_sites_slogan_is_never_the_title() {
    let page = "جمعه 2 آذر 1403, Friday 22 November 2024\nاز پنجره ما به همه شهر نگاه کنید...\nکد خبر: 22232\nمنتشر شده در سه شنبه, 29 شهریور 1401 14:46\nتعداد دیدگاه: 0\n\nصاحبان امتیاز پایگاه‌های خبری از روز جمعه یکم مهر تا پایان روز یکشنبه دهم مهرماه می‌توانند در رتبه‌بندی شرکت کنند.\n\nبه گزارش پایگاه خبری ما، دور پنجم رتبه‌بندی پایگاه‌های خبری به صورت الکترونیک برگزار می‌شود.\n";
    let a = extract(page);
    assert_ne!(a.title.as_deref(), Some("کد خبر: 22232"));
    assert_eq!(a.news_id.as_deref(), Some("22232"));
}

#[test]
fn a_trail_of_slashes_that_ends_with_the_headline_gives_the_section() {
    let page = "خانه / ورزش / تیم ملی فوتبال افغانستان به مرحله نهایی رسید\n\nتیم ملی فوتبال افغانستان به مرحله نهایی رسید\n\nتیم ملی فوتبال افغانستان با پیروزی دو بر یک مقابل تیم میزبان به مرحله نهایی مسابقات راه یافت.\n\nمربی تیم ملی پس از بازی گفت که بازیکنان با روحیه بالا برای دیدار نهایی آماده می‌شوند.\n";
    let a = extract(page);
    assert_eq!(a.title.as_deref(), Some("تیم ملی فوتبال افغانستان به مرحله نهایی رسید"));
    assert_eq!(a.kicker, None);
    assert_eq!(a.section.as_deref(), Some("ورزش"));
}

#[test]
fn a_tab_title_with_agency_and_slogan_keeps_the_headline_alone() {
    let page = "۵ پروژه عمرانی در فومن به بهره برداری رسید – خبرگزاری مهر | اخبار ایران و جهان\n\nبه گزارش خبرنگار مهر، همزمان با هفته دولت پنج پروژه عمرانی و خدماتی با حضور مسئولان استانی در فومن افتتاح شد.\n\nفرماندار فومن در این مراسم گفت که اعتبار این پروژه‌ها از محل بودجه استانی تامین شده است.\n";
    let a = extract(page);
    assert_eq!(a.title.as_deref(), Some("۵ پروژه عمرانی در فومن به بهره برداری رسید"));
    assert_eq!(a.section, None);
}

#[test]
fn a_weekday_is_no_source_and_a_follow_us_line_is_no_paragraph() {
    let page = "به گزارش روز چهارشنبه، نشست وزیران خارجه کشورهای همسایه افغانستان به صورت مجازی برگزار شد و درباره وضعیت امنیتی منطقه گفت‌وگو کردند.\n\nسلام‌وطندار فارسی را در تلگرام دنبال کنید\n\nوزیران خارجه در پایان نشست بر ضرورت تشکیل حکومت فراگیر در افغانستان تاکید کردند و خواستار کمک‌های بشردوستانه شدند.\n";
    let a = extract(page);
    assert!(a.sources.iter().all(|s| !s.name.contains("چهارشنبه")), "{:?}", a.sources);
    assert_eq!(reason_of(&a, "سلام‌وطندار فارسی را در تلگرام دنبال کنید"), Some(khabar::RemovalReason::Newsletter));
    assert_eq!(a.paragraphs.len() + usize::from(a.lead.is_some()), 2);
}

#[test]
fn a_summary_cut_off_above_the_full_paragraph_is_kept_once() {
    let page = "شاروالی مزارشریف در حالی که معاون ریاست مالی و اداری و مدیر ناحیه چهارم نیز حضور داشتند پیاده‌روهای شهر را از اشغال دکانداران پاک کرد و به کسانی که قوانین شهری را نادیده گرفته اند هشدار داد که با آنان برخورد جدی خواهد شد و جریمه نق\nشاروالی مزارشریف در حالی که معاون ریاست مالی و اداری و مدیر ناحیه چهارم نیز حضور داشتند پیاده‌روهای شهر را از اشغال دکانداران پاک کرد و به کسانی که قوانین شهری را نادیده گرفته اند هشدار داد که با آنان برخورد جدی خواهد شد و جریمه نقدی می‌شوند و دکان‌های شان بسته خواهد شد.\n\nمسئولان شاروالی می‌گویند این کار برای آسانی رفت و آمد باشندگان شهر انجام شده است و ادامه خواهد یافت.\n";
    let a = extract(page);
    let texts: Vec<&str> = a.lead.iter().map(String::as_str).chain(a.body.iter().map(String::as_str)).collect();
    assert_eq!(texts.iter().filter(|t| t.starts_with("شاروالی مزارشریف در حالی")).count(), 1, "{texts:?}");
    assert!(texts.iter().any(|t| t.ends_with("بسته خواهد شد.")));
}

#[test]
fn the_headline_over_its_reading_time_beats_the_sites_slogan() {
    let page = "پ٫ اردیبهشت ۶ام, ۱۴۰۳\n\nخبرنگاران امروز\n\nپایگاه اخبار صنف خبرنگاران، اصحاب مطبوعات و رسانه های کشور\n\nپنجمین دوره رتبه‌بندی پایگاه‌های خبری آغاز شد\n\n1 دقیقه خوانده شده\nدور پنجم رتبه‌بندی پایگاه‌های خبری به صورت الکترونیک و در بستر سامانه جامع رسانه‌ها انجام می‌شود.\nبه گزارش پایگاه خبری ما، صاحبان امتیاز پایگاه‌های خبری از روز جمعه تا پایان روز یکشنبه فرصت دارند در سامانه ثبت نام کنند.\n";
    let a = extract(page);
    assert_eq!(a.title.as_deref(), Some("پنجمین دوره رتبه‌بندی پایگاه‌های خبری آغاز شد"));
    assert_eq!(a.published, None, "the date above the site's name is the site's");
}

#[test]
fn a_datelines_city_is_no_site() {
    let page = "شاروالی مزارشریف پیاده‌روهای شهر را از اشغال دکانداران پاک کرد و به متخلفان هشدار داد.\n\nمسئولان شاروالی می‌گویند این کار برای آسانی رفت و آمد باشندگان شهر انجام شده است و ادامه خواهد یافت.\n\nمزارشریف - شنبه ۱۳ میزان سال ۱۳۹۸ خورشیدی\n";
    let a = extract(page);
    assert_eq!(a.site, None);
    assert_eq!(a.published.and_then(|p| p.value).as_deref(), Some("2019-10-05"));
}

#[test]
fn a_table_of_names_and_figures_after_an_announcing_sentence_is_text() {
    let page = "آمار تازه بیماران در استان‌ها اعلام شد\n\nسخنگوی وزارت بهداشت گفت که از ظهر دیروز تا امروز بر اساس معیارهای قطعی تشخیصی، بیماران جدید در کشور شناسایی شدند.\nوی موارد جدید بیماران در کشور را به تفکیک استان به شرح زیر اعلام کرد:\nتهران: 249\nقم: 17\nگیلان: 38\nاصفهان: 87\n";
    let a = extract(page);
    for row in ["تهران: 249", "قم: 17", "گیلان: 38", "اصفهان: 87"] {
        assert!(a.body.iter().any(|p| p == row), "{row} is text: {:?}", a.removed);
    }
}

#[test]
fn a_wires_end_mark_after_the_last_sentence_ends_it() {
    let page = "الصحة تسجل ست إصابات جديدة في السليمانية\n\nذكرت وزارة الصحة في بيان، إن الإصابات الجديدة تعود لثلاث نساء ورجلين وطفل، وإنهم جميعا في الحجر الصحي منذ أيام.\nوأضافت أن أربعة من المصابين الجدد من سكنة قضاء كفري واثنين من قضاء كلار، منوهة إلى أنهم تلقوا العدوى من مصابين سابقين.انتهى\n";
    let a = extract(page);
    assert!(a.body.iter().chain(a.lead.iter()).any(|p| p.contains("مصابين سابقين")), "{:?}", a.removed);
}

#[test]
fn the_headline_again_with_its_tags_is_no_paragraph() {
    let page = "الأربعاء 12 مارس 2025\nرياضة\n\nلعنة المونديال.. مدربون أقيلوا بعد مشاركة باهتة وآخرون أبعدوا بعد التأهل\n\nلعنة المونديال.. مدربون أقيلوا بعد مشاركة باهتة وآخرون أبعدوا بعد التأهل كأس العالم للأندية\nسجلت الأندية المغربية حضورا متباينا في منافسات كأس العالم للأندية، فقد نالت أربعة أندية شرف المشاركة في هذا الحدث.\n\nبدأت علاقة الكرة المغربية بالمونديال سنة 2000 بالبرازيل، حين مثل الرجاء المغرب وإفريقيا في هذه التظاهرة.\n";
    let a = extract(page);
    assert_eq!(a.title.as_deref(), Some("لعنة المونديال.. مدربون أقيلوا بعد مشاركة باهتة وآخرون أبعدوا بعد التأهل"));
    assert!(a.body.iter().chain(a.lead.iter()).all(|p| !p.starts_with("لعنة المونديال")), "{:?}", a.body);
}

#[test]
fn a_list_of_the_days_headlines_gives_no_lead() {
    let page = "السلطان يصدر مرسوماً باعتماد نظام الهيئة العامة للطيران المدني\n\nسلطنة عمان تدشن أيامها الثقافية في موسكو\n\nمكتب الشورى يدرس الاستعانة ببيت خبرة لتقييم قطاع النفط\n\nخبراء دوليون يناقشون قانون حماية المستهلك ويشيدون بتجربة السلطنة\n\nأصدر السلطان مرسوماً سلطانياً باعتماد نظام الهيئة العامة للطيران المدني، ونص المرسوم على أن يعمل بالنظام المرفق من تاريخ نشره.\n\nوتضمن النظام أحكاماً تنظم عمل الهيئة واختصاصاتها في مجال سلامة الطيران والنقل الجوي في السلطنة.\n";
    let a = extract(page);
    assert_eq!(a.title.as_deref(), Some("السلطان يصدر مرسوماً باعتماد نظام الهيئة العامة للطيران المدني"));
    assert_ne!(a.lead.as_deref(), Some("سلطنة عمان تدشن أيامها الثقافية في موسكو"));
}

#[test]
fn the_sites_name_with_its_home_link_is_no_title() {
    let page = "مرکز نوآوری دانشگاه صفحه نخست\n\nحمایت ویژه دانشگاه از طرح‌های پژوهشی دانشجویان\n\nرئیس دانشگاه با بیان اینکه طرح‌های پژوهشی دانشجویان از امسال بودجه ویژه‌ای دارند، گفت: این طرح‌ها در سه ماه داوری می‌شوند.\n\nوی افزود: نتیجه داوری در پایگاه اینترنتی دانشگاه اعلام خواهد شد و طرح‌های برگزیده جایزه می‌گیرند.\n";
    let a = extract(page);
    assert_eq!(a.title.as_deref(), Some("حمایت ویژه دانشگاه از طرح‌های پژوهشی دانشجویان"));
}

#[test]
fn a_headline_quoted_in_the_lead_is_the_title_not_the_line_above() {
    let page = "یکشنبه ۵ فروردین ۱۴۰۳\n\nوزیر راه در بندرعباس گفت\n\nتکمیل بزرگراه ساحلی اولویت وزارت راه است\nپنجشنبه ۳۱ مرداد ۱۴۰۲ ساعت ۱۰:۴۲\nکد مطلب: 123456\nوزیر راه گفت: تکمیل بزرگراه ساحلی اولویت وزارت راه است.\nبه گزارش خبرنگار ما، وزیر راه و شهرسازی امروز در بدو ورود به بندرعباس در جمع مسئولان استان این مطلب را گفت.\nوی افزود: سه قطعه از این بزرگراه تا پایان سال به بهره‌برداری می‌رسد و بقیه در سال آینده.\n";
    let a = extract(page);
    assert_eq!(a.title.as_deref(), Some("تکمیل بزرگراه ساحلی اولویت وزارت راه است"));
    assert_eq!(a.published.as_ref().and_then(|d| d.value.as_deref()), Some("2023-08-22T10:42"));
}

#[test]
fn a_credited_name_ends_before_the_verb() {
    let page = "سالانه هزاران نفر در کشور به سرطان مبتلا می‌شوند\n\nوزارت صحت عامه روز چهارشنبه اعلام کرد که آگاهی عمومی از بیماری سرطان در کشور هنوز کم است و شمار مبتلایان رو به افزایش است.\n\nخبرگزاری ما بر اساس گزارش سازمان جهانی بهداشت گزارش داد، که بیشتر بیماران زن از سرطان پستان رنج می‌برند.\n";
    let a = extract(page);
    let names: Vec<&str> = a.sources.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["سازمان جهانی بهداشت"]);
}

#[test]
fn an_ad_label_glued_after_the_first_paragraph_keeps_it_text() {
    let page = "الجمعة 2026-03-13 12:50 م\n\nمقتل شخصين إثر سقوط طائرة مسيرة في منطقة صناعية\n\nالجمعة، 13-03-2026 09:33 ص\nالوكيل الإخباري-   قتل شخصان وأصيب آخرون، الجمعة، جراء سقوط طائرة مسيرة في منطقة صناعية، وفق ما أفادت وكالة الأنباء العمانية نقلاً عن مصدر أمني.اضافة اعلان\n\nوأوضحت الوكالة أن الطائرة سقطت في المنطقة الصناعية، ما أسفر عن مقتل شخصين وإصابة آخرين بجروح متفاوتة.\n";
    let a = extract(page);
    assert!(a.body.iter().chain(a.lead.iter()).any(|p| p.contains("قتل شخصان")), "{:?}", a.removed);
    // The agency the page quotes is not the page.
    assert_eq!(a.site, None);
}

#[test]
fn a_place_and_an_outlet_on_a_line_are_a_credit_not_the_title() {
    let page = "الخرطوم – السوداني\n\nزار رئيس مجلس السيادة ظهر اليوم وزارة الصحة الاتحادية بمقرها في الخرطوم، واطلع على سير العمل في إداراتها المختلفة.\n\nوأكد خلال الزيارة التزامه بتقديم الدعم الكامل لقطاع الصحة في البلاد، خاصة في مجال مكافحة الأوبئة.\n";
    let a = extract(page);
    assert_eq!(a.title, None);
    assert_eq!(reason_of(&a, "الخرطوم – السوداني"), Some(khabar::RemovalReason::Credit));
    let names: Vec<&str> = a.sources.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["السوداني"]);
    // The outlet may also come first: `بغداد اليوم – بغداد`.
    let page = page.replace("الخرطوم – السوداني", "بغداد اليوم – بغداد");
    assert_eq!(extract(&page).sources.first().map(|s| s.name.as_str()), Some("بغداد اليوم"));
}

#[test]
fn a_clock_widget_is_neither_the_title_nor_the_articles_date() {
    let page = "التوقيت الخميس، 25 أبريل 2024\nالتوقيت 09:09 م , بتوقيت القاهرة\n\nالحوثيون يدخلون منطقة التواهي في عدن\n\nدخل مقاتلو الحوثيين منطقة التواهي في عدن، وهي من آخر معاقل مؤيدي الحكومة، رغم الضربات الجوية المستمرة.\n\nوقال عدد من سكان المنطقة إن اشتباكات ضارية تدور في الشوارع منذ الصباح الباكر.\n";
    let a = extract(page);
    assert_eq!(a.title.as_deref(), Some("الحوثيون يدخلون منطقة التواهي في عدن"));
    assert_eq!(a.published, None);
    assert_eq!(a.page_date.as_ref().and_then(|d| d.value.as_deref()), Some("2024-04-25"));
    assert_eq!(a.site, None);
}

#[test]
fn a_sections_heading_is_no_title() {
    let page = "أخبار اليمن\n\nأسفر القتال الليلة الماضية بين الطرفين في محافظة تعز عن سقوط قتلى وجرحى، حسبما قال مسؤولون محليون.\n\nوقال المسؤولون إن المساعدات الإنسانية لم تصل بعد إلى عاصمة المحافظة بسبب المعارك.\n";
    assert_eq!(extract(page).title, None);
}

#[test]
fn a_news_date_label_and_a_place_beside_the_source_name_neither_outlet() {
    let page = "المنتخب يجري حصته التدريبية الأخيرة قبل المباراة\n\nيجري المنتخب الوطني عشية اليوم الجمعة حصته التدريبية الأخيرة بالملعب الكبير، تحسبا للمباراة الحاسمة.\n\nواكتفى المدرب بحصتين فقط قبل المباراة، بعد أن ضمن الفريق سلفا عبوره إلى النهائيات.\n\nتاريخ الخبر: 2023-06-16 12:21:16\nالمصدر: تيل كيل عربي - المغرب\n";
    let a = extract(page);
    assert_eq!(a.site, None);
    let names: Vec<&str> = a.sources.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["تيل كيل عربي"]);
}

#[test]
fn a_listings_teaser_above_the_headline_is_neither_text_nor_title() {
    let page = "با توجه به تأکید شهردار یزد بر آماده سازی شهر برای استقبال از بهار ...\n\nرنگ و بوی بهار در منطقه یک\n\nبا توجه به تأکید شهردار یزد بر آماده سازی شهر برای استقبال از بهار و میهمانان نوروزی، عملیات رنگ آمیزی جداول و نرده ها در منطقه یک آغاز شد.\n\nمسئول روابط عمومی شهرداری منطقه گفت که این عملیات تا پایان اسفند در همه بلوارهای اصلی منطقه ادامه خواهد داشت.\n";
    let a = extract(page);
    assert_eq!(a.title.as_deref(), Some("رنگ و بوی بهار در منطقه یک"));
    assert_eq!(a.body.len(), 2, "{:?}", a.body);
    assert_eq!(reason_of(&a, "با توجه به تأکید شهردار یزد بر آماده سازی شهر برای استقبال از بهار ..."), Some(khabar::RemovalReason::Duplicate));
}

#[test]
fn dari_typed_with_arabic_letters_throughout_is_dari() {
    // A ministry's page: ي and ك everywhere, a گ or پ here and there, and Persian's own words.
    let page = "كلينيك صحي دره شاديان ولايت بلخ به بهره برداري سپرده شد\n\nوزير صحت عامه كشور كلينيك صحي دره شاديان ولايت بلخ را كه كار اعمار آن تكميل شده بود امروز طي مراسمي به بهره برداري سپرد.\n\nوزير صحت عامه افتتاح اين مركز صحي را يك قدم نيك براي بلند بردن دسترسي مردم به خدمات صحي خواند و تاكيد نمود كه وزارت به اين كار ادامه مي دهد.\n\nاين در حاليست كه وزير روز قبل سنگ تهداب چهار باب مركز صحي را در نقاط مختلف اين ولايت نهاد.\n";
    let a = extract(page);
    assert_eq!(a.language, khabar::Language::Fa);
    assert_eq!(a.variant, Some(khabar::Variant::FaAf));
    assert_eq!(a.body.len(), 3, "{:?}", a.removed);
}

#[test]
fn the_word_that_joins_two_calendars_on_a_dateline_is_no_outlet() {
    let page = "يك انبار بزرگ سلاح و مهمات در ولايت غور منفجر شد\nتاریخ 10.11.2005   مطابق با 19 عقرب 1384\nفرمانده امنيتي ولايت غور اعلام كرد كه يك انبار بزرگ سلاح و مهمات از سوي افراد مسلح ناشناس سه شنبه شب منفجر شد.\nوي گفت كه در اين رويداد به كسي آسيب نرسيده و تحقيقات در اين باره آغاز شده است.\n";
    let a = extract(page);
    assert_eq!(a.site, None);
    assert_eq!(a.published.as_ref().and_then(|d| d.value.as_deref()), Some("2005-11-10"));
}

#[test]
fn a_tickers_label_above_the_headline_takes_no_headline_with_it() {
    let page = "اخبار لبنان اخبار صيدا اعلانات منوعات عربي ودولي صور وفيديو\nآخر الأخبار\n\nنائب رئيس البلدية جال واعضاء المجلس في المدينة القديمة استعدادا لشهر رمضان\n\nموقع المدينة\n\nقام نائب رئيس البلدية واعضاء المجلس البلدي بجولة في المدينة القديمة، اطلعوا خلالها على الاستعدادات لاستقبال الزوار.\n\nوكان الهدف من الجولة الاطلاع على جهوزية المدينة لاستقبال زوارها وضيوفها خلال شهر رمضان المبارك.\n";
    let a = extract(page);
    assert_eq!(a.title.as_deref(), Some("نائب رئيس البلدية جال واعضاء المجلس في المدينة القديمة استعدادا لشهر رمضان"));
}

#[test]
fn a_photos_caption_naming_the_leads_subject_is_neither_title_nor_lead() {
    let page = "رئيس التحرير\nعصام كامل\n\nمحافظ الإسكندرية يشارك في الجلسة الـ13 لمجلس إدارة الجامعة\n\n الدكتور محمد سلطان،\nالدكتور محمد سلطان، محافظ الإسكندرية\n\nشارك الدكتور محمد سلطان، محافظ الإسكندرية، اليوم الأحد، في مجلس جامعة الإسكندرية بجلسته الـ13 للعام الدراسي الحالي.\n\nوهنأ المحافظ جميع الحضور بمناسبة حلول شهر رمضان، متمنيا للجامعة دوام التقدم في خدمة الطلاب.\n";
    let a = extract(page);
    assert_eq!(a.title.as_deref(), Some("محافظ الإسكندرية يشارك في الجلسة الـ13 لمجلس إدارة الجامعة"));
    assert_eq!(a.lead, None);
    assert_eq!(a.section, None);
}

#[test]
fn a_date_in_two_calendars_above_the_headline_is_the_sites_banner() {
    let page = "جمعه ۱۰ فروردین ۱۴۰۳ |۱۸ رمضان ۱۴۴۵ | Mar 29, 2024\n\nبازدید نماینده مردم زنجان از خبرگزاری حوزه\n\nحوزه/ نماینده مردم زنجان در مجلس خبرگان در بازدید از خبرگزاری حوزه گفت که اطلاع‌رسانی دقیق از وظایف امروز رسانه‌های دینی است.\n\nوی افزود: امروز شرایط به گونه‌ای است که هر مرکزی باید در جهت فعالیت خود روشنگری کند.\n";
    let a = extract(page);
    assert_eq!(a.published, None);
    assert_eq!(a.page_date.as_ref().and_then(|d| d.value.as_deref()), Some("2024-03-29"));
}

#[test]
fn a_desks_name_before_the_outlet_is_not_part_of_its_name() {
    let page = "رونمایی از تمبر یادبود هفتاد سالگی دانشگاه تبریز\n\nبه گزارش خبرنگار گروه دانشگاه خبرگزاری دانشجو، در مراسم هفتادمین سال تاسیس دانشگاه تبریز از تمبر یادبود و هفت جلد کتاب رونمایی شد.\n\nدر ادامه برنامه از چهره‌های ماندگار و دانش‌آموختگان برگزیده دانشگاه تقدیر به عمل آمد.\n";
    let a = extract(page);
    let names: Vec<&str> = a.sources.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["خبرگزاری دانشجو"]);
}

#[test]
fn a_wire_credit_with_tatweel_dashes_and_the_reporter_is_a_credit() {
    let page = "بغداد ـ واع ـ وسام الملا\n\nأعلنت دائرة صحة البصرة، اليوم الأربعاء، افتتاح مستشفيات ومراكز جديدة لتعزيز الخدمات الطبية في المحافظة.\n\nوقال مدير عام صحة البصرة إن المحافظة شهدت تطورا كبيرا في قطاع الصحة خلال العامين الماضيين.\n";
    let a = extract(page);
    assert_eq!(a.title, None);
    assert_eq!(a.sources.first().map(|s| s.name.as_str()), Some("واع"));
}

#[test]
fn a_headline_glued_to_its_clock_and_a_trail_from_home_are_read_right() {
    let page = "وزارة التربية والتعليم\n\nتجاوز إلى المحتوى الرئيسي\nإمكانية وصول الأشخاص ذوي الإعاقة\n\nمدير التربية يؤكد جاهزية قاعات الامتحان لاستقبال طلبة الدورة التكميلية الأربعاء, 20 ديسمبر 2023, 11:18\n\nالرئيسية/الاخبار\n\nأكد مدير التربية جاهزية القاعات لاستقبال طلبة الدورة التكميلية، مشيرا إلى أن عدد المسجلين بلغ 1670 طالبا وطالبة.\n\nوأضاف أن الامتحانات تبدأ صباح السبت المقبل في جميع المدارس المعتمدة.\n";
    let a = extract(page);
    assert_eq!(a.title.as_deref(), Some("مدير التربية يؤكد جاهزية قاعات الامتحان لاستقبال طلبة الدورة التكميلية"));
    // The time stamp glued after the headline is the article's.
    assert_eq!(a.published.as_ref().and_then(|d| d.value.as_deref()), Some("2023-12-20T11:18"));
    assert_eq!(reason_of(&a, "إمكانية وصول الأشخاص ذوي الإعاقة"), Some(khabar::RemovalReason::SiteChrome));
}

#[test]
fn a_call_to_subscribe_is_no_title_and_a_bylines_writer_no_outlet() {
    let page = "إشترك في النسخة الرقمية لجريدة الصباح و LE TEMPS\n\nفي مجلس الجهات والأقاليم.. مطالبة بتوفير الأسمدة والبذور والأعلاف\n\nطالب أعضاء المجلس الوطني للجهات والأقاليم أمس خلال جلسة عامة بتوفير الأسمدة والبذور والأعلاف للفلاحين في مختلف الجهات.\n\nوأكد الوزير أن الوزارة برمجت عديد المشاريع في قطاع المياه خلال السنة الحالية.\n";
    let a = extract(page);
    assert_eq!(a.title.as_deref(), Some("في مجلس الجهات والأقاليم.. مطالبة بتوفير الأسمدة والبذور والأعلاف"));
    let page = "کاهش محصولات انگور در ولایت هرات\n\nby Abdullah Atayi | August 31, 2016 8:22 AM\n\nمسئولان ریاست زراعت ولایت هرات می‌گویند که به دلیل سرمای شدید در فصل بهار، محصولات انگور امسال کاهش یافته است.\n\nآمر بخش باغداری اداره زراعت هرات گفت که امسال هشتاد هزار تن انگور در این ولایت تولید شده است.\n";
    let a = extract(page);
    assert_eq!(a.site, None);
    assert_eq!(a.published.as_ref().and_then(|d| d.value.as_deref()), Some("2016-08-31T08:22"));
}

#[test]
fn a_widgets_clock_time_is_no_title() {
    // A video's duration above its headline, and a prayer-times widget.
    let page = "فيديو\n\nمدة الفيديو 01:56\n\nشاهد.. أول رحلة تجريبية لقطار الركاب بين المدينتين\n\nأجرت شركة القطارات الوطنية أول رحلة تجريبية لقطار الركاب بين المدينتين، في خطوة تسبق التشغيل التجاري للخط.\n\nوقالت الشركة إن الرحلة استغرقت أقل من ساعة، وإن الخط سيفتح للمسافرين خلال العام المقبل.\n";
    assert_eq!(extract(page).title.as_deref(), Some("شاهد.. أول رحلة تجريبية لقطار الركاب بين المدينتين"));
    let page = "اوقات شرعی کابل\nاذان صبح 5:31 ق-ظ\nطلوع آفتاب 6:59 ق-ظ\n\nپیام شاروالی کابل در مورد توطئه اخیر سودجویان\n\nشاروالی کابل اعلام کرد که شماری از افراد سودجو با پخش خبرهای نادرست می‌کوشند مردم را فریب دهند.\n\nاین اداره از شهروندان خواست تا اخبار را تنها از منابع رسمی دنبال کنند.\n";
    assert_eq!(extract(page).title.as_deref(), Some("پیام شاروالی کابل در مورد توطئه اخیر سودجویان"));
}

#[test]
fn a_date_labelled_today_above_the_headline_is_the_sites_date() {
    let page = "امروز: جمعه ۰۲ آذر ۱۴۰۳ - ۱۳:۰۹\n\nتایید ابتلای سه مورد جدید به کرونا در قم\n\nکد خبر: ۲۹۰۱۷۱\nتاریخ انتشار: ۰۱ اسفند ۱۳۹۸ - ۱۲:۵۶\n\nرئیس مرکز روابط عمومی وزارت بهداشت از تایید ابتلای سه مورد جدید به کرونا در قم و اراک خبر داد.\n\nوی افزود که هر سه بیمار تحت مراقبت هستند و اقدامات لازم برای پیشگیری انجام شده است.\n";
    let a = extract(page);
    assert_eq!(a.published.as_ref().and_then(|d| d.value.as_deref()), Some("2020-02-20T12:56"));
    assert_eq!(a.page_date.as_ref().and_then(|d| d.value.as_deref()).map(|v| &v[..10]), Some("2024-11-22"));
}

#[test]
fn a_browser_tabs_title_over_the_headline_names_the_site() {
    let page = "Please enable JavaScript\nالعضايلة: لا يسمح لحملة التصاريح بدخول إربد أو الخروج منها | رؤيا الإخباري\n\nالعضايلة: لا يسمح لحملة التصاريح بدخول إربد أو الخروج منها\n\nنشر: 2020-03-26 23:41\n\nأكد وزير الدولة لشؤون الإعلام أن حملة التصاريح الصادرة عن رئاسة الوزراء لا يسمح لها بالدخول إلى محافظة اربد أو الخروج منها.\n\nوبين أن القرار يأتي ضمن إجراءات العزل التي أعلنتها الحكومة مساء اليوم.\n";
    let a = extract(page);
    assert_eq!(a.title.as_deref(), Some("العضايلة: لا يسمح لحملة التصاريح بدخول إربد أو الخروج منها"));
    assert_eq!(a.lead, None);
    assert_eq!(a.site.as_deref(), Some("رؤيا الإخباري"));
    assert_eq!(a.section, None);
}

#[test]
fn an_outlets_name_above_the_headline_is_the_site_not_the_section() {
    let page = "خبرگزاری معمار\n\nوزارت داخله از ایجاد ۴۰ ولسوالی جدید در ولایت‌های مختلف کشور خبر داد\n\nمسئولان وزارت داخله اعلام کرده‌اند که در آینده نزدیک چهل ولسوالی جدید در ولایت‌های مختلف کشور ایجاد خواهد شد.\n\nبه گزارش خبرگزاری معمار، این تصمیم برای بهبود خدمات اداری در مناطق دوردست گرفته شده است.\n";
    let a = extract(page);
    assert_eq!(a.section, None);
    assert_eq!(a.site.as_deref(), Some("خبرگزاری معمار"));
}

#[test]
fn a_trail_from_the_home_page_is_no_title_however_it_is_spaced() {
    let page = "الرئيسية/الاخبار\n\nأكد مدير التربية جاهزية القاعات لاستقبال طلبة الدورة التكميلية، مشيرا إلى أن عدد المسجلين بلغ 1670 طالبا وطالبة.\n\nوأضاف أن الامتحانات تبدأ صباح السبت المقبل في جميع المدارس المعتمدة في المحافظة.\n";
    let a = extract(page);
    assert_eq!(a.title, None);
    assert_eq!(a.body.len(), 2);
}
