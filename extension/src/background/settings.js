// The user's settings (chrome.storage.local "settings"), with defaults.

/**
 * @typedef {object} Settings
 * @property {boolean} diagnosticPage   show chatmedic's page instead of Chrome's on network failures
 * @property {boolean} banner           show the banner on the failing page
 * @property {Record<string, boolean>} sites  site id → watched (absent = watched)
 */

/** @type {Settings} */
export const DEFAULTS = { diagnosticPage: true, banner: true, sites: {} };

/** @returns {Promise<Settings>} */
export async function load() {
  const settings = /** @type {Partial<Settings>|undefined} */ ((await chrome.storage.local.get('settings')).settings);
  return { ...DEFAULTS, ...(settings ?? {}), sites: { ...(settings?.sites ?? {}) } };
}

/** @param {Settings} settings @param {string|null} site */
export function watches(settings, site) {
  return site === null || settings.sites[site] !== false;
}
