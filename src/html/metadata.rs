//! The page's own title and metadata: `<title>`, `<meta>` tags, Open Graph,
//! and JSON-LD (`NewsArticle`, `Article`, `BlogPosting`, `WebPage` ...).

use serde_json::Value;

use super::dom::{attr, Dom};

/// What a page says about itself. Each field is `None` where the page does not say.
///
/// ```
/// let doc = unclutter::html::extract(
///     r#"<html lang="en"><head><title>Bridge approved | City News</title>
///        <meta name="author" content="Jane Doe">
///        <meta property="og:site_name" content="City News">
///        <link rel="canonical" href="https://example.com/bridge"></head>
///        <body><h1>Bridge approved</h1><p>The council voted for the bridge on Monday night.</p></body></html>"#,
/// );
/// assert_eq!(doc.title.as_deref(), Some("Bridge approved"));
/// assert_eq!(doc.author.as_deref(), Some("Jane Doe"));
/// assert_eq!(doc.language.as_deref(), Some("en"));
/// assert_eq!(doc.url.as_deref(), Some("https://example.com/bridge"));
/// assert_eq!(doc.site_name.as_deref(), Some("City News"));
/// assert_eq!(doc.text, "The council voted for the bridge on Monday night.");
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Document {
    /// The page's title, without a trailing site name.
    pub title: Option<String>,
    /// Who wrote it.
    pub author: Option<String>,
    /// When it was published, as the page gives it (usually ISO 8601).
    pub date: Option<String>,
    /// The language of the page (`lang`, `content-language` or `og:locale`).
    pub language: Option<String>,
    /// The canonical URL (`<link rel=canonical>` or `og:url`).
    pub url: Option<String>,
    /// The name of the site.
    pub site_name: Option<String>,
    /// A short description or standfirst.
    pub description: Option<String>,
    /// The main content as clean text, paragraphs separated by blank lines.
    pub text: String,
}

fn set(slot: &mut Option<String>, value: Option<&str>) {
    if slot.is_none() {
        if let Some(v) = value.map(str::trim).filter(|v| !v.is_empty()) {
            *slot = Some(v.to_owned());
        }
    }
}

/// What the metadata says about how to read the page.
#[derive(Debug, Default)]
pub(crate) struct Hints {
    /// The page declares itself an article (Open Graph type or JSON-LD).
    pub article: bool,
    /// The page declares a product for sale (Open Graph type, JSON-LD or microdata).
    pub product: bool,
    /// The page declares a discussion: a forum thread or a question and its
    /// answers (Open Graph type `forum`, JSON-LD or microdata
    /// `DiscussionForumPosting` or `QAPage`), whose replies are its content.
    pub discussion: bool,
}

/// JSON-LD types that declare an article.
const ARTICLE_TYPES: &[&str] = &["Article", "BlogPosting", "Report", "NewsArticle", "Posting", "Review"];

/// Schema.org types that declare a discussion.
const DISCUSSION_TYPES: &[&str] = &["DiscussionForumPosting", "QAPage"];

/// Reads the metadata of the page. The text is left empty.
pub(crate) fn read(dom: &Dom<'_>) -> (Document, Hints) {
    let mut doc = Document::default();
    let mut hints = Hints::default();
    let mut og_title = None;
    let mut html_title = None;
    let mut json_ld = Vec::new();
    for (i, node) in dom.nodes.iter().enumerate() {
        let Some(el) = node.element() else { continue };
        match el.name() {
            "html" => set(&mut doc.language, attr(el, "lang").or_else(|| attr(el, "xml:lang"))),
            "title" if html_title.is_none() => html_title = Some(text_of(dom, i)),
            "meta" => {
                let key = attr(el, "property").or_else(|| attr(el, "name")).or_else(|| attr(el, "http-equiv"));
                let content = attr(el, "content");
                match key.map(str::to_ascii_lowercase).as_deref() {
                    Some("og:title" | "twitter:title") => set(&mut og_title, content),
                    Some("og:type") => {
                        hints.article |= content.is_some_and(|c| c.eq_ignore_ascii_case("article"));
                        hints.product |=
                            content.is_some_and(|c| c.get(..7).is_some_and(|p| p.eq_ignore_ascii_case("product")));
                        hints.discussion |= content.is_some_and(|c| c.eq_ignore_ascii_case("forum"));
                    }
                    Some("author" | "article:author" | "byl" | "dc.creator" | "parsely-author" | "sailthru.author") => {
                        set(&mut doc.author, content.filter(|c| !c.starts_with("http")))
                    }
                    Some(
                        "article:published_time"
                        | "date"
                        | "pubdate"
                        | "publishdate"
                        | "dc.date"
                        | "dc.date.issued"
                        | "og:published_time"
                        | "sailthru.date"
                        | "parsely-pub-date",
                    ) => set(&mut doc.date, content),
                    Some("content-language" | "og:locale" | "language") => set(&mut doc.language, content),
                    Some("og:url") => set(&mut doc.url, content),
                    Some("og:site_name" | "application-name") => set(&mut doc.site_name, content),
                    Some("description" | "og:description") => set(&mut doc.description, content),
                    _ => {}
                }
            }
            "link"
                if attr(el, "rel")
                    .is_some_and(|r| r.split_whitespace().any(|x| x.eq_ignore_ascii_case("canonical"))) =>
            {
                // The canonical link wins over og:url.
                if let Some(href) = attr(el, "href").filter(|h| !h.trim().is_empty()) {
                    doc.url = Some(href.trim().to_owned());
                }
            }
            "script" if attr(el, "type").is_some_and(is_json_ld) => {
                if let Ok(v) = serde_json::from_str::<Value>(text_of(dom, i).trim()) {
                    json_ld.push(v);
                }
            }
            "time" => set(&mut doc.date, attr(el, "datetime")),
            _ => {
                let schema = attr(el, "itemtype").filter(|t| t.contains("schema.org/"));
                let kind = schema.and_then(|t| t.trim_end_matches('/').rsplit('/').next());
                hints.product |= kind == Some("Product");
                hints.discussion |= kind.is_some_and(|k| DISCUSSION_TYPES.contains(&k));
            }
        }
    }
    for v in &json_ld {
        read_json_ld(v, &mut doc, &mut og_title);
        for o in objects(v) {
            let kind = o.get("@type").map(|t| t.to_string()).unwrap_or_default();
            hints.article |= ARTICLE_TYPES.iter().any(|k| kind.contains(k));
            hints.product |= kind.contains("Product");
            hints.discussion |= DISCUSSION_TYPES.iter().any(|k| kind.contains(k));
        }
    }
    let title = og_title.or(html_title).map(|t| strip_site_name(&t, doc.site_name.as_deref()));
    set(&mut doc.title, title.as_deref());
    (doc, hints)
}

/// Every JSON object in `v`, depth first, without recursion.
fn objects(v: &Value) -> impl Iterator<Item = &serde_json::Map<String, Value>> {
    let mut stack = vec![v];
    std::iter::from_fn(move || {
        while let Some(v) = stack.pop() {
            match v {
                Value::Array(a) => stack.extend(a.iter().rev()),
                Value::Object(o) => {
                    stack.extend(o.values().filter(|x| x.is_array() || x.is_object()));
                    return Some(o);
                }
                _ => {}
            }
        }
        None
    })
}

fn name_of(v: &Value) -> Option<&str> {
    match v {
        Value::String(s) => Some(s),
        Value::Object(o) => o.get("name").and_then(Value::as_str),
        Value::Array(a) => a.iter().find_map(name_of),
        _ => None,
    }
}

fn read_json_ld(v: &Value, doc: &mut Document, title: &mut Option<String>) {
    for o in objects(v) {
        let kind = o.get("@type").map(|t| t.to_string()).unwrap_or_default();
        if !["Article", "Posting", "Report", "WebPage", "Product", "Recipe", "Review"].iter().any(|k| kind.contains(k))
        {
            continue;
        }
        set(title, o.get("headline").or_else(|| o.get("name")).and_then(Value::as_str));
        set(&mut doc.author, o.get("author").and_then(name_of));
        set(&mut doc.date, o.get("datePublished").or_else(|| o.get("dateCreated")).and_then(Value::as_str));
        set(&mut doc.language, o.get("inLanguage").and_then(Value::as_str));
        set(&mut doc.site_name, o.get("publisher").and_then(name_of));
        set(&mut doc.description, o.get("description").and_then(Value::as_str));
    }
}

/// "Bridge approved | City News" -> "Bridge approved".
fn strip_site_name(title: &str, site: Option<&str>) -> String {
    let t = title.trim();
    for sep in [" | ", " - ", " – ", " — ", " :: ", " · ", " « ", " » "] {
        if let Some((head, tail)) = t.rsplit_once(sep) {
            let tail_is_site = site.is_some_and(|s| tail.trim().eq_ignore_ascii_case(s.trim()))
                || (tail.split_whitespace().count() <= 4 && head.split_whitespace().count() >= 3);
            if tail_is_site {
                return head.trim().to_owned();
            }
        }
    }
    t.to_owned()
}

fn text_of(dom: &Dom<'_>, i: usize) -> String {
    dom.texts(i).collect()
}

/// Whether a `<script>`'s `type` is JSON-LD, structured data the metadata reads.
pub(crate) fn is_json_ld(script_type: &str) -> bool {
    script_type.eq_ignore_ascii_case("application/ld+json")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_site_names() {
        assert_eq!(strip_site_name("Bridge approved by council | City News", None), "Bridge approved by council");
        assert_eq!(strip_site_name("Rock - Paper", None), "Rock - Paper");
        assert_eq!(strip_site_name("A – B", Some("B")), "A");
    }

    #[test]
    fn reads_json_ld() {
        let html = scraper::Html::parse_document(
            r#"<html><head><script type="application/ld+json">{"@context":"https://schema.org","@graph":[
               {"@type":"NewsArticle","headline":"Big news","author":[{"@type":"Person","name":"A. Writer"}],
                "datePublished":"2024-05-01","publisher":{"name":"Daily"},"articleBody":"Body text."}]}</script></head></html>"#,
        );
        let dom = Dom::new(&html);
        let (doc, hints) = read(&dom);
        assert!(hints.article);
        assert_eq!(doc.title.as_deref(), Some("Big news"));
        assert_eq!(doc.author.as_deref(), Some("A. Writer"));
        assert_eq!(doc.date.as_deref(), Some("2024-05-01"));
        assert_eq!(doc.site_name.as_deref(), Some("Daily"));
    }
}
