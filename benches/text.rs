//! Text-path benchmarks: the default pipeline on scraped-looking text, each
//! filter alone, and already-clean input (the pass-through path).
//!
//! Inputs are read at run time from `../shared/bench/noise-dev` when it is
//! there (never copied into the repository); otherwise a text is built here.

use std::hint::black_box;
use std::path::Path;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use unclutter::{Discard, Pipeline, TextFilter};

/// Noisy documents and their clean counterparts.
fn corpus() -> (Vec<String>, Vec<String>) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/bench/noise-dev");
    let field = |file: &str| -> Option<Vec<String>> {
        let raw = std::fs::read_to_string(dir.join(file)).ok()?;
        Some(
            raw.lines()
                .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
                .filter_map(|v| v["text"].as_str().map(str::to_owned))
                .collect(),
        )
    };
    match (field("input.jsonl"), field("truth.jsonl")) {
        (Some(noisy), Some(clean)) => (noisy, clean),
        _ => {
            let clean = "The council approved the bridge on Monday after a long debate.\n\n".repeat(40);
            let noisy =
                "Share\n\nThe council approved it in in May.\n\nAdvertisement\n\nREAD MORE: Other news\n\n".repeat(40);
            (vec![noisy; 100], vec![clean; 100])
        }
    }
}

fn bytes(docs: &[String]) -> u64 {
    docs.iter().map(|d| d.len() as u64).sum()
}

fn benches(c: &mut Criterion) {
    let (noisy, clean) = corpus();
    // Clean text as the pipeline itself would leave it: the pass-through case.
    let clean: Vec<String> = clean.iter().map(|t| unclutter::clean_text(t).into_owned()).collect();
    let pipeline = Pipeline::default();

    let mut g = c.benchmark_group("default_pipeline");
    g.throughput(Throughput::Bytes(bytes(&noisy)));
    g.bench_function("noisy", |b| {
        b.iter(|| noisy.iter().map(|d| pipeline.clean_text(black_box(d)).len()).sum::<usize>())
    });
    g.throughput(Throughput::Bytes(bytes(&clean)));
    g.bench_function("already_clean", |b| {
        b.iter(|| clean.iter().map(|d| pipeline.clean_text(black_box(d)).len()).sum::<usize>())
    });
    g.finish();

    let filters: Vec<Box<dyn TextFilter>> = vec![
        Box::new(unclutter::text::Whitespace),
        Box::new(unclutter::text::GluedHeadlines),
        Box::new(unclutter::text::ShareButtons),
        Box::new(unclutter::text::AdMarkers),
        Box::new(unclutter::text::RelatedTeasers),
        Box::new(unclutter::text::Banners),
        Box::new(unclutter::text::Navigation),
        Box::new(unclutter::text::DuplicateWords),
    ];
    let normalized: Vec<String> =
        noisy.iter().map(|d| unclutter::text::Whitespace::normalize(d).into_owned()).collect();
    let mut g = c.benchmark_group("filter_alone");
    g.throughput(Throughput::Bytes(bytes(&normalized)));
    for f in &filters {
        g.bench_function(f.name(), |b| {
            b.iter(|| {
                normalized.iter().map(|d| f.filter(black_box(d.as_str()).into(), &mut Discard).len()).sum::<usize>()
            })
        });
    }
    g.finish();
}

criterion_group!(text, benches);
criterion_main!(text);
