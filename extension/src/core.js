// The only module that imports the generated wasm package. Everything else asks this one.
//
// The core never panics by design; if it ever traps anyway (a bug), the instance is
// poisoned, so the next call instantiates a fresh one instead of failing forever.
import init, * as wasm from '../pkg/chatmedic.js';

/** @typedef {import('./shared/types.js').Evidence} Evidence */
/** @typedef {import('./shared/types.js').Diagnosis} Diagnosis */

// In the extension, the wasm is named from the package's root: the worker runs this module from
// its bundle (scripts/package.mjs), which is not where this file is. The playground, where no
// extension API is, has it beside its copy of this module.
const wasmUrl = typeof chrome !== 'undefined' && chrome.runtime?.getURL
  ? chrome.runtime.getURL('pkg/chatmedic_bg.wasm')
  : new URL('../pkg/chatmedic_bg.wasm', import.meta.url);

/** @type {Promise<unknown> | null} */
let loading = null;

/** Resolves when the core is instantiated; safe to call any number of times. */
export function ready() {
  loading ??= init({ module_or_path: wasmUrl }).catch((/** @type {unknown} */ e) => {
    loading = null;
    throw e;
  });
  return loading;
}

/**
 * @template T
 * @param {() => T} call
 * @returns {Promise<T>}
 */
async function guarded(call) {
  await ready();
  try {
    return call();
  } catch (e) {
    if (e instanceof WebAssembly.RuntimeError) loading = null; // a trap: start afresh next time
    throw e;
  }
}

/**
 * Diagnoses evidence. Rejects with an Error naming the bad field for invalid evidence.
 * @param {Evidence} evidence
 * @returns {Promise<Diagnosis>}
 */
export function diagnose(evidence) {
  return guarded(() => wasm.diagnose(evidence));
}

/**
 * Diagnoses the parts of one incident (what several sensors saw, in any order): the same
 * answer for every order. Resolves to the combined evidence and its diagnosis.
 * @param {Evidence[]} parts
 * @returns {Promise<{evidence: Evidence, diagnosis: Diagnosis}>}
 */
export function diagnoseCombined(parts) {
  return guarded(() => wasm.diagnoseCombined(parts));
}

/**
 * Auto-refresh's decision (shared/spec/auto-refresh.md): retry after a delay, or stop with a
 * reason. Rejects with an Error naming the bad field.
 * @param {import('./shared/types.js').ScheduleInput} input
 * @returns {Promise<import('./shared/types.js').ScheduleDecision>}
 */
export function schedule(input) {
  return guarded(() => wasm.schedule(input));
}

/**
 * The watch's decision ("Tell me when it's back"): check after a delay, tell at a reset time,
 * back, or stop with a reason. Rejects with an Error naming the bad field.
 * @param {import('./shared/types.js').WatchInput} input
 * @returns {Promise<import('./shared/types.js').WatchDecision>}
 */
export function watch(input) {
  return guarded(() => wasm.watch(input));
}

/**
 * Reads a provider's status feed (the registry names its format and component) at `now`: an
 * RSS feed lists dated incidents, and which of them are current depends on the time.
 * Rejects with an Error saying what was wrong with the feed.
 * @param {import('./shared/types.js').FeedFormat} format @param {string} body
 * @param {string|undefined} component @param {number} now  ms since the epoch (`Date.now()`)
 * @returns {Promise<import('./shared/types.js').ProviderStatus>}
 */
export function parseStatusFeed(format, body, component, now) {
  return guarded(() => wasm.parseStatusFeed(format, body, component, now));
}

/** @returns {Promise<string>} */
export function version() {
  return guarded(() => wasm.version());
}
