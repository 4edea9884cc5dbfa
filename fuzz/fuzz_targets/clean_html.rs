//! Fuzz target: the `clean_html` checks of `tests/integration/checks.rs`.
#![no_main]

#[path = "../../tests/integration/checks.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    checks::clean_html(data);
});
