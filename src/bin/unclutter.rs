//! `unclutter`: clean scraped pages and text from files, stdin or JSON Lines.
//!
//! A thin layer over the library: reading, decompressing, scheduling work on
//! all cores, and writing results back in input order.

use std::collections::BTreeMap;
use std::fs::{self, File};
use std::io::{self, BufRead, BufReader, BufWriter, IsTerminal, Read, Write};
use std::num::NonZeroUsize;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::{mpsc, Arc};
use std::time::{Duration, Instant};

use anyhow::{Context, Result};
use clap::{Parser, ValueEnum};
use serde_json::{Map, Value};
use unclutter::jsonl::{error_record, RecordCleaner, RecordError};
use unclutter::{Input, OutputFormat, Pipeline, Removal, Report, Sink, Stats};

/// Turn scraped web content (HTML or extracted text) into clean article text.
///
/// Batch runs (`--jsonl`, or `--format jsonl` over many files) write exactly
/// one output record per input record, in input order: a record that cannot
/// be cleaned becomes an error record (`{"error": ..., "line": N}` or
/// `{"id", "path", "error"}`), is named on standard error, and makes the exit
/// code 1. Blank JSONL lines are not records and are skipped.
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
    /// What the cleaned text is written as: plain text, or Markdown (headings,
    /// lists, quotes, code, tables and emphasis kept).
    #[arg(long, value_enum, default_value_t = Content::Text)]
    output_format: Content,
    /// With --output-format markdown: keep links as `[text](url)`.
    #[arg(long)]
    links: bool,
    /// Input is JSON Lines: clean each record's text field in place.
    #[arg(long)]
    jsonl: bool,
    /// Inputs are WARC files (gzip or not): clean each HTML response record and
    /// write `{"url", "record_id", "date", "text"}` per record as JSON Lines.
    /// Other records are skipped and counted; a corrupt or truncated record
    /// is reported and the rest still read.
    #[arg(long, conflicts_with_all = ["jsonl", "text"])]
    warc: bool,
    /// With --jsonl: the field to clean.
    #[arg(long, default_value = "text", requires = "jsonl")]
    field: String,
    /// Write the output to FILE instead of standard output. It is written to a
    /// temporary file beside FILE and renamed when the run ends, so an
    /// interrupted run never leaves a partial FILE.
    #[arg(long, short = 'o', value_name = "FILE")]
    output: Option<PathBuf>,
    /// Do not clean documents over N bytes (a file after decompression, or a
    /// JSONL line): each is reported as failed, and the run goes on.
    #[arg(long, value_name = "N")]
    max_bytes: Option<usize>,
    /// Worker threads; the default is one per core. Output is the same, in the
    /// same order, whatever the number.
    #[arg(long, short = 'j', value_name = "N")]
    jobs: Option<NonZeroUsize>,
    /// Print what each filter removed, and why, on standard error.
    #[arg(long)]
    explain: bool,
    /// Write one JSON line per removal (id, line or path, filter, action,
    /// reason, text) to FILE, for auditing what was thrown away.
    #[arg(long, value_name = "FILE")]
    explain_json: Option<PathBuf>,
    /// At the end, print per-filter totals (documents, removals, words,
    /// bytes) on standard error.
    #[arg(long)]
    stats: bool,
    /// Read the pipeline's configuration (TOML) from FILE; see --print-config.
    #[arg(long, value_name = "FILE")]
    config: Option<PathBuf>,
    /// Print the default configuration, as a commented TOML file, and exit.
    #[arg(long)]
    print_config: bool,
    /// No progress bar and no summary line.
    #[arg(long, short = 'q')]
    quiet: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum Content {
    /// Plain text, blocks separated by a blank line.
    Text,
    /// Markdown.
    Markdown,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum Format {
    /// The cleaned text.
    Text,
    /// `{"id", "path", "text"}` per input file.
    Jsonl,
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

/// What every worker needs, shared.
struct Ctx {
    pipeline: &'static Pipeline,
    cleaner: RecordCleaner<'static>,
    input: Input,
    output: OutputFormat,
    format: Format,
    max_bytes: Option<usize>,
    explain: bool,
    explain_json: bool,
    stats: bool,
}

/// One unit of work: a JSONL record or a whole file.
enum Task {
    Line { source: Arc<str>, line: u64, bytes: Vec<u8> },
    File { path: PathBuf },
    Warc { record: Box<unclutter::warc::Record> },
    Done(Box<Done>),
}

/// The result of one task, ready to be written in order.
#[derive(Default)]
struct Done {
    out: Vec<u8>,
    messages: String,
    explain: String,
    explain_json: String,
    stats: Option<Stats>,
    failed: bool,
    skipped: bool,
    bytes: u64,
}

/// Runs the command; `Ok(false)` when some input failed but the rest was written.
fn run(args: &Args) -> Result<bool> {
    let input = match (args.html, args.text) {
        (true, _) => Input::Html,
        (_, true) => Input::Text,
        _ => Input::Sniff,
    };
    if args.print_config {
        print!("{}", unclutter::Config::default_toml());
        return Ok(true);
    }
    let pipeline: &'static Pipeline = match &args.config {
        None => unclutter::default_pipeline(),
        Some(path) => {
            let text = fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
            let config = unclutter::Config::from_toml(&text).with_context(|| path.display().to_string())?;
            let pipeline = Pipeline::from_config(&config).with_context(|| path.display().to_string())?;
            Box::leak(Box::new(pipeline))
        }
    };
    let output = match args.output_format {
        Content::Text => OutputFormat::Text,
        Content::Markdown => OutputFormat::Markdown { links: args.links },
    };
    let ctx = Arc::new(Ctx {
        pipeline,
        cleaner: RecordCleaner::new(pipeline).input(input).output(output).field(args.field.clone()),
        input,
        output,
        format: args.format,
        max_bytes: args.max_bytes,
        explain: args.explain,
        explain_json: args.explain_json.is_some(),
        stats: args.stats,
    });
    let jobs = args.jobs.or_else(|| std::thread::available_parallelism().ok()).map_or(1, NonZeroUsize::get);
    let pool = rayon::ThreadPoolBuilder::new().num_threads(jobs).build().context("cannot start worker threads")?;

    let out = Output::open(args.output.as_deref())?;
    let explain_json = match &args.explain_json {
        Some(p) => Some(BufWriter::new(File::create(p).with_context(|| format!("cannot create {}", p.display()))?)),
        None => None,
    };
    let batch = args.jsonl || args.warc || args.format == Format::Jsonl || args.files.len() > 1;
    let mut writer = Writer {
        out,
        explain_json,
        stats: Stats::new(),
        read: 0,
        failed: 0,
        skipped: 0,
        progress: Progress::new(!args.quiet && io::stderr().is_terminal()),
    };
    let mut sched = Scheduler::new(pool, jobs);
    let inputs: Vec<&Path> =
        if args.files.is_empty() { vec![Path::new("-")] } else { args.files.iter().map(PathBuf::as_path).collect() };
    // Someone at a terminal who typed just `unclutter` is told why nothing happens.
    if !args.quiet && inputs.iter().any(|p| *p == Path::new("-")) && io::stdin().is_terminal() {
        eprintln!("unclutter: reading standard input (end it with Ctrl-D; `unclutter --help` for more)");
    }
    let mut sources_ok = true;
    let result = (|| -> Result<()> {
        for path in inputs {
            if args.jsonl || args.warc {
                let read = if args.warc { read_warc } else { read_jsonl };
                if let Err(e) = read(path, &ctx, &mut sched, &mut writer) {
                    if is_broken_pipe(&e) {
                        return Err(e);
                    }
                    eprintln!("unclutter: {}: {e:#}", path.display());
                    sources_ok = false;
                }
            } else {
                sched.submit(Task::File { path: path.to_owned() }, 0, &ctx, &mut writer)?;
            }
        }
        sched.finish(&mut writer)
    })();
    writer.progress.finish();
    if let Err(e) = result {
        writer.out.abandon();
        return Err(e);
    }
    if let Some(mut w) = writer.explain_json.take() {
        w.flush().context("cannot write the explain file")?;
    }
    writer.out.commit()?;
    let kind = if args.jsonl || args.warc { "records" } else { "files" };
    if !args.quiet && (batch || writer.failed > 0) {
        let skipped = if args.warc { format!(", {} skipped (not HTML)", writer.skipped) } else { String::new() };
        eprintln!(
            "unclutter: {} {kind} read, {} cleaned, {} failed{skipped}",
            writer.read,
            writer.read - writer.failed,
            writer.failed
        );
    }
    if args.stats {
        eprint!("{}", writer.stats);
    }
    Ok(sources_ok && writer.failed == 0)
}

/// Reads one JSONL source line by line, handing each record to the scheduler.
fn read_jsonl(path: &Path, ctx: &Arc<Ctx>, sched: &mut Scheduler, writer: &mut Writer) -> Result<()> {
    let mut reader = open(path)?;
    let source: Arc<str> = path.display().to_string().into();
    let mut line = 0u64;
    loop {
        let mut bytes = Vec::new();
        let Some(len) = read_line(&mut reader, &mut bytes, ctx.max_bytes)
            .with_context(|| format!("cannot read {} after line {line}", path.display()))?
        else {
            return Ok(());
        };
        line += 1;
        if bytes.iter().all(u8::is_ascii_whitespace) && ctx.max_bytes.is_none_or(|m| len <= m) {
            continue;
        }
        let task = match ctx.max_bytes {
            Some(max) if len > max => {
                let err = RecordError::TooLarge { len, max };
                Task::Done(Box::new(Done {
                    out: record_line(error_record(&err, Some(line), None)),
                    messages: format!("unclutter: {source}: line {line}: {err}\n"),
                    failed: true,
                    bytes: len as u64,
                    ..Done::default()
                }))
            }
            _ => Task::Line { source: source.clone(), line, bytes },
        };
        sched.submit(task, len, ctx, writer)?;
    }
}

/// Reads one WARC source record by record, handing each to the scheduler.
/// A corrupt or truncated record becomes an error record.
fn read_warc(path: &Path, ctx: &Arc<Ctx>, sched: &mut Scheduler, writer: &mut Writer) -> Result<()> {
    let reader = open(path)?;
    let max = ctx.max_bytes.map_or(256 << 20, |m| m as u64);
    let source = path.display().to_string();
    for item in unclutter::warc::Reader::new(reader).max_record(max) {
        let (task, bytes) = match item {
            Ok(record) => {
                let len = record.body.len();
                (Task::Warc { record: Box::new(record) }, len)
            }
            Err(e) => {
                let mut rec = Map::new();
                rec.insert("error".into(), e.to_string().into());
                rec.insert("file".into(), source.as_str().into());
                let done = Done {
                    out: record_line(Value::Object(rec).to_string()),
                    messages: format!("unclutter: {source}: {e}\n"),
                    failed: true,
                    ..Done::default()
                };
                (Task::Done(Box::new(done)), 0)
            }
        };
        sched.submit(task, bytes, ctx, writer)?;
    }
    Ok(())
}

/// Reads one line into `buf` without its line break, keeping at most
/// `max + 1` bytes of it; returns the line's full length, or `None` at the end.
fn read_line(reader: &mut dyn BufRead, buf: &mut Vec<u8>, max: Option<usize>) -> io::Result<Option<usize>> {
    let keep = max.map_or(usize::MAX, |m| m.saturating_add(1));
    let mut len = 0usize;
    let mut any = false;
    loop {
        let avail = match reader.fill_buf() {
            Ok(a) => a,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if avail.is_empty() {
            break;
        }
        any = true;
        let (chunk, used, end) = match memchr::memchr(b'\n', avail) {
            Some(i) => (&avail[..i], i + 1, true),
            None => (avail, avail.len(), false),
        };
        let room = keep.saturating_sub(buf.len()).min(chunk.len());
        buf.extend_from_slice(&chunk[..room]);
        len += chunk.len();
        reader.consume(used);
        if end {
            break;
        }
    }
    if buf.last() == Some(&b'\r') && len == buf.len() {
        buf.pop();
        len -= 1;
    }
    Ok(any.then_some(len))
}

fn record_line(mut json: String) -> Vec<u8> {
    json.push('\n');
    json.into_bytes()
}

/// Runs tasks on the pool and hands results to the writer in input order,
/// with a bounded number of tasks (and input bytes) in flight.
struct Scheduler {
    pool: rayon::ThreadPool,
    tx: mpsc::Sender<(u64, Box<Done>)>,
    rx: mpsc::Receiver<(u64, Box<Done>)>,
    pending: BTreeMap<u64, Box<Done>>,
    next_seq: u64,
    next_write: u64,
    in_flight: usize,
    in_flight_bytes: usize,
    max_tasks: usize,
}

/// At most this many input bytes are queued or being cleaned at once.
const MAX_BYTES_IN_FLIGHT: usize = 64 << 20;

impl Scheduler {
    fn new(pool: rayon::ThreadPool, jobs: usize) -> Self {
        let (tx, rx) = mpsc::channel();
        Scheduler {
            pool,
            tx,
            rx,
            pending: BTreeMap::new(),
            next_seq: 0,
            next_write: 0,
            in_flight: 0,
            in_flight_bytes: 0,
            max_tasks: 16 * jobs,
        }
    }

    fn submit(&mut self, task: Task, bytes: usize, ctx: &Arc<Ctx>, writer: &mut Writer) -> Result<()> {
        while self.in_flight >= self.max_tasks || (self.in_flight > 0 && self.in_flight_bytes >= MAX_BYTES_IN_FLIGHT) {
            self.receive(true, writer)?;
        }
        let seq = self.next_seq;
        self.next_seq += 1;
        self.in_flight += 1;
        self.in_flight_bytes += bytes;
        match task {
            Task::Done(done) => {
                self.pending.insert(seq, done);
            }
            task => {
                let tx = self.tx.clone();
                let ctx = Arc::clone(ctx);
                self.pool.spawn(move || {
                    let done = process(task, &ctx);
                    let _ = tx.send((seq, Box::new(done)));
                });
            }
        }
        self.receive(false, writer)
    }

    /// Writes every finished result that is next in order; with `block`,
    /// first waits for at least one result.
    fn receive(&mut self, block: bool, writer: &mut Writer) -> Result<()> {
        if block && !self.pending.contains_key(&self.next_write) {
            let (seq, done) = self.rx.recv().context("a worker thread died")?;
            self.pending.insert(seq, done);
        }
        while let Ok((seq, done)) = self.rx.try_recv() {
            self.pending.insert(seq, done);
        }
        while let Some(done) = self.pending.remove(&self.next_write) {
            self.next_write += 1;
            self.in_flight -= 1;
            self.in_flight_bytes = self.in_flight_bytes.saturating_sub(done.bytes as usize);
            writer.write(*done)?;
        }
        Ok(())
    }

    fn finish(&mut self, writer: &mut Writer) -> Result<()> {
        while self.in_flight > 0 {
            self.receive(true, writer)?;
        }
        Ok(())
    }
}

/// Collects what one document's filters report, as the run asked.
#[derive(Default)]
struct TaskSink {
    report: Option<Report>,
    stats: Option<Stats>,
}

impl TaskSink {
    fn new(ctx: &Ctx) -> Self {
        TaskSink { report: (ctx.explain || ctx.explain_json).then(Report::new), stats: ctx.stats.then(Stats::new) }
    }

    /// Moves what was collected into `done`, labelled for the reader.
    fn finish(self, ctx: &Ctx, done: &mut Done, label: &str, id: Map<String, Value>) {
        if let Some(report) = self.report {
            for e in report.removals() {
                if ctx.explain {
                    done.explain.push_str(&format!(
                        "{label}: {} {}: {}: {:?}\n",
                        e.filter,
                        e.action.as_str(),
                        e.reason,
                        e.text
                    ));
                }
                if ctx.explain_json {
                    let mut rec = id.clone();
                    rec.insert("filter".into(), e.filter.clone().into());
                    rec.insert("action".into(), e.action.as_str().into());
                    rec.insert("reason".into(), e.reason.clone().into());
                    rec.insert("text".into(), e.text.clone().into());
                    done.explain_json.push_str(&Value::Object(rec).to_string());
                    done.explain_json.push('\n');
                }
            }
        }
        if let Some(mut stats) = self.stats {
            stats.end_document();
            done.stats = Some(stats);
        }
    }
}

impl Sink for TaskSink {
    fn removal(&mut self, removal: &Removal<'_>) {
        if let Some(r) = &mut self.report {
            r.removal(removal);
        }
        if let Some(s) = &mut self.stats {
            s.removal(removal);
        }
    }

    fn enabled(&self) -> bool {
        self.report.is_some() || self.stats.is_some()
    }
}

fn process(task: Task, ctx: &Ctx) -> Done {
    match task {
        Task::Line { source, line, bytes } => process_line(&source, line, &bytes, ctx),
        Task::File { path } => process_file(&path, ctx),
        Task::Warc { record } => process_warc(&record, ctx),
        Task::Done(done) => *done,
    }
}

fn process_line(source: &str, line: u64, bytes: &[u8], ctx: &Ctx) -> Done {
    let mut done = Done { bytes: bytes.len() as u64, ..Done::default() };
    let mut sink = TaskSink::new(ctx);
    match ctx.cleaner.clean_record(bytes, &mut sink) {
        Ok(record) => {
            let mut id = Map::new();
            if let Some(v) = record.get("id") {
                id.insert("id".into(), v.clone());
            }
            id.insert("source".into(), source.into());
            id.insert("line".into(), line.into());
            sink.finish(ctx, &mut done, &format!("{source}:{line}"), id);
            done.out = record_line(Value::Object(record).to_string());
        }
        Err(e) => {
            done.messages = format!("unclutter: {source}: line {line}: {e}\n");
            done.out = record_line(error_record(&e, Some(line), None));
            done.failed = true;
        }
    }
    done
}

fn process_warc(record: &unclutter::warc::Record, ctx: &Ctx) -> Done {
    let mut done = Done { bytes: record.body.len() as u64, ..Done::default() };
    let Some(html) = record.html() else {
        done.skipped = true;
        return done;
    };
    let mut sink = TaskSink::new(ctx);
    let text = ctx.pipeline.clean_to(&html, Input::Html, ctx.output, &mut sink);
    let mut rec = Map::new();
    for (key, header) in [("url", "WARC-Target-URI"), ("record_id", "WARC-Record-ID"), ("date", "WARC-Date")] {
        rec.insert(key.into(), record.header(header).map_or(Value::Null, |v| v.into()));
    }
    let label = record.header("WARC-Target-URI").unwrap_or("-").to_owned();
    sink.finish(ctx, &mut done, &label, rec.clone());
    rec.insert("text".into(), text.into_owned().into());
    done.out = record_line(Value::Object(rec).to_string());
    done
}

fn process_file(path: &Path, ctx: &Ctx) -> Done {
    let mut done = Done::default();
    let label = path.display().to_string();
    let bytes = match read_file(path, ctx.max_bytes) {
        Ok(bytes) => bytes,
        Err(e) => {
            done.messages = format!("unclutter: {label}: {e:#}\n");
            done.failed = true;
            if ctx.format == Format::Jsonl {
                let mut rec = Map::new();
                rec.insert("id".into(), file_id(path).into());
                rec.insert("path".into(), label.into());
                rec.insert("error".into(), format!("{e:#}").into());
                done.out = record_line(Value::Object(rec).to_string());
            }
            return done;
        }
    };
    done.bytes = bytes.len() as u64;
    let input = unclutter::html::decode(&bytes);
    let mut sink = TaskSink::new(ctx);
    let text = ctx.pipeline.clean_to(&input, ctx.input, ctx.output, &mut sink);
    let mut id = Map::new();
    id.insert("id".into(), file_id(path).into());
    id.insert("path".into(), label.as_str().into());
    sink.finish(ctx, &mut done, &label, id);
    done.out = match ctx.format {
        Format::Text if text.is_empty() => Vec::new(),
        Format::Text => {
            let mut out = Vec::with_capacity(text.len() + 1);
            out.extend_from_slice(text.as_bytes());
            out.push(b'\n');
            out
        }
        Format::Jsonl => {
            let mut rec = Map::new();
            rec.insert("id".into(), file_id(path).into());
            rec.insert("path".into(), label.into());
            rec.insert("text".into(), text.into_owned().into());
            record_line(Value::Object(rec).to_string())
        }
    };
    done
}

/// Reads a whole file (or stdin), decompressing gzip, refusing to read past `max` bytes.
fn read_file(path: &Path, max: Option<usize>) -> Result<Vec<u8>> {
    let mut bytes = Vec::new();
    let reader = open(path)?;
    let limit = max.map_or(u64::MAX, |m| m as u64 + 1);
    reader.take(limit).read_to_end(&mut bytes).with_context(|| format!("cannot read {}", path.display()))?;
    if let Some(max) = max.filter(|&m| bytes.len() > m) {
        anyhow::bail!("document is over the limit of {max} bytes (--max-bytes); not cleaned");
    }
    Ok(bytes)
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

/// The record id of a file: its name without any extension.
fn file_id(path: &Path) -> String {
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "-".to_owned());
    match name.split_once('.') {
        Some((stem, _)) if !stem.is_empty() => stem.to_owned(),
        _ => name,
    }
}

/// Writes results in order and keeps the run's totals.
struct Writer {
    out: Output,
    explain_json: Option<BufWriter<File>>,
    stats: Stats,
    read: u64,
    failed: u64,
    skipped: u64,
    progress: Progress,
}

impl Writer {
    fn write(&mut self, done: Done) -> Result<()> {
        if done.skipped {
            self.skipped += 1;
            return Ok(());
        }
        self.read += 1;
        self.failed += u64::from(done.failed);
        if !done.messages.is_empty() || !done.explain.is_empty() {
            self.progress.suspend(|| {
                let mut err = io::stderr().lock();
                let _ = err.write_all(done.explain.as_bytes());
                let _ = err.write_all(done.messages.as_bytes());
            });
        }
        if let (Some(w), false) = (&mut self.explain_json, done.explain_json.is_empty()) {
            w.write_all(done.explain_json.as_bytes()).context("cannot write the explain file")?;
        }
        if let Some(stats) = &done.stats {
            self.stats.merge(stats);
        }
        self.out.write_all(&done.out)?;
        self.progress.tick(self.read, done.bytes);
        Ok(())
    }
}

/// Standard output, or a temporary file renamed to the output path at the end.
struct Output {
    writer: BufWriter<Box<dyn Write>>,
    paths: Option<(PathBuf, PathBuf)>,
}

impl Output {
    fn open(path: Option<&Path>) -> Result<Self> {
        let Some(path) = path else {
            return Ok(Output {
                writer: BufWriter::with_capacity(1 << 16, Box::new(io::stdout().lock())),
                paths: None,
            });
        };
        let name = path.file_name().with_context(|| format!("{} is not a file name", path.display()))?;
        let tmp = path.with_file_name(format!(".{}.{}.unclutter-tmp", name.to_string_lossy(), std::process::id()));
        let file = File::create(&tmp).with_context(|| format!("cannot create {}", tmp.display()))?;
        Ok(Output { writer: BufWriter::with_capacity(1 << 16, Box::new(file)), paths: Some((tmp, path.to_owned())) })
    }

    fn write_all(&mut self, bytes: &[u8]) -> Result<()> {
        self.writer.write_all(bytes).context("cannot write output")
    }

    /// Finishes the output: flushes, and renames the temporary file into place.
    fn commit(&mut self) -> Result<()> {
        self.writer.flush().context("cannot write output")?;
        if let Some((tmp, path)) = self.paths.take() {
            fs::rename(&tmp, &path)
                .with_context(|| format!("cannot rename {} to {}", tmp.display(), path.display()))?;
        }
        Ok(())
    }

    /// Gives up on the output: the temporary file is removed.
    fn abandon(&mut self) {
        if let Some((tmp, _)) = self.paths.take() {
            let _ = fs::remove_file(tmp);
        }
    }
}

/// A progress line on a terminal's standard error: records, records/s, MB/s.
struct Progress {
    bar: Option<indicatif::ProgressBar>,
    start: Instant,
    bytes: u64,
    shown: Instant,
}

impl Progress {
    fn new(show: bool) -> Self {
        let bar = show.then(|| {
            let bar = indicatif::ProgressBar::new_spinner();
            bar.set_style(
                indicatif::ProgressStyle::with_template("{spinner} {elapsed} {human_pos} done, {per_sec} {msg}")
                    .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner()),
            );
            bar.enable_steady_tick(Duration::from_millis(200));
            bar
        });
        let now = Instant::now();
        Progress { bar, start: now, bytes: 0, shown: now }
    }

    fn tick(&mut self, done: u64, bytes: u64) {
        self.bytes += bytes;
        let Some(bar) = &self.bar else { return };
        bar.set_position(done);
        if self.shown.elapsed() >= Duration::from_millis(200) {
            self.shown = Instant::now();
            let secs = self.start.elapsed().as_secs_f64().max(1e-3);
            bar.set_message(format!("{:.1} MB/s", self.bytes as f64 / 1e6 / secs));
        }
    }

    fn suspend(&self, f: impl FnOnce()) {
        match &self.bar {
            Some(bar) => bar.suspend(f),
            None => f(),
        }
    }

    fn finish(&mut self) {
        if let Some(bar) = self.bar.take() {
            bar.finish_and_clear();
        }
    }
}
