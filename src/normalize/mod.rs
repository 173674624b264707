//! Normalization: the first stage of the pipeline.
//!
//! [`normalize`] makes Persian, Dari and Arabic text consistent without damaging it, and returns
//! an [`OffsetMap`] so that every later stage can report spans in input coordinates. [`fold`]
//! makes search keys.
//!
//! ```
//! let n = khabar::normalize("سلام\u{200F} دنیا", &Default::default()).unwrap();
//! assert_eq!(n.text, "سلام دنیا");
//! ```

mod offsets;

pub use offsets::{Change, OffsetMap};
pub(crate) use offsets::Writer;

use crate::error::Error;
use crate::options::{NormalizeOptions, check_size};

/// A normalized text and the map back to its input.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Normalized {
    pub text: String,
    pub map: OffsetMap,
}

/// Normalizes text for display. Line breaks are kept, so the output has one line per input line.
pub fn normalize(text: &str, options: &NormalizeOptions) -> Result<Normalized, Error> {
    check_size(text, options.max_input_bytes)?;
    let (text, map) = basic_pass(text, false);
    Ok(Normalized { text, map })
}

/// A search key: no ZWNJ, no diacritics, unified letters, ASCII digits, lower-case Latin.
pub fn fold(text: &str) -> String {
    basic_pass(text, true).0
}

/// The form later stages match patterns against: folded letters and ASCII digits, with ZWNJ
/// turned into a space so that `لینک‌های` and `لینک های` read alike. Offsets map back to `text`.
pub(crate) fn analysis_form(text: &str) -> Normalized {
    let (text, map) = basic_pass(text, true);
    Normalized { text, map }
}

// TODO(normalize): the full engine (presentation forms, per-paragraph language, protected spans,
// ZWNJ repair, digits). This pass only handles invisible controls, spaces, digits and letters.
fn basic_pass(input: &str, folding: bool) -> (String, OffsetMap) {
    let mut w = Writer::with_capacity(input.len());
    let mut run_start = 0;
    for (i, c) in input.char_indices() {
        let replacement: Option<Option<char>> = match c {
            '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}' | '\u{200B}'
            | '\u{00AD}' => Some(None),
            '\u{00A0}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}' => Some(Some(' ')),
            '\u{200C}' if folding => Some(Some(' ')),
            '\u{0640}' if folding => Some(None),
            '\u{064B}'..='\u{0652}' | '\u{0670}' if folding => Some(None),
            '۰'..='۹' if folding => Some(char::from_u32(c as u32 - '۰' as u32 + '0' as u32)),
            '٠'..='٩' if folding => Some(char::from_u32(c as u32 - '٠' as u32 + '0' as u32)),
            'ي' | 'ى' if folding => Some(Some('ی')),
            'ك' if folding => Some(Some('ک')),
            'A'..='Z' if folding => Some(Some(c.to_ascii_lowercase())),
            _ => None,
        };
        if let Some(rep) = replacement {
            w.keep(&input[run_start..i]);
            match rep {
                Some(r) => w.replace_char(c.len_utf8(), r),
                None => w.delete(c.len_utf8()),
            }
            run_start = i + c.len_utf8();
        }
    }
    w.keep(&input[run_start..]);
    w.finish()
}
