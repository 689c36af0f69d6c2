//! Throughput of the analyzer (MB/s of text) and of the cleaner (pages/s), on fixed inputs
//! built from the shipped corpus and the portal fixtures, and of the cleaner on the shared
//! article-extraction benchmark (181 real pages from many sites) when it is beside the
//! repository. Each bench asserts a count, so a bench that silently does nothing fails.

#[path = "../tests/e2e/extraction_pages.rs"]
mod extraction_pages;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::hint::black_box;
use vnsearch::analysis::{analyze_into, TokenBuffer};
use vnsearch::clean::{clean_bytes, Markup, Metadata};
use vnsearch::text::normalize_text;

const SEEDS: &[&[u8]] = &[
    include_bytes!("../corpus/000_a036a9bb99c329ac.txt"),
    include_bytes!("../corpus/001_3ef0812a7f42525a.txt"),
    include_bytes!("../corpus/002_5375bcbe64f14489.txt"),
    include_bytes!("../corpus/003_c3bb818650128224.txt"),
    include_bytes!("../corpus/004_f0b1e9c68f6e4903.txt"),
];
const PAGES: &[&[u8]] = &[
    include_bytes!("../tests/fixtures/portals/semantic_portal.html"),
    include_bytes!("../tests/fixtures/portals/table_portal.htm"),
    include_bytes!("../tests/fixtures/portals/div_soup_portal.html"),
];

fn analyzer(c: &mut Criterion) {
    let text: String = SEEDS
        .iter()
        .map(|b| normalize_text(std::str::from_utf8(b).expect("seeds are UTF-8")))
        .collect::<Vec<_>>()
        .join("\n");
    let mut buffer = TokenBuffer::default();
    analyze_into(&text, &mut buffer);
    let expected = buffer.tokens().len();
    assert!(
        expected > 10_000,
        "the seeds hold thousands of terms in several forms, got {expected}"
    );
    let mut group = c.benchmark_group("analyzer");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_function("all_fields_one_core", |b| {
        b.iter(|| {
            analyze_into(black_box(&text), &mut buffer);
            assert_eq!(buffer.tokens().len(), expected);
        })
    });
    group.finish();
}

fn cleaner(c: &mut Criterion) {
    let mut group = c.benchmark_group("cleaner");
    group.throughput(Throughput::Elements((SEEDS.len() + PAGES.len()) as u64));
    group.bench_function("pages", |b| {
        b.iter(|| {
            let mut paragraphs = 0;
            for (i, page) in SEEDS.iter().chain(PAGES).enumerate() {
                let article = clean_bytes(
                    i.to_string(),
                    i.to_string(),
                    black_box(page),
                    Markup::Sniff,
                    Metadata::default(),
                )
                .expect("fixtures clean");
                paragraphs += article.paragraphs.len();
            }
            assert!(paragraphs >= 40, "cleaned {paragraphs} paragraphs");
            paragraphs
        })
    });
    group.finish();
}

fn cleaner_on_real_pages(c: &mut Criterion) {
    let Some(dir) = extraction_pages::location() else {
        eprintln!("extraction benchmark not found (set VNSEARCH_EXTRACTION_BENCH): skipped");
        return;
    };
    let pages = extraction_pages::load(&dir);
    assert!(pages.len() >= 150, "benchmark has {} pages", pages.len());
    let mut group = c.benchmark_group("cleaner");
    group.throughput(Throughput::Elements(pages.len() as u64));
    group.sample_size(10);
    group.bench_function("extraction_benchmark_pages", |b| {
        b.iter(|| {
            let cleaned = pages
                .iter()
                .filter(|page| {
                    clean_bytes(
                        page.id.clone(),
                        page.id.clone(),
                        black_box(&page.html),
                        Markup::Html,
                        Metadata::default(),
                    )
                    .is_ok()
                })
                .count();
            assert_eq!(cleaned, pages.len(), "every benchmark page has an article");
            cleaned
        })
    });
    group.finish();
}

criterion_group!(benches, analyzer, cleaner, cleaner_on_real_pages);
criterion_main!(benches);
