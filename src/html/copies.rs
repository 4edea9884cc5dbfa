//! Drops second copies of the content: an element whose words are, in
//! order, those of an element before it, with 100 visible characters or
//! more in two blocks or more (200 in a single block).
//!
//! Page builders render one block once per screen width and let CSS show
//! one of them (Framer's `ssr-variant`, a theme's mobile and desktop
//! copies under classes of their own); sliders repeat their slides. A
//! reader sees the text once, and so should the output. Only the content
//! chosen by [`main_content`](super::main_content) is compared, so the copy
//! kept is one that is kept anyway. Shorter elements (a spec line, a
//! recipe's ingredient, an interviewer's question) may rightly repeat.
//!
//! Before: `<div class=wide><p>The council ...</p></div><div class=narrow><p>The council ...</p></div>`
//! After: `The council ...`

use rustc_hash::{FxHashMap, FxHasher};
use std::hash::Hasher;

use super::blocks::stands_apart;
use super::dom::{Dom, Kind};
use super::subtree_text;
use crate::report::{Removal, Sink};

/// Visible characters from which an element of two blocks or more
/// repeated is a copy.
const MIN_COPY: u32 = 100;

/// Visible characters from which a single block repeated is a copy: a
/// refrain or a line said twice on purpose is shorter.
const MIN_COPY_BLOCK: u32 = 200;

/// The base of the words' polynomial hash: odd, so that its powers never
/// vanish modulo 2⁶⁴.
const BASE: u64 = 0x9E37_79B9_7F4A_7C15;

/// The words of a subtree, hashed so that a parent's hash is its
/// children's joined: `hash` is Σ wᵢ·BASE^(n-1-i) over its `n` words, and
/// `power` is BASE^n. Two subtrees with the same words in the same order
/// hash alike, however their elements nest.
#[derive(Clone, Copy)]
struct Words {
    hash: u64,
    power: u64,
    /// Visible characters, compared too: a cheap check against collisions.
    visible: u32,
}

impl Words {
    const EMPTY: Words = Words { hash: 0, power: 1, visible: 0 };

    /// `self` followed by `next`.
    fn then(self, next: Words) -> Words {
        Words {
            hash: self.hash.wrapping_mul(next.power).wrapping_add(next.hash),
            power: self.power.wrapping_mul(next.power),
            visible: self.visible + next.visible,
        }
    }

    fn of_text(text: &str, visible: u32) -> Words {
        let mut words = Words { visible, ..Words::EMPTY };
        let mut add = |word: &[u8]| {
            let mut h = FxHasher::default();
            h.write(word);
            words.hash = words.hash.wrapping_mul(BASE).wrapping_add(h.finish());
            words.power = words.power.wrapping_mul(BASE);
        };
        // ASCII text is split at its bytes, with no decoding; other text at
        // any white space, a no-break space too.
        if text.is_ascii() {
            text.as_bytes().split(u8::is_ascii_whitespace).filter(|w| !w.is_empty()).for_each(add);
        } else {
            text.split_whitespace().for_each(|w| add(w.as_bytes()));
        }
        words
    }
}

/// Marks in `dropped` each element inside `roots` that is a copy, and
/// reports it to `sink`: its words repeat those of an earlier element in
/// the same root (not one of its ancestors) of at least [`MIN_COPY`]
/// visible characters ([`MIN_COPY_BLOCK`] in a single block), and no more text than it holds stands between the
/// two. Layout variants and slides stand side by side; a passage that
/// recurs farther on (an API's parameter described under each endpoint,
/// an event listed under each date) is the content saying it again.
pub(crate) fn drop_copies(dom: &Dom<'_>, dropped: &mut [bool], roots: &[usize], sink: &mut dyn Sink) {
    let mut copies = Vec::new();
    for &root in roots {
        let range = root..dom.nodes[root].end as usize;
        // The kept nodes of the root, in document order: every node's
        // children come after it, and its subtree ends at `past[k]`.
        let mut kept = Vec::with_capacity(range.len());
        kept.extend(dom.kept(dropped, range.clone()));
        let past: Vec<usize> = kept.iter().map(|&i| kept.partition_point(|&x| x < dom.nodes[i].end as usize)).collect();
        // slot[i - root]: where node `i` stands in `kept`.
        let mut slot = vec![usize::MAX; range.len()];
        for (k, &i) in kept.iter().enumerate() {
            slot[i - root] = k;
        }
        // Each node's words are its children's joined (children arrive
        // last first), and its blocks are theirs summed: a block is an
        // element that stands apart ([`stands_apart`]) with text of its own.
        let mut words = vec![Words::EMPTY; kept.len()];
        let mut blocks = vec![0u32; kept.len()];
        let mut own_text = vec![false; kept.len()];
        for (k, &i) in kept.iter().enumerate().rev() {
            match dom.nodes[i].kind {
                Kind::Text(t) => words[k] = Words::of_text(t, dom.visible[i]),
                _ => blocks[k] += u32::from(own_text[k] && stands_apart(dom.nodes[i].tag())),
            }
            if i != root {
                let p = slot[dom.nodes[i].parent as usize - root];
                words[p] = words[k].then(words[p]);
                blocks[p] += blocks[k];
                own_text[p] |= dom.visible[i] > 0;
            }
        }
        // before[k]: the visible characters of kept[..k].
        let mut before = vec![0u32; kept.len() + 1];
        for (k, &i) in kept.iter().enumerate() {
            before[k + 1] = before[k] + dom.visible[i];
        }
        // Per words, the latest element holding them, by its place in `kept`.
        let mut seen: FxHashMap<(u64, u64, u32), usize> = FxHashMap::default();
        let mut k = 0;
        while k < kept.len() {
            let w = words[k];
            if w.visible < if blocks[k] >= 2 { MIN_COPY } else { MIN_COPY_BLOCK } {
                k += 1;
                continue;
            }
            let key = (w.hash, w.power, w.visible);
            match seen.get(&key) {
                // One of its ancestors: the same words, nested deeper.
                Some(&first) if past[first] > k => {}
                Some(&first) if before[k] - before[past[first]] <= w.visible => {
                    copies.push(kept[k]);
                    k = past[k];
                    continue;
                }
                _ => {
                    seen.insert(key, k);
                }
            }
            k += 1;
        }
    }
    for i in copies {
        dropped[i] = true;
        if sink.enabled() {
            sink.removal(&Removal::removed(
                "duplicate_block",
                "a copy of the content beside it",
                &subtree_text(dom, i),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::html::tests::text_of;

    const PASSAGE: &str = "<p>The council approved the new bridge on Monday, after a long debate about its cost, \
                           its design, its builder and the years it will take.</p><p>Work starts in spring, and \
                           the old ferry will run until the first cars cross the river in three years.</p>\
                           <p>The mayor called it the largest project in the town's history.</p>";

    #[test]
    fn a_layout_variant_beside_the_content_goes() {
        // The same words under other nesting: a variant for narrow screens.
        let narrow = PASSAGE.replace("<p>", "<div><span>").replace("</p>", "</span></div>");
        let text = text_of(&format!("<body><div class=wide>{PASSAGE}</div><section>{narrow}</section></body>"));
        assert_eq!(text.matches("The council approved").count(), 1, "{text}");
        assert!(text.contains("first cars cross"), "{text}");
    }

    #[test]
    fn the_content_itself_is_no_copy_of_its_wrapper() {
        let text = text_of(&format!("<body><div><div><article>{PASSAGE}</article></div></div></body>"));
        assert!(text.contains("The council approved") && text.contains("first cars cross"), "{text}");
    }

    #[test]
    fn a_passage_said_again_after_more_text_stays() {
        let between = "<p>Engineers chose steel over concrete because the riverbed is soft, and steel spans \
                       weigh less on the piers that must stand in it.</p>"
            .repeat(3);
        let text = text_of(&format!("<body><div>{PASSAGE}</div>{between}<div>{PASSAGE}</div></body>"));
        assert_eq!(text.matches("The council approved").count(), 2, "{text}");
    }

    #[test]
    fn a_refrain_stays_and_a_long_paragraph_said_twice_goes() {
        let refrain = "<p>Oh the river runs and the river rolls, and the bridge will stand when the old ferry \
                       goes, so sing it loud.</p>";
        let verse = |n: usize| format!("<p>Verse {n}: we waited by the water, and the water never waited.</p>");
        let song = text_of(&format!("<body><div>{}{refrain}{}{refrain}{refrain}</div></body>", verse(1), verse(2)));
        assert_eq!(song.matches("Oh the river runs").count(), 3, "{song}");
        let long = "<p>The council approved the new bridge on Monday, after a long debate about its cost, its \
                    design, its builder and the years it will take, and the mayor called it the largest \
                    project in the town's history, bigger even than the dam that the county built upstream forty \
                    years ago.</p>";
        let text = text_of(&format!("<body><div>{long}{long}</div></body>"));
        assert_eq!(text.matches("The council approved").count(), 1, "{text}");
    }

    #[test]
    fn short_blocks_may_repeat() {
        let question = "<h3>What did the council decide?</h3>";
        let answer = |n: usize| format!("<p>Answer number {n}: the bridge goes ahead, and work starts in spring.</p>");
        let text = text_of(&format!("<body><div>{question}{}{question}{}</div></body>", answer(1), answer(2)));
        assert_eq!(text.matches("What did the council decide?").count(), 2, "{text}");
    }
}
