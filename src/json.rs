//! Results as JSON text for the JavaScript boundary (`src/wasm.rs`).
//!
//! One `JSON.parse` of one string builds a result object faster than setting each property
//! across the boundary, which is what serde-wasm-bindgen does, and this writer is smaller in the
//! module than that crate. It writes what `serde_json` writes for khabar's result types (a test
//! checks that on every fixture page): structs as objects, sequences as arrays, `None` as null,
//! unit variants as their names, integers as numbers, and the three-decimal scores
//! (`model::three_decimals`) as decimals. The result types use no other shapes (maps, tuples,
//! variants with data), and those give [`Unsupported`].

use serde::Serialize;
use serde::ser::{self, Impossible, SerializeSeq, SerializeStruct};

/// A value of a shape the writer does not handle, or a non-finite or out-of-range float.
#[derive(Debug)]
pub(crate) struct Unsupported;

impl std::fmt::Display for Unsupported {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a value JSON text cannot hold")
    }
}

impl std::error::Error for Unsupported {}

impl ser::Error for Unsupported {
    fn custom<T: std::fmt::Display>(_: T) -> Self {
        Unsupported
    }
}

/// `value` as JSON text.
pub(crate) fn to_string<T: Serialize + ?Sized>(value: &T) -> Result<String, Unsupported> {
    let mut w = Writer { out: String::with_capacity(1024) };
    value.serialize(&mut w)?;
    Ok(w.out)
}

struct Writer {
    out: String,
}

// Out of line: every field of every result type calls these, and inlined copies cost the
// module kilobytes.
impl Writer {
    #[inline(never)]
    fn integer(&mut self, negative: bool, mut v: u64) {
        if negative {
            self.out.push('-');
        }
        let mut digits = [0u8; 20];
        let mut i = digits.len();
        loop {
            i -= 1;
            digits[i] = b'0' + (v % 10) as u8;
            v /= 10;
            if v == 0 {
                break;
            }
        }
        // Only ASCII digits were written.
        self.out.push_str(std::str::from_utf8(&digits[i..]).unwrap_or_default());
    }

    #[inline(never)]
    fn string(&mut self, s: &str) {
        self.out.push('"');
        let mut copied = 0;
        for (i, b) in s.bytes().enumerate() {
            let escape = match b {
                b'"' => "\\\"",
                b'\\' => "\\\\",
                b'\n' => "\\n",
                b'\r' => "\\r",
                b'\t' => "\\t",
                0..=0x1F => "",
                _ => continue,
            };
            self.out.push_str(&s[copied..i]);
            if escape.is_empty() {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                self.out.push_str("\\u00");
                self.out.push(char::from(HEX[usize::from(b >> 4)]));
                self.out.push(char::from(HEX[usize::from(b & 15)]));
            } else {
                self.out.push_str(escape);
            }
            copied = i + 1;
        }
        self.out.push_str(&s[copied..]);
        self.out.push('"');
    }
}

/// An object or array being written: whether a comma goes before the next member.
struct Compound<'a> {
    w: &'a mut Writer,
    first: bool,
}

impl Compound<'_> {
    fn comma(&mut self) {
        if !self.first {
            self.w.out.push(',');
        }
        self.first = false;
    }

    /// A comma if needed, then `"key":`.
    #[inline(never)]
    fn key(&mut self, key: &str) {
        self.comma();
        self.w.string(key);
        self.w.out.push(':');
    }
}

impl<'a> ser::Serializer for &'a mut Writer {
    type Ok = ();
    type Error = Unsupported;
    type SerializeSeq = Compound<'a>;
    type SerializeTuple = Impossible<(), Unsupported>;
    type SerializeTupleStruct = Impossible<(), Unsupported>;
    type SerializeTupleVariant = Impossible<(), Unsupported>;
    type SerializeMap = Impossible<(), Unsupported>;
    type SerializeStruct = Compound<'a>;
    type SerializeStructVariant = Impossible<(), Unsupported>;

    fn serialize_bool(self, v: bool) -> Result<(), Unsupported> {
        self.out.push_str(if v { "true" } else { "false" });
        Ok(())
    }
    fn serialize_i8(self, v: i8) -> Result<(), Unsupported> {
        self.serialize_i64(i64::from(v))
    }
    fn serialize_i16(self, v: i16) -> Result<(), Unsupported> {
        self.serialize_i64(i64::from(v))
    }
    fn serialize_i32(self, v: i32) -> Result<(), Unsupported> {
        self.serialize_i64(i64::from(v))
    }
    fn serialize_i64(self, v: i64) -> Result<(), Unsupported> {
        self.integer(v < 0, v.unsigned_abs());
        Ok(())
    }
    fn serialize_u8(self, v: u8) -> Result<(), Unsupported> {
        self.serialize_u64(u64::from(v))
    }
    fn serialize_u16(self, v: u16) -> Result<(), Unsupported> {
        self.serialize_u64(u64::from(v))
    }
    fn serialize_u32(self, v: u32) -> Result<(), Unsupported> {
        self.serialize_u64(u64::from(v))
    }
    fn serialize_u64(self, v: u64) -> Result<(), Unsupported> {
        self.integer(false, v);
        Ok(())
    }
    fn serialize_f32(self, v: f32) -> Result<(), Unsupported> {
        self.serialize_f64(f64::from(v))
    }
    /// Written with at most three decimals, as the scores are rounded: a general shortest
    /// float writer would cost the module more than everything else here.
    fn serialize_f64(self, v: f64) -> Result<(), Unsupported> {
        let thousandths = (v * 1000.0).round();
        if !thousandths.is_finite() || thousandths.abs() >= 1e15 || thousandths / 1000.0 != v {
            return Err(Unsupported);
        }
        let k = thousandths.abs() as u64;
        self.integer(v < 0.0, k / 1000);
        self.out.push('.');
        let mut decimals = k % 1000;
        let mut place = 100;
        loop {
            self.out.push(char::from(b'0' + (decimals / place) as u8));
            decimals %= place;
            place /= 10;
            if decimals == 0 || place == 0 {
                break;
            }
        }
        Ok(())
    }
    fn serialize_char(self, v: char) -> Result<(), Unsupported> {
        self.string(v.encode_utf8(&mut [0; 4]));
        Ok(())
    }
    fn serialize_str(self, v: &str) -> Result<(), Unsupported> {
        self.string(v);
        Ok(())
    }
    fn serialize_bytes(self, _: &[u8]) -> Result<(), Unsupported> {
        Err(Unsupported)
    }
    fn serialize_none(self) -> Result<(), Unsupported> {
        self.serialize_unit()
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), Unsupported> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), Unsupported> {
        self.out.push_str("null");
        Ok(())
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<(), Unsupported> {
        self.serialize_unit()
    }
    fn serialize_unit_variant(self, _: &'static str, _: u32, variant: &'static str) -> Result<(), Unsupported> {
        self.string(variant);
        Ok(())
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(self, _: &'static str, value: &T) -> Result<(), Unsupported> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(self, _: &'static str, _: u32, _: &'static str, _: &T) -> Result<(), Unsupported> {
        Err(Unsupported)
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Compound<'a>, Unsupported> {
        self.out.push('[');
        Ok(Compound { w: self, first: true })
    }
    fn serialize_tuple(self, _: usize) -> Result<Self::SerializeTuple, Unsupported> {
        Err(Unsupported)
    }
    fn serialize_tuple_struct(self, _: &'static str, _: usize) -> Result<Self::SerializeTupleStruct, Unsupported> {
        Err(Unsupported)
    }
    fn serialize_tuple_variant(self, _: &'static str, _: u32, _: &'static str, _: usize) -> Result<Self::SerializeTupleVariant, Unsupported> {
        Err(Unsupported)
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, Unsupported> {
        Err(Unsupported)
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Compound<'a>, Unsupported> {
        self.out.push('{');
        Ok(Compound { w: self, first: true })
    }
    fn serialize_struct_variant(self, _: &'static str, _: u32, _: &'static str, _: usize) -> Result<Self::SerializeStructVariant, Unsupported> {
        Err(Unsupported)
    }
}

impl SerializeSeq for Compound<'_> {
    type Ok = ();
    type Error = Unsupported;

    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Unsupported> {
        self.comma();
        value.serialize(&mut *self.w)
    }
    fn end(self) -> Result<(), Unsupported> {
        self.w.out.push(']');
        Ok(())
    }
}

impl SerializeStruct for Compound<'_> {
    type Ok = ();
    type Error = Unsupported;

    fn serialize_field<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) -> Result<(), Unsupported> {
        self.key(key);
        value.serialize(&mut *self.w)
    }
    fn end(self) -> Result<(), Unsupported> {
        self.w.out.push('}');
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Serialize)]
    struct Sample<'a> {
        text: &'a str,
        none: Option<u8>,
        list: Vec<i64>,
        score: f64,
        flag: bool,
    }

    fn same_as_serde_json<T: Serialize>(value: &T) {
        assert_eq!(to_string(value).expect("supported"), serde_json::to_string(value).expect("serde_json"));
    }

    #[test]
    fn writes_what_serde_json_writes() {
        for text in ["", "خبر «تازه»", "quote \" backslash \\ tab \t nl \n cr \r bell \u{7} unit \u{1F}", "\u{200C}\u{2028}😀"] {
            for score in [0.0, 1.0, 0.5, 0.98, 0.001, 0.95, 12.345, -0.25, 250.0] {
                same_as_serde_json(&Sample { text, none: None, list: vec![0, -1, i64::MAX, i64::MIN, 1_200], score, flag: true });
            }
        }
        same_as_serde_json(&vec![Some(u64::MAX), None, Some(0)]);
    }

    #[test]
    fn refuses_floats_it_cannot_write_exactly() {
        for v in [f64::NAN, f64::INFINITY, 0.1234, 1e300] {
            assert!(to_string(&v).is_err(), "{v}");
        }
    }

    /// Every result type, on every fixture page and seed, as `serde_json` writes it.
    #[test]
    fn writes_the_results_of_every_fixture_page() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
        let mut pages = 0;
        for sub in ["pages", "pages2", "seeds"] {
            let Ok(entries) = std::fs::read_dir(format!("{dir}/{sub}")) else { continue };
            for entry in entries.flatten() {
                let path = entry.path();
                if path.extension().is_none_or(|e| e != "txt") {
                    continue;
                }
                let text = std::fs::read_to_string(&path).expect("fixture");
                let article = crate::extract(&text, &crate::ExtractOptions::default()).expect("extract");
                same_as_serde_json(&article);
                same_as_serde_json(&crate::find_dates(&text, &crate::DateOptions::default()).expect("dates"));
                same_as_serde_json(&crate::find_numbers(&text));
                pages += 1;
            }
        }
        assert!(pages >= 60, "{pages} fixture pages");
    }
}
