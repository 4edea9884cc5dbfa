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
//!
//! Style sheets and scripts are often half a page's bytes, and nothing
//! reads them but structured data (`application/ld+json`) and React's
//! streamed segments: other `<style>` and `<script>` elements are built
//! empty. When the tree builder opens one, the token sink takes its text
//! off the input, up to the end tag at which the tokenizer would have
//! stopped, so it is neither tokenized nor copied. A script whose text
//! holds `<!--`, where the tokenizer's escapes could move that end, is left
//! to the tokenizer.

use std::cell::Cell;

use html5ever::tendril::StrTendril;
use html5ever::tokenizer::states::RawKind;
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
struct Limits<'q, S: TokenSink> {
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
    /// The tokenizer's input, from which unread style sheets and scripts are taken.
    input: &'q BufferQueue,
    /// Whether scripts are read (the page streams React segments), and so kept.
    keep_scripts: bool,
}

/// Elements whose content the tokenizer reads as text (raw text, or RCDATA
/// for `textarea` and `title`) up to their end tag.
fn raw_text(name: &str) -> bool {
    matches!(name, "iframe" | "noembed" | "noframes" | "xmp" | "textarea" | "title" | "style")
}

impl<S: TokenSink> TokenSink for Limits<'_, S> {
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
        // A style sheet, or a script no one reads, that the tree builder is about to open.
        let unread = match &token {
            Token::TagToken(tag) if tag.kind == TagKind::StartTag => match &*tag.name {
                "style" => Some(RawKind::Rawtext),
                "script" if !self.keep_scripts && !is_structured_data(tag) => Some(RawKind::ScriptData),
                _ => None,
            },
            _ => None,
        };
        let result = self.inner.process_token(token, line);
        match (unread, &result) {
            (Some(RawKind::Rawtext), TokenSinkResult::RawData(RawKind::Rawtext)) => {
                skip_raw_text(self.input, b"style", false)
            }
            (Some(RawKind::ScriptData), TokenSinkResult::RawData(RawKind::ScriptData)) => {
                skip_raw_text(self.input, b"script", true)
            }
            _ => {}
        }
        result
    }

    fn end(&self) {
        self.inner.end()
    }

    fn adjusted_current_node_present_but_not_in_html_namespace(&self) -> bool {
        self.inner.adjusted_current_node_present_but_not_in_html_namespace()
    }
}

/// Parses a whole HTML document; see the [module docs](self). Scripts
/// other than JSON-LD are built empty unless `keep_scripts`.
pub(crate) fn parse(html: &str, keep_scripts: bool) -> Html {
    parse_with_budget(html, MAX_ELEMENTS, keep_scripts)
}

/// [`parse`], building at most `max_elements` elements and comments.
fn parse_with_budget(html: &str, max_elements: usize, keep_scripts: bool) -> Html {
    let opts = TreeBuilderOpts { scripting_enabled: false, ..TreeBuilderOpts::default() };
    let builder = TreeBuilder::new(HtmlTreeSink::new(Html::new_document()), opts);
    let input = BufferQueue::default();
    input.push_back(StrTendril::from(html));
    let limits = Limits {
        inner: builder,
        depth: Cell::new(0),
        limit: Cell::new(MAX_DEPTH),
        built: Cell::new(0),
        max_elements,
        noscript: Cell::new(0),
        input: &input,
        keep_scripts,
    };
    let tokenizer = Tokenizer::new(limits, TokenizerOpts::default());
    // A script end tag or a charset declaration only pauses the tokenizer: carry on to the end.
    while !matches!(tokenizer.feed(&input), TokenizerResult::Done) {}
    tokenizer.end();
    let Tokenizer { sink, .. } = tokenizer;
    sink.inner.sink.0.into_inner()
}

/// Whether a `<script>` start tag opens structured data (JSON-LD), which
/// the metadata reads.
fn is_structured_data(tag: &Tag) -> bool {
    tag.attrs.iter().any(|a| &*a.name.local == "type" && super::metadata::is_json_ld(&a.value))
}

/// Takes from `input` the text of an element named `name` (lower case)
/// that the tree builder has just opened and the tokenizer would read as
/// raw text or script: up to its end tag, the first `</` and `name`, in any
/// case, followed by white space, `/` or `>`; or all of it, if none is.
/// Raw text has no escapes; in a `script`, text that holds `<!--` before
/// that end may be escaped past it, and is left to the tokenizer.
fn skip_raw_text(input: &BufferQueue, name: &[u8], script: bool) {
    let Some(mut text) = input.pop_front() else { return };
    // The input is one buffer; should the tokenizer have handed a few
    // characters back in front of it, they are joined to it, once.
    while let Some(more) = input.pop_front() {
        text.push_tendril(&more);
    }
    let b = text.as_bytes();
    let end = memchr::memmem::find_iter(b, b"</").find(|&i| {
        let tag = &b[i + 2..];
        tag.len() > name.len()
            && tag[..name.len()].eq_ignore_ascii_case(name)
            && matches!(tag[name.len()], b'\t' | b'\n' | b'\x0C' | b'\r' | b' ' | b'/' | b'>')
    });
    let escaped = |upto: usize| script && memchr::memmem::find(&b[..upto], b"<!--").is_some();
    match end {
        Some(end) if !escaped(end) => {
            // `end` is where `<` stands, the start of a character; the text is under 4 GiB, as a tendril's is.
            text.pop_front(end as u32);
            input.push_front(text);
        }
        None if !escaped(b.len()) => {}
        _ => input.push_front(text),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`super::parse`] of a page that streams no segments.
    fn parse(html: &str) -> Html {
        super::parse(html, false)
    }

    #[test]
    fn parses_like_html5ever() {
        let html = parse(
            "<meta charset=utf-8><title>T</title><p>a<b>b</b><script>x</script><p>c<noscript><i>d</i></noscript>",
        );
        let text: String = html.root_element().text().collect();
        // The script is built, empty: nothing reads it.
        assert_eq!(text, "Tabcd");
        assert!(html.select(&scraper::Selector::parse("p > script").unwrap()).next().is_some());
        assert!(html.select(&scraper::Selector::parse("noscript i").unwrap()).next().is_some());
    }

    /// The text of every node but a style sheet's or a script's, and the tags in order.
    fn outside_raw_text(html: &Html) -> (String, Vec<String>) {
        let mut text = String::new();
        let mut tags = Vec::new();
        for node in html.tree.root().descendants() {
            let raw = node
                .parent()
                .and_then(|p| p.value().as_element())
                .is_some_and(|e| matches!(e.name(), "style" | "script"));
            match node.value() {
                scraper::Node::Text(t) if !raw => text.push_str(t),
                scraper::Node::Element(e) => tags.push(e.name().to_owned()),
                _ => {}
            }
        }
        (text, tags)
    }

    /// What html5ever, as scraper drives it but without scripts (as `parse` reads pages), builds of `page`.
    fn html5ever(page: &str) -> Html {
        let opts = html5ever::ParseOpts {
            tree_builder: TreeBuilderOpts { scripting_enabled: false, ..TreeBuilderOpts::default() },
            ..html5ever::ParseOpts::default()
        };
        let sink = HtmlTreeSink::new(Html::new_document());
        html5ever::tendril::TendrilSink::one(html5ever::parse_document(sink, opts), page)
    }

    /// The text of the page's `selector` elements.
    fn text_in(html: &Html, selector: &str) -> String {
        html.select(&scraper::Selector::parse(selector).unwrap()).flat_map(|e| e.text()).collect()
    }

    #[test]
    fn style_sheets_and_scripts_are_built_empty_and_end_where_html5ever_ends_them() {
        let pages = [
            "<head><style>p { color: red }</style><script>var a = 1 < 2;</script></head><body><p>One</p></body>",
            // Markup in them is text, and the end tag may be in any case, with attributes.
            "<style>p{}</p><b>x</b></STYLE foo=bar ><p>after</p><script>document.write('<b>')</SCRIPT ><p>more</p>",
            // `</styles` ends nothing; `</style/` and `</style\t` do.
            "<style>a</styles>b</style/><p>one</p><script>c</scripts>d</script\t><p>two</p>",
            "<style>\r\n.a{}\r\n</style\r\n><p>crlf</p>",
            // Self-closed, each still opens raw text.
            "<p>before<style/>q{}</style>after<script/>r()</script>end</p>",
            // Unclosed, they run to the end.
            "<p>kept</p><style>.x{}<p>never</p>",
            "<p>kept</p><script>x()<p>never</p>",
            // In SVG, <style> and <script> are markup.
            "<svg><style><a>x</a></style><script><b>y</b></script></svg><p>z</p>",
            // In a <noscript>, read as markup without scripts, they are raw text.
            "<noscript><style>.n{}</style><script>n()</script><p>seen</p></noscript>",
            // A script's escapes: `</script>` inside `<!-- <script>` does not end it.
            "<script><!-- document.write(\"<script>x()</script>\"); --></script><p>after</p>",
            "<script><!--<script></script>--></script><p>after</p>",
        ];
        for page in pages {
            let (ours, theirs) = (parse(page), html5ever(page));
            assert_eq!(outside_raw_text(&ours), outside_raw_text(&theirs), "{page:?}");
            if !page.contains("<svg>") && !page.contains("<!--") {
                assert_eq!(text_in(&ours, "style, script"), "", "{page:?}");
            }
        }
        // Escaped scripts are the tokenizer's, whole.
        let page = pages[pages.len() - 2];
        assert_eq!(text_in(&parse(page), "script"), text_in(&html5ever(page), "script"));
        // Structured data is read, and so are the scripts of a page that streams React segments.
        let page = "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\"}</script><script>a()</script>";
        assert_eq!(text_in(&parse(page), "script"), "{\"@type\": \"NewsArticle\"}");
        let page = "<div hidden id=\"S:0\"><p>Story</p></div><script>$RC(\"B:0\",\"S:0\")</script>";
        assert_eq!(text_in(&super::parse(page, true), "script"), "$RC(\"B:0\",\"S:0\")");
        assert_eq!(text_in(&parse(page), "script"), "");
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
            let doc = parse_with_budget(html, n, false);
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
        let doc = parse_with_budget("<section><div>a<p>b<i>c</i></div>d</section>e", 2, false);
        let div = doc.select(&scraper::Selector::parse("div").unwrap()).next().map(|d| d.text().collect::<String>());
        assert_eq!(div.as_deref(), Some("abc"));
        assert_eq!(doc.root_element().text().collect::<String>(), "abcde");
    }

    #[test]
    fn a_dense_page_builds_only_its_budget() {
        let doc = parse_with_budget(&"<p>x</p>".repeat(1000), 100, false);
        assert_eq!(doc.select(&scraper::Selector::parse("p").unwrap()).count(), 100);
        assert_eq!(doc.root_element().text().collect::<String>(), "x".repeat(1000));
    }

    #[test]
    fn unclosed_paragraphs_do_not_count() {
        let html = parse(&("<div>".to_owned() + &"<p>x".repeat(5000) + "</div><p>end"));
        assert_eq!(html.select(&scraper::Selector::parse("p").unwrap()).count(), 5001);
    }
}
