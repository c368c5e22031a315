#!/usr/bin/env bash
# One build: Rust → wasm → wasm-bindgen (--target web) → wasm-opt -Oz → extension/pkg and
# www/pkg → dist/chatmedic-chromium/ (load unpacked) and dist/chatmedic-chromium.zip.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/ensure-tools.sh build

pkg=target/pkg
scripts/wasm-pkg.sh "$pkg"

for dest in extension/pkg www/pkg; do
  rm -rf "$dest" && mkdir -p "$dest"
  cp "$pkg"/chatmedic.js "$pkg"/chatmedic.d.ts "$pkg"/chatmedic_bg.wasm "$dest"/
done

# The playground runs the extension's own core module, presenters and locale files.
rm -rf www/src www/_locales && mkdir -p www/src
cp extension/src/core.js www/src/ && cp -r extension/src/shared www/src/shared && cp -r extension/_locales www/_locales

# The registry is the one source of truth for hosts: the manifest is generated from it.
# CHATMEDIC_CLI is the command that runs the CLI (`make bench` runs its optimised build, so that
# the CLI is not compiled a second time in the dev profile); else cargo runs the dev build.
cli() {
  if [ -n "${CHATMEDIC_CLI:-}" ]; then $CHATMEDIC_CLI "$@"; else cargo run --quiet -p chatmedic -- "$@"; fi
}
cli sites --json > target/sites.json
cli vocabulary > target/vocabulary.json
cli words > target/words.json
node scripts/playground-data.mjs target/sites.json target/vocabulary.json
node scripts/package.mjs target/sites.json target/words.json
