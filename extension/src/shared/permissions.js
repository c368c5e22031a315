// The optional permissions chatmedic asks at use (manifest.base.json's optional_permissions),
// as chrome.permissions takes them: one place for the pages that ask and the worker that checks.

/** "Clear this site's data" (the popup). */
export const BROWSING_DATA = { permissions: /** @type {chrome.runtime.ManifestPermission[]} */ (['browsingData']) };
/** The watch's notification ("Notify me when it's back"). */
export const NOTIFICATIONS = { permissions: /** @type {chrome.runtime.ManifestPermission[]} */ (['notifications']) };
