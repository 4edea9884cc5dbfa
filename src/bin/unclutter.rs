//! `unclutter`: clean scraped pages and text from files, stdin or JSON Lines.
//!
//! A thin layer over the library: reading, decompressing, JSON, and writing.

use std::fs::File;
use std::io::{self, BufRead, BufReader, BufWriter, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{bail, Context, Result};
use clap::{Parser, ValueEnum};
use serde_json::Value;
use unclutter::{Pipeline, Report};

/// Turn scraped web content (HTML or extracted text) into clean article text.
#[derive(Parser, Debug)]
#[command(version, about, long_about = None)]
struct Args {
    /// Input files (plain or gzip-compressed); none, or `-`, reads standard input.
    files: Vec<PathBuf>,
    /// Treat every input as HTML.
    #[arg(long, conflicts_with = "text")]
    html: bool,
    /// Treat every input as plain text.
    #[arg(long)]
    text: bool,
    /// Output format: plain text, or one JSON record per input file.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
    /// Input is JSON Lines: clean each record's text field in place.
    #[arg(long)]
    jsonl: bool,
    /// With --jsonl: the field to clean.
    #[arg(long, default_value = "text", requires = "jsonl")]
    field: String,
    /// Print what each filter removed, and why, on standard error.
    #[arg(long)]
    explain: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum Format {
    /// The cleaned text.
    Text,
    /// `{"id", "path", "text"}` per input file.
    Jsonl,
}

#[derive(Clone, Copy)]
enum Mode {
    Sniff,
    Html,
    Text,
}

fn main() -> ExitCode {
    let args = Args::parse();
    match run(&args) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(e) if is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("unclutter: {e:#}");
            ExitCode::from(2)
        }
    }
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        let kind = c
            .downcast_ref::<io::Error>()
            .map(io::Error::kind)
            .or_else(|| c.downcast_ref::<serde_json::Error>().and_then(serde_json::Error::io_error_kind));
        kind == Some(io::ErrorKind::BrokenPipe)
    })
}

/// Runs the command; `Ok(false)` when some input failed but the rest was written.
fn run(args: &Args) -> Result<bool> {
    let mode = if args.html {
        Mode::Html
    } else if args.text {
        Mode::Text
    } else {
        Mode::Sniff
    };
    let pipeline = unclutter::default_pipeline();
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let inputs: Vec<&Path> =
        if args.files.is_empty() { vec![Path::new("-")] } else { args.files.iter().map(PathBuf::as_path).collect() };
    let mut ok = true;
    for path in inputs {
        let result = if args.jsonl {
            open(path).and_then(|r| clean_jsonl(pipeline, mode, args, path, r, &mut out))
        } else {
            clean_file(pipeline, mode, args, path, &mut out)
        };
        match result {
            Ok(all_ok) => ok &= all_ok,
            Err(e) if is_broken_pipe(&e) => return Err(e),
            Err(e) => {
                eprintln!("unclutter: {}: {e:#}", path.display());
                ok = false;
            }
        }
    }
    out.flush()?;
    Ok(ok)
}

/// Opens `path` (or stdin for `-`), decompressing gzip when the bytes say so.
fn open(path: &Path) -> Result<Box<dyn BufRead>> {
    let raw: Box<dyn Read> = if path == Path::new("-") {
        Box::new(io::stdin().lock())
    } else {
        Box::new(File::open(path).with_context(|| format!("cannot open {}", path.display()))?)
    };
    let mut reader = BufReader::with_capacity(1 << 16, raw);
    let gzip = reader.fill_buf().with_context(|| format!("cannot read {}", path.display()))?.starts_with(&[0x1f, 0x8b]);
    Ok(if gzip { Box::new(BufReader::new(flate2::bufread::MultiGzDecoder::new(reader))) } else { Box::new(reader) })
}

fn clean_one(pipeline: &Pipeline, mode: Mode, input: &str, report: Option<&mut Report>) -> String {
    let mut discard = unclutter::Discard;
    let sink: &mut dyn unclutter::Sink = match report {
        Some(r) => r,
        None => &mut discard,
    };
    match mode {
        Mode::Sniff => pipeline.clean_with(input, sink).into_owned(),
        Mode::Html => pipeline.clean_html_with(input, sink),
        Mode::Text => pipeline.clean_text_with(input, sink).into_owned(),
    }
}

fn explain(label: &str, report: &Report) {
    let stderr = io::stderr();
    let mut err = stderr.lock();
    for e in report.removals() {
        let _ = writeln!(err, "{label}: {} {}: {}: {:?}", e.filter, e.action.as_str(), e.reason, e.text);
    }
}

/// The record id of a file: its name without any extension.
fn file_id(path: &Path) -> String {
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "-".to_owned());
    match name.split_once('.') {
        Some((stem, _)) if !stem.is_empty() => stem.to_owned(),
        _ => name,
    }
}

fn clean_file(pipeline: &Pipeline, mode: Mode, args: &Args, path: &Path, out: &mut impl Write) -> Result<bool> {
    let mut bytes = Vec::new();
    open(path)?.read_to_end(&mut bytes).with_context(|| format!("cannot read {}", path.display()))?;
    let input = unclutter::html::decode(&bytes);
    let mut report = args.explain.then(Report::new);
    let text = clean_one(pipeline, mode, &input, report.as_mut());
    if let Some(report) = &report {
        explain(&path.display().to_string(), report);
    }
    match args.format {
        Format::Text => {
            out.write_all(text.as_bytes())?;
            if !text.is_empty() {
                out.write_all(b"\n")?;
            }
        }
        Format::Jsonl => {
            let record = serde_json::json!({"id": file_id(path), "path": path.display().to_string(), "text": text});
            serde_json::to_writer(&mut *out, &record)?;
            out.write_all(b"\n")?;
        }
    }
    Ok(true)
}

/// Cleans each record of a JSON Lines stream in place, in order. A line that
/// cannot be cleaned yields an error record (`{"error": ..., "line": N}`) and
/// a message on stderr, so the output keeps one line per input line.
fn clean_jsonl(
    pipeline: &Pipeline,
    mode: Mode,
    args: &Args,
    path: &Path,
    input: Box<dyn BufRead>,
    out: &mut impl Write,
) -> Result<bool> {
    let mut ok = true;
    let mut buf = Vec::new();
    let mut input = input;
    let mut line_no = 0usize;
    loop {
        buf.clear();
        if input.read_until(b'\n', &mut buf).with_context(|| format!("cannot read {}", path.display()))? == 0 {
            break;
        }
        line_no += 1;
        if buf.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        match clean_record(pipeline, mode, args, &buf) {
            Ok((record, report)) => {
                if let Some(report) = report {
                    explain(&format!("{}:{line_no}", path.display()), &report);
                }
                serde_json::to_writer(&mut *out, &record)?;
            }
            Err(e) => {
                eprintln!("unclutter: {}: line {line_no}: {e:#}", path.display());
                serde_json::to_writer(&mut *out, &serde_json::json!({"error": format!("{e:#}"), "line": line_no}))?;
                ok = false;
            }
        }
        out.write_all(b"\n")?;
    }
    Ok(ok)
}

fn clean_record(pipeline: &Pipeline, mode: Mode, args: &Args, line: &[u8]) -> Result<(Value, Option<Report>)> {
    let line = std::str::from_utf8(line).context("invalid UTF-8")?;
    let mut record: Value = serde_json::from_str(line).context("invalid JSON")?;
    let Some(obj) = record.as_object_mut() else { bail!("record is not a JSON object") };
    let Some(field) = obj.get_mut(&args.field) else { bail!("record has no field `{}`", args.field) };
    let Some(text) = field.as_str() else { bail!("field `{}` is not a string", args.field) };
    let mut report = args.explain.then(Report::new);
    let cleaned = clean_one(pipeline, mode, text, report.as_mut());
    *field = Value::String(cleaned);
    Ok((record, report))
}
