// The core in wasm (Node's V8, the engine Chromium runs it in), over the corpus evidence:
// diagnoses per second through the real JS boundary, next to the native figure.
// Usage: node tests/bench/wasm-bench.mjs [corpus.jsonl …]   (make bench runs it after the build)
import { readFileSync, existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { initSync, diagnose } from '../../target/pkg/chatmedic.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const files = process.argv.length > 2 ? process.argv.slice(2)
  : ['public.jsonl', 'structured.jsonl'].map((f) => path.join(root, '..', 'shared', 'corpus', f));
initSync({ module: readFileSync(path.join(root, 'target', 'pkg', 'chatmedic_bg.wasm')) });

/** @type {object[]} */
const cases = files.flatMap((f) => readFileSync(f, 'utf8').split('\n').filter(Boolean)
  .map((line) => { const row = JSON.parse(line); return row.evidence ?? row; }));

/** Runs `fn` over every case `rounds` times; returns ns per call. */
function time(/** @type {(e: object) => unknown} */ fn, /** @type {number} */ rounds) {
  let sink = 0;
  const start = process.hrtime.bigint();
  for (let r = 0; r < rounds; r++) for (const c of cases) sink += fn(c) ? 1 : 0;
  const ns = Number(process.hrtime.bigint() - start);
  if (sink < 0) console.log(sink);
  return ns / (rounds * cases.length);
}

time(diagnose, 200); // warm up: tier-up the JIT and the wasm tier-up compiler
const nsBoundary = Math.min(time(diagnose, 2000), time(diagnose, 2000));
console.log(`wasm (Node ${process.version}), ${cases.length} corpus cases: ` +
  `${nsBoundary.toFixed(0)} ns per diagnosis through the JS boundary, ${(1e9 / nsBoundary).toFixed(0)} diagnoses/s`);

// The native figure from the same corpus, for the ratio (the CLI prints "ns per diagnosis").
const native = path.join(root, 'target', 'bench-native', 'chatmedic');
if (existsSync(native)) {
  const out = execFileSync(native, ['bench', ...files], { encoding: 'utf8' });
  const m = /([\d.]+)\s*ns per diagnosis/.exec(out);
  if (m) {
    const nsNative = Number(m[1]);
    console.log(`native: ${nsNative} ns per diagnosis; wasm/native = ${(nsBoundary / nsNative).toFixed(2)}×`);
  }
}
