// The extension's modules import one way (data flows sensors → core → presenters → actions):
// fails, naming the circle, if any module of extension/ reaches itself through its imports.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'extension');

/** @param {string} dir @returns {string[]} */
const files = (dir) => readdirSync(dir).flatMap((f) => {
  const p = path.join(dir, f);
  if (statSync(p).isDirectory()) return f === 'pkg' ? [] : files(p);
  return p.endsWith('.js') ? [p] : [];
});

/** @type {Map<string, string[]>} */
const imports = new Map();
for (const f of files(root)) {
  const src = readFileSync(f, 'utf8');
  const deps = [...src.matchAll(/^\s*(?:import|export)\s[^'"]*?from\s+['"](\.{1,2}\/[^'"]+)['"]/gm)]
    .map((m) => path.resolve(path.dirname(f), m[1]));
  imports.set(f, deps);
}

/** @type {string[]} */
const circles = [];
const done = new Set();
/** @param {string} f @param {string[]} stack */
function walk(f, stack) {
  const at = stack.indexOf(f);
  if (at >= 0) {
    circles.push([...stack.slice(at), f].map((p) => path.relative(root, p)).join(' → '));
    return;
  }
  if (done.has(f)) return;
  for (const d of imports.get(f) ?? []) walk(d, [...stack, f]);
  done.add(f);
}
for (const f of imports.keys()) walk(f, []);
if (circles.length) {
  console.error(`modules that import themselves in a circle:\n${[...new Set(circles)].join('\n')}`);
  process.exit(1);
}
console.log(`check-imports: ${imports.size} modules, no circle`);
