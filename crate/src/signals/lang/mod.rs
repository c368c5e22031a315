//! Text rows per language beyond English, Japanese and Chinese (those are in `text.rs`): one file
//! a language, one row a wording, each with its language tag and an example of real wording.
//! Sources, in this order of preference: the browser's own error pages (Chromium's translations,
//! read from the locale packs of Chromium's release build), the chat apps' and Copilot's localized
//! strings as users quote them in public threads and help pages. Firefox's translations and the
//! other apps' locale files listed in crate/tests/data/heldout/README.md are held out: no row comes
//! from them.
//!
//! Since the concept layer (`concepts/`), a phrase row is kept where it is more precise than the
//! words it is made of: 409 of the 646 rows here were removed because their own example was read
//! right by the concepts alone (no phrase row of any language), and 5 of those came back because a
//! test case needed their precision (crate/tests/lang.rs). Rows are matched on folded text (`fold.rs`): write them with their
//! real accents and case; the fold makes "salió"/"salio"/"SALIÓ" one.
pub mod ar;
pub mod de;
pub mod es;
pub mod fa;
pub mod fr;
pub mod id;
pub mod it;
pub mod ko;
pub mod pl;
pub mod pt;
pub mod ru;
pub mod tr;
pub mod uk;
pub mod vi;
