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
    // The binary may exit before reading (a bad option, say): a closed pipe is fine.
    let _ = child.stdin.take().unwrap().write_all(stdin);
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

/// Good and bad lines mixed, as a pipeline meets them: one record out per
/// record in, in order, a non-zero exit, and a summary line.
#[test]
fn mixed_jsonl_keeps_every_record_in_order_and_summarises() {
    let mut input = Vec::new();
    let mut expect_error = Vec::new();
    for i in 0..200 {
        match i % 7 {
            3 => input.extend_from_slice(b"{\"id\":"), // truncated JSON
            5 => input.extend_from_slice(b"{\"id\":1,\"text\":\"\xff\xfe\"}"), // invalid UTF-8
            6 => input.extend_from_slice(format!("{{\"id\":{i},\"text\":[1]}}").as_bytes()),
            _ => input.extend_from_slice(format!("{{\"id\":{i},\"text\":\"Share\\n\\nRecord {i}.\"}}").as_bytes()),
        }
        expect_error.push(matches!(i % 7, 3 | 5 | 6));
        input.push(b'\n');
    }
    for jobs in ["1", "2", "4"] {
        let o = unclutter(&["--jsonl", "--text", "--jobs", jobs], &input);
        assert_eq!(o.status.code(), Some(1));
        let out = stdout(&o);
        let lines: Vec<serde_json::Value> = out.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
        assert_eq!(lines.len(), 200);
        for (i, (rec, bad)) in lines.iter().zip(&expect_error).enumerate() {
            if *bad {
                assert_eq!(rec["line"], i + 1, "{rec}");
                assert!(rec["error"].is_string());
            } else {
                assert_eq!(rec["id"], i);
                assert_eq!(rec["text"], format!("Record {i}."));
            }
        }
        let err = String::from_utf8_lossy(&o.stderr);
        let failed = expect_error.iter().filter(|b| **b).count();
        let summary = format!("unclutter: 200 records read, {} cleaned, {failed} failed", 200 - failed);
        assert_eq!(err.lines().last(), Some(summary.as_str()), "{err}");
        assert!(err.contains("line 4: invalid JSON") && err.contains("line 6: invalid UTF-8"), "{err}");
    }
}

#[test]
fn quiet_drops_the_summary_but_not_the_errors() {
    let o = unclutter(&["--jsonl", "--quiet"], b"{\"text\":\"Hi.\"}\nnope\n");
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("line 2") && !err.contains("records read"), "{err}");
}

#[test]
fn jobs_do_not_change_output_of_many_files() {
    let dir = tempdir().join("many");
    std::fs::create_dir_all(&dir).unwrap();
    let mut paths = Vec::new();
    for i in 0..40 {
        let p = dir.join(format!("doc-{i:02}.html"));
        let body = "<p>Filler sentence that makes a page long enough to be content.</p>".repeat(i % 9 + 1);
        std::fs::write(
            &p,
            format!("<html><body><nav>Home</nav><article><h1>Doc {i}</h1>{body}</article></body></html>"),
        )
        .unwrap();
        paths.push(p.to_str().unwrap().to_owned());
    }
    let run = |jobs: &str| {
        let mut args = vec!["--format", "jsonl", "--jobs", jobs];
        args.extend(paths.iter().map(String::as_str));
        let o = unclutter(&args, b"");
        assert!(o.status.success());
        stdout(&o)
    };
    let one = run("1");
    assert_eq!(one.lines().count(), 40);
    assert!(one.lines().enumerate().all(|(i, l)| l.contains(&format!("\"id\":\"doc-{i:02}\""))));
    assert_eq!(run("2"), one);
    assert_eq!(run("8"), one);
}

#[test]
fn output_file_is_renamed_into_place_and_only_when_complete() {
    let dir = tempdir().join("output");
    std::fs::create_dir_all(&dir).unwrap();
    let dst = dir.join("out.jsonl");
    let o = unclutter(&["--jsonl", "-o", dst.to_str().unwrap()], b"{\"text\":\"Tweet\\n\\nKept.\"}\n");
    assert!(o.status.success());
    assert!(o.stdout.is_empty());
    assert_eq!(std::fs::read_to_string(&dst).unwrap(), "{\"text\":\"Kept.\"}\n");
    let leftovers: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert_eq!(leftovers.len(), 1, "temporary file left behind: {leftovers:?}");

    // A run that dies on a fatal error leaves neither a partial file nor its temporary.
    let missing = dir.join("no-such-dir").join("out.jsonl");
    let o = unclutter(&["--jsonl", "-o", missing.to_str().unwrap()], b"{\"text\":\"x\"}\n");
    assert_eq!(o.status.code(), Some(2));
    assert!(!missing.exists());
}

#[test]
fn output_temp_file_is_not_the_final_name_while_running() {
    let dir = tempdir().join("running");
    std::fs::create_dir_all(&dir).unwrap();
    let dst = dir.join("out.jsonl");
    let mut child = Command::new(env!("CARGO_BIN_EXE_unclutter"))
        .args(["--jsonl", "-o", dst.to_str().unwrap()])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    for _ in 0..2000 {
        stdin.write_all(b"{\"text\":\"Some text that is long enough to fill buffers.\"}\n").unwrap();
    }
    stdin.flush().unwrap();
    // Mid-run (stdin still open), only the temporary file exists.
    std::thread::sleep(std::time::Duration::from_millis(300));
    assert!(!dst.exists());
    child.kill().unwrap(); // as Ctrl-C would
    child.wait().unwrap();
    assert!(!dst.exists(), "a killed run must not leave a file under the final name");
}

#[test]
fn max_bytes_fails_big_documents_and_cleans_the_rest() {
    let big = format!("{{\"text\":\"{}\"}}", "word ".repeat(1000));
    let input = format!("{{\"text\":\"Share\\n\\nSmall.\"}}\n{big}\n{{\"text\":\"Also small.\"}}\n");
    let o = unclutter(&["--jsonl", "--max-bytes", "100"], input.as_bytes());
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines[0], "{\"text\":\"Small.\"}");
    assert_eq!(lines[1], format!("{{\"error\":\"record is {} bytes, over the limit of 100\",\"line\":2}}", big.len()));
    assert_eq!(lines[2], "{\"text\":\"Also small.\"}");

    let dir = tempdir();
    let path = dir.join("big-page.html");
    std::fs::write(&path, format!("<p>{}</p>", "x".repeat(5000))).unwrap();
    let o = unclutter(&["--format", "jsonl", "--max-bytes", "1000", path.to_str().unwrap()], b"");
    assert_eq!(o.status.code(), Some(1));
    let rec: serde_json::Value = serde_json::from_str(stdout(&o).trim()).unwrap();
    assert_eq!(rec["id"], "big-page");
    assert!(rec["error"].as_str().unwrap().contains("over the limit of 1000 bytes"), "{rec}");
}

#[test]
fn stats_count_per_filter() {
    let input = b"{\"text\":\"Share\\n\\nOne in in two.\"}\n{\"text\":\"Tweet\\n\\nThree.\"}\n";
    let o = unclutter(&["--jsonl", "--text", "--stats"], input);
    let err = String::from_utf8_lossy(&o.stderr);
    let row = |name: &str| -> Vec<String> {
        let line = err.lines().find(|l| l.starts_with(name)).unwrap_or_else(|| panic!("no {name} row: {err}"));
        line.split_whitespace().map(str::to_owned).collect()
    };
    // filter, documents, removals, words, bytes, splits
    assert_eq!(row("share_buttons"), ["share_buttons", "2", "2", "2", "10", "0"]);
    assert_eq!(row("duplicate_words"), ["duplicate_words", "1", "1", "1", "2", "0"]);
}

#[test]
fn explain_json_writes_one_line_per_removal_with_the_record_id() {
    let dir = tempdir();
    let audit = dir.join("audit.jsonl");
    let input = b"{\"id\":\"a\",\"text\":\"Share\\n\\nOne.\"}\n{\"id\":\"b\",\"text\":\"Two.\\n\\nAdvertisement\"}\n";
    let o = unclutter(&["--jsonl", "--text", "--explain-json", audit.to_str().unwrap()], input);
    assert!(o.status.success());
    let lines: Vec<serde_json::Value> =
        std::fs::read_to_string(&audit).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 2);
    assert_eq!((lines[0]["id"].as_str(), lines[0]["line"].as_u64()), (Some("a"), Some(1)));
    assert_eq!((lines[0]["filter"].as_str(), lines[0]["text"].as_str()), (Some("share_buttons"), Some("Share")));
    assert_eq!((lines[1]["id"].as_str(), lines[1]["filter"].as_str()), (Some("b"), Some("ad_markers")));
    assert_eq!(lines[1]["reason"], "advertisement marker");
}

/// `--print-config` then `--config` gives the same output as no config, on every fixture.
#[test]
fn printed_config_round_trips_on_every_fixture() {
    let printed = unclutter(&["--print-config"], b"");
    assert!(printed.status.success());
    let dir = tempdir();
    let config = dir.join("default.toml");
    std::fs::write(&config, &printed.stdout).unwrap();
    let fixtures = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let mut inputs: Vec<String> = std::fs::read_dir(&fixtures)
        .unwrap()
        .map(|e| e.unwrap().path())
        .flat_map(|case| ["input.txt", "input.html"].map(|f| case.join(f)))
        .filter(|p| p.exists())
        .map(|p| p.to_str().unwrap().to_owned())
        .collect();
    inputs.sort();
    assert!(inputs.len() >= 20);
    let mut plain = vec!["--format", "jsonl"];
    plain.extend(inputs.iter().map(String::as_str));
    let mut configured = vec!["--config", config.to_str().unwrap()];
    configured.extend(plain.iter().copied());
    let (a, b) = (unclutter(&plain, b""), unclutter(&configured, b""));
    assert!(a.status.success() && b.status.success());
    assert_eq!(stdout(&a), stdout(&b));
    assert_eq!(stdout(&a).lines().count(), inputs.len());
}

#[test]
fn config_turns_filters_off_and_adds_phrases_and_selectors() {
    let dir = tempdir();
    let config = dir.join("custom.toml");
    std::fs::write(
        &config,
        "[pipeline]\nfilters = [\"whitespace\", \"ad_markers\"]\n\
         [discard]\nad_phrases = [\"Anzeige\"]\npatterns = ['Foto: .{1,40}']\n\
         [html]\ndrop_selectors = [\".byline\"]\n",
    )
    .unwrap();
    let cfg = config.to_str().unwrap();
    let o = unclutter(&["--config", cfg, "--text"], b"Anzeige\n\nShare\n\nIt was in in May.\n\nFoto: dpa");
    assert!(o.status.success());
    assert_eq!(stdout(&o), "Share\n\nIt was in in May.\n");
    let page = b"<article><p class=byline>By A. Writer</p><p>The council met on Monday night.</p></article>";
    let o = unclutter(&["--config", cfg, "--html", "--explain"], page);
    assert_eq!(stdout(&o), "The council met on Monday night.\n");
    assert!(String::from_utf8_lossy(&o.stderr).contains("drop_selectors removed: matches a configured selector"));
}

#[test]
fn config_errors_name_the_key_and_exit_2() {
    let dir = tempdir();
    for (i, (toml, needle)) in [
        ("[pipeline]\nfilters = [\"nope\"]\n", "pipeline.filters"),
        ("[pipeline]\nmax_passes = 0\n", "pipeline.max_passes"),
        ("[pipeline]\nmax_passes = \"4\"\n", "max_passes"),
        ("[discard]\npatterns = [\"(\"]\n", "invalid pattern"),
        ("[html]\ndrop_selectors = [\"<<\"]\n", "invalid CSS selector"),
        ("[unknown]\n", "unknown field `unknown`"),
    ]
    .iter()
    .enumerate()
    {
        let path = dir.join(format!("bad-{i}.toml"));
        std::fs::write(&path, toml).unwrap();
        let o = unclutter(&["--config", path.to_str().unwrap(), "--text"], b"Text.");
        assert_eq!(o.status.code(), Some(2), "{toml}");
        let err = String::from_utf8_lossy(&o.stderr);
        assert!(err.contains(needle) && err.contains(path.to_str().unwrap()), "{toml}: {err}");
        assert!(o.stdout.is_empty());
    }
}

fn warc_record(kind: &str, uri: &str, block: &[u8]) -> Vec<u8> {
    let mut r = format!(
        "WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {uri}\r\nWARC-Date: 2026-11-25T10:00:00Z\r\n\
         WARC-Record-ID: <urn:uuid:{uri}>\r\nContent-Type: application/http; msgtype={kind}\r\n\
         Content-Length: {}\r\n\r\n",
        block.len()
    )
    .into_bytes();
    r.extend_from_slice(block);
    r.extend_from_slice(b"\r\n\r\n");
    r
}

fn http_response(ctype: &str, body: &[u8]) -> Vec<u8> {
    let mut r = format!("HTTP/1.1 200 OK\r\nContent-Type: {ctype}\r\nServer: test\r\n\r\n").into_bytes();
    r.extend_from_slice(body);
    r
}

/// A gzipped WARC with HTML, non-HTML, a corrupt and a truncated record.
#[test]
fn warc_input_cleans_html_responses_skips_others_and_reports_bad_records() {
    let page = |title: &str| {
        format!(
            "<html><body><nav><a href=/>Home</a></nav><article><p>{title} is the story, told in one long sentence.</p>\
             <div class=share>Share</div></article></body></html>"
        )
    };
    let mut warc = warc_record("warcinfo", "-", b"software: test\r\n");
    warc.extend(warc_record("request", "http://a.test/", b"GET / HTTP/1.1\r\nHost: a.test\r\n\r\n"));
    warc.extend(warc_record("response", "http://a.test/", &http_response("text/html", page("First").as_bytes())));
    warc.extend(warc_record("response", "http://a.test/logo.png", &http_response("image/png", b"\x89PNG\r\n")));
    warc.extend(b"WARC/1.0\r\nWARC-Type: response\r\nnot a header line\r\n\r\ngarbage\r\n\r\n");
    let latin1 = http_response("text/html; charset=iso-8859-1", b"<p>Caf\xe9 second story, long enough to keep.</p>");
    warc.extend(warc_record("response", "http://b.test/", &latin1));
    let cut = warc_record("response", "http://c.test/", &http_response("text/html", page("Third").as_bytes()));
    warc.extend_from_slice(&cut[..cut.len() / 2]);

    let dir = tempdir();
    let path = dir.join("crawl.warc.gz");
    let mut gz = flate2::write::GzEncoder::new(std::fs::File::create(&path).unwrap(), flate2::Compression::default());
    gz.write_all(&warc).unwrap();
    gz.finish().unwrap();

    let o = unclutter(&["--warc", path.to_str().unwrap()], b"");
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    let recs: Vec<serde_json::Value> = out.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(recs.len(), 4, "{out}");
    assert_eq!(recs[0]["url"], "http://a.test/");
    assert_eq!(recs[0]["record_id"], "<urn:uuid:http://a.test/>");
    assert_eq!(recs[0]["date"], "2026-11-25T10:00:00Z");
    assert_eq!(recs[0]["text"], "First is the story, told in one long sentence.");
    assert!(recs[1]["error"].as_str().unwrap().contains("corrupt record header"), "{}", recs[1]);
    assert_eq!(recs[2]["text"], "Café second story, long enough to keep.");
    assert!(recs[3]["error"].as_str().unwrap().contains("truncated"), "{}", recs[3]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("4 records read, 2 cleaned, 2 failed, 3 skipped (not HTML)"), "{err}");
}

#[test]
fn markdown_output_in_files_and_jsonl() {
    let page = "<article><h2>Plan</h2><p>It is <b>done</b>, see <a href=\"/x\">the notes</a> today.</p>\
                <ul><li>One thing</li></ul><p>Share</p></article>";
    let o = unclutter(&["--html", "--output-format", "markdown"], page.as_bytes());
    assert_eq!(stdout(&o), "## Plan\n\nIt is **done**, see the notes today.\n\n- One thing\n");
    let o = unclutter(&["--html", "--output-format", "markdown", "--links"], page.as_bytes());
    assert!(stdout(&o).contains("see [the notes](/x) today."), "{}", stdout(&o));
    let record = serde_json::json!({"id": 1, "text": page}).to_string();
    let o = unclutter(&["--jsonl", "--output-format", "markdown"], record.as_bytes());
    let rec: serde_json::Value = serde_json::from_str(stdout(&o).trim()).unwrap();
    assert_eq!(rec["text"], "## Plan\n\nIt is **done**, see the notes today.\n\n- One thing");
}
