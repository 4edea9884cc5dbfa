//! [`Pipeline`], its [`PipelineBuilder`], and the default pipeline.

use std::borrow::Cow;
use std::fmt;
use std::ops::Range;

use crate::changes::{dirty_ranges, map_ranges_adding, Dirty, Edit};
use crate::error::{Error, Result};
use crate::filter::{is_same, judge_run, TextFilter};
use crate::report::{Discard, Sink};
use crate::text::{
    AdMarkers, Banners, DuplicateWords, GluedHeadlines, Navigation, RelatedTeasers, ShareButtons, Whitespace,
};

/// An ordered list of text filters, built once and used many times.
///
/// A `Pipeline` is `Send + Sync`: one value (or the default one behind
/// [`clean`](crate::clean)) can serve every thread.
///
/// ```
/// use unclutter::Pipeline;
///
/// let p = Pipeline::default();
/// assert_eq!(p.clean_text("Share\n\nIt rained.\n\nAdvertisement"), "It rained.");
/// ```
pub struct Pipeline {
    filters: Vec<Box<dyn TextFilter>>,
    /// For each filter, how many block rules stand in a row from it on.
    block_runs: Vec<usize>,
    max_passes: usize,
    drop_selectors: Vec<scraper::Selector>,
}

impl fmt::Debug for Pipeline {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Pipeline").field("filters", &self.filter_names().collect::<Vec<_>>()).finish()
    }
}

/// What is new to each of `n` filters when filter `i` is about to make the
/// first change: nothing to the filters before it, which have all left the
/// text as it was, and everything to the rest, which have not seen it.
fn first_dirty(n: usize, i: usize) -> Vec<Option<Vec<Range<usize>>>> {
    (0..n).map(|j| (j < i).then(Vec::new)).collect()
}

/// The default pipeline: [`Whitespace`], [`GluedHeadlines`], [`ShareButtons`],
/// [`AdMarkers`], [`RelatedTeasers`], [`Banners`], [`Navigation`], [`DuplicateWords`].
///
/// ```
/// let pipeline = unclutter::Pipeline::default();
/// let names: Vec<&str> = pipeline.filter_names().collect();
/// assert_eq!(names[0], "whitespace");
/// ```
impl Default for Pipeline {
    fn default() -> Self {
        PipelineBuilder::default_filters().build()
    }
}

impl Pipeline {
    /// An empty builder; add filters with [`PipelineBuilder::filter`].
    ///
    /// ```
    /// use unclutter::{Pipeline, text::AdMarkers};
    /// let p = Pipeline::builder().filter(AdMarkers).build();
    /// assert_eq!(p.filter_names().collect::<Vec<_>>(), ["ad_markers"]);
    /// ```
    pub fn builder() -> PipelineBuilder {
        PipelineBuilder { filters: Vec::new(), max_passes: DEFAULT_PASSES, drop_selectors: Vec::new() }
    }

    /// The names of the filters, in the order they run.
    ///
    /// ```
    /// assert_eq!(unclutter::Pipeline::builder().build().filter_names().count(), 0);
    /// ```
    pub fn filter_names(&self) -> impl Iterator<Item = &str> + '_ {
        self.filters.iter().map(|f| f.name())
    }

    /// Cleans plain text. Returns the input, borrowed, when no filter changes it.
    ///
    /// ```
    /// use std::borrow::Cow;
    /// let p = unclutter::Pipeline::default();
    /// assert!(matches!(p.clean_text("Already clean."), Cow::Borrowed(_)));
    /// ```
    pub fn clean_text<'a>(&self, text: &'a str) -> Cow<'a, str> {
        self.clean_text_with(text, &mut Discard)
    }

    /// Cleans plain text, reporting every removal to `sink`.
    ///
    /// ```
    /// let mut report = unclutter::Report::new();
    /// let out = unclutter::Pipeline::default().clean_text_with("Tweet\n\nHi.", &mut report);
    /// assert_eq!(out, "Hi.");
    /// assert_eq!(report.removals().len(), 1);
    /// ```
    ///
    /// The filters run in order; if they changed anything, they run again on
    /// the result, until a pass changes nothing or
    /// [`max_passes`](PipelineBuilder::max_passes) is reached. Removing a line
    /// can bring two doubled words together or shrink a block under a
    /// filter's size limit; running to a fixed point makes cleaning twice the
    /// same as cleaning once. Clean input takes one pass.
    ///
    /// A later pass runs a filter only if the text changed since it last
    /// ran (by another filter, or by itself if it is not idempotent), and
    /// tells it which parts changed ([`TextFilter::filter_tracked`]): a block
    /// rule judges only the blocks that changed, and a removal of whole
    /// lines is told as such
    /// ([`changes::dirty_ranges`](crate::changes::dirty_ranges)), so a filter
    /// of lines judges no line again there. Cleaning stops as soon as every
    /// filter has seen the text as it now stands. The result is the same as
    /// running whole passes.
    ///
    /// Block rules that stand in a row ([`TextFilter::block_rule`]), to
    /// which the same parts of the text are new (all of it, before they have
    /// seen it), run together, in one walk over those blocks; their removals
    /// are reported in document order, block by block, rather than one
    /// rule's after another's.
    pub fn clean_text_with<'a>(&self, text: &'a str, sink: &mut dyn Sink) -> Cow<'a, str> {
        let n = self.filters.len();
        let mut current = Cow::Borrowed(text);
        // For each filter, what is new to it in the current text: `None`
        // before it has run, else the ranges changed since it last ran (or
        // left the text as it was); an empty list means it has nothing to do.
        // Left empty until the first change, so clean text allocates nothing.
        let mut dirty: Vec<Option<Vec<Range<usize>>>> = Vec::new();
        let mut edits = Vec::new();
        // Steps of the first pass already taken by a run of block rules: up to this one.
        let mut ran_to = 0;
        let steps = self.filters.iter().enumerate().cycle().take(n.saturating_mul(self.max_passes));
        for (step, (i, f)) in steps.enumerate() {
            let quiet = match dirty.is_empty() {
                true => step == n,
                false => dirty.iter().all(|d| d.as_ref().is_some_and(Vec::is_empty)),
            };
            if quiet {
                break;
            }
            if step < ran_to {
                continue;
            }
            // A run of block rules to which the same parts of the text are new (all
            // of it, before they have seen it) walks those blocks once.
            let m = self.block_runs[i];
            let run_dirty = match dirty.get(i..i + m) {
                _ if m < 2 => None,
                None => Some(Dirty::All),
                Some([first, rest @ ..]) if rest.iter().all(|d| d == first) => match first {
                    None => Some(Dirty::All),
                    Some(ranges) if !ranges.is_empty() => Some(Dirty::Ranges(ranges)),
                    Some(_) => None,
                },
                Some(_) => None,
            };
            edits.clear();
            // Blocks a run of rules edited, each with the index in the run of the last rule that did.
            let mut run_edited = None;
            let (out, ran) = if let Some(told) = run_dirty {
                ran_to = step + m;
                let rules = self.filters[i..i + m].iter().filter_map(|f| f.block_rule());
                let out = match judge_run(rules, &current, told, sink, &mut edits) {
                    Some((out, edited)) => {
                        run_edited = Some(edited);
                        Cow::Owned(out)
                    }
                    None => Cow::Borrowed(&*current),
                };
                (out, i..i + m)
            } else {
                let told = match dirty.get(i) {
                    None | Some(None) => Dirty::All,
                    Some(Some(ranges)) if ranges.is_empty() => continue,
                    Some(Some(ranges)) => Dirty::Ranges(ranges),
                };
                (f.filter_tracked(&current, told, sink, &mut edits), i..i + 1)
            };
            if is_same(&current, &out) {
                for d in dirty.get_mut(ran).into_iter().flatten() {
                    *d = Some(Vec::new());
                }
                continue;
            }
            let out = out.into_owned();
            if edits.is_empty() {
                edits.push(Edit { input: 0..current.len(), output: 0..out.len() });
            }
            if dirty.is_empty() {
                dirty = first_dirty(n, i);
            }
            let made = dirty_ranges(&current, &out, &edits);
            for (j, d) in dirty.iter_mut().enumerate() {
                *d = match &run_edited {
                    // New to a rule of a run: the blocks a rule after it took lines out of.
                    Some(edited) if ran.contains(&j) => {
                        Some(edited.iter().filter(|e| i + e.by > j).map(|e| e.at.clone()).collect())
                    }
                    _ if j == i && f.is_idempotent() => Some(Vec::new()),
                    _ if j == i => Some(made.clone()),
                    _ => d.as_ref().map(|ranges| map_ranges_adding(ranges, &edits, &made)),
                };
            }
            current = Cow::Owned(out);
        }
        current
    }

    /// Extracts the text of an HTML page and cleans it.
    ///
    /// ```
    /// let p = unclutter::Pipeline::default();
    /// let html = "<p>One.</p><script>x()</script><p>Advertisement</p><p>Two.</p>";
    /// assert_eq!(p.clean_html(html), "One.\n\nTwo.");
    /// ```
    pub fn clean_html(&self, html: &str) -> String {
        self.clean_html_with(html, &mut Discard)
    }

    /// Extracts the text of an HTML page and cleans it, reporting every removal to `sink`.
    ///
    /// ```
    /// let mut report = unclutter::Report::new();
    /// let out = unclutter::Pipeline::default().clean_html_with("<p>Hi.</p><p>Share</p>", &mut report);
    /// assert_eq!(out, "Hi.");
    /// assert_eq!(report.removals()[0].text, "Share");
    /// ```
    pub fn clean_html_with(&self, html: &str, sink: &mut dyn Sink) -> String {
        let text = crate::html::extract_dropping(html, &self.drop_selectors, sink).text;
        match self.clean_text_with(&text, sink) {
            Cow::Borrowed(b) if b.len() == text.len() => text,
            cleaned => cleaned.into_owned(),
        }
    }

    /// Cleans `input`, treating it as HTML if it looks like HTML, else as text.
    ///
    /// ```
    /// let p = unclutter::Pipeline::default();
    /// assert_eq!(p.clean("<p>Hi.</p><p>Tweet</p>"), "Hi.");
    /// assert_eq!(p.clean("Hi.\n\nTweet"), "Hi.");
    /// ```
    pub fn clean<'a>(&self, input: &'a str) -> Cow<'a, str> {
        self.clean_with(input, &mut Discard)
    }

    /// [`clean`](Pipeline::clean), reporting every removal to `sink`.
    ///
    /// ```
    /// let mut n = 0;
    /// unclutter::Pipeline::default().clean_with("<p>Hi.</p><p>Tweet</p>", &mut |_: &unclutter::Removal<'_>| n += 1);
    /// assert_eq!(n, 1);
    /// ```
    pub fn clean_with<'a>(&self, input: &'a str, sink: &mut dyn Sink) -> Cow<'a, str> {
        if crate::looks_like_html(input) {
            Cow::Owned(self.clean_html_with(input, sink))
        } else {
            self.clean_text_with(input, sink)
        }
    }
    /// Cleans `input` and returns it as Markdown: from HTML, headings, lists,
    /// block quotes, code blocks, simple tables and emphasis keep their
    /// Markdown form, and with `links` so do links; text input comes back as
    /// the cleaned text. Every removal is reported to `sink`.
    ///
    /// ```
    /// use unclutter::{Discard, Input, Pipeline};
    ///
    /// let html = "<article><h2>Results</h2><p>It was <em>very</em> close.</p>\
    ///             <ul><li>First item</li><li>Second item</li></ul><p>Share</p></article>";
    /// let md = Pipeline::default().clean_markdown_with(html, Input::Sniff, false, &mut Discard);
    /// assert_eq!(md, "## Results\n\nIt was *very* close.\n\n- First item\n- Second item");
    /// ```
    pub fn clean_markdown_with(&self, input: &str, kind: Input, links: bool, sink: &mut dyn Sink) -> String {
        let html = match kind {
            Input::Html => true,
            Input::Text => false,
            Input::Sniff => crate::looks_like_html(input),
        };
        if !html {
            return self.clean_text_with(input, sink).into_owned();
        }
        let (doc, render) = crate::html::extract_markdown(input, &self.drop_selectors, links, sink);
        let cleaned = self.clean_text_with(&doc.text, sink);
        render(&cleaned)
    }

    /// The CSS selectors dropped before HTML extraction.
    pub(crate) fn drop_selectors(&self) -> &[scraper::Selector] {
        &self.drop_selectors
    }

    /// Cleans `input` as the given kind of [`Input`] into the given [`OutputFormat`],
    /// reporting every removal to `sink`.
    ///
    /// ```
    /// use unclutter::{Discard, Input, OutputFormat, Pipeline};
    ///
    /// let p = Pipeline::default();
    /// let md = p.clean_to("<h3>Note</h3><p>Text.</p>", Input::Sniff, OutputFormat::Markdown { links: false }, &mut Discard);
    /// assert_eq!(md, "### Note\n\nText.");
    /// ```
    pub fn clean_to<'a>(&self, input: &'a str, kind: Input, format: OutputFormat, sink: &mut dyn Sink) -> Cow<'a, str> {
        match format {
            OutputFormat::Markdown { links } => Cow::Owned(self.clean_markdown_with(input, kind, links, sink)),
            _ => self.clean_as(input, kind, sink),
        }
    }

    /// Cleans `input` as the given kind of [`Input`], reporting every removal to `sink`.
    ///
    /// ```
    /// use unclutter::{Discard, Input, Pipeline};
    ///
    /// let p = Pipeline::default();
    /// assert_eq!(p.clean_as("<p>Hi.</p>", Input::Text, &mut Discard), "<p>Hi.</p>");
    /// assert_eq!(p.clean_as("<p>Hi.</p>", Input::Html, &mut Discard), "Hi.");
    /// ```
    pub fn clean_as<'a>(&self, input: &'a str, kind: Input, sink: &mut dyn Sink) -> Cow<'a, str> {
        match kind {
            Input::Sniff => self.clean_with(input, sink),
            Input::Html => Cow::Owned(self.clean_html_with(input, sink)),
            Input::Text => self.clean_text_with(input, sink),
        }
    }
}

/// What a cleaned document comes out as, for [`Pipeline::clean_to`].
///
/// ```
/// assert_eq!(unclutter::OutputFormat::default(), unclutter::OutputFormat::Text);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum OutputFormat {
    /// Plain text, blocks separated by a blank line.
    #[default]
    Text,
    /// Markdown; see [`Pipeline::clean_markdown_with`].
    Markdown {
        /// Whether links keep their targets (`[text](url)`).
        links: bool,
    },
}

/// What kind of input a document is, for [`Pipeline::clean_as`].
///
/// ```
/// assert_eq!(unclutter::Input::default(), unclutter::Input::Sniff);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum Input {
    /// HTML if it [looks like HTML](crate::looks_like_html), else text.
    #[default]
    Sniff,
    /// An HTML page or fragment.
    Html,
    /// Already-extracted plain text.
    Text,
}

/// Builds a [`Pipeline`]: add, insert, remove and reorder filters.
///
/// ```
/// use unclutter::{Pipeline, PipelineBuilder, text::AdMarkers};
///
/// // The default pipeline without the duplicate-word filter, with ad markers first.
/// let p = PipelineBuilder::default_filters()
///     .without("duplicate_words")?
///     .without("ad_markers")?
///     .insert(0, AdMarkers)
///     .build();
/// assert_eq!(p.clean_text("Advertisement\n\nIt is is so."), "It is is so.");
/// # Ok::<(), unclutter::Error>(())
/// ```
pub struct PipelineBuilder {
    filters: Vec<Box<dyn TextFilter>>,
    max_passes: usize,
    drop_selectors: Vec<scraper::Selector>,
}

/// How many times, at most, the filters run over a text by default.
const DEFAULT_PASSES: usize = 4;

impl fmt::Debug for PipelineBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("PipelineBuilder")
            .field("filters", &self.filters.iter().map(|f| f.name()).collect::<Vec<_>>())
            .finish()
    }
}

impl PipelineBuilder {
    /// A builder holding the default filters, in the default order.
    ///
    /// ```
    /// let p = unclutter::PipelineBuilder::default_filters().build();
    /// assert_eq!(p.filter_names().count(), 8);
    /// ```
    pub fn default_filters() -> Self {
        Pipeline::builder()
            .filter(Whitespace)
            .filter(GluedHeadlines)
            .filter(ShareButtons)
            .filter(AdMarkers)
            .filter(RelatedTeasers)
            .filter(Banners)
            .filter(Navigation)
            .filter(DuplicateWords)
    }

    /// Appends a filter.
    ///
    /// ```
    /// let p = unclutter::Pipeline::builder().filter(unclutter::text::Whitespace).build();
    /// assert_eq!(p.clean_text(" a "), "a");
    /// ```
    pub fn filter(mut self, filter: impl TextFilter + 'static) -> Self {
        self.filters.push(Box::new(filter));
        self
    }

    /// Inserts a filter at `index` (clamped to the end).
    ///
    /// ```
    /// use unclutter::{PipelineBuilder, text::AdMarkers};
    /// let p = PipelineBuilder::default_filters().insert(0, AdMarkers).build();
    /// assert_eq!(p.filter_names().next(), Some("ad_markers"));
    /// ```
    pub fn insert(mut self, index: usize, filter: impl TextFilter + 'static) -> Self {
        let index = index.min(self.filters.len());
        self.filters.insert(index, Box::new(filter));
        self
    }

    /// Inserts a filter just before the filter called `name`.
    ///
    /// ```
    /// use unclutter::{PipelineBuilder, text::AdMarkers};
    /// let p = PipelineBuilder::default_filters().without("ad_markers")?.before("whitespace", AdMarkers)?.build();
    /// assert_eq!(p.filter_names().next(), Some("ad_markers"));
    /// # Ok::<(), unclutter::Error>(())
    /// ```
    pub fn before(self, name: &str, filter: impl TextFilter + 'static) -> Result<Self> {
        let i = self.position(name)?;
        Ok(self.insert(i, filter))
    }

    /// Inserts a filter just after the filter called `name`.
    ///
    /// ```
    /// use unclutter::{PipelineBuilder, text::AdMarkers};
    /// let p = PipelineBuilder::default_filters().without("ad_markers")?.after("duplicate_words", AdMarkers)?.build();
    /// assert_eq!(p.filter_names().last(), Some("ad_markers"));
    /// # Ok::<(), unclutter::Error>(())
    /// ```
    pub fn after(self, name: &str, filter: impl TextFilter + 'static) -> Result<Self> {
        let i = self.position(name)?;
        Ok(self.insert(i + 1, filter))
    }

    /// Removes the filter called `name`.
    ///
    /// ```
    /// let err = unclutter::PipelineBuilder::default_filters().without("nope").unwrap_err();
    /// assert!(matches!(err, unclutter::Error::UnknownFilter { .. }));
    /// ```
    pub fn without(mut self, name: &str) -> Result<Self> {
        let i = self.position(name)?;
        self.filters.remove(i);
        Ok(self)
    }

    fn position(&self, name: &str) -> Result<usize> {
        self.filters.iter().position(|f| f.name() == name).ok_or_else(|| Error::UnknownFilter { name: name.to_owned() })
    }

    /// Drops every HTML element matching the CSS `selector` before extraction
    /// (reported by the filter `drop_selectors`).
    ///
    /// ```
    /// let p = unclutter::PipelineBuilder::default_filters().drop_selector("p.promo")?.build();
    /// assert_eq!(p.clean_html("<p>Kept text.</p><p class=promo>Buy now and save.</p>"), "Kept text.");
    /// assert!(unclutter::Pipeline::builder().drop_selector("p[").is_err());
    /// # Ok::<(), unclutter::Error>(())
    /// ```
    pub fn drop_selector(mut self, selector: &str) -> Result<Self> {
        let parsed = scraper::Selector::parse(selector)
            .map_err(|e| Error::InvalidSelector { selector: selector.to_owned(), message: e.to_string() })?;
        self.drop_selectors.push(parsed);
        Ok(self)
    }

    /// Sets how many passes of all filters a text may get (at least 1; default 4).
    ///
    /// ```
    /// let p = unclutter::PipelineBuilder::default_filters().max_passes(1).build();
    /// assert_eq!(p.clean_text("Share\n\nHi."), "Hi.");
    /// ```
    pub fn max_passes(mut self, passes: usize) -> Self {
        self.max_passes = passes.max(1);
        self
    }

    /// Finishes the pipeline.
    ///
    /// ```
    /// let p = unclutter::Pipeline::builder().build();
    /// assert_eq!(p.clean_text("  untouched  "), "  untouched  ");
    /// ```
    pub fn build(self) -> Pipeline {
        let mut block_runs = vec![0; self.filters.len()];
        for (i, f) in self.filters.iter().enumerate().rev() {
            if f.block_rule().is_some() {
                block_runs[i] = 1 + block_runs.get(i + 1).copied().unwrap_or(0);
            }
        }
        Pipeline { filters: self.filters, block_runs, max_passes: self.max_passes, drop_selectors: self.drop_selectors }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn assert_send_sync<T: Send + Sync>() {}

    #[test]
    fn pipeline_is_send_sync() {
        assert_send_sync::<Pipeline>();
    }

    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::Arc;

    /// Drops the first `from` it finds (or, with `all`, every one, which is
    /// idempotent and says so), and counts its calls.
    #[derive(Debug)]
    struct Dropper {
        from: char,
        all: bool,
        calls: Arc<AtomicUsize>,
    }

    fn drop_first(from: char) -> (Dropper, Arc<AtomicUsize>) {
        let calls = Arc::new(AtomicUsize::new(0));
        (Dropper { from, all: false, calls: Arc::clone(&calls) }, calls)
    }

    fn drop_all(from: char) -> (Dropper, Arc<AtomicUsize>) {
        let (filter, calls) = drop_first(from);
        (Dropper { all: true, ..filter }, calls)
    }

    impl TextFilter for Dropper {
        fn name(&self) -> &str {
            "drop"
        }

        fn filter<'a>(&self, text: Cow<'a, str>, _sink: &mut dyn Sink) -> Cow<'a, str> {
            self.calls.fetch_add(1, Ordering::Relaxed);
            match text.find(self.from) {
                Some(_) if self.all => Cow::Owned(text.replace(self.from, "")),
                Some(i) => Cow::Owned(format!("{}{}", &text[..i], &text[i + self.from.len_utf8()..])),
                None => text,
            }
        }

        fn is_idempotent(&self) -> bool {
            self.all
        }
    }

    #[test]
    fn runs_to_a_fixed_point_even_with_filters_that_remove_one_thing_a_call() {
        let ((x, _), (y, _)) = (drop_first('x'), drop_first('y'));
        let p = Pipeline::builder().filter(x).filter(y).build();
        assert_eq!(p.clean_text("axxbyyc"), "abc");
        let (x, calls) = drop_first('x');
        let p = Pipeline::builder().max_passes(2).filter(x).build();
        assert_eq!(p.clean_text("xxx"), "x", "max_passes bounds the passes");
        assert_eq!(calls.load(Ordering::Relaxed), 2);
    }

    /// Cleans `text` with `x` then `y`: the output, and how often each ran.
    fn run_pair(x: (Dropper, Arc<AtomicUsize>), y: (Dropper, Arc<AtomicUsize>), text: &str) -> (String, usize, usize) {
        let ((x, x_calls), (y, y_calls)) = (x, y);
        let out = Pipeline::builder().filter(x).filter(y).build().clean_text(text).into_owned();
        (out, x_calls.load(Ordering::Relaxed), y_calls.load(Ordering::Relaxed))
    }

    #[test]
    fn a_later_pass_reruns_only_the_filters_up_to_the_last_change() {
        // Pass 1: x removes its 'x', y finds nothing; y has seen the final text, so only x runs again.
        assert_eq!(run_pair(drop_first('x'), drop_first('y'), "ax b"), ("a b".to_owned(), 2, 1));
        // A change by the last filter makes every filter run again.
        assert_eq!(run_pair(drop_first('x'), drop_first('y'), "a by"), ("a b".to_owned(), 2, 2));
    }

    #[test]
    fn an_idempotent_filter_does_not_rerun_on_its_own_output() {
        // y, last, changes the text: x must see it again, y need not.
        assert_eq!(run_pair(drop_first('x'), drop_all('y'), "a byy"), ("a b".to_owned(), 2, 1));
        // When x then changes it, y runs again (and x once more, to see y's verdict).
        assert_eq!(run_pair(drop_first('x'), drop_all('y'), "axx y"), ("a ".to_owned(), 3, 2));
    }

    #[test]
    fn empty_pipeline_returns_input() {
        let p = Pipeline::builder().build();
        let t = " \n\nanything  at all\n";
        assert!(matches!(p.clean_text(t), Cow::Borrowed(x) if x == t));
    }
}
