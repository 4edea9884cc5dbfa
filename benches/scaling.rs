//! Does cost grow linearly? Cleans inputs of 1x, 10x and 100x a base size,
//! text and HTML, and reports throughput at each: per-byte cost is the
//! inverse, so the 100x throughput should be within 1.5x of the 1x one.
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

fn benches(c: &mut Criterion) {
    let mut g = c.benchmark_group("scaling_text");
    for factor in [1usize, 10, 100] {
        let text = paragraphs(BASE * factor).join("\n\n");
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_with_input(BenchmarkId::from_parameter(format!("{factor}x")), &text, |b, t| {
            b.iter(|| unclutter::clean_text(black_box(t)).len())
        });
    }
    g.finish();

    let mut g = c.benchmark_group("scaling_html");
    for factor in [1usize, 10, 100] {
        let page = html_page(&paragraphs(BASE * factor));
        g.throughput(Throughput::Bytes(page.len() as u64));
        g.bench_with_input(BenchmarkId::from_parameter(format!("{factor}x")), &page, |b, p| {
            b.iter(|| unclutter::clean_html(black_box(p)).len())
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
