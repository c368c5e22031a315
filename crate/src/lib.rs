//! chatmedic's core: evidence of a failed AI chat site in, a diagnosis out.
//!
//! Plain Rust, tested natively. `wasm.rs` is the only module that knows about JavaScript.
//!
//! Layout: `evidence` (input), `diagnosis` (output types and ids), `signals::*` (one table per
//! family of evidence, read in one pass by `signals::scan`), `fusion` (one answer from all
//! signals), `fixes` and `retry` (what to do), `sites` (the registry), `vocabulary` (every id),
//! `rules` (the contract's fix-order rules as a check), `status` (providers' status feeds),
//! `schedule` (auto-refresh's retry decision) and `fleet` (its simulation, native only).

pub mod diagnosis;
pub mod evidence;
pub mod fixes;
#[cfg(not(target_arch = "wasm32"))]
pub mod fleet;
pub mod fusion;
pub mod retry;
pub mod rules;
pub mod schedule;
pub mod signals;
pub mod sites;
pub mod status;
pub mod vocabulary;
pub mod watch;

#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use diagnosis::{Cause, Diagnosis, Fix, Retry, Side};
pub use evidence::{Evidence, EvidenceError};
pub use vocabulary::Vocabulary;

/// Diagnoses one piece of evidence. Never panics.
pub fn diagnose(e: &Evidence) -> Diagnosis {
    fusion::diagnose(e)
}

/// Every id the core can emit (causes with sides and examples, sides, fixes, why ids and
/// why-id families).
pub fn vocabulary() -> Vocabulary {
    vocabulary::vocabulary()
}

/// The crate version, shown by the CLI and the extension's about line.
pub fn version() -> &'static str {
    env!("CARGO_PKG_VERSION")
}
