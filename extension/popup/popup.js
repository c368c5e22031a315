// The popup: the current tab's diagnosis with fixes that do the thing, or a calm "no
// problems" with the site's last 24 hours; "Diagnose a message"; "Copy report".
// The tab is `?tab=ID` (tests open the popup as a page) or the active tab.
import { localize, t } from '../src/shared/i18n.js';
import { el, renderDiagnosis } from '../src/shared/render.js';
import { canDo, runFix } from '../src/pages/actions.js';
import { ask, sites, siteForUrl } from '../src/pages/ask.js';
import { renderTimeline } from './timeline.js';
import { reportText } from './report.js';
import { showAuto } from '../src/pages/autorefresh.js';
import { showWatch } from '../src/pages/watch.js';
import { reachElement, statusLine, statusLineElement } from '../src/shared/statusline.js';

/** @typedef {import('../src/shared/types.js').Incident} Incident */
/** @typedef {import('../src/shared/types.js').Site} Site */
/** @typedef {import('../src/shared/types.js').HistoryEntry} HistoryEntry */

const $ = (/** @type {string} */ id) => /** @type {HTMLElement} */ (document.getElementById(id));
const status = $('action-status');

/** @returns {Promise<chrome.tabs.Tab|null>} */
async function currentTab() {
  const param = new URLSearchParams(location.search).get('tab');
  if (param !== null && /^\d+$/.test(param)) return chrome.tabs.get(Number(param)).catch(() => null);
  const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
  return tab ?? null;
}

/**
 * Shows the confirmation step in the popup; resolves with the user's answer.
 * @param {string} text @returns {Promise<boolean>}
 */
function confirmInPopup(text) {
  const box = $('confirm');
  $('confirm-text').textContent = text;
  box.hidden = false;
  const yes = /** @type {HTMLButtonElement} */ ($('confirm-yes'));
  const no = /** @type {HTMLButtonElement} */ ($('confirm-no'));
  yes.focus();
  return new Promise((resolve) => {
    const done = (/** @type {boolean} */ answer) => {
      box.hidden = true;
      yes.onclick = no.onclick = null;
      resolve(answer);
    };
    yes.onclick = () => done(true);
    no.onclick = () => done(false);
  });
}

/**
 * @param {Incident} incident @param {Site|null} site @param {number} tabId
 * @param {{targets: import('../src/shared/types.js').ReachTarget[], diagnosis: import('../src/shared/types.js').Diagnosis}} [checked]  a reachability check just made
 */
function showIncident(incident, site, tabId, checked) {
  const ctx = { tabId, url: incident.url, site, diagnosis: incident.diagnosis, confirm: confirmInPopup };
  const view = renderDiagnosis(incident.diagnosis, t, {
    diagnosedAt: incident.lastSeen,
    canDo: (fix) => canDo(fix, ctx),
    onFix: (fix, button) => void doFix(fix, button, ctx),
  });
  const seen = el('p', 'muted', t('render_seen', [
    new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' }).format(incident.firstSeen),
    String(incident.count),
  ]));
  view.append(seen);
  if (site) view.append(...providerAndReach(incident, site, tabId, checked));
  const watch = el('div', 'watch');
  watch.hidden = true;
  const auto = el('div', 'auto-refresh');
  view.append(watch, auto);
  $('tab-body').replaceChildren(view);
  for (const show of [showWatch, showAuto]) {
    void show(show === showWatch ? watch : auto, tabId).catch((e) => {
      status.textContent = t('action_failed', e instanceof Error ? e.message : String(e));
    });
  }
  const copy = /** @type {HTMLButtonElement} */ ($('copy-report'));
  copy.hidden = false;
  copy.onclick = () => void copyReport(tabId, site);
}

/**
 * The provider's status line (read by the worker, shared by every tab) and "Is it me?": a
 * button that probes the site, its status host and another host, then shows what answered and
 * the diagnosis made with it.
 * @param {Incident} incident @param {Site} site @param {number} tabId
 * @param {Parameters<typeof showIncident>[3]} checked
 */
function providerAndReach(incident, site, tabId, checked) {
  const line = statusLineElement(statusLine(null, incident.diagnosis, site, t));
  line.id = 'provider-status';
  const drawStatus = () => void ask({ type: 'provider-state', site: site.id })
    .then(({ state }) => statusLineElement(statusLine(state, incident.diagnosis, site, t), line, drawStatus))
    .catch(() => statusLineElement(statusLine({ kind: 'unavailable', at: Date.now() }, incident.diagnosis, site, t), line));
  drawStatus();
  const button = el('button', undefined, t('reach_button'));
  button.type = 'button';
  button.id = 'reach-button';
  const box = el('div');
  box.id = 'reach';
  if (checked) reachElement(checked.targets, [], checked.diagnosis, t, box);
  button.onclick = () => void (async () => {
    button.disabled = true;
    reachElement(null, [new URL(incident.url).host], null, t, box);
    try {
      const reply = await ask({ type: 'reach', tabId, url: incident.url });
      if (reply.incident) showIncident(reply.incident, site, tabId, { targets: reply.targets, diagnosis: reply.diagnosis });
      else reachElement(reply.targets, [], reply.diagnosis, t, box);
    } catch (e) {
      status.textContent = t('action_failed', e instanceof Error ? e.message : String(e));
    } finally {
      button.disabled = false;
    }
  })();
  return [line, button, box];
}

/**
 * @param {string} fix @param {HTMLButtonElement} button
 * @param {import('../src/pages/actions.js').FixContext & {tabId: number}} ctx
 */
async function doFix(fix, button, ctx) {
  status.textContent = '';
  button.disabled = true;
  try {
    await ask({ type: 'tried', tabId: ctx.tabId, fix }).catch(() => {});
    const result = await runFix(fix, ctx, t);
    status.textContent = result.message ?? '';
  } catch (e) {
    status.textContent = t('action_failed', e instanceof Error ? e.message : String(e));
  } finally {
    button.disabled = false;
  }
}

/** @param {number} tabId @param {Site|null} site */
async function copyReport(tabId, site) {
  try {
    const { incident } = await ask({ type: 'tab-state', tabId });
    if (!incident) return;
    const text = reportText(incident, site?.name ?? incident.site ?? '', chrome.runtime.getManifest().version, t);
    await navigator.clipboard.writeText(text);
    status.textContent = t('copy_done');
  } catch {
    status.textContent = t('copy_failed');
  }
}

/** @param {boolean} isChat */
function showCalm(isChat) {
  const box = el('div', 'calm');
  box.append(el('p', 'calm-headline', t(isChat ? 'popup_no_problem' : 'popup_not_chat')));
  if (isChat) box.append(el('p', 'muted', t('popup_no_problem_detail')));
  $('tab-body').replaceChildren(box);
}

/** @param {Site|null} site @param {Site[]} registry */
async function showHistory(site, registry) {
  const body = $('history-body');
  const { history } = await ask(site ? { type: 'history', site: site.id } : { type: 'history' });
  const all = /** @type {Record<string, HistoryEntry[]>} */ (history ?? {});
  const ids = site ? [site.id] : Object.keys(all).filter((id) => all[id]?.length);
  if (!ids.length) {
    body.replaceChildren(el('p', 'muted', t('popup_history_none')));
    return;
  }
  body.replaceChildren(...ids.map((id) => {
    const name = registry.find((s) => s.id === id)?.name ?? id;
    const block = el('div');
    if (!site) block.append(el('h3', undefined, name));
    block.append(renderTimeline(name, all[id] ?? [], t));
    return block;
  }));
}

/** @param {Site[]} registry */
function setUpDiagnose(registry) {
  const select = /** @type {HTMLSelectElement} */ ($('diagnose-site'));
  for (const s of registry) {
    const option = el('option', undefined, s.name);
    option.value = s.id;
    select.append(option);
  }
  const form = /** @type {HTMLFormElement} */ ($('diagnose-form'));
  const textarea = /** @type {HTMLTextAreaElement} */ ($('diagnose-text'));
  const result = $('diagnose-result');
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const text = textarea.value.trim();
    if (!text) {
      result.replaceChildren(el('p', 'muted', t('diagnose_empty')));
      textarea.focus();
      return;
    }
    void (async () => {
      try {
        const evidence = select.value ? { text, site: select.value } : { text };
        const { diagnosis } = await ask({ type: 'diagnose', evidence });
        result.replaceChildren(renderDiagnosis(diagnosis, t, { level: 3 }));
      } catch (e) {
        result.replaceChildren(el('p', 'muted', t('action_failed', e instanceof Error ? e.message : String(e))));
      }
    })();
  });
}

async function main() {
  localize();
  const [registry, tab] = await Promise.all([sites(), currentTab()]);
  setUpDiagnose(registry);
  const tabId = tab?.id ?? null;
  const { incident } = tabId !== null ? await ask({ type: 'tab-state', tabId }) : { incident: null };
  const url = /** @type {Incident|null} */ (incident)?.url ?? tab?.url ?? tab?.pendingUrl ?? null;
  const site = registry.find((s) => s.id === incident?.site) ?? siteForUrl(url, registry);
  if (incident && tabId !== null) showIncident(incident, site, tabId);
  else showCalm(site !== null);
  await showHistory(site, registry);
}

main().catch((e) => {
  status.textContent = t('action_failed', e instanceof Error ? e.message : String(e));
});
