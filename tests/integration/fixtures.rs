//! Runs every case under `fixtures/<case>/`: `input.txt` or `input.html`
//! through `unclutter::clean`, compared with `expected.txt`. Every failing case
//! is printed with what was expected and what came out.

use std::fs;
use std::path::{Path, PathBuf};

fn fixtures_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures")
}

#[test]
fn every_fixture_case() {
    let mut cases: Vec<PathBuf> = fs::read_dir(fixtures_dir())
        .expect("fixtures/ exists")
        .map(|e| e.expect("readable entry").path())
        .filter(|p| p.is_dir())
        .collect();
    cases.sort();
    assert!(cases.len() >= 10, "expected at least 10 fixture cases, found {}", cases.len());
    let mut failures = Vec::new();
    for case in &cases {
        let name = case.file_name().unwrap().to_string_lossy().into_owned();
        let expected =
            fs::read_to_string(case.join("expected.txt")).unwrap_or_else(|e| panic!("{name}: expected.txt: {e}"));
        let expected = expected.strip_suffix('\n').unwrap_or(&expected);
        let (got, again) = if let Ok(text) = fs::read_to_string(case.join("input.txt")) {
            let got = unclutter::clean_text(&text).into_owned();
            let again = unclutter::clean_text(&got).into_owned();
            (got, again)
        } else {
            let html = fs::read_to_string(case.join("input.html"))
                .unwrap_or_else(|e| panic!("{name}: no input.txt or input.html: {e}"));
            let got = unclutter::clean_html(&html);
            let again = unclutter::clean_text(&got).into_owned();
            (got, again)
        };
        if got != expected {
            failures.push(format!("--- {name}\nexpected:\n{expected}\n\ngot:\n{got}\n"));
        } else if again != got {
            failures.push(format!("--- {name}: cleaning the output again changed it:\n{again}\n"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} fixture cases failed:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

#[test]
fn seed_article_matches_expected_exactly() {
    let seed = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seed");
    let input =
        fs::read_to_string(seed.join("article.txt")).expect("../shared/seed/article.txt is beside the repository");
    let expected = fs::read_to_string(seed.join("expected.txt")).expect("../shared/seed/expected.txt");
    let got = unclutter::clean(&input);
    assert_eq!(format!("{got}\n"), expected);
}
