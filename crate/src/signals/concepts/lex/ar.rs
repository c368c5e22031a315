//! (being written)
use super::super::LexRow;

#[rustfmt::skip]
pub const LEXICON: &[LexRow] = &[];
