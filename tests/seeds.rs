//! Golden tests on the five real pasted pages in `tests/fixtures/seeds`: each page's result is
//! compared with what a careful reader extracts (`*.expected.json`).

use std::fs;
use std::path::Path;

use serde_json::Value;

struct Seed {
    name: String,
    text: String,
    expected: Value,
}

fn seeds() -> Vec<Seed> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/seeds");
    let mut out = Vec::new();
    for entry in fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().and_then(|e| e.to_str()) != Some("txt") {
            continue;
        }
        let name = path.file_stem().unwrap().to_str().unwrap().to_string();
        let text = fs::read_to_string(&path).unwrap();
        let expected = serde_json::from_str(&fs::read_to_string(dir.join(format!("{name}.expected.json"))).unwrap()).unwrap();
        out.push(Seed { name, text, expected });
    }
    out.sort_by(|a, b| a.name.cmp(&b.name));
    assert_eq!(out.len(), 5);
    out
}

#[test]
fn language_and_variant() {
    for seed in seeds() {
        let article = khabar::extract(&seed.text, &Default::default()).unwrap();
        let json = serde_json::to_value(&article).unwrap();
        assert_eq!(json["language"], seed.expected["language"], "{}", seed.name);
        assert_eq!(json["variant"], seed.expected["variant"], "{}", seed.name);
    }
}

#[test]
fn every_line_is_accounted_for_and_spans_slice_the_input() {
    for seed in seeds() {
        let a = khabar::extract(&seed.text, &Default::default()).unwrap();
        let mut covered: Vec<(usize, usize)> = Vec::new();
        if let Some(s) = a.title_span {
            covered.push((s.start, s.end));
        }
        if let Some(s) = a.lead_span {
            covered.push((s.start, s.end));
        }
        for p in &a.paragraphs {
            assert_eq!(&seed.text[p.start..p.end], p.text, "{}", seed.name);
            covered.push((p.start, p.end));
        }
        for r in &a.removed {
            assert_eq!(&seed.text[r.start..r.end], r.text, "{}", seed.name);
            covered.push((r.start, r.end));
        }
        for d in &a.dates {
            assert_eq!(&seed.text[d.start..d.end], d.text, "{}", seed.name);
        }
        for line in seed.text.lines() {
            let t = line.trim_matches(|c: char| c.is_whitespace());
            if t.is_empty() {
                continue;
            }
            let at = line.as_ptr() as usize - seed.text.as_ptr() as usize + (line.len() - line.trim_start().len());
            assert!(
                covered.iter().any(|&(s, e)| s <= at && at < e),
                "{}: line not in title, lead, body or removed: {t}",
                seed.name
            );
        }
    }
}
