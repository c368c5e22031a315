// The provider's own status, from its public status feed: fetched when a service-side
// incident starts, cached briefly per site so that a flapping page does not hammer the feed.
import * as core from '../core.js';
import { SITES } from '../generated/sites.js';

/** @typedef {import('../shared/types.js').ProviderStatus} ProviderStatus */

const FRESH_MS = 2 * 60 * 1000;
const TIMEOUT_MS = 6000;

/**
 * The status of a site's provider, or null when it has no feed or the feed cannot be read
 * (a status page that is itself down says nothing about the service).
 * @param {string} siteId
 * @returns {Promise<ProviderStatus|null>}
 */
export async function providerStatus(siteId) {
  const site = SITES.find((s) => s.id === siteId);
  const feed = site?.statusFeed;
  if (!feed?.url || feed.format === 'none') return null;
  const key = `provider:${siteId}`;
  const { [key]: cached } = /** @type {{[k: string]: {at: number, status: ProviderStatus|null}|undefined}} */ (
    await chrome.storage.session.get(key)
  );
  if (cached && Date.now() - cached.at < FRESH_MS) return cached.status;
  let status = null;
  try {
    const response = await fetch(feed.url, { credentials: 'omit', cache: 'no-store', signal: AbortSignal.timeout(TIMEOUT_MS) });
    if (response.ok) status = await core.parseStatusFeed(feed.format, await response.text(), feed.component ?? undefined);
  } catch (e) {
    console.warn(`chatmedic: could not read ${siteId}'s status feed: ${e instanceof Error ? e.message : e}`);
  }
  await chrome.storage.session.set({ [key]: { at: Date.now(), status } });
  return status;
}
