//! Parsing: html5ever's tokenizer and tree builder, with a depth limit
//! between them, as browsers have.
//!
//! html5ever's tree builder checks element scopes by walking the stack of
//! open elements, so a page nested 100,000 deep costs time quadratic in its
//! depth. Start tags that would open an element deeper than [`MAX_DEPTH`]
//! are dropped (with their end tags); their text is kept, flattened into the
//! deepest element allowed. Elements whose end tag is optional (`p`, `li`,
//! `td` ...) and void elements do not count, so ordinary unclosed markup never
//! reaches the limit.
//!
//! Memory follows the number of nodes (some 470 bytes an element, with the
//! later passes), not the number of bytes: 50 MB of `<p>x` is 12.5 million
//! elements. So a page builds at most [`MAX_ELEMENTS`] elements and
//! comments; past them, tags and comments are dropped and their text is
//! kept, flattened into the element open at that point, as with the depth
//! limit. (As there, a dropped `<script>` or `<style>` leaves its content as
//! text: the tree builder never sees the tag that would make it raw text.)
//! The largest page of the benchmark sets has under 16,000 elements.
//!
//! Pages are parsed as a client without scripts does, so `<noscript>`
//! content (where some sites serve the whole page to crawlers) is markup.

use std::cell::Cell;

use html5ever::tendril::StrTendril;
use html5ever::tokenizer::{BufferQueue, Tag, TagKind, Token, TokenSink, TokenSinkResult, Tokenizer, TokenizerOpts};
use html5ever::tree_builder::{TreeBuilder, TreeBuilderOpts};
use html5ever::TokenizerResult;
use scraper::{Html, HtmlTreeSink};

/// How deep elements may nest; deeper start tags are dropped.
pub const MAX_DEPTH: usize = 1000;

/// How many elements and comments a page builds; later tags and comments are dropped.
pub const MAX_ELEMENTS: usize = 500_000;

/// Elements that never hold children, or whose end tag may be left out.
fn uncounted(name: &str) -> bool {
    matches!(
        name,
        "area"
            | "base"
            | "br"
            | "col"
            | "embed"
            | "hr"
            | "img"
            | "input"
            | "link"
            | "meta"
            | "source"
            | "track"
            | "wbr"
            | "param"
            | "keygen"
            | "p"
            | "li"
            | "dt"
            | "dd"
            | "option"
            | "optgroup"
            | "tr"
            | "td"
            | "th"
            | "tbody"
            | "thead"
            | "tfoot"
            | "colgroup"
            | "rb"
            | "rt"
            | "rp"
            | "html"
            | "head"
            | "body"
    )
}

/// A token sink that forwards to the tree builder, dropping tags beyond
/// [`MAX_DEPTH`] and, past `max_elements`, every new element and comment.
struct Limits<S: TokenSink> {
    inner: S,
    /// Depth of the counted elements open (see [`uncounted`]), built or not.
    depth: Cell<usize>,
    /// Counted elements deeper than this are not built: [`MAX_DEPTH`], or
    /// the depth at which the element budget ran out.
    limit: Cell<usize>,
    /// Elements and comments built so far.
    built: Cell<usize>,
    max_elements: usize,
    /// `<noscript>` elements open.
    noscript: Cell<usize>,
}

/// Elements whose content the tokenizer reads as text (raw text, or RCDATA
/// for `textarea` and `title`) up to their end tag.
fn raw_text(name: &str) -> bool {
    matches!(name, "iframe" | "noembed" | "noframes" | "xmp" | "textarea" | "title" | "style")
}

impl<S: TokenSink> TokenSink for Limits<S> {
    type Handle = S::Handle;

    fn process_token(&self, token: Token, line: u64) -> TokenSinkResult<S::Handle> {
        let full = self.built.get() >= self.max_elements;
        match token {
            Token::TagToken(Tag { kind, ref name, self_closing, .. }) => {
                let counted = !self_closing && !uncounted(name);
                let depth = self.depth.get();
                match kind {
                    TagKind::StartTag => {
                        if counted {
                            self.depth.set(depth + 1);
                        }
                        if full {
                            // What is open now stays; nothing new is built.
                            self.limit.set(self.limit.get().min(depth));
                            return TokenSinkResult::Continue;
                        }
                        if counted && depth >= self.limit.get() {
                            return TokenSinkResult::Continue;
                        }
                        self.built.set(self.built.get() + 1);
                    }
                    TagKind::EndTag if counted => {
                        self.depth.set(depth.saturating_sub(1));
                        if depth > self.limit.get() {
                            return TokenSinkResult::Continue;
                        }
                    }
                    // A stray `</p>` or `</br>` makes an element of its own.
                    TagKind::EndTag if full => return TokenSinkResult::Continue,
                    TagKind::EndTag => {}
                }
            }
            Token::CommentToken(_) if full => return TokenSinkResult::Continue,
            Token::CommentToken(_) => self.built.set(self.built.get() + 1),
            _ => {}
        }
        if let Token::TagToken(tag) = &token {
            match (tag.kind, &*tag.name) {
                (TagKind::StartTag, "noscript") if !tag.self_closing => self.noscript.set(self.noscript.get() + 1),
                (TagKind::EndTag, "noscript") => self.noscript.set(self.noscript.get().saturating_sub(1)),
                // A client with scripts reads a `<noscript>` as text up to
                // `</noscript>`, so `<iframe ... />` in one (a tag manager's
                // snippet) ends there. Read as markup, it would open raw
                // text that swallows the rest of the page: it closes at once.
                (TagKind::StartTag, name) if tag.self_closing && self.noscript.get() > 0 && raw_text(name) => {
                    let end = Tag { kind: TagKind::EndTag, self_closing: false, attrs: Vec::new(), ..tag.clone() };
                    // The start tag's answer would switch the tokenizer to raw text: not heeded.
                    let _ = self.inner.process_token(token, line);
                    return self.inner.process_token(Token::TagToken(end), line);
                }
                _ => {}
            }
        }
        self.inner.process_token(token, line)
    }

    fn end(&self) {
        self.inner.end()
    }

    fn adjusted_current_node_present_but_not_in_html_namespace(&self) -> bool {
        self.inner.adjusted_current_node_present_but_not_in_html_namespace()
    }
}

/// Parses a whole HTML document; see the [module docs](self).
pub(crate) fn parse(html: &str) -> Html {
    parse_with_budget(html, MAX_ELEMENTS)
}

/// [`parse`], building at most `max_elements` elements and comments.
fn parse_with_budget(html: &str, max_elements: usize) -> Html {
    let opts = TreeBuilderOpts { scripting_enabled: false, ..TreeBuilderOpts::default() };
    let builder = TreeBuilder::new(HtmlTreeSink::new(Html::new_document()), opts);
    let limits = Limits {
        inner: builder,
        depth: Cell::new(0),
        limit: Cell::new(MAX_DEPTH),
        built: Cell::new(0),
        max_elements,
        noscript: Cell::new(0),
    };
    let tokenizer = Tokenizer::new(limits, TokenizerOpts::default());
    let input = BufferQueue::default();
    input.push_back(StrTendril::from(html));
    // A script end tag or a charset declaration only pauses the tokenizer: carry on to the end.
    while !matches!(tokenizer.feed(&input), TokenizerResult::Done) {}
    tokenizer.end();
    let Tokenizer { sink, .. } = tokenizer;
    sink.inner.sink.0.into_inner()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_like_html5ever() {
        let html = parse(
            "<meta charset=utf-8><title>T</title><p>a<b>b</b><script>x</script><p>c<noscript><i>d</i></noscript>",
        );
        let text: String = html.root_element().text().collect();
        assert_eq!(text, "Tabxcd");
        assert!(html.select(&scraper::Selector::parse("noscript i").unwrap()).next().is_some());
    }

    #[test]
    fn a_self_closed_iframe_in_a_noscript_does_not_swallow_the_page() {
        let page = "<body><noscript><iframe src=\"https://tags.example/ns\" height=\"0\" /></noscript>\
                    <p>The page goes on.</p><noscript><textarea/></noscript><p>And on.</p></body>";
        let text: String = parse(page).root_element().text().collect();
        assert_eq!(text, "The page goes on.And on.");
        // Outside a `<noscript>`, markup is read as browsers read it: raw text to the end tag.
        let text: String =
            parse("<body><textarea/><p>typed</p></textarea><p>after</p>").root_element().text().collect();
        assert_eq!(text, "<p>typed</p>after");
    }

    #[test]
    fn deep_nesting_is_flattened_past_the_limit() {
        let n = 100_000;
        let html = parse(&("<div>".repeat(n) + "deep" + &"</div>".repeat(n) + "<p>after</p>"));
        let text: String = html.root_element().text().collect();
        assert_eq!(text, "deepafter");
        let depth = html.select(&scraper::Selector::parse("div").unwrap()).count();
        assert_eq!(depth, MAX_DEPTH);
    }

    #[test]
    fn past_the_element_budget_tags_are_dropped_and_text_kept() {
        let html = "<div id=a><p>one<!-- c --><p>two<div><b>three</b></div><p>four</p><br></div><p>after";
        let budget = |n: usize| {
            let doc = parse_with_budget(html, n);
            let elements = doc.root_element().descendants().filter(|d| d.value().is_element()).count();
            let comments = doc.root_element().descendants().filter(|d| d.value().is_comment()).count();
            let text: String = doc.root_element().text().collect();
            (elements, comments, text)
        };
        // html, head and body are built by the tree builder, not from tags.
        let (all, comments, text) = budget(MAX_ELEMENTS);
        assert_eq!((all, comments, text.as_str()), (3 + 8, 1, "onetwothreefourafter"));
        for n in 0..10 {
            let (elements, comments, text) = budget(n);
            assert!(elements + comments <= 3 + n, "budget {n}: {elements} elements, {comments} comments");
            assert_eq!(text, "onetwothreefourafter", "budget {n}");
        }
        // The element open when the budget ran out keeps the rest of its text,
        // and its end tag still closes it.
        let doc = parse_with_budget("<section><div>a<p>b<i>c</i></div>d</section>e", 2);
        let div = doc.select(&scraper::Selector::parse("div").unwrap()).next().map(|d| d.text().collect::<String>());
        assert_eq!(div.as_deref(), Some("abc"));
        assert_eq!(doc.root_element().text().collect::<String>(), "abcde");
    }

    #[test]
    fn a_dense_page_builds_only_its_budget() {
        let doc = parse_with_budget(&"<p>x</p>".repeat(1000), 100);
        assert_eq!(doc.select(&scraper::Selector::parse("p").unwrap()).count(), 100);
        assert_eq!(doc.root_element().text().collect::<String>(), "x".repeat(1000));
    }

    #[test]
    fn unclosed_paragraphs_do_not_count() {
        let html = parse(&("<div>".to_owned() + &"<p>x".repeat(5000) + "</div><p>end"));
        assert_eq!(html.select(&scraper::Selector::parse("p").unwrap()).count(), 5001);
    }
}
