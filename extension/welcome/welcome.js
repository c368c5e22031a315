// @ts-check
// The welcome page, opened once on install: what chatmedic does in three lines, the sites it
// watches from now on, the ones on shared hosts to switch on (asked here, not at install),
// auto-refresh's opt-in, and privacy in one sentence.
import { localize, t } from '../src/shared/i18n.js';
import { sites } from '../src/pages/ask.js';
import { sharedHostSwitches } from '../src/pages/shared-hosts.js';

const $ = (/** @type {string} */ id) => /** @type {HTMLElement} */ (document.getElementById(id));

/** The settings' watched sites, as the options page keeps them (background/settings.js). */
async function watchSite(/** @type {string} */ id, /** @type {boolean} */ on) {
  const { settings = {} } = /** @type {{settings?: any}} */ (await chrome.storage.local.get('settings'));
  await chrome.storage.local.set({ settings: { ...settings, sites: { ...(settings.sites ?? {}), [id]: on } } });
}

async function main() {
  localize();
  document.title = t('welcome_title');
  document.documentElement.lang = (t('@@ui_locale') || 'en').replace('_', '-');
  const registry = await sites();
  const names = registry.filter((s) => !s.onSharedHost).map((s) => s.name);
  $('watched').textContent = new Intl.ListFormat(document.documentElement.lang, { type: 'conjunction' }).format(names);
  $('shared-hosts').append(...await sharedHostSwitches(registry, watchSite, $('status')));
}

main().catch((e) => {
  $('status').textContent = t('action_failed', e instanceof Error ? e.message : String(e));
});
