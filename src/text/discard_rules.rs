//! Removes blocks and lines that the user names: extra ad or share phrases in
//! another language or house style, any phrase, or a regular expression.
//!
//! A phrase matches a block or line that equals it, ignoring case, white
//! space, and punctuation at either end: `"Anzeige"` removes `ANZEIGE` and
//! `Anzeige:` but not `Anzeige aufgeben kostet nichts.` A pattern is a regular
//! expression that must match the whole trimmed block or line.

use std::collections::HashMap;

use regex::RegexSet;

use crate::error::{Error, Result};
use crate::filter::BlockRule;

/// Removes blocks and lines the user names; see the [module docs](self).
///
/// ```
/// use unclutter::{Pipeline, text::DiscardRules};
///
/// let rules = DiscardRules::new()
///     .ad_phrases(["Anzeige"])
///     .patterns([r"Foto: .{1,40}"])?;
/// let p = Pipeline::builder().filter(rules).build();
/// assert_eq!(p.clean_text("ANZEIGE\n\nDer Rat tagte.\n\nFoto: dpa"), "Der Rat tagte.");
/// # Ok::<(), unclutter::Error>(())
/// ```
#[derive(Debug, Clone, Default)]
pub struct DiscardRules {
    phrases: HashMap<String, &'static str>,
    patterns: Option<RegexSet>,
    longest: usize,
}

/// The key a phrase or block is looked up by: trimmed of white space and
/// punctuation, inner white space collapsed, lower-cased.
fn key(text: &str) -> String {
    let t = text.trim_matches(|c: char| c.is_whitespace() || c.is_ascii_punctuation() || c == '…');
    let mut out = String::with_capacity(t.len());
    for (i, w) in t.split_whitespace().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        out.extend(w.chars().flat_map(char::to_lowercase));
    }
    out
}

impl DiscardRules {
    /// No rules: removes nothing.
    pub fn new() -> Self {
        DiscardRules::default()
    }

    fn add(mut self, phrases: impl IntoIterator<Item = impl AsRef<str>>, reason: &'static str) -> Self {
        for p in phrases {
            let k = key(p.as_ref());
            if !k.is_empty() {
                self.longest = self.longest.max(p.as_ref().len());
                self.phrases.insert(k, reason);
            }
        }
        self
    }

    /// Phrases reported as advertisement markers.
    pub fn ad_phrases(self, phrases: impl IntoIterator<Item = impl AsRef<str>>) -> Self {
        self.add(phrases, "configured ad phrase")
    }

    /// Phrases reported as share or social widgets.
    pub fn share_phrases(self, phrases: impl IntoIterator<Item = impl AsRef<str>>) -> Self {
        self.add(phrases, "configured share phrase")
    }

    /// Any other phrases.
    pub fn phrases(self, phrases: impl IntoIterator<Item = impl AsRef<str>>) -> Self {
        self.add(phrases, "configured phrase")
    }

    /// Regular expressions (the `regex` crate's syntax) that a whole block or
    /// line must match to be removed.
    ///
    /// ```
    /// let err = unclutter::text::DiscardRules::new().patterns(["(unclosed"]).unwrap_err();
    /// assert!(err.to_string().starts_with("invalid pattern `(unclosed`"));
    /// ```
    pub fn patterns(mut self, patterns: impl IntoIterator<Item = impl AsRef<str>>) -> Result<Self> {
        let mut all: Vec<String> = self.patterns.take().map(|s| s.patterns().to_vec()).unwrap_or_default();
        for p in patterns {
            let p = p.as_ref();
            let anchored = format!("^(?:{p})$");
            regex::Regex::new(&anchored)
                .map_err(|e| Error::InvalidPattern { pattern: p.to_owned(), message: e.to_string() })?;
            all.push(anchored);
        }
        if !all.is_empty() {
            self.patterns = Some(
                RegexSet::new(&all)
                    .map_err(|e| Error::InvalidPattern { pattern: all.join(" | "), message: e.to_string() })?,
            );
        }
        Ok(self)
    }

    /// Whether there are no rules.
    pub fn is_empty(&self) -> bool {
        self.phrases.is_empty() && self.patterns.is_none()
    }
}

impl BlockRule for DiscardRules {
    fn name(&self) -> &str {
        "discard_rules"
    }

    fn verdict(&self, block: &str) -> Option<&'static str> {
        // A phrase is short: a long block cannot equal one (allowing for
        // punctuation and spacing around it).
        if !self.phrases.is_empty() && block.len() <= 2 * self.longest + 16 {
            if let Some(reason) = self.phrases.get(&key(block)) {
                return Some(reason);
            }
        }
        match &self.patterns {
            Some(set) if set.is_match(block.trim()) => Some("configured pattern"),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phrases_match_whole_blocks_only() {
        let r = DiscardRules::new().ad_phrases(["Anzeige"]).share_phrases(["Teilen auf X"]);
        assert_eq!(r.verdict("  ANZEIGE: "), Some("configured ad phrase"));
        assert_eq!(r.verdict("Teilen  auf x"), Some("configured share phrase"));
        assert_eq!(r.verdict("Anzeige aufgeben kostet nichts."), None);
        assert_eq!(r.verdict("Die Anzeige"), None);
    }

    #[test]
    fn patterns_are_anchored() {
        let r = DiscardRules::new().patterns([r"\d+ comments?"]).unwrap();
        assert_eq!(r.verdict("12 comments"), Some("configured pattern"));
        assert_eq!(r.verdict("He read 12 comments."), None);
    }

    #[test]
    fn empty_phrases_are_ignored() {
        let r = DiscardRules::new().phrases(["", " ... "]);
        assert!(r.is_empty());
        assert_eq!(r.verdict(""), None);
    }
}
