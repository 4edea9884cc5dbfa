//! HTML-path benchmarks on real pages: the whole `clean_html` call, the
//! extraction alone, and html5ever's parse (through scraper) as the floor
//! to read them against.
//!
//! Pages are read at run time from `../shared/bench/{articles,wcxb-dev}`
//! (never copied into the repository): for each set, the smallest, the
//! median and the largest page, plus all of them as one corpus. Without the
//! sets, a page is built here.

use std::hint::black_box;
use std::io::Read;
use std::path::Path;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};

fn pages(set: &str) -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/bench").join(set).join("html");
    let Ok(entries) = std::fs::read_dir(&dir) else { return Vec::new() };
    let mut paths: Vec<_> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    paths
        .into_iter()
        .filter_map(|p| {
            let mut html = Vec::new();
            flate2::read::GzDecoder::new(std::fs::File::open(&p).ok()?).read_to_end(&mut html).ok()?;
            let name = p.file_name()?.to_string_lossy().chars().take(10).collect();
            Some((name, unclutter::html::decode(&html).into_owned()))
        })
        .collect()
}

fn benches(c: &mut Criterion) {
    for set in ["articles", "wcxb-dev"] {
        let mut all = pages(set);
        if all.is_empty() {
            let body = "<p>The council approved the bridge on Monday after a long debate.</p>".repeat(60);
            all.push(("built".into(), format!("<html><body><nav>Home</nav><article>{body}</article></body></html>")));
        }
        all.sort_by_key(|(_, h)| h.len());
        let picks = [0, all.len() / 2, all.len() - 1];
        let mut g = c.benchmark_group(format!("html_{set}"));
        for (label, i) in ["smallest", "median", "largest"].iter().zip(picks) {
            let (name, html) = &all[i];
            g.throughput(Throughput::Bytes(html.len() as u64));
            g.bench_with_input(BenchmarkId::new("clean_html", format!("{label}-{name}")), html, |b, h| {
                b.iter(|| unclutter::clean_html(black_box(h)).len())
            });
            g.bench_with_input(BenchmarkId::new("parse_only", format!("{label}-{name}")), html, |b, h| {
                b.iter(|| scraper::Html::parse_document(black_box(h)).tree.nodes().count())
            });
        }
        // Every page of the set: the figure to compare with the peers benchmark.
        g.throughput(Throughput::Bytes(all.iter().map(|(_, h)| h.len() as u64).sum()));
        g.sample_size(10);
        g.bench_function("clean_html/corpus", |b| {
            b.iter(|| all.iter().map(|(_, h)| unclutter::clean_html(black_box(h)).len()).sum::<usize>())
        });
        g.bench_function("parse_only/corpus", |b| {
            b.iter(|| {
                all.iter().map(|(_, h)| scraper::Html::parse_document(black_box(h)).tree.nodes().count()).sum::<usize>()
            })
        });
        g.finish();
    }
}

criterion_group!(html, benches);
criterion_main!(html);
