//! The one integration test binary: fixtures, properties, and the command-line tool.

mod cli;
mod fixtures;
mod hostile;
mod properties;
