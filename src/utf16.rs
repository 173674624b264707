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
        let mut checkpoints = Vec::with_capacity(text.len() / 64 + 1);
        let mut units = 0;
        let mut next = 0;
        for (at, c) in text.char_indices() {
            if at >= next {
                checkpoints.push((at, units));
                next = at + 64;
            }
            units += c.len_utf16();
        }
        checkpoints.push((text.len(), units));
        Utf16Index { text, checkpoints }
    }

    /// The UTF-16 offset of byte offset `byte` (offsets inside a character count from the
    /// character's start; offsets past the end give the length).
    pub fn convert(&self, byte: usize) -> usize {
        let i = self.checkpoints.partition_point(|&(at, _)| at <= byte).saturating_sub(1);
        let Some(&(at, units)) = self.checkpoints.get(i) else { return 0 };
        let end = byte.min(self.text.len());
        units + self.text[at..].char_indices().take_while(|&(j, _)| at + j < end).map(|(_, c)| c.len_utf16()).sum::<usize>()
    }
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
    fn every_char_boundary_of_a_long_mixed_text() {
        let text = "سلام 😀 abc ".repeat(40);
        let index = Utf16Index::new(&text);
        for (at, _) in text.char_indices().chain(std::iter::once((text.len(), ' '))) {
            assert_eq!(index.convert(at), text[..at].encode_utf16().count(), "{at}");
        }
    }
}
