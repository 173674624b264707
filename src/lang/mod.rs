//! Language data, kept apart from logic so that it can be reviewed line by line.
//!
//! Every table names the source of its facts. No control flow lives here: the row types below
//! are the only definitions.

use crate::model::RemovalReason;

pub mod agencies;
pub mod boilerplate_ar;
pub mod boilerplate_en;
pub mod boilerplate_fa;
pub mod chars;
pub mod credits;
pub mod date_words;
pub mod function_words;
pub mod months;
pub mod numbers;
pub mod places;
pub mod presentation_forms;
pub mod spelling;
pub mod variants;
pub mod weekdays;
pub mod zwnj_lexicon;

/// Where a boilerplate phrase must sit in a line for the line to count as that boilerplate.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum At {
    /// The line is the phrase (punctuation and spacing aside).
    Line,
    /// The line starts with the phrase.
    Start,
    /// The phrase is anywhere in the line.
    Anywhere,
}

/// A phrase that marks a line as page furniture rather than article text.
#[derive(Clone, Copy, Debug)]
pub struct Phrase {
    pub text: &'static str,
    pub reason: RemovalReason,
    pub at: At,
}

/// The suggestion blocks of all languages: (heading, end mark).
pub fn boilerplate_inserted_blocks() -> impl Iterator<Item = (&'static str, &'static str)> {
    boilerplate_fa::INSERTED_BLOCKS.iter().chain(boilerplate_ar::INSERTED_BLOCKS).copied()
}

/// Shorthand constructor used by the phrase tables.
pub const fn p(text: &'static str, reason: RemovalReason, at: At) -> Phrase {
    Phrase { text, reason, at }
}

/// A news agency or outlet and the other names it goes by.
#[derive(Clone, Copy, Debug)]
pub struct Agency {
    /// The name khabar reports.
    pub name: &'static str,
    /// Other spellings and forms found in credits (the name itself need not be repeated).
    pub aliases: &'static [&'static str],
}
