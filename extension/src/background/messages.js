// Every message the worker accepts, validated on arrival. Content scripts run on pages we do
// not control, so they may only report evidence and ask for a diagnosis; the extension's own
// pages may ask more. Anything else is answered with an error, logged once, and dropped.

/** @typedef {import('../shared/types.js').Evidence} Evidence */

/**
 * Messages from a content script (tier "page").
 * @typedef {{type: 'report', evidence: Evidence, minConfidence?: number}} ReportMessage  an error the page drew (found by its words only: recorded from this confidence up)
 * @typedef {{type: 'recovered'}} RecoveredMessage                    the error is gone
 * @typedef {{type: 'site-hints'}} SiteHintsMessage                   the registry row of the sender's page
 * @typedef {{type: 'open-details'}} OpenDetailsMessage               the banner's "Details"
 * @typedef {{type: 'act', fix: PageFix}} ActMessage                  a fix from the banner, for the sender's tab
 * @typedef {{type: 'draft-save', text: string}} DraftSaveMessage     keep the composer's draft before a reload
 * @typedef {{type: 'draft-take'}} DraftTakeMessage                   the draft kept for this tab and page, once
 * @typedef {{type: 'auto-state', tabId?: number}} AutoStateMessage     the tab's auto-refresh run and switch
 * @typedef {{type: 'auto-set', on: boolean, tabId?: number}} AutoSetMessage   "Retry automatically" for the tab's site
 * @typedef {{type: 'auto-control', action: 'stop'|'retry-now', tabId?: number}} AutoControlMessage
 * @typedef {{type: 'auto-due'}} AutoDueMessage                       the page's countdown reached zero
 * @typedef {{type: 'auto-ready', tabId?: number}} AutoReadyMessage   what paused a retry is over (in view, online, idle)
 *   (tabId: only from the extension's pages, about a tab; a content script speaks for its own tab)
 * @typedef {{type: 'watch-state', tabId?: number}} WatchStateMessage   the tab's watch, and whether one is offered
 * @typedef {{type: 'watch-start', tabId?: number}} WatchStartMessage   "Notify me when it's back"
 * @typedef {{type: 'watch-stop', tabId?: number}} WatchStopMessage
 * @typedef {'reload'|'check_status'|'new_chat'|'sign_in_again'|'contact_support'} PageFix
 *
 * Messages from the extension's own pages (tier "extension").
 * @typedef {{type: 'diagnose', evidence: Evidence}} DiagnoseMessage   "Diagnose a message"
 * @typedef {{type: 'tab-state', tabId: number}} TabStateMessage       the incident of a tab
 * @typedef {{type: 'history', site?: string}} HistoryMessage          24-hour history
 * @typedef {{type: 'sites'}} SitesMessage
 * @typedef {{type: 'tried', tabId: number, fix: string}} TriedMessage a fix the user ran
 * @typedef {{type: 'leaving-diagnostic', tabId: number, url: string}} LeavingMessage
 * @typedef {{type: 'retrying-diagnostic', tabId: number}} RetryingMessage  the page's own Try again: no pass
 * @typedef {{type: 'provider-state', site: string}} ProviderStateMessage  what the site's status feed says now
 * @typedef {{type: 'reach', url: string, tabId?: number, netError?: string}} ReachMessage  "Is it me?": probe, and diagnose again
 *
 * @typedef {{type: 'watch-list'}} WatchListMessage   every watch (the options list them)
 *
 * @typedef {AutoStateMessage|AutoSetMessage|AutoControlMessage|AutoDueMessage|AutoReadyMessage} AutoMessage
 * @typedef {WatchStateMessage|WatchStartMessage|WatchStopMessage} WatchMessage
 * @typedef {ReportMessage|RecoveredMessage|SiteHintsMessage|OpenDetailsMessage|ActMessage|DraftSaveMessage|DraftTakeMessage|AutoMessage|WatchMessage} PageMessage
 * @typedef {DiagnoseMessage|TabStateMessage|HistoryMessage|SitesMessage|TriedMessage|LeavingMessage|RetryingMessage|ProviderStateMessage|ReachMessage|AutoMessage|WatchMessage|WatchListMessage} ExtensionMessage
 * @typedef {PageMessage|ExtensionMessage} Message
 */

const MAX_TEXT = 16 * 1024;
const MAX_DRAFT = 100_000;
/** Fixes a page may ask the worker to carry out; the URLs come from the registry, never the page. */
const PAGE_FIXES = new Set(['reload', 'check_status', 'new_chat', 'sign_in_again', 'contact_support']);
const EVIDENCE_FIELDS = {
  url: 'string', site: 'string', text: 'string', body: 'string', httpStatus: 'number', netError: 'string',
  retryAfter: 'string', online: 'boolean', proxy: 'boolean', provider: 'object',
  requestKind: 'string', now: 'number', tzOffsetMinutes: 'number', reach: 'object',
};
/** What a page may claim about itself: never its URL, site or our own sensors' fields. */
const PAGE_EVIDENCE_FIELDS = new Set(['text', 'body', 'httpStatus', 'requestKind']);

export class MessageError extends Error {}

/** @param {unknown} v @returns {v is Record<string, unknown>} */
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * @param {unknown} raw
 * @param {Set<string>|null} allowed  fields a sender of this tier may set; null = all
 * @returns {Evidence}
 */
function evidence(raw, allowed) {
  if (!isObject(raw)) throw new MessageError('evidence: expected an object');
  /** @type {Record<string, unknown>} */
  const out = {};
  for (const [key, value] of Object.entries(raw)) {
    const type = /** @type {Record<string, string>} */ (EVIDENCE_FIELDS)[key];
    if (!type || (allowed && !allowed.has(key))) continue; // unknown fields are ignored
    if (value === undefined || value === null) continue;
    if (typeof value !== type) throw new MessageError(`evidence.${key}: expected a ${type}`);
    if (typeof value === 'string' && value.length > MAX_TEXT) {
      throw new MessageError(`evidence.${key}: longer than ${MAX_TEXT} characters`);
    }
    out[key] = value;
  }
  return /** @type {Evidence} */ (out);
}

/** @param {unknown} v @param {string} field */
function tabId(v, field = 'tabId') {
  if (!Number.isInteger(v) || /** @type {number} */ (v) < 0) {
    throw new MessageError(`${field}: expected a tab id (a whole number ≥ 0)`);
  }
  return /** @type {number} */ (v);
}

/** @param {unknown} v @param {string} field */
function shortString(v, field) {
  if (typeof v !== 'string' || v.length === 0 || v.length > 2048) {
    throw new MessageError(`${field}: expected a non-empty string`);
  }
  return v;
}

/**
 * Who sent a message: the extension's own pages, a content script in a tab, or neither.
 * @param {chrome.runtime.MessageSender} sender
 * @returns {'extension'|'page'|null}
 */
export function tierOf(sender) {
  if (sender.id !== chrome.runtime.id) return null;
  const own = chrome.runtime.getURL('');
  if (sender.url?.startsWith(own) && !sender.tab?.url?.startsWith('http')) return 'extension';
  if (sender.tab && typeof sender.tab.id === 'number' && sender.tab.id >= 0) return 'page';
  return null;
}

/**
 * Validates a message for the sender's tier; throws MessageError naming what was wrong.
 * @param {unknown} raw
 * @param {'extension'|'page'} tier
 * @returns {Message}
 */
export function parseMessage(raw, tier) {
  if (!isObject(raw)) throw new MessageError('message: expected an object with a "type"');
  const type = raw.type;
  if (typeof type !== 'string') throw new MessageError('message.type: expected a string');
  switch (type) {
    case 'report': {
      const report = /** @type {ReportMessage} */ ({ type, evidence: evidence(raw.evidence, tier === 'page' ? PAGE_EVIDENCE_FIELDS : null) });
      if (raw.minConfidence !== undefined) {
        const m = raw.minConfidence;
        if (typeof m !== 'number' || !(m >= 0 && m <= 1)) throw new MessageError('minConfidence: expected a number from 0 to 1');
        report.minConfidence = m;
      }
      return report;
    }
    case 'recovered':
    case 'site-hints':
    case 'open-details':
    case 'draft-take':
      return { type };
    case 'act': {
      if (typeof raw.fix !== 'string' || !PAGE_FIXES.has(raw.fix)) throw new MessageError('fix: not a fix the banner can carry out');
      return { type, fix: /** @type {PageFix} */ (raw.fix) };
    }
    case 'draft-save':
      if (typeof raw.text !== 'string' || raw.text.length > MAX_DRAFT) throw new MessageError(`text: expected a string of at most ${MAX_DRAFT} characters`);
      return { type, text: raw.text };
  }
  // Auto-refresh: a content script about its own tab; the extension's pages name the tab.
  const ownTab = () => (tier === 'extension' ? { tabId: tabId(raw.tabId) } : {});
  switch (type) {
    case 'auto-state':
    case 'auto-ready':
      return { type, ...ownTab() };
    case 'auto-due':
      if (tier !== 'page') throw new MessageError('message.type: "auto-due" comes from the page that counts down');
      return { type };
    case 'auto-set':
      if (typeof raw.on !== 'boolean') throw new MessageError('on: expected true or false');
      return { type, on: raw.on, ...ownTab() };
    case 'auto-control':
      if (raw.action !== 'stop' && raw.action !== 'retry-now') throw new MessageError('action: expected "stop" or "retry-now"');
      return { type, action: raw.action, ...ownTab() };
    case 'watch-state':
    case 'watch-start':
    case 'watch-stop':
      return { type, ...ownTab() };
  }
  if (tier !== 'extension') throw new MessageError(`message.type: "${type.slice(0, 40)}" is not allowed from a web page`);
  switch (type) {
    case 'diagnose':
      return { type, evidence: evidence(raw.evidence, null) };
    case 'tab-state':
      return { type, tabId: tabId(raw.tabId) };
    case 'history':
      return raw.site === undefined ? { type } : { type, site: shortString(raw.site, 'site') };
    case 'sites':
    case 'watch-list':
      return { type };
    case 'tried':
      return { type, tabId: tabId(raw.tabId), fix: shortString(raw.fix, 'fix') };
    case 'leaving-diagnostic':
      return { type, tabId: tabId(raw.tabId), url: shortString(raw.url, 'url') };
    case 'retrying-diagnostic':
      return { type, tabId: tabId(raw.tabId) };
    case 'provider-state':
      return { type, site: shortString(raw.site, 'site') };
    case 'reach': {
      const url = shortString(raw.url, 'url');
      if (!/^https:\/\//i.test(url)) throw new MessageError('url: expected an https:// address');
      /** @type {ReachMessage} */
      const reach = { type, url };
      if (raw.tabId !== undefined) reach.tabId = tabId(raw.tabId);
      if (raw.netError !== undefined) reach.netError = shortString(raw.netError, 'netError');
      return reach;
    }
    default:
      throw new MessageError(`message.type: unknown type "${type.slice(0, 40)}"`);
  }
}
