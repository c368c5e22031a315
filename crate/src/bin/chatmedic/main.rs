//! The `chatmedic` command line (native only; see `cli.rs`).
//!
//! `cargo test --target wasm32-unknown-unknown` builds the package's binaries too, so the
//! wasm build gets an empty `main` instead of clap and stdin.
#[cfg(not(target_arch = "wasm32"))]
mod cli;

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    cli::main()
}

#[cfg(target_arch = "wasm32")]
fn main() {}
