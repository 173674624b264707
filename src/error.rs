//! The one error type of the crate.
//!
//! "Nothing found" is never an error: an article without a date has `published: None`, a text
//! without dates gives an empty list. Errors are for input khabar refuses (too large, not text)
//! and for options it cannot understand. Each error carries a stable [`ErrorCode`] that callers
//! can branch on, in Rust and in JavaScript (as the `code` property of the thrown `Error`).

use core::fmt;

/// What went wrong, as a stable machine-readable code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorCode {
    /// The input is not text: not a string (JavaScript), or bytes that are not UTF-8 (CLI).
    InvalidInput,
    /// The input is larger than the configured `max_input_bytes`.
    InputTooLarge,
    /// An option has the wrong type or an unknown value.
    InvalidOptions,
    /// A date or date-time string (such as the `now` option) could not be read.
    InvalidDate,
}

impl ErrorCode {
    /// The code as written in JavaScript errors and CLI messages, e.g. `"INPUT_TOO_LARGE"`.
    pub const fn as_str(self) -> &'static str {
        match self {
            ErrorCode::InvalidInput => "INVALID_INPUT",
            ErrorCode::InputTooLarge => "INPUT_TOO_LARGE",
            ErrorCode::InvalidOptions => "INVALID_OPTIONS",
            ErrorCode::InvalidDate => "INVALID_DATE",
        }
    }
}

/// An error with a stable [`code`](Error::code) and a human-readable message.
///
/// ```
/// let opts = khabar::DateOptions::default().with_now("not a date");
/// let err = opts.unwrap_err();
/// assert_eq!(err.code(), khabar::ErrorCode::InvalidDate);
/// assert_eq!(err.code().as_str(), "INVALID_DATE");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    code: ErrorCode,
    message: &'static str,
}

impl Error {
    #[cold]
    pub(crate) const fn new(code: ErrorCode, message: &'static str) -> Error {
        Error { code, message }
    }

    /// The stable code of this error.
    pub const fn code(&self) -> ErrorCode {
        self.code
    }

    /// A one-line English message, for people.
    pub const fn message(&self) -> &'static str {
        self.message
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code.as_str())?;
        f.write_str(": ")?;
        f.write_str(self.message)
    }
}

impl std::error::Error for Error {}
