//! The JavaScript boundary: the only file that knows about wasm-bindgen.
//!
//! Every function takes `JsValue`s and checks them, so that a wrong argument becomes an `Error`
//! with a string `code` instead of a panic (a panic would poison the instance). Results are plain
//! JSON-compatible objects whose spans are UTF-16 code-unit offsets into the input string.

use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;

use crate::calendar::LocalDateTime;
use crate::error::{Error, ErrorCode};
use crate::model::Variant;
use crate::options::{DateOptions, DigitStyle, ExtractOptions, InputFormat, NormalizeOptions, ZwnjMode};
use crate::utf16;

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
  /** 0 to 1. */
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
export interface Confidence { title: number; published: number; body: number; }

export interface Article {
  language: Language;
  variant: Variant | null;
  /** The headline as written, without a `| section` suffix. */
  title: string | null;
  titleSpan: Span | null;
  /** A supertitle or kicker printed above the headline. */
  kicker: string | null;
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
  /** Default `"keep"`. */
  digits?: "keep" | "native" | "persian" | "arabic-indic" | "ascii";
  /** Default `"repair"`. */
  zwnj?: "repair" | "cleanup" | "keep";
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

/// Reads an options object; `undefined` and `null` mean defaults. serde-wasm-bindgen reads only
/// the fields it knows, so unknown keys (likely typos) are checked here.
fn options<T: for<'de> Deserialize<'de> + Default>(value: &JsValue, known: &[&str]) -> Result<T, JsValue> {
    if value.is_undefined() || value.is_null() {
        return Ok(T::default());
    }
    if !value.is_object() || js_sys::Array::is_array(value) {
        return Err(js_error(BAD_OPTIONS));
    }
    let keys = js_sys::Object::keys(value.unchecked_ref::<js_sys::Object>());
    if keys.iter().any(|k: JsValue| k.as_string().is_none_or(|k| !known.contains(&k.as_str()))) {
        return Err(js_error(Error::new(ErrorCode::InvalidOptions, "options has an unknown key")));
    }
    serde_wasm_bindgen::from_value(value.clone()).map_err(|_| js_error(BAD_OPTIONS))
}

fn now(value: Option<String>) -> Result<Option<LocalDateTime>, JsValue> {
    value.map(|s| LocalDateTime::parse_iso(&s)).transpose().map_err(js_error)
}

fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsValue> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|_| js_error(Error::new(ErrorCode::InvalidInput, "the result could not be converted")))
}

#[derive(Default, Deserialize)]
#[serde(rename_all = "camelCase")]
struct JsExtractOptions {
    now: Option<String>,
    format: Option<String>,
    normalize: Option<bool>,
    max_input_bytes: Option<f64>,
}

#[derive(Default, Deserialize)]
#[serde(rename_all = "camelCase")]
struct JsNormalizeOptions {
    digits: Option<String>,
    zwnj: Option<String>,
    remove_diacritics: Option<bool>,
    max_input_bytes: Option<f64>,
}

#[derive(Default, Deserialize)]
#[serde(rename_all = "camelCase")]
struct JsDateOptions {
    now: Option<String>,
    variant: Option<String>,
    max_input_bytes: Option<f64>,
}

fn max_bytes(value: Option<f64>) -> Result<usize, JsValue> {
    match value {
        None => Ok(0),
        Some(v) if v.is_finite() && v >= 1.0 && v.fract() == 0.0 => Ok(if v >= usize::MAX as f64 { usize::MAX } else { v as usize }),
        Some(_) => Err(js_error(Error::new(ErrorCode::InvalidOptions, "maxInputBytes must be a positive integer"))),
    }
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
    let raw: JsExtractOptions = self::options(&options, &["now", "format", "normalize", "maxInputBytes"])?;
    let mut opts = ExtractOptions::default();
    opts.now = now(raw.now)?;
    opts.format = match raw.format.as_deref() {
        None | Some("auto") => InputFormat::Auto,
        Some("text") => InputFormat::Text,
        Some("html") => InputFormat::Html,
        Some(_) => return Err(js_error(Error::new(ErrorCode::InvalidOptions, "format must be auto, text or html"))),
    };
    opts.normalize = raw.normalize.unwrap_or(false);
    opts.max_input_bytes = max_bytes(raw.max_input_bytes)?;
    let mut article = crate::extract(&text, &opts).map_err(js_error)?;
    let mut offsets = Vec::new();
    article.for_each_offset(&mut |o| offsets.push(*o));
    utf16::to_utf16(&text, &mut offsets);
    let mut converted = offsets.into_iter();
    article.for_each_offset(&mut |o| *o = converted.next().unwrap_or(*o));
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

#[derive(Serialize)]
struct JsNormalized {
    text: String,
    changes: Vec<JsChange>,
}

#[wasm_bindgen(skip_typescript)]
pub fn normalize(text: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
    let text = input_text(&text)?;
    let raw: JsNormalizeOptions = self::options(&options, &["digits", "zwnj", "removeDiacritics", "maxInputBytes"])?;
    let mut opts = NormalizeOptions::default();
    opts.digits = match raw.digits.as_deref() {
        None | Some("keep") => DigitStyle::Keep,
        Some("native") => DigitStyle::Native,
        Some("persian") => DigitStyle::Persian,
        Some("arabic-indic") => DigitStyle::ArabicIndic,
        Some("ascii") => DigitStyle::Ascii,
        Some(_) => return Err(js_error(Error::new(ErrorCode::InvalidOptions, "digits must be keep, native, persian, arabic-indic or ascii"))),
    };
    opts.zwnj = match raw.zwnj.as_deref() {
        None | Some("repair") => ZwnjMode::Repair,
        Some("cleanup") => ZwnjMode::Cleanup,
        Some("keep") => ZwnjMode::Keep,
        Some(_) => return Err(js_error(Error::new(ErrorCode::InvalidOptions, "zwnj must be repair, cleanup or keep"))),
    };
    opts.remove_diacritics = raw.remove_diacritics.unwrap_or(false);
    opts.max_input_bytes = max_bytes(raw.max_input_bytes)?;
    let normalized = crate::normalize(&text, &opts).map_err(js_error)?;
    let changes: Vec<_> = normalized.map.changes().collect();
    let mut out_offsets: Vec<usize> = changes.iter().flat_map(|c| [c.output.start, c.output.end]).collect();
    let mut in_offsets: Vec<usize> = changes.iter().flat_map(|c| [c.input.start, c.input.end]).collect();
    utf16::to_utf16(&normalized.text, &mut out_offsets);
    utf16::to_utf16(&text, &mut in_offsets);
    let changes = out_offsets
        .chunks_exact(2)
        .zip(in_offsets.chunks_exact(2))
        .map(|(o, i)| JsChange { start: o[0], end: o[1], input_start: i[0], input_end: i[1] })
        .collect();
    to_js(&JsNormalized { text: normalized.text, changes })
}

#[wasm_bindgen(skip_typescript)]
pub fn fold(text: JsValue) -> Result<String, JsValue> {
    Ok(crate::fold(&input_text(&text)?))
}

#[wasm_bindgen(js_name = findDates, skip_typescript)]
pub fn find_dates(text: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
    let text = input_text(&text)?;
    let raw: JsDateOptions = self::options(&options, &["now", "variant", "maxInputBytes"])?;
    let mut opts = DateOptions::default();
    opts.now = now(raw.now)?;
    opts.variant = variant(raw.variant.as_deref())?;
    opts.max_input_bytes = max_bytes(raw.max_input_bytes)?;
    let mut dates = crate::find_dates(&text, &opts).map_err(js_error)?;
    let mut offsets: Vec<usize> = dates.iter().flat_map(|d| [d.start, d.end]).collect();
    utf16::to_utf16(&text, &mut offsets);
    for (d, o) in dates.iter_mut().zip(offsets.chunks_exact(2)) {
        d.start = o[0];
        d.end = o[1];
    }
    to_js(&dates)
}

#[wasm_bindgen(js_name = findNumbers, skip_typescript)]
pub fn find_numbers(text: JsValue) -> Result<JsValue, JsValue> {
    let text = input_text(&text)?;
    let mut numbers = crate::find_numbers(&text);
    let mut offsets: Vec<usize> = numbers.iter().flat_map(|n| [n.start, n.end]).collect();
    utf16::to_utf16(&text, &mut offsets);
    for (n, o) in numbers.iter_mut().zip(offsets.chunks_exact(2)) {
        n.start = o[0];
        n.end = o[1];
    }
    to_js(&numbers)
}
