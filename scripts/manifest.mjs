// The extension's manifest is the hand-written base plus what the site registry decides:
// host permissions for the chat hosts and their status feeds, and where content scripts run.

/** @typedef {{id: string, hosts: string[], pathPrefix?: string|null, apiPatterns?: string[], statusFeed?: {url?: string|null}|null}} SiteRow */

/** Match patterns for a site's pages (path-scoped where the site lives under a path). */
export function pagePatterns(/** @type {SiteRow} */ site) {
  const prefix = site.pathPrefix ? `${site.pathPrefix}*` : '/*';
  return site.hosts.map((h) => `https://${h}${prefix}`);
}

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
