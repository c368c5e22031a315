// @ts-check
// Auto-refresh on the page: the worker keeps the run and its schedule; this module is its
// hands and eyes here. It counts down to the next retry (and tells the worker when the time
// has come: a worker stopped meanwhile wakes up for it), says whether a retry now would be in
// the user's way (tab hidden, offline, typing, an answer streaming), keeps the draft before a
// reload, and presses the site's own retry button of the latest turn where there is one.
import { ask } from './messaging.js';
import { saveDraft } from './draft.js';
import * as structure from './structure.js';

/** @typedef {import('../src/shared/types.js').Run} Run */

/** Typing this recently holds a retry back. */
const IDLE_MS = 5_000;
/** How often a held-back retry looks again whether it may go on. */
const RECHECK_MS = 1_000;

/** @type {Run|null} */
let run = null;
let enabled = false;
/** @type {ReturnType<typeof setTimeout>|undefined} */
let dueTimer;
/** @type {ReturnType<typeof setInterval>|undefined} */
let recheck;
/** @type {((run: Run|null, enabled: boolean) => void)[]} */
const listeners = [];

/** Whether an answer is being written now: the sensor knows, and main.js tells this module how
 * to ask (so that the modules import one way: main → sensor → banner → autorefresh). */
let isStreaming = () => false;

/** @param {() => boolean} probe */
export function watchStreaming(probe) {
  isStreaming = probe;
}

/** The run as the worker last said it, and whether the site has auto-refresh on. */
export const current = () => ({ run, enabled });

/** Calls `f` whenever the run or the switch changes (the banner redraws its line). */
export function onChange(/** @type {(run: Run|null, enabled: boolean) => void} */ f) {
  listeners.push(f);
}

/**
 * The worker's word on the run: count down to its time, or stop counting.
 * @param {Run|null} next @param {boolean} [on]
 */
export function update(next, on) {
  run = next;
  if (on !== undefined) enabled = on;
  clearTimeout(dueTimer);
  if (run?.status === 'waiting' && run.nextAt) {
    // The worker arms an alarm and a timer too; this one wakes a worker that was stopped.
    dueTimer = setTimeout(() => void ask({ type: 'auto-due' }), Math.max(0, run.nextAt - Date.now()) + 50);
  }
  if (run?.status !== 'paused') stopRecheck();
  else startRecheck();
  for (const f of listeners) f(run, enabled);
}

/** The site's switch changed (here, in the popup or in the options). @param {boolean} on */
export function setEnabled(on) {
  if (on === enabled) return;
  enabled = on;
  for (const f of listeners) f(run, enabled);
}

/** What would make a retry now cost the user something, or '' when nothing does. */
export function holdBack() {
  if (document.visibilityState === 'hidden') return 'hidden';
  if (!navigator.onLine) return 'offline';
  if (structure.sinceTyping() < IDLE_MS) return 'typing';
  if (isStreaming()) return 'streaming';
  return '';
}

/** A paused run goes on as soon as what held it back is over. */
function startRecheck() {
  if (recheck !== undefined) return;
  const check = () => {
    if (run?.status !== 'paused' || holdBack()) return;
    stopRecheck();
    void ask({ type: 'auto-ready' });
  };
  recheck = setInterval(check, RECHECK_MS);
  document.addEventListener('visibilitychange', check);
  addEventListener('online', check);
}

function stopRecheck() {
  if (recheck === undefined) return;
  clearInterval(recheck);
  recheck = undefined;
}

/**
 * The site's own retry button of the failed answer, if the latest turn has one: the last
 * visible, enabled match in the document (retry buttons of earlier turns are older answers').
 * @param {string[]} selectors
 * @returns {HTMLElement|null}
 */
function retryButton(selectors) {
  for (const selector of selectors) {
    /** @type {Element[]} */
    let found;
    try {
      found = [...document.querySelectorAll(selector)];
    } catch {
      continue; // a bad selector in the registry must not stop the rest
    }
    const last = found.reverse().find((el) => el instanceof HTMLElement && structure.visible(el) &&
      !(/** @type {HTMLButtonElement} */ (el)).disabled && el.getAttribute('aria-disabled') !== 'true');
    if (last instanceof HTMLElement) return last;
  }
  return null;
}

/**
 * The worker's "retry now": held back (why), the site's retry button pressed, or the draft
 * kept for the reload the worker then makes. `userAsked`: the user asked for it this moment
 * (they clicked "back" in a notification), so nothing holds it back.
 * @param {unknown} selectors @param {boolean} [userAsked]
 * @returns {Promise<{outcome: 'blocked', reason: string} | {outcome: 'pressed'|'reload'}>}
 */
export async function retry(selectors, userAsked = false) {
  const reason = userAsked ? '' : holdBack();
  if (reason) return { outcome: 'blocked', reason };
  const list = Array.isArray(selectors) ? selectors.filter((s) => typeof s === 'string' && s) : [];
  const button = retryButton(list);
  if (button) {
    button.click();
    return { outcome: 'pressed' };
  }
  await saveDraft();
  return { outcome: 'reload' };
}

/** Asks the worker for the tab's run once the page starts. */
export async function start() {
  const reply = await ask({ type: 'auto-state' });
  if (reply?.ok) update(reply.run ?? null, !!reply.enabled);
}
