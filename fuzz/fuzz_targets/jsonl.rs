//! Fuzz target: the `jsonl` checks of `tests/integration/checks.rs`.
#![no_main]

#[path = "../../tests/integration/checks.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    checks::jsonl(data);
});
