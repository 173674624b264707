//! Options for each entry point. All have sensible defaults (`Default::default()`).

use crate::calendar::LocalDateTime;
use crate::error::{Error, ErrorCode};
use crate::model::Variant;

/// Inputs larger than this are refused with [`ErrorCode::InputTooLarge`] unless the caller
/// raises the limit: 128 MiB, far above any article, low enough to fail before memory does.
pub const DEFAULT_MAX_INPUT_BYTES: usize = 128 << 20;

/// Which digits the normalizer writes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum DigitStyle {
    /// Leave every digit as written (the default: digits are data).
    #[default]
    Keep,
    /// Extended Arabic-Indic (Persian) digits ۰-۹ in Persian paragraphs, Arabic-Indic ٠-٩ in
    /// Arabic paragraphs; Latin text keeps its digits.
    Native,
    /// Persian digits ۰-۹ in Arabic-script text.
    Persian,
    /// Arabic-Indic digits ٠-٩ in Arabic-script text.
    ArabicIndic,
    /// ASCII digits 0-9 everywhere.
    Ascii,
}

/// What the normalizer does with zero-width non-joiners (half-spaces).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum ZwnjMode {
    /// Clean up misplaced ZWNJ, join spaced affixes and restore ZWNJ a scraper stripped.
    #[default]
    Repair,
    /// Clean up misplaced ZWNJ and join spaced affixes, but add none inside words.
    Cleanup,
    /// Leave ZWNJ exactly as written.
    Keep,
}

/// Options for [`normalize`](crate::normalize).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct NormalizeOptions {
    pub digits: DigitStyle,
    pub zwnj: ZwnjMode,
    /// Remove Arabic diacritics (harakat, tanwin, shadda, sukun, superscript alef).
    pub remove_diacritics: bool,
    /// 0 means [`DEFAULT_MAX_INPUT_BYTES`]; inputs above 4 GiB are refused whatever the limit.
    pub max_input_bytes: usize,
}

/// Options for [`find_dates`](crate::find_dates).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct DateOptions {
    /// The reference moment for relative expressions ("yesterday") and for dates without a
    /// year. Without it, such expressions get `value: None` and year-less dates `--MM-DD`.
    pub now: Option<LocalDateTime>,
    /// The variety the text is in, when the caller knows it better than khabar's detection.
    pub variant: Option<Variant>,
    /// 0 means [`DEFAULT_MAX_INPUT_BYTES`]; inputs above 4 GiB are refused whatever the limit.
    pub max_input_bytes: usize,
}

impl DateOptions {
    /// Sets `now` from an ISO date or date-time (`2021-07-17`, `2021-07-17T16:54`).
    pub fn with_now(mut self, iso: &str) -> Result<Self, Error> {
        self.now = Some(LocalDateTime::parse_iso(iso)?);
        Ok(self)
    }
}

/// How [`extract`](crate::extract) reads its input.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum InputFormat {
    /// HTML when the input looks like a page's markup, plain text otherwise.
    #[default]
    Auto,
    Text,
    Html,
}

/// Options for [`extract`](crate::extract).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct ExtractOptions {
    /// The reference moment for relative dates when the article gives no date of its own.
    pub now: Option<LocalDateTime>,
    pub format: InputFormat,
    /// Normalize the title, lead and body text (as [`normalize`](crate::normalize) does with
    /// default options). Off by default: fields are returned as written.
    pub normalize: bool,
    /// 0 means [`DEFAULT_MAX_INPUT_BYTES`]; inputs above 4 GiB are refused whatever the limit.
    pub max_input_bytes: usize,
}

impl ExtractOptions {
    /// Sets `now` from an ISO date or date-time (`2021-07-17`, `2021-07-17T16:54`).
    pub fn with_now(mut self, iso: &str) -> Result<Self, Error> {
        self.now = Some(LocalDateTime::parse_iso(iso)?);
        Ok(self)
    }
}

/// Refuses input above the limit (0 = default limit).
pub(crate) fn check_size(text: &str, max_input_bytes: usize) -> Result<(), Error> {
    let limit = if max_input_bytes == 0 { DEFAULT_MAX_INPUT_BYTES } else { max_input_bytes };
    // Token offsets are kept in 32 bits.
    let limit = limit.min(u32::MAX as usize);
    if text.len() > limit {
        return Err(Error::new(ErrorCode::InputTooLarge, "the input is larger than maxInputBytes"));
    }
    Ok(())
}
