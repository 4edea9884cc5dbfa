//! Does cost grow linearly? Cleans the same content as 100 documents of 1x
//! a base size, as 10 of 10x and as one of 100x, text and HTML, and reports
//! throughput at each: per-byte cost is the inverse, so the 100x throughput
//! should be within 1.5x of the 1x one. Every size cleans the same bytes, so
//! only the size of a document changes, not what is in it.
//!
//! The text is made of noise-dev documents when `../shared/bench` is there,
//! else of a built paragraph mix; the HTML wraps the same paragraphs in a
//! page with navigation, an ad slot, share links and a footer.

use std::hint::black_box;
use std::path::Path;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};

/// About `target` bytes of scraped-looking text, as paragraphs.
fn paragraphs(target: usize) -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/bench/noise-dev/input.jsonl");
    let docs: Vec<String> = std::fs::read_to_string(dir)
        .map(|raw| {
            raw.lines()
                .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
                .filter_map(|v| v["text"].as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default();
    let pool: Vec<String> = if docs.is_empty() {
        vec!["The council approved the bridge in in May after a long debate.".into(), "Share".into()]
    } else {
        docs.iter().flat_map(|d| d.split("\n\n").map(str::to_owned)).filter(|p| !p.trim().is_empty()).collect()
    };
    let mut out = Vec::new();
    let mut size = 0;
    for p in pool.iter().cycle() {
        if size >= target {
            break;
        }
        size += p.len() + 2;
        out.push(p.clone());
    }
    out
}

fn html_page(paras: &[String]) -> String {
    let mut page = String::from(
        "<!DOCTYPE html><html><head><title>Story</title><script>var x = 1;</script></head><body>\
         <header><nav><a href='/'>Home</a> <a href='/world'>World</a></nav></header>\
         <main><article><h1>Story</h1>",
    );
    for (i, p) in paras.iter().enumerate() {
        if i % 20 == 10 {
            page.push_str("<div class='ad-slot'>Advertisement</div><div class='share'><a>Share</a></div>");
        }
        page.push_str("<p>");
        page.push_str(&p.replace('<', "&lt;"));
        page.push_str("</p>");
    }
    page.push_str("</article></main><footer><p>Copyright. All rights reserved.</p></footer></body></html>");
    page
}

const BASE: usize = 16 * 1024;

/// The paragraphs of 100x the base size, cut into `100 / factor` documents of `factor` times it.
fn documents(all: &[String], factor: usize) -> Vec<&[String]> {
    let per_doc = all.len().div_ceil(100 / factor);
    all.chunks(per_doc.max(1)).collect()
}

fn benches(c: &mut Criterion) {
    let all = paragraphs(BASE * 100);
    let mut g = c.benchmark_group("scaling_text");
    for factor in [1usize, 10, 100] {
        let docs: Vec<String> = documents(&all, factor).iter().map(|d| d.join("\n\n")).collect();
        g.throughput(Throughput::Bytes(docs.iter().map(|d| d.len() as u64).sum()));
        g.bench_with_input(BenchmarkId::from_parameter(format!("{factor}x")), &docs, |b, docs| {
            b.iter(|| docs.iter().map(|t| unclutter::clean_text(black_box(t)).len()).sum::<usize>())
        });
    }
    g.finish();

    let mut g = c.benchmark_group("scaling_html");
    for factor in [1usize, 10, 100] {
        let pages: Vec<String> = documents(&all, factor).iter().map(|d| html_page(d)).collect();
        g.throughput(Throughput::Bytes(pages.iter().map(|p| p.len() as u64).sum()));
        g.bench_with_input(BenchmarkId::from_parameter(format!("{factor}x")), &pages, |b, pages| {
            b.iter(|| pages.iter().map(|p| unclutter::clean_html(black_box(p)).len()).sum::<usize>())
        });
    }
    g.finish();
}

criterion_group! {
    name = scaling;
    config = Criterion::default().sample_size(10).measurement_time(std::time::Duration::from_secs(3));
    targets = benches
}
criterion_main!(scaling);
