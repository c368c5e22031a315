//! Signals: each family is a table of rows (one fact a row) that turns one kind of evidence into
//! `Signal`s. `scan` reads the text once for all the text-borne families together.
pub mod body;
pub mod concepts;
pub mod fold;
pub mod http_date;
pub mod http_status;
pub mod lang;
pub mod matcher;
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
    Es,
    /// Portuguese, Brazil's and Portugal's (rows say which in their example's source).
    Pt,
    Fr,
    De,
    It,
    Ru,
    Uk,
    Ko,
    Tr,
    Pl,
    Id,
    Vi,
    Ar,
    Fa,
    Nl,
    Hi,
    Th,
    /// Codes and identifiers that are the same in every language.
    Any,
}

/// True when the byte at `i` (if any) cannot continue a word. Text is folded (`fold.rs`), so
/// Latin letters are ASCII here; letters of the other alphabetic scripts read (Cyrillic,
/// Arabic, Hangul, Greek) continue words too. CJK ideographs and kana do not: those scripts
/// write no spaces, and a word row next to them stands alone.
pub(crate) fn boundary(b: &[u8], i: Option<usize>) -> bool {
    let Some(i) = i else { return true };
    match b.get(i) {
        None => true,
        Some(c) if c.is_ascii() => !(c.is_ascii_alphanumeric() || *c == b'_'),
        Some(_) => !letter_at(b, i),
    }
}

/// True when the byte at `i` is part of a letter of an alphabetic non-Latin script.
fn letter_at(b: &[u8], i: usize) -> bool {
    let mut s = i;
    while s > 0 && b[s] & 0xC0 == 0x80 && i - s < 3 {
        s -= 1;
    }
    let end = (s + 4).min(b.len());
    let c = match std::str::from_utf8(&b[s..end]) {
        Ok(t) => t.chars().next(),
        Err(e) => std::str::from_utf8(&b[s..s + e.valid_up_to()])
            .ok()
            .and_then(|t| t.chars().next()),
    };
    c.is_some_and(|c| {
        matches!(c as u32,
            0x00C0..=0x024F | 0x0370..=0x03FF | 0x0400..=0x052F
            | 0x0620..=0x064A | 0x066E..=0x06D3 | 0x06FA..=0x06FF
            | 0xAC00..=0xD7A3)
    })
}

/// A small deterministic generator (xorshift) for the tests that generate their input:
/// `next(n)` is below `n`.
#[cfg(all(test, not(target_arch = "wasm32")))]
pub(crate) fn test_rng(mut seed: u64) -> impl FnMut(usize) -> usize {
    move |n| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        (seed % n as u64) as usize
    }
}
