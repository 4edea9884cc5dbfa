//! Drops page furniture: navigation, site header and footer, asides, and
//! the landmark roles that mark them (`navigation`, `banner`, `contentinfo`,
//! `complementary`, `search`, menus and dialogs).
//!
//! Before: `<nav>Home | News</nav><main><p>Story.</p></main><footer>© 2024</footer>`
//! After: `Story.`

use scraper::node::Element;

use super::dom::attr;
use super::DomFilter;

/// Drops navigation, headers, footers and asides; see the [module docs](self).
#[derive(Debug, Clone, Copy, Default)]
pub struct PageFurniture;

const TAGS: &[&str] = &["nav", "aside", "footer", "header", "menu"];

const ROLES: &[&str] = &[
    "navigation",
    "banner",
    "contentinfo",
    "complementary",
    "search",
    "menu",
    "menubar",
    "dialog",
    "alertdialog",
    "tooltip",
    "toolbar",
];

impl DomFilter for PageFurniture {
    fn name(&self) -> &str {
        "page_furniture"
    }

    fn verdict(&self, el: &Element) -> Option<&'static str> {
        if TAGS.contains(&el.name()) {
            return Some("navigation, header, footer or aside");
        }
        let role = attr(el, "role")?;
        role.split_whitespace()
            .any(|r| ROLES.iter().any(|x| x.eq_ignore_ascii_case(r)))
            .then_some("landmark role of page furniture")
    }
}

#[cfg(test)]
mod tests {
    use crate::html::tests::text_of;

    #[test]
    fn drops_furniture() {
        let html = "<body><header><a href=/>Site</a></header><nav><a href=/a>Home</a></nav>\
                    <div role=\"navigation\">Menu</div><main><p>The story is here and it is long enough.</p></main>\
                    <aside>Popular now</aside><footer>© 2024</footer></body>";
        assert_eq!(text_of(html), "The story is here and it is long enough.");
    }
}
