//! The command-line tool, run as a built binary.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn unclutter(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_unclutter"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("binary runs");
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    child.wait_with_output().unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

#[test]
fn seed_article_prints_expected() {
    let seed = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/seed/");
    let o = unclutter(&[&format!("{seed}article.txt")], b"");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert_eq!(stdout(&o), std::fs::read_to_string(format!("{seed}expected.txt")).unwrap());
}

#[test]
fn reads_stdin_and_sniffs_html() {
    let o = unclutter(&[], b"<p>One.</p><p>Advertisement</p>");
    assert_eq!(stdout(&o), "One.\n");
    let o = unclutter(&["--text"], b"<p>One.</p>");
    assert_eq!(stdout(&o), "<p>One.</p>\n");
    let o = unclutter(&["-"], b"Share\n\nTwo.");
    assert_eq!(stdout(&o), "Two.\n");
}

#[test]
fn reads_gzip_files_and_writes_jsonl_records() {
    let dir = tempdir();
    let path = dir.join("page-1.html.gz");
    let mut gz = flate2::write::GzEncoder::new(std::fs::File::create(&path).unwrap(), flate2::Compression::default());
    gz.write_all(b"<html><body><p>Hello.</p><p>Tweet</p></body></html>").unwrap();
    gz.finish().unwrap();
    let o = unclutter(&["--format", "jsonl", path.to_str().unwrap()], b"");
    assert!(o.status.success());
    let rec: serde_json::Value = serde_json::from_str(stdout(&o).trim()).unwrap();
    assert_eq!(rec["id"], "page-1");
    assert_eq!(rec["text"], "Hello.");
    assert_eq!(rec["path"], path.to_str().unwrap());
}

#[test]
fn jsonl_cleans_field_in_place_keeping_other_fields_and_order() {
    let input = b"{\"id\":1,\"text\":\"Share\\n\\nOne.\",\"lang\":\"en\"}\n{\"id\":2,\"text\":\"Two in in May.\"}\n";
    let o = unclutter(&["--jsonl", "--text"], input);
    assert!(o.status.success());
    let lines: Vec<serde_json::Value> = stdout(&o).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["id"], 1);
    assert_eq!(lines[0]["text"], "One.");
    assert_eq!(lines[0]["lang"], "en");
    assert_eq!(lines[1]["text"], "Two in May.");
}

#[test]
fn jsonl_other_field() {
    let o = unclutter(&["--jsonl", "--field", "body"], b"{\"body\":\"Advertisement\\n\\nHi.\"}\n");
    assert_eq!(stdout(&o).trim(), "{\"body\":\"Hi.\"}");
}

#[test]
fn bad_jsonl_lines_are_named_and_counted_and_nothing_is_dropped() {
    let input = b"{\"text\":\"One.\"}\nnot json\n{\"other\":1}\n{\"text\":5}\n{\"text\":\"Five.\"}\n";
    let o = unclutter(&["--jsonl"], input);
    assert!(!o.status.success());
    let out = stdout(&o);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 5, "one output line per input line: {out}");
    assert!(lines[1].contains("\"error\"") && lines[1].contains("\"line\":2"));
    assert!(lines[2].contains("no field `text`"));
    assert!(lines[3].contains("not a string"));
    assert_eq!(lines[4], "{\"text\":\"Five.\"}");
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("line 2") && err.contains("line 3") && err.contains("line 4"), "{err}");
}

#[test]
fn unreadable_file_is_an_error_naming_it_but_others_are_still_cleaned() {
    let dir = tempdir();
    let good = dir.join("good.txt");
    std::fs::write(&good, "Share\n\nGood.").unwrap();
    let o = unclutter(&["/nonexistent/missing.txt", good.to_str().unwrap()], b"");
    assert!(!o.status.success());
    assert!(String::from_utf8_lossy(&o.stderr).contains("/nonexistent/missing.txt"));
    assert_eq!(stdout(&o), "Good.\n");
}

#[test]
fn explain_reports_on_stderr() {
    let o = unclutter(&["--explain", "--text"], b"Advertisement\n\nText.");
    assert_eq!(stdout(&o), "Text.\n");
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("ad_markers") && err.contains("advertisement marker") && err.contains("\"Advertisement\""),
        "{err}"
    );
}

#[test]
fn closed_stdout_is_not_an_error() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_unclutter"))
        .args(["--jsonl"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    drop(child.stdout.take()); // the reader goes away, as `| head` does
    let writer = std::thread::spawn(move || {
        for _ in 0..20_000 {
            if stdin.write_all(b"{\"text\":\"Some text that is long enough to fill pipes.\"}\n").is_err() {
                break;
            }
        }
    });
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    assert!(out.status.success(), "exit {:?}: {}", out.status, String::from_utf8_lossy(&out.stderr));
    assert!(out.stderr.is_empty(), "{}", String::from_utf8_lossy(&out.stderr));
}

fn tempdir() -> std::path::PathBuf {
    let dir =
        std::env::temp_dir().join(format!("unclutter-test-{}-{:?}", std::process::id(), std::thread::current().id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn bundled_sample_prints_its_expected_output() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/samples/");
    let o = unclutter(&[&format!("{dir}article.txt")], b"");
    assert!(o.status.success());
    assert_eq!(stdout(&o), std::fs::read_to_string(format!("{dir}article.expected.txt")).unwrap());
}

#[test]
fn decodes_declared_legacy_charsets() {
    let dir = tempdir();
    let path = dir.join("latin1.html");
    std::fs::write(&path, b"<html><head><meta charset=\"iso-8859-1\"></head><body><p>Caf\xe9 au lait, cr\xe8me br\xfbl\xe9e and more on the menu today.</p></body></html>").unwrap();
    let o = unclutter(&[path.to_str().unwrap()], b"");
    assert!(o.status.success());
    assert_eq!(stdout(&o), "Café au lait, crème brûlée and more on the menu today.\n");
}

#[test]
fn bad_bytes_never_fail() {
    let o = unclutter(&["--text"], b"Caf\xff and more \xc3.");
    assert!(o.status.success());
    assert_eq!(stdout(&o), "Caf\u{fffd} and more \u{fffd}.\n");
}
