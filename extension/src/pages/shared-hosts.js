// @ts-check
// The switches for what chatmedic asks at use, not at install (options and welcome page): the
// chat sites on hosts shared with much else (GitHub Copilot Chat on github.com, HuggingChat on
// huggingface.co) and Google's status dashboard on www.google.com for Gemini's status line.
// Switched on, the browser asks the user (from the click); refused, the switch goes back off and
// says so; switched off, the host is given back.
import { t } from '../shared/i18n.js';
import { el } from '../shared/render.js';
import { feedOrigin, granted, optionalSites, pageOrigins } from '../shared/hosts.js';

/** @typedef {import('../shared/types.js').Site} Site */

/**
 * One switch: its label, the host it asks to read, and what happens when it changes.
 * @param {{id: string, label: string, host: string, origins: string[], checked: boolean,
 *   onChange?: (on: boolean) => void|Promise<void>, status: HTMLElement}} o
 */
function hostSwitch(o) {
  const label = el('label', 'check');
  const box = el('input');
  box.type = 'checkbox';
  box.id = o.id;
  box.setAttribute('role', 'switch');
  box.checked = o.checked;
  box.addEventListener('change', () => {
    // The browser shows its prompt only from the user's gesture: ask at once, in this handler.
    const asked = box.checked ? chrome.permissions.request({ origins: o.origins }) : chrome.permissions.remove({ origins: o.origins }).then(() => false);
    void asked.then(async (ok) => {
      if (box.checked && !ok) {
        box.checked = false;
        o.status.textContent = t('permission_refused', o.host);
        return;
      }
      o.status.textContent = '';
      await o.onChange?.(box.checked);
    }, (e) => {
      box.checked = !box.checked;
      o.status.textContent = t('action_failed', e instanceof Error ? e.message : String(e));
    });
  });
  label.append(box, el('span', undefined, o.label), el('span', 'muted', ` ${t('shared_host_note', o.host)}`));
  return label;
}

/**
 * The switches of every site on a shared host, then Gemini's status feed where it is on one.
 * @param {Site[]} registry
 * @param {(siteId: string, on: boolean) => void|Promise<void>} onSite  a site was switched (watched or not)
 * @param {HTMLElement} status  where a refusal is said
 * @param {(siteId: string) => boolean} [watched]  whether the settings watch the site
 */
export async function sharedHostSwitches(registry, onSite, status, watched = () => true) {
  const out = [];
  for (const site of optionalSites(registry)) {
    out.push(hostSwitch({
      // The site's pages, and its status feed (asked with it: only this site needs it).
      id: `site-${site.id}`, label: site.name, host: site.hosts[0] ?? '',
      origins: [...pageOrigins(site), feedOrigin(site)].filter((o) => o !== null),
      checked: watched(site.id) && await granted(pageOrigins(site)), status,
      onChange: (on) => onSite(site.id, on),
    }));
  }
  for (const site of registry.filter((s) => s.statusFeed?.onSharedHost)) {
    const origin = feedOrigin(site);
    if (!origin) continue;
    out.push(hostSwitch({
      id: `status-${site.id}`, label: t('status_allow', site.provider ?? site.name), host: new URL(origin.replace('/*', '')).host,
      origins: [origin], checked: await granted([origin]), status,
    }));
  }
  return out;
}
