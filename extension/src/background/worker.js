// The service worker: sensors → core → incidents → presenters (badge, diagnostic page,
// banner). Every listener is registered synchronously here, at the top level; the wasm core
// loads behind a ready-promise that listeners await, started by the first import.
import './preload.js';
import * as core from '../core.js';
import * as badge from './badge.js';
import * as incidents from './incidents.js';
import * as autorefresh from './autorefresh.js';
import { serial } from './tabqueue.js';
import * as settings from './settings.js';
import { listen } from './sensors.js';
import { feedState, providerStatus } from './provider.js';
import * as reach from './reach.js';
import { MessageError, parseMessage, tierOf } from './messages.js';
import { SITES } from '../generated/sites.js';
import { mayBeBrowserErrorPage } from '../platform.js';
import * as optionalSites from './optional-sites.js';
import * as watch from './watch.js';

/** @typedef {import('../shared/types.js').Evidence} Evidence */
/** @typedef {import('../shared/types.js').Diagnosis} Diagnosis */
/** @typedef {import('./sensors.js').Observation} Observation */

const DIAGNOSTIC_PAGE = chrome.runtime.getURL('diagnostic/diagnostic.html');
/** A draft kept for a reload is dropped after a day. */
const DRAFT_MAX_AGE_MS = 24 * 60 * 60 * 1000;

/**
 * Diagnoses evidence seen in a tab and records it as the tab's incident. Runs in the tab's
 * queue (`serial`), like every other change to a tab's state: the incident, its badge and its
 * auto-refresh run end the same whatever order the sensors' events arrive in.
 * @param {number} tabId @param {string} url @param {Evidence} evidence
 * @param {string} sensor  who saw it (incidents.partsWith): a sensor's newer reading replaces its older one
 * @param {{fromApi?: boolean, fromPage?: boolean, minConfidence?: number, refine?: boolean, posted?: boolean}} [how]  fromPage: text the content
 *   script sent; minConfidence: it found the text by its words alone, so a weaker diagnosis is no incident;
 *   refine: the provider's status arrived for the incident (a second opinion, not a new failure)
 */
async function observe(tabId, url, evidence, sensor, how = {}) {
  const now = Date.now();
  // Both reads go out at once, and the core works while they are on their way: a new
  // incident's parts are this evidence alone, so its diagnosis is asked before the incident is
  // known (a just-started worker's first diagnosis also compiles the core: ~10 ms).
  const reading = incidents.incidentOf(tabId);
  const prefsReading = settings.load();
  prefsReading.catch(() => {}); // not awaited on every path; where it is, it throws there
  const alone = how.refine ? null : core.diagnoseCombined(incidents.partsWith(undefined, url, evidence, now, sensor));
  alone?.catch(() => {}); // likewise
  const current = await reading;
  if (how.refine && !incidents.continues(current, url, now)) return null; // it ended meanwhile
  const parts = incidents.partsWith(current, url, evidence, now, sensor);
  const { evidence: combined, diagnosis } = await (alone && parts.length === 1 ? alone : core.diagnoseCombined(parts));
  // A backend request that fails in a way the core cannot name (a 404 of some feature
  // probe) is noise, not an incident; a page the user sees failing always is one.
  if ((how.fromApi || how.fromPage) && diagnosis.cause === 'unknown') return null;
  if (how.minConfidence !== undefined && diagnosis.confidence < how.minConfidence) return null;
  const prefs = await prefsReading;
  if (!settings.watches(prefs, diagnosis.site)) return null;
  const { incident } = await incidents.record(tabId, url, parts, combined, diagnosis, now, { refine: how.refine });
  const run = await autorefresh.onIncident(tabId, incident, prefs, { refine: how.refine, posted: how.posted });
  if (!run) await badge.show(tabId, diagnosis).catch(() => {}); // (a run shows its own badge) the tab may be gone
  if (how.refine) {
    // A banner on the page shows the incident: it updates (no content script there is fine).
    await chrome.tabs.sendMessage(tabId, { type: 'incident', incident }).catch(() => {});
  } else if (diagnosis.site && diagnosis.side !== 'network' && diagnosis.side !== 'device') {
    // Whatever the first sensor said, the provider's word joins every incident that is not
    // this device's or network's: so the incident ends the same in whatever order its
    // evidence came (the feed is cached; one read serves every tab for a while).
    void confirmWithProvider(tabId, url, diagnosis.site);
  }
  return incident;
}

/**
 * Asks the provider's status feed about a service-side incident (cached briefly, so a run of
 * retries reads it again now and then), and diagnoses again with its answer: an acknowledged
 * outage says so; "operational" says "not acknowledged yet". The fetch waits outside the
 * tab's queue; only the update goes through it.
 * @param {number} tabId @param {string} url @param {string} site
 */
async function confirmWithProvider(tabId, url, site) {
  const status = await providerStatus(site);
  if (!status || status.level === 'unknown') return;
  await serial(tabId, async () => {
    const current = await incidents.incidentOf(tabId);
    const known = current?.parts?.find((p) => p.provider)?.provider;
    if (known?.level === status.level && known?.incident === status.incident) return; // nothing new
    await observe(tabId, url, { provider: status }, 'provider', { refine: true });
  });
}

/** @param {Observation} o */
async function onFailure(o) {
  await core.ready();
  let url = o.url;
  if (o.kind === 'api') {
    const tab = await chrome.tabs.get(o.tabId).catch(() => null);
    if (!tab?.url) return;
    url = tab.url;
  }
  await serial(o.tabId, async () => {
    const sensor = o.kind === 'api' ? `api ${(o.evidence.url ?? '').split('?')[0]}` : 'page';
    // A page that came from a form (POST) is never loaded again behind the user's back.
    const posted = o.kind === 'page' && !!o.method && o.method !== 'GET';
    const incident = await observe(o.tabId, url, o.evidence, sensor, { fromApi: o.kind === 'api', posted });
    if (!incident || o.kind !== 'page' || !o.evidence.netError) return;
    await showDiagnosticPage(o.tabId, url, o.evidence.netError);
  });
}

/**
 * Chrome would draw its own error page here, where no content script runs: show ours.
 * @param {number} tabId @param {string} url @param {string} netError
 */
async function showDiagnosticPage(tabId, url, netError) {
  const prefs = await settings.load();
  if (!prefs.diagnosticPage) return;
  // The user left our page for the failed URL (Back): let them pass — also through Chrome's
  // own automatic reloads of its error page — until the URL loads or they try again from
  // our page (the diagnostic page arms and withdraws this pass).
  const skipKey = `skip:${tabId}`;
  const { [skipKey]: skip } = await chrome.storage.session.get(skipKey);
  if (skip === url) return;
  const target = new URL(DIAGNOSTIC_PAGE);
  target.searchParams.set('tab', String(tabId));
  target.searchParams.set('url', url);
  target.searchParams.set('error', netError);
  await chrome.tabs.update(tabId, { url: target.href }).catch(() => {});
}

/** @param {number} tabId @param {string} url */
async function onPageLoaded(tabId, url) {
  const skipKey = `skip:${tabId}`;
  if ((await chrome.storage.session.get(skipKey))[skipKey] === url) await chrome.storage.session.remove(skipKey);
  const current = await incidents.incidentOf(tabId);
  // A clean load ends the page's incident; an API failure seen during this very load is kept.
  if (current && current.url === url && current.evidence.requestKind === 'api' && Date.now() - current.lastSeen < 2000) return;
  await endIncident(tabId);
}

/** The tab's incident is over: its badge goes, and an auto-refresh run says how it ended. @param {number} tabId */
async function endIncident(tabId) {
  await incidents.clear(tabId);
  await badge.clear(tabId).catch(() => {});
  await autorefresh.ended(tabId);
  await watch.ended(tabId);
}

listen(
  (o) => void onFailure(o).catch((e) => console.warn('chatmedic: could not record a failure', e)),
  (tabId, url) => void serial(tabId, () => onPageLoaded(tabId, url)).catch(() => {}),
);

chrome.tabs.onRemoved.addListener((tabId) => {
  void chrome.storage.session.remove(`draft:${tabId}`); // the tab's draft goes with it
  void serial(tabId, async () => {
    await incidents.clear(tabId);
    await autorefresh.forget(tabId);
    await chrome.storage.session.remove(`skip:${tabId}`);
  });
});

chrome.tabs.onUpdated.addListener((tabId, change, tab) => {
  if (change.status !== 'loading') return;
  void serial(tabId, async () => {
    const url = change.url ?? tab.url;
    if (url?.startsWith(DIAGNOSTIC_PAGE)) return; // our page shows this very incident
    // The user's own navigation or reload ends an auto-refresh schedule (ours does not). The
    // incident is read meanwhile (another key: the two do not meet).
    const [, current] = await Promise.all([autorefresh.loading(tabId, url), incidents.incidentOf(tabId)]);
    if (!current) return;
    if (url && sameSite(url, current.url)) return;
    if (mayBeBrowserErrorPage(url, current)) return; // Firefox's error page, before ours replaces it
    // Gone to a page that is not this site (or that we may not see): the incident is over.
    await incidents.clear(tabId);
    await badge.clear(tabId).catch(() => {});
  });
});

// A waiting retry's time came: from an alarm (which outlives the worker), a timer, or the page.
autorefresh.whenDue((/** @type {number} */ tabId) => void serial(tabId, () => autorefresh.due(tabId)).catch(() => {}));
// A watch's check is due (its request waits outside the tab's queue: watch.due).
chrome.alarms.onAlarm.addListener((alarm) => {
  const retry = autorefresh.times.tabOf(alarm.name);
  if (retry !== null) void serial(retry, () => autorefresh.due(retry)).catch(() => {});
  const check = watch.times.tabOf(alarm.name);
  if (check !== null) void watch.due(check).catch((e) => console.warn('chatmedic: a watch\'s check failed', e));
});
// A paused retry waits for the tab to be in view again (where no content script can say so).
chrome.tabs.onActivated.addListener(({ tabId }) => {
  void serial(tabId, async () => {
    if ((await autorefresh.runOf(tabId))?.pausedBy === 'hidden') await autorefresh.due(tabId, { force: true });
  }).catch(() => {});
});
// A worker that was stopped while runs waited: their timers are gone, their alarms are not.
void autorefresh.rearm().catch(() => {});
void watch.rearm().catch(() => {});
// A click on "ChatGPT is back" brings its tab forward. The API is there once the user allowed
// notifications (an optional permission): at start, or when they allow it.
let listeningToNotifications = false;
function listenToNotifications() {
  if (listeningToNotifications || !chrome.notifications) return;
  listeningToNotifications = true;
  chrome.notifications.onClicked.addListener((id) => void watch.clicked(id).catch(() => {}));
}
listenToNotifications();
chrome.permissions.onAdded.addListener(() => listenToNotifications());
// What a click on the notification does, for the e2e suites: neither WebDriver nor CDP can
// click a system notification. (Only the extension's own contexts can reach the worker's global.)
/** @type {any} */ (globalThis).chatmedicNotificationClicked = (/** @type {string} */ id) => watch.clicked(id);
// Sites on shared hosts: their content scripts follow what the user granted.
optionalSites.listen();
// A first install opens the welcome page (what chatmedic does, the sites to switch on).
chrome.runtime.onInstalled.addListener(({ reason }) => {
  if (reason === 'install') void chrome.tabs.create({ url: chrome.runtime.getURL('welcome/welcome.html') }).catch(() => {});
});

/** @param {string} a @param {string} b */
function sameSite(a, b) {
  try {
    return new URL(a).host === new URL(b).host;
  } catch {
    return false;
  }
}

/**
 * The registry row of a page URL: one of the site's hosts (or a subdomain), under its path.
 * @param {string} href
 */
function siteOf(href) {
  let url;
  try {
    url = new URL(href);
  } catch {
    return undefined;
  }
  return SITES.find((s) => s.hosts.some((h) => url.hostname === h || url.hostname.endsWith(`.${h}`)) &&
    (!s.pathPrefix || url.pathname.startsWith(s.pathPrefix)));
}

/**
 * The banner's "Details": the popup for this tab; where Chrome will not open the popup
 * (no user gesture reaches the worker from a page), the same view in a new tab.
 * @param {number} tabId @param {number|undefined} windowId
 */
async function openDetails(tabId, windowId) {
  try {
    await chrome.action.openPopup(windowId === undefined ? {} : { windowId });
    return;
  } catch {
    // fall through
  }
  const url = `${chrome.runtime.getURL('popup/popup.html')}?tab=${tabId}`;
  await chrome.tabs.create({ url, openerTabId: tabId, ...(windowId === undefined ? {} : { windowId }) });
}

/**
 * Carries out a fix the banner offered, for the tab that asked; every URL comes from the
 * registry or the incident, never from the page.
 * @param {chrome.tabs.Tab} tab @param {import('./messages.js').PageFix} fix
 */
async function actOnTab(tab, fix) {
  const tabId = /** @type {number} */ (tab.id);
  const site = siteOf(tab.url ?? '');
  await incidents.markTried(tabId, fix);
  const incident = await incidents.incidentOf(tabId);
  switch (fix) {
    case 'reload':
      await chrome.tabs.reload(tabId);
      return;
    case 'check_status': {
      const url = incident?.diagnosis.statusPage ?? site?.statusPage;
      if (url) await chrome.tabs.create({ url, openerTabId: tabId, windowId: tab.windowId });
      return;
    }
    case 'new_chat':
      if (site?.newChatUrl) await chrome.tabs.update(tabId, { url: site.newChatUrl });
      return;
    case 'sign_in_again':
      if (site?.signInUrl) await chrome.tabs.update(tabId, { url: site.signInUrl });
      return;
    case 'contact_support':
      if (site?.helpUrl) await chrome.tabs.create({ url: site.helpUrl, openerTabId: tabId, windowId: tab.windowId });
  }
}

/**
 * Whether a kept draft belongs where it would be restored: the same conversation (or the
 * site's new chat, where "New chat" took the user), and not older than a day.
 * @param {{url: string, t: number}} draft @param {string} url @param {number} now
 */
function draftFits(draft, url, now) {
  if (now - draft.t > DRAFT_MAX_AGE_MS) return false;
  const site = siteOf(draft.url);
  if (!site || site.id !== siteOf(url)?.id) return false;
  const path = (/** @type {string} */ u) => { try { const x = new URL(u); return x.host + x.pathname; } catch { return u; } };
  return path(draft.url) === path(url) || (!!site.newChatUrl && path(url) === path(site.newChatUrl));
}

/** @param {number} tabId */
async function autoState(tabId) {
  const [run, incident, prefs] = await Promise.all([autorefresh.runOf(tabId), incidents.incidentOf(tabId), settings.load()]);
  const site = incident?.site ?? run?.site ?? null;
  return { run: run ?? null, site, enabled: autorefresh.enabledFor(prefs, site) };
}

/**
 * The "Retry automatically" switch (banner, popup): on or off for the tab's site; on starts a
 * run for the tab's current incident at once, off ends the tab's run.
 * @param {number} tabId @param {boolean} on
 */
async function setAutoRefresh(tabId, on) {
  const incident = await incidents.incidentOf(tabId);
  const site = incident?.site ?? (await autorefresh.runOf(tabId))?.site;
  if (!site) return;
  const prefs = await settings.setAutoRefresh(site, on);
  if (on && incident) await autorefresh.onIncident(tabId, incident, prefs);
  if (!on) await autorefresh.forget(tabId);
  const shown = await incidents.incidentOf(tabId);
  if (shown) await badge.show(tabId, shown.diagnosis, await autorefresh.runOf(tabId)).catch(() => {});
  await chrome.tabs.sendMessage(tabId, { type: 'auto', run: (await autorefresh.runOf(tabId)) ?? null }).catch(() => {});
}

/**
 * The tab's watch, whether one is offered for its incident, and whether notifications are allowed.
 * @param {number} tabId
 */
async function watchState(tabId) {
  const [current, incident, notify] = await Promise.all([watch.watchOf(tabId), incidents.incidentOf(tabId), watch.mayNotify()]);
  return { watch: current ?? null, offered: await watch.offered(incident), notify };
}

/**
 * Opens our small window that says why chatmedic would show a notification and asks for it.
 * @param {number} tabId @param {number|undefined} windowId
 */
async function askForNotifications(tabId, windowId) {
  const url = chrome.runtime.getURL(`watch/allow.html?tab=${tabId}`);
  const opener = windowId === undefined ? null : await chrome.windows.get(windowId).catch(() => null);
  const width = 460;
  const height = 340;
  const left = opener?.left !== undefined && opener.width ? opener.left + Math.max(0, opener.width - width - 24) : undefined;
  const top = opener?.top !== undefined ? opener.top + 72 : undefined;
  await chrome.windows.create({ url, type: 'popup', width, height, ...(left !== undefined ? { left } : {}), ...(top !== undefined ? { top } : {}) })
    .catch(() => chrome.tabs.create({ url }));
}

/** Senders we already logged a malformed message from: log once, not once per message. */
const loggedBadSenders = new Set();

chrome.runtime.onMessage.addListener((raw, sender, reply) => {
  const tier = tierOf(sender);
  let message;
  try {
    if (!tier) throw new MessageError('sender: not a part of this extension or a watched tab');
    message = parseMessage(raw, tier);
  } catch (e) {
    const problem = e instanceof Error ? e.message : String(e);
    const who = sender.url ?? sender.id ?? 'unknown';
    if (!loggedBadSenders.has(who)) {
      loggedBadSenders.add(who);
      console.warn(`chatmedic: refused a message from ${who}: ${problem}`);
    }
    reply({ ok: false, error: problem });
    return false;
  }
  handle(message, sender).then(
    (result) => reply({ ok: true, ...result }),
    (e) => reply({ ok: false, error: e instanceof Error ? e.message : String(e) }),
  );
  return true; // the reply comes asynchronously
});

/**
 * @param {import('./messages.js').Message} message
 * @param {chrome.runtime.MessageSender} sender
 * @returns {Promise<Record<string, unknown>>}
 */
async function handle(message, sender) {
  await core.ready();
  const now = Date.now();
  switch (message.type) {
    case 'report': {
      const tabId = /** @type {number} */ (sender.tab?.id);
      const url = sender.tab?.url ?? sender.url ?? '';
      const evidence = { online: navigator.onLine, now, tzOffsetMinutes: -new Date().getTimezoneOffset(), ...message.evidence, url };
      const sensor = message.evidence.body ? 'content-body' : 'content';
      const incident = await serial(tabId, () => observe(tabId, url, evidence, sensor, { fromPage: true, minConfidence: message.minConfidence }));
      return { diagnosis: incident?.diagnosis ?? (await core.diagnose(evidence)), incident: incident ?? null };
    }
    case 'site-hints': {
      const site = siteOf(sender.tab?.url ?? '');
      return { site: site ?? null };
    }
    case 'open-details':
      await openDetails(/** @type {number} */ (sender.tab?.id), sender.tab?.windowId);
      return {};
    case 'act': {
      const tab = /** @type {chrome.tabs.Tab} */ (sender.tab);
      await serial(/** @type {number} */ (tab.id), () => actOnTab(tab, message.fix));
      return {};
    }
    case 'draft-save': {
      const tab = /** @type {chrome.tabs.Tab} */ (sender.tab);
      const key = `draft:${tab.id}`;
      // An empty box is a draft too: what was sent must not come back after a reload.
      // (Not in the tab's queue: the tab's content script is this key's one writer, and it
      // saves while the queue waits for its answer to "retry now".)
      if (message.text.trim()) await chrome.storage.session.set({ [key]: { url: tab.url, text: message.text, t: now } });
      else await chrome.storage.session.remove(key);
      return {};
    }
    case 'draft-take': {
      const tab = /** @type {chrome.tabs.Tab} */ (sender.tab);
      const key = `draft:${tab.id}`;
      const draft = /** @type {{url: string, text: string, t: number}|undefined} */ ((await chrome.storage.session.get(key))[key]);
      if (!draft) return { text: null };
      await chrome.storage.session.remove(key);
      return { text: draftFits(draft, tab.url ?? '', now) ? draft.text : null };
    }
    case 'recovered': {
      const tabId = /** @type {number} */ (sender.tab?.id);
      await serial(tabId, () => endIncident(tabId));
      return {};
    }
    case 'auto-state': {
      const tabId = message.tabId ?? /** @type {number} */ (sender.tab?.id);
      return autoState(tabId);
    }
    case 'auto-set': {
      const tabId = message.tabId ?? /** @type {number} */ (sender.tab?.id);
      await serial(tabId, () => setAutoRefresh(tabId, message.on));
      return autoState(tabId);
    }
    case 'auto-control': {
      const tabId = message.tabId ?? /** @type {number} */ (sender.tab?.id);
      await serial(tabId, () => autorefresh.control(tabId, message.action));
      return autoState(tabId);
    }
    case 'auto-due': {
      const tabId = /** @type {number} */ (sender.tab?.id);
      await serial(tabId, () => autorefresh.due(tabId));
      return {};
    }
    case 'auto-ready': {
      const tabId = message.tabId ?? /** @type {number} */ (sender.tab?.id);
      await serial(tabId, async () => {
        if ((await autorefresh.runOf(tabId))?.status === 'paused') await autorefresh.due(tabId, { force: true });
      });
      return {};
    }
    case 'diagnose':
      return { diagnosis: await core.diagnose({ now, tzOffsetMinutes: -new Date().getTimezoneOffset(), ...message.evidence }) };
    case 'tab-state':
      return { incident: (await incidents.incidentOf(message.tabId)) ?? null };
    case 'history':
      return { history: await incidents.history(message.site, now) };
    case 'sites':
      return { sites: SITES };
    case 'tried':
      await serial(message.tabId, () => incidents.markTried(message.tabId, message.fix));
      return {};
    case 'leaving-diagnostic':
      await chrome.storage.session.set({ [`skip:${message.tabId}`]: message.url });
      return {};
    case 'retrying-diagnostic':
      await chrome.storage.session.remove(`skip:${message.tabId}`);
      return {};
    case 'provider-state':
      return { state: await feedState(message.site) };
    case 'watch-state': {
      const tabId = message.tabId ?? /** @type {number} */ (sender.tab?.id);
      return watchState(tabId);
    }
    case 'watch-start': {
      const tabId = message.tabId ?? /** @type {number} */ (sender.tab?.id);
      const started = await serial(tabId, async () => {
        const incident = await incidents.incidentOf(tabId);
        return incident ? watch.start(tabId, incident) : undefined;
      });
      if (!started) throw new MessageError('tabId: no failure in this tab that waiting can fix');
      // From the page's banner, where no permission can be asked: the first time, a small
      // window of ours explains and asks (the popup and our pages ask from their own click).
      if (message.tabId === undefined && !(await watch.mayNotify()) && !(await settings.load()).notifyAsked) {
        await askForNotifications(tabId, sender.tab?.windowId);
      }
      return watchState(tabId);
    }
    case 'watch-stop': {
      const tabId = message.tabId ?? /** @type {number} */ (sender.tab?.id);
      await serial(tabId, () => watch.stop(tabId));
      return watchState(tabId);
    }
    case 'watch-list':
      return { watches: await watch.all() };
    case 'reach':
      return checkReach(message);
  }
}

/**
 * "Is it me?": probes the site, its status host and another host, then diagnoses again with
 * what answered — recorded in the tab's incident when it is still this page's (through the
 * tab's queue), else only answered.
 * @param {import('./messages.js').ReachMessage} message
 */
async function checkReach(message) {
  const site = siteOf(message.url);
  if (!site) throw new MessageError('url: not a page of a watched site');
  const { targets, reach: outcome } = await reach.probe(message.url, site);
  const tabId = message.tabId;
  /** @type {import('../shared/types.js').Incident|null} */
  let incident = null;
  if (tabId !== undefined) {
    incident = await serial(tabId, () => observe(tabId, message.url, { reach: outcome }, 'reach', { refine: true }));
  }
  if (tabId !== undefined && incident) {
    // Now on the service's side: the provider's word joins it, as for any service failure.
    if (incident.diagnosis.side === 'service') void confirmWithProvider(tabId, message.url, site.id);
    return { targets, diagnosis: incident.diagnosis, incident };
  }
  const current = tabId !== undefined ? await incidents.incidentOf(tabId) : undefined;
  const known = current?.url === message.url ? (current.parts ?? [current.evidence]) : [{
    url: message.url, requestKind: /** @type {const} */ ('page'), online: navigator.onLine, now: Date.now(),
    ...(message.netError ? { netError: message.netError } : {}),
  }];
  const { diagnosis } = await core.diagnoseCombined([...known, { reach: outcome }]);
  return { targets, diagnosis, incident: null };
}
