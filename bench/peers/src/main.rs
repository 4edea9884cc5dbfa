//! Speed of unclutter against other extractors, on the same pages, in one
//! process, on one thread.
//!
//! ```text
//! cargo run --release -p unclutter-peers -- [--runs N] [--only NAME,...] [SET_DIR...]
//! ```
//!
//! Each set directory holds `html/*.html.gz` (the default sets are
//! `../shared/bench/articles` and `../shared/bench/wcxb-dev`). Pages are
//! decompressed and decoded to text before any timing; each extractor then
//! runs over every page of a set, whole extraction call per page, and the
//! best of `--runs` passes is reported as MB/s of HTML and pages/s, with the
//! ratio of unclutter's throughput to each. Two baselines show the cost of
//! parsing alone: html5ever through scraper's `Html::parse_document`, and the
//! same plus a walk that visits every text node.

use std::io::Read;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

type Extract = fn(&str) -> Result<usize, String>;

const EXTRACTORS: &[(&str, Extract)] = &[
    ("unclutter", unclutter_text),
    ("parse-only", parse_only),
    ("parse+walk", parse_walk),
    ("dom_smoothie", dom_smoothie_text),
    ("trafilatura", trafilatura_text),
    ("rs-trafilatura", rs_trafilatura_text),
];

fn unclutter_text(html: &str) -> Result<usize, String> {
    Ok(unclutter::clean_html(html).len())
}

fn parse_only(html: &str) -> Result<usize, String> {
    Ok(scraper::Html::parse_document(html).tree.nodes().count())
}

fn parse_walk(html: &str) -> Result<usize, String> {
    let doc = scraper::Html::parse_document(html);
    Ok(doc.root_element().text().map(str::len).sum())
}

fn dom_smoothie_text(html: &str) -> Result<usize, String> {
    let mut r = dom_smoothie::Readability::new(html, None, None).map_err(|e| e.to_string())?;
    let article = r.parse().map_err(|e| e.to_string())?;
    Ok(article.text_content.len())
}

fn trafilatura_text(html: &str) -> Result<usize, String> {
    // With the readability fallback, as in the accuracy figure quoted for it.
    let opts = trafilatura::Options::default().with_fallback(true);
    trafilatura::extract(html, &opts).map(|r| r.content_text.len()).map_err(|e| e.to_string())
}

fn rs_trafilatura_text(html: &str) -> Result<usize, String> {
    rs_trafilatura::extract(html).map(|r| r.content_text.len()).map_err(|e| e.to_string())
}

struct Args {
    runs: usize,
    only: Option<Vec<String>>,
    sets: Vec<PathBuf>,
}

fn args() -> Args {
    let mut a = Args { runs: 1, only: None, sets: Vec::new() };
    let mut it = std::env::args().skip(1);
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--runs" => a.runs = it.next().and_then(|n| n.parse().ok()).expect("--runs N"),
            "--only" => a.only = Some(it.next().expect("--only NAME,...").split(',').map(str::to_owned).collect()),
            "-h" | "--help" => {
                println!("usage: unclutter-peers [--runs N] [--only NAME,...] [SET_DIR...]");
                println!("extractors: {}", EXTRACTORS.iter().map(|e| e.0).collect::<Vec<_>>().join(", "));
                std::process::exit(0);
            }
            _ => a.sets.push(PathBuf::from(arg)),
        }
    }
    if a.sets.is_empty() {
        let shared = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/bench");
        a.sets = ["articles", "wcxb-dev"].iter().map(|s| shared.join(s)).filter(|p| p.is_dir()).collect();
    }
    a
}

fn load(set: &Path) -> Vec<String> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(set.join("html"))
        .unwrap_or_else(|e| panic!("{}: {e}", set.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "gz"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| {
            let mut bytes = Vec::new();
            flate2::read::GzDecoder::new(std::fs::File::open(p).unwrap()).read_to_end(&mut bytes).unwrap();
            unclutter::html::decode(&bytes).into_owned()
        })
        .collect()
}

struct Run {
    time: Duration,
    failed: usize,
}

fn run(extract: Extract, pages: &[String]) -> Run {
    let mut failed = 0;
    let mut sink = 0usize;
    let start = Instant::now();
    for page in pages {
        match catch_unwind(AssertUnwindSafe(|| extract(page))) {
            Ok(Ok(n)) => sink = sink.wrapping_add(n),
            _ => failed += 1,
        }
    }
    let time = start.elapsed();
    std::hint::black_box(sink);
    Run { time, failed }
}

fn main() {
    let args = args();
    // Peers' panics are counted as failures, not printed page by page.
    std::panic::set_hook(Box::new(|_| {}));
    println!("one thread; best of {} run(s) per extractor; HTML decoded before timing", args.runs);
    for set in &args.sets {
        let pages = load(set);
        let bytes: usize = pages.iter().map(String::len).sum();
        println!("\n{}: {} pages, {:.1} MB", set.display(), pages.len(), bytes as f64 / 1e6);
        println!(
            "{:<16} {:>9} {:>9} {:>8} {:>7} {:>16}",
            "extractor", "MB/s", "pages/s", "time s", "failed", "unclutter is"
        );
        let mut base = None;
        for (name, extract) in EXTRACTORS {
            if args.only.as_ref().is_some_and(|o| !o.iter().any(|n| n == name)) && *name != "unclutter" {
                continue;
            }
            let best = (0..args.runs.max(1)).map(|_| run(*extract, &pages)).min_by_key(|r| r.time).unwrap();
            let secs = best.time.as_secs_f64();
            let mbs = bytes as f64 / 1e6 / secs;
            let ratio = match base {
                None => {
                    base = Some(mbs);
                    "-".to_owned()
                }
                Some(u) => format!("{:.2}x", u / mbs),
            };
            println!(
                "{:<16} {:>9.1} {:>9.1} {:>8.2} {:>7} {:>16}",
                name,
                mbs,
                pages.len() as f64 / secs,
                secs,
                best.failed,
                ratio
            );
        }
    }
}
