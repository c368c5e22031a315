#!/usr/bin/env bash
# make verify-release: does the source archive rebuild the released packages byte for byte?
# Unpacks dist/release/chatmedic-source-<version>.zip into a temporary folder, follows its
# SOURCE-README.md there (`make build`, with its own cargo target dir and node_modules), and
# compares the two zips it makes with the released ones; if they differ, says which files do.
set -euo pipefail
cd "$(dirname "$0")/.."
say() { printf 'verify-release: %s\n' "$*" >&2; }

version=$(node --input-type=module -e "import { VERSION } from './scripts/version.mjs'; console.log(VERSION)")
rel=$PWD/dist/release
source_zip=$rel/chatmedic-source-$version.zip
[ -f "$source_zip" ] || { say "no $source_zip: run make release first"; exit 1; }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/chatmedic-verify-XXXXXX")
trap 'rm -rf "$tmp"' EXIT
src=$tmp/chatmedic
mkdir -p "$src"
unzip -q "$source_zip" -d "$src"
say "rebuilding chatmedic $version in $src"
(cd "$src" && env -u CHATMEDIC_CLI CARGO_TARGET_DIR="$src/target" make build) >&2

status=0
for browser in chromium firefox; do
  released=$rel/chatmedic-$browser-$version.zip
  rebuilt=$src/dist/chatmedic-$browser.zip
  if cmp -s "$released" "$rebuilt"; then
    say "chatmedic-$browser-$version.zip: identical ($(sha256sum "$released" | cut -c1-16)…, $(stat -c %s "$released") bytes)"
    continue
  fi
  status=1
  say "chatmedic-$browser-$version.zip: DIFFERS from the rebuild"
  mkdir -p "$tmp/released-$browser" "$tmp/rebuilt-$browser"
  unzip -q "$released" -d "$tmp/released-$browser"
  unzip -q "$rebuilt" -d "$tmp/rebuilt-$browser"
  if diff -rq "$tmp/released-$browser" "$tmp/rebuilt-$browser" >&2; then
    say "  the same files, packed differently (zip entries below: released, then rebuilt)"
    diff <(zipinfo -l "$released") <(zipinfo -l "$rebuilt") | head -40 >&2 || true
  fi
done
[ $status = 0 ] && say "the source archive rebuilds both packages byte for byte"
exit $status
