//! Already-clean text goes through `clean_text` without a single heap
//! allocation, counted by a global allocator that counts per thread.
//!
//! A test binary of its own, since the allocator is global.

use std::alloc::{GlobalAlloc, Layout, System};
use std::borrow::Cow;
use std::cell::Cell;

struct Counting;

thread_local! {
    static ALLOCATIONS: Cell<usize> = const { Cell::new(0) };
}

// SAFETY: every call is forwarded unchanged to the system allocator; the
// counter is a const-initialised thread-local that never allocates.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let _ = ALLOCATIONS.try_with(|n| n.set(n.get() + 1));
        System.alloc(layout)
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        System.dealloc(ptr, layout)
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let _ = ALLOCATIONS.try_with(|n| n.set(n.get() + 1));
        System.realloc(ptr, layout, new_size)
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

fn allocations_during(f: impl FnOnce()) -> usize {
    let before = ALLOCATIONS.with(Cell::get);
    f();
    ALLOCATIONS.with(Cell::get) - before
}

const CLEAN: &[&str] = &[
    "The council approved the new bridge on Monday after a long debate.\n\nWork starts in May.",
    "Share prices fell 4% in early trading, and he had had enough of it.\n\nThe iPhone maker said little.",
    "Paris\n\nPresident Obama met Hollande on Tuesday for talks that lasted into the night, officials said.\n\n\
     - First point\n- Second point\n\nHe left at nine.",
    "Una frase en español, con acentos: más o menos.\n\nИ ещё одна строка по-русски.\n\n日本語の文もあります。",
];

#[test]
fn clean_text_does_not_allocate_on_clean_input() {
    let p = unclutter::default_pipeline();
    for text in CLEAN {
        // Warm up: statics and lazily built matchers allocate once.
        assert!(matches!(p.clean_text(text), Cow::Borrowed(t) if t == *text), "{text:?} changed");
    }
    for text in CLEAN {
        let n = allocations_during(|| {
            let out = p.clean_text(text);
            assert!(matches!(out, Cow::Borrowed(_)));
        });
        assert_eq!(n, 0, "{n} allocations cleaning {text:?}");
    }
}

#[test]
fn the_counter_counts() {
    let n = allocations_during(|| drop(std::hint::black_box(vec![1u8; 10])));
    assert_eq!(n, 1);
}
