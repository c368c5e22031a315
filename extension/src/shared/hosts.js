// @ts-check
// Which hosts a site needs, as permission patterns: the same in the worker (what is granted,
// which content scripts to register) and in the pages that ask for them (options, welcome page,
// the status line). Hosts shared with much else are asked at use, never at install
// (scripts/manifest.mjs reads the same registry flags).

/** @typedef {import('./types.js').Site} Site */

/** The origin patterns of a site's pages. @param {Site} site */
export const pageOrigins = (site) => site.hosts.map((h) => `https://${h}/*`);

/** The origin pattern of a site's status feed, if it has one. @param {Site} site */
export function feedOrigin(site) {
  const url = site.statusFeed?.url;
  if (!url) return null;
  try {
    return `${new URL(url).origin}/*`;
  } catch {
    return null;
  }
}

/** Sites whose pages are asked for at use (github.com/copilot, huggingface.co/chat). @param {Site[]} sites */
export const optionalSites = (sites) => sites.filter((s) => s.onSharedHost);

/** Whether the browser has granted these origins. @param {string[]} origins */
export async function granted(origins) {
  try {
    return await chrome.permissions.contains({ origins });
  } catch {
    return false;
  }
}
