//! The date finder: every date expression in a text, with its span, calendar and ISO value.

use crate::error::Error;
use crate::model::DateMention;
use crate::normalize::{Normalized, analysis_form};
use crate::options::{DateOptions, check_size};

/// Finds every date expression in `text`, in order.
///
/// ```
/// let dates = khabar::find_dates("مشرق نیوز شنبه 26 تیر 1400 - 16:54", &Default::default()).unwrap();
/// # let _ = dates;
/// ```
pub fn find_dates(text: &str, options: &DateOptions) -> Result<Vec<DateMention>, Error> {
    check_size(text, options.max_input_bytes)?;
    let analysis = analysis_form(text);
    Ok(find_in(text, &analysis, options))
}

/// The finder proper, on an input and its analysis form (shared with [`crate::extract`]).
// TODO(dates): the recognizers.
pub(crate) fn find_in(_input: &str, _analysis: &Normalized, _options: &DateOptions) -> Vec<DateMention> {
    Vec::new()
}
