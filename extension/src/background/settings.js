// The user's settings (chrome.storage.local "settings"), with defaults.
import { updateKey } from './store.js';

/**
 * @typedef {object} Settings
 * @property {boolean} diagnosticPage   show chatmedic's page instead of Chrome's on network failures
 * @property {boolean} banner           show the banner on the failing page
 * @property {Record<string, boolean>} sites  site id → watched (absent = watched)
 * @property {Record<string, boolean>} autoRefresh  site id → retry automatically (absent = off: opt-in)
 * @property {boolean} [notifyAsked]   the user was asked once to allow notifications (watch/allow.html)
 */

/** @type {Settings} */
export const DEFAULTS = { diagnosticPage: true, banner: true, sites: {}, autoRefresh: {} };

/** @returns {Promise<Settings>} */
export async function load() {
  const settings = /** @type {Partial<Settings>|undefined} */ ((await chrome.storage.local.get('settings')).settings);
  return { ...DEFAULTS, ...(settings ?? {}), sites: { ...(settings?.sites ?? {}) }, autoRefresh: { ...(settings?.autoRefresh ?? {}) } };
}

/**
 * Turns auto-refresh on or off for a site (the banner's and the popup's switch); returns the
 * settings as stored. Keys this module does not know are kept.
 * @param {string} site @param {boolean} on
 * @returns {Promise<Settings>}
 */
export async function setAutoRefresh(site, on) {
  const next = await updateKey(chrome.storage.local, 'settings', (/** @type {any} */ stored) => ({
    ...(stored ?? {}), autoRefresh: { ...(stored?.autoRefresh ?? {}), [site]: on },
  }));
  return { ...DEFAULTS, ...next, sites: { ...(next?.sites ?? {}) }, autoRefresh: { ...(next?.autoRefresh ?? {}) } };
}

/** @param {Settings} settings @param {string|null} site */
export function watches(settings, site) {
  return site === null || settings.sites[site] !== false;
}
