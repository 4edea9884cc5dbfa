//! Per-filter totals of what a run removed, for audits and `--stats`.

use std::collections::BTreeMap;
use std::fmt;

use crate::report::{Action, Removal, Sink};

/// Totals for one filter.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct FilterStats {
    /// Documents in which the filter removed or split anything.
    pub documents: u64,
    /// Removals (a block, a line, an element or a word each).
    pub removals: u64,
    /// Words removed.
    pub words: u64,
    /// Bytes removed.
    pub bytes: u64,
    /// Blocks split in two (nothing removed).
    pub splits: u64,
}

/// A [`Sink`] that counts, per filter, what was removed across documents.
///
/// Call [`Stats::end_document`] after each document so that
/// [`FilterStats::documents`] counts documents, not removals; merge the
/// stats of several threads with [`Stats::merge`].
///
/// ```
/// let mut stats = unclutter::Stats::new();
/// unclutter::clean_text_with("Share\n\nIt rained.\n\nAdvertisement", &mut stats);
/// stats.end_document();
/// unclutter::clean_text_with("Tweet\n\nIt was crucial in in May.", &mut stats);
/// stats.end_document();
/// let share = stats.get("share_buttons").unwrap();
/// assert_eq!((share.documents, share.removals, share.words), (2, 2, 2));
/// assert_eq!(stats.get("duplicate_words").unwrap().words, 1);
/// assert_eq!(stats.documents(), 2);
/// ```
#[derive(Debug, Clone, Default)]
pub struct Stats {
    filters: BTreeMap<String, FilterStats>,
    touched: Vec<String>,
    documents: u64,
}

impl Stats {
    /// Empty totals.
    pub fn new() -> Self {
        Stats::default()
    }

    /// Ends one document: every filter that touched it counts it once.
    pub fn end_document(&mut self) {
        self.documents += 1;
        for name in self.touched.drain(..) {
            if let Some(s) = self.filters.get_mut(&name) {
                s.documents += 1;
            }
        }
    }

    /// Adds another run's totals to these.
    ///
    /// ```
    /// let mut a = unclutter::Stats::new();
    /// unclutter::clean_text_with("Share\n\nHi.", &mut a);
    /// a.end_document();
    /// let mut b = a.clone();
    /// b.merge(&a);
    /// assert_eq!(b.get("share_buttons").unwrap().documents, 2);
    /// assert_eq!(b.documents(), 2);
    /// ```
    pub fn merge(&mut self, other: &Stats) {
        self.documents += other.documents;
        for (name, o) in &other.filters {
            let s = self.filters.entry(name.clone()).or_default();
            s.documents += o.documents;
            s.removals += o.removals;
            s.words += o.words;
            s.bytes += o.bytes;
            s.splits += o.splits;
        }
    }

    /// The totals of one filter, if it touched anything.
    pub fn get(&self, filter: &str) -> Option<&FilterStats> {
        self.filters.get(filter)
    }

    /// Every filter that touched anything, by name.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &FilterStats)> {
        self.filters.iter().map(|(k, v)| (k.as_str(), v))
    }

    /// How many documents were ended.
    pub fn documents(&self) -> u64 {
        self.documents
    }
}

impl Sink for Stats {
    fn removal(&mut self, r: &Removal<'_>) {
        let s = match self.filters.get_mut(r.filter) {
            Some(s) => s,
            None => self.filters.entry(r.filter.to_owned()).or_default(),
        };
        match r.action {
            Action::Split => s.splits += 1,
            _ => {
                s.removals += 1;
                s.words += r.text.split_whitespace().count() as u64;
                s.bytes += r.text.len() as u64;
            }
        }
        if !self.touched.iter().any(|t| t == r.filter) {
            self.touched.push(r.filter.to_owned());
        }
    }
}

/// A table: one line per filter with documents, removals, words, bytes and splits.
///
/// ```
/// let mut stats = unclutter::Stats::new();
/// unclutter::clean_text_with("Share\n\nHi.", &mut stats);
/// stats.end_document();
/// let table = stats.to_string();
/// assert!(table.lines().nth(1).unwrap().starts_with("share_buttons"));
/// ```
impl fmt::Display for Stats {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "{:<18} {:>10} {:>10} {:>12} {:>14} {:>8}",
            "filter", "documents", "removals", "words", "bytes", "splits"
        )?;
        for (name, s) in &self.filters {
            writeln!(
                f,
                "{:<18} {:>10} {:>10} {:>12} {:>14} {:>8}",
                name, s.documents, s.removals, s.words, s.bytes, s.splits
            )?;
        }
        Ok(())
    }
}
