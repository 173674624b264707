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
    // Provincial capitals that Iranian and Afghan sites print in datelines; each country has one
    // zone in the tz database (`asia`: Asia/Tehran, Asia/Kabul).
    ("مشهد", "Asia/Tehran"),
    ("اصفهان", "Asia/Tehran"),
    ("تبریز", "Asia/Tehran"),
    ("شیراز", "Asia/Tehran"),
    ("اهواز", "Asia/Tehran"),
    ("مزارشریف", "Asia/Kabul"),
    ("مزار شریف", "Asia/Kabul"),
    ("هرات", "Asia/Kabul"),
    ("قندهار", "Asia/Kabul"),
    ("جلال‌آباد", "Asia/Kabul"),
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
    ("مصراوي", "Africa/Cairo"),
    ("أخبارنا المغربية", "Africa/Casablanca"),
    ("الخليج", "Asia/Dubai"),
    ("البيان", "Asia/Dubai"),
    // Al-Rai of Kuwait; the key also folds Jordan's الرأي, on the same +03:00 since 2022.
    ("الراي", "Asia/Kuwait"),
];

/// Words by which an outlet names its country in its own name or copyright line (`أخبارنا
/// المغربية`, `جريدة القبس الكويتية`), with the zone of the country's capital (as in
/// [`CITY_ZONES`]). Adjectives in both genders and the country's name.
pub static COUNTRY_WORDS: &[(&str, &str)] = &[
    ("المغربية", "Africa/Casablanca"),
    ("المغربي", "Africa/Casablanca"),
    ("المصرية", "Africa/Cairo"),
    ("المصري", "Africa/Cairo"),
    ("الكويتية", "Asia/Kuwait"),
    ("الكويتي", "Asia/Kuwait"),
    ("السعودية", "Asia/Riyadh"),
    ("السعودي", "Asia/Riyadh"),
    ("الإماراتية", "Asia/Dubai"),
    ("الإماراتي", "Asia/Dubai"),
    ("القطرية", "Asia/Qatar"),
    ("القطري", "Asia/Qatar"),
    ("البحرينية", "Asia/Bahrain"),
    ("البحريني", "Asia/Bahrain"),
    ("العمانية", "Asia/Muscat"),
    ("العماني", "Asia/Muscat"),
    ("اليمنية", "Asia/Aden"),
    ("اليمني", "Asia/Aden"),
    ("الأردنية", "Asia/Amman"),
    ("الأردني", "Asia/Amman"),
    ("اللبنانية", "Asia/Beirut"),
    ("اللبناني", "Asia/Beirut"),
    ("السورية", "Asia/Damascus"),
    ("السوري", "Asia/Damascus"),
    ("العراقية", "Asia/Baghdad"),
    ("العراقي", "Asia/Baghdad"),
    ("الفلسطينية", "Asia/Hebron"),
    ("الفلسطيني", "Asia/Hebron"),
    ("السودانية", "Africa/Khartoum"),
    ("السوداني", "Africa/Khartoum"),
    ("الليبية", "Africa/Tripoli"),
    ("الليبي", "Africa/Tripoli"),
    ("التونسية", "Africa/Tunis"),
    ("التونسي", "Africa/Tunis"),
    ("الجزائرية", "Africa/Algiers"),
    ("الجزائري", "Africa/Algiers"),
    ("الموريتانية", "Africa/Nouakchott"),
    ("الموريتاني", "Africa/Nouakchott"),
];

/// Country-code top-level domains (IANA's root zone database) of the hosts a page links to
/// (`okaz.com.sa`, `ahram.org.eg`, `irna.ir`), with the zone of the country's capital.
pub static TLD_ZONES: &[(&str, &str)] = &[
    ("ir", "Asia/Tehran"),
    ("af", "Asia/Kabul"),
    ("iq", "Asia/Baghdad"),
    ("sa", "Asia/Riyadh"),
    ("kw", "Asia/Kuwait"),
    ("qa", "Asia/Qatar"),
    ("bh", "Asia/Bahrain"),
    ("ae", "Asia/Dubai"),
    ("om", "Asia/Muscat"),
    ("ye", "Asia/Aden"),
    ("sy", "Asia/Damascus"),
    ("lb", "Asia/Beirut"),
    ("jo", "Asia/Amman"),
    ("ps", "Asia/Hebron"),
    ("eg", "Africa/Cairo"),
    ("sd", "Africa/Khartoum"),
    ("ly", "Africa/Tripoli"),
    ("tn", "Africa/Tunis"),
    ("dz", "Africa/Algiers"),
    ("ma", "Africa/Casablanca"),
    ("mr", "Africa/Nouakchott"),
];

/// Gregorian month names used in one region only (see `months.rs` for their sources), which
/// place a page written with them: Morocco's (يوليوز, غشت, شتنبر, نونبر, دجنبر); Algeria's and
/// Tunisia's French-derived names (جانفي, فيفري, أفريل, جوان, جويلية, أوت), whose two countries
/// have kept the same offset, +01:00, since Tunisia last used daylight saving time in 2008; and
/// Egypt's spellings of June and July (يونيه, يوليه).
pub static REGIONAL_MONTHS: &[(&str, &str)] = &[
    ("يوليوز", "Africa/Casablanca"),
    ("غشت", "Africa/Casablanca"),
    ("شتنبر", "Africa/Casablanca"),
    ("نونبر", "Africa/Casablanca"),
    ("دجنبر", "Africa/Casablanca"),
    ("جانفي", "Africa/Algiers"),
    ("فيفري", "Africa/Algiers"),
    ("أفريل", "Africa/Algiers"),
    ("جوان", "Africa/Algiers"),
    ("جويلية", "Africa/Algiers"),
    ("أوت", "Africa/Algiers"),
    ("يونيه", "Africa/Cairo"),
    ("يوليه", "Africa/Cairo"),
];
