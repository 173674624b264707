//! Lines and paragraphs: the second stage.
//!
//! Pasted pages put one block per line: a menu item, a headline, a paragraph. A line is the unit
//! khabar classifies; its span excludes the line break and surrounding whitespace.

use crate::model::Span;

/// One non-empty line of the input.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Line<'a> {
    /// The line without its line break and without leading or trailing whitespace.
    pub text: &'a str,
    /// Byte span of `text` in the input.
    pub span: Span,
    /// Index among all lines of the input, blank ones included.
    pub number: usize,
    /// Blank lines between this line and the previous non-empty one.
    pub blank_before: usize,
}

/// Every line that has some visible text, with its span. `\n`, `\r\n`, `\r`, U+2028 and U+2029
/// end lines.
pub fn lines(input: &str) -> Vec<Line<'_>> {
    let mut out = Vec::new();
    let mut number = 0;
    let mut blank = 0;
    let mut start = 0;
    let bytes = input.as_bytes();
    let mut i = 0;
    while i <= bytes.len() {
        // The next byte that can end a line: U+2028 and U+2029 are E2 80 A8 and E2 80 A9.
        i += bytes.get(i..).unwrap_or(&[]).iter().position(|&b| matches!(b, b'\n' | b'\r' | 0xE2)).unwrap_or(bytes.len() - i);
        let end_here = i == bytes.len()
            || bytes[i] == b'\n'
            || bytes[i] == b'\r'
            || (bytes[i] == 0xE2 && bytes.get(i + 1) == Some(&0x80) && matches!(bytes.get(i + 2), Some(0xA8 | 0xA9)));
        if end_here {
            let raw = &input[start..i];
            let trimmed_start = raw.len() - raw.trim_start_matches(is_blank).len();
            let text = raw.trim_matches(is_blank);
            if text.is_empty() {
                blank += 1;
            } else {
                let s = start + trimmed_start;
                out.push(Line { text, span: Span::new(s, s + text.len()), number, blank_before: blank });
                blank = 0;
            }
            number += 1;
            if i == bytes.len() {
                break;
            }
            let step = if bytes[i] == b'\r' && bytes.get(i + 1) == Some(&b'\n') {
                2
            } else if bytes[i] == b'\n' || bytes[i] == b'\r' {
                1
            } else {
                3
            };
            i += step;
            start = i;
        } else {
            i += 1;
        }
    }
    out
}

/// Whitespace and invisible characters that do not make a line non-empty.
pub fn is_blank(c: char) -> bool {
    c.is_whitespace()
        || matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}' | '\u{061C}' | '\u{00AD}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_point_at_the_trimmed_text() {
        let input = "عنوان\r\n\n  متن اول \u{00A0}\n\u{200F}\nآخر";
        let ls = lines(input);
        assert_eq!(ls.len(), 3);
        for l in &ls {
            assert_eq!(&input[l.span.start..l.span.end], l.text);
        }
        assert_eq!(ls[1].text, "متن اول");
        assert_eq!(ls[1].blank_before, 1);
        assert_eq!(ls[2].blank_before, 1);
        assert_eq!(ls[2].number, 4);
    }

    #[test]
    fn unicode_line_separators() {
        let ls = lines("a\u{2028}b\u{2029}c");
        assert_eq!(ls.iter().map(|l| l.text).collect::<Vec<_>>(), ["a", "b", "c"]);
    }
}
