//! Character facts the normalizer applies: which code points are invisible, which are spaces,
//! which letters Persian writes differently from Arabic, which letters do not join the next one.
//!
//! Sources: the Unicode Character Database 15 (general categories Cf and Zs, the Bidi_Control
//! property, canonical compositions, and ArabicShaping.txt for joining types); for the Persian
//! letter choices, the Academy of Persian Language and Literature's orthography ("دستور خط
//! فارسی", 2003) and the ISIRI 9147 keyboard standard, which give ی (U+06CC) and ک (U+06A9) as
//! the Persian letters.

/// Format controls removed everywhere: bidi marks, embeddings, overrides and isolates
/// (Bidi_Control), the byte order mark, zero-width space, word joiner, invisible operators,
/// soft hyphen, Mongolian vowel separator. ZWNJ (U+200C) and ZWJ (U+200D) are not here: ZWNJ
/// spells Persian words, ZWJ builds emoji sequences.
pub static INVISIBLE: &[(char, char)] = &[
    ('\u{00AD}', '\u{00AD}'), // soft hyphen
    ('\u{061C}', '\u{061C}'), // ARABIC LETTER MARK
    ('\u{180E}', '\u{180E}'), // MONGOLIAN VOWEL SEPARATOR
    ('\u{200B}', '\u{200B}'), // ZERO WIDTH SPACE
    ('\u{200E}', '\u{200F}'), // LRM, RLM
    ('\u{202A}', '\u{202E}'), // LRE, RLE, PDF, LRO, RLO
    ('\u{2060}', '\u{2064}'), // WORD JOINER, invisible operators
    ('\u{2066}', '\u{2069}'), // LRI, RLI, FSI, PDI
    ('\u{FEFF}', '\u{FEFF}'), // BYTE ORDER MARK / ZWNBSP
];

/// Space separators (general category Zs, other than U+0020) written as a plain space.
pub static SPACES: &[(char, char)] = &[
    ('\u{00A0}', '\u{00A0}'), // NO-BREAK SPACE
    ('\u{1680}', '\u{1680}'),
    ('\u{2000}', '\u{200A}'), // EN QUAD .. HAIR SPACE
    ('\u{202F}', '\u{202F}'), // NARROW NO-BREAK SPACE
    ('\u{205F}', '\u{205F}'),
    ('\u{3000}', '\u{3000}'),
];

/// Letters written the Persian way in Persian and Dari paragraphs. Arabic paragraphs keep them.
/// ۀ becomes ه + hamza above (see `EZAFE` below).
pub static PERSIAN_LETTERS: &[(char, char)] = &[
    ('\u{064A}', 'ی'), // ARABIC YEH ي
    ('\u{0649}', 'ی'), // ALEF MAKSURA ى (Persian writes final ی: موسی, عیسی)
    ('\u{0643}', 'ک'), // ARABIC KAF ك
    ('\u{06AA}', 'ک'), // SWASH KAF ڪ
    ('\u{06D5}', 'ه'), // AE ە (Kurdish letter typed for ه)
    ('\u{06C1}', 'ه'), // HEH GOAL ہ (Urdu)
    ('\u{06BE}', 'ه'), // HEH DOACHASHMEE ھ (Urdu)
];

/// The ezafe on a word ending in silent ه is written either ۀ (U+06C0, one code point whose
/// canonical decomposition is ە U+06D5 + hamza above) or ه + U+0654. khabar writes ه + U+0654 in
/// Persian paragraphs: the word keeps its own ه (خانهٔ starts with خانه, so search and prefix
/// matching find it), it is what the Academy's orthography shows, and a font renders both alike.
pub static EZAFE: &[(char, &str)] = &[('\u{06C0}', "\u{0647}\u{0654}"), ('\u{06C2}', "\u{0647}\u{0654}")];

/// Canonical compositions (NFC) of the Arabic script: base, combining mark, composed letter.
/// The last row goes beyond NFC: Persian keyboards type ی + hamza above for ئ, and U+06CC has no
/// composition in Unicode; it is applied in Persian paragraphs only.
pub static COMPOSITIONS: &[(char, char, char)] = &[
    ('\u{0627}', '\u{0653}', '\u{0622}'), // ا + maddah = آ
    ('\u{0627}', '\u{0654}', '\u{0623}'), // ا + hamza above = أ
    ('\u{0627}', '\u{0655}', '\u{0625}'), // ا + hamza below = إ
    ('\u{0648}', '\u{0654}', '\u{0624}'), // و + hamza above = ؤ
    ('\u{064A}', '\u{0654}', '\u{0626}'), // ي + hamza above = ئ
    ('\u{06D5}', '\u{0654}', '\u{06C0}'), // ە + hamza above = ۀ
    ('\u{06C1}', '\u{0654}', '\u{06C2}'), // ہ + hamza above = ۂ
    ('\u{06D2}', '\u{0654}', '\u{06D3}'), // ے + hamza above = ۓ
    ('\u{06CC}', '\u{0654}', '\u{0626}'), // ی + hamza above = ئ (Persian paragraphs)
];

/// Letters of U+0600-U+06FF that never join the following letter (joining types R and U in
/// ArabicShaping.txt). A half-space after them changes nothing and is removed.
pub static NON_JOINING: &[(char, char)] = &[
    ('\u{0621}', '\u{0625}'), // ء آ أ ؤ إ
    ('\u{0627}', '\u{0627}'), // ا
    ('\u{0629}', '\u{0629}'), // ة
    ('\u{062F}', '\u{0632}'), // د ذ ر ز
    ('\u{0648}', '\u{0648}'), // و
    ('\u{0671}', '\u{0673}'),
    ('\u{0675}', '\u{0677}'),
    ('\u{0688}', '\u{0699}'), // incl. ژ U+0698
    ('\u{06C0}', '\u{06C0}'),
    ('\u{06C3}', '\u{06CB}'),
    ('\u{06CD}', '\u{06CD}'),
    ('\u{06CF}', '\u{06CF}'),
    ('\u{06D2}', '\u{06D3}'),
    ('\u{06D5}', '\u{06D5}'),
    ('\u{06EE}', '\u{06EF}'),
];

/// Combining marks of the Arabic block (general category Mn): harakat, tanwin, shadda, sukun,
/// hamza above/below, superscript alef, Quranic annotation signs.
pub static MARKS: &[(char, char)] = &[
    ('\u{0610}', '\u{061A}'),
    ('\u{064B}', '\u{065F}'),
    ('\u{0670}', '\u{0670}'),
    ('\u{06D6}', '\u{06DC}'),
    ('\u{06DF}', '\u{06E4}'),
    ('\u{06E7}', '\u{06E8}'),
    ('\u{06EA}', '\u{06ED}'),
];

/// Marks that spell a letter rather than a vowel (maddah, hamza above and below): the
/// `remove_diacritics` option keeps them (هٔ, آ written in two code points), `fold` removes them.
pub static LETTER_MARKS: &[(char, char)] = &[('\u{0653}', '\u{0655}')];

/// Letters Persian-only or Arabic-only in writing, which decide a paragraph's language (the same
/// sets as `crate::language`).
pub static PERSIAN_ONLY: &[char] = &['پ', 'چ', 'ژ', 'گ', 'ی', 'ک', 'ۀ'];
pub static ARABIC_ONLY: &[char] = &['ة', 'ي', 'ك', 'ى', 'أ', 'إ', 'ؤ'];
/// The Persian-only consonants, which Persian typed on an Arabic keyboard keeps while its ی and
/// ک become ي and ك (older Iranian sites): enough of them make a paragraph Persian still.
pub static PERSIAN_CONSONANTS: &[char] = &['پ', 'چ', 'ژ', 'گ'];

/// Extra folding for search keys ([`crate::fold`]): letters that spell the same word in
/// different hands.
pub static FOLD_LETTERS: &[(char, char)] = &[
    ('آ', 'ا'),
    ('أ', 'ا'),
    ('إ', 'ا'),
    ('ٱ', 'ا'),
    ('ؤ', 'و'),
    ('ئ', 'ی'),
    ('ة', 'ه'),
    ('ۀ', 'ه'),
    ('ۂ', 'ه'),
    ('\u{06D5}', 'ه'),
    ('\u{06C1}', 'ه'),
    ('\u{06BE}', 'ه'),
    ('\u{06AA}', 'ک'),
];
