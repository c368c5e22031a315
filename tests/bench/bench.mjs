// `make bench`: everything a user pays, measured in one run and printed as one table, each row
// with its target (docs/performance.md explains each row and what limits it). Needs what
// `make bench` builds first: dist/ (make build), target/bench-native/chatmedic and
// target/bench-pkg (the wasm with `benchCore`).
// Usage: node tests/bench/bench.mjs
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const native = path.join(root, 'target', 'bench-native', 'chatmedic');
const corpus = ['public.jsonl', 'structured.jsonl'].map((f) => path.join(root, '..', 'shared', 'corpus', f));
const langDir = path.join(root, 'crate', 'tests', 'data', 'lang');
const quoted = [path.join(root, 'crate', 'tests', 'data', 'quoted.jsonl'),
  ...readdirSync(langDir).filter((f) => f.endsWith('.jsonl')).sort().map((f) => path.join(langDir, f))];
const started = Date.now();
/** Seconds each part of the run took, printed under the table (where the bench's own time goes). */
/** @type {[string, number][]} */
const took = [];
let lap = started;
const part = (/** @type {string} */ name) => { const now = Date.now(); took.push([name, (now - lap) / 1000]); lap = now; };

/** Runs a command, returns its stdout (stderr passes through). */
function run(/** @type {string} */ cmd, /** @type {string[]} */ args, env = {}) {
  return execFileSync(cmd, args, { cwd: root, encoding: 'utf8', env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 << 20 });
}
const num = (/** @type {RegExp} */ re, /** @type {string} */ text) => {
  const m = re.exec(text);
  if (!m) throw new Error(`bench: ${re} not found in:\n${text}`);
  return Number(m[1]);
};

/** @type {{row: string, what: string, figure: string, target: string, ok: boolean | null}[]} */
const rows = [];
const add = (/** @type {string} */ row, /** @type {string} */ what, /** @type {string} */ figure, /** @type {string} */ target, /** @type {boolean | null} */ ok) =>
  rows.push({ row, what, figure, target, ok });

let corpusOut = '';
// 1. Core: natively (with the one-pass floor of the same run) and in wasm, over two sets.
for (const [name, files] of /** @type {[string, string[]][]} */ ([['corpus', corpus], ['quoted + 14 languages', quoted]])) {
  const out = run(native, ['bench', ...files]);
  const cases = num(/bench: (\d+) cases/, out);
  const ns = num(/core:\s+([\d.]+) ns/, out);
  const floor = num(/floor:\s+([\d.]+) ns/, out);
  if (name === 'corpus') corpusOut = out;
  const w = run('node', [path.join(root, 'tests', 'bench', 'wasm-bench.mjs'), ...files], { CHATMEDIC_BENCH_NATIVE: '0' });
  const wasmNs = num(/core:\s+([\d.]+) ns/, w);
  const callNs = num(/boundary:\s+([\d.]+) ns/, w);
  add('1 core', `native, ${name} (${cases} cases)`, `${ns.toFixed(0)} ns a diagnosis (${(1e9 / ns / 1e6).toFixed(2)} M/s); ` +
    `${(ns / floor).toFixed(1)}× the one-pass floor (${floor.toFixed(0)} ns)`, '≤ 500 ns; ≤ 10× floor', ns <= 500 && ns / floor <= 10);
  add('1 core', `wasm (V8), ${name}`, `${wasmNs.toFixed(0)} ns a diagnosis, ${(wasmNs / ns).toFixed(2)}× native`, '≤ 1.5× native', wasmNs / ns <= 1.5);
  add('1 core', `JS boundary, ${name}`, `${(callNs / 1000).toFixed(2)} µs a diagnose(evidence) call, object in and out`, '≤ 3 µs', callNs <= 3000);
  part(`core, ${name}`);
}
const perByte = [...corpusOut.matchAll(/MiB:\s+[\d.]+ ms, ([\d.]+) ns\/byte/g)].map((m) => Number(m[1]));
add('1 core', 'a huge text (1 to 10 MiB)', `${Math.min(...perByte).toFixed(2)}–${Math.max(...perByte).toFixed(2)} ns a byte`, 'linear', null);

// 2. Size of what ships.
const pkg = path.join(root, 'dist', 'chatmedic-chromium', 'pkg');
const wasm = readFileSync(path.join(pkg, 'chatmedic_bg.wasm'));
const glue = readFileSync(path.join(pkg, 'chatmedic.js'));
const gz = (/** @type {Buffer} */ b) => gzipSync(b, { level: 9 }).length;
const shipped = gz(wasm) + gz(glue);
add('2 size', 'wasm', `${wasm.length.toLocaleString('en')} B raw, ${gz(wasm).toLocaleString('en')} B gzipped`, '', null);
add('2 size', 'JS glue', `${glue.length.toLocaleString('en')} B raw, ${gz(glue).toLocaleString('en')} B gzipped`, '', null);
add('2 size', 'wasm + glue', `${shipped.toLocaleString('en')} B gzipped`, '≤ 120,000 B', shipped <= 120_000);
const zip = statSync(path.join(root, 'dist', 'chatmedic-chromium.zip')).size;
add('2 size', 'the extension zip', `${zip.toLocaleString('en')} B`, '≤ 250,000 B', zip <= 250_000);

// 3 and 4. Worker cold start (headless Chromium) and memory after many diagnoses.
const wb = JSON.parse(run('node', ['--expose-gc', path.join(root, 'tests', 'bench', 'worker-bench.mjs'), '20']).trim().split('\n').pop() ?? '{}');
const cs = wb.coldStart;
// The cold figure is the judged one; the same navigation with the worker running (alternating
// with the cold runs) says what the cold start itself adds.
add('3 cold start', `stopped worker → first diagnosis of a lab 502 (${cs.runs} runs)`,
  `median ${cs.medianMs} ms, p95 ${cs.p95Ms} ms (medians: the browser had the worker running at ${cs.workerStartMedianMs.toFixed(0)} ms, ` +
  `the failure reached its listener at ${cs.eventMedianMs.toFixed(0)} ms and the core at ${cs.observeStartMedianMs.toFixed(0)} ms; listener → stored ${cs.afterEventMedianMs.toFixed(0)} ms)`,
  '≤ 50 ms median', cs.medianMs <= 50);
add('3 cold start', `the same with the worker running (${cs.warm.runs} runs, alternating)`,
  `median ${cs.warm.medianMs} ms, p95 ${cs.warm.p95Ms} ms: the cold start adds ${cs.medianMs - cs.warm.medianMs} ms ` +
  `(medians: the failure reached its listener at ${cs.warm.eventMedianMs.toFixed(0)} ms and the core at ${cs.warm.observeStartMedianMs.toFixed(0)} ms; listener → stored ${cs.warm.afterEventMedianMs.toFixed(0)} ms)`,
  '≤ 60 ms added', cs.medianMs - cs.warm.medianMs <= 60);
// A connection failure: how long the browser's own error page is the tab's document before
// the worker replaces it with the diagnostic page (the browser's clock, commit to commit), and
// until our page first paints.
const ep = wb.errorPage;
const ms = (/** @type {number} */ x) => `${x.toFixed(0)} ms`;
add('3 cold start', `the browser's error page on screen, stopped worker (${ep.runs} runs)`,
  `median ${ms(ep.cold.onScreen.medianMs)}, p95 ${ms(ep.cold.onScreen.p95Ms)} before our page commits; ` +
  `${ms(ep.cold.toPaint.medianMs)} (p95 ${ms(ep.cold.toPaint.p95Ms)}) until it first paints`, '≤ 100 ms median', ep.cold.onScreen.medianMs <= 100);
add('3 cold start', `the same with the worker running (${ep.warm.runs} runs, alternating)`,
  `median ${ms(ep.warm.onScreen.medianMs)}, p95 ${ms(ep.warm.onScreen.p95Ms)} before our page commits; ` +
  `${ms(ep.warm.toPaint.medianMs)} (p95 ${ms(ep.warm.toPaint.p95Ms)}) until it first paints`, '', null);
part('worker cold start and memory');
const mib = (/** @type {number} */ n) => `${(n / 1048576).toFixed(2)} MiB`;
const { at10k, at100k } = wb.memory;
add('4 memory', 'wasm linear memory after 10,000 / 100,000 diagnoses', `${mib(at10k.wasmBytes)} / ${mib(at100k.wasmBytes)}`,
  '≤ 2 MiB, no growth', at100k.wasmBytes <= 2 * 1048576 && at100k.wasmBytes === at10k.wasmBytes);
add('4 memory', 'JS heap (V8, after GC) after 10,000 / 100,000', `${mib(at10k.jsHeapBytes)} / ${mib(at100k.jsHeapBytes)}`,
  'no growth', at100k.jsHeapBytes <= at10k.jsHeapBytes * 1.1);

// 5. Page cost and time to banner: the sensor's own end-to-end measurements.
const sensor = spawnSync('node', ['--test', '--test-concurrency=1', '--test-name-pattern=^every app\'s errors|^streaming a 2,000-token',
  path.join(root, 'tests', 'e2e', 'sensor.test.mjs')], { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 });
const banner = /time to banner over (\d+) errors[^:]*: median ([\d.]+) ms, max ([\d.]+) ms/.exec(sensor.stdout);
// The sensor test prints the whole page's script time with and without the extension (noisy on
// shared cores: it is printed, not judged), the CPU profiler's samples in the extension's own code
// (what the target is about), layouts, and the layout-forcing reads the sensor made.
const stream = /streaming 2,000 tokens: .*?\(([-+]?[\d.]+) ms, ([-\d.]+) µs a token\); CPU samples in the extension's code: ([\d.]+) ms \(([\d.]+) µs a token.*?layouts (\d+) → (\d+) \(([-\d.]+)%\)/.exec(sensor.stdout);
add('5 page', banner ? `time to banner (${banner[1]} errors drawn as the apps draw them)` : 'time to banner',
  banner ? `median ${banner[2]} ms, max ${banner[3]} ms` : 'not measured (see tests/e2e/sensor.test.mjs output)', '', null);
add('5 page', 'streaming a 2,000-token answer',
  stream ? `${stream[3]} ms of script in the extension's code (${stream[4]} µs a token, CPU profile); whole page ${stream[1]} ms; ` +
    `layouts ${stream[5]} → ${stream[6]} (${stream[7]}%), none forced` : 'not measured (see tests/e2e/sensor.test.mjs output)',
  '≤ 10 ms; no forced layout', stream ? Number(stream[3]) <= 10 && sensor.status === 0 : false);

part('sensor test (banner, streaming)');
// 7. A day in a tab: 500 answers streamed with a few incidents, then 10,000 incidents reported.
const day = JSON.parse(run('node', [path.join(root, 'tests', 'bench', 'day-bench.mjs')]).trim().split('\n').pop() ?? '{}');
const kib = (/** @type {number} */ b) => `${(b / 1024).toFixed(0)} KiB`;
// "Beyond noise": the second half adds under 128 KiB. What a heap snapshot diff over 300 answers
// found growing (2026-12-07) was V8's compiled code (23 KB) and the page's own bounded buffer of
// layout-shift entries with their rects, no object of the extension; the same page without the
// extension grows 44 KB, then 3 KB.
const secondHalf = day.heapEnd - day.heapMid;
add('7 a day in a tab', `page heap after GC: start / 250 / 500 answers (${day.incidents} incidents)`,
  `${kib(day.heapStart)} / ${kib(day.heapMid)} / ${kib(day.heapEnd)}`, 'no growth beyond noise',
  secondHalf < 128 * 1024);
add('7 a day in a tab', `chrome.storage.local after ${day.reported.toLocaleString('en')} incidents`,
  `${day.storage.bytes.toLocaleString('en')} B, ${day.storage.entries} history entries`, 'history bounded (200 a site, 24 hours)',
  day.storage.entries <= 200 * 11);
part('a day in a tab');
// 6. The fleet simulation (auto-refresh's retry policies), as the CLI prints it.
const fleet = run(native, ['fleet']);
// …and the watch's checks ("Tell me when it's back") next to them, through a 30-minute outage.
const watchFleet = run(native, ['fleet', '--watch']);

const w1 = Math.max(...rows.map((r) => r.row.length));
const w2 = Math.max(...rows.map((r) => r.what.length));
const w3 = Math.max(...rows.map((r) => r.figure.length));
const w4 = Math.max(...rows.map((r) => r.target.length));
console.log(`\nchatmedic bench, ${new Date().toISOString().slice(0, 10)}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ` +
  `load ${loadavg().map((l) => l.toFixed(1)).join(' ')} at the end, Node ${process.version}, ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
for (const r of rows) {
  const mark = r.ok === null ? '' : r.ok ? 'ok' : 'MISSED';
  console.log(`${r.row.padEnd(w1)}  ${r.what.padEnd(w2)}  ${r.figure.padEnd(w3)}  ${r.target.padEnd(w4)}  ${mark}`);
}
part('fleet');
console.log(`\n6 fleet  ${fleet.trim().split('\n').join('\n         ')}`);
console.log(`\n6 watch  ${watchFleet.trim().split('\n').join('\n         ')}`);
console.log(`\nwhere the bench's time went: ${took.map(([n, t]) => `${n} ${t.toFixed(0)} s`).join(', ')}`);
