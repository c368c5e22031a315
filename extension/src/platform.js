// @ts-check
// The one module that knows which browser runs chatmedic. Chromium and Firefox load the same
// sources (each with its own generated manifest, scripts/manifest.mjs); where their extension
// APIs behave differently, the difference is here, and nothing else asks which browser it is.
// Both expose the promise-returning `chrome.*` namespace, so the code calls `chrome.*` alike.
//
// What is the same and needs nothing here (Firefox 153 ESR, tests/firefox): `storage.session`;
// the badge's colours (`action.setBadgeTextColor` exists in both); `webRequest` with
// `responseHeaders`; `tabs.update` of a tab to an
// extension page from `onErrorOccurred`, which replaces Firefox's own error page as it replaces
// Chrome's; the MAIN-world content script (Firefox 128+). Firefox resets a tab's badge when its
// page commits, which may come after the background set it: the content script's report of the
// page, and the diagnostic page, set it again after the commit. `permissions.request` from a
// click is driven with Firefox's prompt answered by a pref (tests/firefox: the watch's
// notifications, asked from our window; `windows.create` of a popup window works there too).
// Not driven by a test (WebDriver cannot open a private window for an add-on):
// `windows.create({incognito: true})`, which rejects in both browsers until the user allows
// private windows — only where to allow it differs (below).

/** @typedef {'chromium'|'firefox'} Browser */

/** @returns {Browser} */
function detect() {
  // The extension's own URL scheme is the browser's, in every context (worker, event page,
  // extension pages, content scripts); user agents can lie, this cannot.
  return chrome.runtime.getURL('').startsWith('moz-extension:') ? 'firefox' : 'chromium';
}

/** @type {Browser} */
export const BROWSER = detect();

/**
 * webRequest errors that mean the load was abandoned (the user stopped or left it, or the
 * extension itself moved the tab): not a failure. Chromium says `net::ERR_ABORTED`; Firefox
 * names its XPCOM result (`NS_BINDING_ABORTED`, and `NS_ERROR_ABORT` for a cancelled channel).
 */
export const ABANDONED_LOAD_ERRORS = new Set(
  BROWSER === 'firefox' ? ['NS_BINDING_ABORTED', 'NS_ERROR_ABORT'] : ['net::ERR_ABORTED'],
);

/**
 * Call once, synchronously, before adding webRequest listeners for `filter`. Firefox sometimes
 * gives a main-frame `onCompleted` the tab id -1 for a navigation it did not start from the
 * tab's own content (the address bar, WebDriver) — seen in tests/firefox under load: the 503's
 * Retry-After never reached the tab's incident — unless the extension also listens to
 * `onBeforeRequest` for the same requests. The listener does nothing (no "blocking" option: it
 * can neither delay nor change a request).
 * @param {chrome.webRequest.RequestFilter} filter
 */
export function prepareWebRequest(filter) {
  if (BROWSER !== 'firefox') return;
  chrome.webRequest.onBeforeRequest.addListener(() => undefined, filter);
}

/**
 * Whether a tab that starts loading a page whose address the extension may not see (no `tabs`
 * permission) may be the browser's own error page for the tab's network failure — so that the
 * failure is not taken for over. Firefox hides its error page's address (`about:neterror`) and
 * loads it before the background replaces it with the diagnostic page; Chromium keeps the failed
 * address on its error page, so there an unseen address is another site.
 * @param {string|undefined} url the tab's address, as the extension sees it
 * @param {{evidence: {netError?: string, requestKind?: string}}} incident the tab's incident
 */
export function mayBeBrowserErrorPage(url, incident) {
  return BROWSER === 'firefox' && !url && !!incident.evidence.netError && incident.evidence.requestKind === 'page';
}

/**
 * Whether `notifications.create` takes `requireInteraction` (a notification that stays until the
 * user acts on it). Firefox's schema has no such property and throws on it ("Unexpected property
 * \"requireInteraction\""), synchronously: there the notification goes by the system's timing.
 */
export const NOTIFICATION_REQUIRES_INTERACTION = BROWSER !== 'firefox';

/**
 * The browser's page of installed extensions, when an extension may open it (Chromium lets
 * `tabs.create` open `chrome://extensions`; Firefox refuses every `about:` page but blank).
 * @type {string|null}
 */
export const EXTENSIONS_PAGE = BROWSER === 'firefox' ? null : 'chrome://extensions';

/**
 * The message that says how to let chatmedic open private windows, in this browser's words
 * (Chrome: "Allow in Incognito" in chrome://extensions; Firefox: "Run in Private Windows" in
 * about:addons).
 */
export const PRIVATE_NOT_ALLOWED_MESSAGE = BROWSER === 'firefox' ? 'private_not_allowed_firefox' : 'private_not_allowed';
