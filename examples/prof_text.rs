//! A steady workload for profilers on the text path (callgrind counts
//! instructions, so it is steady on a noisy machine):
//!
//! ```text
//! cargo build --release --example prof_text
//! valgrind --tool=callgrind target/release/examples/prof_text [clean] [ROUNDS] [JSONL]
//! callgrind_annotate --inclusive=yes callgrind.out.*
//! ```
//!
//! It cleans every `text` of a JSONL file (default: the noise-dev set beside
//! the repository) `ROUNDS` times (default 3). With `clean`, the documents
//! are cleaned once first, untimed by intent, so the rounds measure
//! already-clean text.

use std::error::Error;

fn main() -> Result<(), Box<dyn Error>> {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let clean = args.first().is_some_and(|a| a == "clean");
    if clean {
        args.remove(0);
    }
    let rounds: usize = args.first().map(|r| r.parse()).transpose()?.unwrap_or(3);
    let default = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/bench/noise-dev/input.jsonl").to_owned();
    let path = args.get(1).cloned().unwrap_or(default);
    let raw = std::fs::read_to_string(&path).map_err(|e| format!("{path}: {e}"))?;
    let mut docs = Vec::new();
    for line in raw.lines() {
        let v: serde_json::Value = serde_json::from_str(line)?;
        if let Some(t) = v["text"].as_str() {
            docs.push(if clean { unclutter::clean_text(t).into_owned() } else { t.to_owned() });
        }
    }
    let mut bytes = 0;
    for _ in 0..rounds {
        for d in &docs {
            bytes += unclutter::clean_text(d).len();
        }
    }
    println!("{} documents x {rounds} rounds, {bytes} bytes out", docs.len());
    Ok(())
}
