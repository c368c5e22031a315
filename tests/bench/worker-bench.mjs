// What a user pays outside the core's own loop, measured on the built extension (dist/) and the
// shipped wasm (target/pkg), printed as JSON for tests/bench/bench.mjs:
// - coldStart: a tab opened, then the service worker stopped through CDP (Target.closeTarget, as
//   tests/e2e/extension.test.mjs stops it) and checked stopped, then the tab navigates to a lab
//   page that answers 502: the milliseconds from the navigation's start to the tab's incident
//   being in the worker's storage (the first diagnosis answered), over `RUNS` runs; and, of that,
//   until the browser had the new worker running (its performance.timeOrigin) and until the
//   failure reached the core (the incident's lastSeen).
// - memory: the shipped wasm in Node's V8 (the engine of the worker), diagnosing 10,000 and then
//   100,000 varied evidence objects (the corpus, quoted and language sets, with varied statuses,
//   sites and waits) through the same `diagnose` the worker calls: the wasm linear memory and the
//   JS heap after each (after a full GC). The worker's own module scope, where its wasm instance
//   lives, is not reachable from a test driver, so the figures are of the same module and glue
//   outside the worker.
// Usage: node --expose-gc tests/bench/worker-bench.mjs [RUNS]
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { launch } from '../harness.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const RUNS = Number(process.argv[2] ?? 20);
const sleep = (/** @type {number} */ ms) => new Promise((r) => setTimeout(r, ms));

/** @param {number[]} xs @param {number} p */
function percentile(xs, p) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)];
}

async function coldStart() {
  const s = await launch();
  /** @type {number[]} */ const total = [];
  /** @type {number[]} */ const toWorker = [];
  /** @type {number[]} */ const toObserve = [];
  try {
    s.lab.set('chatgpt.com', '/', 'nginx502');
    const driver = await s.context.newPage();
    const cdp = await s.context.newCDPSession(driver);
    /** The extension's running service worker, if any. */
    const running = async () => (await cdp.send('Target.getTargets')).targetInfos
      .find((t) => t.type === 'service_worker' && t.url.includes(s.extensionId));
    for (let run = 0; run < RUNS + 1; run++) {
      // The tab first: opening and activating a tab wakes the worker (it listens to tab events),
      // and that start is not the failure's.
      const page = await s.context.newPage();
      await sleep(300);
      // Stop the worker and wait until the browser no longer lists it, then let the browser
      // settle; stop it again if anything woke it meanwhile.
      for (let tries = 0; tries < 10; tries++) {
        const sw = await running();
        if (!sw) break;
        await cdp.send('Target.closeTarget', { targetId: sw.targetId });
        for (let i = 0; i < 100 && (await running())?.targetId === sw.targetId; i++) await sleep(20);
        await sleep(200);
      }
      if (await running()) throw new Error('worker-bench: the service worker keeps running; cannot measure a cold start');
      const t0 = Date.now();
      const goto = page.goto('https://chatgpt.com/').catch(() => null);
      const worker = await s.worker();
      /** @type {any} */ let found = null;
      while (!found) {
        found = await worker.evaluate(async (since) => {
          const all = await chrome.storage.session.get(null);
          const hit = Object.entries(all).find(([k, v]) => k.startsWith('tab:') && /** @type {any} */ (v)?.url === 'https://chatgpt.com/'
            && /** @type {any} */ (v).lastSeen >= since);
          if (!hit) return null;
          // Where the time went: when the browser started the worker (its timeOrigin), and when
          // the diagnosis of the failure began (the incident's lastSeen, taken as `observe`
          // starts, before the core is asked).
          return { origin: performance.timeOrigin, observed: /** @type {any} */ (hit[1]).lastSeen };
        }, t0 - 5).catch(() => null);
        if (!found) await sleep(2);
      }
      const t1 = Date.now();
      await goto;
      if (run > 0) { // the first run also loads the extension's files from disk: left out
        total.push(t1 - t0);
        toWorker.push(found.origin - t0);
        toObserve.push(found.observed - t0);
      }
      const tabId = await s.tabIdOf(page);
      await page.close();
      // A fresh incident each run: the tab is closed; clear what the worker kept.
      await worker.evaluate(async (id) => chrome.storage.session.remove(`tab:${id}`), tabId).catch(() => {});
    }
    await driver.close();
  } finally {
    s.lab.reset();
    await s.close();
  }
  return {
    runs: total.length,
    medianMs: percentile(total, 0.5), p95Ms: percentile(total, 0.95),
    workerStartMedianMs: percentile(toWorker, 0.5),
    observeStartMedianMs: percentile(toObserve, 0.5),
  };
}

async function memory() {
  const pkg = path.join(root, 'target', 'pkg');
  const wasm = await import(path.join(pkg, 'chatmedic.js'));
  const exports = wasm.initSync({ module: readFileSync(path.join(pkg, 'chatmedic_bg.wasm')) });
  const files = [
    path.join(root, '..', 'shared', 'corpus', 'public.jsonl'), path.join(root, '..', 'shared', 'corpus', 'structured.jsonl'),
    path.join(root, 'crate', 'tests', 'data', 'quoted.jsonl'),
    ...readdirSync(path.join(root, 'crate', 'tests', 'data', 'lang')).map((f) => path.join(root, 'crate', 'tests', 'data', 'lang', f)),
  ];
  const base = files.flatMap((f) => readFileSync(f, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l).evidence));
  const statuses = [undefined, 429, 500, 502, 503, 504, 403, 401];
  /** Varied evidence: each case with another status, a wait, a longer text every so often. */
  const evidence = (/** @type {number} */ i) => {
    const e = { ...base[i % base.length] };
    const k = Math.floor(i / base.length);
    if (statuses[k % statuses.length] !== undefined) e.httpStatus = statuses[k % statuses.length];
    if (k % 3 === 1) e.retryAfter = String(k % 120);
    if (k % 5 === 2 && e.text) e.text = `${e.text} (attempt ${k})\n`.repeat(1 + (k % 7));
    e.now = 1_700_000_000_000 + i;
    return e;
  };
  const gc = /** @type {any} */ (globalThis).gc ?? (() => {});
  const sample = () => {
    gc();
    return { wasmBytes: exports.memory.buffer.byteLength, jsHeapBytes: process.memoryUsage().heapUsed };
  };
  let sink = 0;
  for (let i = 0; i < 10_000; i++) sink += wasm.diagnose(evidence(i)).confidence;
  const at10k = sample();
  for (let i = 10_000; i < 100_000; i++) sink += wasm.diagnose(evidence(i)).confidence;
  const at100k = sample();
  if (sink < 0) console.error(sink);
  return { at10k, at100k };
}

const out = { memory: await memory(), coldStart: await coldStart() };
console.log(JSON.stringify(out));
