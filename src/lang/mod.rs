//! Language data, kept apart from logic so that it can be reviewed line by line.
//!
//! Every table names the source of its facts. No control flow lives here.

pub mod variants;
pub mod date_words;
pub mod months;
pub mod numbers;
pub mod weekdays;
