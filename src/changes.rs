//! Where a text changed: what lets a [`Pipeline`](crate::Pipeline) re-run
//! a filter on only the parts of a text that changed since it last ran.
//!
//! A filter that changes a text says where, as a list of [`Edit`]s; the
//! pipeline carries every filter's edits forward, so that when a filter's
//! turn comes again it learns which parts of the text are new to it
//! ([`Dirty`]). A filter that judges each block (or line) on its own, as
//! every [`BlockRule`](crate::BlockRule) does, then judges only those
//! blocks. Filters that know nothing of this still work: the default
//! [`TextFilter::filter_tracked`](crate::TextFilter::filter_tracked) runs the
//! whole filter and reports one edit over the whole text.
//!
//! ```
//! use unclutter::changes::{map_ranges, Edit};
//!
//! // "one two three" became "one three": the bytes 4..8 ("two ") went.
//! let edits = [Edit { input: 4..8, output: 4..4 }];
//! // "three" (8..13 before) is now at 4..9; "one" did not move.
//! assert_eq!(map_ranges(&[0..3, 8..13], &edits), [0..3, 4..9]);
//! ```

use std::ops::Range;

/// One place where a filter's output differs from its input: the `input`
/// bytes of the input became the `output` bytes of the output. Outside its
/// edits, the output is the input, byte for byte and in order.
///
/// ```
/// use unclutter::changes::Edit;
///
/// // "a  b" became "a b": two spaces at 1..3 became one at 1..2.
/// let edit = Edit { input: 1..3, output: 1..2 };
/// assert_eq!(edit.input.len() - edit.output.len(), 1);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Edit {
    /// The bytes of the input that were replaced.
    pub input: Range<usize>,
    /// The bytes of the output that replaced them (empty for a removal).
    pub output: Range<usize>,
}

/// Which parts of a text may differ from a text that a filter has already
/// left unchanged: the text could be made one that the filter leaves as it
/// is by replacing only these byte ranges (an empty range marks a place
/// where something was taken out).
///
/// An empty range at the start of a line (at byte 0, or right after a line
/// break) says one thing more: whole lines were taken out there, and no
/// other change. Every line of the text then stands as it stood, but for
/// the lines a range reaches into; a filter that judges each line on its
/// own has no line to judge again there. The ranges a
/// [`Pipeline`](crate::Pipeline) gives keep to this ([`dirty_ranges`]
/// makes them); anyone else who makes ranges must too, marking a removal
/// of part of a line at its start by a range over a character beside it.
///
/// ```
/// use unclutter::changes::Dirty;
///
/// assert!(Dirty::Ranges(&[]).is_clean());
/// assert!(!Dirty::All.is_clean());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dirty<'r> {
    /// Nothing is known: the whole text is new to the filter.
    All,
    /// Only these ranges, in order and not overlapping, can be new.
    Ranges(&'r [Range<usize>]),
}

impl Dirty<'_> {
    /// The dirty ranges of `text` widened to whole units (`None` for all of
    /// it), with [`widen`].
    pub(crate) fn windows(
        self,
        text: &str,
        back: impl Fn(&str, usize) -> usize,
        forward: impl Fn(&str, usize) -> usize,
    ) -> Option<Vec<Range<usize>>> {
        match self {
            Dirty::All => None,
            Dirty::Ranges(ranges) => Some(widen(text, ranges, back, forward)),
        }
    }

    /// The lines of `text` that may differ, each run of them as one range
    /// from the start of its first line to the end of its last (`None` for
    /// all of it): the lines the ranges reach into, but none for an empty
    /// range at the start of a line, which marks whole lines taken out.
    pub(crate) fn changed_lines(self, text: &str) -> Option<Vec<Range<usize>>> {
        use crate::filter::{line_end_after, line_start_before};
        let marks_lines_removed = |r: &Range<usize>| r.is_empty() && starts_line(text.as_bytes(), r.start);
        match self {
            Dirty::Ranges(ranges) if ranges.iter().any(marks_lines_removed) => {
                let changed: Vec<Range<usize>> = ranges.iter().filter(|r| !marks_lines_removed(r)).cloned().collect();
                Dirty::Ranges(&changed).windows(text, line_start_before, line_end_after)
            }
            dirty => dirty.windows(text, line_start_before, line_end_after),
        }
    }

    /// Whether nothing can be new: the filter would leave the text as it is.
    ///
    /// ```
    /// assert!(!unclutter::changes::Dirty::Ranges(&[3..3]).is_clean());
    /// ```
    pub fn is_clean(&self) -> bool {
        matches!(self, Dirty::Ranges(r) if r.is_empty())
    }
}

/// Where position `x` of a filter's input lands in its output, given the
/// filter's `edits` (in order). A position inside an edit goes to the start
/// of its output if `start`, else to the end, so a range mapped end by end
/// covers whatever replaced any part of it; a start lands before whatever
/// was put in at `x`, an end after it.
fn map_pos(edits: &[Edit], x: usize, start: bool) -> usize {
    // The last edit that starts before `x` (or at it, for an end).
    let i = edits.partition_point(|e| e.input.start < x || (!start && e.input.start == x));
    match i.checked_sub(1).map(|i| &edits[i]) {
        None => x,
        Some(e) if x >= e.input.end => e.output.end + (x - e.input.end),
        Some(e) if start => e.output.start,
        Some(e) => e.output.end,
    }
}

/// A filter's output rebuilt from its `input`, its `edits` and the bytes of
/// its `output` that the edits name: `output` itself if the edits account for
/// every change. `None` if the edits are out of order, a range lies outside
/// its text or splits a character, or the text between two edits is not as
/// long in the input as in the output. For checking the edits of a
/// [`TextFilter::filter_tracked`](crate::TextFilter::filter_tracked).
///
/// ```
/// use unclutter::changes::{replay, Edit};
///
/// let edits = [Edit { input: 4..8, output: 4..4 }];
/// assert_eq!(replay("one two three", "one three", &edits).as_deref(), Some("one three"));
/// // An edit that misses a change does not replay to the output.
/// assert_ne!(replay("one two three", "one 2 three", &[]).as_deref(), Some("one 2 three"));
/// ```
pub fn replay(input: &str, output: &str, edits: &[Edit]) -> Option<String> {
    let mut s = String::with_capacity(output.len());
    let (mut pos, mut out_pos) = (0, 0);
    for e in edits {
        let ordered = e.input.start >= pos && e.output.start >= out_pos;
        if !ordered || e.input.start - pos != e.output.start - out_pos {
            return None;
        }
        s.push_str(input.get(pos..e.input.start)?);
        s.push_str(output.get(e.output.clone())?);
        (pos, out_pos) = (e.input.end, e.output.end);
    }
    s.push_str(input.get(pos..)?);
    Some(s)
}

/// `ranges` of a filter's input (in order), carried into its output through
/// its `edits`, with what every edit wrote added: the parts of the output
/// that are new to whoever had seen only `ranges` as new in the input.
///
/// ```
/// use unclutter::changes::{map_ranges, Edit};
///
/// // "ab cd ef" became "ab XY ef": a range over "ef" moves with it, and the
/// // edit's own output is new too.
/// let edits = [Edit { input: 3..5, output: 3..5 }];
/// assert_eq!(map_ranges(&[6..8], &edits), [3..5, 6..8]);
/// ```
pub fn map_ranges(ranges: &[Range<usize>], edits: &[Edit]) -> Vec<Range<usize>> {
    let written: Vec<Range<usize>> = edits.iter().map(|e| e.output.clone()).collect();
    map_ranges_adding(ranges, edits, &written)
}

/// [`map_ranges`] with `added` (in order) as what the edits made new.
pub(crate) fn map_ranges_adding(ranges: &[Range<usize>], edits: &[Edit], added: &[Range<usize>]) -> Vec<Range<usize>> {
    let mut out: Vec<Range<usize>> = Vec::with_capacity(ranges.len() + added.len());
    let mapped = ranges.iter().map(|r| map_pos(edits, r.start, true)..map_pos(edits, r.end, false));
    for r in by_start(mapped, added.iter().cloned()) {
        push_merged(&mut out, r);
    }
    out
}

/// What `edits`, which took `input` to `output`, made new in `output`, in
/// order, as [`Dirty`] tells it: each edit's output, but for a removal.
/// A removal of whole lines, each with its line break, is an empty range at
/// the start of the line after it. Any other removal is an empty range
/// where it was, unless that place is the start of a line: there it is the
/// character after it (the one before it at the end of the text), so that
/// no empty range at the start of a line stands for a changed line (but
/// for the empty text, which holds no line to judge).
///
/// ```
/// use unclutter::changes::{dirty_ranges, Edit};
///
/// // A whole line went: the lines left are as they were.
/// let edits = [Edit { input: 4..9, output: 4..4 }];
/// assert_eq!(dirty_ranges("One\nAds.\nTwo", "One\nTwo", &edits), [4..4]);
/// // The start of a line went: that line changed.
/// let edits = [Edit { input: 4..8, output: 4..4 }];
/// assert_eq!(dirty_ranges("One\nthe Two", "One\nTwo", &edits), [4..5]);
/// ```
pub fn dirty_ranges(input: &str, output: &str, edits: &[Edit]) -> Vec<Range<usize>> {
    let (before, after) = (input.as_bytes(), output.as_bytes());
    let made = |e: &Edit| {
        let at = e.output.start;
        if !e.output.is_empty() || !starts_line(after, at) {
            return e.output.clone();
        }
        let (a, b) = (e.input.start, e.input.end);
        let whole_lines = b > a && starts_line(before, a) && before.get(b - 1) == Some(&b'\n');
        match (whole_lines, output[at..].chars().next(), output[..at].chars().next_back()) {
            (true, _, _) | (false, None, None) => at..at,
            (false, Some(c), _) => at..at + c.len_utf8(),
            (false, None, Some(c)) => at - c.len_utf8()..at,
        }
    };
    edits.iter().map(made).collect()
}

/// Whether byte `at` of `text` starts a line: it is the first, or follows a line break.
pub(crate) fn starts_line(text: &[u8], at: usize) -> bool {
    at == 0 || text.get(at - 1) == Some(&b'\n')
}

/// Two lists of ranges, each in order of start, as one in order of start.
fn by_start(
    a: impl Iterator<Item = Range<usize>>,
    b: impl Iterator<Item = Range<usize>>,
) -> impl Iterator<Item = Range<usize>> {
    let (mut a, mut b) = (a.peekable(), b.peekable());
    std::iter::from_fn(move || match (a.peek(), b.peek()) {
        (Some(x), Some(y)) if x.start <= y.start => a.next(),
        (Some(_), Some(_)) | (None, Some(_)) => b.next(),
        (Some(_), None) => a.next(),
        (None, None) => None,
    })
}

/// Pushes `r` onto `out` (in order of start), merging it with the last
/// range if they overlap.
fn push_merged(out: &mut Vec<Range<usize>>, r: Range<usize>) {
    match out.last_mut() {
        Some(last) if r.start < last.end || (r.start == last.end && r.is_empty()) => last.end = last.end.max(r.end),
        _ => out.push(r),
    }
}

/// The edits of two filters run one after the other, as the edits of one:
/// `first` took the input to a middle text, `second` took that to the output.
pub(crate) fn compose(first: &[Edit], second: &[Edit]) -> Vec<Edit> {
    // The parts of the middle text either filter touched, merged where they meet.
    let mut middle: Vec<Range<usize>> = Vec::with_capacity(first.len() + second.len());
    for r in by_start(first.iter().map(|e| e.output.clone()), second.iter().map(|e| e.input.clone())) {
        match middle.last_mut() {
            Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
            _ => middle.push(r),
        }
    }
    // Each part holds whole outputs of `first` and whole inputs of `second`,
    // so its ends map back and forward outside any edit.
    let back: Vec<Edit> = first.iter().map(|e| Edit { input: e.output.clone(), output: e.input.clone() }).collect();
    middle
        .into_iter()
        .map(|m| Edit {
            input: map_pos(&back, m.start, true)..map_pos(&back, m.end, false),
            output: map_pos(second, m.start, true)..map_pos(second, m.end, false),
        })
        .collect()
}

/// Builds a filter's output from pieces of its input and new text, and
/// records the [`Edit`]s that this makes: every byte not copied from the
/// input is part of an edit. Pieces copied one right after another are
/// written in one go, when something else comes.
#[derive(Debug)]
pub(crate) struct Rebuild<'t> {
    text: &'t str,
    out: String,
    /// Input bytes copied but not yet written: `pending..copied_in`.
    pending: usize,
    /// The end of the last piece copied, in the input and in the output.
    copied_in: usize,
    copied_out: usize,
    edits: Vec<Edit>,
}

impl<'t> Rebuild<'t> {
    /// A rebuild of `text`.
    pub(crate) fn new(text: &'t str) -> Self {
        let out = String::with_capacity(text.len());
        Rebuild { text, out, pending: 0, copied_in: 0, copied_out: 0, edits: Vec::new() }
    }

    /// Writes the pieces copied but not yet written.
    fn flush(&mut self) {
        self.out.push_str(&self.text[self.pending..self.copied_in]);
        self.pending = self.copied_in;
    }

    /// Copies the input bytes `range`, which start no earlier than the last
    /// piece copied ended.
    #[inline]
    pub(crate) fn copy(&mut self, range: Range<usize>) {
        debug_assert!(range.start >= self.copied_in, "pieces are copied in order");
        let len = self.len();
        if range.start != self.copied_in || len != self.copied_out {
            self.edits.push(Edit { input: self.copied_in..range.start, output: self.copied_out..len });
            self.flush();
            self.pending = range.start;
        }
        self.copied_in = range.end;
        self.copied_out = len + range.len();
    }

    /// Appends new text.
    pub(crate) fn push(&mut self, s: &str) {
        self.flush();
        self.out.push_str(s);
    }

    /// Where the last piece copied ends in the input.
    #[inline]
    pub(crate) fn copied(&self) -> usize {
        self.copied_in
    }

    /// Whether nothing has been written yet.
    #[inline]
    pub(crate) fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// How many bytes have been written, or copied to be written.
    #[inline]
    pub(crate) fn len(&self) -> usize {
        self.out.len() + (self.copied_in - self.pending)
    }

    /// The output, and its edits: whatever of the input was not copied,
    /// up to its end, is part of one.
    pub(crate) fn finish(mut self) -> (String, Vec<Edit>) {
        let end = self.text.len();
        self.copy(end..end);
        self.flush();
        (self.out, self.edits)
    }
}

/// `ranges` widened to whole units of `text`, merged where they meet: each
/// end moves out to the nearest place where `boundary` holds (a boundary
/// at `ranges`' own end counts only if it is not also a start).
pub(crate) fn widen(
    text: &str,
    ranges: &[Range<usize>],
    back: impl Fn(&str, usize) -> usize,
    forward: impl Fn(&str, usize) -> usize,
) -> Vec<Range<usize>> {
    let mut out: Vec<Range<usize>> = Vec::with_capacity(ranges.len());
    for r in ranges {
        let start = back(text, r.start.min(text.len()));
        if out.last().is_some_and(|last| start <= last.end) {
            let last = out.last_mut().expect("checked");
            last.end = last.end.max(forward(text, r.end.min(text.len())));
        } else {
            out.push(start..forward(text, r.end.min(text.len())));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// A random rebuild: pieces copied in order, and new text between them.
    fn rebuild(input: &str, cuts: &[(usize, usize, bool)]) -> (String, Vec<Edit>) {
        let mut rb = Rebuild::new(input);
        for &(skip, take, new) in cuts {
            if new {
                rb.push("xy");
            }
            let start = (rb.copied() + skip).min(input.len());
            let end = (start + take).min(input.len());
            rb.copy(start..end);
        }
        rb.finish()
    }

    fn cuts() -> impl Strategy<Value = Vec<(usize, usize, bool)>> {
        prop::collection::vec((0usize..3, 0usize..5, any::<bool>()), 0..6)
    }

    proptest! {
        #[test]
        fn rebuilt_edits_replay_to_the_output(input in "[ab]{0,16}", cuts in cuts()) {
            let (out, edits) = rebuild(&input, &cuts);
            prop_assert_eq!(replay(&input, &out, &edits), Some(out));
        }

        #[test]
        fn composed_edits_replay_to_the_final_output(input in "[ab]{0,16}", c1 in cuts(), c2 in cuts()) {
            let (mid, e1) = rebuild(&input, &c1);
            let (out, e2) = rebuild(&mid, &c2);
            let both = compose(&e1, &e2);
            prop_assert_eq!(replay(&input, &out, &both), Some(out));
        }

        #[test]
        fn mapped_ranges_cover_every_byte_that_is_new_or_was_dirty(
            input in "[ab]{0,16}",
            cuts in cuts(),
            marks in prop::collection::vec((0usize..17, 0usize..4), 0..4),
        ) {
            let (out, edits) = rebuild(&input, &cuts);
            let mut ranges: Vec<Range<usize>> = Vec::new();
            let mut marks: Vec<Range<usize>> = marks
                .iter()
                .map(|&(s, l)| s.min(input.len())..(s + l).min(input.len()))
                .collect();
            marks.sort_by_key(|r| r.start);
            for r in marks {
                push_merged(&mut ranges, r);
            }
            let mapped = map_ranges(&ranges, &edits);
            // Every output byte is either inside a mapped range, or a copy of an
            // input byte outside every dirty range at the aligned place.
            let covered = |i: usize| mapped.iter().any(|r| r.contains(&i));
            let mut shift: isize = 0;
            let mut k = 0;
            for i in 0..out.len() {
                while k < edits.len() && edits[k].output.end <= i {
                    shift = edits[k].input.end as isize - edits[k].output.end as isize;
                    k += 1;
                }
                if covered(i) {
                    continue;
                }
                prop_assert!(k >= edits.len() || !edits[k].output.contains(&i), "new byte {} uncovered", i);
                let j = (i as isize + shift) as usize;
                prop_assert!(!ranges.iter().any(|r| r.contains(&j)), "dirty byte {} lost", j);
                prop_assert_eq!(out.as_bytes()[i], input.as_bytes()[j]);
            }
            // Places where a dirty range or an edit was empty stay marked.
            for r in &ranges {
                let at = map_pos(&edits, r.start, true);
                prop_assert!(mapped.iter().any(|m| m.start <= at && at <= m.end));
            }
        }

        /// What the ranges of [`dirty_ranges`] leave out, once an empty range
        /// at the start of a line counts as no changed line
        /// ([`Dirty::changed_lines`]), is lines of the input copied whole:
        /// taking out the start of a line is no removal of whole lines.
        #[test]
        fn lines_outside_the_changed_lines_are_lines_of_the_input(input in "[ab\n]{0,24}", cuts in cuts()) {
            let (out, edits) = rebuild(&input, &cuts);
            let dirty = dirty_ranges(&input, &out, &edits);
            let windows = Dirty::Ranges(&dirty).changed_lines(&out).unwrap_or_default();
            // An empty text holds no line to judge.
            prop_assume!(!out.is_empty());
            let mut start = 0;
            for line in out.split('\n') {
                let r = start..start + line.len();
                start = r.end + 1;
                if windows.iter().any(|w| w.start <= r.start && r.end <= w.end) {
                    continue;
                }
                // Outside every edit's output, the line stands shifted from the input.
                let Some(shift) = edits.iter().try_fold(0isize, |shift, e| match () {
                    _ if e.output.start >= r.end && !(e.output.is_empty() && e.output.start == r.start) => Some(shift),
                    _ if e.output.end <= r.start => Some(e.input.end as isize - e.output.end as isize),
                    _ => None,
                }) else {
                    prop_assert!(false, "changed line {:?} of {:?} is not told", line, out);
                    unreachable!();
                };
                let at = (r.start as isize + shift) as usize;
                let whole = (at == 0 || input.as_bytes()[at - 1] == b'\n')
                    && input.get(at..at + line.len()) == Some(line)
                    && input.as_bytes().get(at + line.len()).is_none_or(|&x| x == b'\n');
                prop_assert!(whole, "line {:?} of {:?} is no line of {:?}", line, out, input);
            }
        }
    }
}
