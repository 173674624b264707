//! Words around credits, news IDs, sections and publication dates.
//!
//! Source: how Persian, Dari and Arabic news sites label these fields on their article pages
//! (ISNA, IRNA, Tasnim, Mehr, Fars, Borna, Khabaronline, Tolonews, Pajhwok; Al Jazeera, Al
//! Arabiya, Youm7, Asharq Al-Awsat, Petra, SANA, Levant News), and the seeds' lines.

/// Phrases that introduce the source a report comes from: "according to X", "X reported".
/// At most 64 (the extractor keeps a bit per phrase).
pub static REPORT_LEADS: &[&str] = &[
    "به گزارش",
    "به نقل از",
    "بنا بر گزارش",
    "بنابر گزارش",
    "بر اساس گزارش",
    "براساس گزارش",
    "نقلا عن",
    "نقلاً عن",
    "وفقا لـ",
    "وفقاً لـ",
    "حسب ما أفادت",
    "حسبما أفادت",
    "أفادت وكالة",
    "ذكرت وكالة",
    "قالت وكالة",
    "بحسب وكالة",
    "حسب وكالة",
    "نقلت وكالة",
    "أوردت وكالة",
    "كانت وكالة",
    // Told to, or interviewed by, an outlet's reporter (`در گفت‌وگو با خبرنگار ایسنا`, `في
    // تصريح لوكالة الأناضول`): only a known outlet counts, named within the next few words.
    "در گفت‌وگو با خبرنگار",
    "در گفتگو با خبرنگار",
    "در گفت و گو با خبرنگار",
    "به خبرنگار",
    "في تصريح لوكالة",
    "في تصريحات لوكالة",
    "في حديث لوكالة",
    "في مقابلة مع وكالة",
];

/// Leads that quote one outlet inside another's credit: `به گزارش شانا به نقل از العربیه`.
pub static QUOTING_LEADS: &[&str] = &["به نقل از", "نقلا عن", "نقلاً عن"];

/// Words after which a credited name has ended: a continuation (`به گزارش ایرنا از تهران`,
/// `نقلا عن الوكالة في بيروت`), a time (`امروز`, `اليوم`) or the verb of the sentence the credit
/// opens (`خامه پرس بر اساس گزارش سازمان جهانی بهداشت گزارش داد، ...`).
pub static NAME_ENDING_WORDS: &[&str] = &[
    "و", "از", "در", "به", "که", "امروز", "دیروز", "گزارش", "اعلام", "گفت", "نوشت", "في", "من", "إن", "أن", "ان", "على", "اليوم",
];

/// Labels of a source line: `منبع: X`.
pub static SOURCE_LABELS: &[&str] = &["منبع", "منبع خبر", "منابع", "مأخذ", "المصدر", "مصدر", "source"];

/// Words inside a report credit that name the reporter's role or desk rather than the source,
/// skipped when reading the name: `به گزارش خبرنگار سیاسی خبرگزاری تسنیم`.
pub static CREDIT_ROLE_WORDS: &[&str] = &[
    "خبرنگار",
    "خبرنگاران",
    "گروه",
    "سرویس",
    "پایگاه",
    "خبری",
    "اطلاع رسانی",
    "سیاسی",
    "اقتصادی",
    "اجتماعی",
    "فرهنگی",
    "ورزشی",
    "بین‌الملل",
    "بین‌المللی",
    "دفتر",
    "پایگاه خبری",
    "خبرگزاری",
    "روزنامه",
    "شبکه",
    "وبسایت",
    "وب سایت",
    "سایت",
    "رسانه",
    "مراسل",
    "موقع",
    "وكالة",
    "صحيفة",
    "قناة",
];

/// Labels of a news ID: `کد خبر: ۱۲۰۷۲۵۴`.
pub static NEWS_ID_LABELS: &[&str] = &[
    "کد خبر",
    "کدخبر",
    "شناسه خبر",
    "شناسه",
    "کد مطلب",
    "شماره خبر",
    "شماره مطلب",
    "خبر شماره",
    "رقم الخبر",
    "رقم المقال",
    "رمز الخبر",
    "news id",
    "news code",
];

/// A site's link to its home page, as a breadcrumb's first item (`خانه / سیاسی`) or printed after
/// the site's name at the top (`مرکز رشد شریف صفحه نخست`, Sharif University's incubator).
pub static HOME_LINKS: &[&str] = &["خانه", "صفحه نخست", "صفحه اصلی", "الرئيسية", "الصفحة الرئيسية", "home"];

/// The first word of a section's heading printed where a headline could stand: `أخبار اليمن`
/// (a Yemeni news site's page), `اخبار ورزشی`.
pub static SECTION_HEADING_WORDS: &[&str] = &["أخبار", "اخبار"];

/// Section names that sites print on a line of their own above the headline (`سیاسی`,
/// `اقتصاد`, `رياضة`): there they name the article's section even without a menu to match.
pub static SECTION_NAMES: &[&str] = &[
    "سیاسی",
    "سیاست",
    "اقتصادی",
    "اقتصاد",
    "اجتماعی",
    "جامعه",
    "فرهنگی",
    "فرهنگ",
    "فرهنگ و هنر",
    "ورزشی",
    "ورزش",
    "بین‌الملل",
    "بین‌المللی",
    "جهان",
    "علمی",
    "علم و فناوری",
    "فناوری",
    "حوادث",
    "سلامت",
    "استان‌ها",
    "افغانستان",
    "سياسة",
    "اقتصاد وأعمال",
    "رياضة",
    "ثقافة",
    "ثقافة وفن",
    "محليات",
    "عربي ودولي",
    "دولي",
    "منوعات",
    "صحة",
    "تكنولوجيا",
    "مجتمع",
    "حوادث وقضايا",
];

/// Words that open an outlet's name (`گروه رسانه‌ای سپهر`, `صحيفة الخليج`): a short line at the
/// top of a page that starts with one is the site's name, not a headline.
pub static OUTLET_KINDS: &[&str] = &[
    "خبرگزاری",
    "پایگاه خبری",
    "پایگاه اطلاع رسانی",
    "گروه رسانه‌ای",
    "روزنامه",
    "هفته‌نامه",
    "وكالة",
    "وكالة أنباء",
    "صحيفة",
    "جريدة",
    "بوابة",
    "موقع",
];

/// Labels of what a page is rather than where it sits (video, photos, breaking): printed above a
/// headline like a section, but not one.
pub static CONTENT_TYPES: &[&str] = &[
    "ویدئو",
    "ویدیو",
    "فیلم",
    "عکس",
    "صوت",
    "پادکست",
    "اینفوگرافیک",
    "گزارش تصویری",
    "فوری",
    "خبر فوری",
    "زنده",
    "پخش زنده",
    "فيديو",
    "صور",
    "بالصور",
    "بالفيديو",
    "إنفوجراف",
    "إنفوغراف",
    "بودكاست",
    "عاجل",
    "مباشر",
    "بث مباشر",
    "video",
    "photos",
    "live",
];

/// Labels of a section: `سرویس: سیاسی`, `القسم: أخبار`.
pub static SECTION_LABELS: &[&str] = &["سرویس", "گروه خبری", "بخش", "دسته‌بندی", "موضوع", "القسم", "التصنيف", "قسم"];

/// Words beside a date that name no outlet, as line keys spell them (folded: ی, ک, ه for ة):
/// clock and zone words, an icon's English label (`today9 يناير 2026`), news-ID labels, a print
/// edition's issue and page labels (`شماره ۲۸۴۳۱ | صفحه ۹`, `العدد 5012 - الصفحة 3`), a
/// byline's label (`كتبه كتب في 6 فبراير 2015`) and the word that joins a date to the same
/// day in another calendar (`10.11.2005 مطابق با 19 عقرب 1384`).
pub static DATELINE_WORDS: &[&str] = &[
    "gmt", "utc", "gst", "ast", "today", "date", "posted", "ساعت", "الساعه", "توقیت", "بتوقیت", "مکه", "کد", "خبر", "شماره", "صفحه",
    "العدد", "عدد", "الصفحه", "کتب", "کتبه", "مطابق", "برابر", "الموافق",
];

/// Labels of a byline, which names a writer, not an outlet, when it opens a dateline
/// (`by Abdullah Atayi | August 31, 2016 8:22 AM`), as line keys spell them.
pub static BYLINE_LABELS: &[&str] = &["by", "بقلم", "کتب", "کتبت", "نویسنده"];

/// Labels that put a date on a line as the publication date.
pub static PUBLISHED_LABELS: &[&str] = &[
    "تاریخ انتشار",
    "تاریخ مخابره",
    "زمان انتشار",
    "تاریخ خبر",
    "منتشر شده",
    "انتشار",
    "تاریخ",
    "نشر في",
    "نشر بتاريخ",
    "تاريخ الخبر",
    "تاريخ الإضافة",
    "تاريخ النشر",
    "تم النشر",
    "بتاريخ",
    "نشر",
    "published",
];

/// Labels that put a date on a line as a later update, not the publication date.
pub static UPDATED_LABELS: &[&str] = &[
    "آخرین بروزرسانی",
    "آخرین به‌روزرسانی",
    "به روز شده",
    "بروزرسانی",
    "به روز رسانی",
    "ویرایش",
    "آخرین تغییرات",
    "آخر تحديث",
    "تم التحديث",
    "محدث",
    "تحديث",
    "updated",
    "last updated",
];

/// The words of copyright lines around the owner's name: `کلیه حقوق این سایت متعلق به X است`,
/// `جميع الحقوق محفوظة لـ X`, `© 2024 X. All rights reserved`.
pub static COPYRIGHT_WORDS: &[&str] = &[
    "کلیه", "تمامی", "تمام", "حقوق", "حق", "نشر", "مادی", "معنوی", "این", "سایت", "وب", "وبسایت", "متعلق", "به", "برای", "است",
    "محفوظ", "و", "می", "باشد", "میباشد", "جميع", "كافة", "الحقوق", "حقوق", "النشر", "محفوظة", "لـ", "ل", "لموقع", "موقع", "all",
    "rights", "reserved", "copyright",
];
