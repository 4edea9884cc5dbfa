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
