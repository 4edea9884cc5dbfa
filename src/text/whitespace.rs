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

/// Whether `text` (already trimmed) is in normal form.
fn is_normal(text: &str) -> bool {
    let b = text.as_bytes();
    let mut prev = b'\n';
    let mut newlines = 0;
    for (i, &c) in b.iter().enumerate() {
        match c {
            b' ' if prev == b' ' || prev == b'\n' => return false,
            b'\n' => {
                if prev == b' ' {
                    return false;
                }
                newlines += 1;
                if newlines > 2 {
                    return false;
                }
            }
            b'\r' | b'\t' | 0x0b | 0x0c => return false,
            0xc2 if matches!(b.get(i + 1), Some(0x85 | 0xa0)) => return false,
            0xe1 if b.get(i + 1..i + 3) == Some(&[0x9a, 0x80]) => return false,
            0xe2 if matches!(b.get(i + 1), Some(0x80 | 0x81)) => {
                let ch = text[i..].chars().next().unwrap_or(' ');
                if !matches!(class(ch), Class::Keep) {
                    return false;
                }
            }
            0xe3 if b.get(i + 1..i + 3) == Some(&[0x80, 0x80]) => return false,
            0xef if b.get(i + 1..i + 3) == Some(&[0xbb, 0xbf]) => return false,
            _ => {}
        }
        if c != b'\n' {
            newlines = 0;
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
    fn idempotent() {
        for t in ["  a \n\n\n b ", "\u{a0}x\u{200b}\r\n\ry", "a\n \nb"] {
            let once = Whitespace::normalize(t).into_owned();
            assert_eq!(Whitespace::normalize(&once), once);
        }
    }
}
