//! HTML input: parsing (html5ever, through scraper) and turning the DOM into
//! block text.
//!
//! Every block-level element (paragraph, heading, list item, table row,
//! block quote ...) becomes its own block, so no two blocks are ever glued;
//! `<br>` becomes a line break; elements that never hold content (`script`,
//! `style`, `noscript`, `template`, `svg`, `iframe`, form controls ...) are
//! dropped whole and reported. The tree is walked with an iterator, never by
//! recursion, so a page nested 100,000 deep is no danger.

use ego_tree::iter::Edge;
use scraper::{Html, Node};

use crate::report::{Removal, Sink};

/// Elements whose whole subtree is never content.
const NON_CONTENT: &[&str] = &[
    "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed", "head", "title", "meta",
    "link", "button", "input", "select", "textarea", "option", "datalist", "dialog", "map", "audio", "video", "source",
    "track", "math",
];

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
const LINE: &[&str] = &["li", "tr", "dt", "dd", "br", "option"];

/// Pending separator while writing text.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Gap {
    None,
    Space,
    Line,
    Block,
}

struct Writer {
    out: String,
    gap: Gap,
}

impl Writer {
    fn gap(&mut self, g: Gap) {
        self.gap = self.gap.max(g);
    }

    fn text(&mut self, text: &str, pre: bool) {
        if pre {
            self.flush();
            self.out.push_str(text);
            return;
        }
        for (i, word) in text.split(|c: char| c.is_ascii_whitespace()).enumerate() {
            if i > 0 {
                self.gap(Gap::Space);
            }
            if !word.is_empty() {
                self.flush();
                self.out.push_str(word);
            }
        }
    }

    fn flush(&mut self) {
        if !self.out.is_empty() {
            match self.gap {
                Gap::None => {}
                Gap::Space => self.out.push(' '),
                Gap::Line => self.out.push('\n'),
                Gap::Block => self.out.push_str("\n\n"),
            }
        }
        self.gap = Gap::None;
    }
}

/// Extracts the block text of an HTML document, dropping non-content elements
/// and reporting each to `sink`.
///
/// ```
/// let text = unclutter::html::extract_text("<h1>Title</h1><p>One<br>two</p><script>x</script>", &mut unclutter::Discard);
/// assert_eq!(text, "Title\n\nOne\ntwo");
/// ```
pub fn extract_text(html: &str, sink: &mut dyn Sink) -> String {
    let doc = Html::parse_document(html);
    let mut w = Writer { out: String::with_capacity(html.len() / 3), gap: Gap::None };
    // While inside a dropped subtree: the node that opened it.
    let mut skipping: Option<ego_tree::NodeId> = None;
    let mut pre_depth = 0usize;
    for edge in doc.tree.root().traverse() {
        match edge {
            Edge::Open(node) => {
                if skipping.is_some() {
                    continue;
                }
                match node.value() {
                    Node::Text(t) => w.text(t, pre_depth > 0),
                    Node::Element(el) => {
                        let name = el.name();
                        if NON_CONTENT.contains(&name) || el.attr("hidden").is_some() {
                            if name != "head" && name != "title" {
                                sink.removal(&Removal::removed("html", "non-content element", name));
                            }
                            skipping = Some(node.id());
                            continue;
                        }
                        if name == "pre" {
                            pre_depth += 1;
                        }
                        if BLOCK.contains(&name) {
                            w.gap(Gap::Block);
                        } else if LINE.contains(&name) {
                            w.gap(Gap::Line);
                        } else if matches!(name, "td" | "th") {
                            w.gap(Gap::Space);
                        }
                    }
                    _ => {}
                }
            }
            Edge::Close(node) => {
                if skipping == Some(node.id()) {
                    skipping = None;
                    continue;
                }
                if skipping.is_some() {
                    continue;
                }
                if let Node::Element(el) = node.value() {
                    let name = el.name();
                    if name == "pre" {
                        pre_depth = pre_depth.saturating_sub(1);
                    }
                    if BLOCK.contains(&name) {
                        w.gap(Gap::Block);
                    } else if LINE.contains(&name) {
                        w.gap(Gap::Line);
                    } else if matches!(name, "td" | "th") {
                        w.gap(Gap::Space);
                    }
                }
            }
        }
    }
    w.out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(html: &str) -> String {
        extract_text(html, &mut crate::Discard)
    }

    #[test]
    fn blocks_are_never_glued() {
        assert_eq!(text("<h2>Paris envoy</h2><p>President Obama</p>"), "Paris envoy\n\nPresident Obama");
        assert_eq!(text("<div>a<div>b</div>c</div>"), "a\n\nb\n\nc");
        assert_eq!(text("<ul><li>one</li><li>two</li></ul>"), "one\ntwo");
        assert_eq!(text("<p>a <b>bold</b>\n  move</p>"), "a bold move");
    }

    #[test]
    fn drops_non_content() {
        let html = "<html><head><title>T</title><style>p{}</style></head><body><p>x</p><script>var a;</script>\
                    <noscript>enable js</noscript><template><p>t</p></template><svg><text>s</text></svg><p hidden>h</p></body></html>";
        assert_eq!(text(html), "x");
    }

    #[test]
    fn keeps_pre_formatting() {
        assert_eq!(text("<pre>a\n  b</pre>"), "a\n  b");
    }

    #[test]
    fn deep_nesting_does_not_overflow() {
        let html = "<div>".repeat(5_000) + "deep" + &"</div>".repeat(5_000);
        assert_eq!(text(&html), "deep");
    }
}
