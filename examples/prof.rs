fn main() {
    let t = std::fs::read_to_string("tests/fixtures/seeds/000_a44b4c9573c8bb76.txt").unwrap();
    for _ in 0..200 { std::hint::black_box(khabar::extract(&t, &Default::default()).unwrap()); }
}
