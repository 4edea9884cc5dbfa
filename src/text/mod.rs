//! Text filters: each removes one kind of noise from already-extracted text.
//!
//! | filter | removes |
//! |---|---|
//! | [`Whitespace`] | stray spaces, invisible characters, extra blank lines (normalises; removes no words) |
//! | [`GluedHeadlines`] | other stories' headlines glued onto the text; splits headings glued to paragraphs |
//! | [`ShareButtons`] | share/social widget text and counters |
//! | [`AdMarkers`] | "Advertisement", "Sponsored", "Story continues below advertisement" and kin |
//! | [`RelatedTeasers`] | "Read more: ...", "Related: ...", "Lesen Sie auch: ..." |
//! | [`Banners`] | cookie notices, newsletter sign-up and subscriber-only prompts |
//! | [`Navigation`] | skip links, "Back to top", breadcrumbs, comment links and counters |
//! | [`DuplicateWords`] | accidentally doubled words ("in in") |

use std::cell::Cell;
use std::fmt;
use std::ops::Range;
use std::sync::{LazyLock, OnceLock};

use regex_automata::hybrid;
use regex_automata::util::pool::Pool;
use regex_automata::util::start;
use regex_automata::{Anchored, Input};

pub mod ad_markers;
pub mod banners;
pub mod discard_rules;
pub mod duplicate_words;
pub mod glued_headlines;
pub mod navigation;
pub mod related_teasers;
pub mod share_buttons;
pub mod whitespace;

pub use ad_markers::AdMarkers;
pub use banners::Banners;
pub use discard_rules::DiscardRules;
pub use duplicate_words::DuplicateWords;
pub use glued_headlines::GluedHeadlines;
pub use navigation::Navigation;
pub use related_teasers::RelatedTeasers;
pub use share_buttons::ShareButtons;
pub use whitespace::Whitespace;

/// Whether `c` closes a quotation or bracket (and may follow a sentence's
/// final mark): `“` and `‘` close German, Czech and Slovak quotations
/// („so“), `«` and `‹` Danish ones.
pub(crate) fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '”'
            | '’'
            | '»'
            | '«'
            | ')'
            | ']'
            | '」'
            | '』'
            | '）'
            | '›'
            | '‹'
            | '“'
            | '‘'
            | '》'
            | '】'
            | '〉'
    )
}

/// Whether `c` ends a sentence.
pub(crate) fn is_sentence_end(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…' | '。' | '！' | '？' | '؟' | '।' | '‼')
}

/// Whether `text`, trimmed, ends like a sentence: `.`, `!`, `?` and kin,
/// possibly followed by closing quotes or brackets.
pub(crate) fn ends_sentence(text: &str) -> bool {
    let t = text.trim_end();
    let core = t.trim_end_matches(is_closer);
    core.chars().next_back().is_some_and(is_sentence_end)
}

/// [`char::is_alphanumeric`], with ASCII and the letters of the most common
/// scripts (Latin, Cyrillic, Hebrew, Arabic, kana, CJK, Hangul) and general
/// punctuation answered by range, without the Unicode tables' search. A
/// test checks every character below U+10000 against the tables.
pub(crate) fn is_alnum(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    common_letter(c).unwrap_or_else(|| c.is_alphanumeric())
}

/// Letters, digits and every combining mark (general category M): a mark
/// belongs to the letter before it, so `r` + U+1D17B is one word, not `r`.
///
/// The ranges [`common_letter`] knows hold no marks, so they are answered
/// without the tables; a test checks every character against
/// [`is_word_char_by_tables`].
pub(crate) fn is_word_char(c: char) -> bool {
    common_letter(c).unwrap_or_else(|| match c as u32 {
        cp @ 0x800..=0xFFFF => bmp_word_char(cp),
        _ => is_word_char_by_tables(c),
    })
}

/// [`is_word_char_by_tables`] for every character below U+10000, one bit
/// each (8 KiB), built once: a character of three bytes in UTF-8 (Indic
/// scripts, Thai, kana, CJK, Hangul, symbols) is then answered by a bit
/// test instead of the tables' search.
static BMP_WORD_CHARS: LazyLock<Box<[u64; 1024]>> = LazyLock::new(|| {
    let mut bits = Box::new([0u64; 1024]);
    for (cp, c) in (0..0x1_0000u32).filter_map(|cp| char::from_u32(cp).map(|c| (cp, c))) {
        if is_word_char_by_tables(c) {
            bits[cp as usize / 64] |= 1 << (cp % 64);
        }
    }
    bits
});

/// [`is_word_char`] for the code point `cp`, below U+10000.
fn bmp_word_char(cp: u32) -> bool {
    BMP_WORD_CHARS[(cp as usize / 64) & 1023] >> (cp % 64) & 1 != 0
}

/// [`is_word_char`] for the character of three bytes in UTF-8 that `b`
/// starts with (its lead byte is 0xE0 to 0xEF), read from the bytes
/// without decoding.
pub(crate) fn three_byte_word_char(b: [u8; 3]) -> bool {
    let cp = (u32::from(b[0] & 0x0F) << 12) | (u32::from(b[1] & 0x3F) << 6) | u32::from(b[2] & 0x3F);
    bmp_word_char(cp)
}

pub(crate) fn is_word_char_by_tables(c: char) -> bool {
    use unicode_properties::{GeneralCategoryGroup, UnicodeGeneralCategory};
    c.is_alphanumeric() || c.general_category_group() == GeneralCategoryGroup::Mark
}

/// Whether `c` is a letter, for the ranges [`is_alnum`] answers without the
/// tables; `None` outside them.
pub(crate) fn common_letter(c: char) -> Option<bool> {
    match c as u32 {
        0xC0..=0x24F => Some(!matches!(c, '×' | '÷')),
        0x400..=0x481 | 0x48A..=0x52F | 0x5D0..=0x5EA | 0x621..=0x63A | 0x641..=0x64A => Some(true),
        0x3041..=0x3096 | 0x30A1..=0x30FA | 0x4E00..=0x9FFF | 0xAC00..=0xD7A3 => Some(true),
        0x2000..=0x206F => Some(false),
        _ => None,
    }
}

/// Eight bytes at a time: the high bit of each byte of the result says
/// whether that byte of `x` (taken as below 0x80) lies in `lo..=hi`. A
/// byte's range check cannot borrow from the next, since every byte has its
/// high bit set before subtracting; callers rule out bytes of 0x80 and above.
pub(crate) fn ascii_in_range(x: u64, lo: u8, hi: u8) -> u64 {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const ONES: u64 = 0x0101_0101_0101_0101;
    let x = x | HIGH;
    x.wrapping_sub(ONES * u64::from(lo)) & !x.wrapping_sub(ONES * u64::from(hi + 1)) & HIGH
}

/// How many bytes at the start of `b` are ASCII letters or digits, found
/// eight at a time with [`ascii_in_range`].
pub(crate) fn ascii_word_run(b: &[u8]) -> usize {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut n = 0;
    while let Some(chunk) = b.get(n..n + 8).and_then(|c| <[u8; 8]>::try_from(c).ok()) {
        let x = u64::from_le_bytes(chunk);
        let word = ascii_in_range(x, b'0', b'9') | ascii_in_range(x | 0x2020_2020_2020_2020, b'a', b'z');
        // A byte with its own high bit set is not ASCII: it stops the run too.
        let stop = (!word | x) & HIGH;
        if stop != 0 {
            return n + (stop.trailing_zeros() / 8) as usize;
        }
        n += 8;
    }
    n + b[n..].iter().take_while(|x| x.is_ascii_alphanumeric()).count()
}

/// `s` without leading and trailing white space, as `str::trim` gives it;
/// a text that starts and ends with a visible ASCII character, as most lines
/// do, is settled by those two bytes.
pub(crate) fn trim(s: &str) -> &str {
    let visible = |b: Option<&u8>| b.is_some_and(|b| b.is_ascii_graphic());
    if visible(s.as_bytes().first()) && visible(s.as_bytes().last()) {
        s
    } else {
        s.trim()
    }
}

/// Counts the words of `text`: runs of non-space characters holding a letter
/// or digit; a run of CJK ideographs or kana counts one word per two characters.
pub(crate) fn word_count(text: &str) -> usize {
    word_count_up_to(text, usize::MAX)
}

/// `word_count(text).min(limit)`, counting no further than `limit`: most
/// callers ask whether a paragraph has a few words, not how many. ASCII
/// bytes are classed as bytes; only other characters are decoded.
pub(crate) fn word_count_up_to(text: &str, limit: usize) -> usize {
    let b = text.as_bytes();
    let (mut n, mut i) = (0usize, 0);
    // The run under way: whether it holds a letter or digit, and how many CJK characters.
    let (mut alnum, mut cjk) = (false, 0usize);
    let words = |alnum: bool, cjk: usize| if cjk > 0 { cjk.div_ceil(2) } else { usize::from(alnum) };
    while i < b.len() {
        let x = b[i];
        let (space, len) = if x < 0x80 {
            alnum |= x.is_ascii_alphanumeric();
            (x == b' ' || (b'\t'..=b'\r').contains(&x), 1)
        } else {
            let Some(c) = text[i..].chars().next() else { break };
            let space = c.is_whitespace();
            alnum |= !space && is_alnum(c);
            cjk += usize::from(is_cjk(c));
            (space, c.len_utf8())
        };
        if space {
            n = n.saturating_add(words(alnum, cjk));
            if n >= limit {
                return limit;
            }
            (alnum, cjk) = (false, 0);
        }
        i += len;
    }
    n.saturating_add(words(alnum, cjk)).min(limit)
}

/// Ideographs, kana and hangul syllables: scripts written without spaces between words
/// (hangul does use spaces, but a syllable carries about half a word).
pub(crate) fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2FA1F)
}

/// The tokens of `text`, as byte ranges. A token is a run of letters,
/// digits, combining marks (the vowel signs of Indic scripts) and joiners
/// (such as `.` and `,`, so that a counter like "1.2K" is one token),
/// trimmed of the joiners that cannot end it (`.`, `,`, `'`, `’`, `-`);
/// other punctuation separates tokens. ASCII bytes are classed by
/// a table; only other characters are decoded.
pub(crate) fn token_spans(text: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    const TRIMMED: [char; 5] = ['.', ',', '\'', '’', '-'];
    let b = text.as_bytes();
    // Whether the character at `i` joins a token, and its length.
    let joins_at = move |i: usize| -> (bool, usize) {
        match b[i] {
            x if x < 0x80 => (x.is_ascii_alphanumeric() || matches!(x, b'.' | b',' | b'+' | b'&' | b'\'' | b'-'), 1),
            _ => text[i..].chars().next().map_or((false, 1), |c| (is_word_char(c) || c == '’', c.len_utf8())),
        }
    };
    let mut pos = 0;
    std::iter::from_fn(move || {
        while pos < b.len() {
            // Past what joins no token, then along what does.
            let (joins, len) = joins_at(pos);
            if !joins {
                pos += len;
                continue;
            }
            let start = pos;
            // Most of a token is ASCII letters and digits: skipped eight bytes at a time.
            pos += ascii_word_run(&b[pos..]);
            while pos < b.len() {
                let (joins, len) = joins_at(pos);
                if !joins {
                    break;
                }
                pos += len;
            }
            // Most tokens start and end with an ASCII letter or digit: nothing to trim.
            if b[start].is_ascii_alphanumeric() && b[pos - 1].is_ascii_alphanumeric() {
                return Some(start..pos);
            }
            let piece = &text[start..pos];
            let trimmed = piece.trim_start_matches(TRIMMED);
            let from = start + piece.len() - trimmed.len();
            let trimmed = trimmed.trim_end_matches(TRIMMED);
            if !trimmed.is_empty() {
                return Some(from..from + trimmed.len());
            }
        }
        None
    })
}

/// Text lower-cased into a buffer on the stack, so that judging a short
/// block or token never allocates. Text that does not fit reads as empty.
#[derive(Clone, Copy)]
pub(crate) struct Lowered<const N: usize> {
    buf: [u8; N],
    len: usize,
}

impl<const N: usize> Lowered<N> {
    /// `text` lower-cased (empty if it does not fit).
    pub(crate) fn new(text: &str) -> Self {
        let mut out = Lowered { buf: [0; N], len: 0 };
        if text.is_ascii() {
            // Tokens are mostly ASCII: lower-cased a byte at a time.
            if text.len() <= N {
                out.buf[..text.len()].copy_from_slice(text.as_bytes());
                out.buf[..text.len()].make_ascii_lowercase();
                out.len = text.len();
            }
            return out;
        }
        for b in lowered_bytes(text, false) {
            if out.len == N {
                return Lowered { buf: [0; N], len: 0 };
            }
            out.buf[out.len] = b;
            out.len += 1;
        }
        out
    }

    /// The lower-cased text, as bytes: the lookups that take it need no
    /// check that they are UTF-8.
    pub(crate) fn as_bytes(&self) -> &[u8] {
        &self.buf[..self.len]
    }

    #[cfg(test)]
    pub(crate) fn as_str(&self) -> &str {
        std::str::from_utf8(self.as_bytes()).unwrap_or("")
    }
}

/// The UTF-8 bytes of `text` lower-cased, one at a time, so that a matcher
/// can stop at the first byte that settles it. With `collapse`, runs of
/// white space become one space and white space at either end is dropped.
pub(crate) fn lowered_bytes(text: &str, collapse: bool) -> impl Iterator<Item = u8> + '_ {
    lowered_bytes_at(text, collapse).map(|(_, b)| b)
}

/// [`lowered_bytes_at`] with white space collapsed, as far as that is
/// `text`'s bytes lower-cased one by one: up to the first byte that is not
/// ASCII, or is white space other than one space between two ASCII bytes
/// that are not. Most short text is all such bytes, and costs no decoding. If it
/// stops short of the end, `held_back` is set.
pub(crate) fn plain_lowered_at<'a>(text: &'a str, held_back: &'a Cell<bool>) -> impl Iterator<Item = (usize, u8)> + 'a {
    let b = text.as_bytes();
    let spacing = |x: u8| x == b' ' || (b'\t'..=b'\r').contains(&x);
    b.iter().enumerate().map_while(move |(i, &x)| {
        let plain = match x {
            // A space comes with the offset of the character after it.
            b' ' => (i > 0 && b.get(i + 1).is_some_and(|&next| next < 0x80 && !spacing(next))).then_some((i + 1, b' ')),
            _ if x >= 0x80 || spacing(x) => None,
            _ => Some((i, x.to_ascii_lowercase())),
        };
        held_back.set(plain.is_none());
        plain
    })
}

/// [`lowered_bytes`], each with the byte offset in `text` of the character it
/// comes from (a collapsed space: of the character after it).
pub(crate) fn lowered_bytes_at(text: &str, collapse: bool) -> impl Iterator<Item = (usize, u8)> + '_ {
    let mut chars = text.char_indices();
    // The bytes of the last character lowered (with a space before it), not yet handed out.
    let mut pending = ([0u8; 16], 0usize, 0usize, 0usize);
    let (mut space, mut started) = (false, false);
    std::iter::from_fn(move || loop {
        let (buf, at, len, offset) = &mut pending;
        if *at < *len {
            *at += 1;
            return Some((*offset, buf[*at - 1]));
        }
        let (i, c) = chars.next()?;
        if collapse && c.is_whitespace() {
            space = started;
            continue;
        }
        started = true;
        (*at, *len, *offset) = (0, 0, i);
        if std::mem::take(&mut space) {
            buf[0] = b' ';
            *len = 1;
        }
        if c.is_ascii() {
            buf[*len] = c.to_ascii_lowercase() as u8;
            *len += 1;
        } else {
            // At most three characters of four bytes each.
            for l in c.to_lowercase() {
                *len += l.encode_utf8(&mut buf[*len..]).len();
            }
        }
    })
}

/// An anchored lazy DFA (regex-automata's hybrid DFA) with a cache per
/// thread. States are built as text reaches them, so start-up costs little;
/// a matcher that steps it a byte at a time stops where it dies, which for
/// most text is its first byte or two.
pub(crate) struct LazyDfa {
    dfa: hybrid::dfa::DFA,
    caches: Pool<hybrid::dfa::Cache, CacheFn>,
    /// One bit per byte: whether the DFA is dead after that first byte.
    dead_after_one: ByteSet,
    /// For each first byte, one bit per second byte: whether the DFA is
    /// dead after the two. Each row is stepped when a text first starts
    /// with its byte, so a program that cleans one short text pays little.
    dead_after_two: Box<[OnceLock<ByteSet>; 256]>,
    /// For each first and second byte, one bit per third byte: whether the
    /// DFA is dead after the three. A first byte's rows are made when a
    /// text first starts with it and lives on past two bytes, and each row
    /// when a text first starts with its two bytes.
    dead_after_three: Box<[OnceLock<ThirdBytes>; 256]>,
}

/// Rows of [`LazyDfa::dead_after_three`] for one first byte, by second byte.
type ThirdBytes = Box<[OnceLock<ByteSet>; 256]>;

/// A set of bytes, one bit each.
#[derive(Clone, Copy, Default)]
struct ByteSet([u64; 4]);

impl ByteSet {
    fn insert(&mut self, x: u8) {
        self.0[usize::from(x >> 6)] |= 1 << (x & 63);
    }

    #[inline(always)]
    fn contains(&self, x: u8) -> bool {
        self.0[usize::from(x >> 6)] >> (x & 63) & 1 != 0
    }
}

type CacheFn = Box<dyn Fn() -> hybrid::dfa::Cache + Send + Sync + std::panic::RefUnwindSafe + std::panic::UnwindSafe>;

impl LazyDfa {
    /// Compiles `pattern`; it must be valid (the patterns are static).
    pub(crate) fn new(pattern: &str) -> Self {
        Self::from_dfa(hybrid::dfa::DFA::new(pattern).expect("static pattern"))
    }

    fn from_dfa(dfa: hybrid::dfa::DFA) -> Self {
        let for_caches = dfa.clone();
        // The state after every first byte, stepped once here. A step that
        // fails counts as alive: the caller then steps the DFA.
        let mut dead_after_one = ByteSet::default();
        let mut cache = dfa.create_cache();
        for x in 0..=255u8 {
            if matches!(walk(&dfa, &mut cache, [(0, x)]), Some(Walk::Dead(_))) {
                dead_after_one.insert(x);
            }
        }
        let dead_after_two = Box::new(std::array::from_fn(|_| OnceLock::new()));
        let dead_after_three = Box::new(std::array::from_fn(|_| OnceLock::new()));
        let caches = Pool::new(Box::new(move || for_caches.create_cache()) as CacheFn);
        LazyDfa { dfa, caches, dead_after_one, dead_after_two, dead_after_three }
    }

    /// Checks [`LazyDfa::dies_within_two`] against stepping the DFA, for
    /// every two bytes, and [`LazyDfa::dies_within_three`] for every three
    /// of the bytes text starts with most: ASCII letters, digits, the space
    /// and the lead bytes of Latin-1 and Cyrillic letters.
    #[cfg(test)]
    pub(crate) fn assert_byte_tables_agree(&self) {
        for x in 0..=255u8 {
            for y in 0..=255u8 {
                assert_eq!(self.dies_within_two(x, y), self.dies_at([(0, x), (1, y)]), "{x:#x} {y:#x}");
            }
        }
        let common: Vec<u8> =
            (b'a'..=b'z').chain(b'A'..=b'Z').chain(b'0'..=b'9').chain([b' ', 0xC3, 0xD0, 0xD1]).collect();
        for &x in &common {
            for &y in &common {
                for z in 0..=255u8 {
                    let stepped = self.dies_at([(0, x), (1, y), (2, z)]);
                    assert_eq!(self.dies_within_three(x, y, z), stepped, "{x:#x} {y:#x} {z:#x}");
                }
            }
        }
    }

    /// Where the DFA dies on the bytes `x` then `y`, if it dies on one of
    /// them: 0 at `x`, 1 at `y`. Told from a table, without a cache: most
    /// text the DFAs are run on dies within its first two bytes, and no
    /// text that starts so matches (a match shows only in the state after
    /// the byte that ends it, which is not dead).
    #[inline(always)]
    pub(crate) fn dies_within_two(&self, x: u8, y: u8) -> Option<usize> {
        if self.dead_after_one.contains(x) {
            Some(0)
        } else {
            self.dead_after_two[usize::from(x)].get_or_init(|| self.dead_after_bytes(&[x])).contains(y).then_some(1)
        }
    }

    /// [`LazyDfa::dies_within_two`] for three bytes: 0, 1 or 2 for where
    /// it dies on `x`, `y`, `z`. Told from tables, without a cache.
    #[inline(always)]
    pub(crate) fn dies_within_three(&self, x: u8, y: u8, z: u8) -> Option<usize> {
        self.dies_within_two(x, y).or_else(|| {
            let rows = self.dead_after_three[usize::from(x)]
                .get_or_init(|| Box::new(std::array::from_fn(|_| OnceLock::new())));
            rows[usize::from(y)].get_or_init(|| self.dead_after_bytes(&[x, y])).contains(z).then_some(2)
        })
    }

    /// The bytes after which, following `prefix`, the DFA is dead (none if
    /// it is dead already, or a step fails: the caller then steps the DFA).
    fn dead_after_bytes(&self, prefix: &[u8]) -> ByteSet {
        let mut row = ByteSet::default();
        let mut cache = self.caches.get();
        let bytes = |last: Option<u8>| prefix.iter().copied().chain(last).map(|b| (0, b));
        if !matches!(walk(&self.dfa, &mut cache, bytes(None)), Some(Walk::Alive(_))) {
            return row;
        }
        for y in 0..=255u8 {
            if matches!(walk(&self.dfa, &mut cache, bytes(Some(y))), Some(Walk::Dead(_))) {
                row.insert(y);
            }
        }
        row
    }

    /// Whether `bytes`, whole, match (no if the search fails, which with
    /// the default configuration it never does).
    pub(crate) fn matches(&self, bytes: impl IntoIterator<Item = u8>) -> bool {
        matches!(self.run(bytes.into_iter().map(|b| (0, b))), Some(Run::End(true)))
    }

    /// The offset that comes with the byte at which the DFA dies on
    /// `bytes`: no text that starts with the bytes up to it matches. `None`
    /// if it never dies (or the search fails).
    pub(crate) fn dies_at(&self, bytes: impl IntoIterator<Item = (usize, u8)>) -> Option<usize> {
        match self.run(bytes) {
            Some(Run::Dead(at)) => Some(at),
            _ => None,
        }
    }

    /// Whether `bytes`, whole, match, when the DFA dies on them or they all
    /// come: `None` if `complete` says, once they have run out, that some
    /// were held back (or the search fails).
    pub(crate) fn matches_if_complete(
        &self,
        bytes: impl IntoIterator<Item = u8>,
        complete: impl Fn() -> bool,
    ) -> Option<bool> {
        match self.run(bytes.into_iter().map(|b| (0, b)))? {
            Run::Dead(_) => Some(false),
            Run::End(matched) => complete().then_some(matched),
        }
    }

    /// Steps the DFA through `bytes`, each with an offset to report where it died.
    /// `None` if the search fails.
    fn run(&self, bytes: impl IntoIterator<Item = (usize, u8)>) -> Option<Run> {
        let mut cache = self.caches.get();
        match walk(&self.dfa, &mut cache, bytes)? {
            Walk::Dead(at) => Some(Run::Dead(at)),
            Walk::Alive(state) => Some(Run::End(self.dfa.next_eoi_state(&mut cache, state).ok()?.is_match())),
        }
    }

    /// Whether some start of `text` matches. Used as a gate before fuller
    /// checks, so it answers yes if the search fails (with the default
    /// configuration, a lazy DFA never gives up).
    pub(crate) fn matches_start(&self, text: &str) -> bool {
        let dies = match *text.as_bytes() {
            [x, y, z, ..] => self.dies_within_three(x, y, z),
            [x, y] => self.dies_within_two(x, y),
            _ => None,
        };
        if dies.is_some() {
            return false;
        }
        let mut cache = self.caches.get();
        let input = Input::new(text).anchored(Anchored::Yes).earliest(true);
        !matches!(self.dfa.try_search_fwd(&mut cache, &input), Ok(None))
    }
}

/// Where stepping a lazy DFA through some bytes left it.
enum Walk {
    /// It died at the byte that came with this offset.
    Dead(usize),
    /// The bytes ran out; the state they reached.
    Alive(hybrid::LazyStateID),
}

/// Steps `dfa` from its anchored start through `bytes`, each with an offset
/// to report where it died; `None` if a step fails (with the default
/// configuration, none does). Every step is taken from the state the one
/// before returned: the cache may be cleared when it fills, and a state's
/// id from before a clear is no longer valid (stepping twice from one
/// state could panic), so each walk starts afresh.
fn walk(
    dfa: &hybrid::dfa::DFA,
    cache: &mut hybrid::dfa::Cache,
    bytes: impl IntoIterator<Item = (usize, u8)>,
) -> Option<Walk> {
    let mut state = dfa.start_state(cache, &start::Config::new().anchored(Anchored::Yes)).ok()?;
    for (at, b) in bytes {
        state = dfa.next_state(cache, state, b).ok()?;
        if state.is_dead() {
            return Some(Walk::Dead(at));
        }
    }
    Some(Walk::Alive(state))
}

/// How a run of a [`LazyDfa`] ended.
enum Run {
    /// It died at the byte that came with this offset.
    Dead(usize),
    /// The bytes ran out; whether they match.
    End(bool),
}

impl fmt::Debug for LazyDfa {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("LazyDfa").finish_non_exhaustive()
    }
}

/// Whether `token` is a counter: "0", "14", "1.2k", "3,4k", "2m".
pub(crate) fn is_counter(token: &[u8]) -> bool {
    let t = match token {
        [rest @ .., b'k' | b'm' | b'b'] => rest,
        _ => token,
    };
    t.first().is_some_and(u8::is_ascii_digit) && t.iter().all(|&b| b.is_ascii_digit() || b == b'.' || b == b',')
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`word_count`] as first written: white-space runs, each decoded.
    fn word_count_by_runs(text: &str) -> usize {
        let words_in_run = |w: &str| {
            let cjk = w.chars().filter(|&c| is_cjk(c)).count();
            if cjk > 0 {
                cjk.div_ceil(2).max(1)
            } else {
                usize::from(w.chars().any(is_alnum))
            }
        };
        text.split_whitespace().map(words_in_run).sum()
    }

    #[test]
    fn byte_tables_hold_when_the_cache_is_cleared_while_they_are_made() {
        // The smallest cache there is: making a row of the tables clears it
        // many times, and a state's id from before a clear must not be used.
        let words = ["previous", "article", "précédent", "следующая", "seite", "página", "menu", "skip", "back"];
        let pattern = format!("(?i)^(?:{})(?:\\s(?:{}))*$", words.join("|"), words.join("|"));
        let config = hybrid::dfa::DFA::config().cache_capacity(0).skip_cache_capacity_check(true);
        let dfa = hybrid::dfa::DFA::builder().configure(config).build(&pattern).expect("valid pattern");
        let lazy = LazyDfa::from_dfa(dfa);
        lazy.assert_byte_tables_agree();
        assert!(lazy.matches_start("Previous article"));
        assert!(lazy.matches_start("Следующая Seite"));
        assert!(!lazy.matches_start("Prevalent"));
    }

    #[test]
    fn word_characters_by_range_agree_with_the_unicode_tables() {
        for c in (0x80..0x10000u32).filter_map(char::from_u32) {
            assert_eq!(is_word_char(c), is_word_char_by_tables(c), "U+{:04X}", c as u32);
        }
    }

    #[test]
    fn three_byte_word_characters_by_their_bytes_agree_with_the_unicode_tables() {
        for c in (0x800..0x10000u32).filter_map(char::from_u32) {
            let mut buf = [0; 4];
            let b = c.encode_utf8(&mut buf).as_bytes();
            assert_eq!(three_byte_word_char([b[0], b[1], b[2]]), is_word_char_by_tables(c), "U+{:04X}", c as u32);
        }
    }

    #[test]
    fn word_counts_agree_with_counting_white_space_runs() {
        let pieces = ["a", "7", "-", " ", "\n", "\u{b}", "\u{1c}", "\u{a0}", "\u{3000}", "é", "日", "本", "ー", "!"];
        for t in crate::testing::every_text(&pieces, 4, "") {
            let n = word_count_by_runs(&t);
            assert_eq!(word_count(&t), n, "{t:?}");
            for limit in 0..4 {
                assert_eq!(word_count_up_to(&t, limit), n.min(limit), "{t:?} up to {limit}");
            }
        }
    }

    #[test]
    fn plain_lowered_bytes_are_the_start_of_the_lowered_bytes() {
        let pieces = ["a", "B", " ", "\t", "\n", "\r", "É", "\u{a0}", "x"];
        for t in crate::testing::every_text(&pieces, 5, "") {
            let held_back = Cell::new(false);
            let plain: Vec<(usize, u8)> = plain_lowered_at(&t, &held_back).collect();
            let lowered: Vec<(usize, u8)> = lowered_bytes_at(&t, true).collect();
            match held_back.get() {
                true => assert!(lowered.starts_with(&plain), "{t:?}: {plain:?} {lowered:?}"),
                false => assert_eq!(plain, lowered, "{t:?}"),
            }
        }
    }

    #[test]
    fn ascii_word_runs_by_eight_agree_with_a_byte_loop() {
        for b in crate::testing::every_byte_everywhere(&[0, 1, 7, 8, 9, 15, 16, 17, 30], b'a') {
            let expected = b.iter().take_while(|c| c.is_ascii_alphanumeric()).count();
            assert_eq!(ascii_word_run(&b), expected, "{b:?}");
        }
        assert_eq!(ascii_word_run(b"Zz09AZaz@[`{/:"), 8);
    }

    #[test]
    fn trim_agrees_with_str_trim() {
        let pieces = ["a", ".", " ", "\t", "\n", "\u{a0}", "\u{3000}", "\u{e9}", "\u{85}"];
        for t in crate::testing::every_text(&pieces, 4, "") {
            assert_eq!(trim(&t), t.trim(), "{t:?}");
        }
    }

    #[test]
    fn token_spans_agree_with_splitting_and_trimming() {
        let by_split = |text: &str| -> Vec<Range<usize>> {
            let base = text.as_ptr() as usize;
            text.split(|c: char| !(is_word_char_by_tables(c) || matches!(c, '.' | ',' | '+' | '&' | '\'' | '’' | '-')))
                .map(|t| t.trim_matches(|c: char| matches!(c, '.' | ',' | '\'' | '’' | '-')))
                .filter(|t| !t.is_empty())
                .map(|t| t.as_ptr() as usize - base..t.as_ptr() as usize - base + t.len())
                .collect()
        };
        // Every text of up to four pieces from an alphabet of token and separator characters.
        let parts = ["a", "Z", "7", ".", ",", "+", "&", "'", "’", "-", " ", "é", "“", "!", "\u{301}", "Abcdefgh9"];
        for t in &crate::testing::every_text(&parts, 4, "") {
            assert_eq!(token_spans(t).collect::<Vec<_>>(), by_split(t), "{t:?}");
        }
    }

    #[test]
    fn lowering_agrees_with_lowering_by_strings() {
        let long = "x".repeat(300);
        for t in [
            "",
            "  Share  this\tARTICLE \x0b\x0c\r\n",
            "ADVERTISEMENT",
            "a",
            &long,
            "Tweet 1.2K",
            " İstanbul\u{2003} ΣΑΣ  Straße ",
        ] {
            for collapse in [false, true] {
                // Character by character: no final-sigma rule.
                let collapsed =
                    if collapse { t.split_whitespace().collect::<Vec<_>>().join(" ") } else { t.to_owned() };
                let lowered: String = collapsed.chars().flat_map(char::to_lowercase).collect();
                let bytes: Vec<u8> = lowered_bytes(t, collapse).collect();
                assert_eq!(bytes, lowered.as_bytes(), "{t:?} {collapse}");
                if !collapse {
                    let fits = if lowered.len() <= 256 { lowered.as_str() } else { "" };
                    assert_eq!(Lowered::<256>::new(t).as_str(), fits, "{t:?}");
                }
            }
        }
    }

    #[test]
    fn alphanumerics_by_range_agree_with_the_unicode_tables() {
        for c in (0..0x10000u32).filter_map(char::from_u32) {
            assert_eq!(is_alnum(c), c.is_alphanumeric(), "U+{:04X}", c as u32);
        }
    }

    #[test]
    fn sentence_ends() {
        assert!(ends_sentence("He left."));
        assert!(ends_sentence("“We must,” he said.”"));
        assert!(ends_sentence("Really?)"));
        assert!(ends_sentence("終わりました。"));
        assert!(!ends_sentence("A headline"));
        assert!(!ends_sentence("Share this:"));
        assert!(!ends_sentence(""));
    }

    #[test]
    fn counts_words() {
        assert_eq!(word_count("Share 0 Tweet 0"), 4);
        assert_eq!(word_count("— a"), 1);
        assert_eq!(word_count("東京都の天気"), 3);
        for t in ["", "a b c", "Share 0 Tweet 0", "— a", "東京都の天気 x", "a  \n b"] {
            for limit in 0..6 {
                assert_eq!(word_count_up_to(t, limit), word_count(t).min(limit), "{t:?} {limit}");
            }
        }
    }

    #[test]
    fn counters() {
        assert!(is_counter(b"0"));
        assert!(is_counter(b"1.2k"));
        assert!(!is_counter(b"k"));
        assert!(!is_counter(b"share"));
    }
}
