#!/usr/bin/env bash
# make release: everything the two stores need for the version in Cargo.toml, in dist/release/:
#   chatmedic-chromium-<version>.zip, chatmedic-firefox-<version>.zip   the packages of `make build`
#   chatmedic-source-<version>.zip   HEAD's files (git archive) and SOURCE-README.md: how AMO's
#                                    reviewers rebuild the packages byte for byte
#   SHA256SUMS
#   store/<locale>/listing.json      the listing text of each locale (scripts/store-listing.mjs)
#   store/screenshots/*.png, store/promo-440x280.png   drawn by headless Chromium against the lab
# and checks the Firefox package with addons-linter --warnings-as-errors. `make verify-release`
# rebuilds the packages from the source archive and compares them.
set -euo pipefail
cd "$(dirname "$0")/.."
started=$SECONDS
say() { printf 'release: %s\n' "$*" >&2; }

# The source archive is HEAD's files and the packages are built from the working tree: they must
# be the same files.
if [ -n "$(git status --porcelain)" ]; then
  say "the working tree differs from HEAD; commit (or stash) first, so that the source archive holds the files the packages are built from:"
  git status --short >&2
  exit 1
fi

version=$(node --input-type=module -e "import { VERSION } from './scripts/version.mjs'; console.log(VERSION)")
commit=$(git rev-parse HEAD)
out=dist/release
say "chatmedic $version, commit $commit"

scripts/build.sh
node scripts/check-version.mjs

rm -rf "$out" && mkdir -p "$out"
cp dist/chatmedic-chromium.zip "$out/chatmedic-chromium-$version.zip"
cp dist/chatmedic-firefox.zip "$out/chatmedic-firefox-$version.zip"

# The source archive, with the steps and the tools this build used.
sha() { sha256sum "$1" | cut -d' ' -f1; }
npmv() { node -p "require('./node_modules/$1/package.json').version"; }
readme=$(
  VERSION=$version COMMIT=$commit \
  SHA_FIREFOX=$(sha "$out/chatmedic-firefox-$version.zip") SHA_CHROMIUM=$(sha "$out/chatmedic-chromium-$version.zip") \
  OS="$(. /etc/os-release 2>/dev/null && echo "${PRETTY_NAME:-Linux}" || echo Linux)" ARCH=$(uname -m) \
  RUSTC="$(rustc --version)" WASM_BINDGEN=$(wasm-bindgen --version | awk '{print $2}') \
  NODE=$(node --version) NPM=$(npm --version 2>/dev/null | tail -1) \
  ESBUILD=$(npmv esbuild) TERSER=$(npmv terser) BINARYEN=$(npmv binaryen) \
  ZIP="$(zip -v | sed -n 's/^This is Zip \([0-9.]*\).*/\1/p')" \
  node -e "
    const fs = require('fs');
    process.stdout.write(fs.readFileSync('scripts/source-readme.md', 'utf8').replace(/@([A-Z_]+)@/g, (all, k) => {
      if (!process.env[k]) throw new Error('source-readme.md: no value for ' + all);
      return process.env[k];
    }));"
)
git archive --format=zip --add-virtual-file="SOURCE-README.md:$readme" -o "$out/chatmedic-source-$version.zip" HEAD

# Mozilla's linter on the package as uploaded (what AMO runs).
node_modules/.bin/addons-linter --warnings-as-errors --output text "$out/chatmedic-firefox-$version.zip" >&2

# The listings and the images.
node scripts/store-listing.mjs "$out/store" "dist/chatmedic-chromium/manifest.json"
node tests/release/store-images.mjs "$out/store"

(cd "$out" && sha256sum ./*.zip > SHA256SUMS)
say "written in $((SECONDS - started)) s:"
(cd "$out" && find . -type f | sort | while read -r f; do printf '  %s/%s (%s bytes)\n' "$out" "${f#./}" "$(stat -c %s "$f")"; done) >&2
say "check the rebuild from the source archive with: make verify-release"
