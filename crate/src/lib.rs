//! chatmedic's core: evidence of a failed AI chat site in, a diagnosis out.
//!
//! Plain Rust, tested natively. `wasm.rs` is the only module that knows about JavaScript.

pub mod diagnosis;
pub mod evidence;
pub mod sites;

#[cfg(target_arch = "wasm32")]
mod wasm;

pub use diagnosis::{diagnose, Diagnosis};
pub use evidence::{Evidence, EvidenceError};

/// The crate version, shown by the CLI and the extension's about line.
pub fn version() -> &'static str {
    env!("CARGO_PKG_VERSION")
}
