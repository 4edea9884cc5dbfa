//! Normalises white space: the shape every other filter expects.
//!
//! Before:
//! ```text
//! "  Hello,\u{a0}\u{a0}world. \r\n\r\n\r\n\tBye\u{200b}.  "
//! ```
//! After:
//! ```text
//! "Hello, world.\n\nBye."
//! ```
//! Lines are trimmed; runs of spaces, tabs and Unicode spaces (no-break, thin,
//! ideographic ...) become one space; zero-width spaces, word joiners, byte
//! order marks are dropped; `\r\n`, `\r` and the Unicode line
//! and paragraph separators become `\n`; runs of blank lines become exactly one.
//! Soft hyphens stay: they are part of the word they sit in.
//! No word is removed, so nothing is reported.

use std::borrow::Cow;
use std::ops::Range;

use wide::u8x16;

use crate::changes::{Dirty, Edit};
use crate::filter::TextFilter;
use crate::report::Sink;
use crate::scan::{find_by_sixteen, in_range, lanes};

/// Normalises white space; see the [module docs](self).
///
/// ```
/// use unclutter::{Pipeline, text::Whitespace};
///
/// let p = Pipeline::builder().filter(Whitespace).build();
/// assert_eq!(p.clean_text(" a\u{a0} b \n\n\n\nc "), "a b\n\nc");
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct Whitespace;

/// What a character becomes.
enum Class {
    Keep,
    Space,
    Newline,
    Drop,
}

fn class(c: char) -> Class {
    match c {
        '\n' | '\r' | '\u{2028}' | '\u{2029}' | '\u{85}' => Class::Newline,
        ' '
        | '\t'
        | '\u{b}'
        | '\u{c}'
        | '\u{a0}'
        | '\u{1680}'
        | '\u{2000}'..='\u{200a}'
        | '\u{202f}'
        | '\u{205f}'
        | '\u{3000}' => Class::Space,
        '\u{200b}' | '\u{2060}' | '\u{feff}' => Class::Drop,
        _ => Class::Keep,
    }
}

/// The first byte at `from` of `b` or after that may start a place out of
/// normal form (see [`Abnormal`]), looked for sixteen bytes at a time: a
/// space doubled or beside a line break (`"  "`, `" \n"`, `"\n "`), two
/// blank lines (`"\n\n\n"`), a tab, carriage return, vertical tab or form
/// feed, or the lead byte of a non-ASCII character [`class`] may not keep:
/// U+0085 and U+00A0 (0xC2), U+1680 (0xE1), U+2000..U+2060 (0xE2), U+3000
/// (0xE3), U+FEFF (0xEF). One scan for all, where a search for each would
/// stop at every space or line break.
fn may_be_abnormal(b: &[u8], from: usize) -> Option<usize> {
    find_by_sixteen(b, from, |window: &[u8; 18]| {
        let (v, next) = (lanes(&window[..16]), lanes(&window[1..17]));
        let is = |v: u8x16, x: u8| v.simd_eq(u8x16::splat(x));
        let low = |v: u8x16| v.min(u8x16::splat(b' ')).simd_eq(v);
        let (space, newline) = (is(v, b' '), is(v, b'\n'));
        let leads = is(v | u8x16::splat(1), 0xE3) | is(v, 0xC2) | is(v, 0xE1) | is(v, 0xEF);
        // Most chunks hold no byte up to a space but spaces and line breaks,
        // none of those twice in a row, and no lead byte: settled at once.
        let (low_here, low_next) = (low(v), low(next));
        if ((low_here & (low_next | !(space | newline))) | leads).to_bitmask() == 0 {
            return 0;
        }
        let (space_next, newline_next) = (is(next, b' '), is(next, b'\n'));
        let after = is(lanes(&window[2..]), b'\n');
        let pairs = (space & (space_next | newline_next)) | (newline & (space_next | (newline_next & after)));
        let controls = in_range(v, b'\t', b'\r') & !newline;
        (pairs | controls | leads).to_bitmask() as u16
    })
}

/// Whether `text` (already trimmed) is in normal form: see [`Abnormal`].
fn is_normal(text: &str) -> bool {
    Abnormal::new(text).at_or_after(0).is_none()
}

/// The places of a text (already trimmed) that are not in normal form, in
/// order: a run of ASCII white space to shorten, a tab, carriage return,
/// vertical tab or form feed, or one of the non-ASCII spaces, separators
/// and invisible characters. One scan finds them all ([`may_be_abnormal`]);
/// it runs again only once the text before its last find is done with, so
/// finding every place costs one pass, however many places there are.
struct Abnormal<'t> {
    text: &'t str,
    /// The next place, `None` once there are no more.
    found: Option<usize>,
}

impl<'t> Abnormal<'t> {
    fn new(text: &'t str) -> Self {
        Abnormal { text, found: next_place(text, 0) }
    }

    /// The first place at byte `pos` or after.
    fn at_or_after(&mut self, pos: usize) -> Option<usize> {
        if self.found.is_some_and(|f| f < pos) {
            self.found = next_place(self.text, pos);
        }
        self.found
    }
}

/// The first place of [`Abnormal`] at byte `from` of `text` or after: most
/// non-ASCII characters the scan stops at ("—", "“", "’") are kept.
fn next_place(text: &str, from: usize) -> Option<usize> {
    let b = text.as_bytes();
    let mut from = from.min(b.len());
    loop {
        let i = may_be_abnormal(b, from)?;
        if b[i] < 0x80 || unusual(text, i) {
            return Some(i);
        }
        from = i + 1;
    }
}

/// The byte-by-byte definition of [`is_normal`], for tests.
#[cfg(test)]
fn is_normal_by_chars(text: &str) -> bool {
    let mut prev = '\n';
    let mut newlines = 0;
    for c in text.chars() {
        match class(c) {
            Class::Keep => newlines = 0,
            Class::Drop => return false,
            Class::Space if c != ' ' || prev == ' ' || prev == '\n' => return false,
            Class::Space => newlines = 0,
            Class::Newline if c != '\n' || prev == ' ' => return false,
            Class::Newline => {
                newlines += 1;
                if newlines > 2 {
                    return false;
                }
            }
        }
        prev = c;
    }
    true
}

fn is_trimmable(c: char) -> bool {
    !matches!(class(c), Class::Keep)
}

impl Whitespace {
    /// Normalises `text`; see the [module docs](self).
    ///
    /// ```
    /// assert_eq!(unclutter::text::Whitespace::normalize("a  b"), "a b");
    /// ```
    pub fn normalize(text: &str) -> Cow<'_, str> {
        let trimmed = text.trim_matches(is_trimmable);
        let mut places = Abnormal::new(trimmed);
        let Some(mut place) = places.at_or_after(0) else {
            return Cow::Borrowed(trimmed);
        };
        // Between two kept characters stands a run of white space, dropped
        // characters or both, which becomes one separator. Runs of normal
        // form (one space, one or two line breaks) become themselves, so
        // the text up to the run of the next place that is not in normal
        // form is copied as it stands, and only that run is rebuilt.
        let mut out = String::with_capacity(trimmed.len());
        let mut pos = 0;
        loop {
            let run = trimmed[..place].trim_end_matches(is_trimmable).len().max(pos);
            out.push_str(&trimmed[pos..run]);
            pos = push_separator(trimmed, run, &mut out);
            match places.at_or_after(pos) {
                Some(next) => place = next,
                None => {
                    out.push_str(&trimmed[pos..]);
                    return Cow::Owned(out);
                }
            }
        }
    }
}

/// Whether the character at byte `i` of `text` is one that `class` does not keep.
fn unusual(text: &str, i: usize) -> bool {
    text[i..].chars().next().is_some_and(|c| !matches!(class(c), Class::Keep))
}

/// Pushes the separator that the run of white space and dropped characters
/// at byte `at` of `text` becomes, and returns where the run ends: two line
/// breaks for two or more (`\r\n` is one, a paragraph separator two), one
/// for one, else a space for any white space, else nothing.
fn push_separator(text: &str, at: usize, out: &mut String) -> usize {
    let (mut space, mut breaks) = (false, 0usize);
    let mut chars = text[at..].char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        match class(c) {
            Class::Keep => {
                out.push_str(match (breaks, space) {
                    (0, false) => "",
                    (0, true) => " ",
                    (1, _) => "\n",
                    _ => "\n\n",
                });
                return at + i;
            }
            Class::Space => space = true,
            Class::Drop => {}
            Class::Newline => {
                if c == '\r' && chars.peek().is_some_and(|&(_, next)| next == '\n') {
                    chars.next();
                }
                breaks += if c == '\u{2029}' { 2 } else { 1 };
            }
        }
    }
    // The text is trimmed, so a kept character ends every run.
    text.len()
}

impl TextFilter for Whitespace {
    fn name(&self) -> &str {
        "whitespace"
    }

    fn filter<'a>(&self, text: Cow<'a, str>, _sink: &mut dyn Sink) -> Cow<'a, str> {
        match text {
            Cow::Borrowed(t) => Whitespace::normalize(t),
            Cow::Owned(t) => match Whitespace::normalize(&t) {
                Cow::Borrowed(n) if n.len() == t.len() => Cow::Owned(t),
                n => Cow::Owned(n.into_owned()),
            },
        }
    }

    /// Its output is in normal form, which it leaves as it is.
    fn is_idempotent(&self) -> bool {
        true
    }

    /// Looks for white space out of normal form only around the dirty
    /// ranges (and at the ends): anywhere else the text is as normal as it
    /// was. Any change is reported as one edit over the whole text.
    fn filter_tracked<'a>(
        &self,
        text: &'a str,
        dirty: Dirty<'_>,
        _sink: &mut dyn Sink,
        edits: &mut Vec<Edit>,
    ) -> Cow<'a, str> {
        if let Dirty::Ranges(ranges) = dirty {
            if is_normal_around(text, ranges) {
                return Cow::Borrowed(text);
            }
        }
        let out = Whitespace::normalize(text);
        if !matches!(out, Cow::Borrowed(o) if o.len() == text.len()) {
            edits.push(Edit { input: 0..text.len(), output: 0..out.len() });
        }
        out
    }
}

/// Whether `text`, which is in normal form outside `ranges`, is in normal
/// form: trimmed, and with no place out of normal form in reach of a range.
/// The longest such place is three bytes, so each range is looked at with
/// three bytes more on either side.
fn is_normal_around(text: &str, ranges: &[Range<usize>]) -> bool {
    if text.len() != text.trim_matches(is_trimmable).len() {
        return false;
    }
    let (mut start, mut end) = (0, 0);
    for r in ranges {
        let mut s = r.start.saturating_sub(3);
        while !text.is_char_boundary(s) {
            s -= 1;
        }
        if s > end {
            if !is_normal(&text[start..end]) {
                return false;
            }
            start = s;
        }
        end = (r.end + 3).min(text.len());
        while !text.is_char_boundary(end) {
            end += 1;
        }
    }
    is_normal(&text[start..end])
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`may_be_abnormal`] one byte at a time.
    fn may_be_abnormal_by_bytes(b: &[u8], from: usize) -> Option<usize> {
        (from..b.len()).find(|&i| {
            matches!((b[i], b.get(i + 1)), (b' ', Some(b' ' | b'\n')) | (b'\n', Some(b' ')))
                || b[i..].starts_with(b"\n\n\n")
                || matches!(b[i], b'\t' | 0x0B | 0x0C | b'\r' | 0xC2 | 0xE1 | 0xE2 | 0xE3 | 0xEF)
        })
    }

    #[test]
    fn the_scan_for_places_agrees_with_a_byte_loop() {
        let agree = |b: &[u8], from: usize| {
            assert_eq!(may_be_abnormal(b, from), may_be_abnormal_by_bytes(b, from), "{b:?} from {from}");
        };
        // Every byte at every place, across the sixteen-byte steps.
        for b in crate::testing::every_byte_everywhere(&[1, 2, 15, 16, 17, 18, 19, 33, 34, 40], b'x') {
            for from in [0, 1, 15, 16, 17, 18] {
                agree(&b, from.min(b.len()));
            }
        }
        // Every run of up to four spaces, line breaks and letters, after
        // every number of letters up to a step and a half.
        for run in crate::testing::every_text(&[" ", "\n", "x"], 4, "") {
            for before in 0..26 {
                let b = format!("{}{run}", "x".repeat(before));
                for from in 0..b.len() {
                    agree(b.as_bytes(), from);
                }
            }
        }
    }

    #[test]
    fn clean_input_passes_through_unchanged() {
        let text = "One line.\nAnother.\n\nNew block with ünïcode — and “quotes”.";
        assert!(matches!(Whitespace::normalize(text), Cow::Borrowed(t) if t == text));
    }

    #[test]
    fn trims_by_slicing() {
        assert!(matches!(Whitespace::normalize("\n  a b \n"), Cow::Borrowed("a b")));
    }

    #[test]
    fn normalizes() {
        assert_eq!(Whitespace::normalize("a \t b"), "a b");
        assert_eq!(Whitespace::normalize("a\u{a0}\u{2009}b"), "a b");
        assert_eq!(Whitespace::normalize("a\u{200b}b\u{ad}c"), "ab\u{ad}c");
        assert_eq!(Whitespace::normalize("a \r\n \r\n\r\nb"), "a\n\nb");
        assert_eq!(Whitespace::normalize("a\rb"), "a\nb");
        assert_eq!(Whitespace::normalize("a\u{2029}b"), "a\n\nb");
        assert_eq!(Whitespace::normalize("a\n\n\n\n\nb"), "a\n\nb");
        assert_eq!(Whitespace::normalize("\u{feff}a"), "a");
        assert_eq!(Whitespace::normalize("\u{3000}"), "");
    }

    #[test]
    fn keeps_joiners_that_change_meaning() {
        // ZWJ and ZWNJ shape emoji and Persian words: they stay.
        let t = "می\u{200c}خواهم 👩\u{200d}💻";
        assert_eq!(Whitespace::normalize(t), t);
    }

    #[test]
    fn normal_form_check_agrees_with_its_definition() {
        let pieces = [
            "a", "é", " ", "  ", "\n", "\n\n", "\n\n\n", "\r", "\t", "\u{b}", "\u{c}", "\u{85}", "\u{a0}", "\u{1680}",
            "\u{2009}", "\u{200b}", "\u{200c}", "\u{2019}", "\u{2028}", "\u{2029}", "\u{2060}", "\u{3000}", "\u{3042}",
            "\u{feff}", "\u{ff01}",
        ];
        // Every string of up to three pieces.
        let mut texts = vec![String::new()];
        for _ in 0..3 {
            let longer: Vec<String> =
                texts.iter().flat_map(|t| pieces.iter().map(move |p| format!("{t}{p}"))).collect();
            texts.extend(longer);
        }
        for t in &texts {
            let t = t.trim_matches(is_trimmable);
            assert_eq!(is_normal(t), is_normal_by_chars(t), "{t:?}");
        }
    }

    /// [`Whitespace::normalize`] one character at a time, for tests.
    fn normalize_by_chars(text: &str) -> String {
        let mut out = String::new();
        let (mut space, mut breaks) = (false, 0usize);
        let mut chars = text.trim_matches(is_trimmable).chars().peekable();
        while let Some(c) = chars.next() {
            match class(c) {
                Class::Keep => {
                    if breaks > 0 {
                        out.push_str(if breaks > 1 { "\n\n" } else { "\n" });
                    } else if space {
                        out.push(' ');
                    }
                    (space, breaks) = (false, 0);
                    out.push(c);
                }
                Class::Space => space = true,
                Class::Drop => {}
                Class::Newline => {
                    if c == '\r' && chars.peek() == Some(&'\n') {
                        chars.next();
                    }
                    breaks += if c == '\u{2029}' { 2 } else { 1 };
                    space = false;
                }
            }
        }
        out
    }

    #[test]
    fn normalizing_run_by_run_agrees_with_a_character_loop() {
        let pieces = ["a", "é", " ", "  ", "\n", "\n\n\n", "\r\n", "\t", "\u{a0}", "\u{200b}", "\u{2019}", "\u{2029}"];
        for t in crate::testing::every_text(&pieces, 5, "") {
            // Twice, so that places not in normal form come again after the first is rebuilt.
            let t = format!("{t}b{t}");
            assert_eq!(Whitespace::normalize(&t), normalize_by_chars(&t), "{t:?}");
        }
    }

    #[test]
    fn idempotent() {
        for t in ["  a \n\n\n b ", "\u{a0}x\u{200b}\r\n\ry", "a\n \nb"] {
            let once = Whitespace::normalize(t).into_owned();
            assert_eq!(Whitespace::normalize(&once), once);
        }
    }
}
