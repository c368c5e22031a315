//! Signals: each family is a table of rows (one fact a row) that turns one kind of evidence into
//! `Signal`s. `scan` reads the text once for all the text-borne families together.
pub mod body;
pub mod http_date;
pub mod http_status;
pub mod net_error;
pub mod scan;
pub mod text;
pub mod wait;

use crate::diagnosis::{Cause, WhyId};

/// How much a signal is worth on its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Strength {
    /// Never decides alone; only refines a cause already chosen (e.g. "127.0.0.1:" turns a
    /// refused connection into a proxy failure), or, for failure markers ("try again"), gives a
    /// low-confidence `server_error` when nothing else names a cause.
    Hint = 0,
    /// Words any failure may carry: "Something went wrong", "network error".
    Generic = 1,
    /// Words that name one cause: "at capacity", "Verify you are human".
    Specific = 2,
    /// A status code, a network error, an API error type or code.
    Structured = 3,
}

/// One piece of evidence pointing at a cause, with its id for `why`.
#[derive(Debug, Clone, PartialEq)]
pub struct Signal {
    pub cause: Cause,
    pub strength: Strength,
    pub why: WhyId,
}

impl Signal {
    pub fn new(cause: Cause, strength: Strength, why: impl Into<WhyId>) -> Signal {
        Signal {
            cause,
            strength,
            why: why.into(),
        }
    }
}

/// The language of a text pattern.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    En,
    Ja,
    Zh,
    /// Codes and identifiers that are the same in every language.
    Any,
}

/// True when the byte at `i` (if any) cannot continue a word.
pub(crate) fn boundary(b: &[u8], i: Option<usize>) -> bool {
    match i.and_then(|i| b.get(i)) {
        None => true,
        Some(c) => !(c.is_ascii_alphanumeric() || *c == b'_'),
    }
}
