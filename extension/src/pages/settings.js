// @ts-check
// The settings as the extension pages read and change them (options, welcome page): one
// function each, so that the pages write chrome.storage.local "settings" one way. Keys a page
// does not know are kept as they are.

/** @typedef {import('../background/settings.js').Settings} Settings */

/** @returns {Promise<Settings & Record<string, unknown>>} */
export async function loadSettings() {
  const stored = /** @type {Partial<Settings> & Record<string, unknown>} */ ((await chrome.storage.local.get('settings')).settings ?? {});
  return {
    ...stored, diagnosticPage: stored.diagnosticPage ?? true, banner: stored.banner ?? true,
    sites: { ...(stored.sites ?? {}) }, autoRefresh: { ...(stored.autoRefresh ?? {}) },
  };
}

/** Applies `change` to the stored settings. @param {(s: Settings & Record<string, unknown>) => void} change */
export async function changeSettings(change) {
  const settings = await loadSettings();
  change(settings);
  await chrome.storage.local.set({ settings });
}
