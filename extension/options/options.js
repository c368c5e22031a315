// Options: which registry sites are watched, the diagnostic page and the banner on or off.
// Saved to chrome.storage.local "settings" (see background/settings.js); keys this page does
// not know are kept as they are.
import * as core from '../src/core.js';
import { localize, t } from '../src/shared/i18n.js';
import { el } from '../src/shared/render.js';
import { sites } from '../src/pages/ask.js';
import { sharedHostSwitches } from '../src/pages/shared-hosts.js';
import { changeSettings, loadSettings } from '../src/pages/settings.js';
import { askToNotify } from '../src/pages/watch.js';
import { NOTIFICATIONS } from '../src/shared/permissions.js';
import { watchStatus } from '../src/shared/watchstatus.js';
import { ask } from '../src/pages/ask.js';

/** @typedef {import('../src/background/settings.js').Settings} Settings */

const $ = (/** @type {string} */ id) => /** @type {HTMLElement} */ (document.getElementById(id));

/** @param {(s: Settings & Record<string, unknown>) => void} change */
async function save(change) {
  await changeSettings(change);
  $('saved').textContent = t('options_saved');
}

/** @param {string} id @param {boolean} checked @param {(checked: boolean) => void} onChange */
function bind(id, checked, onChange) {
  const box = /** @type {HTMLInputElement} */ ($(id));
  box.checked = checked;
  box.addEventListener('change', () => onChange(box.checked));
}

async function main() {
  localize();
  document.title = t('options_title');
  const [settings, registry] = await Promise.all([loadSettings(), sites()]);
  const fieldset = $('sites');
  // Sites on shared hosts are asked for here, when switched on (shared-hosts.js).
  const shared = await sharedHostSwitches(registry, (id, on) => save((s) => { s.sites[id] = on; }), $('saved'),
    (id) => settings.sites[id] !== false);
  for (const site of registry.filter((s) => !s.onSharedHost)) {
    const label = el('label', 'check');
    const box = el('input');
    box.type = 'checkbox';
    box.id = `site-${site.id}`;
    box.dataset.site = site.id;
    box.checked = settings.sites[site.id] !== false;
    box.addEventListener('change', () => void save((s) => { s.sites[site.id] = box.checked; }));
    const host = el('span', 'muted', ` ${site.hosts[0] ?? ''}${site.pathPrefix ?? ''}`);
    label.append(box, el('span', undefined, site.name), host);
    fieldset.append(label);
  }
  const sharedSet = el('fieldset');
  sharedSet.id = 'shared-hosts';
  sharedSet.append(el('legend', undefined, t('shared_hosts_heading')), el('p', 'muted', t('shared_hosts_help')), ...shared);
  fieldset.after(sharedSet);
  // Auto-refresh is opt-in per site: off until the user turns it on here, in the popup or the banner.
  const auto = $('auto-refresh');
  for (const site of registry) {
    const label = el('label', 'check');
    const box = el('input');
    box.type = 'checkbox';
    box.id = `auto-${site.id}`;
    box.checked = settings.autoRefresh[site.id] === true;
    box.addEventListener('change', () => void save((s) => { s.autoRefresh[site.id] = box.checked; }));
    label.append(box, el('span', undefined, site.name));
    auto.append(label);
  }
  bind('diagnostic-page', settings.diagnosticPage, (on) => void save((s) => { s.diagnosticPage = on; }));
  bind('banner', settings.banner, (on) => void save((s) => { s.banner = on; }));
  await showWatches();
  const coreVersion = await core.version().catch(() => '?');
  $('about').textContent = t('options_about', [chrome.runtime.getManifest().version, coreVersion]);
}

/**
 * "Tell me when it's back": whether notifications are allowed (and a button to allow them),
 * and every active watch with its state and Stop; follows the worker's changes.
 */
async function showWatches() {
  const state = $('notify-state');
  const allow = /** @type {HTMLButtonElement} */ ($('notify-allow'));
  const drawPermission = async () => {
    const granted = await chrome.permissions.contains(NOTIFICATIONS).catch(() => false);
    state.textContent = t(granted ? 'options_notify_allowed' : 'watch_notify_off');
    allow.hidden = granted;
  };
  allow.addEventListener('click', () => void askToNotify().then(drawPermission));
  chrome.permissions.onAdded?.addListener(() => void drawPermission());
  chrome.permissions.onRemoved?.addListener(() => void drawPermission());
  const list = $('watch-list');
  /** @type {import('../src/shared/types.js').Watch[]} */
  let watches = [];
  const draw = () => {
    if (!watches.length) {
      list.replaceChildren(el('li', 'muted', t('options_watch_none')));
      return;
    }
    list.replaceChildren(...watches.map((w) => {
      const item = el('li');
      item.dataset.tab = String(w.tabId);
      const line = el('span', 'status-line', watchStatus(w));
      item.append(line);
      const stop = el('button', undefined, t('watch_stop'));
      stop.type = 'button';
      stop.addEventListener('click', () => void ask({ type: 'watch-stop', tabId: w.tabId }).then(load));
      item.append(' ', stop);
      return item;
    }));
  };
  const load = async () => {
    // The active ones: a watch that ended said so where it ended (notification, badge, page).
    const every = /** @type {import('../src/shared/types.js').Watch[]} */ ((await ask({ type: 'watch-list' })).watches ?? []);
    watches = every.filter((w) => w.status === 'watching').sort((a, b) => a.startedAt - b.startedAt);
    draw();
  };
  chrome.storage.session.onChanged.addListener((changes) => {
    if (Object.keys(changes).some((k) => k.startsWith('watch:'))) void load();
  });
  // Only the words change each second, not the buttons under the user's pointer.
  setInterval(() => {
    list.querySelectorAll('li[data-tab] .status-line').forEach((line, i) => {
      if (watches[i]) line.textContent = watchStatus(watches[i]);
    });
  }, 1000);
  await Promise.all([drawPermission(), load()]);
}

main().catch((e) => {
  $('saved').textContent = t('action_failed', e instanceof Error ? e.message : String(e));
});
