//! The offset map between a normalized text and the input it came from.
//!
//! Normalization copies most of the input unchanged and rewrites a few short runs (a letter
//! replaced, a control removed, a half-space inserted). The map stores the output as a sequence
//! of pieces, each either a copy (same length in and out, mapped byte for byte) or a rewrite
//! (mapped as a whole). Lookups are binary searches; building is one pass.

use crate::model::Span;

/// Where a piece starts in the output and in the input; it ends where the next one starts
/// (offsets in 32 bits: inputs are limited to 4 GiB, and a page's map stays small).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Piece {
    out_start: u32,
    in_start: u32,
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

fn offset(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
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
        if !(copy && self.pieces.last().is_some_and(|last| last.copy)) {
            self.pieces.push(Piece { out_start: offset(self.out_len), in_start: offset(self.in_len), copy });
        }
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

    /// Piece `i`: its output and input spans, and whether it is a copy.
    fn piece(&self, i: usize) -> Option<(Span, Span, bool)> {
        let p = self.pieces.get(i)?;
        let (out_end, in_end) = match self.pieces.get(i + 1) {
            Some(n) => (n.out_start as usize, n.in_start as usize),
            None => (self.out_len, self.in_len),
        };
        Some((Span::new(p.out_start as usize, out_end), Span::new(p.in_start as usize, in_end), p.copy))
    }

    /// The first piece whose end (in the output, or the input) is past `at` (or reaches it,
    /// when `reach`).
    fn first_ending_after(&self, at: usize, input: bool, reach: bool) -> Option<(Span, Span, bool)> {
        // Piece k ends where piece k + 1 starts.
        let k = self.pieces.get(1..).unwrap_or(&[]).partition_point(|n| {
            let end = if input { n.in_start } else { n.out_start } as usize;
            if reach { end < at } else { end <= at }
        });
        let (out, inp, copy) = self.piece(k)?;
        let end = if input { inp.end } else { out.end };
        if end > at || (reach && end == at) { Some((out, inp, copy)) } else { None }
    }

    /// The input offset where the output character at `out` starts.
    pub fn to_input_start(&self, out: usize) -> usize {
        match self.first_ending_after(out, false, false) {
            None => self.in_len,
            Some((o, i, true)) => i.start + (out - o.start),
            Some((_, i, false)) => i.start,
        }
    }

    /// The input offset where the output ending at `out` ends.
    pub fn to_input_end(&self, out: usize) -> usize {
        if out == 0 {
            return 0;
        }
        match self.first_ending_after(out, false, true) {
            None => self.in_len,
            Some((o, i, true)) => i.start + (out - o.start),
            Some((_, i, false)) => i.end,
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
        match self.first_ending_after(input, true, false) {
            None => self.out_len,
            Some((o, i, true)) => o.start + (input - i.start),
            Some((o, _, false)) => o.start,
        }
    }

    /// Every rewritten region, in order.
    pub fn changes(&self) -> impl Iterator<Item = Change> + '_ {
        (0..self.pieces.len()).filter_map(|i| self.piece(i)).filter(|p| !p.2).map(|(output, input, _)| Change { output, input })
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
