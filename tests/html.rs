//! HTML input: a page's markup gives the same article as its pasted text, with spans into the
//! markup and the page's metadata as evidence (fixtures in tests/fixtures/html).

use std::path::Path;

fn page(name: &str) -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/html").join(name)).unwrap()
}

#[test]
fn persian_agency_page() {
    let html = page("fa_irna_like.html");
    let a = khabar::extract(&html, &Default::default()).unwrap();
    assert_eq!(a.title.as_deref(), Some("دولت طرح توسعه حمل‌ونقل ریلی شرق کشور را تصویب کرد"));
    assert_eq!(a.variant, Some(khabar::Variant::FaIr));
    assert_eq!(a.news_id.as_deref(), Some("85471236"));
    let p = a.published.as_ref().unwrap();
    assert!(p.value.as_deref().unwrap().starts_with("2024-05-12T09:41"), "{p:?}");
    assert!(a.body.len() >= 3);
    assert!(a.body.iter().all(|b| !b.contains("کلیه حقوق") && !b.contains("برچسب")));
    assert!(a.warnings.iter().any(|w| w.starts_with("html-input")));
}

#[test]
fn spans_point_into_the_markup() {
    for name in ["fa_irna_like.html", "fa_tasnim_like.html", "ar_aljazeera_like.html", "ar_youm7_like.html", "fa_af_azadi_like.html"] {
        let html = page(name);
        let a = khabar::extract(&html, &Default::default()).unwrap();
        assert!(a.title.is_some(), "{name}");
        for p in &a.paragraphs {
            let markup = &html[p.start..p.end];
            let first_word = p.text.split_whitespace().next().unwrap();
            assert!(markup.contains(first_word) || markup.contains('&'), "{name}: {first_word} not in {markup}");
        }
    }
}

#[test]
fn format_text_reads_markup_as_text() {
    let html = page("ar_youm7_like.html");
    let mut options = khabar::ExtractOptions::default();
    options.format = khabar::InputFormat::Text;
    let a = khabar::extract(&html, &options).unwrap();
    assert!(!a.warnings.iter().any(|w| w.starts_with("html-input")));
}

#[test]
fn plain_text_with_angle_brackets_is_not_html() {
    let text = "قیمت دلار امروز <بیش از> ۵۰ هزار تومان بود و a < b نیز صادق است.\n\nبه گزارش ایسنا، بازار ارز امروز آرام بود و معامله‌گران منتظر تصمیم بانک مرکزی ماندند.";
    let a = khabar::extract(text, &Default::default()).unwrap();
    assert!(!a.warnings.iter().any(|w| w.starts_with("html-input")));
    assert_eq!(a.sources.first().map(|s| s.name.as_str()), Some("ایسنا"));
}

#[test]
fn the_first_heading_is_evidence_for_the_title() {
    // A page saved without its <head>: the headline is the <h1>, not the supertitle above it.
    let html = "<html><body><nav><ul><li>خانه</li><li>سیاسی</li><li>اقتصادی</li></ul></nav><article><h1><a href=\"/\"><img alt=\"\" src=\"logo.svg\"></a></h1><h4>سخنگوی وزارت امور خارجه خبر داد</h4><h1>سفر هیئت عراقی به تهران در هفته آینده</h1><p>به گزارش ایرنا، سخنگوی وزارت امور خارجه روز شنبه اعلام کرد که هیئتی از عراق هفته آینده به تهران سفر می‌کند.</p><p>وی افزود که این سفر در ادامه رایزنی‌های دو کشور درباره همکاری‌های اقتصادی انجام می‌شود.</p></article></body></html>";
    let a = khabar::extract(html, &Default::default()).unwrap();
    assert_eq!(a.title.as_deref(), Some("سفر هیئت عراقی به تهران در هفته آینده"));
    let span = a.title_span.unwrap();
    assert_eq!(&html[span.start..span.end], "سفر هیئت عراقی به تهران در هفته آینده");
}
