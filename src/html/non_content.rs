//! Drops elements that never hold content: scripts, styles, embedded media
//! and their captions, form controls, and anything hidden (`hidden`, `aria-hidden="true"`, inline
//! `display:none` or `visibility:hidden`, or moved a thousand pixels off the
//! page, as in `left:-9999px`) unless it is prose: a hidden
//! element of 200 visible characters or more, mostly outside links and in
//! long runs (or of 1,000 or more in short ones, as code and tables are,
//! without the fields of a form), is a
//! closed tab, accordion or "read more" section of the page and stays, while
//! hidden menus, pop-ups and notices go. A panel that says it is a tab's or
//! an accordion's (`role="tabpanel"`, `tab-pane`, `accordion`, `collapse`)
//! stays from 100 visible characters, mostly outside links: an answer of a
//! few short lines. A hidden `itemscope` block goes however long: that is
//! schema.org metadata, often a second copy of
//! the article for search engines. A hidden element that holds more than
//! half of the page's text, or more than a third and its first `<h1>`, is
//! the page itself, hidden until a script shows it (an anti-flicker
//! wrapper, a members-only lock), and stays too. The text of a script or a
//! style inside counts for none of this. A modal dialog (`aria-modal="true"`,
//! or `role="dialog"` or `alertdialog` unless `aria-modal="false"` and shown)
//! goes however long it is: a privacy policy, a size guide or a cookie
//! centre a click opens over the page, never the page, unless it holds the
//! page's first `<h1>`. A `<noscript>` block is dropped when
//! it is short (an "enable JavaScript" notice, a tracking pixel); a long one is
//! the page as served without scripts (Discourse forums do this) and stays.
//!
//! An element a CSS framework's class hides at every screen width (`hidden`,
//! `d-none`, `is-hidden`) or keeps for screen readers alone (`sr-only`,
//! `visually-hidden`, `screen-reader-text`, `element-invisible`,
//! `off-screen`) goes when it is short: a tooltip,
//! "Skip to content", "Regular price", "Rated 4 out of 5 stars". With 200
//! visible characters or more it stays: scripts show such a block as a tab or
//! a carousel, and a class says less than an attribute or a style.
//!
//! Before: `<p>Text.</p><script>track()</script><div hidden>Promo</div>`
//! After: `Text.`

use scraper::node::Element;

use super::dom::attr;
use super::{DomFilter, SubtreeText};

/// The reason given for hidden elements; hidden prose (200+ visible
/// characters, mostly outside links, mostly in long runs) is spared.
pub(crate) const HIDDEN: &str = "hidden (attribute, aria-hidden or inline style)";

/// The reason given for elements a framework's class hides; any with
/// [`CLASS_HIDDEN_CONTENT`] visible characters or more is spared.
const HIDDEN_BY_CLASS: &str = "hidden (class)";

/// The reason given for modal dialogs: closed until a click opens them over
/// the page, whatever their size; one that holds the page's first `<h1>` is
/// the page itself and is spared.
const MODAL: &str = "modal dialog, shown over the page when opened";

/// Roles of dialogs shown over the page.
const MODAL_ROLES: &[&str] = &["dialog", "alertdialog"];

/// Visible characters from which an element hidden by its class is content
/// that scripts show (a tab, a carousel's data), not a tooltip or a label.
const CLASS_HIDDEN_CONTENT: usize = 200;

/// Drops non-content elements; see the [module docs](self).
#[derive(Debug, Clone, Copy, Default)]
pub struct NonContent;

const TAGS: &[&str] = &[
    "script", "style", "template", "svg", "canvas", "iframe", "object", "embed", "head", "meta", "link", "button",
    "input", "select", "textarea", "option", "datalist", "dialog", "map", "audio", "video", "source", "track", "math",
    "picture", "img", "label",
];

/// Microdata properties that carry machine-readable values, never text for a reader.
const METADATA_PROPS: &[&str] = &[
    "datePublished",
    "dateModified",
    "dateCreated",
    "uploadDate",
    "keywords",
    "thumbnailUrl",
    "width",
    "height",
    "logo",
    "url",
    "image",
    "publisher",
    "wordCount",
    "copyrightYear",
    "inLanguage",
    "contentUrl",
    "embedUrl",
];

fn hidden_by_style(style: &str) -> bool {
    let compact: String = style.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_ascii_lowercase();
    compact.contains("display:none") || compact.contains("visibility:hidden") || off_screen(&compact)
}

/// Class names that CSS frameworks hide an element with: `hidden`
/// (Bootstrap 3, Tailwind, Foundation), `d-none` (Bootstrap 4 and 5),
/// `is-hidden` (Bulma), and the screen-reader-only classes (`sr-only`,
/// `visually-hidden`, WordPress's `screen-reader-text`, Drupal's
/// `element-invisible`, `off-screen`), whose text no sighted reader sees.
const HIDDEN_CLASSES: &[&str] = &[
    "hidden",
    "d-none",
    "is-hidden",
    "sr-only",
    "visually-hidden",
    "visuallyhidden",
    "screen-reader-text",
    "off-screen",
    "offscreen",
    "element-invisible",
    "screen-reader-only",
];

/// Whether the `class` attribute hides the element ([`HIDDEN_CLASSES`]) at
/// every screen width: a responsive class beside it (`hidden md:block`,
/// `d-none d-lg-flex`, `hidden visible-lg`) shows it on some screens, so it
/// does not count.
fn hidden_by_class(class: &str) -> bool {
    let mut hidden = false;
    for token in class.split_ascii_whitespace() {
        if HIDDEN_CLASSES.iter().any(|h| token.eq_ignore_ascii_case(h)) {
            hidden = true;
        } else if token.contains(':')
            || token.starts_with("d-")
            || token.starts_with("visible")
            || token.starts_with("show")
        {
            return false;
        }
    }
    hidden
}

/// Whether a compacted, lower-cased inline style moves the element a
/// thousand pixels or more off the page (`left:-9999px`, `text-indent:-9999px`):
/// the old trick for text that screen readers or search engines get and
/// readers do not.
fn off_screen(style: &str) -> bool {
    style.split(';').any(|decl| {
        let Some((prop, value)) = decl.split_once(':') else { return false };
        let Some(px) = value.strip_prefix('-').and_then(|v| v.strip_suffix("px").or(v.strip_suffix("px!important")))
        else {
            return false;
        };
        matches!(prop, "left" | "top" | "right" | "text-indent" | "margin-left" | "margin-top")
            && px.split('.').next().and_then(|n| n.parse::<u64>().ok()).is_some_and(|n| n >= 1000)
    })
}

impl DomFilter for NonContent {
    fn name(&self) -> &str {
        "non_content"
    }

    fn verdict(&self, el: &Element) -> Option<&'static str> {
        let name = el.name();
        if TAGS.contains(&name) {
            return Some("never content (script, style, media, form control)");
        }
        if attr(el, "itemprop").is_some_and(|p| p.split_whitespace().all(|p| METADATA_PROPS.contains(&p))) {
            return Some("microdata value, kept in the metadata");
        }
        if name == "figcaption" {
            return Some("figure caption");
        }
        if name == "noscript" {
            return Some("noscript fallback");
        }
        let is = |name: &str, value: &str| attr(el, name).is_some_and(|v| v.trim().eq_ignore_ascii_case(value));
        let hidden = attr(el, "hidden").is_some() || is("aria-hidden", "true");
        // A dialog is modal unless it says it is not (a drawer or sheet in the
        // page), and then only while it is shown.
        let dialog = attr(el, "role")
            .is_some_and(|r| r.split_whitespace().any(|r| MODAL_ROLES.iter().any(|m| r.eq_ignore_ascii_case(m))));
        if is("aria-modal", "true") || (dialog && (hidden || !is("aria-modal", "false"))) {
            return Some(MODAL);
        }
        if hidden {
            return Some(HIDDEN);
        }
        if attr(el, "style").is_some_and(hidden_by_style) {
            return Some(HIDDEN);
        }
        if attr(el, "class").is_some_and(hidden_by_class) {
            return Some(HIDDEN_BY_CLASS);
        }
        None
    }

    fn guarded(&self) -> bool {
        false
    }

    /// A script, a form control or hidden text inside code is no more the
    /// page's text than anywhere else.
    fn enters_code(&self) -> bool {
        true
    }

    /// A long `<noscript>` is the page as served without scripts; hidden
    /// prose is a closed tab, and a hidden element that is most of the page
    /// is the page waiting for a script, unless either is a schema.org
    /// `itemscope` copy.
    fn spares(&self, el: &Element, why: &str, i: usize, sizes: &SubtreeText) -> bool {
        (el.name() == "noscript" && sizes.visible[i] >= NOSCRIPT_CONTENT)
            || (why == HIDDEN
                && (sizes.hidden_prose(i)
                    || sizes.page_itself(i)
                    || (is_disclosure_panel(el) && sizes.hidden_panel(i)))
                && attr(el, "itemscope").is_none())
            || (why == MODAL && sizes.holds_h1(i))
            || (why == HIDDEN_BY_CLASS && sizes.visible[i] >= CLASS_HIDDEN_CONTENT)
    }
}

/// Whether a text node's `text` is serialized data, not text: a JSON object
/// or array of 200 characters or more, holding keys (`":`, three or more)
/// and minified: under one white space character in 50, or under two for
/// each key (string values with spaces in them, such as product titles,
/// still leave far fewer than a layout's line break, indent and space after
/// each key). Pages keep the state of their widgets so, in an element a
/// class of their own framework hides ("aok-hidden"). A JSON example in a
/// manual is laid out, and stays.
pub(crate) fn is_data_blob(text: &str) -> bool {
    let t = text.trim();
    let (Some(first), Some(last)) = (t.bytes().next(), t.bytes().next_back()) else { return false };
    if t.len() < 200 || !matches!(first, b'{' | b'[') || !matches!(last, b'}' | b']') {
        return false;
    }
    let keys = t.matches("\":").count();
    let spaces = t.bytes().filter(u8::is_ascii_whitespace).count();
    keys >= 3 && (spaces * 50 < t.len() || spaces < keys * 2)
}

/// Whether `el` is a panel the reader opens in place: a tab's panel
/// (`role="tabpanel"`, `tab-pane`, `tab__content`) or an accordion's
/// (`accordion`, `collapse`). Its text is the page's, shown a part at a time.
fn is_disclosure_panel(el: &Element) -> bool {
    if attr(el, "role").is_some_and(|r| r.trim().eq_ignore_ascii_case("tabpanel")) {
        return true;
    }
    let mut prev_tab = false;
    super::dom::name_tokens(el, |t| {
        let hit = matches!(t, "accordion" | "collapse" | "tabpanel")
            || (prev_tab && matches!(t, "pane" | "panel" | "content" | "contents"));
        prev_tab = matches!(t, "tab" | "tabs" | "tabbed");
        hit
    })
}

/// Visible characters from which a `<noscript>` block is content, not a notice.
const NOSCRIPT_CONTENT: usize = 200;

#[cfg(test)]
mod tests {
    use crate::html::tests::text_of;

    #[test]
    fn drops_non_content() {
        let html = "<body><p>Text.</p><script>x()</script><style>p{}</style><noscript>js</noscript>\
                    <template><p>t</p></template><svg><text>s</text></svg><iframe></iframe><form><input value=v>\
                    <button>Go</button></form><div hidden>h</div><div aria-hidden=\"true\">a</div>\
                    <div style=\"display: none\">d</div><div style=\"visibility:hidden\">v</div>\
                    <div style=\"position:absolute; top:0; left:-9999px;\"><a href=/x>Free themes</a></div>\
                    <p style=\"text-indent: -10000px\">Logo</p></body>";
        assert_eq!(text_of(html), "Text.");
    }

    #[test]
    fn serialized_data_goes_unless_shown_as_code() {
        let state = format!(
            "{{\"painterId\":\"Grid\",\"asins\":[{}\"B0\"],\"title\":\"Headphones\"}}",
            "\"B0CXGXT6W8\",".repeat(20)
        );
        let story = "<p>The council approved the new bridge on Monday after a long debate.</p>";
        let html = format!("<body>{story}<div class=\"grid-state aok-hidden\">{state}</div></body>");
        assert_eq!(text_of(&html), "The council approved the new bridge on Monday after a long debate.");
        let html = format!("<body>{story}<pre><code>{state}</code></pre></body>");
        assert!(text_of(&html).contains("painterId"));
        // Laid out, it is an example to read.
        let laid_out = state.replace(',', ",\n  ");
        let html = format!("<body>{story}<div>{laid_out}</div></body>");
        assert!(text_of(&html).contains("painterId"));
        // Minified, with titles holding spaces (one in 37 characters here): under two spaces a key.
        let item = "{\"id\":\"gid://shop/Product/82\",\"title\":\"Black Long Resistance Bands Set with Handles\",\"price\":\"99.97\"},";
        let widget = format!("{{\"layout\":2,\"buttonText\":\"Buy now\",\"products\":[{}{{}}]}}", item.repeat(6));
        let spaces = widget.bytes().filter(u8::is_ascii_whitespace).count();
        assert!(spaces * 50 > widget.len(), "{spaces} spaces in {}", widget.len());
        let html = format!("<body>{story}<div style=\"display:none\">{widget}</div></body>");
        assert_eq!(text_of(&html), "The council approved the new bridge on Monday after a long debate.");
    }

    #[test]
    fn a_closed_tab_or_accordion_panel_is_content_unless_it_is_links() {
        let story = "<p>The council approved the new bridge on Monday after a long debate.</p>".repeat(4);
        let answer =
            "<ul><li>Road: lighter shoes for speed on pavement</li><li>Trail: grip and a rock plate for the roots</li>\
                      <li>Track: spikes for the oval and the indoor season</li></ul>";
        for panel in [
            "<div class=\"cdr-accordion__content cdr-accordion--closed\" aria-hidden=\"true\">",
            "<div role=\"tabpanel\" hidden>",
            "<div class=\"tab-pane\" style=\"display:none\">",
        ] {
            let html = format!("<body>{story}{panel}{answer}</div></body>");
            assert!(text_of(&html).contains("grip and a rock plate"), "{panel}");
        }
        // A menu folded into an accordion is links.
        let menu =
            "<ul><li><a href=/a>Running shoes for the road</a></li><li><a href=/b>Trail shoes and boots</a></li>\
                    <li><a href=/c>Spikes for the track</a></li></ul>";
        let html = format!("<body>{story}<div class=\"accordion-body\" aria-hidden=\"true\">{menu}</div></body>");
        assert!(!text_of(&html).contains("Trail shoes"));
    }

    #[test]
    fn keeps_hidden_prose() {
        let tab =
            "This closed tab holds a full paragraph of real content about the product, its use and care. ".repeat(3);
        let html = format!("<body><p>Visible text of the page.</p><div hidden><p>{}</p></div></body>", tab.trim());
        assert!(text_of(&html).contains("closed tab holds"));
    }

    #[test]
    fn a_script_inside_a_hidden_panel_does_not_make_it_prose() {
        let script = format!("<script>window.menu = {{{}}};</script>", "\"item\": \"value\", ".repeat(40));
        let html = format!(
            "<body><p>{}</p><div hidden>{script}<p>Your cart is empty.</p></div></body>",
            "Visible text of the page, long enough to be most of it. ".repeat(3).trim()
        );
        assert!(!text_of(&html).contains("cart"));
    }

    #[test]
    fn keeps_the_page_itself_hidden_until_a_script_shows_it() {
        // Short lines, as a product page has: no prose for `hidden_prose`.
        let details = "<p>Size 42, colour black, a leather upper.</p>".repeat(8);
        // An anti-flicker wrapper around nearly everything.
        let html =
            format!("<body><div style=\"visibility:hidden;min-height:100vh\"><h1>Boot</h1>{details}</div></body>");
        assert!(text_of(&html).contains("a leather upper"));
        // A third of the page, with its heading: a members-only lock around the content.
        let menu = "<li><a href=/x>A category of the shop with a long name</a></li>".repeat(4);
        let footer = "Footer text of the shop, its address and its hours. ".repeat(4);
        let html = format!(
            "<body><ul>{menu}</ul><div style=\"display:none\"><h1>Boot</h1>{details}</div>\
             <footer><p>{}</p></footer></body>",
            footer.trim()
        );
        assert!(text_of(&html).contains("a leather upper"));
        // As much without the heading is a hidden pop-up.
        let html = html.replace("<h1>Boot</h1>", "").replace("<body>", "<body><h1>Boot</h1>");
        assert!(!text_of(&html).contains("a leather upper"));
    }

    #[test]
    fn modal_dialogs_go_however_long_unless_they_hold_the_heading() {
        let story = "<h1>Wool runner</h1><p>A light shoe of merino wool, soft and warm, for every day.</p>";
        let policy = "We process personal information for our legitimate purposes of running our business. ".repeat(20);
        let html = |dialog: &str| {
            format!("<body><div class=product>{story}</div><section><div {dialog}><h2>Privacy policy</h2><p>{policy}</p></div></section></body>")
        };
        // Longer than the product, in a modal a link opens: it goes, the product stays.
        for dialog in [
            "role=dialog aria-modal=true",
            "role='dialog'",
            "aria-modal=\"true\"",
            "role=dialog aria-modal=false hidden",
        ] {
            assert_eq!(
                text_of(&html(dialog)),
                "Wool runner\n\nA light shoe of merino wool, soft and warm, for every day.",
                "{dialog}"
            );
        }
        // A drawer that says it is not modal is part of the page.
        assert!(text_of(&html("role=dialog aria-modal=false")).contains("legitimate purposes"));
        // A dialog that holds the page's first heading is the page itself.
        let html = format!("<body><div role=dialog aria-modal=true>{story}<p>{policy}</p></div></body>");
        assert!(text_of(&html).contains("merino wool"));
    }

    #[test]
    fn a_long_hidden_tab_in_short_runs_stays_but_a_hidden_form_step_goes() {
        // A tab of code, highlighted token by token: no run of 60 characters.
        let code = "<span>let</span> <span>client</span> = <span>Client</span>::<span>new</span>(<span>key</span>);\n"
            .repeat(40);
        let html = format!(
            "<body><p>Send a message from any language.</p><div hidden><select><option>Rust</option></select>\
             <pre><code>{code}</code></pre></div></body>"
        );
        assert!(text_of(&html).contains("Client::new(key)"));
        // A later step of a form: labels and fields, as long.
        let step = "<label>Student name</label><input name=n><label>Date of birth</label><input name=d>".repeat(50);
        let intro = "<p>Apply for the programme before the end of March; places are limited.</p>".repeat(20);
        let html = format!("<body>{intro}<div style=\"display:none\"><h3>Step 2 of 6</h3>{step}</div></body>");
        assert!(!text_of(&html).contains("Step 2"));
    }

    #[test]
    fn hidden_schema_org_metadata_goes_however_long() {
        let body =
            "A copy of the story for search engines, as long as the story itself and just as readable. ".repeat(3);
        let html = format!(
            "<body><p>Visible text of the page.</p><div style=\"display:none\" itemscope \
             itemtype=\"http://schema.org/NewsArticle\"><h1 itemprop=name>Headline</h1>\
             <div itemprop=articleBody><p>{}</p></div></div></body>",
            body.trim()
        );
        assert_eq!(text_of(&html), "Visible text of the page.");
    }

    #[test]
    fn drops_short_text_hidden_by_a_class() {
        let html = "<body><p>Visible text of the page.</p><div class='tooltip hidden'>Error rating book.</div>\
                    <span class=sr-only>Regular price</span><a class='screen-reader-text' href=#c>Skip to content</a>\
                    <p class='d-none'>Hidden note</p><p class='is-hidden'>Bulma note</p>\
                    <span class=off-screen>Image copyright</span><span class=element-invisible>(link sends email)</span></body>";
        assert_eq!(text_of(html), "Visible text of the page.");
    }

    #[test]
    fn keeps_text_a_class_hides_on_some_screens_or_at_length() {
        for class in ["hidden md:block", "d-none d-lg-block", "hidden visible-lg", "hidden-xs", "unhidden"] {
            let html =
                format!("<body><p>Visible text of the page.</p><p class='{class}'>Shown on wide screens.</p></body>");
            assert!(text_of(&html).contains("Shown on wide screens."), "{class}");
        }
        // A tab's worth of text that scripts show stays, list items and all.
        let items = "<li>Predict future sales to plan inventory and staffing needs</li>".repeat(5);
        let html = format!("<body><p>Visible text of the page.</p><div class=d-none><ul>{items}</ul></div></body>");
        assert!(text_of(&html).contains("Predict future sales"));
    }

    #[test]
    fn keeps_visible_content() {
        assert_eq!(text_of("<body><p style=\"color:red\">Red text stays here.</p></body>"), "Red text stays here.");
        // Small offsets are layout, not hiding.
        let nudged = "<body><p style=\"margin-left:-20px; left: -1.5px\">Nudged text stays here.</p></body>";
        assert_eq!(text_of(nudged), "Nudged text stays here.");
    }
}
