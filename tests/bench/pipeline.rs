//! Native benchmark of the pipeline: `cargo bench --bench pipeline`.
//!
//! Per seed page (tests/fixtures/seeds): extract (on the text and on the same page as minimal
//! HTML), find_dates and normalize; over the 10 MB corpus: normalize and fold throughput. `make
//! bench` runs it as one part of the side-by-side table (tests/bench/run.mjs), pointing
//! `KHABAR_BENCH_DIR` at the corpus that tests/bench/corpus.mjs wrote and `KHABAR_BENCH_JSON` at
//! the file to write the numbers to. Run alone, it builds the corpus by plain repetition and
//! prints a small table. Std-only: each figure is the median of several timed batches.

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

struct Page {
    name: String,
    text: String,
    /// The same page as minimal HTML (tests/bench/corpus.mjs), when the corpus folder has it.
    html: Option<String>,
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn pages(bench_dir: &Path) -> Vec<Page> {
    let dir = root().join("tests/fixtures/seeds");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .expect("tests/fixtures/seeds")
        .map(|e| e.expect("seed entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| {
            let name = p.file_stem().and_then(|s| s.to_str()).unwrap_or_default().to_string();
            let html = std::fs::read_to_string(bench_dir.join("html").join(format!("{name}.html"))).ok();
            Page { text: std::fs::read_to_string(p).expect("seed text"), name, html }
        })
        .collect()
}

/// Median seconds per call for one seed page.
struct Timings<'a> {
    page: &'a Page,
    extract: f64,
    extract_html: Option<f64>,
    find_dates: f64,
    normalize: f64,
}

/// The 10 MB corpus from tests/bench/corpus.mjs, or the seeds repeated to that size.
fn corpus(bench_dir: &Path, pages: &[Page]) -> (String, &'static str) {
    if let Ok(text) = std::fs::read_to_string(bench_dir.join("corpus-10mb.txt")) {
        return (text, "corpus-10mb.txt");
    }
    let mut text = String::new();
    while text.len() < 10_000_000 {
        for p in pages {
            text.push_str(&p.text);
            text.push_str("\n\n");
        }
    }
    (text, "seeds repeated (run `node tests/bench/corpus.mjs` for the shuffled corpus)")
}

/// Median seconds per call of `f`: batches sized to ~100 ms, median of 5.
fn measure(mut f: impl FnMut()) -> f64 {
    let mut n = 1u32;
    loop {
        let t = Instant::now();
        for _ in 0..n {
            f();
        }
        if t.elapsed() > Duration::from_millis(100) {
            break;
        }
        n *= 2;
    }
    let mut per_call: Vec<f64> = (0..5)
        .map(|_| {
            let t = Instant::now();
            for _ in 0..n {
                f();
            }
            t.elapsed().as_secs_f64() / f64::from(n)
        })
        .collect();
    per_call.sort_by(f64::total_cmp);
    per_call[per_call.len() / 2]
}

fn main() {
    let bench_dir = std::env::var_os("KHABAR_BENCH_DIR").map_or_else(|| root().join("target/bench"), PathBuf::from);
    let pages = pages(&bench_dir);
    let mut articles = Vec::new();
    for p in &pages {
        let extract = measure(|| {
            black_box(khabar::extract(black_box(&p.text), &Default::default()).unwrap());
        });
        let extract_html = p.html.as_ref().map(|html| {
            measure(|| {
                black_box(khabar::extract(black_box(html), &Default::default()).unwrap());
            })
        });
        let dates = measure(|| {
            black_box(khabar::find_dates(black_box(&p.text), &Default::default()).unwrap());
        });
        let normalize = measure(|| {
            black_box(khabar::normalize(black_box(&p.text), &Default::default()).unwrap());
        });
        articles.push(Timings { page: p, extract, extract_html, find_dates: dates, normalize });
    }
    let (corpus, corpus_source) = corpus(&bench_dir, &pages);
    let normalize_corpus = measure(|| {
        black_box(khabar::normalize(black_box(&corpus), &Default::default()).unwrap());
    });
    let fold_corpus = measure(|| {
        black_box(khabar::fold(black_box(&corpus)));
    });
    let mb = corpus.len() as f64 / 1e6;

    let json = serde_json::json!({
        "corpus_bytes": corpus.len(),
        "corpus": corpus_source,
        "normalize_corpus_s": normalize_corpus,
        "fold_corpus_s": fold_corpus,
        "articles": articles.iter().map(|t| {
            (t.page.name.clone(), serde_json::json!({
                "bytes": t.page.text.len(),
                "extract_s": t.extract,
                "extract_html_s": t.extract_html,
                "find_dates_s": t.find_dates,
                "normalize_s": t.normalize,
            }))
        }).collect::<serde_json::Map<_, _>>(),
    });
    if let Some(path) = std::env::var_os("KHABAR_BENCH_JSON") {
        std::fs::write(&path, serde_json::to_string_pretty(&json).expect("json")).expect("write KHABAR_BENCH_JSON");
    }

    let mean = |f: fn(&Timings) -> f64| articles.iter().map(f).sum::<f64>() / articles.len() as f64;
    println!("khabar native ({} seed pages; {corpus_source}, {mb:.2} MB)", pages.len());
    println!("| operation | result |");
    println!("|---|---|");
    for t in &articles {
        println!("| extract {} ({} B) | {:.1} µs |", t.page.name, t.page.text.len(), t.extract * 1e6);
    }
    println!("| extract, mean per article | {:.1} µs |", mean(|t| t.extract) * 1e6);
    if articles.iter().all(|t| t.extract_html.is_some()) {
        println!("| extract minimal HTML, mean per article | {:.1} µs |", mean(|t| t.extract_html.unwrap_or_default()) * 1e6);
    }
    println!("| find_dates, mean per article | {:.1} µs |", mean(|t| t.find_dates) * 1e6);
    println!("| normalize, mean per article | {:.1} µs |", mean(|t| t.normalize) * 1e6);
    println!("| normalize, {mb:.0} MB in one call | {:.0} MB/s |", mb / normalize_corpus);
    println!("| fold, {mb:.0} MB in one call | {:.0} MB/s |", mb / fold_corpus);
}
