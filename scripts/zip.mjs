// A zip of a folder that is the same bytes whenever the folder holds the same files: its files
// in one order (sorted paths, no directory entries), each with one time and one mode, and no
// extra fields (uid/gid, Unix times). A rebuild from the source archive in any folder, at any
// time, under any umask gives the same zip (scripts/verify-release.sh checks it). Info-ZIP's
// zip (3.0) compresses; its deflate is deterministic.
import { chmodSync, readdirSync, rmSync, utimesSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';

/** The time every file of a package carries (the earliest a zip's DOS time can say well). */
export const ZIP_TIME = new Date('2000-01-01T00:00:00Z');

/**
 * Every file under `dir`, as sorted '/'-separated paths relative to it.
 * @param {string} dir @returns {string[]}
 */
export function filesUnder(dir, prefix = '') {
  return readdirSync(path.join(dir, prefix), { withFileTypes: true }).flatMap((e) => {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    return e.isDirectory() ? filesUnder(dir, rel) : [rel];
  }).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * Writes `zip` from the files of `dir` (whose files get ZIP_TIME and mode 0644).
 * @param {string} dir @param {string} zip
 */
export function zipFolder(dir, zip) {
  const files = filesUnder(dir);
  for (const f of files) {
    chmodSync(path.join(dir, f), 0o644);
    utimesSync(path.join(dir, f), ZIP_TIME, ZIP_TIME);
  }
  rmSync(zip, { force: true });
  // -X: no extra fields; -D: no directory entries; -@: the file list, in this order, from stdin.
  // A zip stores local time: TZ=UTC makes ZIP_TIME the same entry everywhere.
  execFileSync('zip', ['-q', '-X', '-D', zip, '-@'], {
    cwd: dir, input: `${files.join('\n')}\n`, env: { ...process.env, TZ: 'UTC' }, stdio: ['pipe', 'inherit', 'inherit'],
  });
}
