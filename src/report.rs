//! What was removed, by which filter, and why.
//!
//! Every filter reports each removal or edit to a [`Sink`]. A sink that
//! discards ([`Discard`]) costs nothing: the [`Removal`] it is handed borrows
//! the removed text, so nothing is allocated unless the sink keeps it.
//! [`Report`] collects removals; any `FnMut(&Removal)` closure is a sink too.
//!
//! ```
//! use unclutter::{Pipeline, Report};
//!
//! let mut report = Report::new();
//! let text = unclutter::clean_text_with("Advertisement\n\nThe vote passed.", &mut report);
//! assert_eq!(text, "The vote passed.");
//! assert_eq!(report.removals()[0].filter, "ad_markers");
//! assert_eq!(report.removals()[0].text, "Advertisement");
//! ```

use std::fmt;

/// How a filter changed the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Action {
    /// The text was dropped.
    Removed,
    /// A block was split in two at this text (nothing was dropped).
    Split,
}

impl Action {
    /// A short lower-case name: `removed` or `split`.
    ///
    /// ```
    /// assert_eq!(unclutter::Action::Split.as_str(), "split");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            Action::Removed => "removed",
            Action::Split => "split",
        }
    }
}

/// One removal or edit, as a filter reports it.
///
/// ```
/// use unclutter::{Action, Removal};
///
/// let r = Removal::removed("ad_markers", "advertisement marker", "ADVERTISEMENT");
/// assert_eq!(r.action, Action::Removed);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Removal<'a> {
    /// The name of the filter that made the change.
    pub filter: &'a str,
    /// Why, in a few words.
    pub reason: &'a str,
    /// The text removed, or for a split, the text that now starts a new block.
    pub text: &'a str,
    /// What was done to `text`.
    pub action: Action,
}

impl<'a> Removal<'a> {
    /// A removal of `text` by `filter` for `reason`.
    ///
    /// ```
    /// let r = unclutter::Removal::removed("f", "why", "gone");
    /// assert_eq!(r.text, "gone");
    /// ```
    pub fn removed(filter: &'a str, reason: &'a str, text: &'a str) -> Self {
        Removal { filter, reason, text, action: Action::Removed }
    }

    /// A split of a block before `text`.
    ///
    /// ```
    /// let r = unclutter::Removal::split("glued_headlines", "heading glued to paragraph", "President");
    /// assert_eq!(r.action, unclutter::Action::Split);
    /// ```
    pub fn split(filter: &'a str, reason: &'a str, text: &'a str) -> Self {
        Removal { filter, reason, text, action: Action::Split }
    }
}

/// Receives every removal a filter makes.
///
/// Implemented by [`Report`], [`Discard`] and any `FnMut(&Removal<'_>)`.
///
/// ```
/// let mut n = 0;
/// let mut count = |_: &unclutter::Removal<'_>| n += 1;
/// unclutter::clean_text_with("Share\n\nIt rained.\n\nAdvertisement", &mut count);
/// assert_eq!(n, 2);
/// ```
pub trait Sink {
    /// Called once per removal, in document order within each filter.
    fn removal(&mut self, removal: &Removal<'_>);

    /// Whether this sink looks at removals at all. Filters may skip building
    /// the text of a removal (the text of a dropped HTML subtree, say) when
    /// it does not.
    fn enabled(&self) -> bool {
        true
    }
}

impl<F: FnMut(&Removal<'_>)> Sink for F {
    fn removal(&mut self, removal: &Removal<'_>) {
        self(removal)
    }
}

/// A sink that throws every removal away; what [`clean`](crate::clean) uses.
///
/// ```
/// let text = unclutter::clean_text_with("Share\n\nHello.", &mut unclutter::Discard);
/// assert_eq!(text, "Hello.");
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct Discard;

impl Sink for Discard {
    #[inline]
    fn removal(&mut self, _: &Removal<'_>) {}

    fn enabled(&self) -> bool {
        false
    }
}

/// An owned record of one removal, as kept by [`Report`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// The filter that made the change.
    pub filter: String,
    /// Why.
    pub reason: String,
    /// The text removed (or, for a split, where the new block starts).
    pub text: String,
    /// What was done.
    pub action: Action,
}

/// A sink that keeps every removal, for explaining or auditing a run.
///
/// ```
/// let mut report = unclutter::Report::new();
/// unclutter::clean_text_with("Tweet\n\nIt was crucial in in May.", &mut report);
/// let filters: Vec<&str> = report.removals().iter().map(|e| e.filter.as_str()).collect();
/// assert_eq!(filters, ["share_buttons", "duplicate_words"]);
/// ```
#[derive(Debug, Clone, Default)]
pub struct Report {
    entries: Vec<Entry>,
}

impl Report {
    /// An empty report.
    ///
    /// ```
    /// assert!(unclutter::Report::new().is_empty());
    /// ```
    pub fn new() -> Self {
        Report::default()
    }

    /// The removals, in the order they were made.
    ///
    /// ```
    /// assert!(unclutter::Report::new().removals().is_empty());
    /// ```
    pub fn removals(&self) -> &[Entry] {
        &self.entries
    }

    /// Whether nothing was removed.
    ///
    /// ```
    /// let mut r = unclutter::Report::new();
    /// unclutter::clean_text_with("Nothing to see here.", &mut r);
    /// assert!(r.is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Forgets every removal, keeping the allocation for reuse.
    ///
    /// ```
    /// let mut r = unclutter::Report::new();
    /// unclutter::clean_text_with("Share\n\nHi.", &mut r);
    /// r.clear();
    /// assert!(r.is_empty());
    /// ```
    pub fn clear(&mut self) {
        self.entries.clear();
    }
}

impl Sink for Report {
    fn removal(&mut self, r: &Removal<'_>) {
        self.entries.push(Entry {
            filter: r.filter.to_owned(),
            reason: r.reason.to_owned(),
            text: r.text.to_owned(),
            action: r.action,
        });
    }
}

/// One line per removal: `filter: reason: "text"`.
impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for e in &self.entries {
            writeln!(f, "{} {}: {}: {:?}", e.filter, e.action.as_str(), e.reason, e.text)?;
        }
        Ok(())
    }
}
