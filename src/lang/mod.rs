//! Language data, kept apart from logic so that it can be reviewed line by line.
//!
//! Every table names the source of its facts. No control flow lives here.

pub mod variants;
pub mod chars;
pub mod presentation_forms;
pub mod zwnj_lexicon;
