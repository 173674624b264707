//! The `khabar` command: output, exit codes and messages.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

fn khabar(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_khabar"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // The command may exit (usage error) before reading its input: a closed pipe is fine.
    if let Err(e) = child.stdin.take().unwrap().write_all(stdin) {
        assert_eq!(e.kind(), std::io::ErrorKind::BrokenPipe);
    }
    child.wait_with_output().unwrap()
}

fn seed_paths() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/seeds");
    let mut paths: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .map(|p| p.to_str().unwrap().to_string())
        .collect();
    paths.sort();
    paths
}

#[test]
fn extract_prints_an_article_for_every_seed() {
    for path in seed_paths() {
        let out = khabar(&["extract", &path], b"");
        assert!(out.status.success(), "{path}: {}", String::from_utf8_lossy(&out.stderr));
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        for key in ["language", "variant", "title", "lead", "body", "published", "pageDate", "dates", "site", "newsId", "section", "sources", "removed", "confidence", "warnings"] {
            assert!(v.get(key).is_some(), "{path}: missing {key}");
        }
    }
}

#[test]
fn dates_reads_standard_input_and_prints_an_array() {
    let out = khabar(&["dates", "--now", "2021-07-17"], "امروز شنبه 26 تیر 1400".as_bytes());
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(v.is_array());
}

#[test]
fn normalize_keeps_one_line_per_input_line() {
    let input = "سلام\u{200F} دنیا\n\nخط سوم\r\nخط چهارم\n";
    let out = khabar(&["normalize"], input.as_bytes());
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(text.lines().count(), input.lines().count());
    assert!(text.starts_with("سلام دنیا\n"));
}

#[test]
fn bytes_that_are_not_utf8_exit_1_with_one_line() {
    let bad = b"\xd8\xb3\xd9\x84\xff\xfe\xd8\xa7\xd9\x85";
    let out = khabar(&["extract"], bad);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(err.trim_end().lines().count(), 1, "{err}");
    assert!(err.contains("not UTF-8"), "{err}");
    assert!(out.stdout.is_empty());

    let out = khabar(&["normalize", "--lossy"], bad);
    assert!(out.status.success());
    assert_eq!(String::from_utf8(out.stdout).unwrap(), "سل\u{FFFD}\u{FFFD}ام");
}

#[test]
fn usage_errors_exit_2() {
    for args in [&[][..], &["frobnicate"], &["extract", "--bogus"], &["dates", "--now"], &["extract", "a", "b"], &["normalize", "--now", "2021-01-01"]] {
        let out = khabar(args, b"");
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(String::from_utf8(out.stderr).unwrap().contains("usage:"));
    }
}

#[test]
fn a_bad_now_or_a_missing_file_exit_1() {
    let out = khabar(&["dates", "--now", "yesterday"], b"text");
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8(out.stderr).unwrap().contains("INVALID_DATE"));
    let out = khabar(&["extract", "/nonexistent/page.txt"], b"");
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn help_exits_0() {
    let out = khabar(&["--help"], b"");
    assert!(out.status.success());
    assert!(String::from_utf8(out.stdout).unwrap().contains("khabar extract"));
}

#[test]
fn jsonl_streams_one_result_per_record_and_survives_bad_lines() {
    let input = concat!(
        r#"{"id": 7, "text": "عنوان خبر درباره دیدار دو وزیر\n\nبه گزارش ایسنا، وزیران خارجه دو کشور امروز در تهران دیدار و درباره همکاری‌ها گفتگو کردند."}"#,
        "\n",
        "not json at all\n",
        "\n",
        r#"{"id": "b", "text": "<html><head><title>تیتر</title></head><body><h1>تیتر خبر درباره بازار</h1><p>بازار ارز امروز آرام بود و معامله‌گران منتظر تصمیم بانک مرکزی ماندند.</p></body></html>"}"#,
        "\n"
    );
    let out = khabar(&["extract", "--jsonl"], input.as_bytes());
    assert!(out.status.success());
    let lines: Vec<serde_json::Value> = String::from_utf8(out.stdout).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[0]["id"], 7);
    assert_eq!(lines[0]["article"]["sources"][0]["name"], "ایسنا");
    assert_eq!(lines[1]["error"]["code"], "INVALID_INPUT");
    assert_eq!(lines[2]["id"], "b");
    assert_eq!(lines[2]["article"]["title"], "تیتر خبر درباره بازار");
}

#[test]
fn format_flag_is_checked() {
    let out = khabar(&["extract", "--format", "pdf"], b"x");
    assert_eq!(out.status.code(), Some(2));
    let out = khabar(&["extract", "--format", "text"], b"<html><body><p>x</p></body></html>");
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(!v["warnings"].as_array().unwrap().iter().any(|w| w.as_str().unwrap().starts_with("html-input")));
}
