//! Which clock an article's time follows: the capital or city named in a dateline, or the home of
//! the outlet that published it.
//!
//! Sources: the cities are capitals and major news cities of the countries in the IANA tz
//! database's `asia` and `africa` files (zone names as there); the outlets' home countries are
//! those stated on the outlets' own "about" pages (Youm7, Al-Masry Al-Youm and Al-Ahram in Cairo;
//! Al Jazeera in Doha; Al Arabiya in Dubai; Asharq Al-Awsat, published in London, dates its
//! editions by Saudi time; the national agencies in their capitals).

/// City names (as written in Arabic and Persian datelines) and their tz zone.
pub static CITY_ZONES: &[(&str, &str)] = &[
    ("تهران", "Asia/Tehran"),
    ("کابل", "Asia/Kabul"),
    ("القاهرة", "Africa/Cairo"),
    ("الإسكندرية", "Africa/Cairo"),
    ("الرياض", "Asia/Riyadh"),
    ("جدة", "Asia/Riyadh"),
    ("مكة المكرمة", "Asia/Riyadh"),
    ("دبي", "Asia/Dubai"),
    ("أبوظبي", "Asia/Dubai"),
    ("أبو ظبي", "Asia/Dubai"),
    ("الشارقة", "Asia/Dubai"),
    ("الدوحة", "Asia/Qatar"),
    ("الكويت", "Asia/Kuwait"),
    ("المنامة", "Asia/Bahrain"),
    ("مسقط", "Asia/Muscat"),
    ("عمان", "Asia/Amman"),
    ("عمّان", "Asia/Amman"),
    ("دمشق", "Asia/Damascus"),
    ("حلب", "Asia/Damascus"),
    ("بيروت", "Asia/Beirut"),
    ("بغداد", "Asia/Baghdad"),
    ("أربيل", "Asia/Baghdad"),
    ("البصرة", "Asia/Baghdad"),
    ("الخرطوم", "Africa/Khartoum"),
    ("تونس", "Africa/Tunis"),
    ("الجزائر", "Africa/Algiers"),
    ("الرباط", "Africa/Casablanca"),
    ("الدار البيضاء", "Africa/Casablanca"),
    ("صنعاء", "Asia/Aden"),
    ("عدن", "Asia/Aden"),
    ("القدس", "Asia/Jerusalem"),
    ("رام الله", "Asia/Hebron"),
    ("غزة", "Asia/Gaza"),
    ("نواكشوط", "Africa/Nouakchott"),
    ("مقديشو", "Africa/Mogadishu"),
];

/// Outlets (by their name in [`super::agencies::AGENCIES`]) and the zone of their home.
pub static OUTLET_ZONES: &[(&str, &str)] = &[
    ("اليوم السابع", "Africa/Cairo"),
    ("المصري اليوم", "Africa/Cairo"),
    ("الأهرام", "Africa/Cairo"),
    ("أ ش أ", "Africa/Cairo"),
    ("الجزیره", "Asia/Qatar"),
    ("قنا", "Asia/Qatar"),
    ("العربیه", "Asia/Dubai"),
    ("وام", "Asia/Dubai"),
    ("سكاي نيوز عربية", "Asia/Dubai"),
    ("الشرق الأوسط", "Asia/Riyadh"),
    ("واس", "Asia/Riyadh"),
    ("بترا", "Asia/Amman"),
    ("سانا", "Asia/Damascus"),
    ("الوكالة الوطنية للإعلام", "Asia/Beirut"),
    ("النهار", "Asia/Beirut"),
    ("كونا", "Asia/Kuwait"),
    ("بنا", "Asia/Bahrain"),
    ("العمانية", "Asia/Muscat"),
    ("واع", "Asia/Baghdad"),
    ("سبأ", "Asia/Aden"),
    ("وفا", "Asia/Hebron"),
    ("سونا", "Africa/Khartoum"),
    ("وال", "Africa/Tripoli"),
    ("وات", "Africa/Tunis"),
    ("واج", "Africa/Algiers"),
    ("لاماب", "Africa/Casablanca"),
    ("هسبريس", "Africa/Casablanca"),
];
