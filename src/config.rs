//! A configuration you can version: which filters run, in what order, with
//! what extra phrases, patterns, selectors and phrases to keep, as TOML.
//!
//! ```
//! use unclutter::{Config, Pipeline};
//!
//! let config = Config::from_toml(r#"
//!     [pipeline]
//!     filters = ["whitespace", "share_buttons", "ad_markers"]
//!     [discard]
//!     ad_phrases = ["Anzeige"]
//! "#)?;
//! let p = Pipeline::from_config(&config)?;
//! assert_eq!(p.clean_text("Anzeige\n\nDer Rat tagte in in Bonn.\n\nShare"), "Der Rat tagte in in Bonn.");
//! # Ok::<(), unclutter::Error>(())
//! ```
//!
//! [`Config::default_toml`] is the default configuration as a commented file
//! (what `unclutter --print-config` prints); it parses back to
//! [`Config::default`].

use std::sync::Arc;

use aho_corasick::AhoCorasick;
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::filter::BlockRule;
use crate::pipeline::{Pipeline, PipelineBuilder};
use crate::text::{
    AdMarkers, Banners, DiscardRules, DuplicateWords, GluedHeadlines, Navigation, RelatedTeasers, ShareButtons,
    Whitespace,
};

/// The text filters a configuration can name, in their default order.
pub const FILTERS: &[&str] = &[
    "whitespace",
    "glued_headlines",
    "share_buttons",
    "ad_markers",
    "related_teasers",
    "banners",
    "navigation",
    "duplicate_words",
];

/// The whole configuration. Every section and key is optional; what is left
/// out keeps its default. Unknown keys are errors.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
#[non_exhaustive]
pub struct Config {
    /// Which text filters run, and how often.
    pub pipeline: PipelineConfig,
    /// Extra blocks and lines to remove.
    pub discard: DiscardConfig,
    /// Text no block filter may remove.
    pub keep: KeepConfig,
    /// The HTML path.
    pub html: HtmlConfig,
}

/// `[pipeline]`: the text filters.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
#[non_exhaustive]
pub struct PipelineConfig {
    /// The text filters, in the order they run; leave one out to turn it off.
    pub filters: Vec<String>,
    /// How many times, at most, the filters run over a document to reach a fixed point (1 to 64).
    pub max_passes: usize,
}

impl Default for PipelineConfig {
    fn default() -> Self {
        PipelineConfig { filters: FILTERS.iter().map(|&f| f.to_owned()).collect(), max_passes: 4 }
    }
}

/// `[discard]`: blocks and lines to remove besides what the filters find.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
#[non_exhaustive]
pub struct DiscardConfig {
    /// Extra advertisement markers, matched as whole blocks or lines.
    pub ad_phrases: Vec<String>,
    /// Extra share or social widget labels, matched as whole blocks or lines.
    pub share_phrases: Vec<String>,
    /// Any other phrases, matched as whole blocks or lines.
    pub phrases: Vec<String>,
    /// Regular expressions a whole block or line must match to be removed.
    pub patterns: Vec<String>,
}

/// `[keep]`: what the block filters must spare.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
#[non_exhaustive]
pub struct KeepConfig {
    /// A block or line containing one of these phrases (ignoring case) is
    /// never removed by `share_buttons`, `ad_markers`, `related_teasers`,
    /// `banners`, `navigation` or the discard rules.
    pub phrases: Vec<String>,
}

/// `[html]`: the HTML path.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
#[non_exhaustive]
pub struct HtmlConfig {
    /// CSS selectors of elements to drop before extraction.
    pub drop_selectors: Vec<String>,
}

const DEFAULT_TOML: &str = r#"# unclutter configuration. Every key is optional: what is left out keeps
# the default shown here. Load it with `unclutter --config FILE` or
# `unclutter::Pipeline::from_config`.

[pipeline]
# The text filters, in the order they run. Leave a name out to turn that
# filter off. Known: whitespace, glued_headlines, share_buttons, ad_markers,
# related_teasers, banners, navigation, duplicate_words.
filters = ["whitespace", "glued_headlines", "share_buttons", "ad_markers", "related_teasers", "banners", "navigation", "duplicate_words"]
# How many times, at most, the filters run over a document until nothing
# changes (1 to 64).
max_passes = 4

[discard]
# Extra advertisement markers, matched as whole blocks or lines, ignoring
# case, spacing and punctuation at the ends, e.g. ["Anzeige", "Publicidad"].
ad_phrases = []
# Extra share or social labels, matched the same way, e.g. ["Teilen"].
share_phrases = []
# Any other phrases to remove, matched the same way.
phrases = []
# Regular expressions (Rust regex syntax) that a whole block or line must
# match to be removed, e.g. ['Foto: .{1,60}'].
patterns = []

[keep]
# A block or line containing one of these phrases (ignoring case) is never
# removed by share_buttons, ad_markers, related_teasers, banners, navigation or the
# discard rules.
phrases = []

[html]
# CSS selectors of elements to drop from HTML before extraction,
# e.g. [".byline", "div.related-box"].
drop_selectors = []
"#;

impl Config {
    /// Reads a configuration from TOML. Unknown keys and values of the wrong
    /// type are errors that name the key.
    ///
    /// ```
    /// let err = unclutter::Config::from_toml("[pipeline]\nmax_pases = 3").unwrap_err();
    /// assert!(err.to_string().contains("unknown field `max_pases`"), "{err}");
    /// ```
    pub fn from_toml(text: &str) -> Result<Config> {
        toml::from_str(text).map_err(|e| Error::Config { message: e.to_string().trim_end().to_owned() })
    }

    /// The configuration as TOML, without comments.
    ///
    /// ```
    /// let c = unclutter::Config::default();
    /// assert_eq!(unclutter::Config::from_toml(&c.to_toml())?, c);
    /// # Ok::<(), unclutter::Error>(())
    /// ```
    pub fn to_toml(&self) -> String {
        toml::to_string(self).unwrap_or_default()
    }

    /// The default configuration as a commented TOML file.
    ///
    /// ```
    /// let text = unclutter::Config::default_toml();
    /// assert_eq!(unclutter::Config::from_toml(text)?, unclutter::Config::default());
    /// # Ok::<(), unclutter::Error>(())
    /// ```
    pub fn default_toml() -> &'static str {
        DEFAULT_TOML
    }

    /// Checks every value, naming the key of the first bad one.
    ///
    /// ```
    /// let mut c = unclutter::Config::default();
    /// c.pipeline.filters.push("spam_filter".into());
    /// assert!(c.validate().unwrap_err().to_string().contains("pipeline.filters"));
    /// ```
    pub fn validate(&self) -> Result<()> {
        Pipeline::from_config(self).map(drop)
    }
}

/// A block rule that spares blocks and lines containing any of some phrases.
#[derive(Debug)]
struct Sparing<R> {
    rule: R,
    keep: Arc<AhoCorasick>,
}

impl<R: BlockRule> BlockRule for Sparing<R> {
    fn name(&self) -> &str {
        self.rule.name()
    }

    fn verdict(&self, block: &str) -> Option<&'static str> {
        let why = self.rule.verdict(block)?;
        (!self.keep.is_match(block)).then_some(why)
    }

    fn line_verdict(&self, line: &str) -> Option<&'static str> {
        let why = self.rule.line_verdict(line)?;
        (!self.keep.is_match(line)).then_some(why)
    }
}

fn invalid(name: &str, message: impl Into<String>) -> Error {
    Error::InvalidValue { name: name.to_owned(), message: message.into() }
}

impl Pipeline {
    /// Builds the pipeline a [`Config`] describes.
    ///
    /// ```
    /// let mut c = unclutter::Config::default();
    /// c.pipeline.max_passes = 0;
    /// let err = unclutter::Pipeline::from_config(&c).unwrap_err();
    /// assert_eq!(err.to_string(), "invalid value for `pipeline.max_passes`: must be from 1 to 64, not 0");
    /// ```
    pub fn from_config(config: &Config) -> Result<Pipeline> {
        let p = &config.pipeline;
        if !(1..=64).contains(&p.max_passes) {
            return Err(invalid("pipeline.max_passes", format!("must be from 1 to 64, not {}", p.max_passes)));
        }
        let keep: Vec<&String> = config.keep.phrases.iter().filter(|k| !k.trim().is_empty()).collect();
        let keep = (!keep.is_empty())
            .then(|| {
                AhoCorasick::builder()
                    .ascii_case_insensitive(true)
                    .build(&keep)
                    .map(Arc::new)
                    .map_err(|e| invalid("keep.phrases", e.to_string()))
            })
            .transpose()?;
        let mut builder = Pipeline::builder().max_passes(p.max_passes);
        fn add<R: BlockRule + 'static>(
            b: PipelineBuilder,
            rule: R,
            keep: &Option<Arc<AhoCorasick>>,
        ) -> PipelineBuilder {
            match keep {
                Some(keep) => b.filter(Sparing { rule, keep: Arc::clone(keep) }),
                None => b.filter(rule),
            }
        }
        for (i, name) in p.filters.iter().enumerate() {
            if p.filters[..i].contains(name) {
                return Err(invalid("pipeline.filters", format!("`{name}` is listed twice")));
            }
            builder = match name.as_str() {
                "whitespace" => builder.filter(Whitespace),
                "glued_headlines" => builder.filter(GluedHeadlines),
                "share_buttons" => add(builder, ShareButtons, &keep),
                "ad_markers" => add(builder, AdMarkers, &keep),
                "related_teasers" => add(builder, RelatedTeasers, &keep),
                "banners" => add(builder, Banners, &keep),
                "navigation" => add(builder, Navigation, &keep),
                "duplicate_words" => builder.filter(DuplicateWords),
                other => {
                    return Err(invalid(
                        "pipeline.filters",
                        format!("no filter named `{other}`; known: {}", FILTERS.join(", ")),
                    ))
                }
            };
        }
        let d = &config.discard;
        for (key, list) in [
            ("discard.ad_phrases", &d.ad_phrases),
            ("discard.share_phrases", &d.share_phrases),
            ("discard.phrases", &d.phrases),
            ("keep.phrases", &config.keep.phrases),
        ] {
            if list.iter().any(|p| p.trim().is_empty()) {
                return Err(invalid(key, "phrases must not be empty"));
            }
        }
        let rules = DiscardRules::new()
            .ad_phrases(&d.ad_phrases)
            .share_phrases(&d.share_phrases)
            .phrases(&d.phrases)
            .patterns(&d.patterns)?;
        if !rules.is_empty() {
            // Right after white space is normalised, or first.
            let at = p.filters.iter().position(|f| f == "whitespace").map_or(0, |i| i + 1);
            builder = match &keep {
                Some(keep) => builder.insert(at, Sparing { rule: rules, keep: Arc::clone(keep) }),
                None => builder.insert(at, rules),
            };
        }
        for sel in &config.html.drop_selectors {
            builder = builder.drop_selector(sel)?;
        }
        Ok(builder.build())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_config_builds_the_default_pipeline() {
        let p = Pipeline::from_config(&Config::default()).unwrap();
        let names: Vec<&str> = p.filter_names().collect();
        assert_eq!(names, Pipeline::default().filter_names().collect::<Vec<_>>());
    }

    #[test]
    fn keep_phrases_spare_blocks_from_block_filters() {
        let c = Config::from_toml("[keep]\nphrases = [\"advertisement\"]").unwrap();
        let p = Pipeline::from_config(&c).unwrap();
        assert_eq!(p.clean_text("Advertisement\n\nText."), "Advertisement\n\nText.");
        assert_eq!(p.clean_text("Share\n\nText."), "Text.");
    }

    #[test]
    fn each_bad_value_names_its_key() {
        let cases = [
            ("[pipeline]\nfilters = [\"nope\"]", "pipeline.filters"),
            ("[pipeline]\nfilters = [\"whitespace\", \"whitespace\"]", "pipeline.filters"),
            ("[pipeline]\nmax_passes = 100", "pipeline.max_passes"),
            ("[discard]\nad_phrases = [\" \"]", "discard.ad_phrases"),
            ("[discard]\npatterns = [\"(\"]", "invalid pattern `(`"),
            ("[html]\ndrop_selectors = [\"p[\"]", "invalid CSS selector `p[`"),
            ("[keep]\nphrases = [\"\"]", "keep.phrases"),
        ];
        for (toml, key) in cases {
            let err = Config::from_toml(toml).and_then(|c| Pipeline::from_config(&c)).unwrap_err();
            assert!(err.to_string().contains(key), "{toml}: {err}");
        }
    }

    #[test]
    fn wrong_types_and_unknown_keys_name_the_key() {
        let cases = [
            ("[pipeline]\nmax_passes = \"4\"", "max_passes"),
            ("[discard]\nphrases = \"Anzeige\"", "phrases"),
            ("[htm]\ndrop_selectors = []", "unknown field `htm`"),
            ("[keep]\nphrase = []", "unknown field `phrase`"),
            ("not toml at all", "expected"),
        ];
        for (toml, needle) in cases {
            let err = Config::from_toml(toml).unwrap_err().to_string();
            assert!(err.contains(needle), "{toml}: {err}");
        }
    }
}
