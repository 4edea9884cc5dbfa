//! Runs every case under `fixtures/<case>/`: `input.txt` or `input.html`
//! through `unclutter::clean`, compared with `expected.txt`; where the case
//! has `expected.md` (and `expected-links.md`), the Markdown output (with
//! links) is compared too. Every failing case is printed with what was
//! expected and what came out.

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
        for (file, links) in [("expected.md", false), ("expected-links.md", true)] {
            let Ok(expected) = fs::read_to_string(case.join(file)) else { continue };
            let input = fs::read_to_string(case.join("input.html"))
                .or_else(|_| fs::read_to_string(case.join("input.txt")))
                .unwrap();
            let got = unclutter::default_pipeline().clean_markdown_with(
                &input,
                unclutter::Input::Sniff,
                links,
                &mut unclutter::Discard,
            );
            if got != expected.strip_suffix('\n').unwrap_or(&expected) {
                failures.push(format!("--- {name}/{file}\nexpected:\n{expected}\ngot:\n{got}\n"));
            }
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

/// The Markdown fixtures are valid Markdown of the intended shape: a
/// CommonMark parser (with tables) finds the headings, lists, quote, code
/// block, table and emphasis, and no stray literal markup.
#[test]
fn markdown_fixtures_parse_as_intended() {
    use pulldown_cmark::{Event, Options, Parser, Tag};
    let count = |md: &str| {
        let mut counts = std::collections::BTreeMap::<&str, usize>::new();
        for e in Parser::new_ext(md, Options::ENABLE_TABLES) {
            let name = match e {
                Event::Start(Tag::Heading { .. }) => "heading",
                Event::Start(Tag::List(Some(_))) => "ordered list",
                Event::Start(Tag::List(None)) => "bullet list",
                Event::Start(Tag::Item) => "item",
                Event::Start(Tag::BlockQuote(_)) => "quote",
                Event::Start(Tag::CodeBlock(_)) => "code block",
                Event::Start(Tag::Table(_)) => "table",
                Event::Start(Tag::TableRow) => "row",
                Event::Start(Tag::Emphasis) => "emphasis",
                Event::Start(Tag::Strong) => "strong",
                Event::Start(Tag::Link { .. }) => "link",
                Event::Code(_) => "code",
                _ => continue,
            };
            *counts.entry(name).or_default() += 1;
        }
        counts
    };
    let md = |case: &str, file: &str| fs::read_to_string(fixtures_dir().join(case).join(file)).unwrap();
    let article = count(&md("markdown-article", "expected.md"));
    let want = [
        ("heading", 1),
        ("ordered list", 1),
        ("bullet list", 2),
        ("item", 5),
        ("quote", 1),
        ("strong", 1),
        ("emphasis", 1),
    ];
    assert_eq!(article, want.into_iter().collect(), "markdown-article");
    let code = count(&md("markdown-code-table", "expected.md"));
    let want = [("code block", 1), ("table", 1), ("row", 2), ("code", 1)];
    assert_eq!(code, want.into_iter().collect(), "markdown-code-table");
    assert_eq!(count(&md("markdown-links", "expected-links.md")).get("link"), Some(&2));
    assert_eq!(count(&md("markdown-links", "expected.md")).get("link"), None);
}
