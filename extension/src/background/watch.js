// "Tell me when it's back": while the user is away from a failing tab, checks the failed
// address on the core's schedule (core.watch) and tells them when it answers again. A check is
// one request without cookies (HEAD, credentials: 'omit'), never a reload of their tab; for an
// answer that failed inside a page that loads, the site's API host is checked and the provider's
// feed (cached, single-flight: provider.js) joins the decision. The watch lives in
// chrome.storage.session (`watch:<tab>`), its times in alarms: a stopped worker resumes it.
// Every change to a watch runs in the tab's queue (tabqueue.js): one writer; the check's
// request waits outside it.
import * as core from '../core.js';
import * as badge from './badge.js';
import { readKey } from './store.js';
import { evidenceWait, incidentOf } from './incidents.js';
import { duration } from '../shared/autostatus.js';
import { serial } from './tabqueue.js';
import { providerStatus } from './provider.js';
import { askPageToRetry } from './page-retry.js';
import { dueTimes } from './due-times.js';
import { NOTIFICATIONS } from '../shared/permissions.js';
import { SITES } from '../generated/sites.js';
import { NOTIFICATION_REQUIRES_INTERACTION } from '../platform.js';

/** @typedef {import('../shared/types.js').Watch} Watch */
/** @typedef {import('../shared/types.js').Incident} Incident */
/** @typedef {import('../shared/types.js').WatchDecision} WatchDecision */

const watchKey = (/** @type {number} */ tabId) => `watch:${tabId}`;
/** A check that has not answered by then did not answer. */
const CHECK_TIMEOUT_MS = 8_000;
/** A watch that ended ("back", or the time bound) is shown this long, then forgotten. */
const KEEP_ENDED_MS = 60 * 60_000;

/** The checks' due times: alarms `watch:<tab>`, and timers for the waits under a minute. */
export const times = dueTimes('watch:', (tabId) => void due(tabId));
const { arm, disarm } = times;
/** A watch's notification: its tab and start, so that a click finds the watch it was for. @param {number} tabId @param {Watch} watch */
const notificationId = (tabId, watch) => `watch:${tabId}:${watch.startedAt}`;
/** Tabs whose check is on its way: the alarm and the timer of one due time make one check. */
const checking = new Set();

/** @param {number} tabId @returns {Promise<Watch|undefined>} */
export function watchOf(tabId) {
  return readKey(chrome.storage.session, watchKey(tabId));
}

/** @param {number} tabId @param {Watch|undefined} watch */
async function save(tabId, watch) {
  if (watch) await chrome.storage.session.set({ [watchKey(tabId)]: watch });
  else await chrome.storage.session.remove(watchKey(tabId));
}

/**
 * What a check asks for an incident: the failed page itself, or — for an answer that failed
 * inside a page that loaded (a backend request, a cut stream, the app's own error) — the
 * failed request's address, else the site's API host, else the page (the feed then says more).
 * Only addresses on the site's own hosts, which the host permissions cover: a check elsewhere
 * could not read the status it got.
 * @param {Incident} incident
 * @returns {{target: 'page'|'api', checkUrl: string}}
 */
export function checkTarget(incident) {
  const e = incident.evidence;
  if (e.requestKind === 'page' && (e.httpStatus || e.netError)) return { target: 'page', checkUrl: incident.url };
  const site = SITES.find((s) => s.id === incident.site);
  /** @param {string|undefined} href */
  const ours = (href) => {
    try {
      const u = href ? new URL(href) : null;
      return u && u.protocol === 'https:' && site?.hosts.includes(u.hostname) ? `${u.origin}${u.pathname}` : null;
    } catch {
      return null;
    }
  };
  const failed = e.requestKind === 'api' && e.url !== incident.url ? ours(e.url) : null;
  const api = (site?.apiPatterns ?? []).map((p) => ours(p.replace(/\*.*$/, ''))).find(Boolean);
  return { target: 'api', checkUrl: failed ?? api ?? incident.url };
}

/**
 * Whether the core offers a watch for this incident (the button shows where it does).
 * @param {Incident|undefined} incident
 */
export async function offered(incident) {
  if (!incident) return false;
  const d = await firstDecision(incident, checkTarget(incident).target, Date.now());
  return !(d.action === 'stop' && d.reason === 'not_retryable');
}

/**
 * The core's first decision for an incident's watch.
 * @param {Incident} incident @param {'page'|'api'} target @param {number} now
 */
function firstDecision(incident, target, now) {
  const wait = evidenceWait(incident, now);
  return core.watch({
    cause: incident.diagnosis.cause, side: incident.diagnosis.side, target,
    attempt: 0, sinceFirstFailureMs: 0, random: Math.random(), ...(wait !== undefined ? { retryAfterMs: wait } : {}),
  });
}

/**
 * "Notify me when it's back", for the tab's current incident. Runs in the tab's queue.
 * @param {number} tabId @param {Incident} incident
 * @returns {Promise<Watch|undefined>}
 */
export async function start(tabId, incident) {
  const now = Date.now();
  const current = await watchOf(tabId);
  if (current?.status === 'watching' && current.url === incident.url) return current;
  const target = checkTarget(incident);
  const decision = await firstDecision(incident, target.target, now);
  if (decision.action === 'stop' && decision.reason === 'not_retryable') return undefined;
  const site = SITES.find((s) => s.id === incident.site);
  /** @type {Watch} */
  const watch = {
    tabId, site: incident.site, siteName: site?.name ?? new URL(incident.url).host, url: incident.url,
    ...target, cause: incident.diagnosis.cause, side: incident.diagnosis.side,
    badge: incident.diagnosis.badge ?? null, kind: decision.action === 'notify_at' ? 'clock' : 'probe',
    status: 'watching', attempt: 0, startedAt: now, firstFailureAt: incident.firstSeen,
  };
  return apply(tabId, watch, decision, now);
}

/**
 * Records a decision of the core and carries it out.
 * @param {number} tabId @param {Watch} watch @param {WatchDecision} decision @param {number} now
 * @returns {Promise<Watch>}
 */
async function apply(tabId, watch, decision, now) {
  /** @type {Watch} */
  let next;
  if (decision.action === 'check' || decision.action === 'notify_at') {
    next = { ...watch, status: 'watching', nextAt: now + decision.afterMs };
    arm(tabId, /** @type {number} */ (next.nextAt));
  } else if (decision.action === 'back') {
    disarm(tabId);
    next = { ...watch, status: 'back', endedAt: now };
    delete next.nextAt;
  } else {
    disarm(tabId);
    next = { ...watch, status: 'ended', reason: decision.reason, endedAt: now };
    delete next.nextAt;
  }
  await save(tabId, next);
  if (next.status !== 'watching') await tell(tabId, next);
  await present(tabId, next);
  return next;
}

/**
 * One check: a HEAD without cookies, its HTTP status or no answer. With host permission the
 * worker reads the status of a cross-origin answer; a redirect is an answer too.
 * @param {string} url @returns {Promise<{httpStatus?: number}>}
 */
async function probe(url) {
  try {
    const r = await fetch(url, {
      method: 'HEAD', credentials: 'omit', cache: 'no-store', redirect: 'manual',
      signal: AbortSignal.timeout(CHECK_TIMEOUT_MS),
    });
    // An opaque redirect (redirect: 'manual') has status 0: the server answered with a 3xx.
    return { httpStatus: r.type === 'opaqueredirect' || r.status === 0 ? 302 : r.status };
  } catch {
    return {};
  }
}

/**
 * A watch's time came (alarm, timer): check, or for a rate limit's reset, tell. The request is
 * made outside the tab's queue; what it found is applied in it, to the watch it was made for.
 * @param {number} tabId
 */
export async function due(tabId) {
  const watch = await watchOf(tabId);
  if (!watch || watch.status !== 'watching') return;
  if (Date.now() < (watch.nextAt ?? 0) - 250) {
    arm(tabId, /** @type {number} */ (watch.nextAt)); // early (a worker restarted): wait the rest
    return;
  }
  if (checking.has(tabId)) return;
  checking.add(tabId);
  disarm(tabId);
  try {
    await checkNow(tabId, watch);
  } finally {
    checking.delete(tabId);
  }
}

/**
 * Makes the check (outside the tab's queue) and applies what it found in the queue, to the watch
 * and the attempt it was made for.
 * @param {number} tabId @param {Watch} watch
 */
async function checkNow(tabId, watch) {
  const check = watch.kind === 'clock' ? null : await probe(watch.checkUrl);
  const feed = watch.target === 'api' && watch.site ? await providerStatus(watch.site).catch(() => null) : null;
  await serial(tabId, async () => {
    const now = Date.now();
    const current = await watchOf(tabId);
    if (!current || current.status !== 'watching' || current.startedAt !== watch.startedAt || current.attempt !== watch.attempt) return;
    if (!check) {
      await apply(tabId, current, { action: 'back' }, now);
      return;
    }
    /** @type {Watch} */
    const next = { ...current, attempt: current.attempt + 1 };
    if (feed && feed.level !== 'unknown') {
      if (next.providerLevel && next.providerLevel !== 'operational' && feed.level === 'operational') next.providerResolvedAt = now;
      next.providerLevel = feed.level;
    }
    /** @type {import('../shared/types.js').WatchInput} */
    const input = {
      cause: next.cause, side: next.side, target: next.target, attempt: next.attempt,
      sinceFirstFailureMs: now - next.startedAt, random: Math.random(), check,
    };
    if (next.providerLevel) input.provider = next.providerLevel;
    if (next.providerResolvedAt) input.providerResolvedMs = now - next.providerResolvedAt;
    await apply(tabId, next, await core.watch(input), now);
  });
}

/** @returns {Promise<boolean>} */
export function mayNotify() {
  return chrome.permissions.contains(NOTIFICATIONS).catch(() => false);
}

/** @param {string} key @param {string[]} [subs] */
const msg = (key, subs = []) => chrome.i18n.getMessage(key, subs) || key;

/**
 * The words of a watch that ended: its title and message.
 * @param {Watch} watch @returns {{title: string, message: string}}
 */
export function wordsOf(watch) {
  const took = duration((watch.endedAt ?? Date.now()) - watch.firstFailureAt);
  if (watch.status === 'back' && watch.kind === 'clock') {
    return { title: msg('watch_reset_title', [watch.siteName]), message: msg('watch_reset_message') };
  }
  if (watch.status === 'back') {
    const what = watch.badge && /^\d{3}$/.test(watch.badge) ? msg('watch_back_code', [took, watch.badge])
      : msg('watch_back_cause', [took, msg(`cause_${watch.cause}_headline`)]);
    return { title: msg('watch_back_title', [watch.siteName]), message: `${what} ${msg('watch_back_click')}` };
  }
  return { title: msg('watch_ended_title', [watch.siteName]), message: msg('watch_ended_message', [took]) };
}

/**
 * Tells the user how the watch ended: a system notification where they allowed it; the badge
 * and the tab's title say it in any case.
 * @param {number} tabId @param {Watch} watch
 */
async function tell(tabId, watch) {
  if (!(await mayNotify())) return;
  const { title, message } = wordsOf(watch);
  try {
    // Awaited in the try: a browser that rejects the options throws before any promise.
    await chrome.notifications.create(notificationId(tabId, watch), {
      type: 'basic', iconUrl: chrome.runtime.getURL('icons/icon128.png'), title, message,
      ...(watch.status === 'back' && NOTIFICATION_REQUIRES_INTERACTION ? { requireInteraction: true } : {}),
    });
  } catch (e) {
    console.warn('chatmedic: could not show a notification', e); // the badge and the title still say it
  }
}

/**
 * Shows the watch where the user looks: the badge and its title when it is back, and the page
 * (the banner's line, the tab's title). The popup and the diagnostic page follow the storage.
 * @param {number} tabId @param {Watch|undefined} watch
 */
async function present(tabId, watch) {
  if (watch?.status === 'back') await badge.showBack(tabId, wordsOf(watch).title).catch(() => {}); // the tab may be gone
  await chrome.tabs.sendMessage(tabId, { type: 'watch', watch: watch ?? null }).catch(() => {});
}

/**
 * The tab's incident ended (a clean load: the user came back and reloaded, or auto-refresh
 * did): a watch still watching has nothing left to tell; one that said "back" is done.
 * @param {number} tabId
 */
export async function ended(tabId) {
  const watch = await watchOf(tabId);
  if (!watch) return;
  disarm(tabId);
  await save(tabId, undefined);
  await chrome.notifications?.clear(notificationId(tabId, watch)).catch(() => {});
  await present(tabId, undefined);
}

/** "Stop" (popup, banner, options): the watch ends without a word. @param {number} tabId */
export async function stop(tabId) {
  disarm(tabId);
  await save(tabId, undefined);
  await present(tabId, undefined);
}

/**
 * The user clicked the notification: the tab comes forward and, if it still shows the failure,
 * is retried the way auto-refresh retries (the site's retry button, or a reload after keeping
 * the draft; the failed address loaded again from an error page). A tab that was closed or
 * went elsewhere: the page opens in a new tab.
 * @param {string} notificationId
 */
export async function clicked(notificationId) {
  const m = /^watch:(\d+):(\d+)$/.exec(notificationId);
  if (!m) return;
  const tabId = Number(m[1]);
  await chrome.notifications.clear(notificationId).catch(() => {});
  await serial(tabId, async () => {
    const watch = await watchOf(tabId);
    if (!watch || String(watch.startedAt) !== m[2]) return;
    await save(tabId, undefined);
    const tab = await chrome.tabs.get(tabId).catch(() => null);
    const incident = await incidentOf(tabId);
    if (!tab || !incident || incident.url !== watch.url) {
      if (watch.status !== 'back' || watch.kind === 'clock') {
        if (tab) await focus(tab);
        return;
      }
      await chrome.tabs.create({ url: watch.url });
      return;
    }
    await focus(tab);
    if (watch.status !== 'back') return;
    const site = SITES.find((s) => s.id === watch.site);
    const outcome = await askPageToRetry(tabId, site?.retrySelectors ?? [], { userAsked: true });
    if (outcome === 'reload') await chrome.tabs.reload(tabId);
    else if (outcome === 'navigate') {
      await chrome.storage.session.remove(`skip:${tabId}`);
      await chrome.tabs.update(tabId, { url: watch.url });
    }
  });
}

/** @param {chrome.tabs.Tab} tab */
async function focus(tab) {
  await chrome.tabs.update(/** @type {number} */ (tab.id), { active: true }).catch(() => {});
  await chrome.windows.update(tab.windowId, { focused: true }).catch(() => {});
}

/** Every watch kept (the options list them). @returns {Promise<Watch[]>} */
export async function all() {
  const everything = await chrome.storage.session.get(null);
  return Object.entries(everything).filter(([k]) => k.startsWith('watch:')).map(([, v]) => /** @type {Watch} */ (v));
}

/**
 * The worker (re)started: arm the watches that wait, and forget the ones that ended long ago.
 */
export async function rearm() {
  const now = Date.now();
  for (const watch of await all()) {
    if (watch.status === 'watching' && watch.nextAt) arm(watch.tabId, watch.nextAt);
    else if (watch.status !== 'watching' && now - (watch.endedAt ?? now) > KEEP_ENDED_MS) {
      await serial(watch.tabId, async () => {
        const current = await watchOf(watch.tabId);
        if (current && current.startedAt === watch.startedAt) await save(watch.tabId, undefined);
      });
    }
  }
}
