//! Drops elements that never hold content: scripts, styles, embedded media,
//! form controls, and anything hidden (`hidden`, `aria-hidden="true"`, inline
//! `display:none` or `visibility:hidden`). A `<noscript>` block is dropped when
//! it is short (an "enable JavaScript" notice, a tracking pixel); a long one is
//! the page as served without scripts (Discourse forums do this) and stays.
//!
//! Before: `<p>Text.</p><script>track()</script><div hidden>Promo</div>`
//! After: `Text.`

use scraper::node::Element;

use super::DomFilter;

/// Drops non-content elements; see the [module docs](self).
#[derive(Debug, Clone, Copy, Default)]
pub struct NonContent;

const TAGS: &[&str] = &[
    "script", "style", "template", "svg", "canvas", "iframe", "object", "embed", "head", "meta", "link", "button",
    "input", "select", "textarea", "option", "datalist", "dialog", "map", "audio", "video", "source", "track", "math",
    "picture", "img", "label",
];

fn hidden_by_style(style: &str) -> bool {
    let compact: String = style.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_ascii_lowercase();
    compact.contains("display:none") || compact.contains("visibility:hidden")
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
        if name == "noscript" {
            return Some("noscript fallback");
        }
        if el.attr("hidden").is_some() {
            return Some("hidden attribute");
        }
        if el.attr("aria-hidden").is_some_and(|v| v.trim().eq_ignore_ascii_case("true")) {
            return Some("aria-hidden");
        }
        if el.attr("style").is_some_and(hidden_by_style) {
            return Some("hidden by inline style");
        }
        None
    }

    fn guarded(&self) -> bool {
        false
    }
}

#[cfg(test)]
mod tests {
    use crate::html::tests::text_of;

    #[test]
    fn drops_non_content() {
        let html = "<body><p>Text.</p><script>x()</script><style>p{}</style><noscript>js</noscript>\
                    <template><p>t</p></template><svg><text>s</text></svg><iframe></iframe><form><input value=v>\
                    <button>Go</button></form><div hidden>h</div><div aria-hidden=\"true\">a</div>\
                    <div style=\"display: none\">d</div><div style=\"visibility:hidden\">v</div></body>";
        assert_eq!(text_of(html), "Text.");
    }

    #[test]
    fn keeps_visible_content() {
        assert_eq!(text_of("<body><p style=\"color:red\">Red text stays here.</p></body>"), "Red text stays here.");
    }
}
