//! Turns scraped web content, raw HTML or already-extracted text, into clean
//! article text.
//!
//! ```
//! let scraped = "Share\n\nThe talks ended late.\n\nAdvertisement\n\nIt was crucial in in that period.";
//! assert_eq!(unclutter::clean(scraped), "The talks ended late.\n\nIt was crucial in that period.");
//! ```
//!
//! # Overview
//! [`clean`] sniffs whether its input is HTML or text and runs the default
//! [`Pipeline`]; [`clean_text`] and [`clean_html`] skip the sniffing. Text
//! comes back with paragraphs separated by one blank line. Cleaning never
//! fails and never panics: bad HTML is still HTML.
//!
//! The default pipeline removes, in this order (see [`text`] for each):
//! glued headlines ([`text::GluedHeadlines`]), share buttons
//! ([`text::ShareButtons`]), ad markers ([`text::AdMarkers`]), related-article
//! teasers ([`text::RelatedTeasers`]), cookie, newsletter and subscriber
//! prompts ([`text::Banners`]), navigation and page-tool links
//! ([`text::Navigation`]) and doubled words
//! ([`text::DuplicateWords`]), after normalising white space
//! ([`text::Whitespace`]). It keeps text that merely looks like noise:
//! "Share prices fell", "He had had enough", "iPhone".
//!
//! # Custom pipelines
//! ```
//! use unclutter::{PipelineBuilder, text::AdMarkers};
//!
//! let pipeline = PipelineBuilder::default_filters().without("duplicate_words")?.build();
//! assert_eq!(pipeline.clean_text("It is is so.\n\nTweet"), "It is is so.");
//! # Ok::<(), unclutter::Error>(())
//! ```
//!
//! # Writing a filter
//! Implement [`BlockRule`] for a rule that judges one block (or line) at a
//! time, or [`TextFilter`] for anything else; both plug into the builder. See
//! `examples/custom_filter.rs`.
//! ```
//! use unclutter::{BlockRule, PipelineBuilder};
//!
//! #[derive(Debug)]
//! struct NoCookieBanners;
//! impl BlockRule for NoCookieBanners {
//!     fn name(&self) -> &str { "no_cookie_banners" }
//!     fn verdict(&self, block: &str) -> Option<&'static str> {
//!         block.starts_with("We use cookies").then_some("cookie banner")
//!     }
//! }
//!
//! let p = PipelineBuilder::default_filters().filter(NoCookieBanners).build();
//! assert_eq!(p.clean_text("We use cookies to improve.\n\nReal text."), "Real text.");
//! ```
//!
//! # Reporting
//! Every filter reports each removal to a [`Sink`]: the filter's name, the
//! reason and the removed text. [`Report`] collects them; closures work too.
//! ```
//! let mut report = unclutter::Report::new();
//! unclutter::clean_with("Advertisement\n\nText.", &mut report);
//! assert_eq!(report.removals()[0].reason, "advertisement marker");
//! ```
//!
//! # Performance
//! Filters are built once; patterns are compiled once, in statics. Text that
//! no filter changes comes back borrowed ([`std::borrow::Cow`]), without
//! allocating. [`Pipeline`] is `Send + Sync`, so one value serves every thread.
//! When a filter changes the text, it says where ([`changes::Edit`]); the
//! pipeline runs the filters again until nothing changes, and tells each one
//! which parts of the text are new to it ([`changes::Dirty`]), so a block rule
//! judges again only the blocks that changed. A filter that knows nothing of
//! this ([`TextFilter::filter_tracked`]'s default) still works: it runs whole.
//!
//! # Crate features
//! - `cli` (default): the `unclutter` command-line tool and its dependencies.
//!   Library users can set `default-features = false`.

#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![warn(missing_debug_implementations)]

use std::borrow::Cow;
use std::sync::LazyLock;

pub mod changes;
mod config;
mod error;
pub mod filter;
pub mod html;
pub mod jsonl;
mod pipeline;
mod report;
mod scan;
mod stats;
pub mod stream;
#[cfg(test)]
mod testing;
pub mod text;
pub mod warc;

pub use config::{Config, DiscardConfig, HtmlConfig, KeepConfig, PipelineConfig};
pub use error::{Error, Result};
pub use filter::{BlockRule, TextFilter};
pub use pipeline::{Input, OutputFormat, Pipeline, PipelineBuilder};
pub use report::{Action, Discard, Entry, Removal, Report, Sink};
pub use stats::{FilterStats, Stats};

static DEFAULT: LazyLock<Pipeline> = LazyLock::new(Pipeline::default);

/// The default pipeline, built once and shared.
///
/// ```
/// assert!(unclutter::default_pipeline().filter_names().any(|n| n == "share_buttons"));
/// ```
pub fn default_pipeline() -> &'static Pipeline {
    &DEFAULT
}

/// Cleans `input` with the default pipeline, sniffing whether it is HTML or text.
///
/// ```
/// assert_eq!(unclutter::clean("<p>One.</p><p>Advertisement</p>"), "One.");
/// assert_eq!(unclutter::clean("One.\n\nAdvertisement"), "One.");
/// ```
pub fn clean(input: &str) -> Cow<'_, str> {
    DEFAULT.clean(input)
}

/// [`clean`], reporting every removal to `sink`.
///
/// ```
/// let mut report = unclutter::Report::new();
/// unclutter::clean_with("Tweet\n\nText.", &mut report);
/// assert_eq!(report.removals()[0].filter, "share_buttons");
/// ```
pub fn clean_with<'a>(input: &'a str, sink: &mut dyn Sink) -> Cow<'a, str> {
    DEFAULT.clean_with(input, sink)
}

/// Cleans plain text with the default pipeline.
///
/// ```
/// assert_eq!(unclutter::clean_text("It was was crucial in in May."), "It was was crucial in May.");
/// ```
pub fn clean_text(text: &str) -> Cow<'_, str> {
    DEFAULT.clean_text(text)
}

/// [`clean_text`], reporting every removal to `sink`.
///
/// ```
/// let mut n = 0;
/// unclutter::clean_text_with("Print\n\nText.", &mut |_: &unclutter::Removal<'_>| n += 1);
/// assert_eq!(n, 1);
/// ```
pub fn clean_text_with<'a>(text: &'a str, sink: &mut dyn Sink) -> Cow<'a, str> {
    DEFAULT.clean_text_with(text, sink)
}

/// Extracts and cleans the text of an HTML page with the default pipeline.
///
/// ```
/// assert_eq!(unclutter::clean_html("<h1>Title</h1><p>Body.</p><p>Share</p>"), "Title\n\nBody.");
/// ```
pub fn clean_html(html: &str) -> String {
    DEFAULT.clean_html(html)
}

/// [`clean_html`], reporting every removal to `sink`.
///
/// ```
/// let mut report = unclutter::Report::new();
/// unclutter::clean_html_with("<p>Body.</p><button>Menu</button>", &mut report);
/// assert_eq!(report.removals()[0].filter, "non_content");
/// ```
pub fn clean_html_with(html: &str, sink: &mut dyn Sink) -> String {
    DEFAULT.clean_html_with(html, sink)
}

/// Cleans `input` with the default pipeline and returns Markdown (see
/// [`Pipeline::clean_markdown_with`]); links are left out.
///
/// ```
/// assert_eq!(unclutter::clean_markdown("<h1>Title</h1><p>A <b>bold</b> claim.</p>"), "# Title\n\nA **bold** claim.");
/// ```
pub fn clean_markdown(input: &str) -> String {
    DEFAULT.clean_markdown_with(input, Input::Sniff, false, &mut Discard)
}

/// Whether `input` looks like HTML: after white space and a byte-order mark it
/// starts with a doctype, a comment, or a tag, and holds a closing tag or a
/// known document element.
///
/// ```
/// assert!(unclutter::looks_like_html("<!DOCTYPE html><p>x</p>"));
/// assert!(unclutter::looks_like_html("  <div>x</div>"));
/// assert!(!unclutter::looks_like_html("<3 this article"));
/// assert!(!unclutter::looks_like_html("Plain text with <b> inside"));
/// ```
pub fn looks_like_html(input: &str) -> bool {
    let t = input.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{feff}');
    let mut end = t.len().min(1024);
    while !t.is_char_boundary(end) {
        end -= 1;
    }
    let head = &t[..end];
    let lower = head.to_ascii_lowercase();
    if lower.starts_with("<!doctype") || lower.starts_with("<html") || lower.starts_with("<?xml") {
        return true;
    }
    let mut chars = lower.chars();
    let tag_start = chars.next() == Some('<') && chars.next().is_some_and(|c| c.is_ascii_alphabetic() || c == '!');
    tag_start
        && (memchr::memmem::find(t.as_bytes(), b"</").is_some() || lower.contains("<body") || lower.contains("<head"))
}
