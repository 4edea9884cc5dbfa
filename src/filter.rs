//! The traits a filter implements.
//!
//! A [`TextFilter`] takes text and hands back text, borrowing its input
//! untouched when it finds nothing to do. Most rules judge one block at a
//! time; those implement the narrower [`BlockRule`] and get [`TextFilter`]
//! for free: the adapter walks the blocks (paragraphs separated by blank
//! lines), drops every block the rule condemns, and, inside blocks of several
//! lines, every line the rule condemns.

use std::borrow::Cow;
use std::fmt;
use std::ops::Range;

use crate::changes::{compose, widen, Dirty, Edit, Rebuild};
use crate::report::{Removal, Sink};

/// A step of a [`Pipeline`](crate::Pipeline): text in, text out.
///
/// Implementations must be cheap to call through `&self` from many threads,
/// must never panic, and should return `text` itself when they change
/// nothing, so that clean input costs no allocation.
///
/// ```
/// use std::borrow::Cow;
/// use unclutter::{Pipeline, Removal, Sink, TextFilter};
///
/// /// Drops lines that shout.
/// #[derive(Debug)]
/// struct NoShouting;
///
/// impl TextFilter for NoShouting {
///     fn name(&self) -> &str { "no_shouting" }
///     fn filter<'a>(&self, text: Cow<'a, str>, sink: &mut dyn Sink) -> Cow<'a, str> {
///         if !text.lines().any(|l| l.len() > 3 && l == l.to_uppercase()) {
///             return text;
///         }
///         let mut kept = Vec::new();
///         for line in text.lines() {
///             if line.len() > 3 && line == line.to_uppercase() {
///                 sink.removal(&Removal::removed(self.name(), "shouting", line));
///             } else {
///                 kept.push(line);
///             }
///         }
///         Cow::Owned(kept.join("\n"))
///     }
/// }
///
/// let pipeline = Pipeline::builder().filter(NoShouting).build();
/// assert_eq!(pipeline.clean_text("Hello.\nBUY NOW\nBye."), "Hello.\nBye.");
/// ```
pub trait TextFilter: Send + Sync + fmt::Debug {
    /// A short snake_case name, used in reports and to find the filter in a builder.
    fn name(&self) -> &str;

    /// Filters `text`, reporting every removal to `sink`.
    fn filter<'a>(&self, text: Cow<'a, str>, sink: &mut dyn Sink) -> Cow<'a, str>;

    /// Whether this filter leaves its own output unchanged, always: then a
    /// [`Pipeline`](crate::Pipeline) need not run it again on text it has
    /// just produced. `false` unless the filter guarantees it, for example by
    /// repeating its own passes until one changes nothing.
    fn is_idempotent(&self) -> bool {
        false
    }

    /// This filter as a [`BlockRule`], if it is one (every `BlockRule` is,
    /// through the adapter). A [`Pipeline`](crate::Pipeline) runs a run of
    /// block rules that have not yet seen the text in one walk over its
    /// blocks rather than one walk per rule: each block goes through the
    /// rules in turn, and the text is rebuilt once. The result is the same;
    /// the removals of different rules may be reported in another order.
    ///
    /// ```
    /// use unclutter::{text, TextFilter};
    /// assert!(text::AdMarkers.block_rule().is_some());
    /// assert!(text::Whitespace.block_rule().is_none());
    /// ```
    fn block_rule(&self) -> Option<&dyn BlockRule> {
        None
    }

    /// [`filter`](TextFilter::filter), told which parts of `text` can be new
    /// to this filter and telling which parts of its output are: how a
    /// [`Pipeline`](crate::Pipeline) re-runs a filter on only what changed.
    ///
    /// Only the `dirty` parts of `text` can differ from a text this filter
    /// would leave unchanged (see [`Dirty`]); a filter that judges parts of
    /// the text on their own may judge only those, and one that judges
    /// lines on their own need not judge any line again where a pipeline
    /// marks whole lines taken out. Every change it makes it
    /// appends to `edits`, in order (see [`Edit`]); it returns `text` itself
    /// when it changes nothing.
    ///
    /// The default runs [`filter`](TextFilter::filter) on the whole text and
    /// reports one edit over all of it.
    ///
    /// ```
    /// use unclutter::changes::{Dirty, Edit};
    /// use unclutter::{text::AdMarkers, Discard, TextFilter};
    ///
    /// let text = "One.\n\nAdvertisement\n\nTwo.";
    /// let mut edits = Vec::new();
    /// let out = AdMarkers.filter_tracked(text, Dirty::All, &mut Discard, &mut edits);
    /// assert_eq!(out, "One.\n\nTwo.");
    /// // "Advertisement" and the blank line after it went; the text after moved up.
    /// assert_eq!(edits, [Edit { input: 6..21, output: 6..6 }]);
    /// // Told that only "Two." can be new, it judges that block alone: the
    /// // promise is false here, so the marker it never looked at stays.
    /// let same = AdMarkers.filter_tracked(text, Dirty::Ranges(&[21..25]), &mut Discard, &mut edits);
    /// assert_eq!(same, text);
    /// ```
    fn filter_tracked<'a>(
        &self,
        text: &'a str,
        dirty: Dirty<'_>,
        sink: &mut dyn Sink,
        edits: &mut Vec<Edit>,
    ) -> Cow<'a, str> {
        let _ = dirty;
        let out = self.filter(Cow::Borrowed(text), sink);
        if !is_same(text, &out) {
            edits.push(Edit { input: 0..text.len(), output: 0..out.len() });
        }
        out
    }
}

/// Whether `out` is `text` itself, handed back unchanged (a new string is
/// never at the same place as one still in use).
pub(crate) fn is_same(text: &str, out: &str) -> bool {
    std::ptr::eq(text, out)
}

/// A rule that judges one block (or one line) at a time.
///
/// Every `BlockRule` is a [`TextFilter`]: each block for which
/// [`verdict`](BlockRule::verdict) returns a reason is dropped; in the blocks
/// that stay, each line for which [`line_verdict`](BlockRule::line_verdict)
/// returns a reason is dropped.
///
/// ```
/// use unclutter::{BlockRule, Pipeline};
///
/// #[derive(Debug)]
/// struct NoTildes;
/// impl BlockRule for NoTildes {
///     fn name(&self) -> &str { "no_tildes" }
///     fn verdict(&self, block: &str) -> Option<&'static str> {
///         block.trim().chars().all(|c| c == '~').then_some("divider")
///     }
/// }
///
/// let p = Pipeline::builder().filter(NoTildes).build();
/// assert_eq!(p.clean_text("One.\n\n~~~~\n\nTwo."), "One.\n\nTwo.");
/// ```
pub trait BlockRule: Send + Sync + fmt::Debug {
    /// A short snake_case name, used in reports and to find the filter in a builder.
    fn name(&self) -> &str;

    /// Why this whole block should go, or `None` to keep it.
    fn verdict(&self, block: &str) -> Option<&'static str>;

    /// Why this line, inside a block of several lines that is kept, should go.
    /// By default the same judgement as for a block.
    fn line_verdict(&self, line: &str) -> Option<&'static str> {
        self.verdict(line)
    }
}

impl<R: BlockRule> TextFilter for R {
    fn name(&self) -> &str {
        BlockRule::name(self)
    }

    /// The adapter judges again every block it took lines out of, until
    /// none changes: the blocks it kept whole it would keep again, and
    /// dropping a block changes no other.
    fn is_idempotent(&self) -> bool {
        true
    }

    fn block_rule(&self) -> Option<&dyn BlockRule> {
        Some(self)
    }

    fn filter<'a>(&self, text: Cow<'a, str>, sink: &mut dyn Sink) -> Cow<'a, str> {
        match judge_until_still(self, &text, None, sink, &mut Vec::new()) {
            Some(out) => Cow::Owned(out),
            None => text,
        }
    }

    /// Judges only the blocks that hold or touch a dirty range, or stand
    /// next to one across blank lines: every other block is one the rule
    /// has kept before, whole and line by line.
    fn filter_tracked<'a>(
        &self,
        text: &'a str,
        dirty: Dirty<'_>,
        sink: &mut dyn Sink,
        edits: &mut Vec<Edit>,
    ) -> Cow<'a, str> {
        let windows = dirty.windows(text, block_start_before, block_end_after);
        match judge_until_still(self, text, windows.as_deref(), sink, edits) {
            Some(out) => Cow::Owned(out),
            None => Cow::Borrowed(text),
        }
    }
}

/// The text as `rules`' [`TextFilter`] adapters leave it, run one after
/// another, or `None` if none of them changes it; what each removes is
/// reported as it is found. The blocks are walked once for all the rules:
/// each block goes through the rules in turn, as each adapter would judge
/// it, before the next block is looked at. A rule judges a block by its own
/// text alone, so the result is that of the adapters' walks one after
/// another; only the order of the reports of different rules differs.
///
/// `dirty` is what is new to every one of the rules: only the blocks an
/// adapter told so would judge are judged. (A rule after one that dropped
/// a block would judge its neighbours too, as blocks next to a change, and
/// keep them: it kept them before, and they did not change.)
///
/// With the text come the blocks that lost lines, each with the index of
/// the last rule that took one out: a block dropped changes no other, so
/// these are all that a rule before that one has not seen as they stand.
pub(crate) fn judge_run<'r>(
    rules: impl Iterator<Item = &'r dyn BlockRule> + Clone,
    text: &str,
    dirty: Dirty<'_>,
    sink: &mut dyn Sink,
    edits: &mut Vec<Edit>,
) -> Option<(String, Vec<EditedBlock>)> {
    let windows = dirty.windows(text, block_start_before, block_end_after);
    let settle = |block: &str, several: bool, sink: &mut dyn Sink| settle(rules.clone(), block, several, sink);
    judge_windows(text, windows.as_deref(), settle, sink, edits)
}

/// What `rules` make of one block, one after another: each judges the
/// block as the one before left it, again and again while it takes lines
/// out, as [`judge_until_still`] does.
///
/// Most blocks every rule keeps: [`first_objector`] settles that, and
/// which rules the block passes unchanged, without reporting.
fn settle<'r>(
    rules: impl Iterator<Item = &'r dyn BlockRule> + Clone,
    block: &str,
    several: bool,
    sink: &mut dyn Sink,
) -> Verdict {
    let Some((first, reason)) = first_objector(rules.clone(), block, several) else { return Verdict::Keep };
    let mut edited: Option<(String, usize)> = None;
    let mut rules = rules.enumerate().skip(first).peekable();
    // The first objector condemned the whole block: its verdict is known.
    if let (Some(reason), Some((_, rule))) = (reason, rules.peek()) {
        sink.removal(&Removal::removed(rule.name(), reason, block));
        return Verdict::Drop;
    }
    for (k, rule) in rules {
        loop {
            let (current, several) = match &edited {
                Some((lines, _)) => (lines.as_str(), lines.contains('\n')),
                None => (block, several),
            };
            match judge(rule, rule.name(), current, several, sink) {
                Verdict::Keep => break,
                Verdict::Drop => return Verdict::Drop,
                Verdict::Edit(lines, _) => edited = Some((lines, k)),
            }
        }
    }
    edited.map_or(Verdict::Keep, |(lines, k)| Verdict::Edit(lines, k))
}

/// The index of the first of `rules` that would change `block`: drop it,
/// or, if it has `several` lines, take one out. The lines are split once,
/// and each is put only to the rules before the first found so far. With
/// the index comes the reason that rule gives for dropping the whole
/// block, or `None` where the first objector only takes a line out.
fn first_objector<'r>(
    rules: impl Iterator<Item = &'r dyn BlockRule> + Clone,
    block: &str,
    several: bool,
) -> Option<(usize, Option<&'static str>)> {
    let mut first = rules.clone().enumerate().find_map(|(k, rule)| rule.verdict(block).map(|reason| (k, Some(reason))));
    if several {
        for line in split_lines(block) {
            match first {
                Some((0, _)) => break,
                before => {
                    let mut asked = rules.clone().take(before.map_or(usize::MAX, |(k, _)| k));
                    first = asked.position(|rule| rule.line_verdict(line).is_some()).map(|k| (k, None)).or(first);
                }
            }
        }
    }
    first
}

/// A block that lost lines to a run of rules ([`judge_run`]).
pub(crate) struct EditedBlock {
    /// Where it stands in the new text.
    pub(crate) at: Range<usize>,
    /// The index in the run of the last rule that took a line out of it.
    pub(crate) by: usize,
}

/// What a rule makes of one block.
enum Verdict {
    Keep,
    Drop,
    /// Kept, with some lines taken out, last by the rule at this index of
    /// a run of rules (0 for a rule alone).
    Edit(String, usize),
}

#[inline(always)]
fn judge<R: BlockRule + ?Sized>(
    rule: &R,
    name: &str,
    block: &str,
    several_lines: bool,
    sink: &mut dyn Sink,
) -> Verdict {
    if let Some(reason) = rule.verdict(block) {
        sink.removal(&Removal::removed(name, reason, block));
        return Verdict::Drop;
    }
    match several_lines.then(|| filter_lines(rule, name, block, sink)).flatten() {
        // Every line condemned: nothing is left of the block.
        Some(edited) if edited.is_empty() => Verdict::Drop,
        Some(edited) => Verdict::Edit(edited, 0),
        None => Verdict::Keep,
    }
}

/// The text with the blocks the rule condemns taken out (and the lines it
/// condemns in the blocks it keeps), or `None` if it keeps everything. Only
/// the blocks inside `windows` (whole blocks, in order) are judged, or
/// every block without. From the first change on, the blocks kept are
/// joined by one blank line.
fn judge_until_still<R: BlockRule + ?Sized>(
    rule: &R,
    text: &str,
    windows: Option<&[Range<usize>]>,
    sink: &mut dyn Sink,
    edits: &mut Vec<Edit>,
) -> Option<String> {
    let mut done = Vec::new();
    let (mut out, mut edited) = judge_blocks(rule, text, windows, sink, &mut done)?;
    // A block that lost lines may now be judged otherwise as a whole.
    while !edited.is_empty() {
        let windows = widen(&out, &edited, block_start_before, block_end_after);
        let mut again = Vec::new();
        let Some((next, next_edited)) = judge_blocks(rule, &out, Some(&windows), sink, &mut again) else { break };
        done = compose(&done, &again);
        (out, edited) = (next, next_edited);
    }
    edits.extend(done);
    Some(out)
}

/// One walk of [`judge_until_still`]: the new text, and where in it stand
/// the blocks that lost lines.
fn judge_blocks<R: BlockRule + ?Sized>(
    rule: &R,
    text: &str,
    windows: Option<&[Range<usize>]>,
    sink: &mut dyn Sink,
    edits: &mut Vec<Edit>,
) -> Option<(String, Vec<Range<usize>>)> {
    let name = BlockRule::name(rule);
    let judge = |block: &str, several: bool, sink: &mut dyn Sink| judge(rule, name, block, several, sink);
    let (out, edited) = judge_windows(text, windows, judge, sink, edits)?;
    Some((out, edited.into_iter().map(|e| e.at).collect()))
}

/// The blocks of `text` inside `windows` (whole blocks, in order), or every
/// block without, each made what `judge` makes of it; the rest are kept.
/// `None` if every block is kept; else the new text from [`rebuild`].
fn judge_windows(
    text: &str,
    windows: Option<&[Range<usize>]>,
    judge: impl Fn(&str, bool, &mut dyn Sink) -> Verdict,
    sink: &mut dyn Sink,
    edits: &mut Vec<Edit>,
) -> Option<(String, Vec<EditedBlock>)> {
    let whole = 0..text.len();
    let windows = windows.unwrap_or(std::slice::from_ref(&whole));
    let mut first = None;
    'find: for (k, w) in windows.iter().enumerate() {
        let mut walk = blocks(&text[w.clone()]);
        while let Some((r, several)) = walk.next_block() {
            let r = w.start + r.start..w.start + r.end;
            match judge(&text[r.clone()], several, sink) {
                Verdict::Keep => {}
                verdict => {
                    first = Some((k, r, verdict));
                    break 'find;
                }
            }
        }
    }
    let (mut k, first, verdict) = first?;
    let walk = Blocks { text, pos: first.end };
    let next = |r: Range<usize>, several: bool, sink: &mut dyn Sink| {
        while windows.get(k).is_some_and(|w| w.end < r.end) {
            k += 1;
        }
        let inside = windows.get(k).is_some_and(|w| w.start <= r.start);
        let verdict = if inside { judge(&text[r.clone()], several, sink) } else { Verdict::Keep };
        (r, verdict)
    };
    Some(rebuild(text, (first, verdict), walk, next, sink, edits))
}

/// `text` rebuilt from its first block that changes, `first`, on: every
/// later block of `walk` becomes what `next` makes of it, and the blocks
/// kept are joined by one blank line. Returns the new text and where in it
/// stand the blocks that lost lines, each with the index of the rule that
/// last took one out ([`Verdict::Edit`]).
fn rebuild(
    text: &str,
    first: (Range<usize>, Verdict),
    mut walk: Blocks<'_>,
    mut next: impl FnMut(Range<usize>, bool, &mut dyn Sink) -> (Range<usize>, Verdict),
    sink: &mut dyn Sink,
    edits: &mut Vec<Edit>,
) -> (String, Vec<EditedBlock>) {
    let mut out = Rebuild::new(text);
    out.copy(0..last_block(&text[..first.0.start]).map_or(0, |b| b.end));
    let mut edited = Vec::new();
    let mut block = Some(first);
    while let Some((r, verdict)) = block.take() {
        if !matches!(verdict, Verdict::Drop) && !out.is_empty() {
            // The blank line after the last block copied stays where it can,
            // so a dropped block's edit starts the next block, not ends the last.
            // Else the one before the block, as when the last line of the block before went.
            let from = out.copied();
            if text[from..r.start].starts_with("\n\n") {
                out.copy(from..from + 2);
            } else if text[from..r.start].ends_with("\n\n") {
                out.copy(r.start - 2..r.start);
            } else {
                out.push("\n\n");
            }
        }
        match verdict {
            Verdict::Keep => out.copy(r),
            Verdict::Drop => {}
            Verdict::Edit(lines, by) => {
                let at = out.len();
                copy_kept_lines(&mut out, text, r, &lines);
                edited.push(EditedBlock { at: at..out.len(), by });
            }
        }
        block = walk.next_block().map(|(r, several)| next(r, several, sink));
    }
    let (out, made) = out.finish();
    edits.extend(made);
    (out, edited)
}

/// Writes `kept`, lines of the block `text[block]` in order joined by line
/// breaks, by copying each from the block with the line break before it:
/// the edits then say that whole lines were taken out
/// ([`changes::dirty_ranges`](crate::changes::dirty_ranges)), and a filter
/// that judges lines judges none of the lines kept again. A line of `kept`
/// not found in the block, which no rule makes, is written as it is.
fn copy_kept_lines(out: &mut Rebuild<'_>, text: &str, block: Range<usize>, kept: &str) {
    let mut lines = split_lines(&text[block.clone()]);
    let mut pos = block.start;
    for (k, want) in split_lines(kept).enumerate() {
        // The line break before each kept line but the first is the one after the line kept before.
        let copied = out.copied();
        if k > 0 && text.as_bytes().get(copied) == Some(&b'\n') {
            out.copy(copied..copied + 1);
        } else if k > 0 {
            out.push("\n");
        }
        let found = lines.by_ref().find_map(|line| {
            let start = pos;
            pos += line.len() + 1;
            (line == want).then_some(start..start + line.len())
        });
        match found {
            Some(r) => out.copy(r),
            None => out.push(want),
        }
    }
}

/// The start of the block that holds byte `at` of `text` or, if `at` is
/// among blank lines, of the block before them (0 if none).
fn block_start_before(text: &str, at: usize) -> usize {
    let mut s = line_start_before(text, at);
    while s > 0 && is_blank(&text[s..line_end_after(text, s)]) {
        s = line_start_before(text, s - 1);
    }
    while s > 0 {
        let p = line_start_before(text, s - 1);
        if is_blank(&text[p..s - 1]) {
            break;
        }
        s = p;
    }
    s
}

/// The end of the block that holds byte `at` of `text` or, if `at` is
/// among blank lines, of the block after them (the end of the text if none).
fn block_end_after(text: &str, at: usize) -> usize {
    let mut e = line_end_after(text, at);
    while e < text.len() && is_blank(&text[line_start_before(text, e)..e]) {
        e = line_end_after(text, e + 1);
    }
    while e < text.len() {
        let n = line_end_after(text, e + 1);
        if is_blank(&text[e + 1..n]) {
            break;
        }
        e = n;
    }
    e
}

/// The block with the lines the rule condemns taken out, or `None` if it keeps them all.
fn filter_lines<R: BlockRule + ?Sized>(rule: &R, name: &str, block: &str, sink: &mut dyn Sink) -> Option<String> {
    let mut out: Option<String> = None;
    let mut clean_until = 0;
    let mut pos = 0;
    for line in split_lines(block) {
        let start = pos;
        pos += line.len() + 1;
        if let Some(reason) = rule.line_verdict(line) {
            sink.removal(&Removal::removed(name, reason, line));
            out.get_or_insert_with(|| block[..clean_until].to_owned());
            continue;
        }
        match &mut out {
            None => clean_until = start + line.len(),
            Some(out) => {
                if !out.is_empty() {
                    out.push('\n');
                }
                out.push_str(line);
            }
        }
    }
    out
}

/// The byte ranges of the blocks of `text`: runs of lines that are not blank,
/// separated by blank lines. A block does not include its final line break.
///
/// ```
/// let text = "One\ntwo\n\n\nThree\n";
/// let blocks: Vec<&str> = unclutter::filter::blocks(text).map(|r| &text[r]).collect();
/// assert_eq!(blocks, ["One\ntwo", "Three"]);
/// ```
pub fn blocks(text: &str) -> Blocks<'_> {
    Blocks { text, pos: 0 }
}

/// Iterator over the blocks of a text; see [`blocks`].
#[derive(Debug, Clone)]
pub struct Blocks<'a> {
    text: &'a str,
    pos: usize,
}

impl<'a> Blocks<'a> {
    /// The next line from `pos`: (start, end without the newline, next pos).
    fn line_at(&self, pos: usize) -> (usize, usize, usize) {
        let rest = &self.text.as_bytes()[pos..];
        // Most blank lines between blocks are empty: no search needed.
        if rest.first() == Some(&b'\n') {
            return (pos, pos, pos + 1);
        }
        match memchr::memchr(b'\n', rest) {
            Some(i) => (pos, pos + i, pos + i + 1),
            None => (pos, self.text.len(), self.text.len()),
        }
    }
}

/// The last block of `text`, as `blocks(text).last()` gives it, found by
/// walking back from the end rather than through every block.
pub(crate) fn last_block(text: &str) -> Option<Range<usize>> {
    let b = text.as_bytes();
    let mut end = b.len();
    let mut found: Option<(usize, usize)> = None;
    loop {
        let start = memchr::memrchr(b'\n', &b[..end]).map_or(0, |i| i + 1);
        match (&mut found, is_blank(&text[start..end])) {
            (Some(_), true) => break,
            (Some((first, _)), false) => *first = start,
            (None, false) => found = Some((start, end)),
            (None, true) => {}
        }
        if start == 0 {
            break;
        }
        end = start - 1;
    }
    let (start, end) = found?;
    let end = if b[..end].ends_with(b"\r") { end - 1 } else { end };
    Some(start..end)
}

/// Whether `line` holds only white space. Most lines start with a visible
/// ASCII character, and most blank lines (between blocks) are empty: both
/// are settled at once.
fn is_blank(line: &str) -> bool {
    match line.as_bytes().first() {
        None => true,
        Some(&b) if b.is_ascii() && !b.is_ascii_whitespace() => false,
        _ => line.trim().is_empty(),
    }
}

/// The start of the line that holds byte `at` of `text`.
pub(crate) fn line_start_before(text: &str, at: usize) -> usize {
    memchr::memrchr(b'\n', &text.as_bytes()[..at]).map_or(0, |i| i + 1)
}

/// The end of the line that holds byte `at` of `text` (where its `\n` stands).
pub(crate) fn line_end_after(text: &str, at: usize) -> usize {
    memchr::memchr(b'\n', &text.as_bytes()[at..]).map_or(text.len(), |i| at + i)
}

/// `text` split at every `\n`, as `str::split('\n')` does, found by memchr.
pub(crate) fn split_lines(text: &str) -> impl Iterator<Item = &str> + '_ {
    let mut pos = Some(0);
    std::iter::from_fn(move || {
        let start = pos?;
        match memchr::memchr(b'\n', &text.as_bytes()[start..]) {
            Some(i) => {
                pos = Some(start + i + 1);
                Some(&text[start..start + i])
            }
            None => {
                pos = None;
                Some(&text[start..])
            }
        }
    })
}

impl Blocks<'_> {
    /// The next block and whether it has more than one line: the walk sees
    /// every line break, so callers need not search the block again.
    pub(crate) fn next_block(&mut self) -> Option<(Range<usize>, bool)> {
        let len = self.text.len();
        // Skip blank lines.
        let start = loop {
            if self.pos >= len {
                return None;
            }
            let (s, e, next) = self.line_at(self.pos);
            self.pos = next;
            if !is_blank(&self.text[s..e]) {
                break (s, e);
            }
        };
        let mut end = start.1;
        let mut several = false;
        while self.pos < len {
            let (s, e, next) = self.line_at(self.pos);
            if is_blank(&self.text[s..e]) {
                self.pos = next;
                break;
            }
            end = e;
            several = true;
            self.pos = next;
        }
        let end = if self.text.as_bytes()[..end].ends_with(b"\r") { end - 1 } else { end };
        Some((start.0..end, several))
    }
}

impl Iterator for Blocks<'_> {
    type Item = Range<usize>;

    fn next(&mut self) -> Option<Range<usize>> {
        self.next_block().map(|(range, _)| range)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::Report;

    /// Drops the block `block`, and the line `line` in a block it keeps.
    #[derive(Debug)]
    struct DropText {
        block: &'static str,
        line: &'static str,
    }
    impl BlockRule for DropText {
        fn name(&self) -> &str {
            "drop"
        }
        fn verdict(&self, block: &str) -> Option<&'static str> {
            (block == self.block).then_some("the block")
        }
        fn line_verdict(&self, line: &str) -> Option<&'static str> {
            (line == self.line).then_some("the line")
        }
    }

    const DROP_X: DropText = DropText { block: "X", line: "X" };

    fn run(text: &str) -> (Cow<'_, str>, Report) {
        let mut report = Report::new();
        let out = DROP_X.filter(Cow::Borrowed(text), &mut report);
        (out, report)
    }

    #[test]
    fn nothing_to_drop_borrows() {
        let (out, report) = run("a\n\nb\nc");
        assert!(matches!(out, Cow::Borrowed(_)));
        assert!(report.is_empty());
    }

    #[test]
    fn drops_blocks_and_lines() {
        assert_eq!(run("a\n\nX\n\nb").0, "a\n\nb");
        assert_eq!(run("X\n\nb").0, "b");
        assert_eq!(run("a\n\nX").0, "a");
        assert_eq!(run("a\nX\nb\n\nc").0, "a\nb\n\nc");
        assert_eq!(run("X\na").0, "a");
        assert_eq!(run("X").0, "");
        assert_eq!(run("a\n\nX\n\nX\n\nb").1.removals().len(), 2);
    }

    /// Lines taken out of a block are removals of whole lines: every line
    /// left is told as unchanged ([`crate::changes::dirty_ranges`]), and
    /// the block is rebuilt from its own bytes.
    #[test]
    fn lines_taken_out_of_a_block_are_removals_of_whole_lines() {
        for (text, left) in
            [("a\nX\nb\n\nc", "a\nb\n\nc"), ("X\na\nX\nX\nb", "a\nb"), ("a\n\nX\nb\nX\nX\nc\n\nd", "a\n\nb\nc\n\nd")]
        {
            let mut edits = Vec::new();
            let out = DROP_X.filter_tracked(text, Dirty::All, &mut Report::new(), &mut edits);
            assert_eq!(out, left);
            let dirty = crate::changes::dirty_ranges(text, &out, &edits);
            let whole_lines = |r: &Range<usize>| r.is_empty() && crate::changes::starts_line(out.as_bytes(), r.start);
            assert!(!dirty.is_empty() && dirty.iter().all(whole_lines), "{text:?}: {edits:?}");
        }
        // The last line of a block goes with the line break before it: the line before is told.
        let mut edits = Vec::new();
        let out = DROP_X.filter_tracked("a\nb\nX\n\nc", Dirty::All, &mut Report::new(), &mut edits);
        let dirty = crate::changes::dirty_ranges("a\nb\nX\n\nc", &out, &edits);
        assert_eq!((dirty.len(), &dirty[0]), (1, &(3..3)));
    }

    const DROP_X_AND_Y: DropText = DropText { block: "X", line: "Y" };

    #[test]
    fn a_block_that_loses_lines_is_judged_again_in_the_same_call() {
        for text in ["a\n\nX\nY\n\nb", "X\nY\nY", "Y\nX\n\nY\nX\nY"] {
            let mut edits = Vec::new();
            let out = DROP_X_AND_Y.filter_tracked(text, Dirty::All, &mut Report::new(), &mut edits);
            let again = DROP_X_AND_Y.filter(Cow::Borrowed(&out), &mut Report::new());
            assert!(matches!(again, Cow::Borrowed(_)), "{text:?} gave {out:?}, then {again:?}");
            assert!(!out.contains('X') && !out.contains('Y'), "{text:?} gave {out:?}");
        }
        assert!(DROP_X_AND_Y.is_idempotent());
    }

    #[test]
    fn a_run_of_rules_judged_together_leaves_what_they_leave_one_after_another() {
        // The second rule can leave a block the first drops ("X\nb" → "X"),
        // and the first one the second drops ("a\ny" → "a").
        let (x, a) = (DropText { block: "X", line: "y" }, DropText { block: "a", line: "b" });
        let rules: [&dyn BlockRule; 2] = [&x, &a];
        let texts = crate::testing::every_text(&["a", "b", "X", "y", "c", "\n", "\n\n"], 5, "");
        for text in &texts {
            let (mut together, mut apart) = (Report::new(), Report::new());
            let after_x = x.filter(Cow::Borrowed(text), &mut apart);
            let expected = a.filter(after_x, &mut apart);
            let mut edits = Vec::new();
            let Some((out, edited)) = judge_run(rules.iter().copied(), text, Dirty::All, &mut together, &mut edits)
            else {
                assert!(matches!(expected, Cow::Borrowed(_)) && together.is_empty(), "{text:?}");
                continue;
            };
            assert_eq!(out, expected, "{text:?}");
            assert_eq!(crate::changes::replay(text, &out, &edits).as_ref(), Some(&out), "{text:?}: edits {edits:?}");
            let sorted = |r: &Report| {
                let mut v: Vec<_> = r.removals().iter().map(|r| (r.filter.clone(), r.text.clone())).collect();
                v.sort();
                v
            };
            assert_eq!(sorted(&together), sorted(&apart), "{text:?}");
            // What the first rule has not seen as it stands: judging only that
            // is judging the whole output.
            let stale: Vec<_> = edited.iter().filter(|e| e.by > 0).map(|e| e.at.clone()).collect();
            let whole = x.filter(Cow::Borrowed(&out), &mut Report::new());
            let told = x.filter_tracked(&out, Dirty::Ranges(&stale), &mut Report::new(), &mut Vec::new());
            assert_eq!(told, whole, "{text:?} gave {out:?}, stale {stale:?}");
        }
    }

    #[test]
    fn last_block_agrees_with_the_walk() {
        // Every text of up to six pieces from an alphabet of line parts.
        let texts = crate::testing::every_text(&["a", "\n", "\r", " ", "é", "\u{2003}"], 6, "");
        for t in &texts {
            assert_eq!(last_block(t), blocks(t).last(), "{t:?}");
        }
    }

    #[test]
    fn split_lines_agrees_with_str_split() {
        for t in ["", "\n", "a", "a\n", "\na", "a\nb\n\nc", "\n\n", "é\nü\r\n"] {
            assert_eq!(split_lines(t).collect::<Vec<_>>(), t.split('\n').collect::<Vec<_>>(), "{t:?}");
        }
    }

    #[test]
    fn next_block_knows_whether_a_block_has_several_lines() {
        let text = "a\nb\n\nc\n \nd\r\ne\r\n\r\nf";
        let mut walk = blocks(text);
        while let Some((range, several)) = walk.next_block() {
            assert_eq!(several, text[range.clone()].contains('\n'), "{:?}", &text[range]);
        }
    }

    #[test]
    fn blocks_handle_odd_breaks() {
        let text = "\n\n a\r\n\r\nb \n \nc";
        let got: Vec<&str> = blocks(text).map(|r| &text[r]).collect();
        assert_eq!(got, [" a", "b ", "c"]);
    }
}
