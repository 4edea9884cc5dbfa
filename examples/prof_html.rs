//! A steady workload for profilers on the HTML path:
//!
//! ```text
//! cargo build --release --example prof_html
//! valgrind --tool=callgrind target/release/examples/prof_html [DIR] [PAGES]
//! ```
//!
//! It cleans the first `PAGES` (default 60) `.html.gz` pages of `DIR`
//! (default: the articles set beside the repository), in name order.

use std::error::Error;
use std::io::Read;

fn main() -> Result<(), Box<dyn Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let default = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/bench/articles/html").to_owned();
    let dir = args.first().cloned().unwrap_or(default);
    let count: usize = args.get(1).map(|n| n.parse()).transpose()?.unwrap_or(60);
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .map_err(|e| format!("{dir}: {e}"))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.to_string_lossy().ends_with(".html.gz"))
        .collect();
    paths.sort();
    let mut pages = Vec::new();
    for p in paths.iter().take(count) {
        let mut bytes = Vec::new();
        flate2::read::GzDecoder::new(std::fs::File::open(p)?).read_to_end(&mut bytes)?;
        pages.push(unclutter::html::decode(&bytes).into_owned());
    }
    let mut out = 0;
    for p in &pages {
        out += unclutter::clean_html(p).len();
    }
    println!("{} pages, {out} bytes out", pages.len());
    Ok(())
}
