// Auto-refresh, opt-in per site: carries out the core's retry schedule (core.schedule) for a
// tab's current incident. The core decides when; this module keeps the run in
// chrome.storage.session (a stopped worker resumes it), waits with an alarm and, for short
// delays, a timer (the page's countdown also says when the time has come), and retries the way
// the page allows: the site's own retry button in the latest turn, else a reload, after the
// content script kept the draft; never while the tab is hidden, offline, the user types or an
// answer streams. Every function here runs in the tab's queue (tabqueue.js): one writer.
import * as core from '../core.js';
import * as badge from './badge.js';
import { evidenceWait, incidentOf } from './incidents.js';
import { readKey } from './store.js';
import { SITES } from '../generated/sites.js';
import { askPageToRetry } from './page-retry.js';
import { dueTimes } from './due-times.js';

/** @typedef {import('../shared/types.js').Run} Run */
/** @typedef {import('../shared/types.js').Incident} Incident */
/** @typedef {import('../shared/types.js').ScheduleInput} ScheduleInput */

const runKey = (/** @type {number} */ tabId) => `auto:${tabId}`;
/** A failure this soon after a run ended as "back" continues it: the recovery was only apparent. */
const REOPEN_MS = 30_000;
/** A failed load's own "loading" comes this soon after its failure. */
const FAILED_LOAD_COMMITS_MS = 3_000;
/** A retry we started: its load's "loading" events come within this time of it. */
const OUR_LOAD_MS = 15_000;
const INCIDENT_LEVELS = new Set(['partial_outage', 'major_outage', 'maintenance']);

/** @type {(tabId: number) => void} */
let onTime = () => {};
/** The runs' due times: alarms `auto:<tab>`, and timers that reach the tab's queue (`whenDue`). */
export const times = dueTimes('auto:', (tabId) => onTime(tabId));
const { arm, disarm } = times;

/**
 * The worker says how a due time reaches the tab's queue (it owns the queue).
 * @param {(tabId: number) => void} f
 */
export function whenDue(f) {
  onTime = f;
}

/** @param {number} tabId @returns {Promise<Run|undefined>} */
export function runOf(tabId) {
  return readKey(chrome.storage.session, runKey(tabId));
}

/** @param {number} tabId @param {Run|undefined} run */
async function save(tabId, run) {
  if (run) await chrome.storage.session.set({ [runKey(tabId)]: run });
  else await chrome.storage.session.remove(runKey(tabId));
}

/** @param {{autoRefresh?: Record<string, boolean>}} prefs @param {string|null} site */
export function enabledFor(prefs, site) {
  return !!site && prefs.autoRefresh?.[site] === true;
}

/**
 * Asks the core when to retry, and records the answer.
 * @param {number} tabId @param {Run} run @param {Incident} incident @param {number} now
 * @returns {Promise<Run>}
 */
async function decide(tabId, run, incident, now) {
  const level = incident.evidence.provider?.level;
  const next = { ...run, cause: incident.diagnosis.cause, statusPage: incident.diagnosis.statusPage ?? run.statusPage ?? null };
  if (level && level !== 'unknown') {
    if (next.providerLevel && INCIDENT_LEVELS.has(next.providerLevel) && level === 'operational') next.providerResolvedAt = now;
    next.providerLevel = level;
  }
  /** @type {ScheduleInput} */
  const input = {
    cause: incident.diagnosis.cause,
    attempt: run.attempt,
    sinceFirstFailureMs: Math.max(0, now - run.firstFailureAt),
    random: Math.random(),
  };
  const wait = evidenceWait(incident, now);
  if (wait !== undefined) input.retryAfterMs = wait;
  if (next.providerLevel) input.provider = next.providerLevel;
  if (next.providerResolvedAt) input.providerResolvedMs = now - next.providerResolvedAt;
  const decision = await core.schedule(input);
  /** @type {Run} */
  let result;
  if (decision.action === 'stop') {
    disarm(tabId);
    result = { ...next, status: 'stopped', reason: decision.reason, endedAt: now };
    delete result.nextAt;
  } else {
    result = {
      ...next, status: 'waiting', nextAt: now + decision.afterMs, afterMs: decision.afterMs,
      decisions: [...run.decisions, { at: now, afterMs: decision.afterMs }].slice(-50),
    };
    delete result.pausedBy;
    arm(tabId, /** @type {number} */ (result.nextAt));
  }
  await save(tabId, result);
  await present(tabId, result, incident);
  return result;
}

/**
 * Shows the run where the user looks: the badge (a retry is scheduled) and the page's banner.
 * The popup and the diagnostic page follow chrome.storage.session themselves.
 * @param {number} tabId @param {Run|undefined} run @param {Incident|undefined} incident
 */
async function present(tabId, run, incident) {
  const shown = incident ?? await incidentOf(tabId);
  if (shown) await badge.show(tabId, shown.diagnosis, run).catch(() => {});
  await chrome.tabs.sendMessage(tabId, { type: 'auto', run: run ?? null }).catch(() => {});
}

/**
 * A tab's incident was recorded (new, or more evidence of it): start a run if the site has
 * auto-refresh on, go on with the run whose retry just failed, or leave a waiting run be.
 * `refine`: the provider's status arrived for the incident, which is no failure of a retry;
 * `posted`: the failed page was the answer to a form (POST), which a reload would send again.
 * @param {number} tabId @param {Incident} incident @param {{autoRefresh?: Record<string, boolean>}} prefs
 * @param {{refine?: boolean, posted?: boolean}} [how]
 */
export async function onIncident(tabId, incident, prefs, how = {}) {
  const now = Date.now();
  let run = await runOf(tabId);
  if (run && run.site !== incident.site) run = undefined;
  const cause = incident.diagnosis.cause;
  if (how.refine && run && run.status !== 'waiting' && run.status !== 'paused') {
    await present(tabId, run, incident);
    return run;
  }
  if (run && (run.status === 'retrying' || (run.status === 'done' && now - (run.endedAt ?? 0) < REOPEN_MS))) {
    // Our retry failed: the next attempt, on the schedule.
    return decide(tabId, { ...run, status: 'waiting' }, incident, now);
  }
  if (run && (run.status === 'waiting' || run.status === 'paused')) {
    // More evidence of the same failure: a new cause or a wait the evidence now gives changes
    // the plan (never counted as an attempt); anything else leaves it as it is.
    const wait = evidenceWait(incident, now);
    const later = wait !== undefined && now + wait > (run.nextAt ?? 0);
    if (cause !== run.cause || later) return decide(tabId, run, incident, now);
    await present(tabId, run, incident);
    return run;
  }
  if (run?.status === 'stopped' && !(run.reason === 'not_retryable' && run.cause !== cause)) {
    await present(tabId, run, incident);
    return run;
  }
  if (!incident.site || !enabledFor(prefs, incident.site)) return undefined;
  /** @type {Run} */
  const fresh = {
    site: incident.site, url: incident.url, cause, status: 'waiting', attempt: 0,
    firstFailureAt: incident.firstSeen, decisions: [], statusPage: incident.diagnosis.statusPage ?? null,
  };
  if (how.posted) {
    /** @type {Run} */
    const stopped = { ...fresh, status: 'stopped', reason: 'not_retryable', endedAt: now };
    await save(tabId, stopped);
    await present(tabId, stopped, incident);
    return stopped;
  }
  return decide(tabId, fresh, incident, now);
}

/**
 * The time of a waiting run came (alarm, timer, or the page's countdown), or a paused one may
 * go on (`force`): retry now, unless the page says the user would lose by it.
 * @param {number} tabId @param {{force?: boolean}} [how]
 */
export async function due(tabId, how = {}) {
  let run = await runOf(tabId);
  if (!run || (run.status !== 'waiting' && run.status !== 'paused')) return;
  const now = Date.now();
  if (run.status === 'waiting' && !how.force && now < (run.nextAt ?? 0) - 250) {
    arm(tabId, /** @type {number} */ (run.nextAt)); // early (a worker restarted): wait the rest
    return;
  }
  if (run.status === 'paused' && !how.force) return;
  const tab = await chrome.tabs.get(tabId).catch(() => null);
  if (!tab) {
    disarm(tabId);
    await save(tabId, undefined);
    return;
  }
  const site = SITES.find((s) => s.id === run?.site);
  // The tab must be in view: the selected tab of a window that is not minimised.
  const win = await chrome.windows.get(tab.windowId).catch(() => null);
  const answer = !tab.active || win?.state === 'minimized' ? { blocked: 'hidden' }
    : await askPageToRetry(tabId, site?.retrySelectors ?? []);
  if (typeof answer === 'object') {
    run = { ...run, status: 'paused', pausedBy: answer.blocked };
    await save(tabId, run);
    await present(tabId, run, undefined);
    return;
  }
  const outcome = answer;
  disarm(tabId);
  run = { ...run, status: 'retrying', attempt: run.attempt + 1, retriedAt: now };
  // The load this retry starts is a fact of the run, so that none of its "loading" events
  // (Firefox reports two for one reload, Chromium one) is taken for the user's own.
  if (outcome === 'pressed') delete run.ourLoad;
  else run.ourLoad = { url: run.url, at: now };
  delete run.pausedBy;
  delete run.nextAt;
  await save(tabId, run);
  await present(tabId, run, undefined);
  if (outcome === 'reload') await chrome.tabs.reload(tabId);
  else if (outcome === 'navigate') {
    // From our diagnostic page: withdraw the pass it armed for Back, so that a retry that
    // fails again comes back to it rather than to Chrome's own error page.
    await chrome.storage.session.remove(`skip:${tabId}`);
    await chrome.tabs.update(tabId, { url: run.url });
  }
  // 'pressed': the page pressed the site's own retry button for the failed answer.
}

/**
 * The tab's incident ended: a clean load or the app took its error away. After our retry that
 * is "back"; otherwise the user got there on their own and the run has nothing left to do.
 * @param {number} tabId
 */
export async function ended(tabId) {
  const run = await runOf(tabId);
  if (!run || run.status === 'done') return;
  disarm(tabId);
  if (run.status === 'retrying') {
    /** @type {Run} */
    const done = { ...run, status: 'done', endedAt: Date.now() };
    await save(tabId, done);
    await present(tabId, done, undefined);
    return;
  }
  await save(tabId, undefined);
  await present(tabId, undefined, undefined);
}

/**
 * Whose load a tab's "loading" is, for its run: the failed load's own commit, the load our
 * retry started, or the user's (a reload or navigation of their own). Decided from what the
 * run recorded, never by counting events: browsers report a different number of "loading"
 * events for one load (Chromium one; Firefox one when the reload starts and another at its
 * commit, which may come before or after the response that failed again).
 * @param {Run} run @param {string} url @param {number} now
 * @returns {'failed-load'|'ours'|'user'}
 */
export function whoseLoad(run, url, now) {
  const last = run.decisions[run.decisions.length - 1]?.at ?? run.firstFailureAt;
  // The failed load itself: its error page (or page) commits just after the failure that
  // started the run or moved it on.
  if (url === run.url && now - last < FAILED_LOAD_COMMITS_MS) return 'failed-load';
  const ours = run.ourLoad;
  if (!ours || url !== ours.url || now - ours.at >= OUR_LOAD_MS) return 'user';
  // Until the retry's outcome is in, every "loading" of the address it loads is that load's.
  if (run.status === 'retrying') return 'ours';
  // The outcome is in (a failure moved the run on): only the commit that trails it, which
  // the first rule read; a later load of the address is the user's.
  return 'user';
}

/**
 * The tab started loading a page: our retry, or the user's own navigation or reload, which
 * ends the schedule.
 * @param {number} tabId @param {string|undefined} url  what it loads, where the worker may see it
 */
export async function loading(tabId, url) {
  const run = await runOf(tabId);
  if (!run || run.status === 'done' || !url) return;
  if (whoseLoad(run, url, Date.now()) !== 'user') return;
  disarm(tabId);
  await save(tabId, undefined);
}

/**
 * What the user asked from the banner or the popup.
 * @param {number} tabId @param {'stop'|'retry-now'} action
 */
export async function control(tabId, action) {
  const run = await runOf(tabId);
  if (!run) return;
  if (action === 'retry-now') return due(tabId, { force: true });
  if (run.status !== 'waiting' && run.status !== 'paused') return;
  disarm(tabId);
  /** @type {Run} */
  const stopped = { ...run, status: 'stopped', reason: 'user', endedAt: Date.now() };
  delete stopped.nextAt;
  await save(tabId, stopped);
  await present(tabId, stopped, undefined);
}

/** The tab is gone. @param {number} tabId */
export async function forget(tabId) {
  disarm(tabId);
  await save(tabId, undefined);
}

/** The worker (re)started: arm the runs that wait, so that their times still come. */
export async function rearm() {
  const all = await chrome.storage.session.get(null);
  for (const [key, value] of Object.entries(all)) {
    if (!key.startsWith('auto:')) continue;
    const run = /** @type {Run} */ (value);
    if (run.status === 'waiting' && run.nextAt) arm(Number(key.slice(5)), run.nextAt);
  }
}
