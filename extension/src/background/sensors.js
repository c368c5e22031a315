// webRequest sensors: what Chrome itself saw of the registry's sites, as evidence.
// Listeners are added synchronously at the worker's top level (an MV3 worker that registers
// late misses the event that woke it); the filters come from the generated registry.
import { SITES } from '../generated/sites.js';
import { ABANDONED_LOAD_ERRORS, prepareWebRequest } from '../platform.js';

/** @typedef {import('../shared/types.js').Evidence} Evidence */
/** @typedef {{tabId: number, url: string, kind: 'page'|'api', evidence: Evidence, method?: string}} Observation */

/** Match patterns of the sites' pages (path-scoped where a site lives under a path). */
export const PAGE_PATTERNS = SITES.flatMap((s) => s.pagePatterns);
export const API_PATTERNS = SITES.flatMap((s) => s.apiPatterns);

/**
 * @param {chrome.webRequest.HttpHeader[]|undefined} headers @param {string} name
 */
function header(headers, name) {
  return headers?.find((h) => h.name.toLowerCase() === name)?.value;
}

/**
 * @param {(o: Observation) => void} onFailure
 * @param {(tabId: number, url: string) => void} onPageLoaded
 */
export function listen(onFailure, onPageLoaded) {
  const now = () => Date.now();
  const base = () => ({ online: navigator.onLine, now: now(), tzOffsetMinutes: -new Date().getTimezoneOffset() });

  /** @param {chrome.webRequest.OnCompletedDetails} d @param {'page'|'api'} kind */
  const completed = (d, kind) => {
    if (d.tabId < 0) return;
    if (d.statusCode < 400) {
      if (kind === 'page') onPageLoaded(d.tabId, d.url);
      return;
    }
    /** @type {Evidence} */
    const evidence = { ...base(), url: d.url, httpStatus: d.statusCode, requestKind: kind };
    const retryAfter = header(d.responseHeaders, 'retry-after');
    if (retryAfter) evidence.retryAfter = retryAfter;
    onFailure({ tabId: d.tabId, url: kind === 'page' ? d.url : '', kind, evidence, method: d.method });
  };

  /** @param {chrome.webRequest.OnErrorOccurredDetails} d @param {'page'|'api'} kind */
  const failed = (d, kind) => {
    if (d.tabId < 0 || ABANDONED_LOAD_ERRORS.has(d.error)) return;
    onFailure({ tabId: d.tabId, url: kind === 'page' ? d.url : '', kind, method: d.method,
      evidence: { ...base(), url: d.url, netError: d.error, requestKind: kind } });
  };

  const pages = { urls: PAGE_PATTERNS, types: /** @type {chrome.webRequest.ResourceType[]} */ (['main_frame']) };
  const apis = { urls: API_PATTERNS, types: /** @type {chrome.webRequest.ResourceType[]} */ (['xmlhttprequest', 'other', 'websocket']) };
  prepareWebRequest(pages);
  chrome.webRequest.onCompleted.addListener((d) => completed(d, 'page'), pages, ['responseHeaders']);
  chrome.webRequest.onErrorOccurred.addListener((d) => failed(d, 'page'), pages);
  if (API_PATTERNS.length) {
    prepareWebRequest(apis);
    chrome.webRequest.onCompleted.addListener((d) => completed(d, 'api'), apis, ['responseHeaders']);
    chrome.webRequest.onErrorOccurred.addListener((d) => failed(d, 'api'), apis);
  }
}
