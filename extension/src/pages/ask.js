// The extension pages' side of the worker's messages (see background/messages.js), and the
// registry lookups they share.

/** @typedef {import('../shared/types.js').Site} Site */
/** @typedef {import('../background/messages.js').ExtensionMessage} ExtensionMessage */

/**
 * Sends a message to the service worker; resolves with its answer, rejects with its error.
 * @param {ExtensionMessage} message
 * @returns {Promise<Record<string, any>>}
 */
export async function ask(message) {
  const reply = await chrome.runtime.sendMessage(message);
  if (!reply?.ok) throw new Error(reply?.error ?? 'no answer from the service worker');
  return reply;
}

/** @returns {Promise<Site[]>} */
export async function sites() {
  return /** @type {Site[]} */ ((await ask({ type: 'sites' })).sites ?? []);
}

/**
 * The registry row a URL belongs to, if any.
 * @param {string|null|undefined} url @param {Site[]} registry
 * @returns {Site|null}
 */
export function siteForUrl(url, registry) {
  if (!url) return null;
  let u;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  return registry.find((s) => s.hosts.includes(u.hostname) && (!s.pathPrefix || u.pathname.startsWith(s.pathPrefix))) ?? null;
}
