//! Helpers for the unit tests.

/// Every text of up to `max_pieces` pieces drawn from `parts` (with
/// repeats, in every order), joined by `separator`, the empty text first:
/// small alphabets of awkward pieces, tried exhaustively.
pub(crate) fn every_text(parts: &[&str], max_pieces: usize, separator: &str) -> Vec<String> {
    let mut texts = vec![String::new()];
    let mut last_round = texts.clone();
    for round in 0..max_pieces {
        last_round = last_round
            .iter()
            .flat_map(|t| {
                parts.iter().map(move |p| if round == 0 { (*p).to_owned() } else { format!("{t}{separator}{p}") })
            })
            .collect();
        texts.extend(last_round.iter().cloned());
    }
    texts
}

/// Every text of each length in `lens` made of `fill` but for one byte,
/// which takes every value at every place: for checking a scan of many bytes
/// at a time against a byte loop.
pub(crate) fn every_byte_everywhere(lens: &[usize], fill: u8) -> impl Iterator<Item = Vec<u8>> + '_ {
    lens.iter().flat_map(move |&len| {
        (0..len).flat_map(move |at| {
            (0..=255u8).map(move |x| {
                let mut b = vec![fill; len];
                b[at] = x;
                b
            })
        })
    })
}

/// For a scan that looks at a byte and the one after it, sixteen at a time
/// ([`crate::scan::find_by_sixteen`]): whether `scan(b, from)` agrees with
/// `by_bytes(b, from)` on texts of `x` around the 16- and 17-byte steps
/// where each of `pairs` stands at every place (its second byte cut off at
/// the end), from the start and from around the pair.
pub(crate) fn assert_pairs_found_everywhere(
    pairs: &[(u8, u8)],
    scan: impl Fn(&[u8], usize) -> Option<usize>,
    by_bytes: impl Fn(&[u8], usize) -> Option<usize>,
) {
    for len in [0, 1, 2, 15, 16, 17, 18, 31, 32, 33, 34, 50] {
        for at in 0..len {
            for &(first, second) in pairs {
                let mut b = vec![b'x'; len];
                b[at] = first;
                if at + 1 < len {
                    b[at + 1] = second;
                }
                for from in [0, at.saturating_sub(1), at, at + 1] {
                    assert_eq!(scan(&b, from.min(len)), by_bytes(&b, from.min(len)), "{b:?} from {from}");
                }
            }
        }
    }
}

/// Whether a pattern whose word edges are written out as `(?:^|\W)` and
/// `(?:\W|$)` (so the lazy DFA takes text that is not ASCII) matches
/// exactly the texts that the same pattern with `\b` matches, on every
/// text of up to four of `parts`; and that both match some of them and
/// miss some. The pattern must only ever be asked whether it matches.
pub(crate) fn assert_same_as_word_boundaries(pattern: &str, parts: &[&str]) {
    let with_b = pattern.replace(r"(?:^|\W)", r"\b").replace(r"(?:\W|$)", r"\b");
    assert_ne!(with_b, pattern, "the pattern writes out no word edge");
    let (ours, reference) = (regex::Regex::new(pattern).unwrap(), regex::Regex::new(&with_b).unwrap());
    let mut matched = 0;
    let texts = every_text(parts, 4, "");
    for t in &texts {
        let m = reference.is_match(t);
        assert_eq!(ours.is_match(t), m, "{t:?}");
        matched += usize::from(m);
    }
    assert!(matched > 0 && matched < texts.len(), "{matched} of {} match", texts.len());
}

/// `text` through a pipeline of `filter` alone, as a caller would clean it.
pub(crate) fn clean_with(filter: impl crate::TextFilter + 'static, text: &str) -> String {
    crate::Pipeline::builder().filter(filter).build().clean_text(text).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_counts_every_sequence() {
        let texts = every_text(&["a", "b"], 3, "-");
        assert_eq!(texts.len(), 1 + 2 + 4 + 8);
        assert!(texts.contains(&"b-a-b".to_owned()) && texts.contains(&String::new()));
    }
}
