//! Chooses the elements that hold the page's main content.
//!
//! Two measures, computed in one pass over the flat page:
//! - **weight**: each text node weighs its visible characters outside links,
//!   so menus weigh almost nothing and prose the most; weights add up the tree;
//! - **paragraph score**, as Readability computes it: every `p`, `pre` or `td`
//!   of 25 visible characters or more scores 1, plus one per comma, plus one
//!   per 100 characters (at most 3); its parent gets the score and its
//!   grandparent half; a candidate's score is scaled by the share of its text
//!   outside links.
//!
//! The choice starts at `<body>` and moves down to a child while that child
//! holds most of its parent's weight. On an article it ends at the article's
//! container; on a forum thread, a listing or a product page, where the
//! content is spread over many posts or items, it stops at their shared
//! parent, so the page comes out whole rather than as one card. On a
//! listing whose items are links (more than three quarters of the text in
//! links, no cluster of paragraphs scoring as an article's prose, whatever
//! the page claims to be), the choice follows all the text instead of the
//! weight: weighed by prose, it would end at the blurb above the items.
//!
//! On a page that says it is an article (Open Graph type, JSON-LD `Article`
//! kinds, `itemprop=articleBody`), lists of other stories inside that
//! container are dropped: elements off the path to the best-scoring
//! paragraph cluster, outside that cluster's own parent, that hold two or
//! more headline-length links. Link lists beside the article in its own
//! parent stay: measured on WCXB, they are more often the page's content (a
//! list of programmes, a reading list) than another story's teasers. When
//! those lists hold four times the text of the rest of the container, the
//! page is a listing that calls itself an article (a section front, a blog
//! index) and they stay. (Choosing
//! the best cluster alone, as Readability does, loses articles whose
//! paragraphs sit in many sibling containers.)
//!
//! Beside the chosen element, the containers of prose just before it (or
//! before its parent) are taken too: an introduction that sits apart from
//! the body.
//!
//! On every page, a container inside the chosen element that opens with a
//! header of other stories ("You may also like", "Related articles", "Você
//! pode gostar...") or of a blog's widgets ("Categories", "Tags",
//! "Archives") or an author box ("About the author") is dropped with all it holds, and on an article so is one
//! that opens with a comments header ("12 Comments", "Join the
//! conversation"). The path to the best-scoring paragraphs is spared unless
//! 400 characters of prose come before the section.

use std::sync::LazyLock;

use regex::Regex;

use super::dom::{attr, Dom, Kind};

/// The share of its parent's weight a child must hold to be chosen instead.
const DESCEND: f64 = 0.85;

/// Visible characters of `text` (not white space).
///
/// One pass over the bytes: count the bytes that start a character and are
/// not ASCII white space, then take off the few non-ASCII white-space
/// characters (no-break, ideographic and the U+2000 spaces), which are found
/// by their lead bytes.
pub(crate) fn visible_len(text: &str) -> usize {
    let b = text.as_bytes();
    // Simple counts that the compiler vectorises.
    let ws = b.iter().filter(|x| x.is_ascii_whitespace()).count();
    if text.is_ascii() {
        return b.len() - ws;
    }
    let continuation = b.iter().filter(|&&x| (x as i8) < -64).count();
    let mut wide_spaces = 0;
    for i in memchr::memchr3_iter(0xC2, 0xE2, 0xE3, b).chain(memchr::memchr_iter(0xE1, b)) {
        wide_spaces += usize::from(text[i..].chars().next().is_some_and(char::is_whitespace));
    }
    b.len() - continuation - ws - wide_spaces
}

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

/// Per-node measures of the page, once some nodes are dropped.
pub(crate) struct Stats {
    alive: Vec<bool>,
    text: Vec<usize>,
    link: Vec<usize>,
    weight: Vec<u64>,
    score: Vec<f64>,
    /// Links of headline length (25 visible characters or more) to other
    /// pages in the subtree.
    headlines: Vec<u32>,
    /// Links to places in the page ([`in_page`]) in the subtree, and their visible characters.
    anchors: Vec<u32>,
    anchor_text: Vec<usize>,
}

impl Stats {
    /// The measures of `dom` without the `dropped` subtrees; `url` is the
    /// page's own address, when known (see [`in_page`]).
    pub(crate) fn new(dom: &Dom<'_>, dropped: &[bool], url: Option<&str>) -> Stats {
        let n = dom.len();
        let mut alive = vec![true; n];
        let mut in_link = vec![false; n];
        for i in 0..n {
            let p = dom.nodes[i].parent as usize;
            let root = p == i;
            alive[i] = !dropped[i] && (root || alive[p]);
            in_link[i] = (!root && in_link[p]) || dom.nodes[i].tag() == "a";
        }
        let mut text = vec![0usize; n];
        let mut link = vec![0usize; n];
        let mut commas = vec![0usize; n];
        for i in (0..n).rev() {
            if !alive[i] {
                continue;
            }
            if let Kind::Text(t) = dom.nodes[i].kind {
                let len = dom.visible[i] as usize;
                text[i] += len;
                commas[i] += t.matches([',', '，', '、']).count();
                if in_link[i] {
                    link[i] += len;
                }
            }
            let p = dom.nodes[i].parent as usize;
            if p != i {
                text[p] += text[i];
                link[p] += link[i];
                commas[p] += commas[i];
            }
        }
        let weight = (0..n).map(|i| (text[i] - link[i]) as u64).collect();
        let mut headlines = vec![0u32; n];
        let mut anchors = vec![0u32; n];
        let mut anchor_text = vec![0usize; n];
        for i in (0..n).rev() {
            if alive[i] && dom.nodes[i].tag() == "a" {
                // A link to a place in the page (a table of contents) is no other story.
                let href = dom.nodes[i].element().and_then(|e| attr(e, "href"));
                match href.is_some_and(|h| in_page(h, url)) {
                    true => {
                        anchors[i] += 1;
                        anchor_text[i] += text[i];
                    }
                    false if text[i] >= 25 && !inline_in_paragraph(dom, &text, i) => headlines[i] += 1,
                    false => {}
                }
            }
            let p = dom.nodes[i].parent as usize;
            if p != i {
                headlines[p] += headlines[i];
                anchors[p] += anchors[i];
                anchor_text[p] += anchor_text[i];
            }
        }
        let mut score = vec![0f64; n];
        for i in 0..n {
            if !alive[i] || !matches!(dom.nodes[i].tag(), "p" | "pre" | "td") || text[i] < 25 {
                continue;
            }
            let s = 1.0 + commas[i] as f64 + (text[i] as f64 / 100.0).min(3.0);
            let parent = dom.nodes[i].parent as usize;
            score[parent] += s;
            let grand = dom.nodes[parent].parent as usize;
            if grand != parent {
                score[grand] += s / 2.0;
            }
        }
        for i in 0..n {
            score[i] *= 1.0 - link[i] as f64 / text[i].max(1) as f64;
        }
        Stats { alive, text, link, weight, score, headlines, anchors, anchor_text }
    }

    /// The element most likely to hold the article, if any paragraph scored.
    pub(crate) fn best_candidate(&self) -> Option<usize> {
        (0..self.score.len()).filter(|&i| self.score[i] > 0.0).max_by(|&a, &b| self.score[a].total_cmp(&self.score[b]))
    }

    /// Visible characters in the subtree of node `i`, dropped parts excluded.
    pub(crate) fn text(&self, i: usize) -> usize {
        self.text[i]
    }

    fn link_density(&self, i: usize) -> f64 {
        self.link[i] as f64 / self.text[i].max(1) as f64
    }
}

/// How many times the text of the rest of the main content the lists of
/// teasers must hold for the page to be a listing, whose lists are its
/// content: a section front or a blog index that calls itself an article.
/// An article's related lists seldom hold four times its own text.
const LISTING_SHARE: usize = 4;

/// Why [`choose_roots`] drops a list of teasers.
pub(crate) const TEASER_LIST: &str = "list of other stories";
/// Why [`choose_roots`] drops a table of contents.
pub(crate) const CONTENTS: &str = "table of contents";
/// Why [`choose_roots`] drops a section under a related-stories header.
pub(crate) const RELATED_SECTION: &str = "section headed as other stories";

/// The main-content elements, in document order, and the elements inside
/// them to drop, with why: sections headed as other stories or blog widgets
/// (on every page), sections headed as comments and lists of teasers (on
/// article pages).
pub(crate) fn choose_roots(
    dom: &Dom<'_>,
    dropped: &[bool],
    body: usize,
    article: bool,
    url: Option<&str>,
) -> (Vec<usize>, Vec<(usize, &'static str)>) {
    let stats = Stats::new(dom, dropped, url);
    let best = stats.best_candidate();
    // A listing's items are links: on one, the choice follows all the text, not the prose.
    let root = match is_listing(&stats, body, best) {
        true => descend(dom, &stats, body, |i| stats.text[i] as u64),
        false => descend(dom, &stats, body, |i| stats.weight[i]),
    };
    let mut roots = prose_siblings(dom, &stats, root, body);
    roots.push(root);
    roots.sort_unstable();
    // Without a paragraph of prose there is no path to spare: headed sections still go.
    let Some(best) = best else {
        return (roots, related_sections(dom, &stats, root, root, article));
    };
    let mut drops = related_sections(dom, &stats, root, best, article);
    // Lists of other stories are boilerplate on an article; on a listing they are the content.
    if article {
        let within = |i: usize| drops.iter().any(|&(d, _)| d <= i && i < dom.nodes[d].end as usize);
        let teasers: Vec<(usize, &str)> =
            teaser_lists(dom, &stats, root, best).into_iter().filter(|&(t, _)| !within(t)).collect();
        // A page whose main content is mostly such lists is a listing that calls itself an article.
        let listed: usize = teasers.iter().map(|&(t, _)| stats.text[t]).sum();
        let rest = stats.text[root].saturating_sub(listed);
        if listed <= LISTING_SHARE * rest {
            drops.extend(teasers);
        }
        drops.sort_unstable();
    }
    (roots, drops)
}

/// Visible characters of prose (outside links) a sibling of the chosen
/// element must hold to be content too ([`prose_siblings`]).
const SIBLING_PROSE: u64 = 200;

/// Levels above the chosen element whose other children [`prose_siblings`] looks at.
const SIBLING_LEVELS: usize = 2;

/// The siblings before `root` and before its nearest ancestors (below
/// `body`, [`SIBLING_LEVELS`] of them) that hold prose of their own:
/// [`SIBLING_PROSE`] characters outside links, a scored paragraph, and under
/// a quarter of their text in links. An article's introduction often sits
/// in a container of its own before the body the descent chose, which held
/// most, not all, of the weight. What stands after the body (an author's
/// box, a fact box, a sign-off) is measured on WCXB and the articles set to
/// be more often not the content, and is left out.
fn prose_siblings(dom: &Dom<'_>, stats: &Stats, root: usize, body: usize) -> Vec<usize> {
    let mut found = Vec::new();
    let mut c = root;
    for _ in 0..SIBLING_LEVELS {
        if c == body {
            break;
        }
        let p = dom.nodes[c].parent as usize;
        if p == c {
            break;
        }
        for s in dom.children(p).take_while(|&s| s != c) {
            if stats.alive[s]
                && matches!(dom.nodes[s].kind, Kind::Element(_))
                && stats.weight[s] >= SIBLING_PROSE
                && stats.link_density(s) < 0.25
                && (s..dom.nodes[s].end as usize).any(|d| stats.score[d] > 0.0)
            {
                found.push(s);
            }
        }
        c = p;
    }
    found
}

/// Why [`choose_roots`] drops a section under a blog-widget header, or a comments header on an article.
pub(crate) const ASIDE_SECTION: &str = "section headed as comments, categories, tags, archives or author box";

/// Headers of a blog's widgets and author boxes beside the content:
/// "Categories", "Tags", "Archives", "Recent Posts", "About the author", in
/// the languages of the teaser labels.
static WIDGET_HEADER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?ix)^[\s\p{Pd}»>•*\[]*(?:
            categories | tags | archives | recent\s(?:posts|entries|articles) | blogroll
          | kategorien | schlagwörter | archiv | catégories | étiquettes | categorías | etiquetas | archivos
          | categorias | arquivos | categorie | archivi | posts\srecentes | entradas\srecientes | articles\srécents
          | neueste\sbeiträge | articoli\srecenti
          | about\sthe\s(?:authors?|writers?|reviewers?|contributors?) | author\sbio(?:graphy)?
          | über\s(?:den\sautor|die\sautorin|die\sautoren) | à\spropos\sde\sl['’]auteur(?:e|rice)?
          | sobre\s(?:el|la|o|a)\sautor(?:a)? | sull['’]autore | об\sавторе | over\sde\sauteur | o\sautorze
        )\s*[:：.…]*\s*$",
    )
    .expect("static pattern")
});

/// Headers of an article's comments: "Comments", "12 Comments", "Top Rated
/// Comments", "Join the conversation", "Leave a reply". Off an article (a
/// forum, a product's reviews) what follows them is the content.
static COMMENTS_HEADER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?ix)^[\s\p{Pd}»>•*\[]*(?:
            (?:\d+\s)?(?:top\s(?:rated\s)?|reader\s|recent\s|latest\s)?comments?(?:\s\(\d+\))?
          | leave\sa\s(?:comment|reply) | join\sthe\s(?:conversation|discussion) | what\sdo\syou\sthink\??
          | (?:\d+\s)?(?:kommentare?|commentaires?|comentarios?|comentários?|commenti|reacties|komentarze|комментарии)
          | deixe\sum\scomentário | deja\sun\scomentario | laisser\sun\scommentaire | lascia\sun\scommento
        )\s*[:：.…]*\s*$",
    )
    .expect("static pattern")
});

/// Whether `text` heads what stands beside the content: a blog widget
/// anywhere, or comments on an article.
fn is_aside_header(text: &str, article: bool) -> bool {
    let t = text.trim();
    !t.is_empty() && t.len() <= 60 && (WIDGET_HEADER.is_match(t) || (article && COMMENTS_HEADER.is_match(t)))
}

/// Prose (characters outside links) that must come before a related-stories
/// section for it to be dropped although it holds the best-scoring paragraphs.
const PROSE_BEFORE: usize = 400;

/// Inside `root`, the elements that open with a related-stories header ("You
/// may also like", "Related articles", "Você pode gostar..."), a blog-widget
/// header ("Categories", "Tags") or, on an article, a comments header: the
/// header and everything after it in that element stand beside the content.
///
/// The path to `best` (the best-scoring paragraphs and their ancestors) is
/// spared unless 400 characters of prose come before the section: then the
/// article was above it, and the teasers below merely scored higher (long
/// excerpts of other posts). A header that opens the page (a "Trending" bar
/// above everything) drops only itself. On a page without a paragraph of
/// prose (a shop's product page of short lines), `best` is `root`, and no
/// section is on its path. Linear: the first text of every element and the
/// prose before it come from one pass each way.
fn related_sections(
    dom: &Dom<'_>,
    stats: &Stats,
    root: usize,
    best: usize,
    article: bool,
) -> Vec<(usize, &'static str)> {
    let end = dom.nodes[root].end as usize;
    let is_text = |i: usize| matches!(dom.nodes[i].kind, Kind::Text(_)) && stats.alive[i] && dom.visible[i] > 0;
    // first[i - root]: the first alive, non-blank text node at or after i (within root), or `end`.
    let mut first = vec![end; end - root + 1];
    for i in (root..end).rev() {
        first[i - root] = if is_text(i) { i } else { first[i + 1 - root] };
    }
    // before[i - root]: prose characters in text nodes from root up to i, i excluded.
    let mut before = vec![0usize; end - root + 1];
    for i in root..end {
        before[i + 1 - root] = before[i - root] + if is_text(i) { stats.weight[i] as usize } else { 0 };
    }
    let mut found = Vec::new();
    // Nested elements share their first text: once judged not a header, it is not judged again.
    let mut not_header = end;
    let mut i = root + 1;
    while i < end {
        let node = &dom.nodes[i];
        let node_end = node.end as usize;
        if !stats.alive[i] {
            i = node_end;
            continue;
        }
        let on_path = i <= best && best < node_end;
        if (!on_path || before[i - root] >= PROSE_BEFORE) && node.element().is_some() {
            let t = first[i + 1 - root];
            if t < node_end && t != not_header {
                not_header = t;
                if let Kind::Text(text) = dom.nodes[t].kind {
                    let why = if crate::text::related_teasers::is_section_label(text) {
                        Some(RELATED_SECTION)
                    } else if is_aside_header(text, article) {
                        Some(ASIDE_SECTION)
                    } else {
                        None
                    };
                    if let Some(why) = why {
                        found.push((i, why));
                        i = node_end;
                        continue;
                    }
                }
            }
        }
        i += 1;
    }
    found
}

/// Inside `root`, outside the container of `best`, the elements off the path to `best` that are lists of
/// other stories: two or more headline-length links, a seventh or more of
/// their text in links, and no more than 200 characters of other text per
/// headline link (a card is a headline link, a date and a short summary; a
/// paragraph of the article with two links in it has far more text); and
/// tables of contents: three or more links to places in the page holding
/// 60% of the text or more. Each comes with why it goes.
fn teaser_lists(dom: &Dom<'_>, stats: &Stats, root: usize, best: usize) -> Vec<(usize, &'static str)> {
    let best_end = dom.nodes[best].end as usize;
    let best_parent = dom.nodes[best].parent as usize;
    let best_parent_end = dom.nodes[best_parent].end as usize;
    let mut found = Vec::new();
    let end = dom.nodes[root].end as usize;
    let mut i = root + 1;
    while i < end {
        let node = &dom.nodes[i];
        let on_path = i <= best && best < node.end as usize;
        if i == best {
            i = best_end;
            continue;
        }
        if !stats.alive[i] {
            i = node.end as usize;
            continue;
        }
        // Link lists in the article's own container are part of it (a list of programmes, a reading list).
        let in_article_container = best_parent < i && i < best_parent_end;
        let teaser_like = !in_article_container
            && stats.headlines[i] >= 2
            && stats.link_density(i) >= 0.15
            && stats.weight[i] <= 350 * u64::from(stats.headlines[i]);
        // A table of contents: links to the page's own sections, and little
        // else (a table whose rows cite notes holds more than its links to them).
        let contents = stats.anchors[i] >= 3 && stats.anchor_text[i] * 10 >= stats.text[i] * 6;
        if !on_path && node.element().is_some() && (teaser_like || contents) {
            found.push((i, if teaser_like { TEASER_LIST } else { CONTENTS }));
            i = node.end as usize;
            continue;
        }
        i += 1;
    }
    found
}

/// Whether a link to `href` leads to a place in the page itself: `#part`,
/// or an address with a fragment whose last path segment and query are
/// those of the page's own address `url` (`/guide#step-2` on
/// `https://example.com/guide/`). Only the last segment of the path is
/// compared, since pages move and keep their slug
/// (`/old/section/how-to-x#step` on `/new/how-to-x`); a link to another
/// page with a fragment seldom shares the page's slug.
fn in_page(href: &str, url: Option<&str>) -> bool {
    let Some((target, _)) = href.trim().split_once('#') else {
        return false;
    };
    target.is_empty() || url.is_some_and(|url| page_key(target) == page_key(url))
}

/// The last segment of `url`'s path and its query, without the fragment:
/// `("bridge", "a=1")` for `https://example.com/news/bridge/?a=1#top`.
fn page_key(url: &str) -> (&str, &str) {
    let url = url.split('#').next().unwrap_or(url);
    let (url, query) = url.split_once('?').unwrap_or((url, ""));
    let path = url.split_once("://").map_or(url, |(_, rest)| rest.find('/').map_or("", |k| &rest[k..]));
    (path.trim_end_matches('/').rsplit('/').next().unwrap_or(""), query)
}

/// Whether link `i` stands inside a paragraph's sentence: its nearest
/// block around it is a `<p>` that holds more than twice its text. A
/// teaser's headline link stands alone in its heading, card or list item;
/// a link in the article's prose has the sentence around it.
fn inline_in_paragraph(dom: &Dom<'_>, text: &[usize], i: usize) -> bool {
    const BLOCKS: &[&str] = &["p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "div", "td", "article", "section", "body"];
    dom.ancestors(i)
        .find(|&a| BLOCKS.contains(&dom.nodes[a].tag()))
        .is_some_and(|a| dom.nodes[a].tag() == "p" && text[a] > 2 * text[i])
}

/// The share of a page's text that must stand in links, more than this, for
/// it to be a listing ([`is_listing`]).
const LISTING_LINKS: f64 = 0.75;

/// The paragraph score ([`Stats::best_candidate`]) from which a page holds
/// an article's prose: three paragraphs of a few lines and commas each.
const ARTICLE_SCORE: f64 = 20.0;

/// Whether the page is a listing of links (job offers, a shop's products,
/// a section's headlines as cards): more than three quarters of its text
/// stands in links, and no cluster of paragraphs scores as an article's
/// prose does (`best`, the best-scoring cluster, scores less than
/// [`ARTICLE_SCORE`]). Its prose is then a blurb above the items, and
/// weighing by prose would choose the blurb. A claim to be an article
/// (`og:type`, which sites' templates give a section front or a tag page
/// too) does not outweigh that.
fn is_listing(stats: &Stats, body: usize, best: Option<usize>) -> bool {
    stats.link[body] as f64 > LISTING_LINKS * stats.text[body] as f64
        && best.is_none_or(|b| stats.score[b] < ARTICLE_SCORE)
}

/// From `start`, moves down to the child holding most of the `weight` while there is one.
fn descend(dom: &Dom<'_>, stats: &Stats, start: usize, weight: impl Fn(usize) -> u64) -> usize {
    let mut root = start;
    loop {
        let mut best: Option<usize> = None;
        for c in dom.children(root) {
            if stats.alive[c]
                && matches!(dom.nodes[c].kind, Kind::Element(_))
                && best.is_none_or(|b| weight(c) > weight(b))
            {
                best = Some(c);
            }
        }
        match best {
            Some(b) if weight(root) > 0 && weight(b) as f64 >= DESCEND * weight(root) as f64 => {
                // A paragraph is content, not a container of it: choose it only when its siblings weigh nothing.
                if is_leaf_block(dom.nodes[b].tag()) && weight(b) < weight(root) {
                    return root;
                }
                root = b;
            }
            _ => return root,
        }
    }
}

#[cfg(test)]
mod visible_len_tests {
    use super::visible_len;

    #[test]
    fn counts_like_chars_that_are_not_white_space() {
        for t in ["", "a b", "  héllo\u{a0}wörld\t", "日本語 の\u{3000}文", "x\u{2009}y\u{85}z\u{1680}", "–—‘’“”…€"]
        {
            assert_eq!(visible_len(t), t.chars().filter(|c| !c.is_whitespace()).count(), "{t:?}");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{in_page, page_key};
    use crate::html::tests::text_of;

    const STORY: &str = "<p>The council approved the new bridge on Monday, after a long debate about its cost, \
                         its design, its builder and the years it will take.</p>";

    fn teaser(n: usize) -> String {
        format!(
            "<div class=card><p>Another post, number {n}, with a long excerpt that scores well: commas, clauses, \
             asides, lists, and more commas, so that its paragraph outscores the story's own paragraph by far, \
             which is common on blogs …</p></div>"
        )
    }

    #[test]
    fn a_table_of_contents_goes_and_no_longer_makes_its_section_a_list_of_stories() {
        let contents = "<ul><li><a href=\"#fine\">1. Fine dining: service at its best</a></li>\
                        <li><a href=\"#casual\">2. Casual dining: comfort and quality</a></li>\
                        <li><a href=\"#fast\">3. Fast casual: speed with a plate</a></li></ul>";
        let intro = "<p>How a restaurant serves its guests matters as much as what it serves, the owners say.</p>";
        let html = format!(
            "<head><meta property=\"og:type\" content=\"article\"></head><body><section>{intro}{contents}</section>\
             <div><section><h2 id=fine>Fine dining</h2>{STORY}{STORY}{STORY}</section></div></body>"
        );
        let text = text_of(&html);
        assert!(text.contains("How a restaurant serves") && !text.contains("2. Casual dining"), "{text}");
        // Citations in a table: links to the page's notes, but not most of its text.
        let rows = "<tr><td>1901</td><td>Henry Dunant, founder of the Red Cross<a href=\"#cite-1\">[1]</a></td></tr>"
            .repeat(4);
        let html = format!(
            "<head><meta property=\"og:type\" content=\"article\"></head><body><div id=main>{STORY}{STORY}\
             <table>{rows}</table></div></body>"
        );
        assert!(text_of(&html).contains("founder of the Red Cross"));
    }

    #[test]
    fn drops_sections_headed_as_other_stories() {
        for label in [
            "You may also like",
            "Related articles",
            "Você pode gostar...",
            "Lire aussi :",
            "Related",
            "Customers who viewed this item also viewed",
            "Frequently bought together",
            "Similar items",
            "Kunden kauften auch",
            "Похожие товары",
            "Trending News",
            "Explore more articles.",
            "Other Posts You May Enjoy",
        ] {
            let cards = "<div class=card><a href=/a>The mayor opens a new park</a></div>\
                         <div class=card><a href=/b>Rain expected all weekend</a></div>";
            let html = format!("<body><div id=main><div>{STORY}</div><div><h3>{label}</h3>{cards}</div></div></body>");
            assert_eq!(text_of(&html), STORY[3..STORY.len() - 4], "{label}");
        }
    }

    #[test]
    fn headed_sections_go_on_a_page_without_prose() {
        // A product page of short lines: no paragraph scores, so no path is spared.
        let item = "<div><h1>Green floral blouse, size 10</h1><div>Condition: pre-owned</div>\
                    <div>Price: $8.03</div><div>Delivery: varies</div></div>";
        let similar = "<div><div><h2>People who viewed this item also viewed</h2></div>\
                       <ul><li><a href=/1>Striped tunic top, size 12</a><span>$6.71</span></li>\
                       <li><a href=/2>Black halterneck top, size 22</a><span>$2.00</span></li></ul></div>";
        let text = text_of(&format!("<body><div id=main>{item}{similar}</div></body>"));
        assert!(text.contains("Condition: pre-owned") && !text.contains("tunic"), "{text}");
    }

    #[test]
    fn a_listing_of_linked_cards_comes_out_whole_not_its_blurb() {
        let card = |i: usize| {
            format!(
                "<li><a href=/job/{i}><h3>Senior engineer number {i}</h3><span>Remote</span>\
                 <span>Full-time, $50,000 - $74,999</span></a></li>"
            )
        };
        let jobs: String = (0..12).map(card).collect();
        let html = format!(
            "<body><div id=page><div class=intro><p>Looking for remote roles? Advance your career.</p></div>\
             <section><ul>{jobs}</ul></section></div></body>"
        );
        let text = text_of(&html);
        assert!(text.contains("Senior engineer number 11") && text.contains("Full-time"), "{text}");
        // The same page calling itself an article is a listing all the same:
        // nothing on it reads as an article's prose.
        let og = "<meta property=\"og:type\" content=\"article\">";
        let text = text_of(&format!("<html><head>{og}</head>{html}</html>"));
        assert!(text.contains("Senior engineer number 11"), "{text}");
    }

    #[test]
    fn an_introduction_in_a_container_of_its_own_before_the_body_is_kept() {
        let intro = "<div class=summary><p>The ideal scooter blends speed, range and portability, and it suits \
                     the rides you take every day. We bought and rode forty-five models over eight years, and we \
                     measured each one on the same hills and paths, in the rain and in the dry, with riders of \
                     every size.</p></div>";
        let body = STORY.repeat(30);
        let bio = "<div class=writer><p>Ann Lee has written about transport for twenty years, from the \
                   city's trams to its new bridges, and she rides a scooter to work on most days of the \
                   year, rain or shine, with her dog in a basket.</p></div>";
        let menu = "<div class=picks><p><a href=/a>The best scooters for commuters this year, tested</a> \
                    <a href=/b>The best scooters for children, tested on the same hills</a> \
                    <a href=/c>The best budget scooters, all under three hundred dollars</a> and more.</p></div>";
        let text = text_of(&format!("<body><main>{menu}{intro}<div class=body>{body}</div>{bio}</main></body>"));
        assert!(text.starts_with("The ideal scooter") && text.contains("The council approved"), "{text}");
        // A link list before the body, and a box after it, are not taken with it.
        assert!(!text.contains("budget scooters") && !text.contains("Ann Lee"), "{text}");
    }

    /// A list of `n` teaser cards: a headline link and a line of summary each.
    fn cards(n: usize) -> String {
        let card = |i: usize| {
            format!(
                "<li><a href=/s{i}>Headline number {i} of another story on the site</a><p>A short summary.</p></li>"
            )
        };
        format!("<div class=more><ul>{}</ul></div>", (0..n).map(card).collect::<String>())
    }

    #[test]
    fn lists_of_other_stories_go_on_articles_unless_they_are_most_of_the_page() {
        let og = "<meta property=\"og:type\" content=\"article\">";
        // The story in two parts, neither holding most of it, so the choice stops at their parent.
        let page = |part: &str, lists: &str| {
            text_of(&format!(
                "<html><head>{og}</head><body><div id=main><div class=part><div>{part}</div></div>{lists}\
                 <div class=part><div>{part}</div></div></div></body></html>"
            ))
        };
        let article = page(&STORY.repeat(2), &cards(3));
        assert!(article.starts_with("The council") && !article.contains("Headline number"), "{article}");
        // A section front that calls itself an article: a line of intro, then the lists.
        let listing = page(STORY, &format!("{}{}", cards(12), cards(12)));
        assert!(listing.contains("Headline number 11 of another story"), "{listing}");
    }

    /// A list of headline-length links to places in the page, by the page's
    /// own slug, is its table of contents, whatever folder the links name:
    /// the section above it is no list of other stories.
    #[test]
    fn links_to_the_pages_own_slug_with_a_fragment_are_no_other_stories() {
        let head = "<meta property=\"og:type\" content=\"article\">\
                    <link rel=canonical href=\"https://example.com/news/bridge-vote/\">";
        let intro = "<p>Readers asked how the vote went, so this guide answers in four parts, one for each stage \
                     of it, from the first motion in spring to the last count on Monday night.</p>";
        let page = |href: &str| {
            let item =
                |i: usize| format!("<li><a href=\"{href}#part-{i}\">Part {i} of the story about the bridge</a></li>");
            let contents = format!("<div class=intro>{intro}<ul>{}</ul></div>", (0..4).map(item).collect::<String>());
            text_of(&format!(
                "<html><head>{head}</head><body><div id=main><div class=part><div>{}</div></div>{contents}\
                 <div class=part><div>{}</div></div></div></body></html>",
                STORY.repeat(2),
                STORY.repeat(2)
            ))
        };
        for own in ["", "https://example.com/news/bridge-vote", "/archive/2024/bridge-vote/"] {
            assert!(page(own).contains("Readers asked"), "{own}");
        }
        for other in ["/news/tram-vote", "https://example.com/news/bridge-vote?page=2"] {
            assert!(!page(other).contains("Readers asked"), "{other}");
        }
    }

    #[test]
    fn page_keys_are_the_last_segment_and_the_query() {
        assert_eq!(page_key("https://example.com/news/bridge/?a=1#top"), ("bridge", "a=1"));
        assert_eq!(page_key("/news/bridge#top"), ("bridge", ""));
        assert_eq!(page_key("https://example.com"), ("", ""));
        assert!(in_page(" #top", None) && !in_page("/news/bridge", Some("/news/bridge")));
    }

    /// Links of a headline's length inside the article's sentences make no list of other stories.
    #[test]
    fn a_section_whose_links_stand_in_its_sentences_stays() {
        let og = "<meta property=\"og:type\" content=\"article\">";
        let linked = "<p>Training starts early: <a href=/crate>how to crate train a new puppy</a> explains the \
                      first week, and <a href=/leash>our guide to walking on a loose leash</a> the second.</p>";
        let section = format!("<div class=tips><h2>Training</h2>{linked}{linked}</div>");
        let html = format!(
            "<html><head>{og}</head><body><div id=main><div class=part><div>{}</div></div>{section}\
             <div class=part><div>{}</div></div></div></body></html>",
            STORY.repeat(2),
            STORY.repeat(2)
        );
        let text = text_of(&html);
        assert!(text.contains("how to crate train a new puppy explains"), "{text}");
    }

    #[test]
    fn section_with_better_scoring_teasers_goes_when_the_story_came_first() {
        let intro = STORY.repeat(4);
        let html = format!(
            "<body><div id=primary><article>{intro}</article><article><h3>You might also like</h3>{}{}{}</article></div></body>",
            teaser(1),
            teaser(2),
            teaser(3)
        );
        let text = text_of(&html);
        assert!(text.starts_with("The council approved") && !text.contains("Another post"), "{text}");
    }

    #[test]
    fn a_header_above_the_story_drops_only_itself() {
        let html = format!("<body><div id=page><p>Trending</p><div>{STORY}{STORY}</div></div></body>");
        let text = text_of(&html);
        assert!(text.starts_with("The council approved") && text.matches("The council").count() == 2, "{text}");
    }

    #[test]
    fn sections_headed_as_comments_go_on_articles_and_widgets_everywhere() {
        let story = STORY.repeat(4);
        let reply = "<p>Ann: I think the bridge is a waste of money and time, frankly, and I said so at the \
                     meeting, where nobody listened to the people who will pay for it for thirty years.</p>";
        let page = |og: &str, header: &str| {
            let aside = format!("<div><h2>{header}</h2>{}</div>", reply.repeat(3));
            text_of(&format!("<html><head>{og}</head><body><div id=main><div>{story}</div>{aside}</div></body></html>"))
        };
        let og = "<meta property=\"og:type\" content=\"article\">";
        for header in ["12 Comments", "Top Rated Comments", "Join the conversation", "Comentários"] {
            assert!(!page(og, header).contains("waste of money"), "{header}");
            // Off an article (a forum, a product's reviews) the same section may be the content.
            assert!(page("", header).contains("waste of money"), "{header}");
        }
        for header in
            ["Categorias", "Tags:", "Archives", "Recent Posts", "About the Author", "Über den Autor", "Об авторе"]
        {
            assert!(!page(og, header).contains("waste of money"), "{header}");
            assert!(!page("", header).contains("waste of money"), "{header}");
        }
    }

    #[test]
    fn continuations_and_lookalikes_are_not_section_headers() {
        for label in [
            "Read more...",
            "Recommended:",
            "Watch",
            "Related research shows the same",
            "About the author's first novel",
            "Explore more of the city on foot.",
            "Other articles in the series explain the law.",
        ] {
            let html = format!(
                "<body><div id=main>{STORY}<div><p>{label}</p><p>The second part of the story, which is long enough to count as prose.</p></div></div></body>"
            );
            assert!(text_of(&html).contains("The second part"), "{label}");
        }
    }
}
