//! A custom filter plugged into the default pipeline, and a report of what was removed.
//!
//! Run: `cargo run --example custom_filter`

use unclutter::{BlockRule, PipelineBuilder, Report};

/// Drops cookie-consent banners: blocks that ask to accept cookies.
#[derive(Debug)]
struct CookieBanners;

impl BlockRule for CookieBanners {
    fn name(&self) -> &str {
        "cookie_banners"
    }

    fn verdict(&self, block: &str) -> Option<&'static str> {
        let lower = block.to_lowercase();
        (lower.contains("cookie") && (lower.contains("accept") || lower.contains("consent")) && block.len() < 400)
            .then_some("cookie consent banner")
    }
}

fn main() -> Result<(), unclutter::Error> {
    let pipeline = PipelineBuilder::default_filters().before("share_buttons", CookieBanners)?.build();

    let scraped = "We use cookies. Click Accept to consent.\n\n\
                   Share on Facebook\n\n\
                   The council approved the new bridge on Monday.\n\n\
                   Advertisement\n\n\
                   Work starts in in spring.";
    let mut report = Report::new();
    let text = pipeline.clean_text_with(scraped, &mut report);

    println!("{text}\n");
    println!("Removed:");
    print!("{report}");
    assert_eq!(text, "The council approved the new bridge on Monday.\n\nWork starts in spring.");
    Ok(())
}
