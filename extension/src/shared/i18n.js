// Visible strings through chrome.i18n: `t` for code, `localize` for markup that names its
// strings in data-i18n attributes (data-i18n → text, data-i18n-label → aria-label,
// data-i18n-placeholder → placeholder, data-i18n-title → title).

/** @typedef {(key: string, substitutions?: string | string[]) => string} I18n */

/** @type {I18n} */
export function t(key, substitutions) {
  return chrome.i18n.getMessage(key, substitutions);
}

/** The user's language as a BCP 47 tag ("en-US", "ja", "zh-CN"). */
export function uiLocale() {
  return chrome.i18n.getUILanguage();
}

const ATTRIBUTES = /** @type {const} */ ([
  ['i18nLabel', 'aria-label'],
  ['i18nPlaceholder', 'placeholder'],
  ['i18nTitle', 'title'],
]);

/**
 * Fills every element under `root` that names a message; sets the document's language.
 * @param {ParentNode} root
 */
export function localize(root = document) {
  for (const el of root.querySelectorAll('[data-i18n], [data-i18n-label], [data-i18n-placeholder], [data-i18n-title]')) {
    const h = /** @type {HTMLElement} */ (el);
    if (h.dataset.i18n) h.textContent = t(h.dataset.i18n) || h.dataset.i18n;
    for (const [data, attribute] of ATTRIBUTES) {
      const key = h.dataset[data];
      if (key) h.setAttribute(attribute, t(key) || key);
    }
  }
  document.documentElement.lang = t('@@ui_locale').replace('_', '-') || 'en';
}
