// The fixes chatmedic can do for the user, from the popup or the diagnostic page. Each one is
// a side effect through chrome.*; the caller renders the result and tells the worker what was
// tried. Fixes not listed here are advice only.

import { EXTENSIONS_PAGE, PRIVATE_NOT_ALLOWED_MESSAGE } from '../platform.js';
import { BROWSING_DATA } from '../shared/permissions.js';

/** @typedef {import('../shared/types.js').Site} Site */
/** @typedef {import('../shared/types.js').Diagnosis} Diagnosis */

/**
 * @typedef {object} FixContext
 * @property {number|null} tabId       the tab the fix is for
 * @property {string|null} url         the page that failed
 * @property {Site|null} site
 * @property {Diagnosis} diagnosis
 * @property {(text: string) => Promise<boolean>} confirm   asks the user before a destructive step
 *
 * @typedef {{ok: true, message?: string} | {ok: false, message: string}} FixResult
 */


/** What is removed for the one origin. */
export const SITE_DATA = {
  cookies: true, cache: true, cacheStorage: true, localStorage: true, indexedDB: true, serviceWorkers: true,
};

/**
 * A URL the fix would open, when it opens one.
 * @param {string} fix @param {FixContext} ctx
 * @returns {string|null}
 */
export function urlFor(fix, ctx) {
  switch (fix) {
    case 'check_status': return ctx.diagnosis.statusPage ?? ctx.site?.statusPage ?? null;
    case 'new_chat': return ctx.site?.newChatUrl ?? null;
    case 'sign_in_again': return ctx.site?.signInUrl ?? null;
    case 'contact_support': return ctx.site?.helpUrl ?? null;
    case 'disable_extensions': return EXTENSIONS_PAGE;
    default: return null;
  }
}

/**
 * Whether chatmedic can do this fix here (so it is drawn as a button).
 * @param {string} fix @param {FixContext} ctx
 */
export function canDo(fix, ctx) {
  const onPage = ctx.url !== null && /^https?:/.test(ctx.url);
  switch (fix) {
    case 'reload': return ctx.tabId !== null;
    case 'clear_site_data': return ctx.tabId !== null && onPage;
    case 'private_window': return onPage;
    default: return urlFor(fix, ctx) !== null;
  }
}

/**
 * Does a fix.
 * @param {string} fix @param {FixContext} ctx @param {(key: string, subs?: string|string[]) => string} i18n
 * @returns {Promise<FixResult>}
 */
export async function runFix(fix, ctx, i18n) {
  switch (fix) {
    case 'reload':
      if (ctx.tabId === null) break;
      await chrome.tabs.reload(ctx.tabId);
      return { ok: true, message: i18n('render_done') };
    case 'clear_site_data':
      return clearSiteData(ctx, i18n);
    case 'private_window': {
      if (!ctx.url) break;
      const win = await chrome.windows.create({ incognito: true, url: ctx.url }).catch(() => null);
      return win ? { ok: true, message: i18n('render_opened') } : { ok: false, message: i18n(PRIVATE_NOT_ALLOWED_MESSAGE) };
    }
    case 'new_chat':
    case 'sign_in_again': {
      const url = urlFor(fix, ctx);
      if (!url) break;
      if (ctx.tabId !== null) await chrome.tabs.update(ctx.tabId, { url });
      else await chrome.tabs.create({ url });
      return { ok: true, message: i18n('render_opened') };
    }
    default: {
      const url = urlFor(fix, ctx);
      if (!url) break;
      await chrome.tabs.create({ url });
      return { ok: true, message: i18n('render_opened') };
    }
  }
  return { ok: false, message: i18n('action_failed', fix) };
}

/**
 * Clears the failing site's data — that origin only — after the user confirms; the
 * confirming click is the gesture that asks for the optional browsingData permission
 * (granted already: no prompt). Then reloads the tab.
 * @param {FixContext} ctx @param {(key: string, subs?: string|string[]) => string} i18n
 * @returns {Promise<FixResult>}
 */
async function clearSiteData(ctx, i18n) {
  if (!ctx.url || ctx.tabId === null) return { ok: false, message: i18n('action_failed', 'clear_site_data') };
  const { origin, host } = new URL(ctx.url);
  if (!(await ctx.confirm(i18n('clear_confirm', host)))) return { ok: false, message: '' };
  const granted = await chrome.permissions.request(BROWSING_DATA).catch(() => false);
  if (!granted) return { ok: false, message: i18n('clear_denied') };
  await chrome.browsingData.remove({ origins: [origin] }, SITE_DATA);
  await chrome.tabs.reload(ctx.tabId);
  return { ok: true, message: i18n('clear_done', host) };
}
