//! Writes the visible text of a page with an offset map back to the HTML.
//!
//! Whitespace collapses as in a browser: a run of spaces, tabs and newlines becomes one space,
//! dropped at the start and end of a line. Block boundaries become line breaks, kept pending until
//! the next visible character so that nested or empty blocks give one break, not many. Everything
//! not written (tags, comments, skipped elements) is recorded as deleted input.

use super::entities;
use crate::normalize::{OffsetMap, Writer};

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0C')
}

/// Line breaks between blocks: one for most blocks, a blank line around paragraphs and headings
/// (as a browser's copy gives).
pub(crate) const LINE: u8 = 1;
pub(crate) const PARAGRAPH: u8 = 2;

pub(crate) struct TextBuilder<'a> {
    src: &'a str,
    w: Writer,
    /// Input consumed so far: everything before it is written or deleted.
    cur: usize,
    any_text: bool,
    line_has_text: bool,
    /// A collapsed whitespace run waiting for the next visible character on the same line.
    pending_space: Option<(usize, usize)>,
    /// Line breaks waiting for the next visible character, and the markup that asked for them.
    pending_breaks: u8,
    break_at: (usize, usize),
    /// Number of visible non-space bytes written (for the hidden-content fallback).
    pub visible_bytes: usize,
}

impl<'a> TextBuilder<'a> {
    pub fn new(src: &'a str) -> TextBuilder<'a> {
        TextBuilder {
            src,
            w: Writer::with_capacity(src.len() / 2),
            cur: 0,
            any_text: false,
            line_has_text: false,
            pending_space: None,
            pending_breaks: 0,
            break_at: (0, 0),
            visible_bytes: 0,
        }
    }

    fn advance_to(&mut self, at: usize) {
        if at > self.cur {
            self.w.delete(at - self.cur);
            self.cur = at;
        }
    }

    /// Writes what is pending before a visible character that starts at input `at`.
    fn flush(&mut self, at: usize) {
        if self.pending_breaks > 0 {
            if self.any_text {
                let (s, e) = self.break_at;
                self.advance_to(s);
                let breaks = if self.pending_breaks >= PARAGRAPH { "\n\n" } else { "\n" };
                self.w.replace(e.saturating_sub(self.cur), breaks);
                self.cur = self.cur.max(e);
            }
            self.pending_breaks = 0;
            self.pending_space = None;
        } else if let Some((s, e)) = self.pending_space.take() {
            self.advance_to(s);
            match self.src.get(s..e) {
                Some(" ") => self.w.keep(" "),
                _ => self.w.replace(e - s, " "),
            }
            self.cur = e;
        }
        self.advance_to(at);
    }

    fn keep(&mut self, start: usize, end: usize) {
        if start >= end {
            return;
        }
        let Some(s) = self.src.get(start..end) else { return };
        self.flush(start);
        self.w.keep(s);
        self.cur = end;
        self.any_text = true;
        self.line_has_text = true;
        self.visible_bytes += s.len();
    }

    fn decoded(&mut self, start: usize, len: usize, c: char) {
        self.flush(start);
        self.w.replace_char(len, c);
        self.cur = start + len;
        self.any_text = true;
        self.line_has_text = true;
        self.visible_bytes += len;
    }

    fn space(&mut self, start: usize, end: usize) {
        if self.line_has_text && self.pending_breaks == 0 && self.pending_space.is_none() {
            self.pending_space = Some((start, end));
        }
    }

    /// A word boundary that markup implies (`</a><a>`): a space unless one is already there.
    pub fn soft_space(&mut self, start: usize, end: usize) {
        self.space(start, end);
    }

    /// A block boundary at the tag `start..end`.
    pub fn block(&mut self, breaks: u8, start: usize, end: usize) {
        if !self.any_text {
            return;
        }
        if self.pending_breaks == 0 {
            self.break_at = (start, end);
        }
        self.pending_breaks = self.pending_breaks.max(breaks);
        self.pending_space = None;
        self.line_has_text = false;
    }

    /// `<br>`: ends the line, and a second one in a row leaves a blank line.
    pub fn line_break(&mut self, start: usize, end: usize) {
        if !self.any_text {
            return;
        }
        if self.pending_breaks == 0 {
            self.break_at = (start, end);
        }
        self.pending_breaks = (self.pending_breaks + 1).min(PARAGRAPH);
        self.pending_space = None;
        self.line_has_text = false;
    }

    /// Character data outside `<pre>`: references decoded, whitespace collapsed.
    pub fn text(&mut self, start: usize, end: usize) {
        let bytes = self.src.as_bytes();
        let end = end.min(bytes.len());
        let mut run = start;
        let mut i = start;
        while i < end {
            let b = bytes[i];
            if is_space(b) {
                self.keep(run, i);
                let ws = i;
                while i < end && is_space(bytes[i]) {
                    i += 1;
                }
                self.space(ws, i);
                run = i;
            } else if b == b'&' {
                match entities::decode_at(self.src.get(..end).unwrap_or(""), i, false) {
                    Some((len, c)) => {
                        self.keep(run, i);
                        if c.is_ascii_whitespace() {
                            self.space(i, i + len);
                        } else {
                            self.decoded(i, len, c);
                        }
                        i += len;
                        run = i;
                    }
                    None => i += 1,
                }
            } else {
                i += 1;
            }
        }
        self.keep(run, end);
    }

    /// Character data inside `<pre>`: references decoded, whitespace kept.
    pub fn pre_text(&mut self, start: usize, end: usize) {
        let bytes = self.src.as_bytes();
        let end = end.min(bytes.len());
        let mut run = start;
        let mut i = start;
        while i < end {
            if bytes[i] == b'&' {
                if let Some((len, c)) = entities::decode_at(self.src.get(..end).unwrap_or(""), i, false) {
                    self.keep(run, i);
                    self.decoded(i, len, c);
                    i += len;
                    run = i;
                    continue;
                }
            }
            i += 1;
        }
        self.keep(run, end);
        if end > start {
            self.line_has_text = bytes.get(end - 1).is_some_and(|&b| b != b'\n');
        }
    }

    pub fn finish(mut self) -> (String, OffsetMap) {
        let len = self.src.len();
        self.advance_to(len);
        self.w.finish()
    }
}
