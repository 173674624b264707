//! HTML character references: `&amp;`, `&#1587;`, `&#x200C;`.
//!
//! The named table is a subset of the WHATWG HTML Standard's list of named character references
//! (<https://html.spec.whatwg.org/multipage/named-characters.html>, also published as
//! `entities.json`): every HTML 4 entity (Latin-1, symbols, Greek, special), the names the
//! standard allows without a semicolon ("legacy", last column), and the HTML5 names for
//! punctuation, spaces and invisible marks that news pages use. All of them map to one code point.
//! Numeric references follow the standard's rules: `&#0;`, surrogates and values past U+10FFFF
//! become U+FFFD, and 0x80-0x9F are read as Windows-1252.

use std::borrow::Cow;

/// `(name, character, allowed without semicolon)`, sorted by name bytes for binary search.
#[rustfmt::skip]
static NAMED: &[(&str, char, bool)] = &[
    ("AElig", '\u{C6}', true),
    ("AMP", '\u{26}', true),
    ("Aacute", '\u{C1}', true),
    ("Acirc", '\u{C2}', true),
    ("Agrave", '\u{C0}', true),
    ("Alpha", '\u{391}', false),
    ("ApplyFunction", '\u{2061}', false),
    ("Aring", '\u{C5}', true),
    ("Atilde", '\u{C3}', true),
    ("Auml", '\u{C4}', true),
    ("Beta", '\u{392}', false),
    ("COPY", '\u{A9}', true),
    ("Ccedil", '\u{C7}', true),
    ("CenterDot", '\u{B7}', false),
    ("Chi", '\u{3A7}', false),
    ("CloseCurlyDoubleQuote", '\u{201D}', false),
    ("CloseCurlyQuote", '\u{2019}', false),
    ("Dagger", '\u{2021}', false),
    ("Delta", '\u{394}', false),
    ("DiacriticalGrave", '\u{60}', false),
    ("ETH", '\u{D0}', true),
    ("Eacute", '\u{C9}', true),
    ("Ecirc", '\u{CA}', true),
    ("Egrave", '\u{C8}', true),
    ("Epsilon", '\u{395}', false),
    ("Eta", '\u{397}', false),
    ("Euml", '\u{CB}', true),
    ("GT", '\u{3E}', true),
    ("Gamma", '\u{393}', false),
    ("Hat", '\u{5E}', false),
    ("Iacute", '\u{CD}', true),
    ("Icirc", '\u{CE}', true),
    ("Igrave", '\u{CC}', true),
    ("InvisibleComma", '\u{2063}', false),
    ("InvisibleTimes", '\u{2062}', false),
    ("Iota", '\u{399}', false),
    ("Iuml", '\u{CF}', true),
    ("Kappa", '\u{39A}', false),
    ("LT", '\u{3C}', true),
    ("Lambda", '\u{39B}', false),
    ("LeftArrow", '\u{2190}', false),
    ("MediumSpace", '\u{205F}', false),
    ("Mu", '\u{39C}', false),
    ("NegativeMediumSpace", '\u{200B}', false),
    ("NegativeThickSpace", '\u{200B}', false),
    ("NegativeThinSpace", '\u{200B}', false),
    ("NegativeVeryThinSpace", '\u{200B}', false),
    ("NewLine", '\u{A}', false),
    ("NoBreak", '\u{2060}', false),
    ("NonBreakingSpace", '\u{A0}', false),
    ("Ntilde", '\u{D1}', true),
    ("Nu", '\u{39D}', false),
    ("OElig", '\u{152}', false),
    ("Oacute", '\u{D3}', true),
    ("Ocirc", '\u{D4}', true),
    ("Ograve", '\u{D2}', true),
    ("Omega", '\u{3A9}', false),
    ("Omicron", '\u{39F}', false),
    ("OpenCurlyDoubleQuote", '\u{201C}', false),
    ("OpenCurlyQuote", '\u{2018}', false),
    ("Oslash", '\u{D8}', true),
    ("Otilde", '\u{D5}', true),
    ("Ouml", '\u{D6}', true),
    ("Phi", '\u{3A6}', false),
    ("Pi", '\u{3A0}', false),
    ("PlusMinus", '\u{B1}', false),
    ("Prime", '\u{2033}', false),
    ("Psi", '\u{3A8}', false),
    ("QUOT", '\u{22}', true),
    ("REG", '\u{AE}', true),
    ("Rho", '\u{3A1}', false),
    ("RightArrow", '\u{2192}', false),
    ("Scaron", '\u{160}', false),
    ("Sigma", '\u{3A3}', false),
    ("THORN", '\u{DE}', true),
    ("TRADE", '\u{2122}', false),
    ("Tab", '\u{9}', false),
    ("Tau", '\u{3A4}', false),
    ("Theta", '\u{398}', false),
    ("ThinSpace", '\u{2009}', false),
    ("Uacute", '\u{DA}', true),
    ("Ucirc", '\u{DB}', true),
    ("Ugrave", '\u{D9}', true),
    ("UnderBar", '\u{5F}', false),
    ("Upsilon", '\u{3A5}', false),
    ("Uuml", '\u{DC}', true),
    ("Verbar", '\u{2016}', false),
    ("Vert", '\u{2016}', false),
    ("VerticalLine", '\u{7C}', false),
    ("VeryThinSpace", '\u{200A}', false),
    ("Xi", '\u{39E}', false),
    ("Yacute", '\u{DD}', true),
    ("Yuml", '\u{178}', false),
    ("ZeroWidthSpace", '\u{200B}', false),
    ("Zeta", '\u{396}', false),
    ("aacute", '\u{E1}', true),
    ("acirc", '\u{E2}', true),
    ("acute", '\u{B4}', true),
    ("aelig", '\u{E6}', true),
    ("af", '\u{2061}', false),
    ("agrave", '\u{E0}', true),
    ("alefsym", '\u{2135}', false),
    ("alpha", '\u{3B1}', false),
    ("amp", '\u{26}', true),
    ("and", '\u{2227}', false),
    ("ang", '\u{2220}', false),
    ("apos", '\u{27}', false),
    ("aring", '\u{E5}', true),
    ("ast", '\u{2A}', false),
    ("asymp", '\u{2248}', false),
    ("atilde", '\u{E3}', true),
    ("auml", '\u{E4}', true),
    ("bdquo", '\u{201E}', false),
    ("beta", '\u{3B2}', false),
    ("bigstar", '\u{2605}', false),
    ("blacksquare", '\u{25AA}', false),
    ("bprime", '\u{2035}', false),
    ("brvbar", '\u{A6}', true),
    ("bsemi", '\u{204F}', false),
    ("bsol", '\u{5C}', false),
    ("bull", '\u{2022}', false),
    ("bullet", '\u{2022}', false),
    ("cap", '\u{2229}', false),
    ("caret", '\u{2041}', false),
    ("ccedil", '\u{E7}', true),
    ("cedil", '\u{B8}', true),
    ("cent", '\u{A2}', true),
    ("centerdot", '\u{B7}', false),
    ("check", '\u{2713}', false),
    ("checkmark", '\u{2713}', false),
    ("chi", '\u{3C7}', false),
    ("cir", '\u{25CB}', false),
    ("circ", '\u{2C6}', false),
    ("circledR", '\u{AE}', false),
    ("clubs", '\u{2663}', false),
    ("clubsuit", '\u{2663}', false),
    ("colon", '\u{3A}', false),
    ("comma", '\u{2C}', false),
    ("commat", '\u{40}', false),
    ("cong", '\u{2245}', false),
    ("copy", '\u{A9}', true),
    ("copysr", '\u{2117}', false),
    ("crarr", '\u{21B5}', false),
    ("cross", '\u{2717}', false),
    ("cup", '\u{222A}', false),
    ("curren", '\u{A4}', true),
    ("dArr", '\u{21D3}', false),
    ("dagger", '\u{2020}', false),
    ("darr", '\u{2193}', false),
    ("dash", '\u{2010}', false),
    ("deg", '\u{B0}', true),
    ("delta", '\u{3B4}', false),
    ("diamondsuit", '\u{2666}', false),
    ("diams", '\u{2666}', false),
    ("div", '\u{F7}', false),
    ("divide", '\u{F7}', true),
    ("dollar", '\u{24}', false),
    ("dtri", '\u{25BF}', false),
    ("eacute", '\u{E9}', true),
    ("ecirc", '\u{EA}', true),
    ("egrave", '\u{E8}', true),
    ("ell", '\u{2113}', false),
    ("empty", '\u{2205}', false),
    ("emsp", '\u{2003}', false),
    ("emsp13", '\u{2004}', false),
    ("emsp14", '\u{2005}', false),
    ("ensp", '\u{2002}', false),
    ("epsilon", '\u{3B5}', false),
    ("equals", '\u{3D}', false),
    ("equiv", '\u{2261}', false),
    ("eta", '\u{3B7}', false),
    ("eth", '\u{F0}', true),
    ("euml", '\u{EB}', true),
    ("euro", '\u{20AC}', false),
    ("excl", '\u{21}', false),
    ("exist", '\u{2203}', false),
    ("female", '\u{2640}', false),
    ("flat", '\u{266D}', false),
    ("fnof", '\u{192}', false),
    ("forall", '\u{2200}', false),
    ("frac12", '\u{BD}', true),
    ("frac13", '\u{2153}', false),
    ("frac14", '\u{BC}', true),
    ("frac15", '\u{2155}', false),
    ("frac16", '\u{2159}', false),
    ("frac18", '\u{215B}', false),
    ("frac23", '\u{2154}', false),
    ("frac25", '\u{2156}', false),
    ("frac34", '\u{BE}', true),
    ("frac35", '\u{2157}', false),
    ("frac38", '\u{215C}', false),
    ("frac45", '\u{2158}', false),
    ("frac56", '\u{215A}', false),
    ("frac58", '\u{215D}', false),
    ("frac78", '\u{215E}', false),
    ("frasl", '\u{2044}', false),
    ("gamma", '\u{3B3}', false),
    ("ge", '\u{2265}', false),
    ("geq", '\u{2265}', false),
    ("grave", '\u{60}', false),
    ("gt", '\u{3E}', true),
    ("hArr", '\u{21D4}', false),
    ("hairsp", '\u{200A}', false),
    ("half", '\u{BD}', false),
    ("harr", '\u{2194}', false),
    ("hearts", '\u{2665}', false),
    ("heartsuit", '\u{2665}', false),
    ("hellip", '\u{2026}', false),
    ("horbar", '\u{2015}', false),
    ("hybull", '\u{2043}', false),
    ("hyphen", '\u{2010}', false),
    ("iacute", '\u{ED}', true),
    ("ic", '\u{2063}', false),
    ("icirc", '\u{EE}', true),
    ("iexcl", '\u{A1}', true),
    ("igrave", '\u{EC}', true),
    ("image", '\u{2111}', false),
    ("incare", '\u{2105}', false),
    ("infin", '\u{221E}', false),
    ("int", '\u{222B}', false),
    ("iota", '\u{3B9}', false),
    ("iquest", '\u{BF}', true),
    ("isin", '\u{2208}', false),
    ("it", '\u{2062}', false),
    ("iuml", '\u{EF}', true),
    ("kappa", '\u{3BA}', false),
    ("lArr", '\u{21D0}', false),
    ("lambda", '\u{3BB}', false),
    ("lang", '\u{27E8}', false),
    ("laquo", '\u{AB}', true),
    ("larr", '\u{2190}', false),
    ("lbrace", '\u{7B}', false),
    ("lbrack", '\u{5B}', false),
    ("lceil", '\u{2308}', false),
    ("lcub", '\u{7B}', false),
    ("ldquo", '\u{201C}', false),
    ("ldquor", '\u{201E}', false),
    ("le", '\u{2264}', false),
    ("leftarrow", '\u{2190}', false),
    ("leq", '\u{2264}', false),
    ("lfloor", '\u{230A}', false),
    ("lowast", '\u{2217}', false),
    ("lowbar", '\u{5F}', false),
    ("loz", '\u{25CA}', false),
    ("lozenge", '\u{25CA}', false),
    ("lpar", '\u{28}', false),
    ("lrm", '\u{200E}', false),
    ("lsaquo", '\u{2039}', false),
    ("lsqb", '\u{5B}', false),
    ("lsquo", '\u{2018}', false),
    ("lsquor", '\u{201A}', false),
    ("lt", '\u{3C}', true),
    ("ltri", '\u{25C3}', false),
    ("macr", '\u{AF}', true),
    ("male", '\u{2642}', false),
    ("mdash", '\u{2014}', false),
    ("mho", '\u{2127}', false),
    ("micro", '\u{B5}', true),
    ("midast", '\u{2A}', false),
    ("middot", '\u{B7}', true),
    ("minus", '\u{2212}', false),
    ("mldr", '\u{2026}', false),
    ("mu", '\u{3BC}', false),
    ("nabla", '\u{2207}', false),
    ("natur", '\u{266E}', false),
    ("natural", '\u{266E}', false),
    ("nbsp", '\u{A0}', true),
    ("ndash", '\u{2013}', false),
    ("ne", '\u{2260}', false),
    ("ni", '\u{220B}', false),
    ("nldr", '\u{2025}', false),
    ("not", '\u{AC}', true),
    ("notin", '\u{2209}', false),
    ("nsub", '\u{2284}', false),
    ("ntilde", '\u{F1}', true),
    ("nu", '\u{3BD}', false),
    ("num", '\u{23}', false),
    ("numero", '\u{2116}', false),
    ("numsp", '\u{2007}', false),
    ("oacute", '\u{F3}', true),
    ("ocirc", '\u{F4}', true),
    ("oelig", '\u{153}', false),
    ("ograve", '\u{F2}', true),
    ("ohm", '\u{2126}', false),
    ("oline", '\u{203E}', false),
    ("omega", '\u{3C9}', false),
    ("omicron", '\u{3BF}', false),
    ("oplus", '\u{2295}', false),
    ("or", '\u{2228}', false),
    ("ordf", '\u{AA}', true),
    ("ordm", '\u{BA}', true),
    ("oslash", '\u{F8}', true),
    ("otilde", '\u{F5}', true),
    ("otimes", '\u{2297}', false),
    ("ouml", '\u{F6}', true),
    ("para", '\u{B6}', true),
    ("part", '\u{2202}', false),
    ("percnt", '\u{25}', false),
    ("period", '\u{2E}', false),
    ("permil", '\u{2030}', false),
    ("perp", '\u{22A5}', false),
    ("pertenk", '\u{2031}', false),
    ("phi", '\u{3C6}', false),
    ("phone", '\u{260E}', false),
    ("pi", '\u{3C0}', false),
    ("piv", '\u{3D6}', false),
    ("plus", '\u{2B}', false),
    ("plusmn", '\u{B1}', true),
    ("pm", '\u{B1}', false),
    ("pound", '\u{A3}', true),
    ("prime", '\u{2032}', false),
    ("prod", '\u{220F}', false),
    ("prop", '\u{221D}', false),
    ("psi", '\u{3C8}', false),
    ("puncsp", '\u{2008}', false),
    ("qprime", '\u{2057}', false),
    ("quest", '\u{3F}', false),
    ("quot", '\u{22}', true),
    ("rArr", '\u{21D2}', false),
    ("radic", '\u{221A}', false),
    ("rang", '\u{27E9}', false),
    ("raquo", '\u{BB}', true),
    ("rarr", '\u{2192}', false),
    ("rbrace", '\u{7D}', false),
    ("rbrack", '\u{5D}', false),
    ("rceil", '\u{2309}', false),
    ("rcub", '\u{7D}', false),
    ("rdquo", '\u{201D}', false),
    ("rdquor", '\u{201D}', false),
    ("real", '\u{211C}', false),
    ("reg", '\u{AE}', true),
    ("rfloor", '\u{230B}', false),
    ("rho", '\u{3C1}', false),
    ("rightarrow", '\u{2192}', false),
    ("rlm", '\u{200F}', false),
    ("rpar", '\u{29}', false),
    ("rsaquo", '\u{203A}', false),
    ("rsqb", '\u{5D}', false),
    ("rsquo", '\u{2019}', false),
    ("rsquor", '\u{2019}', false),
    ("rtri", '\u{25B9}', false),
    ("sbquo", '\u{201A}', false),
    ("scaron", '\u{161}', false),
    ("sdot", '\u{22C5}', false),
    ("sect", '\u{A7}', true),
    ("semi", '\u{3B}', false),
    ("sharp", '\u{266F}', false),
    ("shy", '\u{AD}', true),
    ("sigma", '\u{3C3}', false),
    ("sigmaf", '\u{3C2}', false),
    ("sim", '\u{223C}', false),
    ("sol", '\u{2F}', false),
    ("spades", '\u{2660}', false),
    ("spadesuit", '\u{2660}', false),
    ("squ", '\u{25A1}', false),
    ("square", '\u{25A1}', false),
    ("squf", '\u{25AA}', false),
    ("star", '\u{2606}', false),
    ("starf", '\u{2605}', false),
    ("sub", '\u{2282}', false),
    ("sube", '\u{2286}', false),
    ("sum", '\u{2211}', false),
    ("sung", '\u{266A}', false),
    ("sup", '\u{2283}', false),
    ("sup1", '\u{B9}', true),
    ("sup2", '\u{B2}', true),
    ("sup3", '\u{B3}', true),
    ("supe", '\u{2287}', false),
    ("szlig", '\u{DF}', true),
    ("tau", '\u{3C4}', false),
    ("there4", '\u{2234}', false),
    ("theta", '\u{3B8}', false),
    ("thetasym", '\u{3D1}', false),
    ("thinsp", '\u{2009}', false),
    ("thorn", '\u{FE}', true),
    ("tilde", '\u{2DC}', false),
    ("times", '\u{D7}', true),
    ("trade", '\u{2122}', false),
    ("uArr", '\u{21D1}', false),
    ("uacute", '\u{FA}', true),
    ("uarr", '\u{2191}', false),
    ("ucirc", '\u{FB}', true),
    ("ugrave", '\u{F9}', true),
    ("uml", '\u{A8}', true),
    ("upsih", '\u{3D2}', false),
    ("upsilon", '\u{3C5}', false),
    ("utri", '\u{25B5}', false),
    ("uuml", '\u{FC}', true),
    ("verbar", '\u{7C}', false),
    ("vert", '\u{7C}', false),
    ("weierp", '\u{2118}', false),
    ("xi", '\u{3BE}', false),
    ("yacute", '\u{FD}', true),
    ("yen", '\u{A5}', true),
    ("yuml", '\u{FF}', true),
    ("zeta", '\u{3B6}', false),
    ("zwj", '\u{200D}', false),
    ("zwnj", '\u{200C}', false),
];

/// Windows-1252 characters for numeric references 0x80-0x9F (the standard's replacement table);
/// `None` keeps the C1 control.
#[rustfmt::skip]
static C1: [Option<char>; 32] = [
    Some('\u{20AC}'), None, Some('\u{201A}'), Some('\u{0192}'), Some('\u{201E}'), Some('\u{2026}'), Some('\u{2020}'), Some('\u{2021}'),
    Some('\u{02C6}'), Some('\u{2030}'), Some('\u{0160}'), Some('\u{2039}'), Some('\u{0152}'), None, Some('\u{017D}'), None,
    None, Some('\u{2018}'), Some('\u{2019}'), Some('\u{201C}'), Some('\u{201D}'), Some('\u{2022}'), Some('\u{2013}'), Some('\u{2014}'),
    Some('\u{02DC}'), Some('\u{2122}'), Some('\u{0161}'), Some('\u{203A}'), Some('\u{0153}'), None, Some('\u{017E}'), Some('\u{0178}'),
];

/// The longest legacy name (`frac12`, `middot`, ...).
const LEGACY_MAX: usize = 6;
/// Longer alphanumeric runs after `&` are not looked up (the longest name in the standard has 31).
const NAME_MAX: usize = 32;

fn lookup(name: &str) -> Option<(char, bool)> {
    NAMED.binary_search_by(|(n, _, _)| n.as_bytes().cmp(name.as_bytes())).ok().and_then(|i| NAMED.get(i)).map(|&(_, c, l)| (c, l))
}

fn numeric(value: u32) -> char {
    match value {
        0x80..=0x9F => C1.get((value - 0x80) as usize).copied().flatten().or(char::from_u32(value)).unwrap_or('\u{FFFD}'),
        0 => '\u{FFFD}',
        _ => char::from_u32(value).unwrap_or('\u{FFFD}'),
    }
}

/// Decodes the reference starting at `at` (which holds `&`). Returns its length in bytes and the
/// character, or `None` when the `&` is literal. In attribute values a legacy name followed by a
/// letter, digit or `=` stays literal (`?a=1&copy=2`), as browsers do.
pub(crate) fn decode_at(src: &str, at: usize, in_attribute: bool) -> Option<(usize, char)> {
    let b = src.as_bytes();
    if b.get(at) != Some(&b'&') {
        return None;
    }
    let mut i = at + 1;
    if b.get(i) == Some(&b'#') {
        i += 1;
        let hex = matches!(b.get(i), Some(b'x' | b'X'));
        if hex {
            i += 1;
        }
        let digits_start = i;
        let mut value: u32 = 0;
        while let Some(d) = b.get(i).and_then(|&c| (c as char).to_digit(if hex { 16 } else { 10 })) {
            // Saturate past the Unicode range so that long digit runs cannot overflow.
            value = value.saturating_mul(if hex { 16 } else { 10 }).saturating_add(d).min(0x11_0000);
            i += 1;
        }
        if i == digits_start {
            return None;
        }
        if b.get(i) == Some(&b';') {
            i += 1;
        }
        return Some((i - at, numeric(value)));
    }
    let name_start = i;
    while i < b.len() && i - name_start < NAME_MAX && b[i].is_ascii_alphanumeric() {
        i += 1;
    }
    let name = src.get(name_start..i)?;
    if name.is_empty() {
        return None;
    }
    if b.get(i) == Some(&b';') {
        if let Some((c, _)) = lookup(name) {
            return Some((i + 1 - at, c));
        }
    }
    // Without a semicolon only the legacy names count, longest first (`&notin` is `¬in`).
    for len in (2..=LEGACY_MAX.min(name.len())).rev() {
        let Some(prefix) = name.get(..len) else { continue };
        if let Some((c, true)) = lookup(prefix) {
            let next = b.get(name_start + len).copied();
            if in_attribute && next.is_some_and(|n| n.is_ascii_alphanumeric() || n == b'=') {
                return None;
            }
            return Some((1 + len, c));
        }
    }
    None
}

/// `s` with every character reference decoded.
pub(crate) fn decode(s: &str, in_attribute: bool) -> Cow<'_, str> {
    if !s.contains('&') {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut copied = 0;
    let mut i = 0;
    while let Some(off) = s.get(i..).and_then(|rest| rest.find('&')) {
        let at = i + off;
        match decode_at(s, at, in_attribute) {
            Some((len, c)) => {
                out.push_str(s.get(copied..at).unwrap_or(""));
                out.push(c);
                copied = at + len;
                i = copied;
            }
            None => i = at + 1,
        }
    }
    out.push_str(s.get(copied..).unwrap_or(""));
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_sorted_and_unique() {
        for pair in NAMED.windows(2) {
            assert!(pair[0].0.as_bytes() < pair[1].0.as_bytes(), "{} !< {}", pair[0].0, pair[1].0);
        }
        // The standard's legacy list has 106 names.
        assert_eq!(NAMED.iter().filter(|e| e.2).count(), 106);
        assert!(NAMED.iter().filter(|e| e.2).all(|e| e.0.len() <= LEGACY_MAX));
    }

    #[test]
    fn named_numeric_and_legacy() {
        assert_eq!(decode("می&zwnj;شود", false), "می\u{200C}شود");
        assert_eq!(decode("&laquo;خبر&raquo; &hellip; &mdash;&rlm;&lrm;", false), "«خبر» … —\u{200F}\u{200E}");
        assert_eq!(decode("&#1587;&#x644;&#X627;&#1605", false), "سلام");
        assert_eq!(decode("&#150; &#0; &#xD800; &#99999999999;", false), "– \u{FFFD} \u{FFFD} \u{FFFD}");
        assert_eq!(decode("&copy 2024 &notin; &notit; &amp", false), "© 2024 ∉ ¬it; &");
        assert_eq!(decode("a & b &unknown; &; &#; &#x;", false), "a & b &unknown; &; &#; &#x;");
        assert_eq!(decode("?a=1&copy=2&amp;b", true), "?a=1&copy=2&b");
        assert_eq!(decode("&nbsp;&NonBreakingSpace;&ZeroWidthSpace;", false), "\u{A0}\u{A0}\u{200B}");
    }

    #[test]
    fn never_panics_at_the_end() {
        for s in ["&", "&#", "&#x", "&a", "&amp", "&#12", "x&", "&\u{0633}", "&#\u{0661};"] {
            let _ = decode(s, false);
            let _ = decode(s, true);
        }
        assert_eq!(decode_at("&\u{0633}", 0, false), None);
    }
}
