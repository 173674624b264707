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
    "جوزا",    // Afghan solar month 3
    "سنبله",   // Afghan solar month 6
    "حوت",     // Afghan solar month 12
    "ولسوالی", // district; Iran: شهرستان
    "پوهنتون", // university; Iran: دانشگاه
    "شاروالی", // municipality; Iran: شهرداری
    "کم از کم", // at least; Iran: دست کم
    "محاربوی",  // combat (adj.); Iran: رزمی
    "اینسو",    // "since", as in "از ... به اینسو"
    "قوای مسلح",
];
