//! A flat, document-order view of a parsed page.
//!
//! Every node of the html5ever tree becomes one entry of a `Vec`, in document
//! order, with the index just past its subtree. A subtree is then a contiguous
//! range, so skipping one is a jump, summing over one is a loop, and nothing
//! ever recurses: a page nested 100,000 deep costs no stack.

use ego_tree::iter::Edge;
use scraper::node::Element;
use scraper::{Html, Node};

/// One node: an element or a run of text.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Kind<'a> {
    Element(&'a Element),
    Text(&'a str),
    Other,
}

/// A node with its place in the tree.
#[derive(Debug, Clone, Copy)]
pub(crate) struct FlatNode<'a> {
    pub kind: Kind<'a>,
    /// Index of the parent (the root points at itself).
    pub parent: u32,
    /// Index just past this node's subtree.
    pub end: u32,
}

impl<'a> FlatNode<'a> {
    pub fn element(&self) -> Option<&'a Element> {
        match self.kind {
            Kind::Element(e) => Some(e),
            _ => None,
        }
    }

    pub fn tag(&self) -> &'a str {
        match self.kind {
            Kind::Element(e) => e.name(),
            _ => "",
        }
    }
}

/// Whether an element of tag `tag` holds raw text that is never shown:
/// a script's or a style's.
pub(crate) fn holds_raw_text(tag: &str) -> bool {
    matches!(tag, "script" | "style")
}

/// The flat page.
#[derive(Debug)]
pub(crate) struct Dom<'a> {
    pub nodes: Vec<FlatNode<'a>>,
    /// Per node, the visible characters of a text node (0 for other nodes),
    /// counted once here for every later pass.
    pub visible: Vec<u32>,
}

impl<'a> Dom<'a> {
    pub fn new(doc: &'a Html) -> Self {
        let mut nodes: Vec<FlatNode<'a>> = Vec::with_capacity(1024);
        let mut visible: Vec<u32> = Vec::with_capacity(1024);
        let mut stack: Vec<u32> = Vec::with_capacity(64);
        for edge in doc.tree.root().traverse() {
            match edge {
                Edge::Open(node) => {
                    let index = nodes.len() as u32;
                    let parent = stack.last().copied().unwrap_or(index);
                    let kind = match node.value() {
                        Node::Element(e) => Kind::Element(e),
                        Node::Text(t) => Kind::Text(t),
                        _ => Kind::Other,
                    };
                    // The raw text of scripts and styles is often half the
                    // page and never shown: its length in bytes will do.
                    let raw = nodes.get(parent as usize).is_some_and(|p| holds_raw_text(p.tag()));
                    visible.push(match kind {
                        Kind::Text(t) if raw => t.len() as u32,
                        Kind::Text(t) => super::main_content::visible_len(t) as u32,
                        _ => 0,
                    });
                    nodes.push(FlatNode { kind, parent, end: index + 1 });
                    stack.push(index);
                }
                Edge::Close(_) => {
                    if let Some(index) = stack.pop() {
                        nodes[index as usize].end = nodes.len() as u32;
                    }
                }
            }
        }
        Dom { nodes, visible }
    }

    pub fn len(&self) -> usize {
        self.nodes.len()
    }

    /// The text nodes in the subtree of node `i`, in document order.
    pub fn texts(&self, i: usize) -> impl Iterator<Item = &'a str> + '_ {
        self.nodes[i..self.nodes[i].end as usize].iter().filter_map(|n| match n.kind {
            Kind::Text(t) => Some(t),
            _ => None,
        })
    }

    /// The children of node `i`.
    pub fn children(&self, i: usize) -> impl Iterator<Item = usize> + '_ {
        let end = self.nodes[i].end as usize;
        let mut c = i + 1;
        std::iter::from_fn(move || {
            (c < end).then(|| {
                let here = c;
                c = self.nodes[c].end as usize;
                here
            })
        })
    }

    /// The ancestors of node `i`, nearest first, up to the root.
    pub fn ancestors(&self, i: usize) -> impl Iterator<Item = usize> + '_ {
        let mut at = i;
        std::iter::from_fn(move || {
            let p = self.nodes[at].parent as usize;
            (p != at).then(|| {
                at = p;
                p
            })
        })
    }

    /// The nodes of `range`, in document order, without the subtrees of
    /// those `dropped` marks.
    pub fn kept<'d>(&'d self, dropped: &'d [bool], range: std::ops::Range<usize>) -> impl Iterator<Item = usize> + 'd {
        let mut i = range.start;
        std::iter::from_fn(move || {
            while i < range.end && dropped[i] {
                i = self.nodes[i].end as usize;
            }
            (i < range.end).then(|| {
                i += 1;
                i - 1
            })
        })
    }

    /// The first element called `tag`, if any.
    pub fn find(&self, tag: &str) -> Option<usize> {
        self.nodes.iter().position(|n| n.tag() == tag)
    }
}

/// The value of `el`'s attribute `name`, found by comparing names.
/// [`Element::attr`] gives the same, but makes an atom of `name` (a hash
/// and a table lookup) on every call, and the DOM filters ask each element
/// of a page for up to ten attributes; most elements have one or two.
pub(crate) fn attr<'e>(el: &'e Element, name: &str) -> Option<&'e str> {
    el.attrs().find_map(|(n, v)| (n == name).then_some(v))
}

/// The lower-cased words of an element's `class` and `id`, split at
/// punctuation and camel-case humps: `"shareButtons post_ad-slot"` gives
/// `share`, `buttons`, `post`, `ad`, `slot`. A heading's `id` is left
/// out: it is the heading's anchor, made of its text; and so is the hash
/// CSS Modules end a class name with ([`without_module_hash`]).
pub(crate) fn name_tokens(el: &Element, mut each: impl FnMut(&str) -> bool) -> bool {
    let (mut class, mut id) = (None, None);
    for (name, value) in el.attrs() {
        match name {
            "class" => class = Some(value),
            "id" => id = Some(value),
            _ => {}
        }
    }
    // A heading's id is its anchor, a slug of its text ("Comments",
    // "PGP_signature_is_invalid"), not a name for what it is.
    if matches!(el.name(), "h1" | "h2" | "h3" | "h4" | "h5" | "h6") {
        id = None;
    }
    let mut buf = String::new();
    for value in [class, id].into_iter().flatten() {
        if value.is_ascii() {
            for name in value.split_ascii_whitespace() {
                if ascii_tokens(without_module_hash(name), &mut each) {
                    return true;
                }
            }
            continue;
        }
        let mut prev_lower = false;
        for c in value.chars().chain(std::iter::once(' ')) {
            let boundary = !c.is_alphanumeric() || (c.is_uppercase() && prev_lower);
            if boundary && !buf.is_empty() {
                if each(&buf) {
                    return true;
                }
                buf.clear();
            }
            if c.is_alphanumeric() {
                buf.extend(c.to_lowercase());
            }
            prev_lower = c.is_lowercase() || c.is_ascii_digit();
        }
    }
    false
}

/// `name` without the hash CSS Modules end a class name with
/// (`mdx-table_root__adKqa`, `Header_nav__3kd9f`): five to eight letters,
/// digits, `-` or `_` after the last `__`, one of them a capital or a digit.
/// Split at its humps the hash makes words by chance ("ad", "Kqa"). A
/// BEM element (`card__share`) is lower-case, and stays.
fn without_module_hash(name: &str) -> &str {
    match name.rfind("__") {
        Some(at) if at > 0 => {
            let hash = &name[at + 2..];
            let chars = hash.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
            let mixed = hash.bytes().any(|b| b.is_ascii_uppercase() || b.is_ascii_digit());
            if (5..=8).contains(&hash.len()) && chars && mixed {
                &name[..at]
            } else {
                name
            }
        }
        _ => name,
    }
}

/// [`name_tokens`] for an ASCII value, without copying tokens that are
/// already lower-case.
fn ascii_tokens(value: &str, each: &mut impl FnMut(&str) -> bool) -> bool {
    let b = value.as_bytes();
    let mut start: Option<usize> = None;
    let mut prev_lower = false;
    let mut emit = |tok: &str| {
        if !tok.bytes().any(|c| c.is_ascii_uppercase()) {
            return each(tok);
        }
        let mut buf = [0u8; 64];
        match buf.get_mut(..tok.len()) {
            Some(dst) => {
                dst.copy_from_slice(tok.as_bytes());
                dst.make_ascii_lowercase();
                each(std::str::from_utf8(dst).unwrap_or(""))
            }
            None => each(&tok.to_ascii_lowercase()),
        }
    };
    for i in 0..=b.len() {
        let c = b.get(i).copied().unwrap_or(b' ');
        let alnum = c.is_ascii_alphanumeric();
        if !alnum || (c.is_ascii_uppercase() && prev_lower) {
            if let Some(s) = start.take() {
                if emit(&value[s..i]) {
                    return true;
                }
            }
        }
        if alnum && start.is_none() {
            start = Some(i);
        }
        prev_lower = c.is_ascii_lowercase() || c.is_ascii_digit();
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn subtrees_are_ranges() {
        let html = Html::parse_document("<div><p>a<b>b</b></p><p>c</p></div>");
        let dom = Dom::new(&html);
        let div = dom.find("div").unwrap();
        let texts: Vec<&str> = dom.nodes[div..dom.nodes[div].end as usize]
            .iter()
            .filter_map(|n| if let Kind::Text(t) = n.kind { Some(t) } else { None })
            .collect();
        assert_eq!(texts, ["a", "b", "c"]);
        let b = dom.find("b").unwrap();
        assert_eq!(dom.nodes[dom.nodes[b].parent as usize].tag(), "p");
    }

    #[test]
    fn tokens_split_on_punctuation_and_humps() {
        let html = Html::parse_fragment("<div class=\"shareButtons post_ad-slot\" id=\"x1\"></div>");
        let dom = Dom::new(&html);
        let el = dom.nodes[dom.find("div").unwrap()].element().unwrap();
        let mut got = Vec::new();
        name_tokens(el, |t| {
            got.push(t.to_owned());
            false
        });
        assert_eq!(got, ["share", "buttons", "post", "ad", "slot", "x1"]);
    }
}
