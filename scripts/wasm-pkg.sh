#!/usr/bin/env bash
# Rust → wasm → wasm-bindgen (--target web) → wasm-opt -Oz, into OUT_DIR.
#   scripts/wasm-pkg.sh OUT_DIR [cargo features]
# build.sh makes the shipped package with no features; `make bench` adds `bench`.
set -euo pipefail
cd "$(dirname "$0")/.."
out=$1
features=${2:-}

# A feature build goes to its own target dir, so that it never replaces the shipped wasm (the
# crate's cdylib has no hash in its file name: two feature sets in one dir write the same file).
# Its dependencies are the shipped build's, compiled alike (same profile, flags and dependency
# features): a first feature build starts from a copy of them instead of compiling them again
# (cargo then rebuilds only the crate; `make bench`, fresh clone: 44 s -> 18 s).
target=target
if [ -n "$features" ]; then
  target=target/features-$features
  if [ ! -d "$target/wasm32-unknown-unknown" ] && [ -d target/wasm32-unknown-unknown/release ]; then
    mkdir -p "$target"
    cp -a target/wasm32-unknown-unknown "$target"/
    [ ! -d target/release ] || cp -a target/release "$target"/
  fi
fi
# Panic locations name source files: keep the crates' paths short (the wasm carries them).
remap=""
for d in "${CARGO_HOME:-$HOME/.cargo}"/registry/src/*/; do remap+=" --remap-path-prefix=$d="; done
RUSTFLAGS="${RUSTFLAGS:-}$remap" CARGO_TARGET_DIR=$target cargo build --quiet --release --target wasm32-unknown-unknown -p chatmedic --lib \
  ${features:+--features "$features"}
# WASM_PKG_ALSO="OUT_DIR FEATURES" (`make bench`: its bench-feature build) starts another build
# as soon as this one's compile is done, beside this one's post-processing below.
also=""
if [ -n "${WASM_PKG_ALSO:-}" ] && [ -z "$features" ]; then
  # shellcheck disable=SC2086 # two words: the out dir and the features
  WASM_PKG_ALSO="" scripts/wasm-pkg.sh $WASM_PKG_ALSO & also=$!
fi
rm -rf "$out" && mkdir -p "$out"
wasm-bindgen --target web --out-dir "$out" --out-name chatmedic "$target/wasm32-unknown-unknown/release/chatmedic.wasm"
# The generated glue is read by the browser, not by people (its .d.ts stays beside it).
node_modules/.bin/terser "$out/chatmedic.js" --module --compress --mangle -o "$out/chatmedic.js"
# rustc's wasm32 target emits these post-MVP features; every Chrome we support has them.
# Memory below 1 KiB is never used and fresh memory is zeros: two facts that let it drop code.
node_modules/.bin/wasm-opt -Oz --strip-debug --strip-producers --low-memory-unused --zero-filled-memory \
  --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-mutable-globals --enable-reference-types --enable-multivalue \
  "$out/chatmedic_bg.wasm" -o "$out/chatmedic_bg.wasm"
[ -z "$also" ] || wait "$also"
