//! Replays every saved fuzz input (`fuzz/regressions/<target>/*`: crashes
//! found and fixed, and a minimised corpus) through the same checks the
//! fuzz targets run.

use std::path::Path;

use crate::checks;

fn replay(target: &str, check: impl Fn(&[u8])) -> usize {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/regressions").join(target);
    let mut n = 0;
    for entry in std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = entry.unwrap().path();
        let bytes = std::fs::read(&path).unwrap();
        let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| check(&bytes)));
        assert!(result.is_ok(), "{} fails its check again", path.display());
        n += 1;
    }
    n
}

#[test]
fn clean_text_inputs() {
    assert!(replay("clean_text", |b| checks::clean_text(&String::from_utf8_lossy(b))) > 0);
}

#[test]
fn each_filter_inputs() {
    // The text target's inputs too: each filter alone must take them.
    for target in ["each_filter", "clean_text"] {
        assert!(replay(target, |b| checks::each_filter(&String::from_utf8_lossy(b))) > 0);
    }
}

#[test]
fn clean_html_inputs() {
    assert!(replay("clean_html", checks::clean_html) > 0);
}

#[test]
fn clean_inputs() {
    assert!(replay("clean", |b| checks::clean(&String::from_utf8_lossy(b))) > 0);
}

#[test]
fn jsonl_inputs() {
    assert!(replay("jsonl", checks::jsonl) > 0);
}
