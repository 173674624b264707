//! Byte offsets to UTF-16 code-unit offsets, for spans that cross into JavaScript.

/// Rewrites byte offsets into `text` as UTF-16 offsets, in place, in one pass over the text.
/// Offsets past the end or inside a character map to the next character boundary's position.
pub fn to_utf16(text: &str, offsets: &mut [usize]) {
    let mut order: Vec<usize> = (0..offsets.len()).collect();
    order.sort_unstable_by_key(|&i| offsets[i]);
    let mut units = 0;
    let mut chars = text.char_indices().peekable();
    for i in order {
        let target = offsets[i];
        while let Some(&(at, c)) = chars.peek() {
            if at >= target {
                break;
            }
            units += c.len_utf16();
            chars.next();
        }
        offsets[i] = units;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn persian_emoji_and_ascii() {
        let text = "۱۴ فروردین 😀 x";
        let mut offs = vec![text.find('x').unwrap(), 0, text.find('😀').unwrap(), text.len()];
        to_utf16(text, &mut offs);
        assert_eq!(offs, vec![14, 0, 11, 15]);
        let utf16: Vec<u16> = text.encode_utf16().collect();
        assert_eq!(String::from_utf16(&utf16[14..15]).unwrap(), "x");
    }
}
