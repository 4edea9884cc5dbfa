//! Hostile input: every case must return, with sensible output, in time
//! bounded by construction (linear algorithms, capped depth). Sizes are kept
//! so the debug build runs them in seconds; the release binary handles the
//! full-size versions (50 MB pages and lines) as the README records.

#[test]
fn empty_and_tiny_inputs() {
    assert_eq!(unclutter::clean(""), "");
    assert_eq!(unclutter::clean("<"), "<");
    assert_eq!(unclutter::clean_html("<"), "<");
    assert_eq!(unclutter::clean_html(""), "");
    assert_eq!(unclutter::clean_text("   \n\n  "), "");
}

#[test]
fn deeply_nested_html() {
    let n = 100_000;
    let html = "<div>".repeat(n) + "deep" + &"</div>".repeat(n);
    assert_eq!(unclutter::clean_html(&html), "deep");
    let inline = "<b>".repeat(n) + "bold text";
    assert_eq!(unclutter::clean_html(&inline), "bold text");
}

#[test]
fn many_unclosed_paragraphs() {
    let html = "<p>x".repeat(100_000);
    let out = unclutter::clean_html(&html);
    assert_eq!(out.split("\n\n").count(), 100_000);
}

#[test]
fn one_long_line_of_repeated_words() {
    // Every word doubles the one before: removal must stay linear.
    let text = "word ".repeat(200_000);
    assert_eq!(unclutter::clean_text(&text), "word");
    // A run of one capitalised word recurs, so it reads as deliberate (table cells, names): kept.
    let text = "Word ".repeat(200_000);
    let out = unclutter::clean_text(&text);
    assert_eq!(out.len(), text.trim_end().len());
}

#[test]
fn many_tiny_paragraphs() {
    let text = "a.\n\n".repeat(100_000);
    assert_eq!(unclutter::clean_text(&text).matches("a.").count(), 100_000);
}

#[test]
fn ten_thousand_ins() {
    assert_eq!(unclutter::clean_text(&"in ".repeat(10_000)), "in");
    // After a line of prose, each "in" on a line of its own doubles the one before.
    let prose = "The delegates said on Monday that they would stay in";
    let lines = format!("{prose}\n{}", "in\n".repeat(10_000));
    let out = unclutter::clean_text(&lines);
    assert_eq!(out, prose, "{} bytes left", out.len());
    // Lines of one word each are a list, not a doubling.
    let list = "in\n".repeat(10_000);
    assert_eq!(unclutter::clean_text(&list), list.trim_end());
}

#[test]
fn binary_garbage_and_nul_bytes() {
    let bytes: Vec<u8> = (0u32..200_000).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8).collect();
    let text = unclutter::html::decode(&bytes);
    let _ = unclutter::clean(&text);
    let _ = unclutter::clean_html(&text);
    assert_eq!(unclutter::clean_text("Hello\0world.\n\n\0Tuesday\0"), "Hello\0world.\n\n\0Tuesday\0");
    // NUL bytes do not hide a share button.
    assert_eq!(unclutter::clean_text("Hello\0world.\n\n\0Share\0"), "Hello\0world.");
}

#[test]
fn surrogates_and_bad_references_in_html() {
    let out = unclutter::clean_html("<p>&#xD800; lone &#xDFFF; &#55296; surrogate &#0; null &#x110000; big</p>");
    assert!(out.contains("lone") && out.contains("surrogate") && out.contains("big"), "{out}");
    assert!(out.contains('\u{fffd}'));
}

#[test]
fn right_to_left_and_combining_marks() {
    let text = "مرحبا بالعالم. שלום עולם.\u{200f}\u{202e} e\u{301}\u{301}\u{301} Z\u{335}\u{336}";
    assert_eq!(unclutter::clean_text(text), text);
}

#[test]
fn every_unicode_whitespace() {
    let spaces: String =
        [9u32, 10, 11, 12, 13, 32, 0x85, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0x200b, 0xfeff]
            .into_iter()
            .chain(0x2000..0x200b)
            .filter_map(char::from_u32)
            .collect();
    let text = format!("{spaces}word{spaces}other{spaces}");
    assert_eq!(unclutter::clean_text(&text), "word\n\nother");
}
