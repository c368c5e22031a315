// @ts-check
// Sites on shared hosts (github.com/copilot, huggingface.co/chat) are not granted at install:
// once the user grants one (options, welcome page), its content scripts are registered here, as
// the manifest declares the others'; revoked, they are unregistered. webRequest needs nothing:
// the browser reports a host's requests only while it is granted.
import { SITES } from '../generated/sites.js';
import { granted, optionalSites, pageOrigins } from '../shared/hosts.js';

/** @param {string} siteId */
const scriptIds = (siteId) => [`site-${siteId}`, `site-${siteId}-hook`];

/**
 * The content scripts of one site, as the manifest declares them for the sites granted at install.
 * @param {import('../shared/types.js').Site} site
 * @returns {chrome.scripting.RegisteredContentScript[]}
 */
function scriptsOf(site) {
  const [main, hook] = scriptIds(site.id);
  return [
    { id: main, matches: site.pagePatterns, js: ['content/content.js'], runAt: 'document_idle', allFrames: false },
    // The MAIN-world page hook that hands failed answer responses to the content script.
    { id: hook, matches: site.pagePatterns, js: ['content/page-hook.js'], runAt: 'document_start', allFrames: false, world: 'MAIN' },
  ];
}

/** Registers the granted optional sites' content scripts and unregisters the others'. */
export async function sync() {
  const registered = new Set((await chrome.scripting.getRegisteredContentScripts()).map((s) => s.id));
  for (const site of optionalSites(SITES)) {
    const ids = scriptIds(site.id);
    const has = ids.every((id) => registered.has(id));
    const allowed = await granted(pageOrigins(site));
    if (allowed && !has) {
      // Half registered (a worker stopped between the two): start again from none.
      const partial = ids.filter((id) => registered.has(id));
      if (partial.length) await chrome.scripting.unregisterContentScripts({ ids: partial });
      await chrome.scripting.registerContentScripts(scriptsOf(site));
    } else if (!allowed && ids.some((id) => registered.has(id))) {
      await chrome.scripting.unregisterContentScripts({ ids: ids.filter((id) => registered.has(id)) });
    }
  }
}

/** Keeps the registrations in step with what the user grants and revokes. */
export function listen() {
  const resync = () => void sync().catch((e) => console.warn('chatmedic: could not update the optional sites\' scripts', e));
  chrome.permissions.onAdded.addListener(resync);
  chrome.permissions.onRemoved.addListener(resync);
  resync();
}
