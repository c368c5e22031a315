// The extension's manifest is the hand-written base plus what the site registry decides:
// host permissions for the chat hosts and their status feeds, and where content scripts run.
import { VERSION } from './version.mjs';

/** @typedef {{id: string, hosts: string[], pagePatterns: string[], apiPatterns?: string[], onSharedHost?: boolean, statusFeed?: {url?: string|null, onSharedHost?: boolean}|null}} SiteRow */

/** Match patterns for a site's pages, as the registry gives them. */
export const pagePatterns = (/** @type {SiteRow} */ site) => site.pagePatterns;

/**
 * Host permissions, in two lists: asked at install (the chat sites that are chat sites and their
 * narrow status hosts), and asked at use (hosts shared with much else — github.com for GitHub
 * Copilot Chat, huggingface.co for HuggingChat, www.google.com for Gemini's status feed — which
 * the registry marks `onSharedHost`: the options and the welcome page switch them on).
 * @param {SiteRow[]} sites
 */
export function hostPermissions(sites) {
  const required = new Set();
  const optional = new Set();
  for (const s of sites) {
    for (const h of s.hosts) (s.onSharedHost ? optional : required).add(`https://${h}/*`);
    const feed = s.statusFeed?.url;
    if (feed) (s.onSharedHost || s.statusFeed?.onSharedHost ? optional : required).add(`${new URL(feed).origin}/*`);
  }
  for (const h of required) optional.delete(h);
  return { required: [...required].sort(), optional: [...optional].sort() };
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
  m.version = VERSION; // Cargo.toml's [workspace.package] version (scripts/version.mjs)
  const hosts = hostPermissions(sites);
  m.host_permissions = hosts.required;
  if (hosts.optional.length) m.optional_host_permissions = hosts.optional;
  // The content scripts of sites on shared hosts are registered by the worker once their host
  // is granted (src/background/optional-sites.js), not declared here.
  for (const cs of m.content_scripts ?? []) cs.matches = sites.filter((s) => !s.onSharedHost).flatMap(pagePatterns);
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
