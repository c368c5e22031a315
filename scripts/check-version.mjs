// One version: fails, saying where, if any copy of chatmedic's version differs from Cargo.toml's
// `[workspace.package] version` (scripts/version.mjs) — the crate, Cargo.lock, both browsers'
// generated manifests (and the built ones, when there is a build) — or if it is not a version
// the stores accept, or CHANGELOG.md has no section for it. Run by `make js-check`.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { VERSION, versionIn } from './version.mjs';
import { manifestFor } from './manifest.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const read = (/** @type {string} */ f) => readFileSync(path.join(root, f), 'utf8');
/** @type {string[]} */
const problems = [];

// Chrome: one to four dot-separated integers, 0 to 65535, no leading zeros (no "-beta");
// Firefox accepts every such version too.
const parts = VERSION.split('.');
if (parts.length > 4 || !parts.every((p) => /^(0|[1-9]\d{0,4})$/.test(p) && Number(p) <= 65535)) {
  problems.push(`Cargo.toml: version ${VERSION} is not one the stores accept (1 to 4 integers 0-65535, e.g. 1.2.3)`);
}

const crate = read('crate/Cargo.toml');
if (!/^version\.workspace\s*=\s*true\s*$/m.test(crate) || versionIn(crate, 'package') !== undefined) {
  problems.push('crate/Cargo.toml: [package] must say `version.workspace = true`, not a version of its own');
}

const locked = read('Cargo.lock').match(/\[\[package\]\]\nname = "chatmedic"\nversion = "([^"]+)"/)?.[1];
if (locked !== VERSION) problems.push(`Cargo.lock: chatmedic ${locked}, not ${VERSION} (run cargo build)`);

const base = JSON.parse(read('extension/manifest.base.json'));
if ('version' in base) problems.push('extension/manifest.base.json: has a "version"; the generated manifests take it from Cargo.toml');
for (const browser of /** @type {const} */ (['chromium', 'firefox'])) {
  const generated = manifestFor(base, [], browser).version;
  if (generated !== VERSION) problems.push(`scripts/manifest.mjs: the ${browser} manifest says ${generated}, not ${VERSION}`);
  const built = path.join(root, 'dist', `chatmedic-${browser}`, 'manifest.json');
  if (existsSync(built)) {
    const v = JSON.parse(readFileSync(built, 'utf8')).version;
    if (v !== VERSION) problems.push(`dist/chatmedic-${browser}/manifest.json: ${v}, not ${VERSION} (a build from before the change: make build)`);
  }
}

// The changelog has a section for the version (Keep a Changelog: "## [0.1.0] - 2026-12-07").
if (!new RegExp(`^## \\[${VERSION.replaceAll('.', '\\.')}\\]`, 'm').test(read('CHANGELOG.md'))) {
  problems.push(`CHANGELOG.md: no "## [${VERSION}]" section`);
}

if (problems.length) {
  console.error(`check-version: chatmedic is ${VERSION} in Cargo.toml, but:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
