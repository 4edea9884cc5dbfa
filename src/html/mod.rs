//! HTML input: parsing (html5ever, through scraper), DOM filters, main-content
//! selection, and the DOM turned into block text.
//!
//! [`extract`] runs, in order:
//! 1. [`NonContent`](non_content::NonContent): scripts, styles, media, form
//!    controls, hidden elements;
//! 2. [`PageFurniture`](furniture::PageFurniture): `nav`, `header`, `footer`,
//!    `aside` and their landmark roles;
//! 3. [`BoilerplateContainers`](boilerplate::BoilerplateContainers): share
//!    bars, ads, related stories, newsletter and cookie prompts, comments,
//!    author boxes, tag clouds, breadcrumbs, by whole words of class and id,
//!    and links to share endpoints;
//! 4. [main-content selection](main_content): the element that holds most of
//!    the remaining prose, or the shared parent of many posts or items,
//!    without the sections in it headed as other stories, comments or blog
//!    widgets, nor (on articles) its lists of teasers;
//! 5. [block text](blocks): one block per paragraph, heading, list item or
//!    table row, dropping short blocks that are mostly links.
//!
//! Filters 2 and 3 never drop an element that holds most of the page's text,
//! nor the element most likely to be the article (a Readability-style
//! paragraph score) or its ancestors, except the site's own `footer`, `nav`
//! and `aside` outside the content landmarks (on a page with little else,
//! they hold most of its text and still are not content); and no rule drops
//! `body`, `main`, `[role=main]` or `[itemprop=articleBody]`. Filters 2
//! and 3 judge a `<pre>` or `<code>` but nothing inside it, where classes are
//! a syntax highlighter's tokens ("hljs-comment").
//! Every drop is reported to the sink with the filter's name and reason. The
//! tree is walked through a flat, document-order copy, never by recursion.

use scraper::node::Element;

use crate::report::{Discard, Removal, Sink};

pub mod blocks;
pub mod boilerplate;
mod copies;
mod dom;
pub mod encoding;
pub mod furniture;
pub mod main_content;
mod markdown;
pub mod metadata;
pub mod non_content;
pub mod parse;
mod streamed;

pub use encoding::decode;
pub use metadata::Document;

use dom::{Dom, Kind};

/// A rule that condemns whole elements of the page.
pub(crate) trait DomFilter: Send + Sync + std::fmt::Debug {
    /// A short snake_case name, used in reports.
    fn name(&self) -> &str;
    /// Why this element and everything in it should go, or `None`.
    fn verdict(&self, el: &Element) -> Option<&'static str>;
    /// Whether the rule must spare elements that hold most of the page's text.
    fn guarded(&self) -> bool {
        true
    }
    /// Whether element `i`, condemned for `why`, is kept after all, given
    /// the text of its subtree (a long `<noscript>`, hidden prose, a
    /// click-to-tweet quote).
    fn spares(&self, _el: &Element, _why: &str, _i: usize, _sizes: &SubtreeText) -> bool {
        false
    }
    /// Whether the rule judges what is inside `<pre>` and `<code>`. A rule
    /// that reads class words does not: there the classes are a syntax
    /// highlighter's tokens ("hljs-comment", "token tag"), not the page's
    /// parts, and the code stays whole.
    fn enters_code(&self) -> bool {
        false
    }
}

/// An element no rule may drop.
fn protected(el: &Element) -> bool {
    matches!(el.name(), "html" | "body" | "main")
        || dom::attr(el, "role").is_some_and(|r| r.eq_ignore_ascii_case("main"))
        || dom::attr(el, "itemprop").is_some_and(|p| p.split_whitespace().any(|x| x == "articleBody"))
}

/// The share of the page's text beyond which a guarded rule spares an element.
const GUARD: f64 = 0.4;

/// Extracts the main content and metadata of an HTML page.
///
/// ```
/// let doc = unclutter::html::extract(
///     "<html><body><nav><a href=/>Home</a></nav><article><h1>Title</h1>\
///      <p>First paragraph of the story, long enough to count.</p>\
///      <div class=share>Share</div><p>Second paragraph, with more words.</p></article>\
///      <footer>© 2024</footer></body></html>",
/// );
/// assert_eq!(doc.text, "Title\n\nFirst paragraph of the story, long enough to count.\n\nSecond paragraph, with more words.");
/// ```
pub fn extract(html: &str) -> Document {
    extract_with(html, &mut Discard)
}

/// [`extract`], reporting every element and block it drops to `sink`.
///
/// ```
/// let mut report = unclutter::Report::new();
/// unclutter::html::extract_with("<body><p>Story text here.</p><button>Subscribe</button></body>", &mut report);
/// assert_eq!(report.removals()[0].filter, "non_content");
/// ```
pub fn extract_with(html: &str, sink: &mut dyn Sink) -> Document {
    extract_dropping(html, &[], sink)
}

/// [`extract_with`], first dropping every element that matches one of `selectors`
/// (reported by the filter `drop_selectors`).
///
/// ```
/// let sel = scraper::Selector::parse(".byline").unwrap();
/// let doc = unclutter::html::extract_dropping(
///     "<article><p class=byline>By Ann Example, staff writer</p><p>The council met on Monday night.</p></article>",
///     &[sel],
///     &mut unclutter::Discard,
/// );
/// assert_eq!(doc.text, "The council met on Monday night.");
/// ```
pub fn extract_dropping(html: &str, selectors: &[scraper::Selector], sink: &mut dyn Sink) -> Document {
    extract_units(html, selectors, None, sink).0
}

/// The page as Markdown, before the text filters: the document (its `text`
/// the plain text), and what [`markdown::render`] needs to line the
/// Markdown up with the filtered text.
pub(crate) fn extract_markdown(
    html: &str,
    selectors: &[scraper::Selector],
    links: bool,
    sink: &mut dyn Sink,
) -> (Document, impl FnOnce(&str) -> String) {
    let (doc, units, kept) = extract_units(html, selectors, Some(links), sink);
    (doc, move |cleaned: &str| markdown::render(&units, &kept, cleaned))
}

/// Parses, drops, chooses the content, and writes its units.
fn extract_units(
    html: &str,
    selectors: &[scraper::Selector],
    markdown: Option<bool>,
    sink: &mut dyn Sink,
) -> (Document, Vec<blocks::Unit>, Vec<usize>) {
    // A page that streams segments has its scripts read, to put them in place.
    let streams = streamed::streams_segments(html);
    let mut parsed = parse::parse(html, streams);
    if streams {
        streamed::place_segments(&mut parsed);
    }
    let dom = Dom::new(&parsed);
    let mut initial = vec![false; dom.len()];
    if !selectors.is_empty() {
        let hits: std::collections::HashSet<*const Element> =
            selectors.iter().flat_map(|sel| parsed.select(sel)).map(|e| e.value() as *const Element).collect();
        let mut i = 0;
        while i < dom.len() {
            let node = &dom.nodes[i];
            if node.element().is_some_and(|e| hits.contains(&(e as *const Element))) {
                initial[i] = true;
                if sink.enabled() {
                    let text = subtree_text(&dom, i);
                    if !text.is_empty() {
                        sink.removal(&Removal::removed("drop_selectors", "matches a configured selector", &text));
                    }
                }
                i = node.end as usize;
            } else {
                i += 1;
            }
        }
    }
    let (mut doc, hints) = metadata::read(&dom);
    let article = hints.article
        || dom
            .nodes
            .iter()
            .any(|n| n.element().is_some_and(|e| dom::attr(e, "itemprop").is_some_and(|p| p.contains("articleBody"))));
    let url = doc.url.as_deref();
    let dropped = drop_elements(&dom, article, &hints, url, initial, sink);
    let body = dom.find("body").unwrap_or(0);
    let (roots, drops) = main_content::choose_roots(&dom, &dropped, body, article, url);
    let mut dropped = dropped;
    for (t, why) in drops {
        dropped[t] = true;
        if sink.enabled() {
            let text = subtree_text(&dom, t);
            sink.removal(&Removal::removed("main_content", why, &text));
        }
    }
    copies::drop_copies(&dom, &mut dropped, &roots, sink);
    let units = blocks::units(&dom, &dropped, &roots, markdown);
    let mut kept = Vec::new();
    doc.text = blocks::join(&units, doc.title.as_deref(), sink, &mut kept);
    (doc, units, kept)
}

/// Extracts the block text of the main content of an HTML page, reporting drops to `sink`.
///
/// ```
/// let text = unclutter::html::extract_text("<h2>Paris envoy</h2><p>President Obama met Hollande.</p>", &mut unclutter::Discard);
/// assert_eq!(text, "Paris envoy\n\nPresident Obama met Hollande.");
/// ```
pub fn extract_text(html: &str, sink: &mut dyn Sink) -> String {
    extract_with(html, sink).text
}

/// Runs the DOM filters; returns, per node, whether it is the top of a dropped subtree.
/// On an article page, comments go whatever their size: they are never the article.
fn drop_elements(
    dom: &Dom<'_>,
    article: bool,
    hints: &metadata::Hints,
    url: Option<&str>,
    initial: Vec<bool>,
    sink: &mut dyn Sink,
) -> Vec<bool> {
    let n = dom.len();
    let mut dropped = initial;
    let unguarded = non_content::NonContent;
    let guarded: [&dyn DomFilter; 2] = [&furniture::PageFurniture, &boilerplate::BoilerplateContainers];
    let sizes = SubtreeText::new(dom);
    run_filter(dom, &mut dropped, &[&unguarded], None, &sizes, sink);
    drop_data_blobs(dom, &mut dropped, sink);
    // The page's text once non-content is gone, per subtree, and the likeliest article.
    let stats = main_content::Stats::new(dom, &dropped, url);
    let page = dom.find("body").map_or(stats.text(0), |b| stats.text(b));
    let limit = (GUARD * page as f64) as usize;
    // The likeliest article container and its ancestors are spared too.
    let mut spare = vec![false; n];
    if let Some(mut c) = stats.best_candidate() {
        loop {
            spare[c] = true;
            let p = dom.nodes[c].parent as usize;
            if p == c {
                break;
            }
            c = p;
        }
    }
    // Large elements are spared, but on an article page not from the comments rule.
    let large: Vec<bool> = (0..n).map(|i| stats.text(i) > limit).collect();
    let posts = thread_posts(dom, &dropped, &spare);
    let (product, discussion) = (hints.product, hints.discussion);
    let guard = Guard { chain: &spare, large: &large, posts: &posts, article, product, discussion };
    run_filter(dom, &mut dropped, &guarded, Some(guard), &sizes, sink);
    dropped
}

/// Drops the text nodes that are serialized data
/// ([`non_content::is_data_blob`]) before the page's text is weighed, so a
/// widget's hidden JSON state is neither content nor the likeliest article.
/// Data inside `<pre>` or `<code>` is shown as code, and stays.
fn drop_data_blobs(dom: &Dom<'_>, dropped: &mut [bool], sink: &mut dyn Sink) {
    // Data shown as code is an example of it.
    let in_code = |i: usize| dom.ancestors(i).any(|a| matches!(dom.nodes[a].tag(), "pre" | "code"));
    let blobs: Vec<(usize, &str)> = dom
        .kept(dropped, 0..dom.len())
        .filter_map(|i| match dom.nodes[i].kind {
            Kind::Text(t) => Some((i, t)),
            _ => None,
        })
        .filter(|&(i, t)| {
            let parent = dom.nodes[i].parent as usize;
            !dom::holds_raw_text(dom.nodes[parent].tag())
                && dom.visible[i] >= 200
                && non_content::is_data_blob(t)
                && !in_code(i)
        })
        .collect();
    for (i, t) in blobs {
        dropped[i] = true;
        sink.removal(&Removal::removed("non_content", "serialized data (JSON), not text", t.trim()));
    }
}

/// The posts of a thread whose posts are classed as comments ("ipsComment",
/// "comment-item"), as opposed to comments under an article.
///
/// Where the likeliest article container or one of its ancestors (`chain`)
/// is itself classed as a comment, its family is it and the elements of its
/// tag beside it classed so. When no more than a paragraph of prose (runs of
/// 60 characters or more, [`MAX_PROSE_BEFORE`]) stands before the family's
/// first member, and less than the family holds, no article comes before
/// them: the family is the thread, and every element of that tag beside the
/// container, with everything in it, is a post, not a comment. A blog post
/// above its comments is prose before them, and on a page whose content is
/// not classed as a comment this marks nothing.
fn thread_posts(dom: &Dom<'_>, dropped: &[bool], chain: &[bool]) -> Vec<bool> {
    let mut posts = vec![false; dom.len()];
    let comments = |i: usize| {
        dom.nodes[i]
            .element()
            .is_some_and(|el| boilerplate::BoilerplateContainers.verdict(el) == Some(boilerplate::COMMENTS))
    };
    for c in (0..dom.len()).filter(|&c| chain[c] && comments(c)) {
        let (parent, tag) = (dom.nodes[c].parent as usize, dom.nodes[c].tag());
        if parent == c {
            continue;
        }
        let family = |s: &usize| dom.nodes[*s].tag() == tag && comments(*s);
        let first = dom.children(parent).find(family).unwrap_or(c);
        let before = prose(dom, dropped, 0..first);
        let held: usize =
            dom.children(parent).filter(family).map(|s| prose(dom, dropped, s..dom.nodes[s].end as usize)).sum();
        if before > MAX_PROSE_BEFORE || 2 * before > held {
            continue;
        }
        for s in dom.children(parent).filter(|&s| s != c && dom.nodes[s].tag() == tag) {
            // A post's own parts are classed as comments too ("comment-body").
            posts[s..dom.nodes[s].end as usize].fill(true);
        }
    }
    posts
}

/// The most prose that may stand before a thread's posts: a paragraph.
const MAX_PROSE_BEFORE: usize = 300;

/// The characters of the text nodes of 60 or more in nodes `range` that no
/// filter has dropped so far: prose, not labels and links.
fn prose(dom: &Dom<'_>, dropped: &[bool], range: std::ops::Range<usize>) -> usize {
    dom.kept(dropped, range)
        .filter(|&i| {
            matches!(dom.nodes[i].kind, Kind::Text(_))
                && dom.visible[i] >= 60
                && !dom::holds_raw_text(dom.nodes[dom.nodes[i].parent as usize].tag())
        })
        .map(|i| dom.visible[i] as usize)
        .sum()
}

/// Whether element `i` is the site's own furniture: a `<footer>`, `<nav>`
/// or `<aside>` outside any `<article>` or `<main>`, that holds none of
/// them and no `<h1>`. The [`Guard`] never spares one: that it holds most
/// of the page's text, or the likeliest container, says only that the page
/// has little else (a shell its scripts fill in, a thin list of products
/// above the shop's directory of links and its blurb). One that holds a
/// page's heading or content landmark was most likely left open by broken
/// markup around the content, and stays guarded.
fn is_site_furniture(dom: &Dom<'_>, i: usize) -> bool {
    let landmark = |tag: &str| matches!(tag, "article" | "main");
    matches!(dom.nodes[i].tag(), "footer" | "nav" | "aside")
        && !dom.ancestors(i).any(|a| landmark(dom.nodes[a].tag()))
        && !dom.nodes[i + 1..dom.nodes[i].end as usize].iter().any(|d| landmark(d.tag()) || d.tag() == "h1")
}

/// Whether element `i` is a `<header>` that holds (nine tenths or more of)
/// the text of the `<article>` it heads: a card in a list of stories whose
/// title and summary are all its header holds, not a site's header.
fn is_card_header(dom: &Dom<'_>, sizes: &SubtreeText, i: usize) -> bool {
    let parent = dom.nodes[i].parent as usize;
    dom.nodes[i].tag() == "header"
        && dom.nodes[parent].tag() == "article"
        && sizes.visible[i] > 0
        && sizes.visible[i] * 10 >= sizes.visible[parent] * 9
}

/// What guarded filters must spare.
#[derive(Clone, Copy)]
struct Guard<'g> {
    /// The likeliest article container and its ancestors.
    chain: &'g [bool],
    /// The other posts of a thread whose content is a post classed as a comment ([`thread_posts`]).
    posts: &'g [bool],
    /// Elements holding most of the page's text.
    large: &'g [bool],
    /// Whether the page is an article.
    article: bool,
    /// Whether the page is a product's.
    product: bool,
    /// Whether the page is a discussion ([`metadata::Hints::discussion`]).
    discussion: bool,
}

impl Guard<'_> {
    fn spares(&self, i: usize, reason: &str) -> bool {
        // A thread's posts classed as comments are its content, and so are a discussion's replies.
        if reason == boilerplate::COMMENTS && (self.posts[i] || self.discussion) {
            return true;
        }
        // Comments on an article and reviews on a product's page are never
        // the content, whatever their size; reviews not even when one of
        // them, longer than the product's description, is the likeliest
        // container.
        let reviews = self.product && reason == boilerplate::REVIEWS;
        let never_content = reviews || (self.article && reason == boilerplate::COMMENTS);
        // Customer reviews elsewhere are content: a page of reviews, a service's testimonials.
        (reason == boilerplate::REVIEWS && !self.product)
            || (self.chain[i] && !reviews)
            || (self.large[i] && !never_content)
    }
}

fn run_filter(
    dom: &Dom<'_>,
    dropped: &mut [bool],
    filters: &[&dyn DomFilter],
    guard: Option<Guard<'_>>,
    sizes: &SubtreeText,
    sink: &mut dyn Sink,
) {
    let skip_code = !filters.iter().any(|f| f.enters_code());
    let mut i = 0;
    while i < dom.len() {
        let node = &dom.nodes[i];
        if dropped[i] {
            i = node.end as usize;
            continue;
        }
        if let Some(el) = node.element() {
            if !protected(el) && !is_card_header(dom, sizes, i) {
                let site_furniture = is_site_furniture(dom, i);
                let hit = filters.iter().find_map(|f| {
                    let why = f.verdict(el)?;
                    let guarded = f.guarded() && !site_furniture;
                    let spared = (guarded && guard.is_some_and(|g| g.spares(i, why))) || f.spares(el, why, i, sizes);
                    (!spared).then(|| (f.name(), why))
                });
                if let Some((name, why)) = hit {
                    dropped[i] = true;
                    if sink.enabled() {
                        // An element without text removed nothing a reader would miss.
                        let text = subtree_text(dom, i);
                        if !text.is_empty() {
                            sink.removal(&Removal::removed(name, why, &text));
                        }
                    }
                    i = node.end as usize;
                    continue;
                }
            }
            if skip_code && matches!(el.name(), "pre" | "code") {
                i = node.end as usize;
                continue;
            }
        }
        i += 1;
    }
}

/// Per subtree, before anything is dropped: visible characters (the raw
/// text of scripts and styles is none), those inside links, those in runs
/// (text nodes) of 60 or more, and the form's fields. One backward pass,
/// so asking about any number of elements costs linear time.
pub(crate) struct SubtreeText {
    visible: Vec<usize>,
    link: Vec<usize>,
    long: Vec<usize>,
    /// Fields of a form (`input`, `select`, `textarea`).
    fields: Vec<u32>,
    /// Boxes to write text in (`textarea`).
    areas: Vec<u32>,
    /// Headings (`h1` to `h6`).
    headings: Vec<u32>,
    /// The first `<h1>` of the page and its ancestors: the elements that hold it.
    h1_holders: Vec<usize>,
    /// Where the first `<h1>`'s subtree ends.
    h1_end: Option<usize>,
}

impl SubtreeText {
    fn new(dom: &Dom<'_>) -> Self {
        let n = dom.len();
        let (mut visible, mut link, mut long) = (vec![0; n], vec![0; n], vec![0; n]);
        let (mut fields, mut areas, mut headings) = (vec![0u32; n], vec![0u32; n], vec![0u32; n]);
        let mut h1 = None;
        // Descendants come after their ancestor, so walking backwards finishes
        // every subtree before its root is reached.
        for i in (0..n).rev() {
            let raw = || dom::holds_raw_text(dom.nodes[dom.nodes[i].parent as usize].tag());
            if let Kind::Text(_) = dom.nodes[i].kind {
                let len = if raw() { 0 } else { dom.visible[i] as usize };
                visible[i] = len;
                long[i] = if len >= 60 { len } else { 0 };
            }
            match dom.nodes[i].tag() {
                "a" => link[i] = visible[i],
                "h1" => {
                    h1 = Some(i);
                    headings[i] += 1;
                }
                "h2" | "h3" | "h4" | "h5" | "h6" => headings[i] += 1,
                "input" | "select" => fields[i] += 1,
                "textarea" => {
                    fields[i] += 1;
                    areas[i] += 1;
                }
                _ => {}
            }
            let p = dom.nodes[i].parent as usize;
            if p != i {
                visible[p] += visible[i];
                link[p] += link[i];
                long[p] += long[i];
                fields[p] += fields[i];
                areas[p] += areas[i];
                headings[p] += headings[i];
            }
        }
        let h1_end = h1.map(|i| dom.nodes[i].end as usize);
        let h1_holders = h1.into_iter().flat_map(|i| std::iter::once(i).chain(dom.ancestors(i))).collect();
        SubtreeText { visible, link, long, fields, areas, headings, h1_holders, h1_end }
    }

    /// Whether the subtree holds a box to write text in (`textarea`).
    pub(crate) fn holds_text_box(&self, i: usize) -> bool {
        self.areas[i] > 0
    }

    /// Whether the subtree holds a heading (`h1` to `h6`).
    pub(crate) fn holds_heading(&self, i: usize) -> bool {
        self.headings[i] > 0
    }

    /// Whether the subtree holds the page's first `<h1>`.
    pub(crate) fn holds_h1(&self, i: usize) -> bool {
        self.h1_holders.contains(&i)
    }

    /// Whether the subtree comes after the page's first `<h1>`, wholly.
    pub(crate) fn after_h1(&self, i: usize) -> bool {
        self.h1_end.is_some_and(|end| i >= end)
    }

    /// Visible characters of the subtree in runs (text nodes) of 60 or more: its prose.
    pub(crate) fn in_long_runs(&self, i: usize) -> usize {
        self.long[i]
    }

    /// Whether a hidden element is prose (a closed tab or accordion) rather than
    /// a hidden menu, notice or block of metadata: 200 visible characters or
    /// more, mostly outside links, and mostly in runs of 60 characters or
    /// more, or 1,000 or more with at most one form field (a tab of code samples
    /// or of a product's specifications, in short runs; a hidden step of a
    /// form is labels).
    /// (A hidden `itemscope` block is schema.org metadata whatever its size:
    /// [`NonContent`](non_content::NonContent) checks that.)
    fn hidden_prose(&self, i: usize) -> bool {
        let all = self.visible[i];
        all >= 200 && self.link[i] * 2 < all && (self.long[i] * 10 >= all * 6 || (all >= 1000 && self.fields[i] < 2))
    }

    /// Whether a hidden tab or accordion panel holds text to read: 100
    /// visible characters or more, under half of them in links (a menu that
    /// folds into an accordion on a phone is links).
    fn hidden_panel(&self, i: usize) -> bool {
        let all = self.visible[i];
        all >= 100 && self.link[i] * 2 < all
    }

    /// Whether the subtree is the page itself, hidden until a script shows
    /// it (an anti-flicker wrapper, a members-only lock), rather than a part
    /// of it nobody sees: it holds more than half of the page's visible
    /// characters, or more than a third and the page's first `<h1>`. A
    /// hidden pop-up or menu holds neither so much nor the heading.
    fn page_itself(&self, i: usize) -> bool {
        // The document node is the first and every subtree's ancestor.
        let (own, page) = (self.visible[i], self.visible[0]);
        own * 2 > page || (own * 3 > page && self.holds_h1(i))
    }
}

/// The text of a subtree, words separated by single spaces (for reports).
fn subtree_text(dom: &Dom<'_>, i: usize) -> String {
    let mut out = String::new();
    let el = dom.nodes[i].tag();
    if matches!(el, "script" | "style" | "svg" | "template" | "noscript" | "head") {
        let has_text = dom.texts(i).any(|t| !t.trim().is_empty());
        return if has_text { format!("<{el}>") } else { out };
    }
    for w in dom.texts(i).flat_map(str::split_whitespace) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// The extracted text of `html`.
    pub(crate) fn text_of(html: &str) -> String {
        extract(html).text
    }

    /// A highlighter's classes inside code name tokens, not the page's parts;
    /// a form control there is still no text.
    #[test]
    fn code_keeps_what_its_highlighter_classes_name() {
        let story = "<p>The pull command fetches the branch you are on and merges it into your copy.</p>";
        let code = "<pre><code class=\"language-bash hljs\"><span class=\"hljs-comment\"># fetch the branch you are on</span>\n\
                    git pull<span class=\"token nav\"> --rebase</span><textarea>edit me</textarea></code></pre>";
        let text = text_of(&format!("<body><article>{story}{code}{story}</article></body>"));
        assert!(text.contains("# fetch the branch you are on\ngit pull --rebase"), "{text}");
        assert!(!text.contains("edit me"), "{text}");
    }

    #[test]
    fn invisible_characters_alone_make_no_block() {
        let html = "<body><p>One.</p><p>&zwj;</p><p>&#8203; &zwnj;</p><p>&zwj;Two 🤷&zwj;♂️ می&zwnj;خواهم</p></body>";
        assert_eq!(text_of(html), "One.\n\nTwo 🤷\u{200d}♂️ می\u{200c}خواهم");
    }

    #[test]
    fn customer_reviews_go_from_a_products_page_only() {
        let reviews = "<div class=\"product-reviews\"><h2>8 Reviews</h2><p>Genuine step up from the last model, \
                       the neck feels great and the setup was perfect out of the box.</p></div>";
        let product = "<h1>Player II Strat</h1><p>An alder body, a maple neck and three single-coil pickups \
                       give this guitar its bright, clear voice on stage and in the studio.</p><p>The neck has a \
                       modern C profile, a 9.5 inch radius and 22 medium jumbo frets, so chords and bends come \
                       easily.</p><p>A two-point tremolo with bent steel saddles keeps it in tune, and a five-way \
                       switch picks the sound.</p>";
        for head in [
            "<meta property=\"og:type\" content=\"product\">",
            "<script type=\"application/ld+json\">{\"@type\": \"Product\", \"name\": \"Strat\"}</script>",
        ] {
            let html = format!("<html><head>{head}</head><body><main>{product}{reviews}</main></body></html>");
            let text = text_of(&html);
            assert!(text.contains("single-coil") && !text.contains("Genuine step up"), "{head}: {text}");
        }
        let html =
            format!("<body itemscope itemtype=\"https://schema.org/Product\"><main>{product}{reviews}</main></body>");
        assert!(!text_of(&html).contains("Genuine step up"));
        // On a page of reviews, or a service's testimonials, they are the content.
        let html = format!("<html><head><meta property=\"og:type\" content=\"website\"></head><body><main>{product}{reviews}</main></body></html>");
        assert!(text_of(&html).contains("Genuine step up"));
        // Reviews that hold more text than the product's description, so
        // that the likeliest container is one of them, go all the same.
        let review = "<div class=\"review\"><p>I have played this guitar for three months now, at home and at two \
                      gigs, and it has not once gone out of tune; the neck is fast and the pickups are quiet, far \
                      quieter than on the older model I traded in for it. The case is flimsy, though, and the \
                      strings it came with were dead within a week, so budget for a new set.</p></div>";
        let long = format!("<section id=\"reviews\">{review}{review}{review}</section>");
        let html = format!(
            "<html><head><meta property=\"og:type\" content=\"product\"></head><body><main>{product}{long}</main></body></html>"
        );
        let text = text_of(&html);
        assert!(text.contains("single-coil") && !text.contains("three months"), "{text}");
    }

    #[test]
    fn a_discussions_replies_classed_as_comments_are_its_content() {
        let question = "<h1>Which entry bike for a beginner?</h1><p>I have ridden a little on roads and want to \
                        start on trails near home; my budget is modest. What should I look at first?</p>";
        let replies = "<div class=comments><h2>22 Comments</h2><div class=comment><p>Start with a hardtail: \
                       it is cheaper, lighter and teaches you to pick lines instead of letting suspension do \
                       the work.</p></div><div class=comment><p>Rent two or three bikes for a weekend each \
                       before you buy, the fit matters more than any brand.</p></div></div>";
        // A forum post calls itself a posting, and so an article too.
        for head in [
            "<meta property=\"og:type\" content=\"forum\">",
            "<script type=\"application/ld+json\">{\"@type\": \"QAPage\"}</script>",
            "<script type=\"application/ld+json\">{\"@type\": \"DiscussionForumPosting\"}</script>",
        ] {
            let html = format!("<html><head>{head}</head><body><main>{question}{replies}</main></body></html>");
            let text = text_of(&html);
            assert!(text.contains("Start with a hardtail") && text.contains("Rent two"), "{head}: {text}");
        }
        // Under an article (a post of more than a paragraph), the same comments go.
        let head = "<meta property=\"og:type\" content=\"article\">";
        let story = "<p>Trail riding grew fast this year, and the shops near the park sold out of entry bikes \
                     by June, so we asked three mechanics what a beginner should buy and why.</p>"
            .repeat(3);
        let html = format!("<html><head>{head}</head><body><main>{story}{replies}</main></body></html>");
        assert!(!text_of(&html).contains("Start with a hardtail"));
    }

    #[test]
    fn the_sites_footer_and_navigation_go_however_much_of_the_page_they_hold() {
        let directory = "<footer><div><h5>Help</h5><a href=/help>Help Center</a>, <a href=/returns>Returns \
                         and refunds</a>, <a href=/report>Report a listing</a></div><div><h5>Shop by \
                         category</h5><a href=/a>Garden tools</a>, <a href=/b>Kitchen</a>, <a href=/c>Toys \
                         and games</a></div><p>Our shop has sold hand-made furniture, lamps and rugs from \
                         small workshops across the country since 1998, shipped free on orders over fifty \
                         pounds.</p></footer>";
        let nav = "<nav><ul><li><a href=/chairs>Chairs and stools for every room</a></li><li><a href=/lamps>\
                   Lamps, shades and bulbs</a></li><li><a href=/rugs>Rugs and runners, wool and cotton</a>\
                   </li></ul></nav>";
        // A page its scripts fill in: the footer and the menu are all there is, and none of it is content.
        let shell = format!("<body><div id=root></div>{nav}{directory}</body>");
        assert_eq!(text_of(&shell), "");
        // A thin list of products above them keeps only itself.
        let list = format!(
            "<body>{nav}<div class=products><h2>Oak stool</h2><p>£40</p><h2>Brass lamp</h2><p>£65</p></div>{directory}</body>"
        );
        let text = text_of(&list);
        assert!(text.contains("Oak stool") && text.contains("Brass lamp"), "{text}");
        assert!(!text.contains("Help Center") && !text.contains("since 1998") && !text.contains("Lamps, shades"));
        // An aside that broken markup left open around the article is no furniture: it holds the page's heading.
        let story = "<p>The council approved the new bridge on Monday after a debate that ran late into the \
                     night, and work on its foundations starts in May.</p>"
            .repeat(3);
        let html =
            format!("<body><aside class=banner><a href=/news>Read our news</a><h1>Bridge approved</h1>{story}</body>");
        let text = text_of(&html);
        assert!(text.contains("Bridge approved") && text.contains("foundations starts in May"), "{text}");
    }

    #[test]
    fn a_cards_header_that_holds_all_of_it_is_the_card() {
        let card = |title: &str| {
            format!(
                "<article class=card><a href=/{title}><img src=a.jpg alt=\"\"></a><header><h2><a href=/{title}>\
                 {title} wins the cup</a></h2><p>The final went to extra time before a late goal settled it in \
                 front of a full stadium.</p></header></article>"
            )
        };
        let cards: String = ["Leeds", "Hull", "York", "Bath"].iter().map(|t| card(t)).collect();
        let html = format!("<body><header><a href=/>The Sports Page</a> <a href=/login>Log in</a></header><h1>Football</h1>{cards}</body>");
        let text = text_of(&html);
        assert!(text.contains("Leeds wins the cup") && text.contains("Bath wins the cup"), "{text}");
        assert!(!text.contains("Log in"), "{text}");
        // A story's own header, beside its body, is no card: it goes as before.
        let story = "<p>The final went to extra time before a late goal settled it in front of a full stadium, \
                     and the fans stayed long after the whistle.</p>"
            .repeat(3);
        let html = format!("<body><article><header><a href=/sport>Sport</a> | <a href=/share>Share</a></header>{story}</article></body>");
        assert!(!text_of(&html).contains("Share"));
    }

    /// A highlighter puts each token of code in a span, and the spaces
    /// between them in text of their own: they part the tokens, and in
    /// Markdown the indentation at the start of a line stays.
    #[test]
    fn spaces_between_the_spans_of_highlighted_code_stay() {
        let code = "<pre><span class=k>class</span><span class=w> </span><span class=nc>DataSet</span>:\n    \
                    <span class=k>def</span><span class=w> </span><span class=nf>stdev</span>(self):\n</pre>";
        let html = format!("<article><p>The class below caches its result after the first call.</p>{code}</article>");
        let text = text_of(&html);
        assert!(text.contains("class DataSet:\n    def stdev(self):"), "{text}");
        let md = crate::Pipeline::default().clean_markdown_with(&html, crate::Input::Html, false, &mut crate::Discard);
        assert!(md.contains("class DataSet:\n        def stdev(self):"), "{md}");
    }

    #[test]
    fn blocks_are_never_glued() {
        assert_eq!(text_of("<h2>Paris envoy</h2><p>President Obama</p>"), "Paris envoy\n\nPresident Obama");
        assert_eq!(text_of("<div>a<div>b</div>c</div>"), "a\n\nb\n\nc");
        assert_eq!(text_of("<ul><li>one</li><li>two</li></ul>"), "one\ntwo");
        assert_eq!(text_of("<p>a <b>bold</b>\n  move</p>"), "a bold move");
        assert_eq!(text_of("<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>"), "a b\nc");
    }

    #[test]
    fn keeps_pre_formatting() {
        assert_eq!(text_of("<pre>a\n  b</pre>"), "a\n  b");
    }

    #[test]
    fn deep_nesting_does_not_overflow() {
        let html = "<div>".repeat(100_000) + "deep" + &"</div>".repeat(100_000);
        assert_eq!(text_of(&html), "deep");
    }

    #[test]
    fn forum_threads_come_out_whole() {
        let post = |who: &str| {
            format!("<div class=\"post\"><p>{who} wrote a reply with several sentences of real content. It goes on.</p></div>")
        };
        let html = format!(
            "<body><nav><a href=/>Home</a></nav><div id=thread>{}{}{}</div></body>",
            post("Ann"),
            post("Bob"),
            post("Cy")
        );
        let text = text_of(&html);
        assert!(text.contains("Ann wrote") && text.contains("Bob wrote") && text.contains("Cy wrote"), "{text}");
    }

    /// Posts classed as comments are a thread's when nothing but a title
    /// stands before them, and an article's comments after a story.
    #[test]
    fn posts_classed_as_comments_are_a_threads_unless_a_story_comes_first() {
        let post = |who: &str, words: &str| {
            format!(
                "<article class=\"cPost ipsComment\"><div class=\"ipsComment_content\"><p>{who} {words} with several \
                 sentences of real content, enough to be read as prose. It goes on.</p></div></article>"
            )
        };
        let thread = format!(
            "<body><nav><a href=/>Home</a></nav><h1>Best first telescope?</h1><div id=posts>{}{}{}</div></body>",
            post("Ann", "asks a long question about her first telescope and what to buy for it, a question"),
            post("Bob", "replies"),
            post("Cy", "replies too")
        );
        let text = text_of(&thread);
        assert!(text.contains("Ann asks") && text.contains("Bob replies") && text.contains("Cy replies"), "{text}");
        let story = "<p>The council approved the new bridge on Monday after a debate that lasted most of the \
                     night, and work starts in spring.</p><p>The bridge will carry forty thousand cars a day and \
                     cost two hundred million, paid for by the state.</p>";
        let blog = format!(
            "<head><meta property=\"og:type\" content=\"article\"></head><body><h1>Bridge</h1><div>{story}</div>\
             <div id=comments>{}{}</div></body>",
            post("Bob", "comments"),
            post("Cy", "comments too")
        );
        let text = text_of(&blog);
        assert!(text.contains("forty thousand cars") && !text.contains("Bob") && !text.contains("Cy"), "{text}");
    }

    #[test]
    fn article_container_wins_over_sidebars() {
        let html = "<body><div id=side><p>Sidebar text that is fairly short.</p></div><div id=story>\
                    <p>The first paragraph of a long story, which goes on for a while with many words.</p>\
                    <p>The second paragraph of the long story, which also goes on for a while with words.</p>\
                    <p>The third paragraph of the long story, which goes on and on and on with more words.</p></div></body>";
        assert!(!text_of(html).contains("Sidebar"));
    }

    #[test]
    fn link_menus_are_dropped() {
        let html = "<body><div><ul><li><a href=/a>Home</a></li><li><a href=/b>World</a></li></ul>\
                    <p>The story begins here and has a lot of text to read through.</p></div></body>";
        assert_eq!(text_of(html), "The story begins here and has a lot of text to read through.");
    }
}
