// The provider's own status, from its public status feed. One request however many tabs ask:
// concurrent askers share one fetch (single-flight), an answer is kept for a minute, a stale one
// is revalidated with the feed's validators (If-None-Match / If-Modified-Since), and a feed that
// does not answer within a few seconds is "unavailable" — it never delays a diagnosis (callers
// wait for it outside the tab's queue).
import * as core from '../core.js';
import { SITES } from '../generated/sites.js';
import { feedOrigin, granted } from '../shared/hosts.js';

/** @typedef {import('../shared/types.js').ProviderStatus} ProviderStatus */
/** @typedef {import('../shared/types.js').FeedState} FeedState */

/** How long an answer (or a failure to get one) is kept before the feed is asked again. */
export const FRESH_MS = 60 * 1000;
const TIMEOUT_MS = 4000;

/**
 * In flight, per site (each site has its own feed in the registry, so per site is per feed).
 * @type {Map<string, Promise<FeedState>>}
 */
const inflight = new Map();

/**
 * What the site's status feed says now: `none` (the site has no feed), `ok` with the status,
 * or `unavailable` (the feed could not be read, or does not know the site's component).
 * @param {string} siteId
 * @returns {Promise<FeedState>}
 */
export function feedState(siteId) {
  let pending = inflight.get(siteId);
  if (!pending) {
    pending = load(siteId).finally(() => inflight.delete(siteId));
    inflight.set(siteId, pending);
  }
  return pending;
}

/**
 * The provider's status for the incident's evidence, or null when there is none to add.
 * @param {string} siteId
 * @returns {Promise<ProviderStatus|null>}
 */
export async function providerStatus(siteId) {
  const state = await feedState(siteId);
  return state.kind === 'ok' && state.status ? state.status : null;
}

/** @param {string} siteId @returns {Promise<FeedState>} */
async function load(siteId) {
  const site = SITES.find((s) => s.id === siteId);
  const feed = site?.statusFeed;
  if (!site || !feed?.url || feed.format === 'none') return { kind: 'none', at: Date.now() };
  // A feed on a shared host (Google's dashboard on www.google.com) is read once the user allows
  // it ("Show Google's status"): until then the line offers to.
  const origin = feedOrigin(site);
  if ((feed.onSharedHost || site.onSharedHost) && origin && !(await granted([origin]))) {
    return { kind: 'permission', at: Date.now(), url: feed.url, origin };
  }
  const key = `provider:${siteId}`;
  const cached = /** @type {FeedState|undefined} */ ((await chrome.storage.session.get(key))[key]);
  if (cached && cached.url === feed.url && Date.now() - cached.at < FRESH_MS) return cached;
  /** @type {Record<string, string>} */
  const headers = {};
  const reusable = cached?.kind === 'ok' && cached.url === feed.url ? cached : undefined;
  if (reusable?.etag) headers['If-None-Match'] = reusable.etag;
  if (reusable?.lastModified) headers['If-Modified-Since'] = reusable.lastModified;
  /** @type {FeedState} */
  let next;
  try {
    const response = await fetch(feed.url, {
      credentials: 'omit', cache: 'no-store', headers, signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    if (response.status === 304 && reusable) {
      next = { ...reusable, at: Date.now() };
    } else if (!response.ok) {
      throw new Error(`HTTP ${response.status}`);
    } else {
      const status = await core.parseStatusFeed(feed.format, await response.text(), feed.component ?? undefined, Date.now());
      // A feed that does not know the site's component says nothing about it.
      if (status.level === 'unknown') throw new Error(`no status for ${feed.component ?? 'the service'}`);
      next = { kind: 'ok', at: Date.now(), url: feed.url, status };
      const etag = response.headers.get('etag');
      const lastModified = response.headers.get('last-modified');
      if (etag) next.etag = etag;
      if (lastModified) next.lastModified = lastModified;
    }
  } catch (e) {
    const problem = e instanceof Error ? e.message : String(e);
    console.warn(`chatmedic: could not read ${siteId}'s status feed: ${problem}`);
    next = { kind: 'unavailable', at: Date.now(), url: feed.url, problem };
  }
  await chrome.storage.session.set({ [key]: next });
  return next;
}
