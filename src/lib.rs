//! # khabar
//!
//! Turns raw Persian (Iranian Farsi and Afghan Dari) or Arabic news text, as a person pastes it
//! from a web page, into clean text and structured metadata: title, lead, body, the article's own
//! publication date, every date with its calendar, credits, news ID, section, and every removed
//! line with the reason. Everything runs locally; nothing is fetched.
//!
//! The pipeline, one module per stage:
//!
//! ```text
//! raw text -> normalize (with an offset map) -> lines -> classify -> find dates -> Article
//! ```
//!
//! ```
//! let page = "مشرق نیوز شنبه 26 تیر 1400 - 16:54\nدلیل سفر الکاظمی به آمریکا چیست؟\nبه گزارش مشرق، کارشناسان دلیل این سفر را نگرانی واشنگتن میدانند.";
//! let article = khabar::extract(page, &khabar::ExtractOptions::default()).unwrap();
//! assert_eq!(article.language, khabar::Language::Fa);
//! ```
//!
//! Spans are byte offsets into the original input (`&text[start..end]`); the JavaScript API
//! returns UTF-16 offsets instead.

#![forbid(unsafe_code)]

pub mod calendar;
mod dates;
mod error;
mod extract;
mod html;
#[cfg(any(test, target_arch = "wasm32"))]
mod json;
mod lang;
mod language;
mod matching;
mod model;
mod normalize;
mod numbers;
mod options;
mod segment;
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
mod utf16;
// Public only so that tests/web.rs can call the exports as JavaScript would.
#[cfg(target_arch = "wasm32")]
#[doc(hidden)]
pub mod wasm;

pub use dates::find_dates;
pub use error::{Error, ErrorCode};
pub use extract::extract;
pub use language::Evidence as LanguageEvidence;
pub use model::{
    Article, CalendarKind, Confidence, DateMention, Language, Paragraph, Precision, RemovalReason, Removed, Source, Span, Variant,
};
pub use normalize::{Change, Normalized, OffsetMap, fold, normalize};
pub use numbers::{NumberMention, find_numbers};
pub use options::{DEFAULT_MAX_INPUT_BYTES, DateOptions, DigitStyle, ExtractOptions, InputFormat, NormalizeOptions, ZwnjMode};
