// @ts-check
// The welcome page, opened once on install: what chatmedic does in three lines, the sites it
// watches from now on, the ones on shared hosts to switch on (asked here, not at install),
// auto-refresh's opt-in, and privacy in one sentence.
import { localize, t } from '../src/shared/i18n.js';
import { sites } from '../src/pages/ask.js';
import { sharedHostSwitches } from '../src/pages/shared-hosts.js';
import { changeSettings } from '../src/pages/settings.js';

const $ = (/** @type {string} */ id) => /** @type {HTMLElement} */ (document.getElementById(id));

/** Watch a site or not, as the options page saves it. @param {string} id @param {boolean} on */
const watchSite = (id, on) => changeSettings((s) => { s.sites[id] = on; });

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
