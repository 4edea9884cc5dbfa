//! Turns the kept part of the page into block text.
//!
//! Every block-level element (paragraph, heading, list item, table row, block
//! quote ...) starts a new unit, so no two blocks are ever glued; `<br>` and
//! list items start a new line. Each unit remembers how much of its text sat
//! inside links: a short unit that is mostly links (a menu entry, "Read more",
//! a tag) is dropped and reported.

use super::dom::{Dom, Kind};
use super::main_content::visible_len;
use crate::report::{Removal, Sink};

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
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
pub(crate) enum Gap {
    None,
    Space,
    Line,
    Block,
}

/// One line or block of output text.
#[derive(Debug)]
pub(crate) struct Unit {
    pub text: String,
    pub gap: Gap,
    pub link_chars: usize,
    pub chars: usize,
    pub heading: bool,
}

struct Writer {
    units: Vec<Unit>,
    cur: Unit,
    pending: Gap,
}

impl Writer {
    fn gap(&mut self, g: Gap) {
        self.pending = self.pending.max(g);
    }

    fn text(&mut self, text: &str, pre: bool, link: bool, heading: bool) {
        if pre {
            for (i, line) in text.split('\n').enumerate() {
                if i > 0 {
                    self.gap(Gap::Line);
                }
                self.word(line.trim_end(), link, heading);
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
        if word.is_empty() {
            return;
        }
        match self.pending {
            Gap::Line | Gap::Block if !self.cur.text.is_empty() => {
                let next = Unit { text: String::new(), gap: self.pending, link_chars: 0, chars: 0, heading: false };
                self.units.push(std::mem::replace(&mut self.cur, next));
            }
            Gap::Line | Gap::Block => self.cur.gap = self.cur.gap.max(self.pending),
            Gap::Space if !self.cur.text.is_empty() => self.cur.text.push(' '),
            _ => {}
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

/// The units of the subtrees at `roots` (in document order), skipping dropped subtrees.
pub(crate) fn units(dom: &Dom<'_>, dropped: &[bool], roots: &[usize]) -> Vec<Unit> {
    let first = Unit { text: String::new(), gap: Gap::Block, link_chars: 0, chars: 0, heading: false };
    let mut w = Writer { units: Vec::new(), cur: first, pending: Gap::None };
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

/// Joins units into text, dropping link furniture, repeats of a heading or
/// linked block of eight words or more (a page's second copy of its title or
/// a teaser; repeated prose, such as an interviewer's question, stays), and a leading
/// unit equal to `title`; each drop is reported to `sink`.
pub(crate) fn join(units: &[Unit], title: Option<&str>, sink: &mut dyn Sink) -> String {
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
        if i == 0 && title.is_some_and(|t| same_title(t, &u.text)) {
            sink.removal(&Removal::removed("title", "the page title, kept in the document's metadata", &u.text));
            continue;
        }
        if !out.is_empty() {
            out.push_str(if gap >= Gap::Block { "\n\n" } else { "\n" });
        }
        out.push_str(&u.text);
        gap = Gap::None;
    }
    out
}

fn same_title(title: &str, text: &str) -> bool {
    let norm = |s: &str| {
        s.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect::<Vec<_>>()
    };
    let (t, x) = (norm(title), norm(text));
    !x.is_empty() && (t == x || (x.len() >= 3 && t.len() > x.len() && t.starts_with(&x)))
}
