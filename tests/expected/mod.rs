//! Compares an extracted article with what a careful reader extracts from the page (the
//! `*.expected.json` format of `tests/fixtures/seeds/README.md`), field by field.

use std::fs;
use std::path::Path;

use serde_json::Value;

pub struct Page {
    pub name: String,
    pub text: String,
    pub expected: Value,
}

/// Every `*.txt` page in a fixture folder with its `*.expected.json`.
pub fn pages(folder: &str) -> Vec<Page> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(folder);
    let mut out = Vec::new();
    let Ok(entries) = fs::read_dir(&dir) else { return out };
    for entry in entries {
        let path = entry.unwrap().path();
        if path.extension().and_then(|e| e.to_str()) != Some("txt") {
            continue;
        }
        let name = path.file_stem().unwrap().to_str().unwrap().to_string();
        let expected_path = dir.join(format!("{name}.expected.json"));
        let Ok(expected) = fs::read_to_string(&expected_path) else { continue };
        let text = fs::read_to_string(&path).unwrap();
        out.push(Page { name, text, expected: serde_json::from_str(&expected).unwrap() });
    }
    out.sort_by(|a, b| a.name.cmp(&b.name));
    out
}

/// Text compared as a reader would: whitespace collapsed, ZWNJ ignored.
pub fn same(a: &str, b: &str) -> bool {
    squash(a) == squash(b)
}

fn squash(s: &str) -> String {
    s.split(|c: char| c.is_whitespace() || c == '\u{200C}').filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" ")
}

/// One field's verdict.
pub struct Check {
    pub field: &'static str,
    pub ok: bool,
    pub detail: String,
}

/// Checks every field of one page. `article` is the extraction serialized to JSON.
pub fn check(page: &Page, article: &Value) -> Vec<Check> {
    let e = &page.expected;
    let mut out = Vec::new();
    let mut push = |field: &'static str, ok: bool, detail: String| out.push(Check { field, ok, detail });
    let s = |v: &Value| v.as_str().unwrap_or("").to_string();

    push("language", article["language"] == e["language"] && article["variant"] == e["variant"], format!("{} {}", article["language"], article["variant"]));

    let title_ok = match (article["title"].as_str(), e["title"].as_str()) {
        (Some(a), Some(x)) => same(a, x),
        (None, None) => true,
        _ => false,
    };
    push("title", title_ok, format!("got {:?}", article["title"]));

    let published_ok = match (&article["published"], &e["published"]) {
        (Value::Null, Value::Null) => true,
        (a, x) if !a.is_null() && !x.is_null() => {
            a["value"] == x["value"] && (x.get("utc_offset").is_none_or(Value::is_null) || a["utcOffset"] == x["utc_offset"])
        }
        _ => false,
    };
    push("published", published_ok, format!("got {} {} {}", article["published"]["text"], article["published"]["value"], article["published"]["utcOffset"]));

    let page_date_ok = match (&article["pageDate"], &e["page_date"]) {
        (Value::Null, Value::Null) => true,
        (a, x) if !a.is_null() && !x.is_null() => a["value"] == x["value"],
        _ => false,
    };
    push("pageDate", page_date_ok, format!("got {}", article["pageDate"]["value"]));

    let site_ok = match (&article["site"], &e["site"]) {
        (Value::Null, Value::Null) => true,
        (Value::String(a), Value::Array(accepted)) => accepted.iter().any(|x| same(a, &s(x))),
        _ => false,
    };
    push("site", site_ok, format!("got {}", article["site"]));

    let got_sources: Vec<String> = article["sources"].as_array().map(|a| a.iter().map(|x| s(&x["name"])).collect()).unwrap_or_default();
    let want_sources: Vec<String> = e["sources"].as_array().map(|a| a.iter().map(s).collect()).unwrap_or_default();
    let missing: Vec<&String> = want_sources.iter().filter(|w| !got_sources.iter().any(|g| same(g, w))).collect();
    let extra: Vec<&String> = got_sources.iter().filter(|g| !want_sources.iter().any(|w| same(g, w))).collect();
    push("sources", missing.is_empty() && extra.is_empty(), format!("missing {missing:?} extra {extra:?}"));

    push("newsId", article["newsId"] == e["news_id"], format!("got {}", article["newsId"]));
    push("section", article["section"] == e["section"], format!("got {}", article["section"]));

    let body: Vec<String> = article["body"].as_array().map(|a| a.iter().map(s).collect()).unwrap_or_default();
    let lead = article["lead"].as_str().map(str::to_string);
    let first_accepted: Vec<String> = e["body_first"].as_array().map(|a| a.iter().map(s).collect()).unwrap_or_default();
    let first = lead.clone().or_else(|| body.first().cloned()).unwrap_or_default();
    let body0 = body.first().cloned().unwrap_or_default();
    push(
        "bodyFirst",
        first_accepted.iter().any(|x| same(x, &first)) && first_accepted.iter().any(|x| same(x, &body0) || lead.as_deref().is_some_and(|l| same(l, x))),
        format!("got {:?}", body0.chars().take(50).collect::<String>()),
    );
    let last = body.last().cloned().unwrap_or_default();
    push("bodyLast", same(&last, &s(&e["body_last"])), format!("got {:?}", last.chars().take(50).collect::<String>()));

    let mut kept: Vec<&String> = body.iter().collect();
    if let Some(l) = &lead {
        kept.push(l);
    }
    let leaked: Vec<String> = e["boilerplate"].as_array().map(|a| a.iter().map(s).filter(|x| kept.iter().any(|k| same(k, x))).collect()).unwrap_or_default();
    push("boilerplate", leaked.is_empty(), format!("kept {leaked:?}"));
    let repeated: Vec<String> = e["duplicates"]
        .as_array()
        .map(|a| a.iter().map(s).filter(|x| kept.iter().filter(|k| same(k, x)).count() > 1).collect())
        .unwrap_or_default();
    push("duplicates", repeated.is_empty(), format!("kept twice {repeated:?}"));

    // Every non-optional expected date is found with its value; optional ones are not wrong.
    // Expected dates are placed in the page by their text (each occurrence used once, in order)
    // and matched to the found mention that overlaps them most: the finder and the reader may
    // draw the edges differently (`روز دوشنبه ۱۰ مهر` or `دوشنبه ۱۰ مهر`).
    let found = article["dates"].as_array().cloned().unwrap_or_default();
    let page_text = page.text.as_str();
    let utf16_to_byte = |units: usize| -> usize {
        let mut u = 0;
        for (i, c) in page_text.char_indices() {
            if u >= units {
                return i;
            }
            u += c.len_utf16();
        }
        page_text.len()
    };
    let spans: Vec<(usize, usize)> = found
        .iter()
        .map(|f| {
            let (a, b) = (f["start"].as_u64().unwrap_or(0) as usize, f["end"].as_u64().unwrap_or(0) as usize);
            // Rust results carry byte offsets; JSON from JavaScript would carry UTF-16 ones.
            if page_text.get(a..b).is_some_and(|t| t == s(&f["text"])) { (a, b) } else { (utf16_to_byte(a), utf16_to_byte(b)) }
        })
        .collect();
    let mut wrong = Vec::new();
    let mut used = vec![false; found.len()];
    let mut search_from = std::collections::HashMap::<String, usize>::new();
    for want in e["dates"].as_array().cloned().unwrap_or_default() {
        let optional = want["optional"].as_bool().unwrap_or(false);
        let text = s(&want["text"]);
        let from = search_from.get(&text).copied().unwrap_or(0);
        let Some(at) = page_text.get(from..).and_then(|rest| rest.find(&text)).map(|i| from + i) else {
            wrong.push(format!("{text}: not in the page"));
            continue;
        };
        search_from.insert(text.clone(), at + text.len());
        let (ws, we) = (at, at + text.len());
        let overlap = |(a, b): (usize, usize)| b.min(we).saturating_sub(a.max(ws));
        let hit = (0..found.len()).filter(|&i| !used[i] && overlap(spans[i]) > 0).max_by_key(|&i| overlap(spans[i]));
        match hit {
            Some(i) => {
                used[i] = true;
                let value_ok = want["value"].is_null() || found[i]["value"] == want["value"];
                if !value_ok {
                    wrong.push(format!("{text}: got {} want {}", found[i]["value"], want["value"]));
                }
            }
            None if !optional => wrong.push(format!("{text}: not found")),
            None => {}
        }
    }
    push("dates", wrong.is_empty(), format!("{wrong:?}"));
    out
}
