//! The crate's error type. Cleaning never fails; only configuration and I/O do.

/// What can go wrong when building a pipeline or reading input.
///
/// ```
/// let err = unclutter::Error::UnknownFilter { name: "nope".into() };
/// assert_eq!(err.to_string(), "no filter named `nope` in this pipeline");
/// ```
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A builder was asked to place or remove a filter that is not there.
    #[error("no filter named `{name}` in this pipeline")]
    UnknownFilter {
        /// The name asked for.
        name: String,
    },
    /// A CSS selector given by the user could not be parsed.
    #[error("invalid CSS selector `{selector}`: {message}")]
    InvalidSelector {
        /// The selector as given.
        selector: String,
        /// What the parser said.
        message: String,
    },
    /// A pattern or phrase given by the user was not valid.
    #[error("invalid pattern `{pattern}`: {message}")]
    InvalidPattern {
        /// The pattern as given.
        pattern: String,
        /// What was wrong with it.
        message: String,
    },
    /// A configuration file could not be read: bad TOML, an unknown key, or a
    /// value of the wrong type. The message names the key and its place.
    #[error("invalid configuration: {message}")]
    Config {
        /// What the TOML reader said.
        message: String,
    },
    /// A parameter was out of its range.
    #[error("invalid value for `{name}`: {message}")]
    InvalidValue {
        /// The parameter's name.
        name: String,
        /// What was wrong with it.
        message: String,
    },
}

/// `Result` with this crate's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;
