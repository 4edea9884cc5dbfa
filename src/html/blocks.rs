//! Turns the kept part of the page into block text.
//!
//! Every block-level element (paragraph, heading, list item, table row, block
//! quote ...) starts a new unit, so no two blocks are ever glued; `<br>` and
//! list items start a new line. Each unit remembers how much of its text sat
//! inside links: a short unit that is mostly links (a menu entry, "Read more",
//! a tag) is dropped and reported.

use super::dom::{attr, Dom, Kind};
use super::main_content::visible_len;
use crate::report::{Removal, Sink};
use crate::text::word_count_up_to;

/// Elements that start a new block of their own (separated by a blank line).
const BLOCK: &[&str] = &[
    "p",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "pre",
    "article",
    "section",
    "header",
    "footer",
    "nav",
    "aside",
    "main",
    "figure",
    "figcaption",
    "table",
    "form",
    "address",
    "hr",
    "details",
    "summary",
    "fieldset",
    "center",
    "ul",
    "ol",
    "dl",
    "body",
    "html",
    "caption",
    "legend",
    "hgroup",
];

/// Elements that start a new line within a block.
const LINE: &[&str] = &["li", "tr", "dt", "dd", "br"];

/// The separator before a unit.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug, Default)]
pub(crate) enum Gap {
    None,
    Space,
    Line,
    /// The gap before a page's first unit.
    #[default]
    Block,
}

/// One line or block of output text.
#[derive(Debug, Default)]
pub(crate) struct Unit {
    pub text: String,
    pub gap: Gap,
    pub link_chars: usize,
    pub chars: usize,
    pub heading: bool,
    /// With Markdown on: the text with inline marks, and the line's prefix
    /// (heading, list item, quote, code indent, table row).
    pub md: String,
    pub md_prefix: String,
    /// For the first row of a table: its number of cells, for the rule under it.
    pub header_cells: usize,
}

struct Writer {
    units: Vec<Unit>,
    cur: Unit,
    pending: Gap,
    md: Option<Md>,
}

/// Markdown state while writing: where in lists, quotes, headings, code and
/// tables the walk is, and the inline marks opened but not yet written.
#[derive(Debug, Default)]
struct Md {
    links: bool,
    quote: usize,
    lists: Vec<(bool, usize)>,
    li_fresh: bool,
    level: usize,
    pre: usize,
    code: usize,
    tables: usize,
    row_cells: usize,
    first_row: bool,
    /// Opening marks waiting for the next word.
    pending: String,
    /// Open inline marks: (tag, closing mark, unit number it opened in, written yet).
    marks: Vec<(String, String, usize, bool)>,
}

impl Md {
    fn prefix(&mut self) -> String {
        let mut p = "> ".repeat(self.quote);
        if self.pre > 0 {
            p.push_str("    ");
        } else if self.level > 0 {
            p.push_str(&"#".repeat(self.level.min(6)));
            p.push(' ');
        } else if self.tables > 0 {
            p.push_str("| ");
        } else if let Some(&(ordered, n)) = self.lists.last() {
            p.push_str(&"   ".repeat(self.lists.len() - 1));
            if std::mem::take(&mut self.li_fresh) {
                p.push_str(&if ordered { format!("{n}. ") } else { "- ".to_owned() });
            } else {
                p.push_str("   ");
            }
        }
        p
    }
}

/// `word` escaped for Markdown; `first` when it starts a line.
pub(crate) fn escape_md(word: &str, first: bool, out: &mut String) {
    let block_marker = first
        && (word.starts_with(['#', '>', '+', '-', '='])
            || word
                .split_once(['.', ')'])
                .is_some_and(|(n, _)| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit())));
    if block_marker {
        out.push('\\');
    }
    for c in word.chars() {
        if matches!(c, '\\' | '*' | '_' | '`' | '[' | ']' | '<' | '|') {
            out.push('\\');
        }
        out.push(c);
    }
}

impl Writer {
    fn gap(&mut self, g: Gap) {
        self.pending = self.pending.max(g);
    }

    fn text(&mut self, text: &str, pre: bool, link: bool, heading: bool) {
        if pre {
            let mut lines = text.split('\n').enumerate().peekable();
            while let Some((i, line)) = lines.next() {
                if i > 0 {
                    self.gap(Gap::Line);
                }
                // Spaces end a line of code only before a line break; before the
                // next element of the line (a highlighter's spans) they part its tokens.
                self.word(if lines.peek().is_some() { line.trim_end() } else { line }, link, heading);
            }
            return;
        }
        for (i, word) in text.split(|c: char| c.is_ascii_whitespace()).enumerate() {
            if i > 0 {
                self.gap(Gap::Space);
            }
            self.word(word, link, heading);
        }
    }

    fn word(&mut self, word: &str, link: bool, heading: bool) {
        let word = trim_invisible(word);
        if word.is_empty() {
            return;
        }
        match self.pending {
            Gap::Line | Gap::Block if !self.cur.text.is_empty() => {
                let next = Unit { gap: self.pending, ..Unit::default() };
                self.units.push(std::mem::replace(&mut self.cur, next));
            }
            Gap::Line | Gap::Block => self.cur.gap = self.cur.gap.max(self.pending),
            Gap::Space if !self.cur.text.is_empty() => {
                self.cur.text.push(' ');
                if self.md.is_some() {
                    self.cur.md.push(' ');
                }
            }
            _ => {}
        }
        if let Some(md) = &mut self.md {
            if self.cur.text.is_empty() {
                self.cur.md_prefix = md.prefix();
            }
            let unit_no = self.units.len();
            let first = self.cur.md.is_empty();
            self.cur.md.push_str(&md.pending);
            md.pending.clear();
            for m in md.marks.iter_mut().filter(|m| !m.3) {
                m.2 = unit_no;
                m.3 = true;
            }
            if md.pre > 0 || md.code > 0 {
                self.cur.md.push_str(word);
            } else {
                escape_md(word, first, &mut self.cur.md);
            }
        }
        self.pending = Gap::None;
        let n = visible_len(word);
        self.cur.chars += n;
        if link {
            self.cur.link_chars += n;
        }
        self.cur.heading |= heading;
        self.cur.text.push_str(word);
    }
}

impl Writer {
    /// Markdown bookkeeping for an element that opens.
    fn md_open(&mut self, el: &scraper::node::Element) {
        let Some(md) = &mut self.md else { return };
        let tag = el.name();
        let mark = |open: &str, close: String, md: &mut Md| {
            md.pending.push_str(open);
            md.marks.push((tag.to_owned(), close, 0, false));
        };
        match tag {
            "strong" | "b" if md.pre == 0 && md.code == 0 => mark("**", "**".into(), md),
            "em" | "i" if md.pre == 0 && md.code == 0 => mark("*", "*".into(), md),
            "code" if md.pre == 0 => {
                md.code += 1;
                mark("`", "`".into(), md);
            }
            "a" if md.links && md.pre == 0 && md.code == 0 => {
                if let Some(href) = attr(el, "href").filter(|h| !h.trim().is_empty()) {
                    let href = href.trim().replace(' ', "%20").replace('(', "%28").replace(')', "%29");
                    mark("[", format!("]({href})"), md);
                }
            }
            "ul" => md.lists.push((false, 0)),
            "ol" => md.lists.push((true, 0)),
            "li" => {
                if let Some(l) = md.lists.last_mut() {
                    l.1 += 1;
                }
                md.li_fresh = true;
            }
            "blockquote" => md.quote += 1,
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => md.level = usize::from(tag.as_bytes()[1] - b'0'),
            "pre" => md.pre += 1,
            "table" => {
                md.tables += 1;
                md.first_row = true;
            }
            "tr" => md.row_cells = 0,
            "td" | "th" => {
                md.row_cells += 1;
                if md.row_cells > 1 {
                    // The space before it comes from the cell's own gap.
                    md.pending.push_str("| ");
                }
            }
            _ => {}
        }
    }

    /// Markdown bookkeeping for an element that closes.
    fn md_close(&mut self, tag: &str) {
        let Some(md) = &mut self.md else { return };
        if md.marks.last().is_some_and(|m| m.0 == tag) {
            let (_, close, unit_no, written) = md.marks.pop().unwrap_or_default();
            if !written {
                // Nothing inside: drop the opening mark still waiting.
                let open_len = match close.as_str() {
                    "**" => 2,
                    _ => 1,
                };
                let keep = md.pending.len().saturating_sub(open_len);
                md.pending.truncate(keep);
            } else if unit_no == self.units.len() {
                self.cur.md.push_str(&close);
            }
        }
        match tag {
            "code" if md.pre == 0 => md.code = md.code.saturating_sub(1),
            "ul" | "ol" => {
                md.lists.pop();
            }
            "blockquote" => md.quote = md.quote.saturating_sub(1),
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => md.level = 0,
            "pre" => md.pre = md.pre.saturating_sub(1),
            "table" => md.tables = md.tables.saturating_sub(1),
            "tr" if md.row_cells > 0 => {
                if self.cur.md_prefix.ends_with("| ") {
                    self.cur.md.push_str(" |");
                    if md.first_row {
                        self.cur.header_cells = md.row_cells;
                    }
                }
                md.first_row = false;
            }
            _ => {}
        }
    }
}

/// The units of the subtrees at `roots` (in document order), skipping
/// dropped subtrees, with Markdown for each unit when `markdown` is `Some(links)`.
pub(crate) fn units(dom: &Dom<'_>, dropped: &[bool], roots: &[usize], markdown: Option<bool>) -> Vec<Unit> {
    let md = markdown.map(|links| Md { links, ..Md::default() });
    let mut w = Writer { units: Vec::new(), cur: Unit::default(), pending: Gap::None, md };
    for &root in roots {
        w.gap(Gap::Block);
        write_subtree(&mut w, dom, dropped, root);
    }
    if !w.cur.text.is_empty() {
        w.units.push(w.cur);
    }
    w.units
}

fn write_subtree(w: &mut Writer, dom: &Dom<'_>, dropped: &[bool], root: usize) {
    // Open elements: (index just past the subtree, tag), to emit closing gaps.
    let mut open: Vec<(usize, &str)> = Vec::new();
    let (mut pre, mut link, mut heading) = (0usize, 0usize, 0usize);
    let end = dom.nodes[root].end as usize;
    let mut i = root;
    while i < end {
        while let Some(&(close_at, tag)) = open.last() {
            if close_at > i {
                break;
            }
            open.pop();
            close(w, tag, &mut pre, &mut link, &mut heading);
        }
        let node = &dom.nodes[i];
        if dropped[i] {
            i = node.end as usize;
            continue;
        }
        match node.kind {
            Kind::Text(t) => w.text(t, pre > 0, link > 0, heading > 0),
            Kind::Element(el) => {
                let tag = el.name();
                match tag {
                    "pre" => pre += 1,
                    "a" => link += 1,
                    "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => heading += 1,
                    _ => {}
                }
                separate(w, tag);
                w.md_open(el);
                open.push((node.end as usize, tag));
            }
            Kind::Other => {}
        }
        i += 1;
    }
    while let Some((_, tag)) = open.pop() {
        close(w, tag, &mut pre, &mut link, &mut heading);
    }
}

/// Whether element `tag` stands apart from the text around it: a block, a
/// line or a table cell, as [`units`] writes them.
pub(crate) fn stands_apart(tag: &str) -> bool {
    BLOCK.contains(&tag) || LINE.contains(&tag) || matches!(tag, "td" | "th")
}

fn separate(w: &mut Writer, tag: &str) {
    if BLOCK.contains(&tag) {
        w.gap(Gap::Block);
    } else if LINE.contains(&tag) {
        w.gap(Gap::Line);
    } else if matches!(tag, "td" | "th") {
        w.gap(Gap::Space);
    }
}

fn close(w: &mut Writer, tag: &str, pre: &mut usize, link: &mut usize, heading: &mut usize) {
    w.md_close(tag);
    match tag {
        "pre" => *pre = pre.saturating_sub(1),
        "a" => *link = link.saturating_sub(1),
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => *heading = heading.saturating_sub(1),
        _ => {}
    }
    separate(w, tag);
}

/// Whether a unit is link furniture: mostly links and under four words
/// ("Home", "Sign in", "Read more"). Longer link units are kept: on listings
/// and collections the items are links.
fn is_link_furniture(u: &Unit) -> bool {
    let words = u.text.split_whitespace().count();
    u.chars > 0 && u.link_chars * 2 > u.chars && words < 4 && !u.heading
}

/// Whether a unit is a stray separator left by dropped neighbours: one or two
/// separator characters ("," between two removed tag links, "|", "•").
fn is_stray_punctuation(u: &Unit) -> bool {
    u.chars <= 2
        && u.text.chars().all(|c| c.is_whitespace() || matches!(c, ',' | ';' | '|' | '/' | '•' | '·' | '»' | '«'))
}

/// Joins units into text, dropping link furniture, stray punctuation, repeats of a heading or
/// linked block of eight words or more (a page's second copy of its title or
/// a teaser; repeated prose, such as an interviewer's question, stays), and a leading
/// unit equal to `title`; each drop is reported to `sink`.
/// The indices of the units kept are pushed onto `kept`.
pub(crate) fn join(units: &[Unit], title: Option<&str>, sink: &mut dyn Sink, kept: &mut Vec<usize>) -> String {
    let mut out = String::new();
    let mut gap = Gap::None;
    let mut seen = std::collections::HashSet::new();
    for (i, u) in units.iter().enumerate() {
        gap = gap.max(u.gap);
        if (u.heading || u.link_chars > 0)
            && u.text.split_whitespace().nth(7).is_some()
            && !seen.insert(u.text.as_str())
        {
            sink.removal(&Removal::removed("duplicate_block", "the same block again", &u.text));
            continue;
        }
        if is_link_furniture(u) {
            sink.removal(&Removal::removed("link_furniture", "short block of links", &u.text));
            continue;
        }
        if is_stray_punctuation(u) {
            sink.removal(&Removal::removed("link_furniture", "no words, only separators", &u.text));
            continue;
        }
        if i == 0 && title.is_some_and(|t| same_title(t, &u.text)) {
            sink.removal(&Removal::removed("title", "the page title, kept in the document's metadata", &u.text));
            continue;
        }
        if !out.is_empty() {
            out.push_str(if gap >= Gap::Block { "\n\n" } else { "\n" });
        }
        out.push_str(&u.text);
        kept.push(i);
        gap = Gap::None;
    }
    out
}

/// Whether `text` is the page's `title`: the same words, or, if it holds
/// three words or more, the first words of the title ("Title - Site").
/// Words of scripts written without spaces count as [`word_count_up_to`] counts
/// them ("日銀、金利据え置きを決定" is more than three).
fn same_title(title: &str, text: &str) -> bool {
    let norm = |s: &str| {
        s.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect::<Vec<_>>()
    };
    let (t, x) = (norm(title), norm(text));
    let long = x.len() >= 3 || word_count_up_to(text, 3) >= 3;
    !x.is_empty() && (t == x || (long && t.len() > x.len() && t.starts_with(&x)))
}

/// `word` without the invisible characters at its ends (zero-width space,
/// non-joiner and joiner, word joiner, byte order mark): a joiner has
/// nothing to join there, and a word of nothing else (an `&zwj;` that a
/// page builder leaves in an empty paragraph) is no word. Inside a word,
/// as in an emoji sequence or a Persian word, they stay.
fn trim_invisible(word: &str) -> &str {
    let b = word.as_bytes();
    if b.first().is_some_and(|&x| x < 0x80) && b.last().is_some_and(|&x| x < 0x80) {
        return word;
    }
    word.trim_matches(|c| matches!(c, '\u{200b}'..='\u{200d}' | '\u{2060}' | '\u{feff}'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_heading_is_the_title_when_it_is_the_whole_title_or_its_first_three_words_or_more() {
        assert!(same_title("Markets rally", "Markets rally"));
        assert!(same_title("Markets rally as oil recovers - The Daily", "Markets rally as oil recovers"));
        // A short heading that starts the title is as often a section's.
        assert!(!same_title("News - The Daily", "News"));
        assert!(!same_title("Markets rally as oil recovers", "Oil recovers"));
        // Scripts written without spaces: one token of many words.
        assert!(same_title("日銀、金利据え置きを決定 - 毎朝新聞", "日銀、金利据え置きを決定"));
        assert!(!same_title("経済 - 毎朝新聞", "経済"));
    }
}
