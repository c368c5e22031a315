// Each tab's current incident (chrome.storage.session, so a restarted worker loses nothing)
// and a bounded 24-hour history of incidents per site (chrome.storage.local).
import { readKey, updateKey } from './store.js';

/** @typedef {import('../shared/types.js').Incident} Incident */
/** @typedef {import('../shared/types.js').Evidence} Evidence */
/** @typedef {import('../shared/types.js').Diagnosis} Diagnosis */
/** @typedef {import('../shared/types.js').HistoryEntry} HistoryEntry */

export const DAY_MS = 24 * 60 * 60 * 1000;
const HISTORY_PER_SITE = 200;
/** Evidence seen on the same page within this window is one incident, and is combined. */
const SAME_INCIDENT_MS = 60 * 1000;

const tabKey = (/** @type {number} */ tabId) => `tab:${tabId}`;

/** Why ids that say the wait came from the evidence (Retry-After, "wait 17 s", a reset time). */
const EVIDENCE_WAITS = new Set(['retry_after_header', 'wait_in_text', 'reset_time_in_text']);

/**
 * The wait the incident's evidence gave (Retry-After, "try again in 20 minutes", a reset time),
 * still to run from `now`; undefined when the evidence named none.
 * @param {Incident} incident @param {number} now
 */
export function evidenceWait(incident, now) {
  const d = incident.diagnosis;
  if (!d.retry.afterMs || !d.why.some((w) => EVIDENCE_WAITS.has(w))) return undefined;
  return Math.max(0, Math.round(d.retry.afterMs - (now - incident.lastSeen)));
}

/** @param {number} tabId @returns {Promise<Incident|undefined>} */
export function incidentOf(tabId) {
  return readKey(chrome.storage.session, tabKey(tabId));
}

/**
 * Whether new evidence belongs to the tab's current incident: same page, recent.
 * @param {Incident|undefined} current @param {string} url @param {number} now
 */
export function continues(current, url, now) {
  return !!current && current.url === url && now - current.lastSeen < SAME_INCIDENT_MS;
}

/** Parts kept per incident: one per sensor is a handful. */
const MAX_PARTS = 12;

/**
 * The parts of the tab's incident once `evidence` is added: what each sensor saw last (the
 * page's own response, each backend request, the text the page shows, the provider's feed),
 * combined by the core (core.diagnoseCombined) the same way whatever order the sensors spoke
 * in. A sensor's newer reading replaces its older one: the page shows one error at a time.
 * A new incident (another page, or a while later) starts from this part alone.
 * @param {Incident|undefined} current @param {string} url @param {Evidence} evidence @param {number} now
 * @param {string} sensor  who saw it: "page", "api <url>", "content", "content-body", "provider"
 * @returns {Evidence[]}
 */
export function partsWith(current, url, evidence, now, sensor) {
  const earlier = continues(current, url, now) && current ? (current.parts ?? []) : [];
  return [...earlier.filter((p) => p.sensor !== sensor), { ...evidence, sensor }].slice(-MAX_PARTS);
}

/**
 * Records a diagnosis for a tab. Returns the incident and whether it is new (a different
 * cause or page than before), which is when it enters the history.
 * `refine` says the diagnosis is a second opinion on the same incident (the provider's
 * status arrived), which keeps its history and counts whatever the cause.
 * Callers run in the tab's queue (tabqueue.js): nothing else writes the tab's incident meanwhile.
 * @param {number} tabId @param {string} url @param {Evidence[]} parts @param {Evidence} evidence
 * @param {Diagnosis} diagnosis @param {number} now
 * @param {{refine?: boolean}} [how]
 * @returns {Promise<{incident: Incident, isNew: boolean}>}
 */
export async function record(tabId, url, parts, evidence, diagnosis, now, how = {}) {
  let isNew = true;
  const incident = /** @type {Incident} */ (await updateKey(chrome.storage.session, tabKey(tabId),
    (/** @type {Incident|undefined} */ current) => {
      const same = continues(current, url, now) && (how.refine || current?.diagnosis.cause === diagnosis.cause);
      isNew = !same;
      return {
        tabId, url, site: diagnosis.site, parts, evidence, diagnosis,
        firstSeen: same && current ? current.firstSeen : now,
        lastSeen: now,
        count: same && current ? current.count + (how.refine ? 0 : 1) : 1,
        tried: same && current ? current.tried : [],
      };
    }));
  if (isNew && diagnosis.site) await addHistory(diagnosis.site, diagnosis, evidence, now);
  return { incident, isNew };
}

/** @param {number} tabId @param {string} fix */
export function markTried(tabId, fix) {
  return updateKey(chrome.storage.session, tabKey(tabId), (/** @type {Incident|undefined} */ current) =>
    current ? { ...current, tried: [...current.tried, fix].slice(-20) } : undefined);
}

/** @param {number} tabId */
export function clear(tabId) {
  return updateKey(chrome.storage.session, tabKey(tabId), () => undefined);
}

/**
 * @param {string} site @param {Diagnosis} diagnosis @param {Evidence} evidence @param {number} now
 */
function addHistory(site, diagnosis, evidence, now) {
  return updateKey(chrome.storage.local, 'history', (/** @type {Record<string, HistoryEntry[]>|undefined} */ all) => {
    const next = prune(all ?? {}, now);
    /** @type {HistoryEntry} */
    const entry = { t: now, cause: diagnosis.cause, side: diagnosis.side };
    if (diagnosis.badge) entry.badge = diagnosis.badge;
    if (evidence.httpStatus) entry.httpStatus = evidence.httpStatus;
    next[site] = [...(next[site] ?? []), entry].slice(-HISTORY_PER_SITE);
    return next;
  });
}

/**
 * Drops what is older than a day, and sites left with nothing.
 * @param {Record<string, HistoryEntry[]>} all @param {number} now
 */
export function prune(all, now) {
  /** @type {Record<string, HistoryEntry[]>} */
  const out = {};
  for (const [site, entries] of Object.entries(all)) {
    const kept = entries.filter((e) => now - e.t < DAY_MS);
    if (kept.length) out[site] = kept;
  }
  return out;
}

/** @param {string|undefined} site @param {number} now */
export async function history(site, now) {
  const all = prune((await readKey(chrome.storage.local, 'history')) ?? {}, now);
  return site ? { [site]: all[site] ?? [] } : all;
}
