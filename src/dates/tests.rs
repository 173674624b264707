//! Unit tests of the finder on short sentences (the seeds and conformance cases are in
//! tests/dates.rs).

use super::*;

fn find(text: &str, now: Option<&str>) -> Vec<DateMention> {
    let mut o = DateOptions::default();
    if let Some(n) = now {
        o = o.with_now(n).unwrap();
    }
    find_dates(text, &o).unwrap()
}

fn values(text: &str, now: Option<&str>) -> Vec<(String, Option<String>)> {
    find(text, now).into_iter().map(|d| (d.text, d.value)).collect()
}

#[test]
fn byline_with_weekday_and_time() {
    let d = find("مشرق نیوز شنبه 26 تیر 1400 - 16:54", None);
    assert_eq!(d.len(), 1);
    assert_eq!(d[0].text, "شنبه 26 تیر 1400 - 16:54");
    assert_eq!(d[0].value.as_deref(), Some("2021-07-17T16:54"));
}
