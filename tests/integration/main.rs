//! The one integration test binary: fixtures, properties, the command-line
//! tool, and replayed fuzz inputs.

mod checks;
mod cli;
mod fixtures;
mod fuzz_regressions;
mod hostile;
mod properties;
