//! The JavaScript boundary: the only file that knows about wasm-bindgen.
//!
//! Every function takes `JsValue`s and checks them, so that a wrong argument becomes an `Error`
//! with a string `code` instead of a panic (a panic would poison the instance). Results are plain
//! JSON-compatible objects whose spans are UTF-16 code-unit offsets into the input string.

use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::calendar::LocalDateTime;
use crate::error::{Error, ErrorCode};
use crate::model::Variant;
use crate::options::{DateOptions, DigitStyle, ExtractOptions, InputFormat, NormalizeOptions, ZwnjMode};
use crate::utf16::{Utf16Cursor, Utf16Index};

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &'static str = r#"
/** The language of a text: Persian (Farsi or Dari), Arabic, or undetermined. */
export type Language = "fa" | "ar" | "und";
/** The regional variety: Iranian Persian, Afghan Dari, Arabic. */
export type Variant = "fa-IR" | "fa-AF" | "ar";
export type CalendarKind = "persian" | "gregorian" | "islamic";
export type Precision = "year" | "month" | "day" | "minute" | "second";
export type RemovalReason =
  | "navigation" | "site-chrome" | "date-banner" | "dateline" | "news-id" | "duplicate"
  | "read-also" | "related" | "credit" | "comments" | "newsletter" | "disclaimer" | "tags"
  | "counter" | "copyright" | "caption" | "other";

/** A range of the input string in UTF-16 code units: `input.slice(start, end)`. */
export interface Span { start: number; end: number; }

export interface DateMention {
  /** The expression exactly as written: `input.slice(start, end)`. */
  text: string;
  start: number;
  end: number;
  /** ISO 8601 at the precision written (`2021-07-17T16:54`, `2021-07`, `2014`, `--07-26`), or
   *  null when it is relative to a moment the text does not give. */
  value: string | null;
  precision: Precision;
  calendar: CalendarKind;
  /** The date in its own calendar (`1400-04-26`). */
  native: string | null;
  /** `+04:30`, only when a time of day is written. */
  utcOffset: string | null;
  /** True when computed from a reference date ("yesterday"). */
  relative: boolean;
  /** 0 to 1, with three decimals at most. */
  confidence: number;
}

/** A number written (at least partly) in words: `سه هزار و پانصد`, `الحادي والعشرين`. */
export interface NumberMention {
  /** The expression exactly as written: `input.slice(start, end)`. */
  text: string;
  start: number;
  end: number;
  /** The value (always exact: numbers above 2^53 are not reported). */
  value: number;
  /** True for ordinals (`هفتم` "seventh", `الحادي والعشرين` "21st"). */
  ordinal: boolean;
}

export interface Source { name: string; text: string; start: number; end: number; }
export interface Removed { text: string; reason: RemovalReason; start: number; end: number; }
export interface Paragraph {
  text: string; start: number; end: number; language: Language; variant: Variant | null;
}
/** Scores from 0 to 1, with three decimals at most. */
export interface Confidence { title: number; published: number; body: number; }

export interface Article {
  language: Language;
  variant: Variant | null;
  /** The headline as written, without a `| section` suffix. */
  title: string | null;
  titleSpan: Span | null;
  /** A supertitle or kicker printed above the headline. */
  kicker: string | null;
  kickerSpan: Span | null;
  lead: string | null;
  leadSpan: Span | null;
  /** Body paragraphs in order (the lead is not repeated here). */
  body: string[];
  /** The body paragraphs with spans and languages: `body[i] === paragraphs[i].text`. */
  paragraphs: Paragraph[];
  /** The article's own date. */
  published: DateMention | null;
  /** The site's "today" banner, not the article's date. */
  pageDate: DateMention | null;
  /** Every date expression, in order. */
  dates: DateMention[];
  site: string | null;
  /** The news ID in ASCII digits. */
  newsId: string | null;
  section: string | null;
  sources: Source[];
  /** Every non-empty line not in the title, kicker, lead or body, with the reason. */
  removed: Removed[];
  confidence: Confidence;
  warnings: string[];
}

export interface ExtractOptions {
  /** Reference date for relative expressions when the article has none (`2021-07-17`). */
  now?: string;
  format?: "auto" | "text" | "html";
  /** Normalize title, lead and body text (default false: as written). */
  normalize?: boolean;
  maxInputBytes?: number;
}

export interface NormalizeOptions {
  /** Default `"keep"` (digits are data). `"native"`: ۰-۹ in Persian lines, ٠-٩ in Arabic lines.
   * Digits touching Latin letters (F-16) and in URLs are converted only by `"ascii"`. */
  digits?: "keep" | "native" | "persian" | "arabic-indic" | "ascii";
  /** Default `"repair"`: clean up, join spaced affixes, restore stripped half-spaces.
   * `"cleanup"` adds none inside words; `"keep"` leaves them as written. */
  zwnj?: "repair" | "cleanup" | "keep";
  /** Remove harakat, tanwin, shadda, sukun (default false; hamza and maddah marks stay). */
  removeDiacritics?: boolean;
  maxInputBytes?: number;
}

export interface DateOptions {
  /** Reference date for relative expressions and years left out (`2021-07-17T16:54`). */
  now?: string;
  variant?: Variant;
  maxInputBytes?: number;
}

/** One rewritten region: `text.slice(start, end)` came from `input.slice(inputStart, inputEnd)`. */
export interface Change { start: number; end: number; inputStart: number; inputEnd: number; }
export interface NormalizeResult { text: string; changes: Change[]; }

export type ErrorCode = "INVALID_INPUT" | "INPUT_TOO_LARGE" | "INVALID_OPTIONS" | "INVALID_DATE";
/** What khabar throws: a plain `Error` with a stable `code`. */
export interface KhabarError extends Error { code: ErrorCode; }

/** Extracts title, lead, body, dates, credits and removed lines from a pasted news page. */
export function extract(text: string, options?: ExtractOptions): Article;
/** Normalizes Persian, Dari and Arabic text without damaging numbers, dates, URLs or Arabic. */
export function normalize(text: string, options?: NormalizeOptions): NormalizeResult;
/** A search key: no ZWNJ, no diacritics, unified letters, ASCII digits, lower-case Latin. */
export function fold(text: string): string;
/** Every date expression in the text, in order. */
export function findDates(text: string, options?: DateOptions): DateMention[];
/** Every number written in Persian or Arabic words (digits alone are not reported), in order. */
export function findNumbers(text: string): NumberMention[];
"#;

fn js_error(e: Error) -> JsValue {
    let err = js_sys::Error::new(e.message());
    err.set_name("KhabarError");
    // Setting a property on a fresh Error object cannot fail.
    let _ = js_sys::Reflect::set(&err, &JsValue::from_str("code"), &JsValue::from_str(e.code().as_str()));
    err.into()
}

fn input_text(value: &JsValue) -> Result<String, JsValue> {
    value.as_string().ok_or_else(|| js_error(Error::new(ErrorCode::InvalidInput, "the text argument must be a string")))
}

const BAD_OPTIONS: Error = Error::new(ErrorCode::InvalidOptions, "options must be an object with known keys and values");

/// An options object read field by field with `Reflect` (no serde deserializer: its error
/// formatting alone would add kilobytes to the wasm). `undefined` and `null` mean defaults;
/// unknown keys (likely typos) are refused.
struct Options(Option<JsValue>);

impl Options {
    fn read(value: &JsValue, known: &[&str]) -> Result<Options, JsValue> {
        if value.is_undefined() || value.is_null() {
            return Ok(Options(None));
        }
        if !value.is_object() || js_sys::Array::is_array(value) {
            return Err(js_error(BAD_OPTIONS));
        }
        let keys = js_sys::Object::keys(value.unchecked_ref::<js_sys::Object>());
        if keys.iter().any(|k: JsValue| k.as_string().is_none_or(|k| !known.contains(&k.as_str()))) {
            return Err(js_error(Error::new(ErrorCode::InvalidOptions, "options has an unknown key")));
        }
        Ok(Options(Some(value.clone())))
    }

    /// The field's value, `None` when absent, `undefined` or `null`.
    fn get(&self, key: &str) -> Option<JsValue> {
        let v = js_sys::Reflect::get(self.0.as_ref()?, &JsValue::from_str(key)).ok()?;
        (!v.is_undefined() && !v.is_null()).then_some(v)
    }

    fn string(&self, key: &str) -> Result<Option<String>, JsValue> {
        self.get(key).map(|v| v.as_string().ok_or_else(|| js_error(BAD_OPTIONS))).transpose()
    }

    fn bool(&self, key: &str) -> Result<Option<bool>, JsValue> {
        self.get(key).map(|v| v.as_bool().ok_or_else(|| js_error(BAD_OPTIONS))).transpose()
    }

    /// `maxInputBytes`: a positive integer; 0 (the default) means the library's default limit.
    fn max_bytes(&self) -> Result<usize, JsValue> {
        match self.get("maxInputBytes").map(|v| v.as_f64()) {
            None => Ok(0),
            Some(Some(v)) if v.is_finite() && v >= 1.0 && v.fract() == 0.0 => Ok(if v >= usize::MAX as f64 { usize::MAX } else { v as usize }),
            Some(_) => Err(js_error(Error::new(ErrorCode::InvalidOptions, "maxInputBytes must be a positive integer"))),
        }
    }

    fn now(&self) -> Result<Option<LocalDateTime>, JsValue> {
        self.string("now")?.map(|s| LocalDateTime::parse_iso(&s)).transpose().map_err(js_error)
    }
}

/// A result as a plain JavaScript object, by way of JSON text (`crate::json`).
fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsValue> {
    crate::json::to_string(value)
        .ok()
        .and_then(|text| js_sys::JSON::parse(&text).ok())
        .ok_or_else(|| js_error(Error::new(ErrorCode::InvalidInput, "the result could not be converted")))
}

fn variant(value: Option<&str>) -> Result<Option<Variant>, JsValue> {
    match value {
        None => Ok(None),
        Some("fa-IR") => Ok(Some(Variant::FaIr)),
        Some("fa-AF") => Ok(Some(Variant::FaAf)),
        Some("ar") => Ok(Some(Variant::Ar)),
        Some(_) => Err(js_error(Error::new(ErrorCode::InvalidOptions, "variant must be fa-IR, fa-AF or ar"))),
    }
}

#[wasm_bindgen(skip_typescript)]
pub fn extract(text: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
    let text = input_text(&text)?;
    let raw = Options::read(&options, &["now", "format", "normalize", "maxInputBytes"])?;
    let mut opts = ExtractOptions::default();
    opts.now = raw.now()?;
    opts.format = match raw.string("format")?.as_deref() {
        None | Some("auto") => InputFormat::Auto,
        Some("text") => InputFormat::Text,
        Some("html") => InputFormat::Html,
        Some(_) => return Err(js_error(Error::new(ErrorCode::InvalidOptions, "format must be auto, text or html"))),
    };
    opts.normalize = raw.bool("normalize")?.unwrap_or(false);
    opts.max_input_bytes = raw.max_bytes()?;
    let mut article = crate::extract(&text, &opts).map_err(js_error)?;
    let index = Utf16Index::new(&text);
    article.for_each_span(&mut |start, end| {
        *start = index.convert(*start);
        *end = index.convert(*end);
    });
    to_js(&article)
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct JsChange {
    start: usize,
    end: usize,
    input_start: usize,
    input_end: usize,
}

#[wasm_bindgen(skip_typescript)]
pub fn normalize(input: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
    let text = input_text(&input)?;
    let raw = Options::read(&options, &["digits", "zwnj", "removeDiacritics", "maxInputBytes"])?;
    let mut opts = NormalizeOptions::default();
    opts.digits = match raw.string("digits")?.as_deref() {
        None | Some("keep") => DigitStyle::Keep,
        Some("native") => DigitStyle::Native,
        Some("persian") => DigitStyle::Persian,
        Some("arabic-indic") => DigitStyle::ArabicIndic,
        Some("ascii") => DigitStyle::Ascii,
        Some(_) => return Err(js_error(Error::new(ErrorCode::InvalidOptions, "digits must be keep, native, persian, arabic-indic or ascii"))),
    };
    opts.zwnj = match raw.string("zwnj")?.as_deref() {
        None | Some("repair") => ZwnjMode::Repair,
        Some("cleanup") => ZwnjMode::Cleanup,
        Some("keep") => ZwnjMode::Keep,
        Some(_) => return Err(js_error(Error::new(ErrorCode::InvalidOptions, "zwnj must be repair, cleanup or keep"))),
    };
    opts.remove_diacritics = raw.bool("removeDiacritics")?.unwrap_or(false);
    opts.max_input_bytes = raw.max_bytes()?;
    let normalized = crate::normalize(&text, &opts).map_err(js_error)?;
    // Changes come in order in both texts: each is read once, as far as the last change.
    let mut output_units = Utf16Cursor::new(&normalized.text);
    let mut input_units = Utf16Cursor::new(&text);
    let changes: Vec<JsChange> = normalized
        .map
        .changes()
        .map(|c| JsChange {
            start: output_units.convert(c.output.start),
            end: output_units.convert(c.output.end),
            input_start: input_units.convert(c.input.start),
            input_end: input_units.convert(c.input.end),
        })
        .collect();
    let result = js_sys::Object::new();
    // Setting a property on a fresh object cannot fail.
    let _ = js_sys::Reflect::set(&result, &JsValue::from_str("text"), &output_string(&input, &text, &normalized, &changes));
    let _ = js_sys::Reflect::set(&result, &JsValue::from_str("changes"), &to_js(&changes)?);
    Ok(result.into())
}

/// The normalized text as a JavaScript string made of the input string's own unchanged
/// stretches and the rewritten pieces: decoding the whole output from UTF-8 took a sixth of
/// `normalize`'s time on long texts in Node, and most of a text is unchanged. When the input
/// had a lone surrogate (read as U+FFFD), the output is decoded whole, as it is written.
fn output_string(input: &JsValue, text: &str, normalized: &crate::Normalized, changes: &[JsChange]) -> JsValue {
    // (`str::contains` looks for the character's last byte with memchr, rare in Persian text.)
    if text.contains('\u{FFFD}') {
        return JsValue::from_str(&normalized.text);
    }
    if changes.is_empty() {
        return input.clone();
    }
    let input: &js_sys::JsString = input.unchecked_ref();
    let pieces = js_sys::Array::new();
    let slice = |from: usize, to: usize| input.slice(from as u32, to as u32);
    let mut copied_to = 0;
    for (change, c) in normalized.map.changes().zip(changes) {
        if c.input_start > copied_to {
            pieces.push(&slice(copied_to, c.input_start));
        }
        if let Some(piece) = normalized.text.get(change.output.start..change.output.end).filter(|p| !p.is_empty()) {
            pieces.push(&JsValue::from_str(piece));
        }
        copied_to = c.input_end;
    }
    let len = input.length() as usize;
    if len > copied_to {
        pieces.push(&slice(copied_to, len));
    }
    pieces.join("").into()
}

#[wasm_bindgen(skip_typescript)]
pub fn fold(text: JsValue) -> Result<String, JsValue> {
    Ok(crate::fold(&input_text(&text)?))
}

#[wasm_bindgen(js_name = findDates, skip_typescript)]
pub fn find_dates(text: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
    let text = input_text(&text)?;
    let raw = Options::read(&options, &["now", "variant", "maxInputBytes"])?;
    let mut opts = DateOptions::default();
    opts.now = raw.now()?;
    opts.variant = variant(raw.string("variant")?.as_deref())?;
    opts.max_input_bytes = raw.max_bytes()?;
    let mut dates = crate::find_dates(&text, &opts).map_err(js_error)?;
    let index = Utf16Index::new(&text);
    for d in &mut dates {
        d.start = index.convert(d.start);
        d.end = index.convert(d.end);
    }
    to_js(&dates)
}

#[wasm_bindgen(js_name = findNumbers, skip_typescript)]
pub fn find_numbers(text: JsValue) -> Result<JsValue, JsValue> {
    let text = input_text(&text)?;
    let mut numbers = crate::find_numbers(&text);
    let index = Utf16Index::new(&text);
    for n in &mut numbers {
        n.start = index.convert(n.start);
        n.end = index.convert(n.end);
    }
    to_js(&numbers)
}
