// The extension's manifest is the hand-written base plus what the site registry decides:
// host permissions for the chat hosts and their status feeds, and where content scripts run.

/** @typedef {{id: string, hosts: string[], pagePatterns: string[], apiPatterns?: string[], statusFeed?: {url?: string|null}|null}} SiteRow */

/** Match patterns for a site's pages, as the registry gives them. */
export const pagePatterns = (/** @type {SiteRow} */ site) => site.pagePatterns;

/** Host permissions: every host of the registry, and the origin of each status feed. */
export function hostPermissions(/** @type {SiteRow[]} */ sites) {
  const set = new Set();
  for (const s of sites) {
    for (const h of s.hosts) set.add(`https://${h}/*`);
    const feed = s.statusFeed?.url;
    if (feed) set.add(`${new URL(feed).origin}/*`);
  }
  return [...set].sort();
}

export function manifestFor(/** @type {any} */ base, /** @type {SiteRow[]} */ sites) {
  const m = structuredClone(base);
  m.host_permissions = hostPermissions(sites);
  for (const cs of m.content_scripts ?? []) cs.matches = sites.flatMap(pagePatterns);
  return m;
}
