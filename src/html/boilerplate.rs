//! Drops boilerplate containers recognised by the words of their `class` and
//! `id`: share and social bars, ads and sponsored blocks, related and
//! recommended stories, newsletter and paywall prompts, cookie and consent
//! banners, comments, forum signatures and poster details, author boxes, tag clouds,
//! breadcrumbs, pagination, sidebars, menus and pop-ups; what a class hides
//! on phones (`hidden-mobile`, `hidden-xs`: furniture shown beside the
//! content where the screen has room) or leaves off the printed page
//! (`d-print-none`, `no-print`, `noprint`); and what the site asks search
//! engines never to quote (`data-nosnippet`).
//!
//! Words are matched whole, after splitting at punctuation and camel-case
//! humps, so `ad` hits `ad-slot` and `topAd` but never `add`, `header`,
//! `shadow`, `gradient` or `download`; after `has`, `with`, `no` and kin
//! (`has-sidebar`, `no-comments`) the word describes a layout, not boilerplate. Like every furniture rule, it never
//! drops an element that holds most of the page's text, so a page about
//! cookies, or a forum whose posts sit in a `comments` list, keeps its content.
//!
//! Links marked `rel="tag"` or `rel="category"` (a microformat) are tag
//! links and go too, as do links to the share endpoints of social networks
//! (`facebook.com/sharer`, `twitter.com/intent/tweet`, `whatsapp://send`,
//! `pinterest.com/pin/create` ...): whatever their label says, they are
//! share buttons, unless their text is longer than a button's (a "click to
//! tweet" quote is the article's own sentence).
//!
//! A `<form method="post">` that holds a box to write text in (`textarea`)
//! is a reply, answer, comment or contact form, and goes, unless it holds
//! the page's first `<h1>` (a page built as one form).
//!
//! Before: `<div class="share-bar">Share</div><p>Story.</p><div id="relatedPosts">More</div>`
//! After: `Story.`

use aho_corasick::AhoCorasick;
use scraper::node::Element;

use rustc_hash::FxHashMap;
use std::sync::LazyLock;

use super::dom::{attr, name_tokens};
use super::{DomFilter, SubtreeText};

/// [`WORDS`] and [`PAIRS`] as maps: one probe per class or id token. The
/// first entry for a word or pair wins, as in a scan of the lists. The
/// keys are short, so a fast hash (FxHash) serves better than SipHash.
static WORD_MAP: LazyLock<FxHashMap<&'static str, &'static str>> = LazyLock::new(|| {
    let mut m = FxHashMap::default();
    for &(w, why) in WORDS {
        m.entry(w).or_insert(why);
    }
    m
});

static PAIR_MAP: LazyLock<FxHashMap<(&'static str, &'static str), &'static str>> = LazyLock::new(|| {
    let mut m = FxHashMap::default();
    for &(a, b, why) in PAIRS {
        m.entry((a, b)).or_insert(why);
    }
    m
});

/// Share endpoints of social networks and messengers, as they appear in
/// links (matched ignoring ASCII case).
const SHARE_ENDPOINTS: &[&str] = &[
    "facebook.com/sharer",
    "facebook.com/share.php",
    "facebook.com/dialog/share",
    "facebook.com/dialog/feed",
    "twitter.com/intent/",
    "twitter.com/share",
    "x.com/intent/",
    "whatsapp://send",
    "api.whatsapp.com/send",
    "wa.me/?",
    "pinterest.com/pin/create",
    "linkedin.com/sharearticle",
    "linkedin.com/sharing/",
    "reddit.com/submit",
    "t.me/share",
    "telegram.me/share",
    "vk.com/share.php",
    "tumblr.com/share",
    "tumblr.com/widgets/share",
    "getpocket.com/save",
    "getpocket.com/edit",
    "news.ycombinator.com/submitlink",
    "plus.google.com/share",
    "xing.com/spi/shares",
    "line.me/r/msg",
    "viber://forward",
    "bsky.app/intent/",
    "threads.net/intent/",
    "mastodonshare.com",
];

static SHARE_LINKS: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::builder().ascii_case_insensitive(true).build(SHARE_ENDPOINTS).expect("static patterns")
});

/// Why a form that posts what is written in it goes: a reply, answer or
/// comment form ("Your Answer", "Leave a Reply", "Post as a guest"). Spared
/// when it holds no box to write text in (a search or a button) or the
/// page's first `<h1>` (a page that is all one form, as ASP.NET builds
/// them); as every guarded rule, it also spares most of the page's text.
const REPLY_FORM: &str = "reply or comment form";

/// Why a link to a share endpoint goes. The link is spared when its text is
/// longer than a button's: a "click to tweet" quote is the article's text.
const SHARE_LINK: &str = "link to a share endpoint";

/// Why a share bar or social widget goes, unless it holds [`SOCIAL_PROSE`]
/// characters of prose (then the word came from a section's id, made of its
/// heading: "sql-for-update-share", "the-social-contract") or is an embed
/// ("social-media-embed"): a post the article quotes.
const SOCIAL: &str = "share/social";

/// Characters in runs of 60 or more above which an element named for
/// sharing is a section of the page: buttons and counters are short, and a
/// "click to tweet" quote is one sentence.
const SOCIAL_PROSE: usize = 300;

/// Visible characters above which a share link is a quote, not a button.
const SHARE_BUTTON_MAX: usize = 40;

/// Why a page header goes; not said of a link or a heading, where the word
/// names a style, and spared after the page's first `<h1>`, where an element
/// so classed heads a section of the page ("component-header").
const HEADER: &str = "header";

/// Characters of prose (in runs of 60 or more) from which a header that
/// holds the page's first `<h1>` is the page's own header (its title and
/// standfirst, or a listing's introduction), not the site's, and stays: a
/// single sentence of prose tells it from a site's header, which holds
/// links and a short tagline.
const HEADER_PROSE: usize = 60;

/// Why a caption or credit goes, unless it is longer than [`CAPTION_MAX`]
/// or holds a heading: a caption is a line under a picture, and an element
/// so classed with a heading in it is a card (a shop's `product-caption`
/// holds each product's name and description).
const CAPTION: &str = "caption or credit";

/// Visible characters above which an element marked as a caption or credit
/// is content: a caption is a line or two, and a class such as
/// `feature-caption` or `image-credit-block` may wrap a whole section.
const CAPTION_MAX: usize = 600;

/// Whether a link's target is a share endpoint (or a `mailto:` with no address, which shares by mail).
fn is_share_link(href: &str) -> bool {
    SHARE_LINKS.is_match(href) || href.get(..8).is_some_and(|s| s.eq_ignore_ascii_case("mailto:?"))
}

/// Drops boilerplate containers by class and id words; see the [module docs](self).
#[derive(Debug, Clone, Copy, Default)]
pub struct BoilerplateContainers;

/// Words and why they mark boilerplate.
const WORDS: &[(&str, &str)] = &[
    // What the site leaves off the printed page is not the article: share
    // bars, menus, players, "explore further" boxes (Wikipedia's `noprint`).
    ("noprint", NOT_PRINTED),
    ("share", SOCIAL),
    ("sharing", SOCIAL),
    ("social", SOCIAL),
    ("sharebar", SOCIAL),
    ("sharethis", SOCIAL),
    ("addthis", SOCIAL),
    ("socials", SOCIAL),
    // The same, in the languages a site may name its classes in.
    ("teilen", SOCIAL),
    ("partager", SOCIAL),
    ("compartir", SOCIAL),
    ("condividi", SOCIAL),
    ("partilhar", SOCIAL),
    ("udostepnij", SOCIAL),
    ("fenxiang", SOCIAL),
    ("werbung", "advertisement"),
    ("publicite", "advertisement"),
    ("publicidad", "advertisement"),
    ("pubblicita", "advertisement"),
    ("reklama", "advertisement"),
    ("reklam", "advertisement"),
    ("guanggao", "advertisement"),
    ("koukoku", "advertisement"),
    ("ad", "advertisement"),
    ("ads", "advertisement"),
    ("advert", "advertisement"),
    ("adverts", "advertisement"),
    ("advertisement", "advertisement"),
    ("advertising", "advertisement"),
    ("adsbygoogle", "advertisement"),
    ("adslot", "advertisement"),
    ("adunit", "advertisement"),
    ("dfp", "advertisement"),
    ("sponsor", "advertisement"),
    ("sponsored", "advertisement"),
    ("sponsors", "advertisement"),
    ("promo", "advertisement"),
    ("promoted", "advertisement"),
    ("taboola", "advertisement"),
    ("outbrain", "advertisement"),
    ("related", "related stories"),
    ("recommended", "related stories"),
    ("recommendations", "related stories"),
    ("trending", "related stories"),
    ("popular", "related stories"),
    ("mostread", "related stories"),
    // The same, in the languages a site may name its classes in (German,
    // Dutch, Spanish and Portuguese, Italian, Chinese and Japanese romanised).
    ("verwandte", "related stories"),
    ("gerelateerd", "related stories"),
    ("relacionados", "related stories"),
    ("relacionadas", "related stories"),
    ("correlati", "related stories"),
    ("xiangguan", "related stories"),
    ("kanren", "related stories"),
    ("newsletter", "newsletter/paywall"),
    ("subscribe", "newsletter/paywall"),
    ("subscription", "newsletter/paywall"),
    ("signup", "newsletter/paywall"),
    ("paywall", "newsletter/paywall"),
    ("regwall", "newsletter/paywall"),
    ("optin", "newsletter/paywall"),
    ("cookie", "cookie/consent"),
    ("cookies", "cookie/consent"),
    ("consent", "cookie/consent"),
    ("gdpr", "cookie/consent"),
    ("ccpa", "cookie/consent"),
    ("comment", COMMENTS),
    ("comments", COMMENTS),
    ("disqus", COMMENTS),
    ("signature", "forum signature"),
    // phpBB's `postprofile`, and kin written as one word: the poster's rank, join date and post count.
    ("postprofile", POSTER),
    ("userinfo", POSTER),
    ("usertitle", POSTER),
    ("jumpbox", "navigation"),
    ("reviews", REVIEWS),
    ("bio", "author box"),
    ("byline", "author box"),
    ("tags", "tag cloud"),
    ("tagcloud", "tag cloud"),
    ("breadcrumb", "breadcrumbs"),
    ("breadcrumbs", "breadcrumbs"),
    ("pagination", "pagination"),
    ("pager", "pagination"),
    ("sidebar", "sidebar"),
    ("nav", "navigation"),
    ("navbar", "navigation"),
    ("navigation", "navigation"),
    ("menu", "navigation"),
    ("submenu", "navigation"),
    ("megamenu", "navigation"),
    ("skiplink", "navigation"),
    ("toolbar", "navigation"),
    ("footer", "footer"),
    ("header", HEADER),
    ("masthead", HEADER),
    ("caption", CAPTION),
    ("credit", CAPTION),
    ("credits", CAPTION),
    ("copyright", CAPTION),
    ("dateline", "byline or date"),
    ("timestamp", "byline or date"),
    ("modal", "pop-up"),
    ("popup", "pop-up"),
    ("overlay", "pop-up"),
    ("popover", "pop-up"),
    ("hovercard", "pop-up"),
    ("rollover", "pop-up"),
];

/// The reason given for customer reviews, which go only from a product's page.
pub(crate) const REVIEWS: &str = "customer reviews";

/// The reason given for comments.
pub(crate) const COMMENTS: &str = "comments";

/// The reason given for what a forum shows beside a post about its poster.
const POSTER: &str = "poster details";

/// Two-word marks: ("more", "stories") in `more-stories`, ("author", "box"),
/// ("next", "prev") in `next-prev` (links to the neighbouring articles) ...
const PAIRS: &[(&str, &str, &str)] = &[
    ("more", "stories", "related stories"),
    ("more", "articles", "related stories"),
    ("more", "news", "related stories"),
    ("read", "more", "related stories"),
    ("you", "may", "related stories"),
    ("author", "box", "author box"),
    ("author", "bio", "author box"),
    ("author", "info", "author box"),
    ("about", "author", "author box"),
    // XenForo's `message-userTitle`, `message-userExtras`, and kin.
    ("user", "title", POSTER),
    ("user", "extras", POSTER),
    ("user", "banner", POSTER),
    ("user", "info", POSTER),
    ("user", "details", POSTER),
    ("user", "stats", POSTER),
    ("tag", "list", "tag cloud"),
    ("tag", "cloud", "tag cloud"),
    ("sign", "up", "newsletter/paywall"),
    ("next", "prev", "navigation"),
    ("prev", "next", "navigation"),
    ("next", "previous", "navigation"),
    ("previous", "next", "navigation"),
    // Hidden on phones (`elementor-hidden-mobile`, `hidden-phone`,
    // `hide-mobile`, Bootstrap 3's `hidden-xs`): a sidebar, a contact form,
    // a testimonial, shown beside the content only where there is room.
    ("hidden", "mobile", DESKTOP_ONLY),
    ("hidden", "phone", DESKTOP_ONLY),
    ("hide", "mobile", DESKTOP_ONLY),
    ("mobile", "hidden", DESKTOP_ONLY),
    ("hidden", "xs", DESKTOP_ONLY),
    // Left off the printed page (`d-print-none`, `hidden-print`, `no-print`).
    ("print", "none", NOT_PRINTED),
    ("hidden", "print", NOT_PRINTED),
    ("no", "print", NOT_PRINTED),
    ("print", "hidden", NOT_PRINTED),
    ("not", "print", NOT_PRINTED),
];

/// Why an element marked `data-nosnippet` goes: the site asks search
/// engines never to quote it, as it does for its notices, menus and
/// disclaimers. A paywalled article so marked is most of its page, and the
/// guard keeps it.
const NO_SNIPPET: &str = "marked data-nosnippet (not for quoting)";

/// Why an element the page's print style leaves out goes: a site prints
/// its article, and leaves off its menus, share bars and players.
const NOT_PRINTED: &str = "not printed";

/// Why an element hidden on phones goes: it stands beside the content on
/// wide screens; the content itself is shown on every screen. (Only the
/// older, explicit classes count: a utility pair such as `d-none d-md-block`
/// or `hidden md:flex` lays out one page two ways as often, and was measured
/// to lose content.)
const DESKTOP_ONLY: &str = "desktop only (hidden on phones)";

impl DomFilter for BoilerplateContainers {
    fn name(&self) -> &str {
        "boilerplate"
    }

    fn verdict(&self, el: &Element) -> Option<&'static str> {
        // rel="tag" and rel="category" mark tag and category links (a microformat).
        if el.name() == "a"
            && attr(el, "rel").is_some_and(|r| {
                r.split_whitespace().any(|x| x.eq_ignore_ascii_case("tag") || x.eq_ignore_ascii_case("category"))
            })
        {
            return Some("tag cloud");
        }
        if el.name() == "a" && attr(el, "href").is_some_and(is_share_link) {
            return Some(SHARE_LINK);
        }
        if el.name() == "form" && attr(el, "method").is_some_and(|m| m.trim().eq_ignore_ascii_case("post")) {
            return Some(REPLY_FORM);
        }
        if attr(el, "data-nosnippet").is_some() {
            return Some(NO_SNIPPET);
        }
        let mut reason = None;
        // On a link or a heading, "header" names a style ("header-500", "section-header"), not the page's header.
        let styled = matches!(el.name(), "a" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6");
        // The previous token, for pairs; on the stack, as tokens are short.
        let mut prev = [0u8; 32];
        let mut prev_len = 0;
        name_tokens(el, |t| {
            let p = std::str::from_utf8(&prev[..prev_len]).unwrap_or("");
            // "has-sidebar", "and-w-sidebar", "no-comments": a layout that holds or lacks the thing.
            let modified = matches!(p, "has" | "with" | "w" | "and" | "no" | "without" | "show" | "hide");
            if let Some(why) = WORD_MAP.get(t).filter(|&&why| !(modified || (styled && why == HEADER))) {
                reason = Some(*why);
                return true;
            }
            let pairs: &FxHashMap<(&str, &str), &'static str> = &PAIR_MAP;
            if let Some(why) = pairs.get(&(p, t)) {
                reason = Some(*why);
                return true;
            }
            prev_len = if t.len() <= prev.len() { t.len() } else { 0 };
            prev[..prev_len].copy_from_slice(&t.as_bytes()[..prev_len]);
            false
        });
        reason
    }

    /// A share link with more text than a button is a quote of the article;
    /// a "caption" of more than [`CAPTION_MAX`] characters is a section, and
    /// one with a heading a card; a share bar with prose in it a section, and
    /// an embedded social post a quote.
    fn spares(&self, el: &Element, why: &str, i: usize, sizes: &SubtreeText) -> bool {
        (why == REPLY_FORM && (!sizes.holds_text_box(i) || sizes.holds_h1(i)))
            || (why == SHARE_LINK && sizes.visible[i] > SHARE_BUTTON_MAX)
            || (why == CAPTION && (sizes.visible[i] > CAPTION_MAX || sizes.holds_heading(i)))
            || (why == SOCIAL
                && (sizes.in_long_runs(i) >= SOCIAL_PROSE || name_tokens(el, |t| matches!(t, "embed" | "embedded"))))
            || (why == HEADER && (sizes.after_h1(i) || (sizes.holds_h1(i) && sizes.in_long_runs(i) >= HEADER_PROSE)))
    }
}

#[cfg(test)]
mod tests {
    use crate::html::tests::text_of;

    const STORY: &str = "<p>The council approved the new bridge on Monday, after a long debate about its cost.</p>";

    #[test]
    fn a_header_with_the_title_and_a_standfirst_is_the_articles() {
        let dek =
            "<p>Fetch gives a script a promise-based interface for making requests and reading their responses.</p>";
        let html = format!(
            "<body><div class=\"site-header\"><a href=/>Docs</a></div><main><div class=\"layout__header\">\
             <h1>Using fetch</h1>{dek}</div>{STORY}{STORY}{STORY}{STORY}{STORY}{STORY}</main></body>"
        );
        let text = text_of(&html);
        assert!(text.starts_with("Using fetch\n\nFetch gives") && !text.contains("Docs"), "{text}");
        // Without prose under its heading, a header is the site's.
        let html =
            format!("<body><div class=\"header\"><h1>The Daily</h1><a href=/>Home</a></div>{STORY}{STORY}</body>");
        assert!(!text_of(&html).contains("The Daily"));
        let html = format!(
            "<body><div class=\"header\"><h1>The Daily</h1><p>News you can use, every day.</p></div>{STORY}{STORY}</body>"
        );
        assert!(!text_of(&html).contains("The Daily"));
    }

    #[test]
    fn what_phones_never_show_goes_unless_it_holds_the_content() {
        let aside = "<div class=\"elementor-element elementor-hidden-tablet elementor-hidden-mobile\">\
                     <h3>Contact us</h3><p>Let us help! Call us or fill out this quick form today.</p></div>";
        let html = format!("<body><div class=row><div class=col>{STORY}{STORY}{STORY}</div>{aside}</div></body>");
        let text = text_of(&html);
        assert!(text.contains("new bridge") && !text.contains("Let us help"), "{text}");
        for class in ["hidden-xs sidebar-box", "hide-mobile", "widget hidden-phone"] {
            let html = format!("<body>{STORY}{STORY}<div class=\"{class}\"><p>Let us help! Call us.</p></div></body>");
            assert!(!text_of(&html).contains("Let us help"), "{class}");
        }
        // The article itself, classed so by a careless template, stays.
        let html = format!("<body><div class=\"post hidden-mobile\">{STORY}{STORY}{STORY}</div><p>Footer.</p></body>");
        assert!(text_of(&html).contains("new bridge"));
        // "visible-mobile" is shown on phones.
        let html = format!("<body>{STORY}<div class=\"visible-mobile\"><p>Let us help! Call us.</p></div></body>");
        assert!(text_of(&html).contains("Let us help"));
    }

    #[test]
    fn what_the_page_does_not_print_goes_unless_it_holds_the_content() {
        for class in ["article-interaction d-flex d-print-none", "noprint", "hidden-print", "no-print video"] {
            let html = format!(
                "<body><div class=post>{STORY}{STORY}<div class=\"{class}\"><p>Video transcript: music playing.</p></div></div></body>"
            );
            let text = text_of(&html);
            assert!(text.contains("new bridge") && !text.contains("transcript"), "{class}: {text}");
        }
        // "print-friendly", "printable": a page laid out for print, shown on screens too.
        let html = format!("<body><div class=\"printable\">{STORY}</div><div class=\"print-friendly\"><p>Video transcript.</p></div></body>");
        assert!(text_of(&html).contains("transcript"));
        // The article itself, classed so by a careless template, stays.
        let html = format!("<body><div class=\"post d-print-none\">{STORY}{STORY}{STORY}</div><p>Footer.</p></body>");
        assert!(text_of(&html).contains("new bridge"));
    }

    #[test]
    fn what_search_engines_may_not_quote_goes_unless_it_is_the_article() {
        let html = format!(
            "<body><div class=post>{STORY}{STORY}<div data-nosnippet><p>Prices shown are in US dollars.</p></div></div></body>"
        );
        let text = text_of(&html);
        assert!(text.contains("new bridge") && !text.contains("Prices shown"), "{text}");
        // A paywalled article so marked is the page, and stays.
        let html = format!("<body><div data-nosnippet>{STORY}{STORY}{STORY}</div><p>Footer.</p></body>");
        assert!(text_of(&html).contains("new bridge"));
    }

    /// The site's header comes before the page's title; one after it heads a section of the page.
    #[test]
    fn a_header_after_the_title_heads_a_section() {
        let section = "<div class=\"component-header\"><p>What is the difference between a hybrid and an EV? \
                       A hybrid blends a gas engine and a small battery.</p></div>";
        let html = format!(
            "<body><div class=\"site-header\"><a href=/>Cars</a> <a href=/guides>Guides</a></div>\
             <div><h1>Buying guide</h1>{STORY}{section}{STORY}</div></body>"
        );
        let text = text_of(&html);
        assert!(text.contains("A hybrid blends") && !text.contains("Guides"), "{text}");
    }

    /// A manual's section takes its id from its heading; one about sharing is
    /// still the manual. An embedded post is the article's quote.
    #[test]
    fn a_section_named_for_sharing_by_its_heading_stays() {
        let prose = "<p>FOR SHARE behaves like FOR NO KEY UPDATE, except that it acquires a shared lock \
                     rather than an exclusive lock on each retrieved row.</p>";
        let section = format!("<div class=\"refsect2\" id=\"SQL-FOR-UPDATE-SHARE\"><h3>The Locking Clause</h3>{prose}{prose}{prose}</div>");
        // Under the share of the page the guard spares.
        let html = format!("<body><div id=docContent>{}{section}</div></body>", STORY.repeat(12));
        assert!(text_of(&html).contains("The Locking Clause\n\nFOR SHARE behaves"), "{}", text_of(&html));
        // A share bar, even with a one-line quote to tweet, goes.
        let bar = "<div class=\"social-share\"><p>The council approved the new bridge after a long debate, \
                   said the mayor.</p><a href=/t>Tweet</a></div>";
        assert!(!text_of(&format!("<body><div>{STORY}{STORY}{bar}</div></body>")).contains("said the mayor"));
        // A post the article quotes, embedded, stays.
        let post = "<div class=\"social-media-embed\"><blockquote class=\"twitter-tweet\"><p>The whole point \
                    of this campaign is to raise awareness.</p>— The Governor</blockquote></div>";
        let text = text_of(&format!("<body><div>{}{post}{STORY}</div></body>", STORY.repeat(8)));
        assert!(text.contains("The whole point of this campaign"), "{text}");
    }

    #[test]
    fn drops_boilerplate_by_whole_words() {
        for div in [
            "<div class=\"share-bar\">Share on Facebook</div>",
            "<div id=\"topAd\">Buy now</div>",
            "<div class=\"related-posts\">Other story</div>",
            "<div class=\"more-stories\">Other story</div>",
            "<div class=\"newsletter signup\">Join us</div>",
            "<div id=\"cookie-consent\">We use cookies</div>",
            "<section class=\"comments\">First!</section>",
            "<div class=\"author-box\">About the author</div>",
            "<ul class=\"tag-cloud\"><li>news</li></ul>",
            "<div class=\"site-header\">The Daily Paper</div>",
            "<div class=\"grid-container next-prev\"><p>Next story</p><p>The mayor opens a park</p></div>",
            "<div class=\"post-prev-next\"><p>Previous story</p><p>Rain all weekend</p></div>",
            "<span class=\"rollover-people-block\"><a href=/p/1>Jane Doe</a><a href=/s/2>Her latest story</a></span>",
            "<div class=\"hovercard\">Jane Doe, 1,200 followers</div>",
            "<div class=\"popover\">Install our app</div>",
            "<div id=\"sig361\" class=\"signature\">Sent from the lake. My other car is a boat.</div>",
            "<div class=\"werbung\">Jetzt günstig Strom wechseln</div>",
            "<div class=\"bloc-publicite\">Offre spéciale</div>",
            "<div class=\"teilen-leiste\"><a href=/x>Facebook</a> <a href=/y>WhatsApp</a></div>",
            "<ul class=\"xiangguan-list\"><li><a href=/a>上海股市收涨</a></li></ul>",
            "<div class=\"noticias-relacionadas\"><a href=/a>El Gobierno aprueba el presupuesto</a></div>",
            "<div class=\"guanggao\">特价机票</div>",
        ] {
            assert_eq!(text_of(&format!("<body><div>{STORY}</div>{div}</body>")), STORY[3..STORY.len() - 4], "{div}");
        }
    }

    /// A form that posts what is typed in its box is a reply form; one
    /// without a box, or one that holds the page's heading, is not.
    #[test]
    fn drops_reply_forms_but_not_pages_built_as_one_form() {
        let reply = "<form method=\"post\" action=\"/answer\"><h2>Your Answer</h2><textarea name=body></textarea>\
                     <h3>Post as a guest</h3><p>Required, but never shown</p></form>";
        assert_eq!(text_of(&format!("<body><div>{STORY}</div>{reply}</body>")), STORY[3..STORY.len() - 4]);
        // A form without a box to write in (a newsletter's address field is an input) is left to the other rules.
        let filter = "<form method=\"post\"><p>Filter the results by the year they were published in</p><select></select></form>";
        assert!(text_of(&format!("<body><div>{STORY}</div>{filter}</body>")).contains("Filter the results"));
        // ASP.NET wraps the whole page in one form that posts.
        let page = format!(
            "<body><form method=\"post\"><h1>The bridge</h1><div>{STORY}</div><textarea></textarea></form></body>"
        );
        assert!(text_of(&page).contains("The council approved"));
    }

    /// A forum's posts keep their text; the poster's rank, join date and post count beside each go.
    #[test]
    fn drops_poster_details_beside_forum_posts() {
        let post = "<div class=\"content\">The firmware update fixed the battery drain for me after two days.</div>";
        for details in [
            "<dl class=\"postprofile\"><dt>rosa_k</dt><dd>Senator</dd><dd><strong>Joined:</strong> Dec 11, 2021</dd></dl>",
            "<div class=\"message-userDetails\"><h4 class=\"message-userTitle\">Well-known member</h4></div>\
             <div class=\"message-userExtras\"><dl><dt>Joined</dt><dd>Mar 3, 2019</dd></dl></div>",
            "<div class=\"user-info\">Posts: 4,032 · Reputation: 118</div>",
        ] {
            let html = format!("<body><article>{details}{post}</article><article>{details}{post}</article></body>");
            let text = text_of(&html);
            assert!(text.contains("fixed the battery drain"), "{details}: {text}");
            for gone in ["Senator", "Joined", "Well-known", "Posts:"] {
                assert!(!text.contains(gone), "{details}: {text}");
            }
        }
    }

    #[test]
    fn whole_words_only() {
        for class in [
            "add-to-list",
            "shadow",
            "gradient",
            "download",
            "loaded",
            "headline",
            "readme",
            "and-w-sidebar",
            "has-comments",
            "user-content",
        ] {
            let html = format!("<body><div class=\"{class}\">{STORY}</div></body>");
            assert_eq!(text_of(&html), STORY[3..STORY.len() - 4], "{class}");
        }
    }

    #[test]
    fn a_caption_goes_but_a_section_classed_as_one_stays() {
        let caption = "<div class=\"image-caption\">The bridge at dusk. Photo: J. Smith</div>";
        assert_eq!(text_of(&format!("<body><div>{STORY}{caption}</div></body>")), STORY[3..STORY.len() - 4]);
        // Over 600 characters, and too little of the page for the guard to spare it.
        let (story, section) = (STORY.repeat(20), format!("<div class=\"feature-caption\">{}</div>", STORY.repeat(10)));
        assert_eq!(text_of(&format!("<body><div>{story}{section}</div></body>")).matches("The council").count(), 30);
        // A shop's cards, each a "caption" under its picture with the product's name in a heading.
        let card = |name: &str| {
            format!(
                "<li><img src=/a.jpg><div class=\"product-caption\"><h3><a href=/p>{name}</a></h3>\
                 <div>The {name} is a sturdy canvas bag for the road.</div></div></li>"
            )
        };
        let html = format!("<body><ul>{}{}{}</ul></body>", card("Gear Bag"), card("Wash Bag"), card("Tool Roll"));
        let text = text_of(&html);
        assert!(text.contains("Wash Bag\n\nThe Wash Bag is a sturdy") && text.contains("Tool Roll"), "{text}");
    }

    #[test]
    fn a_header_class_on_a_link_or_heading_is_a_style() {
        let html = format!(
            "<body><div>{STORY}<h2 class=\"section-header\">The vote</h2>{STORY}\
             <p><a class=\"header-500\" href=\"/bridge\">Bridge plan</a> in full.</p></div></body>"
        );
        let text = text_of(&html);
        assert!(text.contains("The vote") && text.contains("Bridge plan in full."), "{text}");
    }

    #[test]
    fn a_headings_id_is_its_anchor_not_its_name() {
        let html = format!(
            "<body><div>{STORY}<h3 id=\"Invalid_PGP_signature\">Invalid PGP signature</h3>{STORY}\
             <h2 id=\"comments\">Comments on the draft</h2>{STORY}</div></body>"
        );
        let text = text_of(&html);
        assert!(text.contains("Invalid PGP signature") && text.contains("Comments on the draft"), "{text}");
    }

    #[test]
    fn a_css_module_hash_makes_no_words() {
        for class in ["mdx-table_root__adKqa", "AccordionTextItem_item__adF2E", "Table_root__ad3kd"] {
            // A quarter of the page: too little for the guard to spare it.
            let html = format!("<body><div class=\"{class}\">{STORY}</div><div>{STORY}{STORY}{STORY}</div></body>");
            assert_eq!(text_of(&html).matches("The council").count(), 4, "{class}");
        }
        // A BEM element is a word.
        let html = format!("<body><div>{STORY}</div><div class=\"card__share\">Share on Facebook</div></body>");
        assert!(!text_of(&html).contains("Facebook"));
    }

    #[test]
    fn drops_tag_links() {
        let html = format!("<body><div>{STORY}<p><a rel=\"tag\" href=/t/a>bridges</a> <a rel=\"category tag\" href=/c>city</a></p></div></body>");
        assert_eq!(text_of(&html), STORY[3..STORY.len() - 4]);
    }

    #[test]
    fn drops_links_to_share_endpoints_whatever_their_label() {
        let buttons = "<div><a href=\"whatsapp://send?text=Bridge\">Zap</a> \
                       <a href=\"https://www.facebook.com/sharer/sharer.php?u=x\">Mandar</a> \
                       <a href=\"https://twitter.com/intent/tweet?url=x\">Pio</a> \
                       <a href=\"mailto:?subject=Bridge\">Correio</a></div>";
        let html = format!("<body><div>{buttons}{STORY}</div></body>");
        assert_eq!(text_of(&html), STORY[3..STORY.len() - 4]);
        // A link to a profile or a page on the network is not a share button.
        let profile = "<p>Follow <a href=\"https://twitter.com/council\">the council</a> for the vote.</p>";
        let html = format!("<body><div>{STORY}{profile}</div></body>");
        assert!(text_of(&html).ends_with("Follow the council for the vote."), "{}", text_of(&html));
        // A "click to tweet" quote links to a share endpoint but is the article's sentence.
        let quote = "<p><a href=\"https://twitter.com/intent/tweet?text=x\">The bridge will carry forty thousand cars a day. Click to tweet</a></p>";
        let html = format!("<body><div>{STORY}{quote}{STORY}</div></body>");
        assert!(text_of(&html).contains("forty thousand cars"), "{}", text_of(&html));
    }

    #[test]
    fn never_drops_most_of_the_page() {
        let html = format!("<body><div class=\"comments\">{STORY}{STORY}</div><p>Short note here.</p></body>");
        assert!(text_of(&html).contains("The council approved"));
    }
}
