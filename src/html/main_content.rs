//! Chooses the element that holds the page's main content.
//!
//! Each text node weighs its number of visible characters outside links, so
//! menus and link lists weigh almost nothing and prose weighs the most;
//! weights add up the tree. Starting from `<body>`, the choice moves down to a
//! child while that child holds most of its parent's weight. On an article
//! this ends at the article's container; on a forum thread, a listing or a
//! product page, where the content is spread over many posts or items, it
//! stops at their shared parent, so the page comes out whole rather than as
//! one card.

use super::dom::{Dom, Kind};

/// The share of its parent's weight a child must hold to be chosen instead.
const DESCEND: f64 = 0.75;

/// Elements that hold text rather than other blocks.
fn is_leaf_block(tag: &str) -> bool {
    const LEAVES: &[&str] = &[
        "p",
        "li",
        "dt",
        "dd",
        "td",
        "th",
        "tr",
        "caption",
        "figcaption",
        "blockquote",
        "pre",
        "code",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "span",
        "a",
        "b",
        "i",
        "em",
        "strong",
        "font",
        "small",
    ];
    LEAVES.contains(&tag)
}

/// Visible characters of `text` (not white space).
pub(crate) fn visible_len(text: &str) -> usize {
    if text.is_ascii() {
        text.bytes().filter(|b| !b.is_ascii_whitespace()).count()
    } else {
        text.chars().filter(|c| !c.is_whitespace()).count()
    }
}

/// The index of the main-content element, given which nodes were dropped.
pub(crate) fn choose_root(dom: &Dom<'_>, dropped: &[bool], start: usize) -> usize {
    let n = dom.len();
    // alive[i]: neither i nor an ancestor was dropped; in_link[i]: inside an <a>.
    let mut alive = vec![true; n];
    let mut in_link = vec![false; n];
    for i in 0..n {
        let p = dom.nodes[i].parent as usize;
        let (pa, pl) = if p == i { (true, false) } else { (alive[p], in_link[p]) };
        alive[i] = pa && !dropped[i];
        in_link[i] = pl || dom.nodes[i].tag() == "a";
    }
    let mut weight = vec![0u64; n];
    for i in (0..n).rev() {
        if !alive[i] {
            continue;
        }
        if let Kind::Text(t) = dom.nodes[i].kind {
            if !in_link[i] {
                weight[i] += visible_len(t) as u64;
            }
        }
        let p = dom.nodes[i].parent as usize;
        if p != i {
            weight[p] += weight[i];
        }
    }
    let mut root = start;
    loop {
        let end = dom.nodes[root].end as usize;
        let mut best: Option<usize> = None;
        let mut i = root + 1;
        while i < end {
            if alive[i] && matches!(dom.nodes[i].kind, Kind::Element(_)) && best.is_none_or(|b| weight[i] > weight[b]) {
                best = Some(i);
            }
            i = dom.nodes[i].end as usize; // next sibling
        }
        match best {
            Some(b) if weight[root] > 0 && weight[b] as f64 >= DESCEND * weight[root] as f64 => {
                // A paragraph is content, not a container of it: choose it only when its siblings weigh nothing.
                if is_leaf_block(dom.nodes[b].tag()) && weight[b] < weight[root] {
                    return root;
                }
                root = b;
            }
            _ => return root,
        }
    }
}
