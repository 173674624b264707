//! Words that tell Afghan Dari from Iranian Persian.
//!
//! Source: the spelling and vocabulary differences listed in the Wikipedia article "Dari" (section
//! "Differences between Iranian Persian and Dari") and in the Afghan services of RFE/RL (Azadi
//! Radio) and BBC Persian's Afghanistan pages, where each form below is the house style, while the
//! Iranian press writes the form given in the comment.

/// Dari forms, written without ZWNJ (matching is done on folded text).
pub static DARI_MARKERS: &[&str] = &[
    "صدراعظم",  // Iran: نخست وزیر
    "صدر اعظم", // spaced spelling of the same
    "ایتلاف",   // Iran: ائتلاف
    "طیاره",    // Iran: هواپیما
    "کنترول",  // Iran: کنترل
    "جنوری",   // January; Iran: ژانویه
    "فبروری",  // February; Iran: فوریه
    "اپریل",   // April; Iran: آوریل
    "اگست",    // August; Iran: اوت / آگوست
    "سپتمبر",  // September; Iran: سپتامبر
    "اکتوبر",  // October; Iran: اکتبر
    "نومبر",   // November; Iran: نوامبر
    "دسمبر",   // December; Iran: دسامبر
    "ولسوالی", // district; Iran: شهرستان
    "پوهنتون", // university; Iran: دانشگاه
    "شاروالی", // municipality; Iran: شهرداری
    "کم از کم", // at least; Iran: دست کم
    "محاربوی",  // combat (adj.); Iran: رزمی
    "اینسو",    // "since", as in "از ... به اینسو"
    "قوای مسلح",
    "موتر",       // car; Iran: خودرو / ماشین
    "موترها",
    "موترهای",
    "سرک",        // road; Iran: جاده
    "سرکها",
    "باشندگان",   // residents; Iran: ساکنان
    "سنگ تهداب",  // foundation stone; Iran: سنگ بنا
    "تمویل",      // funding; Iran: تأمین مالی
    "والی",       // provincial governor; Iran: استاندار
    "ولسوال",     // district governor; Iran: فرماندار
    "فواید عامه", // public works (the ministry)
    "امارت اسلامی",
    "پوهنځی",     // faculty; Iran: دانشکده
    "لوی څارنوال", // attorney general (Pashto loan)
    "ښاروالی",
    "به این سو",  // "since", as in "از ده روز به این سو"
    "به شمول",    // including; Iran: از جمله
    "بهشمول",     // the same with its half-space stripped
    "افغانان",    // Afghans; Iran: افغان‌ها
    "کوکنار",     // opium poppy; Iran: خشخاش
    "ستره محکمه", // supreme court; Iran: دیوان عالی
    "پالیسی",     // policy; Iran: سیاست
    "ولسی جرگه",  // the lower house of the Afghan parliament
    "مشرانو جرگه", // the upper house
    "صحت عامه",   // public health (the ministry); Iran: بهداشت
    "اطلاعات و فرهنگ", // the Afghan ministry of information and culture; Iran: فرهنگ و ارشاد
    "وزارت معارف", // ministry of education; Iran: آموزش و پرورش
    "وزارت زراعت", // ministry of agriculture; Iran: جهاد کشاورزی
    "انکشاف",     // development; Iran: توسعه
    "انکشافی",
    "مالداری",    // livestock farming; Iran: دامداری
    "دهاقین",     // farmers; Iran: کشاورزان
    "تذکره",      // identity card; Iran: کارت ملی
    "سال روان",   // this year; Iran: سال جاری
    "حکومت سرپرست", // the caretaker government
    "وزارت تحصیلات عالی", // ministry of higher education; Iran: وزارت علوم
    "پولیس",      // police; Iran: پلیس
];

/// Afghan solar month names. Next to a day or year number they mark Dari text (Iran names its
/// months فروردین ... اسفند). Source: the Afghan calendar (Wikipedia, "Solar Hijri calendar",
/// section "Month names"), as printed by Afghan media.
pub static AFGHAN_MONTHS: &[&str] = &["حمل", "ثور", "جوزا", "سرطان", "اسد", "سنبله", "میزان", "عقرب", "قوس", "جدی", "دلو", "حوت"];
