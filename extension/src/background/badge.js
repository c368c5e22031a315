// The toolbar badge: a failing tab at a glance. Colour says whose side, text the short code,
// the title the headline in the user's language.

/** @typedef {import('../shared/types.js').Diagnosis} Diagnosis */

/** Colours by side, chosen to stay readable with the badge's white text. */
export const SIDE_COLOURS = /** @type {const} */ ({
  service: '#c5221f',
  network: '#b06000',
  device: '#7627bb',
  account: '#1967d2',
  request: '#00796b',
  unknown: '#5f6368',
});

/** A retry is scheduled (auto-refresh): the badge says so before the code. */
export const RETRY_MARK = '↻';

/**
 * @param {number} tabId @param {Diagnosis} diagnosis
 * @param {import('../shared/types.js').Run} [run]  the tab's auto-refresh run, if any
 */
export async function show(tabId, diagnosis, run) {
  const colour = SIDE_COLOURS[diagnosis.side] ?? SIDE_COLOURS.unknown;
  const headline = chrome.i18n.getMessage(`cause_${diagnosis.cause}_headline`) || diagnosis.cause;
  const scheduled = run && (run.status === 'waiting' || run.status === 'paused' || run.status === 'retrying');
  const code = diagnosis.badge ?? '!';
  const text = scheduled ? `${RETRY_MARK}${code.slice(0, 3)}` : code.slice(0, 4);
  const title = `${chrome.i18n.getMessage('ext_name')}: ${headline}${scheduled ? ` — ${chrome.i18n.getMessage('auto_badge_title')}` : ''}`;
  await Promise.all([
    chrome.action.setBadgeText({ tabId, text }),
    chrome.action.setBadgeBackgroundColor({ tabId, color: colour }),
    chrome.action.setBadgeTextColor?.({ tabId, color: '#ffffff' }),
    chrome.action.setTitle({ tabId, title }),
  ]);
}

/** Green: a watched site is back. */
export const BACK_COLOUR = '#188038';

/**
 * A watched site answers again ("Tell me when it's back"): the badge says "back" in green, its
 * title says what.
 * @param {number} tabId @param {string} what  e.g. "ChatGPT is back"
 */
export async function showBack(tabId, what) {
  await Promise.all([
    chrome.action.setBadgeText({ tabId, text: chrome.i18n.getMessage('watch_badge_back').slice(0, 4) }),
    chrome.action.setBadgeBackgroundColor({ tabId, color: BACK_COLOUR }),
    chrome.action.setTitle({ tabId, title: `${chrome.i18n.getMessage('ext_name')}: ${what}` }),
  ]);
}

/** @param {number} tabId */
export async function clear(tabId) {
  await Promise.all([
    chrome.action.setBadgeText({ tabId, text: '' }),
    chrome.action.setTitle({ tabId, title: chrome.i18n.getMessage('ext_name') }),
  ]);
}
