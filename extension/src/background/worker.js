// The service worker: sensors → core → incidents → presenters (badge, diagnostic page,
// banner). Every listener is registered synchronously here, at the top level; the wasm core
// loads behind a ready-promise that listeners await.
import * as core from '../core.js';
import * as badge from './badge.js';
import * as incidents from './incidents.js';
import * as settings from './settings.js';
import { listen } from './sensors.js';
import { providerStatus } from './provider.js';
import { MessageError, parseMessage, tierOf } from './messages.js';
import { SITES } from '../generated/sites.js';
import { mayBeBrowserErrorPage } from '../platform.js';

/** @typedef {import('../shared/types.js').Evidence} Evidence */
/** @typedef {import('../shared/types.js').Diagnosis} Diagnosis */
/** @typedef {import('./sensors.js').Observation} Observation */

core.ready().catch((e) => console.error('chatmedic: the core failed to load', e));

const DIAGNOSTIC_PAGE = chrome.runtime.getURL('diagnostic/diagnostic.html');

/**
 * Diagnoses evidence seen in a tab and records it as the tab's incident.
 * @param {number} tabId @param {string} url @param {Evidence} evidence
 * @param {{fromApi?: boolean, fromPage?: boolean, minConfidence?: number}} [how]  fromPage: text the content
 *   script sent; minConfidence: it found the text by its words alone, so a weaker diagnosis is no incident
 */
async function observe(tabId, url, evidence, how = {}) {
  const now = Date.now();
  const current = await incidents.incidentOf(tabId);
  const combined = incidents.combinedEvidence(current, url, evidence, now);
  const diagnosis = await core.diagnose(combined);
  // A backend request that fails in a way the core cannot name (a 404 of some feature
  // probe) is noise, not an incident; a page the user sees failing always is one.
  if ((how.fromApi || how.fromPage) && diagnosis.cause === 'unknown') return null;
  if (how.minConfidence !== undefined && diagnosis.confidence < how.minConfidence) return null;
  const prefs = await settings.load();
  if (!settings.watches(prefs, diagnosis.site)) return null;
  const { incident, isNew } = await incidents.record(tabId, url, combined, diagnosis, now);
  await badge.show(tabId, diagnosis).catch(() => {}); // the tab may be gone
  if (isNew && diagnosis.side === 'service' && diagnosis.site && !combined.provider) {
    void confirmWithProvider(tabId, url, combined, diagnosis.site);
  }
  return incident;
}

/**
 * Asks the provider's status feed about a service-side incident, and diagnoses again with
 * its answer: an acknowledged outage says so; "operational" says "not acknowledged yet".
 * @param {number} tabId @param {string} url @param {Evidence} evidence @param {string} site
 */
async function confirmWithProvider(tabId, url, evidence, site) {
  const status = await providerStatus(site);
  if (!status || status.level === 'unknown') return;
  const current = await incidents.incidentOf(tabId);
  if (!current || current.url !== url) return; // the incident ended meanwhile
  const withProvider = { ...current.evidence, provider: status };
  const diagnosis = await core.diagnose(withProvider);
  const { incident } = await incidents.record(tabId, url, withProvider, diagnosis, Date.now(), { refine: true });
  await badge.show(tabId, diagnosis).catch(() => {});
  // A banner on the page shows the incident: it updates (no content script there is fine).
  await chrome.tabs.sendMessage(tabId, { type: 'incident', incident }).catch(() => {});
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
  const incident = await observe(o.tabId, url, o.evidence, { fromApi: o.kind === 'api' });
  if (!incident || o.kind !== 'page' || !o.evidence.netError) return;
  await showDiagnosticPage(o.tabId, url, o.evidence.netError);
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
  if (!current) return;
  // A clean load ends the page's incident; an API failure seen during this very load is kept.
  if (current.url === url && current.evidence.requestKind === 'api' && Date.now() - current.lastSeen < 2000) return;
  await incidents.clear(tabId);
  await badge.clear(tabId).catch(() => {});
}

listen(
  (o) => void onFailure(o).catch((e) => console.warn('chatmedic: could not record a failure', e)),
  (tabId, url) => void onPageLoaded(tabId, url).catch(() => {}),
);

chrome.tabs.onRemoved.addListener((tabId) => {
  void incidents.clear(tabId);
  void chrome.storage.session.remove(`skip:${tabId}`);
});

chrome.tabs.onUpdated.addListener((tabId, change, tab) => {
  if (change.status !== 'loading') return;
  void (async () => {
    const current = await incidents.incidentOf(tabId);
    if (!current) return;
    const url = change.url ?? tab.url;
    if (url?.startsWith(DIAGNOSTIC_PAGE)) return; // our page shows this very incident
    if (url && sameSite(url, current.url)) return;
    if (mayBeBrowserErrorPage(url, current)) return; // Firefox's error page, before ours replaces it
    // Gone to a page that is not this site (or that we may not see): the incident is over.
    await incidents.clear(tabId);
    await badge.clear(tabId).catch(() => {});
  })();
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
      const incident = await observe(tabId, url, evidence, { fromPage: true, minConfidence: message.minConfidence });
      return { diagnosis: incident?.diagnosis ?? (await core.diagnose(evidence)), incident: incident ?? null };
    }
    case 'site-hints': {
      const site = siteOf(sender.tab?.url ?? '');
      return { site: site ?? null };
    }
    case 'open-details':
      await openDetails(/** @type {number} */ (sender.tab?.id), sender.tab?.windowId);
      return {};
    case 'act':
      await actOnTab(/** @type {chrome.tabs.Tab} */ (sender.tab), message.fix);
      return {};
    case 'draft-save': {
      const tab = /** @type {chrome.tabs.Tab} */ (sender.tab);
      await chrome.storage.session.set({ [`draft:${tab.id}`]: { url: tab.url, text: message.text, t: now } });
      return {};
    }
    case 'draft-take': {
      const tab = /** @type {chrome.tabs.Tab} */ (sender.tab);
      const key = `draft:${tab.id}`;
      const draft = /** @type {{url: string, text: string, t: number}|undefined} */ ((await chrome.storage.session.get(key))[key]);
      if (!draft) return { text: null };
      await chrome.storage.session.remove(key);
      // Only on the page it was typed on (or the site's new chat), and only for a while.
      const fresh = now - draft.t < 10 * 60 * 1000 && siteOf(draft.url)?.id === siteOf(tab.url ?? '')?.id;
      return { text: fresh ? draft.text : null };
    }
    case 'recovered': {
      const tabId = /** @type {number} */ (sender.tab?.id);
      await incidents.clear(tabId);
      await badge.clear(tabId).catch(() => {});
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
      await incidents.markTried(message.tabId, message.fix);
      return {};
    case 'leaving-diagnostic':
      await chrome.storage.session.set({ [`skip:${message.tabId}`]: message.url });
      return {};
    case 'retrying-diagnostic':
      await chrome.storage.session.remove(`skip:${message.tabId}`);
      return {};
  }
}
