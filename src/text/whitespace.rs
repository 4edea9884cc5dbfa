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
use std::sync::LazyLock;

use memchr::memmem;

use crate::filter::TextFilter;
use crate::report::Sink;

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

/// Byte pairs and triples that normal text never holds: a space doubled or
/// beside a line break, or two blank lines.
static NOT_NORMAL: LazyLock<[memmem::Finder<'static>; 4]> = LazyLock::new(|| {
    [memmem::Finder::new("  "), memmem::Finder::new(" \n"), memmem::Finder::new("\n "), memmem::Finder::new("\n\n\n")]
});

/// Whether `text` (already trimmed) is in normal form: no run of ASCII
/// white space to shorten and no tab, carriage return or form feed (a few
/// SIMD searches, each fast on text that has no match), and none of the
/// non-ASCII spaces, separators and invisible characters, found by their
/// lead bytes.
fn is_normal(text: &str) -> bool {
    let b = text.as_bytes();
    if NOT_NORMAL.iter().any(|f| f.find(b).is_some())
        || memchr::memchr3(b'\r', b'\t', 0x0b, b).is_some()
        || memchr::memchr(0x0c, b).is_some()
    {
        return false;
    }
    // Lead bytes of every non-ASCII character `class` does not keep:
    // U+0085 and U+00A0 (0xC2), U+1680 (0xE1), U+2000..U+2060 (0xE2),
    // U+3000 (0xE3), U+FEFF (0xEF).
    let unusual = |i: usize| text[i..].chars().next().is_some_and(|c| !matches!(class(c), Class::Keep));
    !(memchr::memchr3_iter(0xc2, 0xe1, 0xe2, b).any(unusual) || memchr::memchr2_iter(0xe3, 0xef, b).any(unusual))
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
        if is_normal(trimmed) {
            return Cow::Borrowed(trimmed);
        }
        let mut out = String::with_capacity(trimmed.len());
        // Pending separators: a space, or a number of line breaks.
        let mut space = false;
        let mut breaks = 0usize;
        let mut chars = trimmed.chars().peekable();
        while let Some(c) = chars.next() {
            match class(c) {
                Class::Keep => {
                    if breaks > 0 {
                        out.push_str(if breaks > 1 { "\n\n" } else { "\n" });
                    } else if space {
                        out.push(' ');
                    }
                    space = false;
                    breaks = 0;
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
        Cow::Owned(out)
    }
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
}

#[cfg(test)]
mod tests {
    use super::*;

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

    #[test]
    fn idempotent() {
        for t in ["  a \n\n\n b ", "\u{a0}x\u{200b}\r\n\ry", "a\n \nb"] {
            let once = Whitespace::normalize(t).into_owned();
            assert_eq!(Whitespace::normalize(&once), once);
        }
    }
}
