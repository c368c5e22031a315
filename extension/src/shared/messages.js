// A chrome.i18n.getMessage work-alike over a parsed messages.json, for pages without
// chrome.i18n (the playground) and for tests: keys are case-insensitive, "$NAME$" placeholders
// take their "content", "$1"…"$9" take the substitutions, "$$" is a dollar sign.

/** @typedef {Record<string, {message: string, placeholders?: Record<string, {content: string}>}>} Messages */
/** @typedef {import('./i18n.js').I18n} Translate */

/**
 * @param {Messages} messages
 * @param {string} [locale]  answered for "@@ui_locale"
 * @returns {Translate}
 */
export function lookupFrom(messages, locale = 'en') {
  /** @type {Map<string, Messages[string]>} */
  const byKey = new Map(Object.entries(messages).map(([k, v]) => [k.toLowerCase(), v]));
  return (key, substitutions) => {
    if (key === '@@ui_locale') return locale.replace('-', '_');
    const entry = byKey.get(key.toLowerCase());
    if (!entry) return '';
    const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
    const numbered = (/** @type {string} */ s) => s.replace(/\$(\d)/g, (_, n) => subs[Number(n) - 1] ?? '');
    const placeholders = new Map(Object.entries(entry.placeholders ?? {}).map(([k, v]) => [k.toLowerCase(), v.content]));
    return entry.message
      .replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name) => {
        const content = placeholders.get(name.toLowerCase());
        return content === undefined ? whole : numbered(content);
      })
      .replace(/\$\$/g, '$');
  };
}

/**
 * Fetches `<base>/_locales/<lang>/messages.json` and returns its lookup.
 * @param {string} base @param {string} lang  "en", "ja", "zh_CN"
 * @returns {Promise<Translate>}
 */
export async function loadTranslator(base, lang) {
  const response = await fetch(`${base}/_locales/${lang}/messages.json`);
  if (!response.ok) throw new Error(`no messages for "${lang}" (${response.status})`);
  return lookupFrom(/** @type {Messages} */ (await response.json()), lang);
}
