//! React's streamed segments put where its scripts put them.
//!
//! A page that React renders while streaming sends the parts that were not
//! ready as placeholders (`<template id="B:0">` inside a boundary of
//! `<!--$?-->` and `<!--/$-->` comments, around a "Loading..." fallback),
//! and sends those parts later, at the end of the body, as hidden segments
//! (`<div hidden id="S:0">`) with a script that moves each into its place:
//! `$RC("B:0","S:0")` replaces a boundary's fallback with a segment,
//! `$RS("S:1","P:1")` replaces a `<template id="P:1">` with one. A client
//! without scripts sees the page's main text hidden at its end, in pieces.
//! This module runs those calls on the parsed tree, in document order, as
//! the page's scripts would; a call whose ids are not found does nothing.

use ego_tree::NodeId;
use scraper::{Html, Node};

use super::dom::attr;

/// Moves streamed segments into their places; see the [module docs](self).
/// Worth a walk only where the page's source [`streams_segments`], and
/// parsed with its scripts.
pub(crate) fn place_segments(html: &mut Html) {
    let mut calls = Vec::new();
    let mut ids = std::collections::HashMap::new();
    for node in html.tree.root().descendants() {
        match node.value() {
            Node::Element(el) => {
                if let Some(id) = attr(el, "id").filter(|id| id.len() > 2 && matches!(&id[..2], "B:" | "P:" | "S:")) {
                    ids.entry(id.to_owned()).or_insert(node.id());
                }
            }
            Node::Text(text)
                if node.parent().is_some_and(|p| p.value().as_element().is_some_and(|e| e.name() == "script")) =>
            {
                calls.extend(script_calls(text));
            }
            _ => {}
        }
    }
    for (call, target, segment) in calls {
        let (Some(&target), Some(&segment)) = (ids.get(&target), ids.get(&segment)) else { continue };
        if call == Call::Boundary {
            drop_fallback(html, target);
        }
        move_children_before(html, segment, target);
        for id in [target, segment] {
            if let Some(mut node) = html.tree.get_mut(id) {
                node.detach();
            }
        }
    }
}

/// Whether the page `source` calls either function that places a segment:
/// its scripts must be read.
pub(crate) fn streams_segments(source: &str) -> bool {
    let calls_in_source = |call: &str| memchr::memmem::find(source.as_bytes(), call.as_bytes()).is_some();
    calls_in_source("$RC(") || calls_in_source("$RS(")
}

/// Which call: `$RC` completes a boundary, `$RS` fills a placeholder.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Call {
    Boundary,
    Placeholder,
}

/// The `$RC("B:x","S:y")` and `$RS("S:x","P:y")` calls of a script, in
/// order, each as its kind, the id of the place and the id of the segment.
fn script_calls(script: &str) -> Vec<(Call, String, String)> {
    let mut calls = Vec::new();
    let mut rest = script;
    while let Some(at) = rest.find("$R") {
        rest = &rest[at + 2..];
        let call = match rest.as_bytes().first() {
            Some(b'C') => Call::Boundary,
            Some(b'S') => Call::Placeholder,
            _ => continue,
        };
        let Some(args) = rest[1..].strip_prefix('(') else { continue };
        let mut quoted = args.split('"');
        let (Some(""), Some(first), Some(","), Some(second)) =
            (quoted.next(), quoted.next(), quoted.next(), quoted.next())
        else {
            continue;
        };
        let (target, segment) = match call {
            Call::Boundary => (first, second),
            Call::Placeholder => (second, first),
        };
        calls.push((call, target.to_owned(), segment.to_owned()));
    }
    calls
}

/// Detaches what follows a boundary's placeholder up to the comment that
/// ends the boundary (`<!--/$-->`, past any boundaries nested in it).
fn drop_fallback(html: &mut Html, placeholder: NodeId) {
    let mut fallback = Vec::new();
    let mut depth = 0usize;
    let mut next = html.tree.get(placeholder).and_then(|n| n.next_sibling());
    while let Some(node) = next {
        if let Node::Comment(c) = node.value() {
            match &**c {
                "/$" if depth == 0 => break,
                "/$" => depth -= 1,
                c if c.starts_with('$') => depth += 1,
                _ => {}
            }
        }
        fallback.push(node.id());
        next = node.next_sibling();
    }
    for id in fallback {
        if let Some(mut node) = html.tree.get_mut(id) {
            node.detach();
        }
    }
}

/// Moves the children of `from`, in order, to just before `place`.
fn move_children_before(html: &mut Html, from: NodeId, place: NodeId) {
    let children: Vec<NodeId> = html.tree.get(from).map(|n| n.children().map(|c| c.id()).collect()).unwrap_or_default();
    for child in children {
        // A segment placed inside itself (a malformed page) stays where it is.
        if html.tree.get(place).is_some_and(|p| p.ancestors().any(|a| a.id() == child)) {
            continue;
        }
        if let Some(mut node) = html.tree.get_mut(place) {
            node.insert_id_before(child);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::html::tests::text_of;

    #[test]
    fn segments_go_where_the_scripts_put_them() {
        let html = "<body><main><h1>Title</h1><!--$?--><template id=\"B:0\"></template><div>Loading...</div><!--/$-->\
                    <p>After the boundary.</p><template id=\"P:1\"></template></main><footer>Footer</footer>\
                    <div hidden id=\"S:0\"><p>The streamed story, which is long enough to be the article of the page.</p></div>\
                    <script>$RC(\"B:0\",\"S:0\")</script>\
                    <div hidden id=\"S:1\"><p>A second part.</p></div><script>$RS(\"S:1\",\"P:1\")</script></body>";
        assert_eq!(
            text_of(html),
            "Title\n\nThe streamed story, which is long enough to be the article of the page.\n\nAfter the boundary.\n\nA second part."
        );
    }

    #[test]
    fn calls_without_their_elements_do_nothing() {
        let html = "<body><p>The page's own text, which stays where it is.</p>\
                    <script>$RC(\"B:9\",\"S:9\"); $RS(\"S:8\",\"P:8\"); $RC(B)</script></body>";
        assert_eq!(text_of(html), "The page's own text, which stays where it is.");
    }

    #[test]
    fn calls_are_read_from_scripts_in_order() {
        let calls = super::script_calls("$RC=function(b,c){};$RC(\"B:0\",\"S:0\");$RS(\"S:2\",\"P:2\")$RX(\"x\")");
        let ids: Vec<(&str, &str)> = calls.iter().map(|(_, t, s)| (t.as_str(), s.as_str())).collect();
        assert_eq!(ids, [("B:0", "S:0"), ("P:2", "S:2")]);
    }
}
