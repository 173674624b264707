//! Persian spelling facts the half-space repair needs beyond its word table.
//!
//! A suffix after a word's final ه is written after a half-space when the ه is silent
//! (نسخه‌ی تازه, خانه‌ای) and joined when the ه is said (گروهی, توجهی, کوهی): the Academy of
//! Persian Language and Literature's orthography rules (دستور خط فارسی, 1381/2003, on ه ملفوظ
//! and ه غیرملفوظ). The word table does not record how a final ه is said, so the words with a
//! said ه that news prose uses are listed here, with their pronunciation from the Dehkhoda and
//! Moein dictionaries. After ا the ه is always said (راه, اشتباه); the repair checks that itself.

/// Words whose final ه takes the ezafe ی joined: the ه is said, or it ends ده "giving" after a
/// noun the word table lacks (فرمانده: فرماندهی, command). An entry of four letters or more also
/// ends compounds (کارگروه, قابل‌توجه, ولی‌فقیه); a shorter one only matches the whole word, since
/// many words with a silent ه end in its letters (زبده, جوجه, نفقه).
pub static SAID_HEH: &[&str] = &[
    // Persian words.
    "کوه", "گروه", "شکوه", "انبوه", "اندوه", "پژوه", "ستوه", "فربه", "آگه", "بده", "زره", "گره",
    // Arabic words: roots ending in h (وجه, شبه, فقه, نبه, نزه).
    "وجه", "توجه", "موجه", "مواجه", "شبه", "مشابه", "تشابه", "فقه", "فقیه", "شبیه", "تنبیه", "توجیه", "تنزیه",
    "تنبه", "منزه", "سفیه", "مکروه", "وجوه", "بدیه", "مشتبه", "الله",
    // ده "giving".
    "فرمانده", "هواده",
];
