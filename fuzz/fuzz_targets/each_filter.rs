//! Fuzz target: the `each_filter` checks of `tests/integration/checks.rs`.
#![no_main]

#[path = "../../tests/integration/checks.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        checks::each_filter(text);
    }
});
