//! Markdown output: the kept blocks with their headings, list items, quotes,
//! code, tables and inline emphasis (and links, if asked for).
//!
//! The text filters run on the plain text, as always; the Markdown is then
//! lined up with what they kept. A block they left as it was comes out with
//! its marks; a block they edited (a doubled word removed, a glued heading
//! split off) comes out as the edited plain text under the block's prefix; a
//! block they removed is left out.

use super::blocks::{Gap, Unit};

/// Whether the words of `short` appear in `long` in order (a filter removed some).
fn words_in_order(short: &str, long: &str) -> bool {
    let mut long = long.split_whitespace();
    short.split_whitespace().all(|w| long.any(|x| x == w))
}

fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for (i, w) in text.split(' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        super::blocks::escape_md(w, i == 0, &mut out);
    }
    out
}

/// Renders the units at `kept` as Markdown, keeping only what the text
/// filters kept of them: `cleaned` is the filtered plain text.
pub(crate) fn render(units: &[Unit], kept: &[usize], cleaned: &str) -> String {
    let lines: Vec<&str> = cleaned.lines().filter(|l| !l.trim().is_empty()).collect();
    let kept: Vec<&Unit> = kept.iter().map(|&i| &units[i]).collect();
    let mut out = String::with_capacity(cleaned.len() + cleaned.len() / 8);
    let mut gap = Gap::None;
    let (mut j, mut k) = (0, 0);
    let is_item = |p: &str| {
        let p = p.trim_start_matches([' ', '>']);
        p.starts_with("- ") || p.split_once(". ").is_some_and(|(n, _)| n.bytes().all(|b| b.is_ascii_digit()))
    };
    // The indent of the last line if it was a list item.
    let mut last_item: Option<usize> = None;
    let mut emit = |out: &mut String, gap: Gap, u: &Unit, body: &str| {
        // A nested list follows its parent item without a blank line.
        let indent = u.md_prefix.len() - u.md_prefix.trim_start().len();
        let item = is_item(&u.md_prefix).then_some(indent);
        let nested = matches!((item, last_item), (Some(i), Some(l)) if i > l);
        if !out.is_empty() {
            out.push_str(if gap >= Gap::Block && !nested { "\n\n" } else { "\n" });
        }
        last_item = item;
        out.push_str(&u.md_prefix);
        out.push_str(body);
        if u.header_cells > 0 {
            out.push('\n');
            out.push('|');
            for _ in 0..u.header_cells {
                out.push_str(" --- |");
            }
        }
    };
    while j < lines.len() && k < kept.len() {
        let (u, line) = (kept[k], lines[j]);
        gap = gap.max(u.gap);
        // White space inside a line is the whitespace filter's to normalise.
        if u.text == line || u.text.split_whitespace().eq(line.split_whitespace()) {
            emit(&mut out, gap, u, &u.md);
            (j, k, gap) = (j + 1, k + 1, Gap::None);
            continue;
        }
        let is_next = |l: &str| kept.get(k + 1).is_some_and(|n| n.text == l);
        if !is_next(line) && (u.text.contains(line) || words_in_order(line, &u.text)) {
            emit(&mut out, gap, u, &escape(line));
            j += 1;
            // The rest of a block a filter split in two.
            while j < lines.len() && u.text.contains(lines[j]) && !is_next(lines[j]) {
                emit(&mut out, Gap::Block, u, &escape(lines[j]));
                j += 1;
            }
            (k, gap) = (k + 1, Gap::None);
            continue;
        }
        k += 1; // removed by a filter
    }
    // Anything not lined up with a block still goes out, as plain text.
    for line in &lines[j..] {
        if !out.is_empty() {
            out.push_str("\n\n");
        }
        out.push_str(&escape(line));
    }
    out
}
