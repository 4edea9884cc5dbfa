//! A steady workload for profilers on the text path (callgrind counts
//! instructions, so it is steady on a noisy machine):
//!
//! ```text
//! cargo build --release --example prof_text
//! valgrind --tool=callgrind target/release/examples/prof_text [--filter NAME] [--passes N] [clean] [ROUNDS] [JSONL]
//! callgrind_annotate --inclusive=yes callgrind.out.*
//! ```
//!
//! It cleans every `text` of a JSONL file (default: the noise-dev set beside
//! the repository) `ROUNDS` times (default 3) with the default pipeline.
//! With `clean`, the documents are cleaned once first, untimed by intent, so
//! the rounds measure already-clean text. With `--filter NAME`, the rounds
//! run that one filter of the default pipeline alone, on the documents with
//! their white space normalized (or cleaned, with `clean`), as the filter
//! meets them in the pipeline. With `--passes N`, the default pipeline
//! stops after `N` passes ([`PipelineBuilder::max_passes`]): the cost of a
//! run with one pass against one with more is what the later passes cost.
//!
//! The cost of one round is the difference between a run of N + 1 rounds
//! and a run of 1, divided by N: that leaves out reading the file and the
//! one-time set-up of every filter.

use std::borrow::Cow;
use std::error::Error;

use unclutter::{text, Discard, Pipeline, PipelineBuilder, TextFilter};

fn main() -> Result<(), Box<dyn Error>> {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let mut option = |name: &str| match args.iter().position(|a| a == name) {
        Some(i) if i + 1 < args.len() => Ok(args.drain(i..i + 2).nth(1)),
        Some(_) => Err(format!("{name} needs a value")),
        None => Ok(None),
    };
    let filter = option("--filter")?;
    let passes =
        option("--passes")?.map(|n| n.parse::<usize>().map_err(|e| format!("--passes {n}: {e}"))).transpose()?;
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
            docs.push(match (clean, &filter) {
                (true, _) => unclutter::clean_text(t).into_owned(),
                (false, Some(_)) => unclutter::text::Whitespace::normalize(t).into_owned(),
                (false, None) => t.to_owned(),
            });
        }
    }
    let pipeline = match passes {
        Some(n) => PipelineBuilder::default_filters().max_passes(n).build(),
        None => Pipeline::default(),
    };
    let only: Option<Box<dyn TextFilter>> = match filter.as_deref() {
        None => None,
        Some("whitespace") => Some(Box::new(text::Whitespace)),
        Some("glued_headlines") => Some(Box::new(text::GluedHeadlines)),
        Some("share_buttons") => Some(Box::new(text::ShareButtons)),
        Some("ad_markers") => Some(Box::new(text::AdMarkers)),
        Some("related_teasers") => Some(Box::new(text::RelatedTeasers)),
        Some("banners") => Some(Box::new(text::Banners)),
        Some("navigation") => Some(Box::new(text::Navigation)),
        Some("duplicate_words") => Some(Box::new(text::DuplicateWords)),
        Some(name) => return Err(format!("no filter {name:?} in the default pipeline").into()),
    };
    let mut bytes = 0;
    for _ in 0..rounds {
        for d in &docs {
            bytes += match &only {
                Some(f) => f.filter(Cow::Borrowed(d), &mut Discard).len(),
                None => pipeline.clean_text(d).len(),
            };
        }
    }
    println!("{} documents x {rounds} rounds, {bytes} bytes out", docs.len());
    Ok(())
}
