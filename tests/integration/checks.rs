//! The properties every input must satisfy, shared by the fuzz targets
//! (`fuzz/fuzz_targets/*.rs` include this file) and by the regression test
//! that replays saved fuzz inputs (`fuzz_regressions.rs`). Each check panics
//! with a message when its property fails.

#![allow(dead_code)] // each fuzz target uses one check
use serde_json::Value;
use unclutter::jsonl::{error_record, RecordCleaner};

/// `clean_text` is idempotent and only removes or splits: the output's
/// visible characters are a subsequence of the input's.
pub fn clean_text(text: &str) {
    let once = unclutter::clean_text(text);
    let twice = unclutter::clean_text(&once);
    assert_eq!(once, twice, "cleaning twice differs from cleaning once");
    let mut input = text.chars().filter(|c| !c.is_whitespace());
    for c in once.chars().filter(|c| !c.is_whitespace()) {
        assert!(input.any(|x| x == c), "output char {c:?} is not in order in the input");
    }
    assert_eq!(once.trim(), once, "output has surrounding white space");
}

/// Every filter of the default pipeline, alone, cleans any text without a
/// panic and only removes or splits: a custom pipeline meets text that the
/// default one's earlier filters would have normalised first (no-break
/// spaces, `\r`, runs of blank lines).
pub fn each_filter(text: &str) {
    use unclutter::{Pipeline, PipelineBuilder};
    let names: Vec<String> = Pipeline::default().filter_names().map(str::to_owned).collect();
    for keep in &names {
        let pipeline = names
            .iter()
            .filter(|name| *name != keep)
            .try_fold(PipelineBuilder::default_filters(), |builder, name| builder.without(name))
            .expect("every name is a default filter's")
            .build();
        let out = pipeline.clean_text(text);
        let mut input = text.chars().filter(|c| !c.is_whitespace());
        for c in out.chars().filter(|c| !c.is_whitespace()) {
            assert!(input.any(|x| x == c), "{keep} alone: output char {c:?} is not in order in the input");
        }
    }
}

/// `clean_html` gives normalised text that the text pipeline leaves as it is.
pub fn clean_html(bytes: &[u8]) {
    let html = unclutter::html::decode(bytes);
    let out = unclutter::clean_html(&html);
    assert_eq!(out.trim(), out, "output has surrounding white space");
    assert!(!out.contains("\n\n\n"), "more than one blank line between blocks");
    assert_eq!(unclutter::clean_text(&out), out, "the text stage did not reach its fixed point");
}

/// `clean` is exactly the HTML or the text path, as sniffed.
pub fn clean(input: &str) {
    let out = unclutter::clean(input);
    if unclutter::looks_like_html(input) {
        assert_eq!(out, unclutter::clean_html(input));
    } else {
        assert_eq!(out, unclutter::clean_text(input));
    }
}

/// Every JSONL line gives exactly one line of JSON: the cleaned record (same
/// keys in the same order, other fields unchanged, the field a string) or an
/// error record.
pub fn jsonl(data: &[u8]) {
    let cleaner = RecordCleaner::new(unclutter::default_pipeline()).max_bytes(Some(4096));
    for (i, line) in data.split(|&b| b == b'\n').enumerate() {
        let out = match cleaner.clean_line(line, &mut unclutter::Discard) {
            Ok(out) => {
                let input: Value = serde_json::from_slice(line).expect("a cleaned line was valid JSON");
                let output: Value = serde_json::from_str(&out).expect("output is JSON");
                let (i, o) = (input.as_object().unwrap(), output.as_object().expect("output is an object"));
                assert!(i.keys().eq(o.keys()), "keys changed");
                assert!(o["text"].is_string());
                for (k, v) in i {
                    if k != "text" {
                        assert_eq!(&o[k], v, "field {k} changed");
                    }
                }
                out
            }
            Err(e) => error_record(&e, Some(i as u64 + 1), None),
        };
        assert!(!out.contains('\n'), "a record spans lines");
        let _: Value = serde_json::from_str(&out).expect("every output line is JSON");
    }
}
