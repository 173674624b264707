//! Native benchmark of the pipeline on the seed pages: `cargo bench --bench pipeline`.
//!
//! Prints time per article for extract and find_dates, and normalize throughput over the seeds
//! concatenated into a ~1 MB corpus. Std-only: each measurement repeats the work until it has run
//! for about a second and reports the median of several such batches.

use std::hint::black_box;
use std::path::Path;
use std::time::{Duration, Instant};

fn seeds() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/seeds");
    let mut paths: Vec<_> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).filter(|p| p.extension().is_some_and(|e| e == "txt")).collect();
    paths.sort();
    paths.iter().map(|p| std::fs::read_to_string(p).unwrap()).collect()
}

/// Median seconds per call of `f`, over 7 batches.
fn measure(mut f: impl FnMut()) -> f64 {
    let mut per_call = Vec::new();
    // Calibrate the batch size to ~150 ms.
    let mut n = 1u32;
    loop {
        let t = Instant::now();
        for _ in 0..n {
            f();
        }
        if t.elapsed() > Duration::from_millis(150) {
            break;
        }
        n *= 2;
    }
    for _ in 0..7 {
        let t = Instant::now();
        for _ in 0..n {
            f();
        }
        per_call.push(t.elapsed().as_secs_f64() / n as f64);
    }
    per_call.sort_by(|a, b| a.total_cmp(b));
    per_call[3]
}

fn main() {
    let pages = seeds();
    let mean_len = pages.iter().map(String::len).sum::<usize>() / pages.len();
    let extract = measure(|| {
        for p in &pages {
            black_box(khabar::extract(black_box(p), &Default::default()).unwrap());
        }
    }) / pages.len() as f64;
    let dates = measure(|| {
        for p in &pages {
            black_box(khabar::find_dates(black_box(p), &Default::default()).unwrap());
        }
    }) / pages.len() as f64;
    let mut corpus = String::new();
    while corpus.len() < 1 << 20 {
        for p in &pages {
            corpus.push_str(p);
            corpus.push('\n');
        }
    }
    let normalize = measure(|| {
        black_box(khabar::normalize(black_box(&corpus), &Default::default()).unwrap());
    });
    let fold = measure(|| {
        black_box(khabar::fold(black_box(&corpus)));
    });
    let mb = corpus.len() as f64 / 1e6;
    println!("khabar native benchmark (seeds: 5 pages, mean {mean_len} bytes; corpus {:.2} MB)", mb);
    println!("| operation | result |");
    println!("|---|---|");
    println!("| extract, per article | {:.1} µs |", extract * 1e6);
    println!("| find_dates, per article | {:.1} µs |", dates * 1e6);
    println!("| normalize | {:.0} MB/s |", mb / normalize);
    println!("| fold | {:.0} MB/s |", mb / fold);
}
