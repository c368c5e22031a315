// chatmedic's version, from its one place: `[workspace.package] version` in the workspace's
// Cargo.toml (the crate, the CLI and the wasm core take it from there through cargo; the
// manifests through this module). scripts/check-version.mjs holds every copy equal.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The `version` of a TOML file's `[section]` (a plain `key = "value"` line, as Cargo writes it).
 * @param {string} toml @param {string} section @returns {string|undefined}
 */
export function versionIn(toml, section) {
  let inside = false;
  for (const line of toml.split('\n')) {
    const header = line.match(/^\s*\[([^\]]+)\]\s*(#.*)?$/);
    if (header) inside = header[1].trim() === section;
    else if (inside) {
      const v = line.match(/^\s*version\s*=\s*"([^"]*)"/);
      if (v) return v[1];
    }
  }
  return undefined;
}

const found = versionIn(readFileSync(path.join(root, 'Cargo.toml'), 'utf8'), 'workspace.package');
if (!found) throw new Error('Cargo.toml: no version in [workspace.package]');

/** chatmedic's version, e.g. "0.1.0". */
export const VERSION = found;
