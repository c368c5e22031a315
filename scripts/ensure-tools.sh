#!/usr/bin/env bash
# Installs what the project needs when it is missing; quick and quiet when all is there.
#   scripts/ensure-tools.sh build   rust wasm target, wasm-bindgen-cli, npm packages
#   scripts/ensure-tools.sh test    the same, plus Debian's chromium and chromium-driver, Debian's
#                                   firefox-esr and geckodriver (a crate, pinned)
set -euo pipefail
cd "$(dirname "$0")/.."
need=${1:-build}

say() { printf 'ensure-tools: %s\n' "$*" >&2; }

# The wasm target and components come from rust-toolchain.toml; rustup installs them on
# first use, but only when a cargo command runs through rustup, so ask for them explicitly.
if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown >&2
fi

# wasm-bindgen-cli must equal the wasm-bindgen crate version exactly (pinned with = in crate/Cargo.toml).
want=$(sed -n 's/^wasm-bindgen = "=\([0-9.]*\)".*/\1/p' crate/Cargo.toml)
have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
if [ "$have" != "$want" ]; then
  say "installing wasm-bindgen-cli $want (had: ${have:-none}); this takes a few minutes"
  # Not --locked: the registry mirror here lacks one locked dependency version.
  cargo install -q wasm-bindgen-cli --version "$want" >&2
fi

# npm dev packages (binaryen's wasm-opt, typescript, playwright-core, axe-core).
if [ ! -d node_modules ] || [ package.json -nt node_modules/.installed ] || [ package-lock.json -nt node_modules/.installed ]; then
  say "installing npm packages"
  npm ci --no-audit --no-fund --loglevel=error >&2 2>&1 | grep -v 'Unknown user config' >&2 || true
  [ -x node_modules/.bin/wasm-opt ] || { say "npm ci failed"; exit 1; }
  touch node_modules/.installed
fi

if [ "$need" = test ]; then
  # chromium-l10n: Chromium's UI language packs, so the e2e suite can start it in es and ru.
  if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ] || [ ! -f /usr/lib/chromium/locales/es.pak ]; then
    say "installing Debian's chromium, chromium-driver and chromium-l10n"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq chromium chromium-driver chromium-l10n >/dev/null
  fi
  if [ ! -x /usr/bin/firefox-esr ]; then
    say "installing Debian's firefox-esr"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq firefox-esr >/dev/null
  fi
  # geckodriver is published as a crate only; pinned so that it stays in step with Marionette.
  # Built from source: about 2 minutes on 2 cores, once per machine.
  geckodriver_want=0.37.1
  if [ "$(geckodriver --version 2>/dev/null | awk 'NR==1{print $2}')" != "$geckodriver_want" ]; then
    say "installing geckodriver $geckodriver_want (about 2 minutes, once)"
    nice cargo install -q --locked geckodriver --version "$geckodriver_want" >&2
  fi
fi
