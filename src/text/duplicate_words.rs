//! Removes accidentally doubled words: "crucial in in that period".
//!
//! Before:
//! ```text
//! It is crucial in in that period. The the talks
//! were were held.
//! ```
//! After:
//! ```text
//! It is crucial in that period. The talks
//! were held.
//! ```
//!
//! # How it decides
//! Two neighbouring words that are equal, ignoring case, and separated only
//! by spaces or a single line break are a doubling, and the second copy goes,
//! unless one of these says the pair is real:
//! - either holds a digit: scores and tables ("0 0", "1 1");
//! - the pair is a known legitimate double: English "had had", "that that",
//!   and "is is", "was was", "do do" after a subject ("what it is is", but
//!   not "the meeting was was held"); German "die die", "das das", "der der",
//!   "sie sie"; Dutch "die die", "dat dat"; French "nous nous", "vous vous";
//!   names and set phrases ("Bora Bora", "Duran Duran", "Walla Walla",
//!   "bye bye", "ha ha", "very very", and a sung "la la" or "na na" (three
//!   times, capitalised or before a stop: before a word they are the
//!   article doubled, "que la la réforme"); and in other languages the doubles
//!   for "very" and "slowly" ("très très", "очень очень", "piano piano",
//!   "σιγά σιγά");
//! - the first word ends a gendered or compound form ("Direktor*in in",
//!   "Lehrer:in in"), or the second begins a hyphenated one
//!   ("Boutros Boutros-Ghali"): a joiner and a letter after it;
//! - across a line break, the second word starts with a capital or is
//!   followed by code punctuation: a new line starting a heading, a list item
//!   or a statement ("case\nCase can be charged", "import logging\nlogging.warning")
//!   is not a doubling; nor is one after a line shorter than 40 bytes (a
//!   heading, label, comment or line of code: "Functionality\nfunctionality
//!   ...", "# initialize git\ngit init"), as hard-wrapped prose runs longer;
//! - a tab stands between the two (table columns: "Unlimited\tUnlimited"),
//!   or an assignment follows them (code: "Message message = ...");
//! - the pair is deliberate: it fills its whole line ("Talk Talk", an
//!   architects' firm "Leong Leong"), or the same pair stands elsewhere in the
//!   document too (table rows "Yes Yes No", "Sri Sri Ravi Shankar" twice): an
//!   accident happens once;
//! - a word is camel-case code ("CancellationToken cancellationToken");
//! - the word is written in an Indic script or the Arabic script: Hindi,
//!   Bengali, Urdu and Persian reduplicate freely ("बार बार", "کم کم"),
//!   though not their little words ("على على", "में में" go);
//! - the document is in a language that reduplicates words: Indonesian and
//!   Malay ("biasa biasa", "amat amat"), recognised by their function words;
//!   Turkish and Azerbaijani ("sık sık", "yavaş yavaş"), recognised by the
//!   dotless ı that no other large language writes; or Vietnamese ("từ
//!   từ"), recognised by its tone-marked vowels.

use std::borrow::Cow;
use std::collections::HashMap;
use std::ops::Range;
use std::sync::LazyLock;

use rustc_hash::FxHashSet;
use wide::u8x16;

use crate::changes::{compose, Dirty, Edit};
use crate::filter::TextFilter;
use crate::report::{Removal, Sink};
use crate::scan::{in_range, lanes};
use crate::text::{ascii_word_run, is_word_char, three_byte_word_char};

/// Removes doubled words; see the [module docs](self).
///
/// ```
/// use unclutter::{Pipeline, text::DuplicateWords};
///
/// let p = Pipeline::builder().filter(DuplicateWords).build();
/// assert_eq!(p.clean_text("It is crucial in in that period."), "It is crucial in that period.");
/// assert_eq!(p.clean_text("He had had enough."), "He had had enough.");
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct DuplicateWords;

/// Words that legitimately stand twice in a row (lower-case).
const LEGIT: &[&str] = &[
    // en: "he had had enough", "so that that works"
    "had",
    "that", // de, nl: relative pronouns after articles; "dass sie sie sieht"
    "die",
    "das",
    "der",
    "sie",
    "dat", // fr: "nous nous sommes", "vous vous êtes"
    "nous",
    "vous", // names and set phrases
    "bora",
    "duran",
    "walla",
    "pago",
    "baden",
    "sing",
    "mahi",
    "goo",
    "sirhan",
    "talk",
    "bye",
    "ha",
    "haha",
    "ho",
    "hee",
    "no",
    "yeah",
    "very",
    "really",
    "so",
    "tut",
    "knock",
    "chop",
    "bla",
    "blah",
    "boo",
    "choo",
    "tom",
    "pom",
    "dum",
    "la",
    "na",
    "hip",
    "go",
    "bang",
    "bling",
    "chin",
    "cha",
    "yum",
    "night",
    "rah",
    "many",
    "etc",
    "plus",
    "minus",
    "kiss",
    "sri",
    // "very very" in other languages, and "slowly, slowly" (it "piano piano", el "σιγά σιγά", he "לאט לאט", sw "pole pole")
    "sehr",
    "très",
    "muy",
    "molto",
    "muito",
    "zeer",
    "bardzo",
    "очень",
    "πολύ",
    "piano",
    "σιγά",
    "λίγο",
    "לאט",
    "pole",
];

/// The longest word of [`LEGIT`], in bytes: a longer word is none of them.
const LEGIT_MAX: usize = {
    let (mut max, mut i) = (0, 0);
    while i < LEGIT.len() {
        if LEGIT[i].len() > max {
            max = LEGIT[i].len();
        }
        i += 1;
    }
    max
};

/// Words that stand twice in a row after a subject ("what it is is", "all
/// it was was", "what they do do"), and the subjects (lower-case): after
/// any other word ("The meeting was was held") the pair is a slip.
const LEGIT_AFTER_SUBJECT: &[&str] = &["is", "was", "do", "does"];
const SUBJECTS: &[&str] =
    &["i", "you", "we", "they", "he", "she", "it", "this", "that", "these", "those", "there", "what", "who", "which"];

/// The word that ends just before byte `at` of `text`, past white space.
fn word_ending_before(text: &str, at: usize) -> &str {
    let before = text[..at].trim_end();
    let start = before
        .rfind(|c: char| !is_word_char(c))
        .map_or(0, |i| i + before[i..].chars().next().map_or(1, char::len_utf8));
    &before[start..]
}

/// Function words of languages that reduplicate (Indonesian, Malay).
const REDUPLICATING: &[&str] = &[
    "yang", "dan", "di", "ini", "itu", "dengan", "untuk", "tidak", "dari", "dalam", "akan", "pada", "juga", "karena",
    "ada", "kita", "mereka", "atau", "bisa", "sudah", "oleh", "tersebut", "adalah", "kami", "saya",
];

/// Prepositions, postpositions, conjunctions and articles of Arabic and
/// Hindi, written as those languages write them (Arabic's ي and ى, not the
/// ی of Persian and Urdu): words of the scripts that reduplicate freely,
/// but that those languages never write twice in a row.
const NEVER_REDUPLICATED: &[&str] = &[
    // ar
    "في",
    "على",
    "إلى",
    "الى",
    "عن",
    "أن",
    "إن",
    "مع",
    "التي",
    "الذي",
    "الذين",
    "هذا",
    "هذه",
    "ذلك",
    "تلك",
    "حتى",
    "بين",
    "منذ",
    "لدى",
    "قد",
    "لقد",
    // hi
    "में",
    "के",
    "की",
    "का",
    "को",
    "से",
    "ने",
    "पर",
    "और",
    "कि",
    "है",
    "हैं",
    "था",
    "थी",
    "थे",
];

/// A word: a run of alphanumeric characters (with combining marks), as byte offsets.
#[derive(Clone, Copy)]
struct Word {
    start: usize,
    end: usize,
}

fn is_punctuation(c: char) -> bool {
    use unicode_properties::{GeneralCategoryGroup, UnicodeGeneralCategory};
    c.is_ascii_punctuation() || (!c.is_ascii() && c.general_category_group() == GeneralCategoryGroup::Punctuation)
}

/// Iterates over the words of `text`. ASCII bytes are judged as bytes; only
/// other characters are decoded.
fn words(text: &str) -> impl Iterator<Item = Word> + '_ {
    let mut i = 0;
    std::iter::from_fn(move || {
        // Skip to the next word, then take it whole.
        while i < text.len() {
            let b = text.as_bytes();
            if b[i] < 0x80 {
                // ASCII bytes that are no letter or digit start no word; an
                // ASCII word goes on only if another script follows it.
                if !b[i].is_ascii_alphanumeric() {
                    i += 1;
                    continue;
                }
                let run = i + ascii_word_run(&b[i..]);
                let end = if b.get(run).is_some_and(|&x| x >= 0x80) { word_end(text, run) } else { run };
                let word = Word { start: i, end };
                i = end;
                return Some(word);
            }
            let end = word_end(text, i);
            if end > i {
                let word = Word { start: i, end };
                i = end;
                return Some(word);
            }
            i += text[i..].chars().next().map_or(1, char::len_utf8);
        }
        None
    })
}

fn eq_ignore_case(a: &str, b: &str) -> bool {
    // Most pairs differ in their first letter: an ASCII first byte in both
    // settles it, since ASCII letters only lower-case to ASCII letters.
    match (a.as_bytes().first(), b.as_bytes().first()) {
        (Some(&x), Some(&y)) if x < 0x80 && y < 0x80 && !x.eq_ignore_ascii_case(&y) => return false,
        _ => {}
    }
    if a.is_ascii() && b.is_ascii() {
        return a.eq_ignore_ascii_case(b);
    }
    if a == b {
        return true;
    }
    // Both lower-cased sequences end with the lower-case form of the last
    // character: most pairs of other scripts differ there.
    let last = |s: &str| s.chars().next_back().and_then(|c| c.to_lowercase().last());
    if last(a) != last(b) {
        return false;
    }
    a.chars().flat_map(char::to_lowercase).eq(b.chars().flat_map(char::to_lowercase))
}

/// How many words, from the start, [`reduplicates`] reads: the function
/// words of a language are common enough to show in its first 200.
const SAMPLE_WORDS: usize = 200;

/// Whether the document reads as a reduplicating language: at least 8 in
/// 100 of its first [`SAMPLE_WORDS`] words (and at least 20 words) are
/// [`REDUPLICATING`] function words. Most texts are told apart by [`surely_not_reduplicating`]
/// before their words are taken one by one.
fn reduplicates(text: &str) -> bool {
    if letters_reduplicate(text.as_bytes()) {
        return true;
    }
    if surely_not_reduplicating(text.as_bytes()) {
        return false;
    }
    let (mut total, mut hits) = (0usize, 0usize);
    for w in words(text).take(SAMPLE_WORDS) {
        let w = &text[w.start..w.end];
        total += 1;
        hits += usize::from(is_reduplicating_function_word(w));
    }
    total >= 20 && hits * 100 >= total * 8
}

/// Whether the text reads, by its letters, as a language that reduplicates
/// freely: Turkish or Azerbaijani ("sık sık", "yavaş yavaş"), which write
/// the dotless ı (U+0131), or Vietnamese ("từ từ"), which writes the
/// tone-marked vowels of U+1EA0..=U+1EF9. Either must stand in the first
/// 20,000 bytes at least 5 times and at least once in 400 bytes: the prose
/// of those languages holds them once in 10 to 20 bytes, and a name or
/// quotation in another language's text a few times at most.
fn letters_reduplicate(b: &[u8]) -> bool {
    let head = &b[..b.len().min(20_000)];
    let dense = |count: usize| count >= 5 && count * 400 >= head.len();
    // One scan for the lead bytes of both: ı is C4 B1, and U+1EA0..=U+1EF9
    // are E1 BA A0 to E1 BB B9.
    let (mut dotless_i, mut vietnamese) = (0, 0);
    for i in memchr::memchr2_iter(0xC4, 0xE1, head) {
        match (head[i], head.get(i + 1)) {
            (0xC4, Some(0xB1)) => dotless_i += 1,
            (0xE1, Some(0xBA | 0xBB)) => vietnamese += 1,
            _ => {}
        }
    }
    dense(dotless_i) || dense(vietnamese)
}

/// Whether [`reduplicates`] surely answers no: fewer than 8 in 100 of the
/// first [`SAMPLE_WORDS`] words can be function words, by [`word_bounds`].
fn surely_not_reduplicating(b: &[u8]) -> bool {
    let (words, function_words) = word_bounds(b);
    function_words * 100 < words.min(SAMPLE_WORDS) * 8
}

/// Bounds on the words of `b` and on the [`REDUPLICATING`] words among its
/// first [`SAMPLE_WORDS`], told from [`classify`]'s masks, 64 bytes at a time, without
/// taking words one by one:
/// - at least as many words as runs of ASCII letters and digits that start
///   the text or follow an ASCII byte of another kind: each starts a word of
///   its own;
/// - at most as many function words as runs of ASCII letters and digits as
///   long as one and starting with the same two letters in any case
///   ([`FunctionWords::may_start`]): a function word that stands as a word
///   is such a run.
///
/// The scan stops after the block where the first bound reaches
/// [`SAMPLE_WORDS`]: the words sampled all start before there, so a long
/// text costs no more than its first few hundred words.
fn word_bounds(b: &[u8]) -> (usize, usize) {
    let (mut words, mut function_words) = (0usize, 0usize);
    let known = &*FUNCTION_WORDS;
    // Whether the byte before the block is a letter or digit, or any byte of a word.
    let (mut alnum_before, mut joins_before) = (0, 0);
    for (k, block) in b.chunks(64).enumerate() {
        let (_, alnum, high) = classify(block);
        let joins = alnum | high;
        words += (alnum & !((joins << 1) | joins_before)).count_ones() as usize;
        // Runs of at least two (every function word is), or that may go on in the next block.
        let mut runs = alnum & !((alnum << 1) | alnum_before) & ((alnum >> 1) | 1 << 63);
        // The block and the byte after it, read without bounds checks: in
        // place but near the end of the text, where zeros pad a copy.
        let mut padded = [0; 65];
        let window = match b.get(64 * k..64 * k + 65).and_then(|w| <&[u8; 65]>::try_from(w).ok()) {
            Some(whole) => whole,
            None => {
                padded[..block.len()].copy_from_slice(block);
                padded[64] = b.get(64 * k + 64).copied().unwrap_or(0);
                &padded
            }
        };
        while runs != 0 {
            let j = runs.trailing_zeros() as usize;
            runs &= runs - 1;
            // Most runs start with two letters no function word starts with.
            if !known.may_pair(window[j], window[j + 1]) {
                continue;
            }
            let len = match (!alnum >> j).trailing_zeros() as usize {
                // A run that reaches the end of the block may go on in the next.
                len if j + len >= block.len() => ascii_word_run(&b[64 * k + j..]),
                len => len,
            };
            function_words += usize::from(known.may_start(window[j], window[j + 1], len));
        }
        (alnum_before, joins_before) = (alnum >> 63, joins >> 63);
        if words >= SAMPLE_WORDS {
            break;
        }
    }
    (words, function_words)
}

/// [`REDUPLICATING`] as a hash set, and, per first letter, the lengths its
/// words have: most words are settled by those two without hashing.
struct FunctionWords {
    set: FxHashSet<&'static [u8]>,
    lengths: [u16; 26],
    /// For each first and second letter (lower-case, `a` to `z`), one bit
    /// for each length (up to 15) of a function word that starts so.
    pair_lengths: [u16; 26 * 26],
    /// For each byte, as a first letter in any case, one bit for each
    /// second letter of a function word (none for a byte that is no letter).
    firsts: [u32; 256],
    /// For each byte, as a second letter in any case, its one bit (none for
    /// a byte that is no letter).
    seconds: [u32; 256],
}

impl FunctionWords {
    /// The index in `pair_lengths` of the bytes `a` and `b`, if both are
    /// ASCII letters.
    fn pair(a: u8, b: u8) -> Option<usize> {
        let (a, b) = (a.to_ascii_lowercase(), b.to_ascii_lowercase());
        (a.is_ascii_lowercase() && b.is_ascii_lowercase()).then(|| usize::from(a - b'a') * 26 + usize::from(b - b'a'))
    }

    /// Whether some function word starts with the bytes `a` and `b`, as
    /// letters in any case: a cheaper first check than [`Self::may_start`],
    /// which needs the word's length too.
    #[inline(always)]
    fn may_pair(&self, a: u8, b: u8) -> bool {
        self.firsts[usize::from(a)] & self.seconds[usize::from(b)] != 0
    }

    /// Whether a word of `len` bytes that starts with the bytes `a` and
    /// `b` has the length and first two letters, in any case, of some
    /// function word.
    #[inline(always)]
    fn may_start(&self, a: u8, b: u8, len: usize) -> bool {
        len < 16 && Self::pair(a, b).is_some_and(|i| self.pair_lengths[i] & (1 << len) != 0)
    }
}

static FUNCTION_WORDS: LazyLock<FunctionWords> = LazyLock::new(|| {
    let mut lengths = [0u16; 26];
    for w in REDUPLICATING {
        if let Some(i) = w.bytes().next().and_then(|b| b.checked_sub(b'a')) {
            lengths[usize::from(i).min(25)] |= 1 << w.len().min(15);
        }
    }
    let mut pair_lengths = [0u16; 26 * 26];
    for w in REDUPLICATING {
        if let Some(i) = w.as_bytes().get(..2).and_then(|ab| FunctionWords::pair(ab[0], ab[1])) {
            pair_lengths[i] |= 1 << w.len().min(15);
        }
    }
    let letter_bit = |x: u8| match x.to_ascii_lowercase() {
        c @ b'a'..=b'z' => 1 << (c - b'a'),
        _ => 0,
    };
    let seconds = std::array::from_fn(|x| letter_bit(x as u8));
    let mut firsts = [0u32; 256];
    for w in REDUPLICATING {
        // Every function word is lower-case ASCII letters.
        if let [a, b, ..] = w.as_bytes() {
            for x in [*a, a.to_ascii_uppercase()] {
                firsts[usize::from(x)] |= letter_bit(*b);
            }
        }
    }
    FunctionWords { set: REDUPLICATING.iter().map(|w| w.as_bytes()).collect(), lengths, pair_lengths, firsts, seconds }
});

/// Whether `w` is one of [`REDUPLICATING`], in any case: all are ASCII,
/// lower-case letters, and at most eight bytes long, so `w` is lower-cased
/// on the stack and looked up in a hash set.
fn is_reduplicating_function_word(w: &str) -> bool {
    let n = w.len();
    let first = w.as_bytes().first().map_or(0, u8::to_ascii_lowercase);
    if n > 8 || !first.is_ascii_lowercase() || FUNCTION_WORDS.lengths[usize::from(first - b'a')] & (1 << n) == 0 {
        return false;
    }
    if !w.is_ascii() {
        return false;
    }
    let mut lower = [0u8; 8];
    lower[..n].copy_from_slice(w.as_bytes());
    lower.make_ascii_lowercase();
    FUNCTION_WORDS.set.contains(&lower[..n])
}

/// Whether only spaces or tabs stand between byte `at` and the start of its line.
fn blank_before(text: &str, at: usize) -> bool {
    let b = text.as_bytes();
    let run = b[..at].iter().rev().take_while(|&&c| c == b' ' || c == b'\t').count();
    at == run || b[at - run - 1] == b'\n'
}

/// Whether only spaces or tabs stand between byte `at` and the end of its line.
fn blank_after(text: &str, at: usize) -> bool {
    let b = text.as_bytes();
    let run = b[at..].iter().take_while(|&&c| c == b' ' || c == b'\t').count();
    at + run == b.len() || b[at + run] == b'\n'
}

/// Whether the capitalised doubled pair `pair` (its exact text: a word, the
/// spaces after it, the same word again) stands more than once in `text`,
/// each time as two whole words: the pairs overlap in "Sri Sri Sri". A pair
/// with another gap than spaces never counts. memchr's `memmem` finds the
/// candidates, so a check costs one fast scan and stops at the second.
fn recurs(text: &str, pair: &str) -> bool {
    // The gap between the two words is spaces, tabs and line breaks: spaces alone, or no count.
    if pair.contains(['\t', '\n']) {
        return false;
    }
    let finder = memchr::memmem::Finder::new(pair);
    let (b, mut from, mut found) = (text.as_bytes(), 0, 0);
    while let Some(i) = finder.find(&b[from..]).map(|i| i + from) {
        let end = i + pair.len();
        // A match of whole characters starts and ends on character boundaries.
        let whole = text[..i].chars().next_back().is_none_or(|c| !is_word_char(c))
            && text[end..].chars().next().is_none_or(|c| !is_word_char(c));
        found += usize::from(whole);
        if found > 1 {
            return true;
        }
        from = i + 1;
    }
    false
}

/// How often each capitalised doubled pair (its exact text) stands in `text`,
/// counted in one walk from gap to gap, like [`DuplicateWords::pass`] does.
/// Only pairs whose two words are as long in bytes are counted: only those
/// are asked about ([`word_before`] takes the word before a gap as long as
/// the one after).
fn pair_counts(text: &str) -> HashMap<&str, usize> {
    let b = text.as_bytes();
    let mut counts = HashMap::new();
    let mut gaps = GapEnds::new(b);
    while let Some((e, ascii_run)) = gaps.next() {
        let mut s = e;
        while s > 0 && b[s - 1] == b' ' {
            s -= 1;
        }
        if s == 0 || matches!(b[s - 1], b'\t' | b'\n') {
            continue;
        }
        let end = match ascii_run {
            // An ASCII word is settled by its first and last letters, as in the pass.
            Some(n) if n > 0 && b.get(e + n).is_none_or(|&x| x < 0x80) => {
                if ascii_pair_differs(b, s, e, e + n) {
                    continue;
                }
                e + n
            }
            _ => word_end(text, e),
        };
        let Some(a) = word_before(text, s, end - e) else { continue };
        if text[a.start..].starts_with(char::is_uppercase) && eq_ignore_case(&text[a.start..s], &text[e..end]) {
            *counts.entry(&text[a.start..end]).or_insert(0) += 1;
        }
    }
    counts
}

/// Whether a run of ASCII letters and digits that stops at byte `i` of `b`
/// is a whole word: the text ends there, or an ASCII byte or a character of
/// General Punctuation (U+2000..=U+203F, led by 0xE2 0x80: ’ ” — …) stands
/// there, none of which is a word character.
#[inline(always)]
fn ends_ascii_word(b: &[u8], i: usize) -> bool {
    match b.get(i) {
        None => true,
        Some(&x) => x < 0x80 || (x == 0xE2 && b.get(i + 1) == Some(&0x80)),
    }
}

/// Whether the ASCII word `e..end` after a gap that starts at `s` cannot
/// equal, ignoring case, the word of as many bytes before the gap: there is
/// no room for it, or its first or last byte is an ASCII byte that differs.
/// An ASCII letter lower-cases only to an ASCII letter, and a word of other
/// characters as long in bytes holds fewer characters, so neither can equal
/// an ASCII word that way.
#[inline(always)]
fn ascii_pair_differs(b: &[u8], s: usize, e: usize, end: usize) -> bool {
    let len = end - e;
    let differs = |x: u8, y: u8| x < 0x80 && !x.eq_ignore_ascii_case(&y);
    s < len || differs(b[s - len], b[e]) || differs(b[s - 1], b[end - 1])
}

/// How a pass answers whether a pair recurs: the first few questions each
/// with one [`recurs`] scan, the rest from one [`pair_counts`], so a long
/// text that asks about many pairs still costs linear time. A text too long
/// to stay in cache is counted at the first question: scanning it again
/// for each of a few questions costs more than one count (the scaling
/// bench, 1.6 MB documents: 55.9 MiB/s counting at once, 49.6 scanning).
enum Recurring<'t> {
    Asked(u8),
    Counted(HashMap<&'t str, usize>),
}

impl<'t> Recurring<'t> {
    /// Questions answered by scanning before every pair is counted.
    const SCANS: u8 = 4;
    /// The longest text answered by scanning.
    const SCAN_LIMIT: usize = 256 * 1024;

    fn recurs(&mut self, text: &'t str, pair: &str) -> bool {
        match self {
            Recurring::Asked(n) if *n < Self::SCANS && text.len() <= Self::SCAN_LIMIT => {
                *n += 1;
                recurs(text, pair)
            }
            Recurring::Asked(_) => {
                let counts = pair_counts(text);
                let answer = counts.get(pair).is_some_and(|&n| n > 1);
                *self = Recurring::Counted(counts);
                answer
            }
            Recurring::Counted(counts) => counts.get(pair).is_some_and(|&n| n > 1),
        }
    }
}

/// Why the pair `a`, `b` (with `gap` between) is not a doubling, if it is not one.
/// `adjacent` is false when words between `a` and `b` were already removed.
fn is_legit<'t>(text: &'t str, a: Word, b: Word, gap: &str, adjacent: bool, recurring: &mut Recurring<'t>) -> Legit {
    if is_legit_here(text, a, b, gap, adjacent) {
        Legit::Here
    } else if ends_short_line(text, a, gap) {
        Legit::ShortLine
    } else if text[a.start..].starts_with(char::is_uppercase) && recurring.recurs(text, &text[a.start..b.end]) {
        // A capitalised pair (a name, a table cell) that stands elsewhere too.
        Legit::Recurs
    } else {
        Legit::No
    }
}

/// Why a pair is let stand. A removal elsewhere can change how often a pair
/// stands, and a removal across a line break before it can make its line
/// longer, so only [`Legit::Here`] is a verdict no removal can overturn.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Legit {
    No,
    /// By what the pair is and what stands around it.
    Here,
    /// Because the first word ends a short line ([`ends_short_line`]).
    ShortLine,
    /// Because the same pair stands elsewhere too.
    Recurs,
}

/// Whether the gap between the pair holds a line break after a line (the
/// one `a` ends) shorter than [`SHORT_LINE`]: a heading, a label, a list
/// item, a comment or a line of code whose last word starts the next line
/// ("Functionality\nfunctionality ...", "# initialize git\ngit init").
/// Hard-wrapped prose, where a doubling across the break is a slip, runs
/// longer.
fn ends_short_line(text: &str, a: Word, gap: &str) -> bool {
    let line_start = text[..a.start].rfind('\n').map_or(0, |i| i + 1);
    gap.contains('\n') && a.end - line_start < SHORT_LINE
}

/// The longest line, in bytes, whose last word may start the next line
/// again without being a doubling ([`ends_short_line`]).
const SHORT_LINE: usize = 40;

/// Whether the pair `a`, `b` of `wa` is the article or preposition
/// "la" or "na" (French, Spanish, Italian "la la réforme"; Portuguese,
/// Polish "na na") doubled before a word, rather than sung: a song's "la
/// la" stands three times, capitalised ("La La Land") or before a stop.
fn sung_word_as_article(text: &str, wa: &str, a: Word, b: Word) -> bool {
    if !matches!(wa, "la" | "na") || word_ending_before(text, a.start).eq_ignore_ascii_case(wa) {
        return false;
    }
    let next = text[b.end..].strip_prefix(' ').map(|rest| &rest[..word_end(rest, 0)]);
    next.is_some_and(|w| !w.is_empty() && !w.eq_ignore_ascii_case(wa))
}

/// [`is_legit`] by the pair and its surroundings alone.
fn is_legit_here(text: &str, a: Word, b: Word, gap: &str, adjacent: bool) -> bool {
    let (wa, wb) = (&text[a.start..a.end], &text[b.start..b.end]);
    if wa.bytes().any(|c| c.is_ascii_digit()) || wb.chars().any(|c| c.is_numeric()) {
        return true;
    }
    if wa.len() <= LEGIT_MAX
        && LEGIT.iter().any(|l| l.eq_ignore_ascii_case(wa))
        && !sung_word_as_article(text, wa, a, b)
    {
        return true;
    }
    if LEGIT_AFTER_SUBJECT.iter().any(|l| l.eq_ignore_ascii_case(wa))
        && SUBJECTS.iter().any(|s| s.eq_ignore_ascii_case(word_ending_before(text, a.start)))
    {
        return true;
    }
    // Hindi, Bengali, Urdu, Persian and their neighbours reduplicate freely
    // ("बार बार", "کم کم"), but not the little words that tie a sentence
    // together ("على على", "में में").
    let reduplicating_script =
        |c: char| matches!(c as u32, 0x600..=0x6FF | 0x750..=0x77F | 0x900..=0xDFF | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF);
    if wa.chars().next().is_some_and(reduplicating_script) && !NEVER_REDUPLICATED.contains(&wa) {
        return true;
    }
    // "Direktor*in in", "Lehrer:in in": the first word is the tail of a gendered form.
    if text[..a.start].ends_with(['*', ':', '_', '·', '/', '\'', '’', '-', '@', '#', '&']) {
        return true;
    }
    // "Boutros Boutros-Ghali": the second begins a compound ("Price Drop Drop: ..." ends a heading).
    let mut after = text[b.end..].chars();
    if matches!(after.next(), Some('-' | '*' | ':' | '_' | '·' | '/' | '@' | '\'' | '’'))
        && after.next().is_some_and(is_word_char)
    {
        return true;
    }
    // The second word runs on into a symbol ("r𝆌"): removing it would glue the symbol to the first.
    if text[b.end..].chars().next().is_some_and(|c| !(c.is_whitespace() || is_punctuation(c))) {
        return true;
    }
    let camel = |w: &str| w.chars().skip(1).any(char::is_uppercase) && w.chars().any(char::is_lowercase);
    if camel(wa) || camel(wb) {
        return true;
    }
    // A tab between the two is a table's column break ("Unlimited\tUnlimited").
    if gap.contains('\t') {
        return true;
    }
    // An assignment after the pair is code ("Message message = ...", "logger\nlogger = ...").
    let after = text[b.end..].trim_start_matches(' ');
    if after.starts_with('=') && !after.starts_with("==") {
        return true;
    }
    if gap.contains('\n') {
        let code_after = text[b.end..].starts_with(['.', '(', '[', '=', '{', '<', ':']);
        if wb.starts_with(char::is_uppercase) || code_after {
            return true;
        }
    }
    // The pair fills its whole line (both words on it).
    adjacent && !gap.contains('\n') && blank_before(text, a.start) && blank_after(text, b.end)
}

impl TextFilter for DuplicateWords {
    fn name(&self) -> &str {
        "duplicate_words"
    }

    /// Runs passes until one changes nothing: removing a word can join two
    /// lines and so change what its neighbours look like.
    ///
    /// Only the neighbourhood of a removal can change, so a pass after the
    /// first judges only the gaps around the words the pass before kept
    /// beside a removal, unless that pass let a capitalised pair stand
    /// because it stands elsewhere too (a removal can change how often a
    /// pair stands): then the next pass judges every gap.
    fn filter<'a>(&self, text: Cow<'a, str>, sink: &mut dyn Sink) -> Cow<'a, str> {
        self.passes(text, sink, &mut Vec::new())
    }

    /// Runs every pass on the whole text (how often a pair stands, and the
    /// language, are judged on the whole text), and reports the words it
    /// removes.
    fn filter_tracked<'a>(
        &self,
        text: &'a str,
        _dirty: Dirty<'_>,
        sink: &mut dyn Sink,
        edits: &mut Vec<Edit>,
    ) -> Cow<'a, str> {
        self.passes(Cow::Borrowed(text), sink, edits)
    }

    /// Its passes repeat until one removes nothing.
    fn is_idempotent(&self) -> bool {
        true
    }
}

impl DuplicateWords {
    /// Passes until one changes nothing, appending the removals to `edits`.
    fn passes<'a>(&self, text: Cow<'a, str>, sink: &mut dyn Sink, edits: &mut Vec<Edit>) -> Cow<'a, str> {
        let mut text = text;
        let mut around: Option<Vec<Range<usize>>> = None;
        let mut done: Option<Vec<Edit>> = None;
        loop {
            match self.pass(&text, around.as_deref(), sink) {
                Some(next) => {
                    around = (!next.by_recurrence).then_some(next.kept_words);
                    done = Some(match done {
                        None => next.edits,
                        Some(before) => compose(&before, &next.edits),
                    });
                    text = Cow::Owned(next.text);
                }
                None => {
                    edits.extend(done.into_iter().flatten());
                    return text;
                }
            }
        }
    }

    /// One pass over `text`; `None` if it removes nothing. With `around`,
    /// only the gaps on either side of each of those words (and after a
    /// removal, the gap after it) are judged.
    ///
    /// A doubling stands across a gap of spaces, tabs and at most one line
    /// break, so the pass jumps from gap to gap ([`GapEnds`]) and looks only
    /// at the word after each gap and the same number of bytes before it:
    /// most pairs differ in their first or last byte, and no other character
    /// is decoded.
    fn pass(&self, text: &str, around: Option<&[Range<usize>]>, sink: &mut dyn Sink) -> Option<Pass> {
        let b = text.as_bytes();
        let mut pass = PassState {
            name: TextFilter::name(self),
            text,
            out: None,
            copied: 0,
            kept: None,
            language_checked: None,
            recurring: Recurring::Asked(0),
            kept_words: Vec::new(),
            by_recurrence: false,
            edits: Vec::new(),
        };
        match around {
            None => {
                let mut gaps = GapEnds::new(b);
                loop {
                    // With no removal just before, most gaps are settled by their bytes alone.
                    let next = if pass.kept.is_none() { gaps.next_unsettled() } else { gaps.next() };
                    let Some((e, ascii_run)) = next else { break };
                    pass.judge(e, ascii_run, sink);
                }
            }
            Some(words) => {
                // Where the last window stopped: a window starts no earlier.
                let mut from = 0;
                for word in words {
                    // From the gap before the word (the pair it ends) ...
                    let mut start = word.start;
                    while start > 0 && is_gap(b[start - 1]) {
                        start -= 1;
                    }
                    let mut gaps = GapEnds::starting_at(b, start.max(from));
                    while let Some((e, ascii_run)) = gaps.next() {
                        let s = pass.judge(e, ascii_run, sink);
                        from = e + 1;
                        // ... to the gap after it, and after any removal there.
                        if s >= word.end && pass.kept.is_none_or(|(_, removed_end)| removed_end <= s) {
                            break;
                        }
                    }
                }
            }
        }
        pass.finish()
    }
}

/// What a pass that removed something leaves.
struct Pass {
    text: String,
    /// Each word kept beside a removal, in `text`.
    kept_words: Vec<Range<usize>>,
    /// Whether some pair was let stand for a reason a removal can
    /// overturn ([`Legit`]): the next pass then judges every gap again.
    by_recurrence: bool,
    /// Each removal: a gap and the word after it.
    edits: Vec<Edit>,
}

/// A pass under way: see [`DuplicateWords::pass`].
struct PassState<'t> {
    name: &'t str,
    text: &'t str,
    out: Option<String>,
    /// Bytes of `text` already copied to `out`.
    copied: usize,
    /// After a removal: the word that stays, and where the removed copy ended.
    /// "in in in" loses both copies, so the third compares with the first.
    kept: Option<(Word, usize)>,
    language_checked: Option<bool>,
    recurring: Recurring<'t>,
    kept_words: Vec<Range<usize>>,
    by_recurrence: bool,
    edits: Vec<Edit>,
}

impl<'t> PassState<'t> {
    /// Judges the pair at the gap that ends at byte `e` (see [`GapEnds`]),
    /// and returns where the gap starts.
    #[inline(always)]
    fn judge(&mut self, e: usize, ascii_run: Option<usize>, sink: &mut dyn Sink) -> usize {
        let (text, b) = (self.text, self.text.as_bytes());
        // The gap runs back from `e` to the end of the word before it.
        let mut s = e - 1;
        while s > 0 && is_gap(b[s - 1]) {
            s -= 1;
        }
        let after_removal = matches!(self.kept, Some((_, removed_end)) if removed_end == s);
        // An ASCII word is settled by its first and last letters against
        // the bytes the word before would hold, before anything else is
        // looked at (an ASCII letter lower-cases only to an ASCII letter).
        if !after_removal && b[e] < 0x80 {
            let end = e + ascii_run.unwrap_or_else(|| ascii_word_run(&b[e..]));
            if ends_ascii_word(b, end) && ascii_pair_differs(b, s, e, end) {
                self.kept = None;
                return s;
            }
        }
        let breaks = b[s..e].iter().filter(|&&x| x == b'\n').count();
        if s == 0 || breaks > 1 {
            return s;
        }
        let w = Word { start: e, end: word_end(text, e) };
        if w.end == e {
            return s;
        }
        let len = w.end - w.start;
        let (p, adjacent) = match self.kept {
            Some((p, removed_end)) if removed_end == s => (Some(p), false),
            // The word before can only be the `len` bytes before the gap, and
            // most differ from this word in their first byte (an ASCII letter
            // lower-cases only to an ASCII letter): settled without decoding.
            _ if s < len || !(b[s - len] >= 0x80 || b[e] >= 0x80 || b[s - len].eq_ignore_ascii_case(&b[e])) => {
                (None, true)
            }
            _ => (word_before(text, s, len), true),
        };
        let doubled = p.is_some_and(|p| {
            eq_ignore_case(&text[p.start..p.end], &text[w.start..w.end]) && {
                let legit = is_legit(text, p, w, &text[s..e], adjacent, &mut self.recurring);
                self.by_recurrence |= matches!(legit, Legit::Recurs | Legit::ShortLine);
                legit == Legit::No && !*self.language_checked.get_or_insert_with(|| reduplicates(text))
            }
        });
        match p {
            Some(p) if doubled => {
                sink.removal(&Removal::removed(self.name, "doubled word", &text[w.start..w.end]));
                let out = self.out.get_or_insert_with(|| String::with_capacity(text.len()));
                out.push_str(&text[self.copied..s]);
                // The word that stays ends `out` so far.
                let kept_word = out.len() - (p.end - p.start)..out.len();
                if self.kept_words.last() != Some(&kept_word) {
                    self.kept_words.push(kept_word);
                }
                self.edits.push(Edit { input: s..w.end, output: out.len()..out.len() });
                self.copied = w.end;
                self.kept = Some((p, w.end));
            }
            _ => self.kept = None,
        }
        s
    }

    fn finish(self) -> Option<Pass> {
        let mut text = self.out?;
        text.push_str(&self.text[self.copied..]);
        Some(Pass { text, kept_words: self.kept_words, by_recurrence: self.by_recurrence, edits: self.edits })
    }
}

/// The ends of the runs of gap bytes (spaces, tabs, line breaks) that a
/// word may follow: each run ends before an ASCII letter or digit or a byte
/// of another character. The text is classed 64 bytes at a time, eight in
/// each `u64` (as [`ascii_word_run`] does), into one bit per byte, so the
/// next gap is found with a few bit operations and no byte-by-byte search.
struct GapEnds<'a> {
    b: &'a [u8],
    /// Start of the block the bits below describe, and of the next one.
    base: usize,
    next_base: usize,
    /// Gap ends still to yield in this block, one bit per byte.
    ends: u64,
    /// The ASCII letters and digits, the gap bytes and the bytes of 0x80
    /// and above of this block.
    alnum: u64,
    gap: u64,
    high: u64,
    /// The gap bytes of the 64 bytes before the block.
    gap_before: u64,
    /// Whether the text holds the 64 bytes before the block and 64 of its
    /// own, so that [`GapEnds::window`] is read in place; else `window`
    /// holds them, with zeros outside the text.
    in_place: bool,
    window: [u8; 128],
}

const fn is_gap(x: u8) -> bool {
    matches!(x, b' ' | b'\t' | b'\n')
}

impl<'a> GapEnds<'a> {
    fn new(b: &'a [u8]) -> Self {
        Self::starting_at(b, 0)
    }

    /// The gap ends from byte `from` on; a gap run that `from` is inside
    /// counts from `from`.
    fn starting_at(b: &'a [u8], from: usize) -> Self {
        let before = &b[from.saturating_sub(64)..from];
        let gap = before.iter().rev().enumerate().fold(0, |m, (i, &x)| m | u64::from(is_gap(x)) << (63 - i));
        let window = [0; 128];
        GapEnds {
            b,
            base: from,
            next_base: from,
            ends: 0,
            alnum: 0,
            gap,
            high: 0,
            gap_before: 0,
            in_place: false,
            window,
        }
    }

    /// Classes the next block; `false` at the end of the text.
    #[inline(always)]
    fn refill(&mut self) -> bool {
        if self.next_base >= self.b.len() {
            return false;
        }
        self.base = self.next_base;
        let block = &self.b[self.base..self.b.len().min(self.base + 64)];
        self.next_base = self.base + block.len();
        let (gap, alnum, high) = classify(block);
        self.gap_before = self.gap;
        self.ends = ((gap << 1) | (self.gap_before >> 63)) & !gap & (alnum | high);
        // Only near the ends of the text are the bytes copied.
        self.in_place = self.base >= 64 && self.base + 64 <= self.b.len();
        if !self.in_place {
            let before = &self.b[self.base.saturating_sub(64)..self.base];
            self.window = [0; 128];
            self.window[64 - before.len()..64].copy_from_slice(before);
            self.window[64..64 + block.len()].copy_from_slice(block);
        }
        (self.alnum, self.gap, self.high) = (alnum, gap, high);
        true
    }

    /// The 64 bytes before the block and the block's own, with zeros
    /// outside the text: what [`GapEnds::settle`] reads.
    #[inline(always)]
    fn window(&self) -> &[u8; 128] {
        let in_text = self.in_place.then(|| self.b.get(self.base - 64..self.base + 64)).flatten();
        in_text.and_then(|w| <&[u8; 128]>::try_from(w).ok()).unwrap_or(&self.window)
    }

    /// The next gap end, with the length of the run of ASCII letters and
    /// digits that starts there if its block shows where the run stops.
    #[inline(always)]
    fn next(&mut self) -> Option<(usize, Option<usize>)> {
        while self.ends == 0 {
            if !self.refill() {
                return None;
            }
        }
        Some(self.pop())
    }

    /// Takes the first gap end left in the block; see [`GapEnds::next`].
    #[inline(always)]
    fn pop(&mut self) -> (usize, Option<usize>) {
        let j = self.ends.trailing_zeros() as usize;
        self.ends &= self.ends - 1;
        let run = (!self.alnum >> j).trailing_zeros() as usize;
        (self.base + j, (j + run < 64).then_some(run))
    }
}

impl GapEnds<'_> {
    /// The next gap end whose pair [`PassState::judge`] cannot settle by
    /// the first and last bytes of an ASCII word ([`ascii_pair_differs`])
    /// when no removal stands just before it: the gaps it passes over, the
    /// judge would pass over too. Each block's ends are first thinned by
    /// [`GapEnds::settle`]; the few it leaves are looked at here.
    #[inline(always)]
    fn next_unsettled(&mut self) -> Option<(usize, Option<usize>)> {
        let b = self.b;
        loop {
            while self.ends == 0 {
                if !self.refill() {
                    return None;
                }
                self.ends = self.settle();
            }
            let (e, ascii_run) = self.pop();
            if b[e] >= 0x80 {
                return Some((e, ascii_run));
            }
            let end = e + ascii_run.unwrap_or_else(|| ascii_word_run(&b[e..]));
            // A gap byte stands before every gap end.
            let mut s = e - 1;
            while s > 0 && is_gap(b[s - 1]) {
                s -= 1;
            }
            if !ends_ascii_word(b, end) || !ascii_pair_differs(b, s, e, end) {
                return Some((e, ascii_run));
            }
        }
    }

    /// The block's gap ends without those settled in the common case, told
    /// from the block's masks and window alone: a word of ASCII letters and
    /// digits and basic Cyrillic letters ([`cyrillic`]) that ends inside the
    /// block, before an ASCII byte, after a gap of one byte. Its double can
    /// only be the bytes before that gap byte, so the first and last
    /// characters of the two are compared in the window, lower-cased
    /// ([`folded`]). A pair whose characters differ there is no doubling;
    /// the zeros before the text are no character of a word.
    #[inline(always)]
    fn settle(&self) -> u64 {
        let w = self.window();
        // Cyrillic letters are marked only in a block where some word starts with one.
        let mut high_starts = self.ends & self.high;
        let mut cyrillic_start = false;
        while high_starts != 0 && !cyrillic_start {
            cyrillic_start = matches!(w[64 + high_starts.trailing_zeros() as usize], 0xD0 | 0xD1);
            high_starts &= high_starts - 1;
        }
        let word = if cyrillic_start { self.alnum | cyrillic(w) } else { self.alnum };
        let mut todo = self.ends & word & !((self.gap << 2) | (self.gap_before >> 62));
        // The word that runs on past the block, if one does, is left to the caller.
        let tail = (!word).leading_zeros();
        if tail > 0 {
            todo &= !(1 << (64 - tail));
        }
        let mut settled = 0;
        while todo != 0 {
            let j = todo.trailing_zeros() as usize;
            todo &= todo - 1;
            let run = (!word >> j).trailing_zeros() as usize;
            if (self.high >> (j + run)) & 1 != 0 {
                continue;
            }
            // In the window: the word at `k..k + run`, the gap byte before it.
            let k = 64 + j;
            let (a, b, c, d) = (w[(k - 1 - run) & 127], w[k & 127], w[(k - 2) & 127], w[(k + run - 1) & 127]);
            // Bytes that differ with bit 0x20 set in both differ ignoring
            // ASCII case. Where the word's first and last bytes are ASCII,
            // that settles it: no character of another length in bytes
            // lower-cases to an ASCII or Cyrillic letter but the Kelvin
            // sign, which would leave the double longer than the word.
            if ((a ^ b) | (c ^ d)) & !0x20 != 0 && ((b | d) < 0x80 || cyrillic_pair_differs(w, k, run)) {
                settled |= 1 << j;
            }
        }
        self.ends & !settled
    }
}

/// Whether the word at `k..k + run` of `window` and the as many bytes
/// before the gap byte at `k - 1` differ in their first or last character,
/// lower-cased, or those bytes start inside a character (so they are no
/// word); `false` if [`folded`] cannot tell.
#[inline(never)]
fn cyrillic_pair_differs(window: &[u8; 128], k: usize, run: usize) -> bool {
    if window[(k - 1 - run) & 127] & 0xC0 == 0x80 {
        return true;
    }
    // Most pairs are told apart by the last bytes of their first and last
    // characters, without decoding: two basic Cyrillic letters that are
    // equal lower-cased have continuation bytes equal but for bits 0x10,
    // 0x20 (U+0400..=U+045F) or 0x01 (the alternating U+0460..=U+047F);
    // a basic Cyrillic letter equals nothing else lower-cased, and an ASCII
    // byte differs from a continuation byte in bit 0x80.
    let at = |i: usize| window[i & 127];
    let ends_differ = |x: u8, y: u8, ascii: bool| (x ^ y) & if ascii { !0x20 } else { !0x31 } != 0;
    let (first, last) = (at(k), at(k + run - 1));
    // The first letters' bytes that tell them apart: an ASCII byte, or a continuation byte.
    let (x, y) = if first < 0x80 { (at(k - 1 - run), first) } else { (at(k - run), at(k + 1)) };
    if ends_differ(x, y, first < 0x80) || ends_differ(at(k - 2), last, last < 0x80) {
        return true;
    }
    let firsts = (folded(window, k - 1 - run), folded(window, k));
    let lasts = (folded_ending(window, k - 2), folded_ending(window, k + run - 1));
    matches!((firsts, lasts), ((Some(a), Some(b)), (Some(c), Some(d))) if a != b || c != d)
}

/// The bytes of the block half of `window` that belong to basic Cyrillic
/// letters (U+0400..=U+047F, led by 0xD0 or 0xD1): each lead byte followed
/// by a continuation byte, and that continuation byte. Every one is a word
/// character ([`two_byte_word_char`]).
fn cyrillic(window: &[u8; 128]) -> u64 {
    let (mut lead, mut cont) = (0u64, 0u64);
    for (k, chunk) in window[64..].chunks_exact(16).enumerate() {
        let v = lanes(chunk);
        lead |= u64::from(in_range(v, 0xD0, 0xD1).to_bitmask()) << (16 * k);
        cont |= u64::from(in_range(v, 0x80, 0xBF).to_bitmask()) << (16 * k);
    }
    let pairs = lead & (cont >> 1);
    pairs | (pairs << 1)
}

/// The character that starts at byte `i` of `window`, lower-cased, as a
/// number: exact for basic Cyrillic letters, and for ASCII the byte with bit
/// 0x20 set, which two bytes share only if they are equal ignoring ASCII
/// case or neither is a letter. `None` for any other character.
#[inline(always)]
fn folded(window: &[u8; 128], i: usize) -> Option<u32> {
    let x = window[i & 127];
    match x {
        0..=0x7F => Some(u32::from(x | 0x20)),
        0xD0 | 0xD1 => {
            let cont = window[(i + 1) & 127];
            let c = (u32::from(x & 0x1F) << 6) | u32::from(cont & 0x3F);
            (cont & 0xC0 == 0x80).then_some(match c {
                0x400..=0x40F => c + 0x50,
                0x410..=0x42F => c + 0x20,
                // Capitals and small letters alternate.
                0x460..=0x47F => c | 1,
                _ => c,
            })
        }
        _ => None,
    }
}

/// [`folded`] for the character that ends at byte `i` of `window` (`i` ≥ 1).
#[inline(always)]
fn folded_ending(window: &[u8; 128], i: usize) -> Option<u32> {
    if window[i & 127] & 0xC0 == 0x80 {
        folded(window, i - 1)
    } else {
        folded(window, i)
    }
}

/// One bit per byte of `block` (at most 64 bytes) for each of: gap bytes
/// (space, tab, line break), ASCII letters and digits, and bytes of 0x80 and
/// above. Sixteen bytes are classed at a time ([`crate::scan`]), and the
/// few bytes of a short last block one by one.
fn classify(block: &[u8]) -> (u64, u64, u64) {
    let (mut gap, mut alnum, mut high) = (0, 0, 0);
    let mut chunks = block.chunks_exact(16);
    for (k, chunk) in chunks.by_ref().enumerate() {
        let v = lanes(chunk);
        let gaps = v.simd_eq(u8x16::splat(b' ')) | in_range(v, b'\t', b'\n');
        let words = in_range(v, b'0', b'9') | in_range(v | u8x16::splat(0x20), b'a', b'z');
        gap |= u64::from(gaps.to_bitmask()) << (16 * k);
        alnum |= u64::from(words.to_bitmask()) << (16 * k);
        high |= u64::from(v.to_bitmask()) << (16 * k);
    }
    let done = block.len() - chunks.remainder().len();
    for (j, &x) in chunks.remainder().iter().enumerate() {
        let bit = 1 << (done + j);
        gap |= if is_gap(x) { bit } else { 0 };
        alnum |= if x.is_ascii_alphanumeric() { bit } else { 0 };
        high |= if x >= 0x80 { bit } else { 0 };
    }
    (gap, alnum, high)
}

/// The end of the word that starts at byte `at` (`at` itself if none does).
///
/// ASCII letters and digits are skipped eight bytes at a time
/// ([`ascii_word_run`]); a run of other characters (Cyrillic, Greek, CJK) is
/// decoded one character after another until an ASCII byte sends the scan
/// back, or a character that is no word character ends the word.
fn word_end(text: &str, at: usize) -> usize {
    let b = text.as_bytes();
    let mut i = at;
    loop {
        i += ascii_word_run(&b[i..]);
        loop {
            match b.get(i) {
                // Three bytes (kana, CJK, Hangul, Indic scripts, General Punctuation): a bit test.
                Some(&x) if (0xE0..0xF0).contains(&x) => match b.get(i..i + 3) {
                    Some(&[x, y, z]) if three_byte_word_char([x, y, z]) => i += 3,
                    _ => return i,
                },
                Some(&x) if x >= 0x80 => match b.get(i + 1).and_then(|&next| two_byte_word_char(x, next)) {
                    Some(true) => i += 2,
                    Some(false) => return i,
                    None => match decode_at(text, i) {
                        Some((c, len)) if is_word_char(c) => i += len,
                        _ => return i,
                    },
                },
                Some(x) if x.is_ascii_alphanumeric() => break,
                _ => return i,
            }
        }
    }
}

/// Whether the two-byte character `lead`, `next` is a word character, for
/// the leads whose characters are all letters but a few (accented Latin,
/// IPA, Cyrillic): answered from the bytes, without decoding. `None` for
/// other leads. A test checks every two-byte character against
/// [`is_word_char_by_tables`](super::is_word_char_by_tables).
fn two_byte_word_char(lead: u8, next: u8) -> Option<bool> {
    match lead {
        // U+00C0..=U+00FF: letters but × and ÷.
        0xC3 => Some(!matches!(next, 0x97 | 0xB7)),
        // U+0100..=U+027F: Latin Extended-A and -B, IPA.
        0xC4..=0xC9 => Some(true),
        // U+0400..=U+047F, U+04C0..=U+04FF: Cyrillic letters.
        0xD0 | 0xD1 | 0xD3 => Some(true),
        // U+0480..=U+04BF: letters and combining marks but the thousands sign U+0482.
        0xD2 => Some(next != 0x82),
        _ => None,
    }
}

/// The character that starts at byte `i` of `text`, and its length.
/// Two-byte characters (Latin, Greek, Cyrillic, Hebrew, Arabic) are put
/// together from their bytes; longer ones go through `str` decoding.
fn decode_at(text: &str, i: usize) -> Option<(char, usize)> {
    let b = text.as_bytes();
    match (b[i], b.get(i + 1)) {
        (lead @ 0xC2..=0xDF, Some(&cont)) => {
            char::from_u32((u32::from(lead & 0x1F) << 6) | u32::from(cont & 0x3F)).map(|c| (c, 2))
        }
        _ => text.get(i..)?.chars().next().map(|c| (c, c.len_utf8())),
    }
}

/// The word of `len` bytes ending at byte `end`, if one ends there: the bytes
/// before it are no word character. (Only a word as long as the one after the
/// gap can be its double; case changes that change a word's length in bytes
/// are too rare to matter.)
fn word_before(text: &str, end: usize, len: usize) -> Option<Word> {
    let start = end.checked_sub(len)?;
    if !text.is_char_boundary(start) {
        return None;
    }
    let starts_word = match text[..start].chars().next_back() {
        None => true,
        Some(c) if c.is_ascii() => !c.is_ascii_alphanumeric(),
        Some(c) => !is_word_char(c),
    };
    starts_word.then_some(Word { start, end })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::Report;
    use crate::text::is_word_char_by_tables;

    fn clean(text: &str) -> String {
        DuplicateWords.filter(Cow::Borrowed(text), &mut crate::Discard).into_owned()
    }

    /// Whole passes until one removes nothing, with every removal reported:
    /// what `filter` must do, however few gaps its later passes judge.
    fn whole_passes(text: &str) -> (String, Report) {
        let mut report = Report::new();
        let mut text = text.to_owned();
        while let Some(next) = DuplicateWords.pass(&text, None, &mut report) {
            text = next.text;
        }
        (text, report)
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]
        /// The bounds hold against counting every word: texts of function
        /// words in several cases, look-alikes, digits, marks and scripts.
        #[test]
        fn word_bounds_bound_the_words(
            pieces in proptest::collection::vec(
                proptest::sample::select(vec![
                    "yang", "YANG", "Dan", "di", "dia", "dani", "tidak", "tidakx", "ada2", "x", "the", "itu",
                    " ", "  ", "\n", ".", "-", "\u{201c}", "\u{e9}", "\u{301}", "\u{44f}", "7",
                ]),
                0..80,
            )
        ) {
            let text: String = pieces.concat();
            let all: Vec<&str> = words(&text).map(|w| &text[w.start..w.end]).collect();
            let hits = all.iter().take(SAMPLE_WORDS).filter(|w| is_reduplicating_function_word(w)).count();
            let (words_at_least, function_words_at_most) = word_bounds(text.as_bytes());
            proptest::prop_assert!(words_at_least <= all.len(), "{text:?}");
            proptest::prop_assert!(hits <= function_words_at_most, "{text:?}");
        }

        #[test]
        fn later_passes_judge_enough_gaps(
            pieces in proptest::collection::vec(
                proptest::sample::select(vec![
                    "in", "In", "IN", "the", "The", "had", "Sri", "Bora", "yang", "dan", "1", "x-in", "in-x",
                    "Talk", "é", "É", "Über", "über", "K", "\u{212a}", "k", "(", ")", ".", ",", "*", "\u{201c}",
                ]),
                0..24,
            ),
            gaps in proptest::collection::vec(proptest::sample::select(vec![" ", " ", " ", "  ", "\n", "\t", "", "\n\n", " \n"]), 24),
        ) {
            let text: String = pieces.iter().zip(&gaps).flat_map(|(p, g)| [*p, *g]).collect();
            let mut report = Report::new();
            let got = DuplicateWords.filter(Cow::Borrowed(text.as_str()), &mut report).into_owned();
            let (expected, expected_report) = whole_passes(&text);
            proptest::prop_assert_eq!(&got, &expected, "{:?}", text);
            let removed = |r: &Report| r.removals().iter().map(|x| x.text.to_string()).collect::<Vec<_>>();
            proptest::prop_assert_eq!(removed(&report), removed(&expected_report));
        }

        /// Every gap end that [`GapEnds::next_unsettled`] passes over holds
        /// no doubling: the word after it has no double of as many bytes,
        /// ignoring case, right before the gap. The texts are long enough
        /// for words and gaps to straddle the 64-byte blocks. And
        /// `starting_at` yields the gap ends from where it starts.
        #[test]
        fn gap_ends_passed_over_hold_no_doubling(
            pieces in proptest::collection::vec(
                proptest::sample::select(vec![
                    "in", "In", "IN", "n", "it", "a", "A", "the", "xin", "in2", "longerwordthanmost", "é", "\u{e9}n",
                    "K", "\u{212a}", "k", "\u{44f}", ".", ",", "-", "'", "@", "`", "\u{201c}", "7",
                    "\u{41c}\u{438}\u{440}", "\u{43c}\u{438}\u{440}", "\u{420}", "\u{440}", "\u{401}", "\u{451}",
                    "\u{460}", "\u{461}", "\u{482}", "\u{4c0}", "\u{420}a", "a\u{440}",
                ]),
                0..90,
            ),
            gaps in proptest::collection::vec(proptest::sample::select(vec![" ", " ", " ", "  ", "\n", "\t", "", " \n"]), 90),
            from in 0usize..300,
        ) {
            let text: String = pieces.iter().zip(&gaps).flat_map(|(p, g)| [*p, *g]).collect();
            let b = text.as_bytes();
            let mut all = Vec::new();
            let mut gaps = GapEnds::new(b);
            while let Some((e, _)) = gaps.next() {
                all.push(e);
            }
            let mut unsettled = Vec::new();
            let mut gaps = GapEnds::new(b);
            while let Some((e, _)) = gaps.next_unsettled() {
                unsettled.push(e);
            }
            for &e in all.iter().filter(|e| !unsettled.contains(e)) {
                let mut s = e;
                while s > 0 && is_gap(b[s - 1]) {
                    s -= 1;
                }
                let w = &text[e..word_end(&text, e)];
                let doubled = word_before(&text, s, w.len()).is_some_and(|p| eq_ignore_case(&text[p.start..p.end], w));
                proptest::prop_assert!(!doubled, "{:?} at {}", text, e);
            }
            let from = from.min(b.len());
            let mut later = Vec::new();
            let mut gaps = GapEnds::starting_at(b, from);
            while let Some((e, _)) = gaps.next() {
                later.push(e);
            }
            let expected: Vec<usize> = all.iter().copied().filter(|&e| e >= from).collect();
            proptest::prop_assert_eq!(later, expected, "{:?} from {}", text, from);
        }
    }

    #[test]
    fn only_ascii_cyrillic_and_the_kelvin_sign_lower_case_to_ascii_or_cyrillic() {
        // What `GapEnds::settle` relies on to settle a word by its ASCII ends.
        let letter = |c: char| c.is_ascii_alphanumeric() || ('\u{400}'..='\u{47f}').contains(&c);
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            if c.to_lowercase().all(letter) {
                assert!(c.is_ascii() || ('\u{400}'..='\u{47f}').contains(&c) || c == '\u{212a}', "{c:?}");
                assert!(c != '\u{212a}' || c.len_utf8() == 3);
            }
        }
    }

    #[test]
    fn clean_input_passes_through_unchanged() {
        let t = "He had had enough. What it is is a question of trust. So that that works.";
        assert!(matches!(DuplicateWords.filter(Cow::Borrowed(t), &mut crate::Discard), Cow::Borrowed(_)));
    }

    #[test]
    fn recurring_pairs_are_counted_as_pairs_of_whole_words() {
        // How often `pair` stands as two neighbouring words with spaces between, word by word.
        let by_words = |text: &str, pair: &str| {
            let all: Vec<Word> = words(text).collect();
            all.windows(2)
                .filter(|w| {
                    let gap = &text[w[0].end..w[1].start];
                    !gap.is_empty() && gap.bytes().all(|b| b == b' ') && &text[w[0].start..w[1].end] == pair
                })
                .count()
        };
        let texts = [
            "Sri Sri Sri",
            "Sri Sri and Sri Sri",
            "XSri Sri and Sri Sri",
            "Sri Srix and Sri Sri",
            "Sri Sri, Sri  Sri",
            "(Sri Sri) — Sri Sri.",
            "Sri\tSri and Sri\tSri",
            "Éé Éé Éé",
            "Sri Sri",
        ];
        for text in texts {
            for pair in ["Sri Sri", "Sri  Sri", "Sri\tSri", "Éé Éé"] {
                let expected = !pair.contains('\t') && by_words(text, pair) > 1;
                assert_eq!(recurs(text, pair), expected, "{text:?} {pair:?}");
                assert_eq!(pair_counts(text).get(pair).is_some_and(|&n| n > 1), expected, "{text:?} {pair:?}");
            }
        }
    }

    #[test]
    fn recurring_answers_the_same_after_it_counts_every_pair() {
        let text = "Sri Sri, Yes Yes and Yes Yes, No No, Sri Sri. Bora Bora and The The.";
        let pairs = ["Sri Sri", "Yes Yes", "No No", "Bora Bora", "The The", "Sri Sri", "Yes Yes", "No No", "Zed Zed"];
        let mut recurring = Recurring::Asked(0);
        for pair in pairs {
            assert_eq!(recurring.recurs(text, pair), recurs(text, pair), "{pair:?}");
        }
        assert!(matches!(recurring, Recurring::Counted(_)));
        // A long text is counted at once.
        let long = format!("{text} {}", "x ".repeat(Recurring::SCAN_LIMIT));
        let mut recurring = Recurring::Asked(0);
        assert!(recurring.recurs(&long, "Yes Yes") && matches!(recurring, Recurring::Counted(_)));
    }

    #[test]
    fn case_blind_equality_agrees_with_lower_casing_every_character() {
        let chars = ["a", "A", "k", "K", "\u{212a}", "i", "I", "\u{130}", "ß", "ẞ", "σ", "Σ", "ς", "я", "Я", "\u{301}"];
        let mut words = vec![String::new()];
        for _ in 0..3 {
            words =
                words.iter().flat_map(|w| chars.iter().map(move |c| format!("{w}{c}"))).chain(words.clone()).collect();
            words.sort();
            words.dedup();
        }
        let by_lowering =
            |a: &str, b: &str| a.chars().flat_map(char::to_lowercase).eq(b.chars().flat_map(char::to_lowercase));
        for a in &words {
            for b in &words {
                assert_eq!(eq_ignore_case(a, b), by_lowering(a, b), "{a:?} {b:?}");
            }
        }
    }

    #[test]
    fn two_byte_word_characters_agree_with_the_unicode_tables() {
        for c in ('\u{80}'..='\u{7FF}').filter(|c| c.len_utf8() == 2) {
            let mut buf = [0u8; 4];
            let b = c.encode_utf8(&mut buf).as_bytes();
            if let Some(word) = two_byte_word_char(b[0], b[1]) {
                assert_eq!(word, is_word_char_by_tables(c), "{c:?} U+{:04X}", c as u32);
            }
        }
        // The leads it answers for: every Cyrillic letter among them.
        assert_eq!(two_byte_word_char("я".as_bytes()[0], "я".as_bytes()[1]), Some(true));
    }

    #[test]
    fn classify_agrees_with_a_byte_loop() {
        for block in crate::testing::every_byte_everywhere(&[1, 7, 8, 9, 15, 16, 17, 63, 64], b'a') {
            let bits =
                |f: fn(u8) -> bool| block.iter().enumerate().filter(|(_, &c)| f(c)).fold(0u64, |m, (j, _)| m | 1 << j);
            let expected =
                (bits(|c| matches!(c, b' ' | b'\t' | b'\n')), bits(|c| c.is_ascii_alphanumeric()), bits(|c| c >= 0x80));
            assert_eq!(classify(&block), expected, "{block:?}");
        }
    }

    #[test]
    fn gap_ends_are_the_ends_of_gap_runs_before_a_word() {
        let texts = [
            "one two  three\n\nfour\tfive, (six) \u{e9}t\u{e9} \u{201c}seven\u{201d}",
            &"word ".repeat(40),
            &format!("{} {}", "a".repeat(70), "b".repeat(70)),
            " lead",
            "trail ",
            "",
        ];
        for text in texts {
            let b = text.as_bytes();
            let gap = |c: u8| matches!(c, b' ' | b'\t' | b'\n');
            let expected: Vec<(usize, usize)> = (1..b.len())
                .filter(|&e| gap(b[e - 1]) && !gap(b[e]) && (b[e].is_ascii_alphanumeric() || b[e] >= 0x80))
                .map(|e| (e, ascii_word_run(&b[e..])))
                .collect();
            let mut got = Vec::new();
            let mut ends = GapEnds::new(b);
            while let Some((e, run)) = ends.next() {
                got.push((e, run.unwrap_or_else(|| ascii_word_run(&b[e..]))));
            }
            assert_eq!(got, expected, "{text:?}");
        }
    }

    #[test]
    fn word_bounds_count_function_words_among_the_sampled_words() {
        // 1.5 times the words sampled: the scan stops near the last sampled, and the bounds still hold.
        for lead in ["", "ab ", "yang "] {
            let text = format!(
                "{lead}{}{}",
                "word yang, dan di\u{e9} ".repeat(SAMPLE_WORDS / 4),
                "kami ".repeat(SAMPLE_WORDS / 2)
            );
            let all: Vec<&str> = words(&text).map(|w| &text[w.start..w.end]).collect();
            let hits = all.iter().take(SAMPLE_WORDS).filter(|w| is_reduplicating_function_word(w)).count();
            let (words_at_least, function_words_at_most) = word_bounds(text.as_bytes());
            assert!(words_at_least >= SAMPLE_WORDS && words_at_least <= all.len());
            assert!(hits <= function_words_at_most && function_words_at_most < all.len() - SAMPLE_WORDS / 2);
        }
    }

    #[test]
    fn the_bounds_settle_most_texts_but_not_reduplicating_ones() {
        let english = "The talks were held in the capital, and the delegates said they would return. ".repeat(5);
        let indonesian = "Rumah yang besar itu ada di kota dan kami akan pergi ke sana untuk melihat. ".repeat(5);
        assert!(surely_not_reduplicating(english.as_bytes()));
        assert!(!surely_not_reduplicating(indonesian.as_bytes()) && reduplicates(&indonesian));
    }

    #[test]
    fn function_words_are_found_in_any_case_and_only_they() {
        for w in REDUPLICATING {
            assert!(is_reduplicating_function_word(w) && is_reduplicating_function_word(&w.to_uppercase()), "{w}");
        }
        for w in ["", "yan", "yangs", "dengan2", "tidakkah", "dañ"] {
            assert!(!is_reduplicating_function_word(w), "{w}");
        }
    }

    #[test]
    fn removes_doubles() {
        assert_eq!(clean("crucial in in that period"), "crucial in that period");
        assert_eq!(clean("The the talks"), "The talks");
        // The copy that stays keeps its case; what followed the other follows it.
        assert_eq!(clean("It was over over."), "It was over.");
        assert_eq!(clean("Into the the."), "Into the.");
        assert_eq!(clean("THE THE END"), "THE END");
        assert_eq!(
            clean("The delegates said on Monday that they would all go to to\nto the shop"),
            "The delegates said on Monday that they would all go to the shop"
        );
        assert_eq!(clean("Apple apple is"), "Apple is");
        assert_eq!(clean("site Wday.ru ru!"), "site Wday.ru!");
        assert_eq!(clean("сайта Wday Wday.ru."), "сайта Wday.ru.");
        assert_eq!(clean("à à Paris"), "à Paris");
        assert_eq!(clean("annoncé que la la réforme entrera"), "annoncé que la réforme entrera");
        // A removal across a break lengthens the next line: its pair is judged again (found by fuzzing).
        assert_eq!(
            clean("The delegates said on Monday that they went to\nto x\nx y"),
            "The delegates said on Monday that they went to x y"
        );
        assert_eq!(clean("disse que na na semana passada"), "disse que na semana passada");
        // A combining mark belongs to its word: "r" and "r\u{1d17b}" are not the same word.
        assert_eq!(clean("[r r\u{1d17b}"), "[r r\u{1d17b}");
        // Nor is a word that runs on into a symbol: removing it would glue the symbol on.
        assert_eq!(clean("[r r\u{1d18c}"), "[r r\u{1d18c}");
        assert_eq!(clean("the the€ sign"), "the the€ sign");
        // Curly quotes, dashes and the ellipsis (General Punctuation) end a word.
        assert_eq!(clean("the end end— said"), "the end— said");
        assert_eq!(clean("“over over” she said"), "“over” she said");
        assert_eq!(clean("wait wait… yes"), "wait… yes");
        assert_eq!(clean("the end endx— said"), "the end endx— said");
        // "is is", "was was", "do do" stand only after a subject ("what it is is").
        assert_eq!(clean("The meeting was was held on Monday."), "The meeting was held on Monday.");
        assert_eq!(clean("The tool does does not work."), "The tool does not work.");
        // A colon or a closing quote after the pair ends it; only a joiner before a letter makes a compound.
        assert_eq!(clean("New Price Drop Drop: AirPods 2"), "New Price Drop: AirPods 2");
        assert_eq!(clean("the ‘it it’ she said"), "the ‘it’ she said");
        assert_eq!(clean("in in in in"), "in");
        assert_eq!(
            clean("The delegates said on Monday that they would stay in\nin\nin"),
            "The delegates said on Monday that they would stay in"
        );
        assert_eq!(clean(&"word ".repeat(10_000)), "word ");
    }

    #[test]
    fn keeps_legitimate_doubles() {
        for t in [
            "He had had enough.",
            "What it is is trust.",
            "All it was was a mistake.",
            "What they do do matters.",
            "so that that works",
            "It ended 0 0 today.",
            "Bora Bora is far.",
            "Duran Duran played.",
            "Bye bye!",
            "Ich weiß, die die Regel kennen.",
            "Das das Haus betrifft.",
            "Die Direktor*in in Berlin",
            "Lehrer:in in Bonn",
            "Boutros Boutros-Ghali spoke.",
            "Die Lehrer Lehrer:innen kamen.",
            "# Use a custom driver\ndriver: custom-driver",
            "Charges quickly in the case\nCase can be charged.",
            "Twice, in\n\nin the end.",
            "Winner\n\nTalk Talk\n\nHonoree",
            "Support Basic Best Best Basic\nSales Basic Best Best Best",
            "import logging\nlogging.warning('x')",
            "# initialize git\ngit init",
            "She sang la la la all the way home.",
            "La La Land won six awards.",
            "The chorus goes na na, over and over.",
            "Functionality\nfunctionality of the site depends on these cookies.",
            "Plus\tUnlimited\tUnlimited",
            "Message message = Message.creator();",
            "create logger\nlogger = logging.getLogger()",
            "CancellationToken cancellationToken)",
            "Gurudev Sri Sri Ravi Shankar led it. Later Sri Sri spoke.",
            "Il treno avanzava piano piano verso la stazione.",
            "Προχωράμε σιγά σιγά.",
            "Это очень очень важно.",
            "C'était très très loin.",
        ] {
            assert_eq!(clean(t), t, "{t:?}");
        }
    }

    #[test]
    fn keeps_reduplication_in_indonesian() {
        let t = "Jangan lebay dalam mencintai atau membenci sesuatu. Biasa biasa saja. Ini adalah yang kita \
                 mau dan itu juga yang mereka mau dengan hati hati untuk tidak ada yang di sana pada akhirnya.";
        assert_eq!(clean(t), t);
    }

    #[test]
    fn keeps_reduplication_in_turkish() {
        let t = "Hükümet yeni bütçeyi Meclis'e sundu ve milletvekilleri konuyu sık sık tartıştı. Bakan, \
                 ekonominin yavaş yavaş toparlandığını söyledi. Enflasyon düşecek gibi görünüyor.";
        assert_eq!(clean(t), t);
        // A Turkish name in another language's text does not make it Turkish.
        let t = "Talks with Ilkay Gündoğan and Yıldırım ended in in May.";
        assert_eq!(clean(t), "Talks with Ilkay Gündoğan and Yıldırım ended in May.");
    }

    #[test]
    fn keeps_reduplication_in_vietnamese_and_in_indic_and_arabic_scripts() {
        for t in [
            "Chính phủ từ từ cải thiện nền kinh tế và người dân đã trở lại thành phố.",
            "सरकार ने बार बार कहा कि अर्थव्यवस्था धीरे धीरे सुधर रही है।",
            "دولت کم کم اقتصاد را بهبود می‌دهد.",
        ] {
            assert_eq!(clean(t), t);
        }
        // Their little words are never written twice.
        assert_eq!(
            clean("وقال الوزير إن الحكومة ستعمل على على تحسين الخدمات."),
            "وقال الوزير إن الحكومة ستعمل على تحسين الخدمات."
        );
        assert_eq!(clean("सरकार सेवाओं में में सुधार करेगी।"), "सरकार सेवाओं में सुधार करेगी।");
        // A Vietnamese name in English text does not make it Vietnamese.
        assert_eq!(clean("Nguyễn Thị Ánh met them in in Hà Nội."), "Nguyễn Thị Ánh met them in Hà Nội.");
    }

    #[test]
    fn reports_each_removal() {
        let mut report = Report::new();
        DuplicateWords.filter(Cow::Borrowed("in in a a"), &mut report);
        let removed: Vec<&str> = report.removals().iter().map(|e| e.text.as_str()).collect();
        assert_eq!(removed, ["in", "a"]);
    }
}
