//! The offset map between a normalized text and the input it came from.
//!
//! Normalization copies most of the input unchanged and rewrites a few short runs (a letter
//! replaced, a control removed, a half-space inserted). The map stores the output as a sequence
//! of pieces, each either a copy (same length in and out, mapped byte for byte) or a rewrite
//! (mapped as a whole). Lookups are binary searches; building is one pass.

use crate::model::Span;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Piece {
    out_start: usize,
    in_start: usize,
    out_len: usize,
    in_len: usize,
    copy: bool,
}

/// Maps positions in a normalized text back to the input (and forth).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct OffsetMap {
    pieces: Vec<Piece>,
    out_len: usize,
    in_len: usize,
}

/// One rewritten region: `output` in the normalized text came from `input`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Change {
    pub output: Span,
    pub input: Span,
}

impl OffsetMap {
    /// The identity map of a text of `len` bytes.
    pub fn identity(len: usize) -> OffsetMap {
        let mut map = OffsetMap::default();
        map.push(len, len, true);
        map
    }

    pub(crate) fn push(&mut self, in_len: usize, out_len: usize, copy: bool) {
        if in_len == 0 && out_len == 0 {
            return;
        }
        let copy = copy && in_len == out_len;
        if let Some(last) = self.pieces.last_mut() {
            if copy && last.copy {
                last.in_len += in_len;
                last.out_len += out_len;
                self.in_len += in_len;
                self.out_len += out_len;
                return;
            }
        }
        self.pieces.push(Piece { out_start: self.out_len, in_start: self.in_len, out_len, in_len, copy });
        self.in_len += in_len;
        self.out_len += out_len;
    }

    /// Length of the input the map was built from.
    pub fn input_len(&self) -> usize {
        self.in_len
    }

    /// Length of the normalized text.
    pub fn output_len(&self) -> usize {
        self.out_len
    }

    fn piece_at_output(&self, out: usize) -> Option<&Piece> {
        let i = self.pieces.partition_point(|p| p.out_start + p.out_len <= out);
        self.pieces.get(i)
    }

    /// The input offset where the output character at `out` starts.
    pub fn to_input_start(&self, out: usize) -> usize {
        match self.piece_at_output(out) {
            None => self.in_len,
            Some(p) if p.copy => p.in_start + (out - p.out_start),
            Some(p) => p.in_start,
        }
    }

    /// The input offset where the output ending at `out` ends.
    pub fn to_input_end(&self, out: usize) -> usize {
        if out == 0 {
            return 0;
        }
        let i = self.pieces.partition_point(|p| p.out_start + p.out_len < out);
        match self.pieces.get(i) {
            None => self.in_len,
            Some(p) if p.copy => p.in_start + (out - p.out_start),
            Some(p) => p.in_start + p.in_len,
        }
    }

    /// The smallest input span that produced the output span.
    pub fn to_input(&self, output: Span) -> Span {
        if output.is_empty() {
            let at = self.to_input_start(output.start);
            return Span::new(at, at);
        }
        Span::new(self.to_input_start(output.start), self.to_input_end(output.end))
    }

    /// The output offset corresponding to an input offset (start of the piece it falls in when
    /// that piece was rewritten).
    pub fn to_output(&self, input: usize) -> usize {
        let i = self.pieces.partition_point(|p| p.in_start + p.in_len <= input);
        match self.pieces.get(i) {
            None => self.out_len,
            Some(p) if p.copy => p.out_start + (input - p.in_start),
            Some(p) => p.out_start,
        }
    }

    /// Every rewritten region, in order.
    pub fn changes(&self) -> impl Iterator<Item = Change> + '_ {
        self.pieces.iter().filter(|p| !p.copy).map(|p| Change {
            output: Span::new(p.out_start, p.out_start + p.out_len),
            input: Span::new(p.in_start, p.in_start + p.in_len),
        })
    }
}

/// Writes a normalized text and its offset map in step.
#[derive(Debug, Default)]
pub(crate) struct Writer {
    pub out: String,
    pub map: OffsetMap,
}

impl Writer {
    pub fn with_capacity(n: usize) -> Writer {
        Writer { out: String::with_capacity(n), map: OffsetMap::default() }
    }

    /// Copies input text unchanged.
    pub fn keep(&mut self, s: &str) {
        self.out.push_str(s);
        self.map.push(s.len(), s.len(), true);
    }

    /// Writes `with` in place of `in_len` input bytes.
    pub fn replace(&mut self, in_len: usize, with: &str) {
        self.out.push_str(with);
        self.map.push(in_len, with.len(), false);
    }

    /// Writes one char in place of `in_len` input bytes.
    pub fn replace_char(&mut self, in_len: usize, with: char) {
        self.out.push(with);
        self.map.push(in_len, with.len_utf8(), false);
    }

    /// Drops `in_len` input bytes.
    pub fn delete(&mut self, in_len: usize) {
        self.map.push(in_len, 0, false);
    }

    pub fn finish(self) -> (String, OffsetMap) {
        (self.out, self.map)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_copies_rewrites_and_deletions() {
        // input:  "ab\u{200F}cd" (RLM is 3 bytes) -> output "abXd" where c -> X
        let mut w = Writer::default();
        w.keep("ab");
        w.delete(3);
        w.replace(1, "X");
        w.keep("d");
        let (out, map) = w.finish();
        assert_eq!(out, "abXd");
        assert_eq!(map.input_len(), 7);
        assert_eq!(map.to_input(Span::new(0, 2)), Span::new(0, 2));
        assert_eq!(map.to_input(Span::new(2, 3)), Span::new(5, 6));
        assert_eq!(map.to_input(Span::new(0, 4)), Span::new(0, 7));
        assert_eq!(map.to_output(6), 3);
        assert_eq!(map.changes().count(), 2);
    }

    #[test]
    fn identity() {
        let map = OffsetMap::identity(10);
        assert_eq!(map.to_input(Span::new(3, 7)), Span::new(3, 7));
        assert_eq!(map.to_output(10), 10);
        assert_eq!(map.changes().count(), 0);
    }
}
