//! A small, streaming reader of WARC files (ISO 28500, as written by common
//! crawlers), and the HTML inside their HTTP response records.
//!
//! [`Reader`] yields one [`Record`] at a time from any [`BufRead`]: wrap a
//! gzip file in `flate2::bufread::MultiGzDecoder` first (one gzip member per
//! record, or one for the whole file, both read the same). A record whose
//! header is corrupt is reported as an error and the reader moves on to the
//! next `WARC/` line; a record cut short by the end of the file is reported
//! as truncated, and ends the stream.
//!
//! ```
//! use unclutter::warc::{Reader, Record};
//!
//! let body = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>Hello, world. This is the page.</p>";
//! let warc = format!(
//!     "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://example.com/\r\n\
//!      WARC-Record-ID: <urn:uuid:1>\r\nContent-Type: application/http; msgtype=response\r\n\
//!      Content-Length: {}\r\n\r\n{body}\r\n\r\n",
//!     body.len()
//! );
//! let records: Vec<Record> = Reader::new(warc.as_bytes()).collect::<Result<_, _>>()?;
//! assert_eq!(records[0].header("warc-target-uri"), Some("http://example.com/"));
//! assert_eq!(records[0].html().as_deref(), Some("<p>Hello, world. This is the page.</p>"));
//! # Ok::<(), unclutter::warc::WarcError>(())
//! ```

use std::borrow::Cow;
use std::io::{self, BufRead, Read};

/// What went wrong with one record, or with the stream.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum WarcError {
    /// The record's header could not be read; the reader skipped to the next record.
    #[error("corrupt record header at byte {offset}: {message}")]
    Corrupt {
        /// Where the record started in the (decompressed) stream.
        offset: u64,
        /// What was wrong.
        message: String,
    },
    /// The stream ended inside a record.
    #[error("record at byte {offset} is truncated: {got} of {expected} bytes")]
    Truncated {
        /// Where the record started.
        offset: u64,
        /// The bytes the header announced.
        expected: u64,
        /// The bytes there were.
        got: u64,
    },
    /// A record's block is larger than the reader's limit; it was skipped.
    #[error("record at byte {offset} is {len} bytes, over the limit of {max}; skipped")]
    TooLarge {
        /// Where the record started.
        offset: u64,
        /// Its block's length.
        len: u64,
        /// The limit.
        max: u64,
    },
    /// The underlying reader failed (bad gzip data, say); the stream ends.
    #[error("read error: {0}")]
    Io(#[from] io::Error),
}

/// One WARC record: its named fields and its block.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    /// The header fields, in order, names as written.
    pub headers: Vec<(String, String)>,
    /// The record block (for a response: the HTTP message).
    pub body: Vec<u8>,
    /// Where the record started in the (decompressed) stream.
    pub offset: u64,
}

impl Record {
    /// The value of a header field, by case-insensitive name.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
    }

    /// `WARC-Type`, lower-cased (`response`, `request`, `metadata` ...).
    pub fn warc_type(&self) -> String {
        self.header("WARC-Type").unwrap_or("").to_ascii_lowercase()
    }

    /// The HTML page of an HTTP response record: the body of an HTTP
    /// response whose `Content-Type` is HTML (or absent, with a body that
    /// looks like HTML), de-chunked and decompressed, decoded by the HTTP
    /// charset, else the page's own declaration, else UTF-8. `None` for any
    /// other record.
    pub fn html(&self) -> Option<String> {
        if self.warc_type() != "response" {
            return None;
        }
        let http = HttpResponse::parse(&self.body)?;
        let ctype = http.header("content-type").map(str::to_ascii_lowercase);
        let is_html = match &ctype {
            Some(t) => t.contains("html"),
            None => crate::looks_like_html(&String::from_utf8_lossy(&http.body[..http.body.len().min(1024)])),
        };
        if !is_html {
            return None;
        }
        let mut body = Cow::Borrowed(http.body);
        if http.header("transfer-encoding").is_some_and(|t| t.to_ascii_lowercase().contains("chunked")) {
            body = Cow::Owned(dechunk(&body));
        }
        match http.header("content-encoding").map(str::to_ascii_lowercase).as_deref() {
            Some("gzip" | "x-gzip") => {
                let mut out = Vec::new();
                flate2::read::MultiGzDecoder::new(&body[..]).read_to_end(&mut out).ok()?;
                body = Cow::Owned(out);
            }
            Some("deflate") => {
                let mut out = Vec::new();
                flate2::read::ZlibDecoder::new(&body[..]).read_to_end(&mut out).ok()?;
                body = Cow::Owned(out);
            }
            _ => {}
        }
        let charset = ctype.as_deref().and_then(|t| {
            t.split(';').find_map(|p| p.trim().strip_prefix("charset=").map(|c| c.trim_matches(['"', '\''])))
        });
        let enc = charset.and_then(|c| encoding_rs::Encoding::for_label(c.as_bytes()));
        Some(match enc {
            Some(enc) => enc.decode_with_bom_removal(&body).0.into_owned(),
            None => crate::html::decode(&body).into_owned(),
        })
    }
}

/// An HTTP response split into its header fields and its body.
struct HttpResponse<'a> {
    headers: Vec<(&'a str, &'a str)>,
    body: &'a [u8],
}

impl<'a> HttpResponse<'a> {
    fn parse(bytes: &'a [u8]) -> Option<Self> {
        if !bytes.starts_with(b"HTTP/") {
            return None;
        }
        let end = memchr::memmem::find(bytes, b"\r\n\r\n").map(|i| (i, i + 4)).or_else(|| {
            // Some writers use bare line feeds.
            memchr::memmem::find(bytes, b"\n\n").map(|i| (i, i + 2))
        })?;
        let head = std::str::from_utf8(&bytes[..end.0]).ok()?;
        let headers =
            head.lines().skip(1).filter_map(|l| l.split_once(':')).map(|(k, v)| (k.trim(), v.trim())).collect();
        Some(HttpResponse { headers, body: &bytes[end.1..] })
    }

    fn header(&self, name: &str) -> Option<&'a str> {
        self.headers.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| *v)
    }
}

/// Undoes HTTP chunked transfer coding; stops at the last chunk or at
/// anything malformed, keeping what came before.
fn dechunk(mut bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(bytes.len());
    while let Some(nl) = memchr::memchr(b'\n', bytes) {
        let size_line = std::str::from_utf8(&bytes[..nl]).unwrap_or("").trim();
        let size_hex = size_line.split(';').next().unwrap_or("").trim();
        let Ok(size) = usize::from_str_radix(size_hex, 16) else { break };
        bytes = &bytes[nl + 1..];
        if size == 0 || size > bytes.len() {
            out.extend_from_slice(&bytes[..size.min(bytes.len())]);
            break;
        }
        out.extend_from_slice(&bytes[..size]);
        bytes = &bytes[size..];
        bytes = bytes.strip_prefix(b"\r\n").or_else(|| bytes.strip_prefix(b"\n")).unwrap_or(bytes);
    }
    out
}

/// Reads WARC records one at a time; see the [module docs](self).
#[derive(Debug)]
pub struct Reader<R> {
    inner: R,
    offset: u64,
    max_record: u64,
    done: bool,
    line: Vec<u8>,
}

impl<R: BufRead> Reader<R> {
    /// A reader of an uncompressed WARC stream, with a 256 MiB limit on one record.
    pub fn new(inner: R) -> Self {
        Reader { inner, offset: 0, max_record: 256 << 20, done: false, line: Vec::new() }
    }

    /// Sets the largest record block to read into memory; larger ones are
    /// skipped and reported as [`WarcError::TooLarge`].
    pub fn max_record(mut self, bytes: u64) -> Self {
        self.max_record = bytes;
        self
    }

    /// Reads one line (with its line break) into `self.line`; `false` at the end.
    fn read_line(&mut self) -> io::Result<bool> {
        self.line.clear();
        let n = self.inner.read_until(b'\n', &mut self.line)?;
        self.offset += n as u64;
        Ok(n > 0)
    }

    fn next_record(&mut self) -> Result<Option<Record>, WarcError> {
        // Find the version line, skipping the blank lines between records and
        // any debris after a corrupt one.
        let start = loop {
            let at = self.offset;
            if !self.read_line()? {
                return Ok(None);
            }
            if self.line.starts_with(b"WARC/") {
                break at;
            }
        };
        let mut headers = Vec::new();
        loop {
            if !self.read_line()? {
                return Err(WarcError::Truncated { offset: start, expected: 0, got: 0 });
            }
            let line = String::from_utf8_lossy(&self.line);
            let line = line.trim_end_matches(['\r', '\n']);
            if line.is_empty() {
                break;
            }
            match line.split_once(':') {
                Some((k, v)) if !k.trim().is_empty() && !k.contains(' ') => {
                    headers.push((k.trim().to_owned(), v.trim().to_owned()))
                }
                _ => {
                    return Err(WarcError::Corrupt { offset: start, message: format!("bad header line {line:?}") });
                }
            }
        }
        let len = headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case("Content-Length"))
            .ok_or_else(|| WarcError::Corrupt { offset: start, message: "no Content-Length".into() })?
            .1
            .parse::<u64>()
            .map_err(|e| WarcError::Corrupt { offset: start, message: format!("bad Content-Length: {e}") })?;
        if len > self.max_record {
            let skipped = io::copy(&mut (&mut self.inner).take(len), &mut io::sink())?;
            self.offset += skipped;
            if skipped < len {
                self.done = true;
                return Err(WarcError::Truncated { offset: start, expected: len, got: skipped });
            }
            return Err(WarcError::TooLarge { offset: start, len, max: self.max_record });
        }
        let mut body = Vec::with_capacity(len as usize);
        let got = (&mut self.inner).take(len).read_to_end(&mut body)? as u64;
        self.offset += got;
        if got < len {
            self.done = true;
            return Err(WarcError::Truncated { offset: start, expected: len, got });
        }
        Ok(Some(Record { headers, body, offset: start }))
    }
}

impl<R: BufRead> Iterator for Reader<R> {
    type Item = Result<Record, WarcError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.done {
            return None;
        }
        match self.next_record() {
            Ok(Some(r)) => Some(Ok(r)),
            Ok(None) => {
                self.done = true;
                None
            }
            Err(e) => {
                if matches!(e, WarcError::Io(_)) {
                    self.done = true;
                }
                Some(Err(e))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(kind: &str, ctype: &str, block: &[u8]) -> Vec<u8> {
        let mut r = format!(
            "WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <urn:uuid:{}>\r\nContent-Type: {ctype}\r\nContent-Length: {}\r\n\r\n",
            block.len(),
            block.len()
        )
        .into_bytes();
        r.extend_from_slice(block);
        r.extend_from_slice(b"\r\n\r\n");
        r
    }

    fn http(headers: &str, body: &[u8]) -> Vec<u8> {
        let mut r = format!("HTTP/1.1 200 OK\r\n{headers}\r\n").into_bytes();
        r.extend_from_slice(body);
        r
    }

    #[test]
    fn reads_html_responses_and_skips_others() {
        let mut w = record("warcinfo", "application/warc-fields", b"software: test\r\n");
        w.extend(record("request", "application/http; msgtype=request", b"GET / HTTP/1.1\r\n\r\n"));
        w.extend(record("response", "application/http", &http("Content-Type: text/html\r\n", b"<p>Page one.</p>")));
        w.extend(record("response", "application/http", &http("Content-Type: image/png\r\n", b"\x89PNG")));
        let records: Vec<Record> = Reader::new(&w[..]).map(Result::unwrap).collect();
        assert_eq!(records.len(), 4);
        let html: Vec<Option<String>> = records.iter().map(Record::html).collect();
        assert_eq!(html, [None, None, Some("<p>Page one.</p>".into()), None]);
    }

    #[test]
    fn honours_the_http_charset_chunking_and_gzip() {
        let latin1 = http("Content-Type: text/html; charset=ISO-8859-1\r\n", b"<p>Caf\xe9</p>");
        let r = Record { headers: vec![("WARC-Type".into(), "response".into())], body: latin1, offset: 0 };
        assert_eq!(r.html().as_deref(), Some("<p>Café</p>"));

        let chunked =
            http("Content-Type: text/html\r\nTransfer-Encoding: chunked\r\n", b"4\r\n<p>a\r\n5\r\nb</p>\r\n0\r\n\r\n");
        let r = Record { body: chunked, ..r };
        assert_eq!(r.html().as_deref(), Some("<p>ab</p>"));

        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        std::io::Write::write_all(&mut gz, b"<p>zipped</p>").unwrap();
        let zipped = http("Content-Type: text/html\r\nContent-Encoding: gzip\r\n", &gz.finish().unwrap());
        let r = Record { body: zipped, ..r };
        assert_eq!(r.html().as_deref(), Some("<p>zipped</p>"));
    }

    #[test]
    fn corrupt_record_is_reported_and_the_next_one_read() {
        let mut w = b"WARC/1.0\r\nWARC-Type: response\r\nthis is not a header\r\n\r\njunk\r\n\r\n".to_vec();
        w.extend(record("response", "application/http", &http("Content-Type: text/html\r\n", b"<p>Two.</p>")));
        let items: Vec<_> = Reader::new(&w[..]).collect();
        assert_eq!(items.len(), 2);
        assert!(matches!(items[0], Err(WarcError::Corrupt { offset: 0, .. })));
        assert_eq!(items[1].as_ref().unwrap().html().as_deref(), Some("<p>Two.</p>"));
    }

    #[test]
    fn truncated_record_ends_the_stream_with_an_error() {
        let mut w = record("response", "application/http", &http("Content-Type: text/html\r\n", b"<p>One.</p>"));
        let full = record("response", "application/http", &http("Content-Type: text/html\r\n", b"<p>Two, cut.</p>"));
        w.extend_from_slice(&full[..full.len() - 12]);
        let items: Vec<_> = Reader::new(&w[..]).collect();
        assert_eq!(items.len(), 2);
        assert!(items[0].is_ok());
        assert!(matches!(items[1], Err(WarcError::Truncated { .. })), "{:?}", items[1]);
    }

    #[test]
    fn oversized_records_are_skipped_not_buffered() {
        let mut w = record("response", "application/http", &http("Content-Type: text/html\r\n", &[b'x'; 5000]));
        w.extend(record("response", "application/http", &http("Content-Type: text/html\r\n", b"<p>Small.</p>")));
        let items: Vec<_> = Reader::new(&w[..]).max_record(1000).collect();
        assert!(matches!(items[0], Err(WarcError::TooLarge { len: 5044, max: 1000, .. })), "{:?}", items[0]);
        assert_eq!(items[1].as_ref().unwrap().html().as_deref(), Some("<p>Small.</p>"));
    }
}
