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

/// A token sink that forwards to the tree builder, dropping tags beyond [`MAX_DEPTH`].
struct DepthLimit<S: TokenSink> {
    inner: S,
    depth: Cell<usize>,
}

impl<S: TokenSink> TokenSink for DepthLimit<S> {
    type Handle = S::Handle;

    fn process_token(&self, token: Token, line: u64) -> TokenSinkResult<S::Handle> {
        if let Token::TagToken(Tag { kind, ref name, self_closing, .. }) = token {
            if !self_closing && !uncounted(name) {
                let depth = self.depth.get();
                match kind {
                    TagKind::StartTag => {
                        self.depth.set(depth + 1);
                        if depth >= MAX_DEPTH {
                            return TokenSinkResult::Continue;
                        }
                    }
                    TagKind::EndTag => {
                        self.depth.set(depth.saturating_sub(1));
                        if depth > MAX_DEPTH {
                            return TokenSinkResult::Continue;
                        }
                    }
                }
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
    let opts = TreeBuilderOpts { scripting_enabled: false, ..TreeBuilderOpts::default() };
    let builder = TreeBuilder::new(HtmlTreeSink::new(Html::new_document()), opts);
    let tokenizer = Tokenizer::new(DepthLimit { inner: builder, depth: Cell::new(0) }, TokenizerOpts::default());
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
    fn deep_nesting_is_flattened_past_the_limit() {
        let n = 100_000;
        let html = parse(&("<div>".repeat(n) + "deep" + &"</div>".repeat(n) + "<p>after</p>"));
        let text: String = html.root_element().text().collect();
        assert_eq!(text, "deepafter");
        let depth = html.select(&scraper::Selector::parse("div").unwrap()).count();
        assert_eq!(depth, MAX_DEPTH);
    }

    #[test]
    fn unclosed_paragraphs_do_not_count() {
        let html = parse(&("<div>".to_owned() + &"<p>x".repeat(5000) + "</div><p>end"));
        assert_eq!(html.select(&scraper::Selector::parse("p").unwrap()).count(), 5001);
    }
}
