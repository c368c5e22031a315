// The diagnostic page: where Chrome would draw its own error page for a chat site's main
// frame (DNS, offline, proxy, connection, TLS …), the worker sends the tab here with
// ?tab=ID&url=FAILED_URL&error=net::ERR_X. It explains, offers the fixes, tries again on
// request and by itself when the browser comes back online, and keeps Back working.
import * as core from '../src/core.js';
import { localize, t } from '../src/shared/i18n.js';
import { renderDiagnosis } from '../src/shared/render.js';
import { canDo, runFix } from '../src/pages/actions.js';
import { ask, sites, siteForUrl } from '../src/pages/ask.js';
import * as badge from '../src/background/badge.js';
import { showAuto } from '../src/pages/autorefresh.js';
import { showWatch } from '../src/pages/watch.js';
import { titleWith } from '../src/shared/watchstatus.js';
import { reachElement, statusLine, statusLineElement } from '../src/shared/statusline.js';
import { targets as reachTargets } from '../src/background/reach.js';

/** @typedef {import('../src/shared/types.js').Diagnosis} Diagnosis */

const $ = (/** @type {string} */ id) => /** @type {HTMLElement} */ (document.getElementById(id));
const params = new URLSearchParams(location.search);
const failedUrl = params.get('url') ?? '';
const netError = params.get('error') ?? '';
const tabParam = params.get('tab');
const tabId = tabParam !== null && /^\d+$/.test(tabParam) ? Number(tabParam) : null;
const status = $('online-status');

/** Only web addresses are ever navigated to from here. */
const target = /^https?:\/\//i.test(failedUrl) ? failedUrl : null;

// Back to the failed URL must show Chrome's own page rather than bring the user here again,
// or Back would be a loop. The failed navigation reaches the worker before this page could
// tell it the user is leaving, so the pass is armed as soon as the page shows, and our own
// "Try again" (and the retry when back online) withdraws it first: a retry that fails again
// comes back here.
if (tabId !== null && target) void ask({ type: 'leaving-diagnostic', tabId, url: target }).catch(() => {});

let retrying = false;
async function tryAgain() {
  if (!target || retrying) return;
  retrying = true;
  if (tabId !== null) await ask({ type: 'retrying-diagnostic', tabId }).catch(() => {});
  location.href = target;
}

/** @returns {Promise<{diagnosis: Diagnosis, at: number}>} */
async function diagnosis() {
  if (tabId !== null) {
    const { incident } = await ask({ type: 'tab-state', tabId }).catch(() => ({ incident: null }));
    if (incident && incident.url === failedUrl) return { diagnosis: incident.diagnosis, at: incident.lastSeen };
  }
  const now = Date.now();
  const d = await core.diagnose({
    url: failedUrl, netError, online: navigator.onLine, requestKind: 'page', now,
    tzOffsetMinutes: -new Date().getTimezoneOffset(),
  });
  return { diagnosis: d, at: now };
}

async function main() {
  localize();
  document.title = t('diag_title');
  let host = failedUrl;
  try {
    host = new URL(failedUrl).host;
  } catch { /* shown as given */ }
  $('lead').textContent = t('diag_lead', host);
  if (netError) $('error-code').textContent = t('diag_error_code', netError);
  const tryButton = /** @type {HTMLButtonElement} */ ($('try-again'));
  tryButton.disabled = !target;
  tryButton.addEventListener('click', () => void tryAgain());

  const [{ diagnosis: d, at }, registry] = await Promise.all([diagnosis(), sites().catch(() => [])]);
  // Chrome clears a tab's badge when it navigates: this page shows the incident, so does the badge.
  // (With the tab's auto-refresh run, if any: the badge then says a retry is scheduled.)
  if (tabId !== null) {
    const key = `auto:${tabId}`;
    void chrome.storage.session.get(key).then((got) => badge.show(tabId, d, /** @type {any} */ (got[key]))).catch(() => {});
    // Auto-refresh: from here, a retry loads the failed address again (the worker does it).
    void showAuto($('auto-refresh'), tabId).catch(() => {});
    // "Notify me when it's back"; when it is, the tab's title says so too.
    void showWatch($('watch'), tabId).catch(() => {});
    const title = document.title;
    const titleFor = (/** @type {any} */ w) => { document.title = titleWith(w, title); };
    void chrome.storage.session.get(`watch:${tabId}`).then((got) => titleFor(got[`watch:${tabId}`])).catch(() => {});
    chrome.storage.session.onChanged.addListener((changes) => {
      const change = changes[`watch:${tabId}`];
      if (change) titleFor(change.newValue);
    });
  }
  const site = registry.find((s) => s.id === d.site) ?? siteForUrl(failedUrl, registry);
  show(d, at, site);
  if (!navigator.onLine) status.textContent = t('diag_offline_wait');
  if (!site || !target) return;
  let shown = d;
  const line = $('provider-status');
  line.hidden = false;
  const drawStatus = () => {
    statusLineElement(statusLine(null, shown, site, t), line);
    void ask({ type: 'provider-state', site: site.id })
      .then(({ state }) => statusLineElement(statusLine(state, shown, site, t), line, drawStatus))
      .catch(() => statusLineElement(statusLine({ kind: 'unavailable', at: Date.now() }, shown, site, t), line));
  };
  drawStatus();
  // "Is it me?": by itself for a connection failure no check has looked into; on request always.
  const box = $('reach');
  const button = /** @type {HTMLButtonElement} */ ($('reach-button'));
  button.hidden = false;
  const check = async () => {
    button.disabled = true;
    box.hidden = false;
    reachElement(null, reachTargets(target, site).map((x) => new URL(x.origin).host), null, t, box);
    try {
      const reply = await ask({ type: 'reach', url: target, ...(tabId !== null ? { tabId } : {}), ...(netError ? { netError } : {}) });
      shown = reply.diagnosis;
      show(shown, Date.now(), site);
      reachElement(reply.targets, [], shown, t, box);
      drawStatus();
    } catch (e) {
      status.textContent = t('action_failed', e instanceof Error ? e.message : String(e));
    } finally {
      button.disabled = false;
    }
  };
  button.addEventListener('click', () => void check());
  if (d.checkReach) await check();
}

/**
 * @param {Diagnosis} d @param {number} at @param {import('../src/shared/types.js').Site|null} site
 */
function show(d, at, site) {
  const ctx = { tabId, url: target, site, diagnosis: d, confirm: async (/** @type {string} */ text) => confirm(text) };
  $('diagnosis').replaceChildren(renderDiagnosis(d, t, {
    diagnosedAt: at,
    canDo: (fix) => fix === 'reload' ? !!target : canDo(fix, ctx),
    onFix: (fix) => void doFix(fix, ctx),
  }));
}

/**
 * @param {string} fix @param {import('../src/pages/actions.js').FixContext} ctx
 */
async function doFix(fix, ctx) {
  if (tabId !== null) await ask({ type: 'tried', tabId, fix }).catch(() => {});
  if (fix === 'reload') return void tryAgain();
  const result = await runFix(fix, ctx, t).catch((e) => ({ ok: false, message: t('action_failed', String(e)) }));
  status.textContent = result.message ?? '';
}

addEventListener('online', () => {
  status.textContent = t('diag_retrying');
  setTimeout(() => void tryAgain(), 300);
});
addEventListener('offline', () => {
  status.textContent = t('diag_offline_wait');
});

main().catch((e) => {
  status.textContent = t('action_failed', e instanceof Error ? e.message : String(e));
});
