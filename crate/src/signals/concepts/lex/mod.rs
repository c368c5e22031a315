//! One lexicon a language: the words errors are made of, each row a stem, its language and the
//! concept it carries. Each file names its sources at the top (dictionaries, and the browsers' and
//! the apps' own translations), and the held-out sets (crate/tests/data/heldout/) are drawn
//! from sources no lexicon used.
pub mod ar;
pub mod de;
pub mod en;
pub mod es;
pub mod fa;
pub mod fr;
pub mod hi;
pub mod id;
pub mod it;
pub mod ja;
pub mod ko;
pub mod nl;
pub mod pl;
pub mod pt;
pub mod ru;
pub mod th;
pub mod tr;
pub mod uk;
pub mod vi;
pub mod zh;

/// Every lexicon, in the order the scan enters them.
pub const ALL: &[&[super::LexRow]] = &[
    en::LEXICON,
    ja::LEXICON,
    zh::LEXICON,
    es::LEXICON,
    pt::LEXICON,
    fr::LEXICON,
    de::LEXICON,
    it::LEXICON,
    ru::LEXICON,
    uk::LEXICON,
    ko::LEXICON,
    tr::LEXICON,
    pl::LEXICON,
    id::LEXICON,
    vi::LEXICON,
    ar::LEXICON,
    fa::LEXICON,
    nl::LEXICON,
    hi::LEXICON,
    th::LEXICON,
];
