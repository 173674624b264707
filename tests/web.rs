//! The JavaScript exports, run in headless Chromium by wasm-bindgen-test (`make test-browser`).
#![cfg(target_arch = "wasm32")]

use js_sys::{JsString, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const SEED_000: &str = include_str!("fixtures/seeds/000_a44b4c9573c8bb76.txt");

fn get(v: &JsValue, key: &str) -> JsValue {
    Reflect::get(v, &JsValue::from_str(key)).unwrap()
}

fn code(err: JsValue) -> String {
    assert!(err.is_instance_of::<js_sys::Error>());
    get(&err, "code").as_string().unwrap()
}

#[wasm_bindgen_test]
fn extract_returns_a_plain_object_with_utf16_spans() {
    let input = JsString::from(format!("😀\n{SEED_000}"));
    let article = khabar::wasm::extract(input.clone().into(), JsValue::UNDEFINED).unwrap();
    assert_eq!(get(&article, "language").as_string().unwrap(), "fa");
    let removed = js_sys::Array::from(&get(&article, "removed"));
    let paragraphs = js_sys::Array::from(&get(&article, "paragraphs"));
    assert!(paragraphs.length() > 0);
    for item in removed.iter().chain(paragraphs.iter()) {
        let start = get(&item, "start").as_f64().unwrap() as u32;
        let end = get(&item, "end").as_f64().unwrap() as u32;
        assert_eq!(input.slice(start, end), JsString::from(get(&item, "text")));
    }
    // JSON-compatible: nulls, not undefined.
    assert!(get(&article, "newsId").is_null());
}

#[wasm_bindgen_test]
fn bad_arguments_throw_errors_with_codes_and_the_module_keeps_working() {
    assert_eq!(code(khabar::wasm::extract(JsValue::from_f64(42.0), JsValue::UNDEFINED).unwrap_err()), "INVALID_INPUT");
    assert_eq!(code(khabar::wasm::extract(JsValue::NULL, JsValue::UNDEFINED).unwrap_err()), "INVALID_INPUT");
    let bad_opts = js_sys::JSON::parse(r#"{"colour": "blue"}"#).unwrap();
    assert_eq!(code(khabar::wasm::extract("متن".into(), bad_opts).unwrap_err()), "INVALID_OPTIONS");
    let bad_now = js_sys::JSON::parse(r#"{"now": "tomorrow"}"#).unwrap();
    assert_eq!(code(khabar::wasm::find_dates("متن".into(), bad_now).unwrap_err()), "INVALID_DATE");
    let tiny = js_sys::JSON::parse(r#"{"maxInputBytes": 4}"#).unwrap();
    assert_eq!(code(khabar::wasm::normalize("متن بلند".into(), tiny).unwrap_err()), "INPUT_TOO_LARGE");
    assert_eq!(code(khabar::wasm::normalize("x".into(), JsValue::from_str("opts")).unwrap_err()), "INVALID_OPTIONS");
    // Still alive.
    let ok = khabar::wasm::normalize("سلام\u{200F} دنیا".into(), JsValue::UNDEFINED).unwrap();
    assert_eq!(get(&ok, "text").as_string().unwrap(), "سلام دنیا");
}

#[wasm_bindgen_test]
fn lone_surrogates_do_not_break_anything() {
    let units: Vec<u16> = "تیر ".encode_utf16().chain([0xD800]).chain(" ۱۴۰۰".encode_utf16()).collect();
    let s = JsString::from_char_code(&units);
    let article = khabar::wasm::extract(s.clone().into(), JsValue::UNDEFINED).unwrap();
    assert!(get(&article, "body").is_object());
    let normalized = khabar::wasm::normalize(s.into(), JsValue::UNDEFINED).unwrap();
    // The lone surrogate arrives as U+FFFD; the rest is normalized as usual.
    assert_eq!(get(&normalized, "text").as_string().unwrap(), "تیر \u{FFFD} ۱۴۰۰");
    let units: Vec<u16> = "میدانند ".encode_utf16().chain([0xDC00]).collect();
    let normalized = khabar::wasm::normalize(JsString::from_char_code(&units).into(), JsValue::UNDEFINED).unwrap();
    assert_eq!(get(&normalized, "text").as_string().unwrap(), "می\u{200C}دانند \u{FFFD}");
}

#[wasm_bindgen_test]
fn normalized_text_is_the_native_text() {
    // The text is put together from the input string's unchanged stretches and the rewritten
    // pieces: it must equal what the library writes, with every option set.
    let inputs = [SEED_000.to_string(), format!("😀\n{SEED_000}\n😀"), "ﷲ ﻻ كتاب\u{200F} مقامهای آمریكایی ۱۴۰۰/۰۴/۲۴ \u{FFFD}".to_string(), "plain".to_string(), String::new()];
    let options = [r#"{}"#, r#"{"digits": "ascii", "removeDiacritics": true}"#, r#"{"zwnj": "keep", "digits": "native"}"#];
    for input in &inputs {
        for json in options {
            let js = khabar::wasm::normalize(input.as_str().into(), js_sys::JSON::parse(json).unwrap()).unwrap();
            let mut native = khabar::NormalizeOptions::default();
            native.digits = match json {
                j if j.contains("ascii") => khabar::DigitStyle::Ascii,
                j if j.contains("native") => khabar::DigitStyle::Native,
                _ => khabar::DigitStyle::Keep,
            };
            native.zwnj = if json.contains("keep") { khabar::ZwnjMode::Keep } else { khabar::ZwnjMode::Repair };
            native.remove_diacritics = json.contains("removeDiacritics");
            assert_eq!(get(&js, "text").as_string().unwrap(), khabar::normalize(input, &native).unwrap().text, "{json}");
        }
    }
}

#[wasm_bindgen_test]
fn normalize_changes_map_back_in_utf16() {
    let input = "😀 سلام\u{200F} دنیا";
    let result = khabar::wasm::normalize(input.into(), JsValue::UNDEFINED).unwrap();
    let changes = js_sys::Array::from(&get(&result, "changes"));
    assert_eq!(changes.length(), 1);
    let c = changes.get(0);
    let js_input = JsString::from(input);
    let removed = js_input.slice(get(&c, "inputStart").as_f64().unwrap() as u32, get(&c, "inputEnd").as_f64().unwrap() as u32);
    assert_eq!(removed, JsString::from("\u{200F}"));
}
