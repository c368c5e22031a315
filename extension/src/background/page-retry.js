// Asking a failing tab's page to retry: the content script presses the site's own retry button
// of the latest turn, or keeps the draft for the reload the worker then makes, or says what
// would make a retry now cost the user something. Auto-refresh and the watch's notification
// both retry this way.

/** How long the page may take to answer "retry now" (it keeps the draft first). */
const PAGE_ANSWER_MS = 10_000;

/**
 * @param {number} tabId @param {string[]} retrySelectors  the site's retry buttons (registry)
 * @param {{userAsked?: boolean}} [how]  the user asked for it now: nothing holds it back
 * @returns {Promise<'pressed'|'reload'|'navigate'|{blocked: string}>}  'navigate': no content
 *   script answered (Chrome's error page, or ours): the failed address is loaded again
 */
export async function askPageToRetry(tabId, retrySelectors, how = {}) {
  /** @type {{outcome?: string, reason?: string}|null} */
  const reply = await Promise.race([
    chrome.tabs.sendMessage(tabId, { type: 'auto-retry', retrySelectors, userAsked: !!how.userAsked }).catch(() => null),
    // A page that does not answer must not hold the tab's queue: as if no content script were there.
    new Promise((resolve) => { setTimeout(() => resolve(null), PAGE_ANSWER_MS); }),
  ]);
  if (reply?.outcome === 'blocked') return { blocked: reply.reason ?? 'hidden' };
  if (reply?.outcome === 'pressed' || reply?.outcome === 'reload') return reply.outcome;
  if (!how.userAsked && !navigator.onLine) return { blocked: 'offline' };
  return 'navigate';
}
