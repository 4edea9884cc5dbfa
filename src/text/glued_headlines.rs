//! Removes other stories' headlines glued onto the text, and splits the
//! article's own headings from the paragraphs they were glued to.
//!
//! Before:
//! ```text
//! Talks with the Paris envoyPresident Obama met Hollande in Washington on Tuesday to discuss the attacks.
//!
//! The attacks killed 130 people.Islamic State is recruiting in Africa
//!
//! The talks will resume in March.
//!
//! Share via EmailMarkets rally as oil prices recover
//! ```
//! After (the last line's "Share via Email" is left for [`ShareButtons`](crate::text::ShareButtons)):
//! ```text
//! Talks with the Paris envoy
//!
//! President Obama met Hollande in Washington on Tuesday to discuss the attacks.
//!
//! The attacks killed 130 people.
//!
//! The talks will resume in March.
//!
//! Share via Email
//! ```
//!
//! # How it decides
//! A *headline* here is one line of 3 to 20 words (16 for a trailing block)
//! that starts with a capital, does not end like a sentence, holds no
//! sentence break, no URL, e-mail, handle or copyright sign, is mostly
//! letters, and is not a credit line ("Photo: ...", "Provided by ...",
//! "With Post wires", "Reporting by ..."), an editor's note or correction
//! ("Editor's note: ...", "Correction: ...", "This story has been updated
//! ...", "To be continued"), an author's line ("Jane Doe is a reporter
//! ..."), a closing to the reader ("Thanks for reading", "Enjoy the show",
//! "Best regards, ...", "Merci ..."), a recipe's last step ("Serve warm
//! with rice", "Garnish with parsley") or a line in the first person ("Check
//! out my full review here"; a capital "My" after a colon, as headlines
//! quote, does not count).
//!
//! 1. **Glued after a sentence**: where a sentence's final mark is followed
//!    straight away, with no space, by a capital (or an opening quote, `¿` or
//!    `¡` and a capital: "„Handelskrieg“ trifft ...", "¿Quién gana ..."; a
//!    full-width `。`, `！` or `？` takes no space anyway: "...商標です。Browns
//!    player on ..."), and
//!    everything from there to the end of the line is a headline, that
//!    headline goes. "U.S.", "e.g.",
//!    "No.1", decimals and "Node.js" never match: short capitalised tokens
//!    before the dot are taken for abbreviations, and a lower-case letter or a
//!    digit after a digit never starts a headline.
//!
//!    With a space, only a headline in title case is told from a last
//!    sentence that lost its full stop: "... cost more than expected. Apple
//!    Unveils New iPhone With Faster Chip" loses the headline; "... Another
//!    meeting will be held in March" stays.
//! 2. **Glued after widget text**: a line that starts with share or ad text
//!    glued to more text ("Share via EmailMarkets rally ...") is split there,
//!    so the widget part can be removed by its own filter and the rest judged
//!    on its own.
//! 3. **Heading glued to a paragraph**: a line that starts with a heading
//!    (3 to 15 words, no final mark or comma) whose last word, in lower case, runs
//!    straight into a capitalised word that begins a longer paragraph ending
//!    like a sentence ("Talks with the Paris envoyPresident Obama ...") is
//!    split in two; nothing is dropped. Camel-case names never match: the part
//!    before the capital must be a whole lower-case word of three letters or
//!    more ("iPhone", "eBay" have one; "YouTube", "McDonald's",
//!    "PlayStation", "JavaScript" start with a capital), the capitalised part
//!    must not itself be camel-case ("getElementById"). When the paragraph
//!    opens with an article ("The", "Die", "Les", "Het" ...), the heading may
//!    be two words and end in a capitalised word, as German nouns and titles
//!    do ("Wirtschaftliche FolgenDie Regierung ...", "Economic ImpactThe
//!    government ..."); "In", "On" and "It" are no such articles, as they end
//!    names ("LinkedIn"). In languages without articles a heading of two
//!    words stands where the glued pair holds a letter beyond ASCII, as no
//!    identifier does ("Экономические последствияПравительство ..."). An
//!    identifier such as "orderDate" near the start of a line that reads
//!    like a heading can still be split.
//! 4. **Trailing headline**: the last block of the text, skipping share, ad
//!    and teaser blocks after it, goes when it is a headline and some earlier
//!    block ends like a sentence: another story's headline stuck after the
//!    article. The article's own title at the top is never a candidate.

use std::borrow::Cow;
use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;
use wide::u8x16;

use crate::changes::{compose, Dirty, Edit, Rebuild};
use crate::filter::{blocks, last_block, split_lines, TextFilter};
use crate::report::{Removal, Sink};
use crate::scan::{find_by_sixteen, in_range, lanes};
use crate::text::ad_markers::{self, is_ad_marker};
use crate::text::related_teasers::is_teaser;
use crate::text::share_buttons::{self, is_widget, is_widget_line};
use crate::text::{ends_sentence, is_alnum, is_closer, is_sentence_end, trim, word_count, word_count_up_to};

/// Removes glued headlines and splits glued headings; see the [module docs](self).
///
/// ```
/// use unclutter::{Pipeline, text::GluedHeadlines};
///
/// let p = Pipeline::builder().filter(GluedHeadlines).build();
/// assert_eq!(
///     p.clean_text("It killed 130 people.Islamic State is recruiting in Africa"),
///     "It killed 130 people."
/// );
/// assert_eq!(p.clean_text("Sales of the iPhone rose."), "Sales of the iPhone rose.");
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct GluedHeadlines;

const NAME: &str = "glued_headlines";

/// Credit, byline, date and call-to-action lines: no headline.
///
/// Word edges are written out as `(?:^|\W)` and `(?:\W|$)`, not `\b`: the
/// pattern is only ever asked whether it matches, so taking the character at
/// the edge into the match changes nothing, and without Unicode word
/// boundaries the lazy DFA never gives up on text that is not ASCII (it
/// does on `\b` there, and the regex then falls back to a backtracker that
/// cost over 100,000 instructions a line).
const CREDIT_PATTERN: &str = r"(?ix)
    ^(?:(?:main|top|header|featured|cover|lead|hero)\s)?(?:image|photo|picture|pic|foto|bild|video|illustration|graphic|map|chart|source|quelle|fuente|fonte|crédit|credit|crédito)s?(?:\W|$)
    | (?:^|\W)(?:credits?|courtesy|contribut\w*|reporting|editing|edited\sby|written\sby|provided\sby|wires?|with\s(?:files|reporting)\sfrom|translated\sby|copyright|all\srights\sreserved)(?:\W|$)
    | ^(?:by|von|par|por|door|di|przez|от)\s+\p{Lu}
    | ^(?:last\s)?(?:updated|published|posted|modified|aktualisiert|mis\sà\sjour|actualizado)(?:\W|$)
    | (?:^|\W)(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s\d{1,2},?\s\d{4}(?:\W|$)
    | ^(?:get|learn|connect|contact|sign\sup|subscribe|download|follow|join|click|visit|find\sout|discover|shop|buy|order|try|request|book\snow|register|call)(?:\W|$)
    | \((?:pdf|doc|mp3|video)(?:\W|$)
    | ^(?:editor'?s\snotes?|corrections?|clarification|update|note|nb|disclosure|disclaimer|anmerkung(?:\sder\sredaktion)?|hinweis|korrektur|note\sde\sla\srédaction|rectificatif|nota(?:\sdel\seditor|\sde\sla\sredacción|\sdella\sredazione)?|aviso|avviso)\s?[:,]
    | (?:^|\W)this\s(?:story|article|post|report|piece)\s(?:has\sbeen|was|is)\s(?:updated|corrected|amended|adapted|excerpted)(?:\W|$)
    | ^(?:to\sbe\scontinued|fortsetzung\sfolgt|à\ssuivre|continuará)(?:\W|$)
    | ^(?:the\sauthors?|(?-i:\p{Lu})[\w.'’-]*(?:\s(?-i:\p{Lu})[\w.'’-]*){0,3})\s(?:is|was|are)\s(?:a|an|the)\s
    | ^(?:thanks|thank\syou|enjoy|good\sluck|cheers|best\swishes|(?:best|kind|warm)\sregards|regards|see\syou|stay\stuned|have\s(?:fun|a\s(?:great|good|nice|lovely))|happy\s(?:cooking|baking|reading|gardening|shopping|travels|travelling|crafting|knitting|sewing|coding|holidays)|bon\sappétit|buon\sappetito|guten\sappetit|viel\sspaß|vielen\sdank|danke|merci|bonne\slecture|gracias|grazie|obrigad[oa]|bedankt|спасибо|serve|stir|bake|garnish|preheat|sprinkle|whisk|drizzle|refrigerate|simmer)(?:\W|$)
    | (?-i:[a-z,]\sI(?:'m|’m|'ve|’ve|'ll|’ll|'d|’d)?\s|\s(?:my|me)(?:\W|$))";

static CREDIT: LazyLock<Regex> = LazyLock::new(|| Regex::new(CREDIT_PATTERN).expect("static pattern"));

/// Whether `s` reads as a headline of `min..=max` words; see the module docs.
fn is_headline(s: &str, min: usize, max: usize) -> bool {
    let s = trim(s);
    if s.is_empty() || s.len() > 300 || memchr::memchr(b'\n', s.as_bytes()).is_some() {
        return false;
    }
    // Most text ends a sentence: settled before its words are counted.
    let core = s.trim_end_matches(is_closer);
    match core.chars().next_back() {
        Some(c) if is_sentence_end(c) || matches!(c, ':' | ';' | ',' | '-' | '–' | '—') => return false,
        None => return false,
        _ => {}
    }
    let words = word_count_up_to(s, max + 1);
    if words < min || words > max {
        return false;
    }
    if s.contains(" ; ") || !balanced(s) {
        return false;
    }
    // "Governance: who owns admin": a one-word label and a sentence, not a headline.
    if let Some((label, after)) = s.split_once(": ") {
        if word_count_up_to(label, 3) <= 2 && after.starts_with(char::is_lowercase) && word_count_up_to(after, 2) > 1 {
            return false;
        }
    }
    let first = s.trim_start_matches(['\'', '"', '‘', '“', '„', '«', '[', '(', '¿', '¡']);
    match first.chars().next() {
        Some(c) if c.is_lowercase() => return false,
        Some(c) if c.is_alphanumeric() => {}
        _ => return false,
    }
    if s.starts_with('[') && first.starts_with(|c: char| c.is_ascii_digit()) {
        return false; // a reference: "[2] Joint Commission ..."
    }
    if (s.starts_with('(') && s.ends_with(')')) || (s.starts_with('[') && s.ends_with(']')) {
        return false; // an aside or a citation: "(Graphic: ...)", "[Source, p. 41]"
    }
    if s.contains("://") || s.contains("www.") || s.contains(['@', '©', 'ⓒ', '®']) || s.contains("(c)") {
        return false;
    }
    let (mut letters, mut visible) = (0usize, 0usize);
    for c in s.chars().filter(|c| !c.is_whitespace()) {
        visible += 1;
        letters += usize::from(c.is_alphabetic());
    }
    if letters * 4 < visible * 3 || has_sentence_break(s) {
        return false;
    }
    !CREDIT.is_match(s)
}

/// Whether the round and square brackets of `s` pair up.
fn balanced(s: &str) -> bool {
    let mut depth = 0i32;
    for c in s.chars() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth -= 1,
            _ => {}
        }
        if depth < 0 {
            return false;
        }
    }
    depth == 0
}

/// Whether `s` holds a sentence break outside quotation marks: a final mark,
/// a space and a capital (or a letter of a script without case), after a
/// word that is not an abbreviation; or a full-width mark ("。") with more
/// text after it.
/// ("‘Meth. We’re on it.’: Spokane ad agencies divided" has none.)
fn has_sentence_break(s: &str) -> bool {
    let mut depth = 0usize;
    let mut prev = ' ';
    let mut chars = s.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let next = chars.peek().map_or(' ', |&(_, n)| n);
        match c {
            '‘' | '“' | '«' | '„' => depth += 1,
            '’' | '”' | '»' if !(prev.is_alphanumeric() && next.is_alphanumeric()) => {
                depth = depth.saturating_sub(1)
            }
            '\'' | '"' if !(prev.is_alphanumeric() && next.is_alphanumeric()) => {
                if prev.is_whitespace() || matches!(prev, '(' | '[') || i == 0 {
                    depth += 1;
                } else {
                    depth = depth.saturating_sub(1);
                }
            }
            '.' | '!' | '?' | '؟' | '।' if depth == 0 && is_break_at(s, i + c.len_utf8()) => return true,
            // Full-width marks need no space after them: anything after the closers is a new sentence.
            '。' | '！' | '？'
                if depth == 0 && s[i + c.len_utf8()..].trim_start_matches(is_closer).chars().next().is_some() =>
            {
                return true
            }
            _ => {}
        }
        prev = c;
    }
    false
}

/// Whether the final mark that ends at byte `after` of `s` ends a sentence.
fn is_break_at(s: &str, after: usize) -> bool {
    let Some(rest) = s[after..].strip_prefix(' ') else {
        return false;
    };
    // A capital, or a letter of a script without case (Arabic, Hebrew, Devanagari, CJK).
    if !rest.starts_with(|c: char| c.is_alphabetic() && !c.is_lowercase()) {
        return false;
    }
    let mark = s[..after].chars().next_back().map_or(0, char::len_utf8);
    let word = s[..after - mark].rsplit(char::is_whitespace).next().unwrap_or("");
    // A number of two digits or more ends a sentence ("in 1990. Another"), as a capital alone does not.
    let number = word.len() >= 2 && word.bytes().all(|b| b.is_ascii_digit());
    number || !is_abbreviation(word)
}

/// Whether a token standing before a dot is likely an abbreviation or initial:
/// "U.S", "Mr", "No", "St", "e.g", "J".
fn is_abbreviation(word: &str) -> bool {
    let n = word.chars().count();
    n <= 1
        || (n <= 3 && word.starts_with(char::is_uppercase))
        || (word.contains('.') && word.split('.').all(|seg| seg.chars().count() <= 3))
        // Capitals alone ("NASA"); a letter of a script without case is no capital.
        || word.chars().all(|c| !c.is_alphabetic() || c.is_uppercase())
}

/// How one line should change.
enum Fix {
    /// Drop everything from this byte offset.
    DropFrom(usize),
    /// Split the line into two blocks at this byte offset.
    Split(usize, &'static str),
}

fn fix_line(line: &str) -> Option<Fix> {
    if line.len() > 5000 {
        return None;
    }
    widget_prefix(line)
        .or_else(|| glued_after_sentence(line))
        .or_else(|| title_after_last_sentence(line))
        .or_else(|| glued_heading(line))
}

/// "...would cost more than expected. Apple Unveils New iPhone With Faster
/// Chip": a headline in title case after a space, ending the line where
/// its last sentence should have. Only title case tells it from a last
/// sentence that lost its full stop ("The meeting ended. Another will be
/// held in March"), so every word of four letters or more after the
/// first is capitalised, at least three of them, and the text before is
/// not in title case itself (a headline of two sentences: "Big Tech Says AI
/// Will Save the Planet. It Doesn't Offer Much Proof"). Both the headline
/// and the sentence before it hold six words or more, and the headline
/// holds no slash or colon and ends in a capitalised word or a number, so
/// a numbered heading ("Chapter 1. The Long Road Home"), a photo credit
/// ("Gregg Newton/AFP via Getty Images"), a name after a caption and a
/// line cut short ("... Create a Performance Improvement Plan for") stay;
/// after a question ("Want to learn more? Check Out Our Guide") it is an
/// invitation of the page's own.
fn title_after_last_sentence(line: &str) -> Option<Fix> {
    // Twelve words are more than a heading's length; most lines end a
    // sentence, and are settled by their last byte.
    let last = *line.as_bytes().last()?;
    if line.len() < 60
        || (last.is_ascii() && !last.is_ascii_alphanumeric() && !matches!(last, b'"' | b'\'' | b')' | b']' | b' '))
    {
        return None;
    }
    let core = if last.is_ascii_alphanumeric() {
        line
    } else {
        let core = line.trim_end().trim_end_matches(is_closer);
        if core.chars().next_back().is_none_or(|c| !is_alnum(c)) {
            return None;
        }
        core
    };
    let b = core.as_bytes();
    let mark = memchr::memrchr2_iter(b'.', b'!', b).find(|&i| is_break_at(core, i + 1))?;
    let (before, rest) = (&line[..mark], &line[mark + 2..]);
    let last_word = rest.trim_end().rsplit(char::is_whitespace).next().unwrap_or("");
    if rest.contains(['/', ':'])
        || !last_word.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
        || word_count_up_to(before, 6) < 6
        || !is_headline(rest, 6, 16)
        || !is_title_case(rest)
        || is_title_case(before)
    {
        return None;
    }
    Some(Fix::DropFrom(mark + 1))
}

/// Whether every word of `s` of four letters or more after the first starts
/// with a capital (or is camel case: "iPhone", "eBay"), at least three of
/// them.
fn is_title_case(s: &str) -> bool {
    let mut capitalised = 0;
    for word in s.split_whitespace().skip(1) {
        let letters = word.trim_matches(|c: char| !c.is_alphanumeric());
        if letters.chars().filter(|c| c.is_alphabetic()).count() < 4 {
            continue;
        }
        let mut chars = letters.chars();
        let first = chars.next().is_some_and(char::is_uppercase);
        if !(first || chars.any(char::is_uppercase)) {
            return false;
        }
        capitalised += 1;
    }
    capitalised >= 3
}

/// "Share via EmailMarkets rally": share or ad text glued to what follows.
fn widget_prefix(line: &str) -> Option<Fix> {
    if !line.starts_with(char::is_alphanumeric) {
        return None;
    }
    // A junction: a letter or digit, then a capital, a digit or an opening
    // quote, with no space between, in the first 100 characters. Most lines
    // have none: where the first 100 bytes are ASCII, eight are looked at a
    // time, and the scan below starts at the first that could be one.
    let b = line.as_bytes();
    let first = first_junction(&b[..b.len().min(100)])?;
    // No head that holds the line's first token outside the share vocabulary
    // is widget text, and none that holds the character where the ad-marker
    // DFA dies is an ad marker: from `stop` on, no junction is looked at.
    // Most lines' first token is no widget word, so `stop` is near their start.
    let widget_end = share_buttons::vocabulary_end(line).unwrap_or(usize::MAX);
    // A line that is share vocabulary to its end and widget text as a whole
    // goes whole; a capital inside one of its words ("Поделиться:
    // ВКонтакте Telegram", where "в" is a word of the vocabulary too) is no
    // junction to cut at.
    if widget_end == usize::MAX && is_widget(line) {
        return None;
    }
    let marker_end = ad_markers::marker_end(line).unwrap_or(usize::MAX);
    let stop = widget_end.max(marker_end.saturating_add(1)).min(b.len());
    // The head is short; the rest may be a whole paragraph, so it is counted last.
    let split_at = |i: usize| {
        let could_be_widget = i < widget_end;
        let (head, rest) = line.split_at(i);
        // After a capital, only a capitalised word starts a junction: inside
        // a run of capitals ("NASA", "USB-C", "ADP offers", "ADT’s") nothing
        // tells a junction from a word.
        let mut next = rest.chars();
        if head.ends_with(char::is_uppercase)
            && next.next().is_some_and(char::is_uppercase)
            && !next.next().is_some_and(char::is_lowercase)
        {
            return None;
        }
        // The head's last token, cut at the junction.
        let token = head.rsplit(char::is_whitespace).next().unwrap_or(head);
        // A handle or hashtag is one name ("@InstantPotOfficial").
        if token.starts_with(['@', '#']) {
            return None;
        }
        let in_number = head.ends_with(|c: char| c.is_ascii_digit()) && rest.starts_with(|c: char| c.is_ascii_digit());
        let widget = if in_number {
            // Inside a run of digits only a share counter can end the head
            // ("Pin 0" + "13-Inch MacBook"): its last token must be digits
            // alone, not "$2.5" + "0" or "2" + "019"; and no ad marker ends
            // in a digit.
            token.bytes().all(|b| b.is_ascii_digit()) && head.len() > token.len() && could_be_widget && is_widget(head)
        } else {
            (could_be_widget && is_widget(head)) || (i <= marker_end && is_ad_marker(head))
        };
        (widget && word_count_up_to(rest, 2) >= 2).then_some(Fix::Split(i, "text glued to share or ad widget"))
    };
    // Every byte before `first` is ASCII, so it counts as many characters.
    let (mut i, mut count) = (first, first);
    let mut prev_alnum = first > 0 && b[first - 1].is_ascii_alphanumeric();
    while i < stop && count < 100 {
        // ASCII is most of any text: classed by table, without decoding.
        let (c, next, opens, alnum) = if b[i] < 0x80 {
            let class = ASCII_CLASS[usize::from(b[i])];
            (char::from(b[i]), i + 1, class & OPENS != 0, class & ALNUM != 0)
        } else {
            let c = line[i..].chars().next()?;
            (c, i + c.len_utf8(), c.is_uppercase() || matches!(c, '‘' | '“' | '«'), is_alnum(c))
        };
        // An apostrophe before a lower-case letter ("company's") opens no quote.
        let apostrophe = c == '\'' && count + 1 < 100 && line[next..].chars().next().is_some_and(char::is_lowercase);
        if prev_alnum && opens && !apostrophe {
            if let Some(fix) = split_at(i) {
                return Some(fix);
            }
        }
        prev_alnum = alnum;
        i = next;
        count += 1;
    }
    None
}

/// "...killed 130 people.Islamic State is recruiting in Africa".
fn glued_after_sentence(line: &str) -> Option<Fix> {
    let b = line.as_bytes();
    let mut from = 0;
    while let Some(dot) = next_mark(b, from) {
        // A full-width mark ends no abbreviation, dotted name or number. The
        // scan stops at the other characters of its rows too ("、", "「").
        let full_width = b[dot] >= 0x80;
        if full_width && !is_full_width_mark(&b[dot..]) {
            from = dot + 1;
            continue;
        }
        from = dot + if full_width { 3 } else { 1 };
        // Closing quotes or brackets may follow the mark.
        let after = &line[from..];
        // `'`, `“` and `‘` open a quote as often as they close one: a glued headline may start with them.
        let rest = after.trim_start_matches(|c: char| is_closer(c) && !matches!(c, '\'' | '“' | '‘'));
        let start = line.len() - rest.len();
        let Some(c) = rest.chars().next() else { break };
        // The common case, a sentence break followed by a space, needs no more
        // looking; nor does a full-width mark followed by a character without
        // case, the common case in the scripts that write it.
        if c.is_whitespace() || (full_width && !c.is_uppercase() && !matches!(c, '‘' | '“' | '„' | '«' | '\'' | '"'))
        {
            continue;
        }
        let word_before = line[..dot].rsplit(char::is_whitespace).next().unwrap_or("");
        let starts_ok = c.is_uppercase()
            || (c.is_ascii_digit()
                && !full_width
                && word_before.chars().count() >= 4
                && !word_before.ends_with(|c: char| c.is_ascii_digit()))
            || (matches!(c, '‘' | '“' | '„' | '«' | '\'' | '"' | '¿' | '¡')
                && rest.chars().nth(1).is_some_and(char::is_uppercase));
        if !starts_ok || word_before.is_empty() {
            continue;
        }
        let abbreviation = is_abbreviation(word_before) && !word_before.starts_with(|c: char| c.is_ascii_digit());
        // "django.forms.ModelForm", "10.1016/j.Cell": a dotted name, unless it is a URL ending a sentence.
        let url = word_before.contains("://") || word_before.starts_with("www.");
        let number = word_before.bytes().all(|b| b.is_ascii_digit() || b == b'.' || b == b',');
        let dotted = word_before.contains(['.', '/']) && !url && !number;
        let first = rest.split_whitespace().next().unwrap_or("");
        if (!full_width && (abbreviation || dotted)) || has_code_punct(first) || word_count_up_to(&line[..start], 3) < 3
        {
            continue;
        }
        if is_headline(rest, 3, 20) {
            return Some(Fix::DropFrom(start));
        }
    }
    None
}

/// The first `.`, `!` or `?` at byte `from` of `b` or after that is not
/// followed by a space or a line break, or the first character of the rows
/// of the full-width `。`, `！` and `？` (which need no space after them; bytes
/// E3 80 and EF BC): a sentence end followed by a space, the common case, is
/// passed over sixteen bytes at a time. A mark at the end is followed by the
/// padding's zero, no space.
fn next_mark(b: &[u8], from: usize) -> Option<usize> {
    find_by_sixteen(b, from, |window: &[u8; 17]| {
        let (v, next) = (lanes(&window[..16]), lanes(&window[1..]));
        let is = |v: u8x16, x: u8| v.simd_eq(u8x16::splat(x));
        let marks = is(v, b'.') | is(v, b'!') | is(v, b'?');
        let spaced = is(next, b' ') | is(next, b'\n');
        let ascii = marks.to_bitmask() & !spaced.to_bitmask();
        // 。 is E3 80 82; ！ and ？ are EF BC 81 and EF BC 9F. Only chunks
        // with a byte beyond ASCII are looked at for them, and every
        // character of those two rows is: [`is_full_width_mark`] tells.
        if v.to_bitmask() == 0 {
            return ascii as u16;
        }
        let (e3, ef) = (is(v, 0xE3), is(v, 0xEF));
        if (e3 | ef).to_bitmask() == 0 {
            return ascii as u16;
        }
        let rows = (e3 & is(next, 0x80)) | (ef & is(next, 0xBC));
        (ascii | rows.to_bitmask()) as u16
    })
}

/// Whether `b` starts with a full-width final mark: `。`, `！` or `？`.
fn is_full_width_mark(b: &[u8]) -> bool {
    matches!(b, [0xE3, 0x80, 0x82, ..] | [0xEF, 0xBC, 0x81 | 0x9F, ..])
}

/// Whether `token` holds code punctuation ("ModelForm.save()", "x=1").
fn has_code_punct(token: &str) -> bool {
    let t = token.trim_end_matches(|c: char| matches!(c, ',' | '.' | ':' | ';' | '!' | '?') || is_closer(c));
    t.contains(['(', ')', '{', '}', '=', '_', '<', '>', '`', '/', '\\', '.'])
}

/// Whether `token` is camel-case inside ("LeBron", "setState").
fn is_camel(token: &str) -> bool {
    let mut prev = ' ';
    token.chars().any(|c| {
        let hit = c.is_uppercase() && prev.is_lowercase();
        prev = c;
        hit
    })
}

/// "Paris envoyPresident Obama met ...": the article's heading glued to its paragraph.
fn glued_heading(line: &str) -> Option<Fix> {
    if !line.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()) || !ends_sentence(line) {
        return None;
    }
    // The head before a junction may hold no clause mark (`is_head_stop`) and
    // at most 15 words (counting words with a letter or digit, as
    // `word_count` does at least). Only a lower-case letter followed by a
    // capital can be the junction: up to the first such pair, or the first
    // character that is not ASCII, the line is ASCII, and its words and
    // clause marks are read from bit masks ([`ascii_head`]).
    let b = line.as_bytes();
    let at = first_case_junction(b)?;
    let head = ascii_head(&b[..at])?;
    if b[at] < 0x80 {
        return heading_junction(line, head.word_start, at, at + 1);
    }
    heading_scan(line, at, head)
}

/// Where the scan for a glued heading stands at some byte of a line.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct HeadScan {
    /// Words ended so far.
    words: usize,
    /// Whether a letter or digit stands since the last white space.
    in_word: bool,
    /// Whether the last character is a lower-case letter.
    prev_lower: bool,
    /// Where the current word starts.
    word_start: usize,
}

/// The scan of [`heading_scan`] over `head`, all ASCII and holding no
/// junction, in one step per word: `None` if it stops there, at a clause
/// mark or at the 16th word. Sixty-four bytes are classed at a time.
fn ascii_head(head: &[u8]) -> Option<HeadScan> {
    let mut scan = HeadScan::default();
    for (k, block) in head.chunks(64).enumerate() {
        let (space, stop, mut alnum) = head_masks(block);
        if stop != 0 {
            return None;
        }
        let mut spaces = space;
        while spaces != 0 {
            let p = spaces.trailing_zeros();
            spaces &= spaces - 1;
            let before = (1u64 << p) - 1;
            let ended = std::mem::take(&mut scan.in_word) || alnum & before != 0;
            alnum &= !before;
            scan.words += usize::from(ended);
            if scan.words > 15 {
                return None;
            }
            scan.word_start = 64 * k + p as usize + 1;
        }
        scan.in_word |= alnum != 0;
    }
    scan.prev_lower = head.last().is_some_and(u8::is_ascii_lowercase);
    Some(scan)
}

/// One bit per byte of `block` (at most 64 ASCII bytes) for each of: white
/// space, clause marks and letters and digits, as [`ASCII_CLASS`] has them.
fn head_masks(block: &[u8]) -> (u64, u64, u64) {
    let (mut space, mut stop, mut alnum) = (0, 0, 0);
    let mut chunks = block.chunks_exact(16);
    for (k, chunk) in chunks.by_ref().enumerate() {
        let v = lanes(chunk);
        let is = |x: u8| v.simd_eq(u8x16::splat(x));
        let spaces = is(b' ') | in_range(v, b'\t', b'\r');
        // , : ; ( ) { } = _ < > ` / "
        let stops = in_range(v, b'(', b')')
            | in_range(v, b':', b'>')
            | is(b',')
            | is(b'/')
            | is(b'"')
            | is(b'_')
            | is(b'`')
            | is(b'{')
            | is(b'}');
        let words = in_range(v, b'0', b'9') | in_range(v | u8x16::splat(0x20), b'a', b'z');
        space |= u64::from(spaces.to_bitmask()) << (16 * k);
        stop |= u64::from(stops.to_bitmask()) << (16 * k);
        alnum |= u64::from(words.to_bitmask()) << (16 * k);
    }
    let done = block.len() - chunks.remainder().len();
    for (j, &x) in chunks.remainder().iter().enumerate() {
        let class = ASCII_CLASS[usize::from(x & 0x7F)];
        let bit = |yes: u8| u64::from(class & yes != 0) << (done + j);
        (space, stop, alnum) = (space | bit(SPACE), stop | bit(STOP), alnum | bit(ALNUM));
    }
    (space, stop, alnum)
}

/// The scan for a glued heading from byte `i` of `line` on, standing as
/// `scan` says: each character is classed (ASCII by table, others decoded),
/// and the first junction after a lower-case letter is judged by
/// [`heading_junction`]; a clause mark or a 16th word ends the scan.
fn heading_scan(line: &str, mut i: usize, scan: HeadScan) -> Option<Fix> {
    let b = line.as_bytes();
    let HeadScan { mut words, mut in_word, mut prev_lower, mut word_start } = scan;
    while i < b.len() {
        // ASCII is most of any text: judged as bytes, without decoding.
        let (c, next) = if b[i] < 0x80 {
            (char::from(b[i]), i + 1)
        } else {
            let c = line[i..].chars().next()?;
            (c, i + c.len_utf8())
        };
        let class = if c.is_ascii() { ASCII_CLASS[usize::from(b[i])] } else { class_of(c) };
        if class & SPACE != 0 {
            word_start = next;
            words += usize::from(std::mem::take(&mut in_word));
            if words > 15 {
                return None;
            }
        } else if class & STOP != 0 {
            return None;
        } else if prev_lower && class & UPPER != 0 {
            return heading_junction(line, word_start, i, next);
        } else if class & ALNUM != 0 {
            in_word = true;
        }
        prev_lower = class & LOWER != 0;
        i = next;
    }
    None
}

/// The first byte of `b` that could be a junction for [`widget_prefix`]: an
/// ASCII capital, digit, `'`, `"` or `[` after an ASCII letter or digit, or
/// a byte that is not ASCII (whose character the scan must decode).
fn first_junction(b: &[u8]) -> Option<usize> {
    let opens = |x: u8| x.is_ascii_uppercase() || x.is_ascii_digit() || matches!(x, b'\'' | b'"' | b'[');
    first_pair(
        b,
        |v| in_range(v, b'0', b'9') | in_range(v | u8x16::splat(0x20), b'a', b'z'),
        |v| {
            in_range(v, b'0', b'9')
                | in_range(v, b'A', b'Z')
                | v.simd_eq(u8x16::splat(b'\''))
                | v.simd_eq(u8x16::splat(b'"'))
                | v.simd_eq(u8x16::splat(b'['))
        },
        |x| x.is_ascii_alphanumeric(),
        opens,
    )
}

/// The first byte of `b` that is an ASCII capital after an ASCII lower-case
/// letter, or is not ASCII: the first place [`glued_heading`]'s scan could
/// find a junction.
fn first_case_junction(b: &[u8]) -> Option<usize> {
    first_pair(
        b,
        |v| in_range(v, b'a', b'z'),
        |v| in_range(v, b'A', b'Z'),
        |x| x.is_ascii_lowercase(),
        |x| x.is_ascii_uppercase(),
    )
}

/// The first byte of `b` that is not ASCII, or that `second` takes right
/// after a byte that `first` takes. Sixteen bytes at a time
/// ([`crate::scan`]): `first_lanes` and `second_lanes` give all ones in the
/// lane of each byte the predicates take; the bytes after the last whole
/// sixteen are taken one at a time.
fn first_pair(
    b: &[u8],
    first_lanes: impl Fn(u8x16) -> u8x16,
    second_lanes: impl Fn(u8x16) -> u8x16,
    first: impl Fn(u8) -> bool,
    second: impl Fn(u8) -> bool,
) -> Option<usize> {
    // Bit 0 if `first` took the last byte of the chunk before.
    let mut first_before = 0;
    let mut chunks = b.chunks_exact(16);
    for (k, chunk) in chunks.by_ref().enumerate() {
        let v = lanes(chunk);
        let firsts = first_lanes(v).to_bitmask();
        let hit = (((firsts << 1) | first_before) & second_lanes(v).to_bitmask()) | v.to_bitmask();
        if hit != 0 {
            return Some(16 * k + hit.trailing_zeros() as usize);
        }
        first_before = firsts >> 15;
    }
    let n = b.len() - chunks.remainder().len();
    let mut prev = first_before != 0;
    for (i, &x) in b.iter().enumerate().skip(n) {
        if x >= 0x80 || (prev && second(x)) {
            return Some(i);
        }
        prev = first(x);
    }
    None
}

/// Articles that open a paragraph, after which a heading's last word may be
/// capitalised ([`heading_junction`]); words that also end camel-case names
/// ("LinkedIn", "FedEx") are not among them.
const OPENERS: &[&str] = &[
    "The", "This", "These", "Die", "Der", "Das", "Ein", "Eine", "Les", "Une", "Los", "Las", "Una", "Het", "Een", "Gli",
    "Le", "La", "El", "Il", "Lo", "Un", "De", "Os", "Um", "Uma",
];

/// Judges the first camel-case junction of a line, at byte `at` (the capital,
/// which ends at `next`), in the word that starts at `word_start`. The caller
/// has stopped at any [`is_head_stop`] character, so the head holds none.
fn heading_junction(line: &str, word_start: usize, at: usize, next: usize) -> Option<Fix> {
    let next_lower = line[next..].chars().next().is_some_and(char::is_lowercase);
    let (head, body) = line.split_at(at);
    let first_body_word = body.split_whitespace().next().unwrap_or("");
    let left = &line[word_start..at];
    let opens_with_article = OPENERS.contains(&first_body_word);
    let letters = left.chars().count();
    let mut chars = left.chars();
    // A heading may end in a capitalised word (a German noun, a title in
    // title case) when the paragraph opens with an article: "Wirtschaftliche
    // FolgenDie Regierung ...", "Economic ImpactThe government ...".
    let capitalised = chars.next().is_some_and(char::is_uppercase) && chars.all(char::is_lowercase);
    let left_ok =
        (letters >= 3 && left.chars().all(char::is_lowercase)) || (letters >= 4 && capitalised && opens_with_article);
    // Only the first camel-case junction is a candidate.
    if !(next_lower && left_ok) {
        return None;
    }
    let head_words = word_count(head);
    // A paragraph that opens with an article lets a heading of two words
    // stand; otherwise two words may be prose with an identifier ("If
    // raiseExceptions is False"). An identifier is ASCII, so two words
    // stand too where the glued pair holds a letter that is not
    // ("Экономические последствияПравительство ...", "Skutki
    // gospodarczeRząd ...", in languages without articles).
    let beyond_ascii = |w: &str| w.chars().any(|c| !c.is_ascii() && c.is_alphabetic());
    let min_words = if opens_with_article || beyond_ascii(left) || beyond_ascii(first_body_word) { 2 } else { 3 };
    let ok = !is_camel(first_body_word)
        && !has_code_punct(first_body_word)
        && (min_words..=15).contains(&head_words)
        && !ends_sentence(head)
        && !has_sentence_break(head)
        && word_count_up_to(body, head_words.max(10)) >= head_words.max(10);
    ok.then_some(Fix::Split(at, "heading glued to paragraph"))
}

const SPACE: u8 = 1;
const STOP: u8 = 2;
const LOWER: u8 = 4;
const UPPER: u8 = 8;
const ALNUM: u8 = 16;
/// What may start the text after a glued widget: a capital, a digit, a quote or bracket.
const OPENS: u8 = 32;

/// What [`glued_heading`] and [`widget_prefix`] ask of a character, per ASCII byte.
static ASCII_CLASS: [u8; 128] = {
    let mut t = [0u8; 128];
    let mut i = 0;
    while i < 128 {
        let b = i as u8;
        let c = b as char;
        t[i] = if matches!(b, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r') { SPACE } else { 0 }
            | if matches!(c, ',' | ':' | ';' | '(' | ')' | '{' | '}' | '=' | '_' | '<' | '>' | '`' | '/' | '"') {
                STOP
            } else {
                0
            }
            | if b.is_ascii_lowercase() { LOWER } else { 0 }
            | if b.is_ascii_uppercase() { UPPER } else { 0 }
            | if b.is_ascii_alphanumeric() { ALNUM } else { 0 }
            | if b.is_ascii_uppercase() || b.is_ascii_digit() || matches!(b, b'\'' | b'"' | b'[') { OPENS } else { 0 };
        i += 1;
    }
    t
};

/// What [`heading_scan`] asks of a character that is not ASCII, as
/// [`ASCII_CLASS`] has it for ASCII. The characters most text holds beyond
/// ASCII are told by range: Latin-1 and basic Cyrillic letters, kana, CJK
/// ideographs and Hangul syllables, and the dashes and quotation marks of
/// general punctuation; a test checks every character against
/// [`class_by_tables`].
#[inline]
fn class_of(c: char) -> u8 {
    match c {
        'À'..='Ö' | 'Ø'..='Þ' | 'Ѐ'..='Я' => UPPER | ALNUM,
        'ß'..='ö' | 'ø'..='ÿ' | 'а'..='џ' => LOWER | ALNUM,
        // Hiragana, katakana, CJK ideographs, Hangul syllables: letters without case.
        'ぁ'..='ゖ' | 'ァ'..='ヺ' | '一'..='鿿' | '가'..='힣' => ALNUM,
        '“' => STOP,
        '‐'..='‧' => 0,
        _ => class_by_tables(c),
    }
}

/// [`class_of`] from the character's Unicode properties.
fn class_by_tables(c: char) -> u8 {
    let bit = |yes: bool, bit: u8| if yes { bit } else { 0 };
    bit(c.is_whitespace(), SPACE)
        | bit(is_head_stop(c), STOP)
        | bit(c.is_lowercase(), LOWER)
        | bit(c.is_uppercase(), UPPER)
        | bit(is_alnum(c), ALNUM)
}

/// Characters a glued heading never holds: clause punctuation, code, quotes.
fn is_head_stop(c: char) -> bool {
    matches!(c, ',' | ':' | ';' | '(' | ')' | '{' | '}' | '=' | '_' | '<' | '>' | '`' | '/' | '"' | '“')
}

/// Applies [`fix_line`] to every line (of `windows`, whole lines in order,
/// if given) until it holds still; `None` if no line changes.
fn fix_lines(
    text: &str,
    windows: Option<&[Range<usize>]>,
    sink: &mut dyn Sink,
    edits: &mut Vec<Edit>,
) -> Option<String> {
    let mut out: Option<Rebuild> = None;
    let whole = 0..text.len();
    for w in windows.unwrap_or(std::slice::from_ref(&whole)) {
        let mut pos = w.start;
        for line in split_lines(&text[w.clone()]) {
            let start = pos;
            pos += line.len() + 1;
            let Some(fix) = fix_line(line) else { continue };
            let out = out.get_or_insert_with(|| Rebuild::new(text));
            out.copy(out.copied()..start);
            fix_pieces(line, fix, out, sink);
            out.copy(start + line.len()..start + line.len());
        }
    }
    let mut out = out?;
    out.copy(out.copied()..text.len());
    let (out, made) = out.finish();
    edits.extend(made);
    Some(out)
}

/// Pushes what is left of `line` once `fix` and every fix after it are
/// made, its pieces split apart by blank lines.
fn fix_pieces(line: &str, fix: Fix, out: &mut Rebuild<'_>, sink: &mut dyn Sink) {
    // Pieces still to judge, last first. Each fix shortens a piece, so this ends.
    let mut todo = vec![(line, Some(fix))];
    let mut first_piece = true;
    while let Some((mut piece, mut fix)) = todo.pop() {
        while let Some(f) = fix.take().or_else(|| fix_line(piece)) {
            match f {
                Fix::DropFrom(at) => {
                    sink.removal(&Removal::removed(NAME, "headline glued after a sentence", &piece[at..]));
                    piece = piece[..at].trim_end();
                }
                Fix::Split(at, reason) => {
                    sink.removal(&Removal::split(NAME, reason, &piece[at..]));
                    todo.push((&piece[at..], None));
                    piece = piece[..at].trim_end();
                }
            }
        }
        if piece.is_empty() {
            continue;
        }
        if !first_piece {
            out.push("\n\n");
        }
        first_piece = false;
        out.push(piece);
    }
}

/// The trailing headlines of other stories, in text order: walking back from
/// the end past widgets, ad markers and teasers, each block that is one
/// headline-like line once its widget, ad and teaser lines are set aside
/// (the filters after this one remove those), after some block that ends a
/// sentence. One walk, so a thousand trailing headlines cost no more than
/// one, and it stops at the first block that is no headline.
fn trailing_headlines(text: &str) -> Vec<Range<usize>> {
    // Walking back a block at a time, so only the blocks walked are looked
    // at. Most texts end in a block that is plainly not a headline: the
    // walk stops there, having allocated nothing.
    let mut found = Vec::new();
    let mut block = last_block(text);
    while let Some(r) = block {
        let start = r.start;
        match trailing_block(text, r) {
            TrailingBlock::PassOver => {}
            TrailingBlock::Headline(line) => found.push(line),
            TrailingBlock::Stop => break,
        }
        block = last_block(&text[..start]);
    }
    if found.is_empty() {
        return found;
    }
    // Only blocks after one that ends a sentence count: a text of headlines alone is kept.
    let Some(first_sentence) = blocks(text).find(|r| ends_sentence(&text[r.clone()])) else {
        return Vec::new();
    };
    found.retain(|line| line.start > first_sentence.end);
    found.reverse();
    found
}

/// What the walk back of [`trailing_headlines`] makes of one block.
#[derive(Debug, PartialEq, Eq)]
enum TrailingBlock {
    /// Widget, ad or teaser text, which later filters remove.
    PassOver,
    /// One headline-like line (the range of that line), once its widget, ad
    /// and teaser lines are set aside.
    Headline(Range<usize>),
    /// Anything else: the story's own text.
    Stop,
}

fn trailing_block(text: &str, block: Range<usize>) -> TrailingBlock {
    let b = &text[block.clone()];
    if is_widget(b) || is_ad_marker(b) || is_teaser(b) {
        return TrailingBlock::PassOver;
    }
    // A block of one line is that line, which the block's checks have set aside as none of those.
    let line = match memchr::memchr(b'\n', b.as_bytes()) {
        None => Some(block),
        Some(_) => only_real_line(text, block),
    };
    match line {
        Some(line) if is_headline(&text[line.clone()], 3, 16) => TrailingBlock::Headline(line),
        _ => TrailingBlock::Stop,
    }
}

/// The one line of `block` that is no widget, ad or teaser line, if it has
/// exactly one.
fn only_real_line(text: &str, block: Range<usize>) -> Option<Range<usize>> {
    let mut real = split_lines(&text[block.clone()])
        .scan(block.start, |pos, line| {
            let start = *pos;
            *pos += line.len() + 1;
            Some(start..start + line.len())
        })
        .filter(|r| {
            let line = &text[r.clone()];
            !(is_widget_line(line) || is_ad_marker(line) || is_teaser(line))
        });
    match (real.next(), real.next()) {
        (Some(line), None) => Some(line),
        _ => None,
    }
}

impl TextFilter for GluedHeadlines {
    fn name(&self) -> &str {
        NAME
    }

    fn filter<'a>(&self, text: Cow<'a, str>, sink: &mut dyn Sink) -> Cow<'a, str> {
        match text {
            Cow::Borrowed(t) => self.filter_tracked(t, Dirty::All, sink, &mut Vec::new()),
            Cow::Owned(t) => match self.filter_tracked(&t, Dirty::All, sink, &mut Vec::new()) {
                Cow::Borrowed(out) if out.len() == t.len() => Cow::Owned(t),
                out => Cow::Owned(out.into_owned()),
            },
        }
    }

    /// Fixes only the lines that hold or touch a dirty range: every other
    /// line is one it has left as it was. Where whole lines were only taken
    /// out ([`Dirty`]), no line is fixed again. The trailing headlines are
    /// looked for in the whole text, as always.
    fn filter_tracked<'a>(
        &self,
        text: &'a str,
        dirty: Dirty<'_>,
        sink: &mut dyn Sink,
        edits: &mut Vec<Edit>,
    ) -> Cow<'a, str> {
        let windows = dirty.changed_lines(text);
        let mut fixed_edits = Vec::new();
        let text = match fix_lines(text, windows.as_deref(), sink, &mut fixed_edits) {
            Some(fixed) => Cow::Owned(fixed),
            None => Cow::Borrowed(text),
        };
        let ranges = trailing_headlines(&text);
        let Some(first) = ranges.first() else {
            edits.append(&mut fixed_edits);
            return text;
        };
        for r in &ranges {
            sink.removal(&Removal::removed(NAME, "trailing headline of another story", &text[r.clone()]));
        }
        let before_len = text[..first.start].trim_end().len();
        let mut rest = Vec::new();
        for (i, r) in ranges.iter().enumerate() {
            let next = ranges.get(i + 1).map_or(text.len(), |n| n.start);
            let piece = text[r.end..next].trim();
            if !piece.is_empty() {
                rest.push(piece);
            }
        }
        let len = text.len();
        let out = if rest.is_empty() {
            match text {
                Cow::Borrowed(t) => Cow::Borrowed(&t[..before_len]),
                Cow::Owned(mut t) => {
                    t.truncate(before_len);
                    Cow::Owned(t)
                }
            }
        } else {
            let mut out = String::with_capacity(len);
            out.push_str(&text[..before_len]);
            for piece in rest {
                if !out.is_empty() {
                    out.push_str("\n\n");
                }
                out.push_str(piece);
            }
            Cow::Owned(out)
        };
        let tail = Edit { input: before_len..len, output: before_len..out.len() };
        edits.extend(compose(&fixed_edits, &[tail]));
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What a fix is, comparably.
    fn fix_shape(fix: Option<Fix>) -> Option<(bool, usize)> {
        fix.map(|f| match f {
            Fix::DropFrom(at) => (false, at),
            Fix::Split(at, _) => (true, at),
        })
    }

    /// [`ascii_head`] byte by byte, as [`heading_scan`] goes over a head.
    fn head_by_bytes(head: &[u8]) -> Option<HeadScan> {
        let mut scan = HeadScan::default();
        for (i, &x) in head.iter().enumerate() {
            let class = ASCII_CLASS[usize::from(x)];
            if class & SPACE != 0 {
                scan.word_start = i + 1;
                scan.words += usize::from(std::mem::take(&mut scan.in_word));
                if scan.words > 15 {
                    return None;
                }
            } else if class & STOP != 0 {
                return None;
            } else if class & ALNUM != 0 {
                scan.in_word = true;
            }
            scan.prev_lower = class & LOWER != 0;
        }
        Some(scan)
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(3000))]
        /// The ASCII head read by bit masks stands where the byte scan
        /// stands: heads long enough to cross 64-byte blocks and the 16th
        /// word, with every kind of white space, clause mark and sign.
        #[test]
        fn heads_by_masks_agree_with_the_byte_scan(
            pieces in proptest::collection::vec(
                proptest::sample::select(vec![
                    "Paris", "envoy", "a", "x9", "12", " ", " ", " ", "  ", "\t", "\r", "\x0b", "-", ".", "'", "!", "@",
                    "[", "~", "----------------", "Paris envoy a x9 ", "a a a a a a a a ",
                ]),
                0..60,
            ),
            stop in proptest::option::of((0usize..400, proptest::sample::select(vec![
                ",", ":", ";", "(", ")", "{", "}", "=", "_", "<", ">", "`", "/", "\"",
            ]))),
        ) {
            let mut head = pieces.concat();
            // A clause mark somewhere, or none.
            if let Some((at, mark)) = stop {
                head.insert_str(at.min(head.len()), mark);
            }
            proptest::prop_assert_eq!(ascii_head(head.as_bytes()), head_by_bytes(head.as_bytes()), "{:?}", head);
        }

        /// glued_heading finds what the character scan from the start
        /// finds: a head of words, marks and characters that are not ASCII
        /// before a junction of a heading and a paragraph.
        #[test]
        fn headings_by_masks_agree_with_the_character_scan(
            pieces in proptest::collection::vec(
                proptest::sample::select(vec![
                    "Paris", "envoy", "a", "the", "iPhone", "12", " ", " ", " ", " ", "  ", ",", "(", "\"", "-", "'",
                    "\u{e9}", "\u{dc}ber", "\u{201c}", "\u{a0}", "\u{43f}\u{420}",
                ]),
                0..40,
            ),
        ) {
            let line = format!("Lead {} envoyPresident Obama met Hollande in Washington on Tuesday with aides.", pieces.concat());
            let reference = heading_scan(&line, 0, HeadScan::default());
            proptest::prop_assert_eq!(fix_shape(glued_heading(&line)), fix_shape(reference), "{:?}", line);
        }
    }

    /// [`trailing_headlines`] as first written: every block listed, the
    /// first that ends a sentence found, then the walk back from the end,
    /// judging each block as the walk does.
    fn trailing_headlines_by_listing(text: &str) -> Vec<Range<usize>> {
        let all: Vec<Range<usize>> = blocks(text).collect();
        let Some(first_sentence) = all.iter().position(|r| ends_sentence(&text[r.clone()])) else {
            return Vec::new();
        };
        let mut found = Vec::new();
        let mut idx = all.len();
        while idx > first_sentence + 1 {
            idx -= 1;
            match trailing_block(text, all[idx].clone()) {
                TrailingBlock::PassOver => {}
                TrailingBlock::Headline(line) => found.push(line),
                TrailingBlock::Stop => break,
            }
        }
        found.reverse();
        found
    }

    #[test]
    fn trailing_headlines_walking_back_agree_with_listing_every_block() {
        // Every text of up to four blocks from kinds that end, start or stop the walk.
        let kinds = [
            "The council met on Monday and approved the plan.",
            "Markets Rally As Investors Cheer New Trade Deal",
            "Police Search For Missing Hiker In Alps",
            "Share on Facebook",
            "Advertisement",
            "Related: Five things to know about the budget",
            "Markets Rally As Investors Cheer Deal\nShare",
            "One line.\nAnother line.",
            "Read more",
            "Related: The council approved the bridge plan.",
        ];
        let texts = crate::testing::every_text(&kinds, 4, "\n\n");
        for t in &texts {
            // A block of one line that the block's checks keep is its own only real line.
            for r in blocks(t).filter(|r| !t[r.clone()].contains('\n')) {
                if trailing_block(t, r.clone()) != TrailingBlock::PassOver {
                    assert_eq!(only_real_line(t, r.clone()), Some(r), "{t:?}");
                }
            }
            let by_listing = trailing_headlines_by_listing(t);
            // The early exit before the walk only skips texts where listing finds nothing.
            assert_eq!(trailing_headlines(t), by_listing, "{t:?}");
        }
        assert!(texts.iter().any(|t| trailing_headlines(t).len() > 1));
    }

    #[test]
    fn classes_by_range_agree_with_the_tables() {
        for c in (0x80..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(class_of(c), class_by_tables(c), "U+{:04X}", c as u32);
        }
    }

    #[test]
    fn marks_by_sixteen_agree_with_a_byte_loop() {
        let by_bytes = |b: &[u8], from: usize| {
            (from..b.len()).find(|&i| {
                let full_width = matches!(b[i..], [0xE3, 0x80, ..] | [0xEF, 0xBC, ..]);
                full_width || (matches!(b[i], b'.' | b'!' | b'?') && !matches!(b.get(i + 1), Some(b' ' | b'\n')))
            })
        };
        let (marks, after) = ([b'.', b'!', b'?', b'a'], [b' ', b'\n', b'A', b'"', b'.', b'\t']);
        let pairs: Vec<(u8, u8)> = marks.iter().flat_map(|&m| after.iter().map(move |&a| (m, a))).collect();
        crate::testing::assert_pairs_found_everywhere(&pairs, next_mark, by_bytes);
        // The full-width marks, and three-byte characters that share their first bytes, at every place.
        for mark in ["。", "！", "？", "、", "＂", "ー", "日"] {
            for len in [3, 15, 16, 17, 18, 19, 20, 31, 33, 40] {
                for at in 0..=len - 3 {
                    let mut b = vec![b'x'; len];
                    b[at..at + 3].copy_from_slice(mark.as_bytes());
                    for from in [0, at, at + 1] {
                        assert_eq!(next_mark(&b, from), by_bytes(&b, from), "{mark} at {at} of {len} from {from}");
                    }
                }
            }
        }
    }

    #[test]
    fn widget_junctions_by_sixteen_agree_with_a_byte_loop() {
        let by_bytes = |b: &[u8]| {
            let opens = |x: u8| x.is_ascii_uppercase() || x.is_ascii_digit() || matches!(x, b'\'' | b'"' | b'[');
            (0..b.len()).find(|&i| b[i] >= 0x80 || (i > 0 && b[i - 1].is_ascii_alphanumeric() && opens(b[i])))
        };
        for len in [0, 1, 2, 7, 8, 9, 15, 16, 17, 32, 33] {
            for at in 0..len {
                for x in 0..=255u8 {
                    for before in [b'a', b' ', b'7'] {
                        let mut b = vec![b'-'; len];
                        b[at] = x;
                        if at > 0 {
                            b[at - 1] = before;
                        }
                        assert_eq!(first_junction(&b), by_bytes(&b), "{b:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn case_junctions_by_sixteen_agree_with_a_byte_loop() {
        let by_bytes = |b: &[u8]| {
            (0..b.len())
                .find(|&i| b[i] >= 0x80 || (i > 0 && b[i - 1].is_ascii_lowercase() && b[i].is_ascii_uppercase()))
        };
        let alphabet = [b'a', b'z', b'A', b'Z', b' ', b'@', b'[', b'`', b'{', 0xC3];
        for len in [0, 1, 2, 7, 8, 9, 15, 16, 17, 32, 33] {
            for at in 0..len {
                for (x, y) in alphabet.iter().flat_map(|&x| alphabet.iter().map(move |&y| (x, y))) {
                    let mut b = vec![b'.'; len];
                    b[at] = x;
                    if at + 1 < len {
                        b[at + 1] = y;
                    }
                    assert_eq!(first_case_junction(&b), by_bytes(&b), "{b:?}");
                }
            }
        }
    }

    fn clean(text: &str) -> String {
        GluedHeadlines.filter(Cow::Borrowed(text), &mut crate::Discard).into_owned()
    }

    const BODY: &str = "The talks went on for hours.\n\nBoth leaders agreed to meet again.";

    #[test]
    fn credit_word_edges_are_word_boundaries() {
        crate::testing::assert_same_as_word_boundaries(
            CREDIT_PATTERN,
            &["photo", "s", "credit", "é", "x", " ", "(pdf", "jan", " 12 ", "2024", "by", "Éric", "_", "Get"],
        );
    }

    #[test]
    fn clean_input_passes_through_unchanged() {
        let t =
            "Title of the story\n\nThe talks went on.\n\nSales of the iPhone and PlayStation rose, while YouTube and \
                 LinkedIn gained users. McDonald's, JavaScript, U.S.Army, e.g.This and Node.js stay. 3.5 too.";
        assert!(matches!(GluedHeadlines.filter(Cow::Borrowed(t), &mut crate::Discard), Cow::Borrowed(_)));
    }

    #[test]
    fn drops_headline_glued_after_sentence() {
        assert_eq!(
            clean("It killed 130 people.Islamic State is recruiting in Africa\n\nMore text."),
            "It killed 130 people.\n\nMore text."
        );
        assert_eq!(clean("He said it was over.”Trade war hits Asian markets"), "He said it was over.”");
        // With a space, a headline in title case ends the line where its last sentence should.
        assert_eq!(
            clean("The minister said the plan would cost far more than expected. Apple Unveils New iPhone With Faster Chip\n\nMore text."),
            "The minister said the plan would cost far more than expected.\n\nMore text."
        );
        for kept in [
            // A last sentence that lost its full stop, in sentence case.
            "The minister said the plan would cost far more than expected. Another meeting will be held in March",
            // A headline of two sentences.
            "Big Tech Says Generative AI Will Save the Planet. It Doesn't Offer Much Proof Yet, Critics Say",
            // A numbered heading, a caption's photo credit, an invitation after a question.
            "Chapter 1. The Long Road Home Through The Mountains",
            "The reactor was moved to Hill Air Force Base in Utah. Matthew Daly/AP Photo Via Getty Images",
            "Want to learn more about software development? Read Our Guide To Delivering Successful Projects",
            "The plan was written by the team over many long months. Create a Performance Improvement Plan for",
        ] {
            assert_eq!(clean(kept), kept);
        }
        // `“` closes a German quotation but opens an English one: the headline starts with it.
        assert_eq!(clean("He said it was over.“Trade war” hits Asian markets"), "He said it was over.");
        assert_eq!(
            clean("Er sagte, es sei vorbei.„Handelskrieg“ trifft asiatische Märkte"),
            "Er sagte, es sei vorbei."
        );
        assert_eq!(
            clean("Dijo que todo había terminado.¿Quién gana la guerra comercial en Asia"),
            "Dijo que todo había terminado."
        );
        // A full-width mark needs no space after it: a capital there is what is glued.
        assert_eq!(
            clean(
                "「iPhone」は、Apple Inc.の商標です。Browns player on Mason Rudolph role in fight with Myles Garrett"
            ),
            "「iPhone」は、Apple Inc.の商標です。"
        );
        // A sentence after it, or text without case, stays.
        for t in [
            "詳しくは公式サイトで。Appleは新型iPhoneを発表した。",
            "商標です。「日銀」は金利を据え置いた",
            "商標です、日銀は金利を据え置いた",
        ] {
            assert_eq!(clean(t), t);
        }
    }

    #[test]
    fn keeps_real_sentences_without_space() {
        let t = "The report was published.It said the economy grew.";
        assert_eq!(clean(t), t);
    }

    #[test]
    fn splits_heading_glued_to_paragraph() {
        let t = "Russian Federation ready for joint command: Paris envoyPresident Barack Obama's stoic demeanor has netted him a nickname.";
        // A colon in the heading makes it read as a sentence part: no split.
        assert_eq!(clean(t), t);
        let t = "Russia ready for joint command says Paris envoyPresident Barack Obama's stoic demeanor has netted him a new nickname.";
        assert_eq!(
            clean(t),
            "Russia ready for joint command says Paris envoy\n\nPresident Barack Obama's stoic demeanor has netted him a new nickname."
        );
    }

    #[test]
    fn the_module_docs_example_holds() {
        let before = "Talks with the Paris envoyPresident Obama met Hollande in Washington on Tuesday to discuss the \
                      attacks.\n\nThe attacks killed 130 people.Islamic State is recruiting in Africa\n\nThe talks will \
                      resume in March.\n\nShare via EmailMarkets rally as oil prices recover";
        let after =
            "Talks with the Paris envoy\n\nPresident Obama met Hollande in Washington on Tuesday to discuss the \
                     attacks.\n\nThe attacks killed 130 people.\n\nThe talks will resume in March.\n\nShare via Email";
        assert_eq!(clean(before), after);
    }

    #[test]
    fn splits_capitalised_heading_before_an_article() {
        assert_eq!(
            clean("Wirtschaftliche FolgenDie Regierung hat am Montag den Haushalt nach langer Debatte beschlossen."),
            "Wirtschaftliche Folgen\n\nDie Regierung hat am Montag den Haushalt nach langer Debatte beschlossen."
        );
        assert_eq!(
            clean("Economic ImpactThe government approved the budget on Monday after a long debate."),
            "Economic Impact\n\nThe government approved the budget on Monday after a long debate."
        );
        // Two-letter articles of the Romance languages and Dutch open a paragraph too.
        assert_eq!(
            clean("Huelga en RenfeEl sindicato convocó el lunes una huelga nacional en todo el país."),
            "Huelga en Renfe\n\nEl sindicato convocó el lunes una huelga nacional en todo el país."
        );
        assert_eq!(
            clean("Grève chez AirbusLe syndicat a appelé lundi à une grève nationale dans toutes les usines."),
            "Grève chez Airbus\n\nLe syndicat a appelé lundi à une grève nationale dans toutes les usines."
        );
        // In languages without articles, a heading of two words stands where
        // the glued pair holds a letter beyond ASCII, which no identifier does.
        assert_eq!(
            clean("Экономические последствияПравительство заявило во вторник, что бюджет будет пересмотрен в следующем месяце."),
            "Экономические последствия\n\nПравительство заявило во вторник, что бюджет будет пересмотрен в следующем месяце."
        );
        assert_eq!(
            clean("Skutki gospodarczeRząd ogłosił we wtorek, że budżet zostanie zmieniony w przyszłym miesiącu."),
            "Skutki gospodarcze\n\nRząd ogłosił we wtorek, że budżet zostanie zmieniony w przyszłym miesiącu."
        );
        // Without an article after it, a capitalised word before a capital is a name.
        for t in [
            "Если raiseExceptions равно False, событие молча отбрасывается модулем logging, без ошибки.",
            "Follow us on LinkedIn for updates on our products and events and much more.",
            "Shipping with FedEx Express takes two days for most of the orders we send out.",
            "If raiseExceptions is False, the event is silently dropped by the logging module.",
            "The appProtocol field provides a way to specify an application protocol for each port.",
            "He met Robert DeNiro and the cast of the film at the festival in Cannes this year.",
        ] {
            assert_eq!(clean(t), t);
        }
    }

    #[test]
    fn never_splits_camel_case_names() {
        for t in [
            "X (Twitter) Marketing Free Badges",
            "print('Do some actions 1')",
            "Artificial Intelligence (cs.AI) ; Computation and Language (cs.CL)",
            "You can use the class django.forms.ModelForm and then the form works",
            "Apple sells the iPhone in many countries around the world today.",
            "Share your photos with @InstantPotOfficial or #MealtimeAmazement!",
            "Share this video with #BlackFriday shoppers, the chain told its staff.",
            "New PlayStation games arrive at the store in huge numbers this week.",
            "Use getElementById to find the element in the document quickly and safely.",
            "Fans watch YouTube and eBay listings every single day of the week.",
        ] {
            assert_eq!(clean(t), t);
        }
    }

    #[test]
    fn splits_widget_glued_to_text() {
        assert_eq!(
            clean(&format!("{BODY}\n\nShare via EmailA Man Developed a Rare Lung Disease")),
            BODY.to_owned() + "\n\nShare via Email"
        );
        assert_eq!(clean(&format!("{BODY}\n\nSHAREWorld leaders meet in Paris today")), BODY.to_owned() + "\n\nSHARE");
        // A share counter glued to a headline that starts with a digit.
        assert_eq!(
            clean(&format!("{BODY}\n\nShare 0 Tweet 0 Pin 013-Inch laptop expected in the first half of next year")),
            BODY.to_owned() + "\n\nShare 0 Tweet 0 Pin 0"
        );
        // A line of share text alone is left whole, even where a capital
        // follows a vocabulary word inside a name ("в" + "Контакте").
        let widgets = "Поделиться: ВКонтакте Telegram";
        assert_eq!(clean(&format!("{BODY}\n\n{widgets}")), format!("{BODY}\n\n{widgets}"));
        // A space of more than one byte before the junction's token (this
        // filter alone meets no-break spaces the whitespace filter has not
        // turned into plain ones).
        assert_eq!(clean("a\u{a0}uJ"), "a\u{a0}uJ");
        assert_eq!(
            clean("Share\u{a0}via EmailMarkets rally as oil prices recover"),
            "Share\u{a0}via Email\n\nMarkets rally as oil prices recover"
        );
    }

    #[test]
    fn ascii_classes_agree_with_char_methods() {
        for c in (0u8..128).map(char::from) {
            let class = ASCII_CLASS[c as usize];
            assert_eq!(class & SPACE != 0, c.is_whitespace(), "{c:?}");
            assert_eq!(class & STOP != 0, is_head_stop(c), "{c:?}");
            assert_eq!(class & LOWER != 0, c.is_lowercase(), "{c:?}");
            assert_eq!(class & UPPER != 0, c.is_uppercase(), "{c:?}");
            assert_eq!(class & ALNUM != 0, c.is_alphanumeric(), "{c:?}");
            let opens = c.is_uppercase() || c.is_ascii_digit() || matches!(c, '\'' | '"' | '[');
            assert_eq!(class & OPENS != 0, opens, "{c:?}");
        }
    }

    #[test]
    fn never_splits_inside_a_number_or_a_run_of_capitals() {
        for line in [
            "LinkedIn $2.50 – $7.00 per click on average",
            "Deel $29/employee/month with global compliance",
            "ADJUSTABLE KEYBOARD TRAY: the distance between your keyboard and you",
            "A post shared by EILEEN FISHER on her own account today",
            // "AD" is an ad marker, but not the start of a capitals' word.
            "ADP offers comprehensive HR solutions, including payroll.",
            "ADT’s Features and prices compared",
            "ADA (disability accommodations) rules apply here",
        ] {
            let text = format!("{BODY}\n{line}");
            assert_eq!(clean(&text), text, "{line}");
        }
    }

    #[test]
    fn drops_trailing_headline() {
        assert_eq!(clean(&format!("{BODY}\n\nIslamic State is recruiting in Africa")), BODY);
        // A headline that quotes a first person in capitals is still one.
        assert_eq!(clean(&format!("{BODY}\n\nHeadset review: My new go-to wireless headset")), BODY);
        assert_eq!(
            clean(&format!("{BODY}\n\nNew car sales plunge 10 percent | Auto News\n\nShare")),
            BODY.to_owned() + "\n\nShare"
        );
    }

    /// A last paragraph of two sentences, the second without its final
    /// mark, is no headline, in scripts without case or without spaces too.
    #[test]
    fn keeps_a_last_paragraph_of_sentences_in_any_script() {
        for last in [
            "انتهى الاجتماع. وسيعقد اجتماع آخر في مارس",
            "הישיבה הסתיימה. ישיבה נוספת תתקיים במרץ",
            "बैठक समाप्त हुई। अगली बैठक मार्च में होगी",
            "最後の段落です。日銀は次回の会合で判断する",
            "The meeting ended in 1990. Another meeting will be held in March",
        ] {
            let text = format!("The first paragraph ends here, the minister said.\n\n{last}");
            assert_eq!(clean(&text), text, "{last:?}");
        }
        // Capitals alone before the mark are an abbreviation, as before.
        assert_eq!(
            clean("The first paragraph ends here, the minister said.\n\nNASA. Another story headline here today"),
            "The first paragraph ends here, the minister said."
        );
    }

    #[test]
    fn keeps_trailing_credits_and_titles() {
        for tail in [
            "© Reuters",
            "With Post wires",
            "Provided by European Space Agency",
            "Main image credit: Getty",
            "— Rep. Jane Doe (@janedoe) November 19, 2019",
            "Contributing: Kristine Phillips",
            "www.example.com",
            "Additional reporting by Tom Brown",
            "What do you think?",
            "[2] Joint Commission National Patient Safety Goal",
            "Unless it is quarantined. ;-)",
            "Governance: who owns admin and data",
            "Mario Rodriguez, January 22, 2026",
            "Get a free demo today",
            "SHIP Program Brochure (PDF)",
            "Collect them all! (We told you we love lists.)",
            "TypeScript 1,673 141 Built by 137 stars today",
            "Editor's note: This article first appeared in 2019",
            "Correction: An earlier version misstated the cost",
            "This story has been updated with comment from the mayor",
            "To be continued in Part Two",
            "The author is a professor of economics at Yale University",
            "Jane Doe is a reporter covering city hall",
            "Thanks for reading and see you next week",
            "Best regards, John Smith",
            "Enjoy the show",
            "Happy cooking everyone",
            "Check out my full review of the espresso maker here",
            "Merci à tous pour vos messages",
            "Serve warm with a side of rice",
            "Sie sagte: „Nein, nein, das geht nicht.“",
            "Řekl: „To je konec.“",
        ] {
            let t = format!("{BODY}\n\n{tail}");
            assert_eq!(clean(&t), t, "{tail:?}");
        }
        // A text that is only a title and one line keeps its title.
        let t = "Russia ready for joint command\n\nThe talks went on.";
        assert_eq!(clean(t), t);
    }
}
