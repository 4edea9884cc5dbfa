//! Properties that hold for every input.

use std::borrow::Cow;

use proptest::prelude::*;
use unclutter::{Pipeline, PipelineBuilder};

/// Text built from pieces that trigger the filters, look-alikes, and noise characters.
fn scraped_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("Share".to_owned()),
        Just("Share prices fell 4%.".to_owned()),
        Just("Advertisement".to_owned()),
        Just("READ MORE: Markets rally".to_owned()),
        Just("in in".to_owned()),
        Just("had had".to_owned()),
        Just("people.Islamic State is recruiting in Africa".to_owned()),
        Just("Paris envoyPresident Obama met Hollande on Tuesday in the capital for hours of talks.".to_owned()),
        Just("\n".to_owned()),
        Just("\n\n".to_owned()),
        Just(" ".to_owned()),
        Just("\u{a0}\u{200b}\r".to_owned()),
        "[a-zA-Z]{1,8}",
        "[A-Z][a-z]{2,9}( [a-z]{2,9}){2,12}\\.",
        any::<String>(),
    ];
    prop::collection::vec(piece, 0..24).prop_map(|v| v.join(" "))
}

/// Text in normal white space, in blocks of lines: real sentences, and
/// lines each block rule condemns, alone or among others.
fn block_text() -> impl Strategy<Value = String> {
    let line = prop_oneof![
        4 => "[A-Z][a-z]{2,9}( [a-z]{2,9}){2,12}\\.",
        1 => Just("Share".to_owned()),
        1 => Just("Share on Facebook Share on Twitter".to_owned()),
        // A block of its own, not a line among others.
        1 => Just("Facebook".to_owned()),
        1 => Just("Share prices fell 4%.".to_owned()),
        1 => Just("Advertisement".to_owned()),
        1 => Just("Story continues below advertisement".to_owned()),
        1 => Just("READ MORE: Markets rally".to_owned()),
        1 => Just("Related: Markets rally as rates fall".to_owned()),
        1 => Just("It was crucial in in that period.".to_owned()),
    ];
    let joined = (line, prop_oneof![Just("\n"), Just("\n\n")]);
    prop::collection::vec(joined, 0..12).prop_map(|v| {
        let mut text: String = v.into_iter().map(|(line, sep)| line + sep).collect();
        text.truncate(text.trim_end().len());
        text
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn cleaning_twice_equals_cleaning_once(text in scraped_text()) {
        let once = unclutter::clean_text(&text).into_owned();
        let twice = unclutter::clean_text(&once).into_owned();
        prop_assert_eq!(once, twice);
    }

    /// A filter that says it is idempotent (so the pipeline skips rerunning
    /// it on its own output) is: its output, filtered again, comes back unchanged.
    #[test]
    fn filters_that_say_they_are_idempotent_are(text in scraped_text()) {
        use unclutter::TextFilter;
        let filters: [&dyn TextFilter; 5] = [
            &unclutter::text::Whitespace,
            &unclutter::text::ShareButtons,
            &unclutter::text::AdMarkers,
            &unclutter::text::RelatedTeasers,
            &unclutter::text::DuplicateWords,
        ];
        for f in filters {
            prop_assert!(f.is_idempotent());
            let once = f.filter(Cow::Borrowed(&text), &mut unclutter::Discard).into_owned();
            let twice = f.filter(Cow::Borrowed(&once), &mut unclutter::Discard);
            prop_assert!(matches!(twice, Cow::Borrowed(_)), "{} changed its own output", f.name());
        }
    }

    #[test]
    fn arbitrary_input_never_panics(text in any::<String>()) {
        let _ = unclutter::clean(&text);
        let _ = unclutter::clean_text(&text);
        let _ = unclutter::clean_html(&text);
    }

    #[test]
    fn html_like_input_never_panics(text in "(<[a-z]{1,6}( [a-z]+=\"[^\"]*\")?>|</[a-z]{1,6}>|[^<]{0,20}){0,40}") {
        let _ = unclutter::clean_html(&text);
    }

    /// Filters remove and split; they never invent or reorder text: the
    /// output's visible characters are a subsequence of the input's.
    #[test]
    fn output_is_a_subsequence_of_input(text in scraped_text()) {
        let out = unclutter::clean_text(&text);
        let mut input = text.chars().filter(|c| !c.is_whitespace());
        for c in out.chars().filter(|c| !c.is_whitespace()) {
            prop_assert!(input.any(|x| x == c), "output char {:?} is not in order in the input", c);
        }
    }

    #[test]
    fn empty_pipeline_returns_input_unchanged(text in any::<String>()) {
        let p = Pipeline::builder().build();
        prop_assert!(matches!(p.clean_text(&text), Cow::Borrowed(t) if t == text));
    }

    #[test]
    fn each_filter_alone_is_idempotent(text in scraped_text(), skip in 1usize..6) {
        // The whitespace filter plus one other filter.
        let names = ["glued_headlines", "share_buttons", "ad_markers", "related_teasers", "duplicate_words"];
        let mut builder = PipelineBuilder::default_filters();
        for (i, name) in names.iter().enumerate() {
            if i + 1 != skip {
                builder = builder.without(name).unwrap();
            }
        }
        let p = builder.build();
        let once = p.clean_text(&text).into_owned();
        prop_assert_eq!(p.clean_text(&once).into_owned(), once);
    }
}

#[test]
fn clean_text_borrows_clean_input() {
    let text = "A clean paragraph.\n\nAnother one, with no noise at all.";
    assert!(matches!(unclutter::clean_text(text), Cow::Borrowed(t) if t == text));
}

/// Each character of `s` that is not white space, with its count. The
/// zero-width spaces, word joiners and byte-order marks that the whitespace
/// filter drops count as white space, as its documentation says.
fn visible_counts(s: &str) -> std::collections::HashMap<char, i64> {
    let mut m = std::collections::HashMap::new();
    for c in s.chars().filter(|&c| !(c.is_whitespace() || matches!(c, '\u{200b}' | '\u{2060}' | '\u{feff}'))) {
        *m.entry(c).or_insert(0) += 1;
    }
    m
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    /// The report accounts for everything that disappeared: the visible
    /// characters removed from the input are exactly those of the texts the
    /// filters reported as removed (splits remove nothing).
    #[test]
    fn report_accounts_for_every_removed_character(text in scraped_text()) {
        let mut report = unclutter::Report::new();
        let out = unclutter::clean_text_with(&text, &mut report);
        let mut gone = visible_counts(&text);
        for (c, n) in visible_counts(&out) {
            *gone.entry(c).or_insert(0) -= n;
        }
        gone.retain(|_, n| *n != 0);
        let mut reported = std::collections::HashMap::new();
        for e in report.removals().iter().filter(|e| e.action == unclutter::Action::Removed) {
            for (c, n) in visible_counts(&e.text) {
                *reported.entry(c).or_insert(0) += n;
            }
        }
        prop_assert_eq!(gone, reported, "report: {}", report);
    }

    /// Text-mode output words appear in the input in the same order: each is
    /// an input word or, where a filter split a glued word, part of one.
    /// Words are compared a run of letters and digits at a time, between
    /// punctuation: when a doubled word goes, the punctuation that followed
    /// it, and whatever was glued to that, follows the copy that stays ("(the
    /// the)" gives "(the)", "the the!Really" gives "the!Really"). Nothing else
    /// may join a word.
    #[test]
    fn output_words_are_an_ordered_subsequence_of_input_words(text in scraped_text()) {
        use unicode_properties::{GeneralCategoryGroup, UnicodeGeneralCategory};
        let out = unclutter::clean_text(&text);
        let input: Vec<&str> = text.split_whitespace().collect();
        let punctuation = |c: char| c.is_ascii_punctuation() || c.general_category_group() == GeneralCategoryGroup::Punctuation;
        let (mut i, mut from) = (0, 0);
        for word in out.split_whitespace().flat_map(|w| w.split(punctuation)).filter(|w| !w.is_empty()) {
            loop {
                prop_assert!(i < input.len(), "output word {:?} is not in order in the input", word);
                if let Some(at) = input[i][from..].find(word) {
                    from += at + word.len();
                    break;
                }
                i += 1;
                from = 0;
            }
        }
    }
}

/// The default filters, each on its own.
fn default_filters() -> Vec<Box<dyn unclutter::TextFilter>> {
    use unclutter::text::*;
    vec![
        Box::new(Whitespace),
        Box::new(GluedHeadlines),
        Box::new(ShareButtons),
        Box::new(AdMarkers),
        Box::new(RelatedTeasers),
        Box::new(DuplicateWords),
    ]
}

/// The pipeline as first written: every filter on the whole text, pass
/// after pass, until a pass changes nothing or `max_passes` have run.
fn whole_passes(filters: &[Box<dyn unclutter::TextFilter>], text: &str, max_passes: usize) -> String {
    whole_passes_with(filters, text, max_passes, &mut unclutter::Discard)
}

/// [`whole_passes`], reporting every removal to `sink`.
fn whole_passes_with(
    filters: &[Box<dyn unclutter::TextFilter>],
    text: &str,
    max_passes: usize,
    sink: &mut dyn unclutter::Sink,
) -> String {
    let mut text = text.to_owned();
    for _ in 0..max_passes {
        let before = text.clone();
        for f in filters {
            text = f.filter(Cow::Borrowed(&text), sink).into_owned();
        }
        if text == before {
            break;
        }
    }
    text
}

/// Where to put pieces into a text, and which: (place, piece) pairs.
fn insertions() -> impl Strategy<Value = Vec<(usize, String)>> {
    let piece = prop_oneof![
        Just("Share".to_owned()),
        Just("\n\nAdvertisement\n\n".to_owned()),
        Just(" in in".to_owned()),
        Just("\n".to_owned()),
        Just("\n\n".to_owned()),
        Just("  ".to_owned()),
        Just(".Islamic State is recruiting in Africa".to_owned()),
        Just("\nREAD MORE: Markets rally\n".to_owned()),
        Just("\u{a0}".to_owned()),
        "[a-zA-Z .]{1,12}",
    ];
    prop::collection::vec((any::<usize>(), piece), 0..4)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    /// The pipeline re-runs a filter on only what changed since its last
    /// run; the result is the same as running every filter on the whole
    /// text, with white space normalized first or not at all.
    #[test]
    fn tracked_pipeline_equals_whole_passes(text in scraped_text(), passes in 1usize..5) {
        let filters = default_filters();
        let p = PipelineBuilder::default_filters().max_passes(passes).build();
        prop_assert_eq!(p.clean_text(&text).into_owned(), whole_passes(&filters, &text, passes));
        let p = PipelineBuilder::default_filters().without("whitespace").unwrap().max_passes(passes).build();
        prop_assert_eq!(p.clean_text(&text).into_owned(), whole_passes(&filters[1..], &text, passes));
    }

    /// On text whose white space is already normal, as from an extractor,
    /// the block rules run together (one walk for all of them, each block
    /// going through them in turn): the output and the removals reported
    /// are those of whole passes. Only the order of the reports of
    /// different filters may differ.
    #[test]
    fn block_rules_run_together_equal_whole_passes(text in block_text(), passes in 1usize..5) {
        let filters = default_filters();
        let p = PipelineBuilder::default_filters().max_passes(passes).build();
        let (mut tracked, mut whole) = (unclutter::Report::new(), unclutter::Report::new());
        let out = p.clean_text_with(&text, &mut tracked).into_owned();
        prop_assert_eq!(out, whole_passes_with(&filters, &text, passes, &mut whole));
        let sorted = |r: &unclutter::Report| {
            let mut v: Vec<_> = r.removals().iter().map(|r| format!("{r:?}")).collect();
            v.sort();
            v
        };
        prop_assert_eq!(sorted(&tracked), sorted(&whole));
    }

    /// Each default filter, told which parts of a text are new to it, gives
    /// what it gives on the whole text, and reports every change it makes.
    #[test]
    fn each_filter_told_what_changed_matches_the_whole_filter(text in scraped_text(), added in insertions()) {
        use unclutter::changes::Dirty;
        for f in default_filters() {
            // A text this filter leaves as it is.
            let mut clean = text.clone();
            for _ in 0..8 {
                match f.filter(Cow::Borrowed(&clean), &mut unclutter::Discard) {
                    Cow::Borrowed(_) => break,
                    Cow::Owned(next) => clean = next,
                }
            }
            if !matches!(f.filter(Cow::Borrowed(&clean), &mut unclutter::Discard), Cow::Borrowed(_)) {
                continue;
            }
            // Pieces put in at places in order: the dirty ranges.
            let mut places: Vec<(usize, &str)> = added
                .iter()
                .map(|(at, piece)| {
                    let mut at = at % (clean.len() + 1);
                    while !clean.is_char_boundary(at) {
                        at -= 1;
                    }
                    (at, piece.as_str())
                })
                .collect();
            places.sort_by_key(|&(at, _)| at);
            let (mut changed, mut dirty, mut pos) = (String::new(), Vec::new(), 0);
            for (at, piece) in places {
                changed.push_str(&clean[pos..at]);
                dirty.push(changed.len()..changed.len() + piece.len());
                changed.push_str(piece);
                pos = at;
            }
            changed.push_str(&clean[pos..]);
            let whole = f.filter(Cow::Borrowed(&changed), &mut unclutter::Discard).into_owned();
            let mut edits = Vec::new();
            let told = f.filter_tracked(&changed, Dirty::Ranges(&dirty), &mut unclutter::Discard, &mut edits);
            prop_assert_eq!(&told, &whole, "{} told {:?}", f.name(), dirty);
            prop_assert_eq!(unclutter::changes::replay(&changed, &told, &edits), Some(whole), "{} edits {:?}", f.name(), edits);
        }
    }
}
