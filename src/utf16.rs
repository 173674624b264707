//! Byte offsets to UTF-16 code-unit offsets, for spans that cross into JavaScript.

/// Converts byte offsets into `text` to UTF-16 offsets. Built once per text in one pass (a
/// checkpoint every 64 bytes), then each offset costs at most 64 bytes of scanning, in any order.
pub struct Utf16Index<'a> {
    text: &'a str,
    /// UTF-16 length of `text[..64 * i]` (64-byte blocks, each start moved back to a char
    /// boundary).
    checkpoints: Vec<(usize, usize)>,
}

impl<'a> Utf16Index<'a> {
    pub fn new(text: &'a str) -> Utf16Index<'a> {
        let b = text.as_bytes();
        let mut checkpoints = Vec::with_capacity(b.len() / 64 + 2);
        let mut units = 0;
        let mut at = 0;
        while at < b.len() {
            checkpoints.push((at, units));
            let mut end = (at + 64).min(b.len());
            while b.get(end).is_some_and(|&x| x & 0xC0 == 0x80) {
                end += 1;
            }
            units += utf16_units(&b[at..end]);
            at = end;
        }
        checkpoints.push((b.len(), units));
        Utf16Index { text, checkpoints }
    }

    /// The UTF-16 offset of byte offset `byte` (a character that starts before `byte` counts
    /// whole; offsets past the end give the length).
    pub fn convert(&self, byte: usize) -> usize {
        let i = self.checkpoints.partition_point(|&(at, _)| at <= byte).saturating_sub(1);
        let Some(&(at, units)) = self.checkpoints.get(i) else { return 0 };
        let end = byte.min(self.text.len());
        units + self.text.as_bytes().get(at..end).map_or(0, utf16_units)
    }
}

/// Converts byte offsets into `text` to UTF-16 offsets when they come in order (the changes of
/// a normalized text): one pass over the text in all, with nothing built first. An offset
/// before the previous one is still right, counted again from the start.
pub struct Utf16Cursor<'a> {
    bytes: &'a [u8],
    at: usize,
    units: usize,
}

impl<'a> Utf16Cursor<'a> {
    pub fn new(text: &'a str) -> Utf16Cursor<'a> {
        Utf16Cursor { bytes: text.as_bytes(), at: 0, units: 0 }
    }

    /// As [`Utf16Index::convert`].
    pub fn convert(&mut self, byte: usize) -> usize {
        let end = byte.min(self.bytes.len());
        if end < self.at {
            (self.at, self.units) = (0, 0);
        }
        self.units += utf16_units(&self.bytes[self.at..end]);
        self.at = end;
        self.units
    }
}

/// UTF-16 code units of the characters that start in `bytes` (UTF-8), counted by bytes: one for
/// each byte that starts a character, one more for a four-byte character. Eight bytes at a time
/// (WebAssembly has no SIMD here, but it has 64-bit popcount).
#[inline(never)]
fn utf16_units(bytes: &[u8]) -> usize {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut chunks = bytes.chunks_exact(8);
    let mut n = 0;
    for chunk in &mut chunks {
        let mut word = [0; 8];
        word.copy_from_slice(chunk);
        let w = u64::from_le_bytes(word);
        // Bit 7 of each byte, from bits 7-4 of the same byte (shifts stay within a byte there).
        let continuation = w & !(w << 1) & HIGH;
        let four_byte_lead = w & (w << 1) & (w << 2) & (w << 3) & HIGH;
        n += 8 - continuation.count_ones() as usize + four_byte_lead.count_ones() as usize;
    }
    for &x in chunks.remainder() {
        n += usize::from(x & 0xC0 != 0x80) + usize::from(x >= 0xF0);
    }
    n
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn persian_emoji_and_ascii() {
        let text = "۱۴ فروردین 😀 x";
        let index = Utf16Index::new(text);
        let offs: Vec<usize> = [text.find('x').unwrap(), 0, text.find('😀').unwrap(), text.len()].iter().map(|&b| index.convert(b)).collect();
        assert_eq!(offs, vec![14, 0, 11, 15]);
        let utf16: Vec<u16> = text.encode_utf16().collect();
        assert_eq!(String::from_utf16(&utf16[14..15]).unwrap(), "x");
    }

    #[test]
    fn counts_by_eight_bytes_as_by_one() {
        let text = "a۱😀\u{10FFFF}é\u{FFFF}x".repeat(9);
        for start in 0..text.len() {
            for end in start..text.len().min(start + 40) {
                let bytes = &text.as_bytes()[start..end];
                let one_by_one: usize = bytes.iter().map(|&x| usize::from(x & 0xC0 != 0x80) + usize::from(x >= 0xF0)).sum();
                assert_eq!(utf16_units(bytes), one_by_one, "{start}..{end}");
            }
        }
    }

    #[test]
    fn the_cursor_agrees_with_the_index_in_order_and_out_of_it() {
        let text = "سلام 😀 abc ".repeat(20);
        let index = Utf16Index::new(&text);
        let mut cursor = Utf16Cursor::new(&text);
        let offsets: Vec<usize> = text.char_indices().map(|(at, _)| at).step_by(3).chain([text.len(), 7, 0, text.len() + 5]).collect();
        for at in offsets {
            assert_eq!(cursor.convert(at), index.convert(at), "{at}");
        }
    }

    #[test]
    fn every_char_boundary_of_a_long_mixed_text() {
        let text = "سلام 😀 abc ".repeat(40);
        let index = Utf16Index::new(&text);
        for (at, c) in text.char_indices().chain(std::iter::once((text.len(), ' '))) {
            assert_eq!(index.convert(at), text[..at].encode_utf16().count(), "{at}");
            // Inside a character: the character counts whole.
            for inside in at + 1..(at + c.len_utf8()).min(text.len()) {
                assert_eq!(index.convert(inside), text[..at + c.len_utf8()].encode_utf16().count(), "{inside}");
            }
        }
    }
}
