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

/** @typedef {'chromium'|'firefox'} Browser */

/**
 * The gecko id of the Firefox add-on (AMO keys the listing and its updates by it; it never changes),
 * and the oldest Firefox with every feature the manifest uses: MV3 event pages with
 * `background.type: "module"` (109), `storage.session` (115), content scripts with
 * `world: "MAIN"` (128), and `data_collection_permissions` (140, the ESR before 153).
 */
export const GECKO = { id: 'chatmedic@chatmedic.dev', strict_min_version: '140.0' };

/**
 * The worker as the package runs it: one ES module file that scripts/package.mjs bundles from
 * the source entry the base names (`background.service_worker`).
 */
export const WORKER_BUNDLE = 'background.js';

/**
 * The manifest of one browser's package: the same base, the same hosts, the same files.
 * @param {any} base @param {SiteRow[]} sites @param {Browser} [browser]
 */
export function manifestFor(base, sites, browser = 'chromium') {
  const m = structuredClone(base);
  m.host_permissions = hostPermissions(sites);
  for (const cs of m.content_scripts ?? []) cs.matches = sites.flatMap(pagePatterns);
  if (!m.background?.service_worker) throw new Error('manifest.base.json: background.service_worker is missing');
  m.background.service_worker = WORKER_BUNDLE;
  if (browser === 'firefox') {
    // Firefox runs MV3 backgrounds as event pages, not service workers: the same module, as a
    // module script of a background page it stops when idle.
    const worker = m.background?.service_worker;
    if (!worker) throw new Error('manifest.base.json: background.service_worker is missing');
    m.background = { scripts: [worker], type: 'module' };
    delete m.minimum_chrome_version;
    m.browser_specific_settings = {
      gecko: { ...GECKO, data_collection_permissions: { required: ['none'] } },
      // Firefox for Android reads data_collection_permissions from 142 on.
      gecko_android: { strict_min_version: '142.0' },
    };
  } else if (browser !== 'chromium') {
    throw new Error(`manifestFor: unknown browser ${browser}`);
  }
  return m;
}
