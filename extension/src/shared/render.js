// The presenter of a diagnosis, shared by the popup, the diagnostic page and the playground:
// headline, whose side in plain words, explanation, why, numbered fixes (buttons where the
// caller can do them, with their hints) and retry advice. DOM built with textContent only;
// every string comes from the `i18n` function the caller passes (chrome.i18n in the
// extension, a lookup over messages.json in the playground).

/** @typedef {import('./types.js').Diagnosis} Diagnosis */
/** @typedef {import('./i18n.js').I18n} I18n */

/**
 * @typedef {object} RenderOptions
 * @property {(fix: string) => boolean} [canDo]   fixes shown as buttons (the others are advice)
 * @property {(fix: string, button: HTMLButtonElement) => void} [onFix]
 * @property {number} [diagnosedAt]   when the diagnosis was made (ms), for the retry time
 * @property {number} [now]
 * @property {2|3} [level]           heading level of the headline
 * @property {import('./types.js').Site|null} [site]   the site's registry row, if known
 */

let uid = 0;

/**
 * @template {keyof HTMLElementTagNameMap} K
 * @param {K} tag @param {string} [className] @param {string} [text]
 * @returns {HTMLElementTagNameMap[K]}
 */
export function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The language of the strings, for dates and numbers. @param {I18n} i18n */
export function localeOf(i18n) {
  return (i18n('@@ui_locale') || 'en').replace('_', '-');
}

/**
 * A message, or a readable fallback when a locale lacks it.
 * @param {I18n} i18n @param {string} key @param {string} fallback @param {string|string[]} [subs]
 */
function message(i18n, key, fallback, subs) {
  return i18n(key, subs) || fallback;
}

/** @param {I18n} i18n @param {string} cause */
export const headline = (i18n, cause) => message(i18n, `cause_${cause}_headline`, cause);
/** @param {I18n} i18n @param {string} side */
export const sideText = (i18n, side) => message(i18n, `side_${side}`, side);
/** @param {I18n} i18n @param {string} side */
export const sideName = (i18n, side) => message(i18n, `sidename_${side}`, side);
/** @param {I18n} i18n @param {string} fix */
export const fixLabel = (i18n, fix) => message(i18n, `fix_${fix}`, fix);

/**
 * The phrase for a why id: its own message (`why_<id>`), or its family's
 * (`why_family_<prefix>` with the rest of the id, upper-cased, as $1), or the id itself.
 * @param {I18n} i18n @param {string} id
 */
export function whyText(i18n, id) {
  const own = i18n(`why_${id}`);
  if (own) return own;
  const parts = id.split('_');
  for (let i = parts.length - 1; i > 0; i--) {
    const family = `${parts.slice(0, i).join('_')}_`;
    const text = i18n(`why_family_${family}`, [parts.slice(i).join('_').toUpperCase()]);
    if (text) return text;
  }
  return id;
}

/**
 * "in 2 minutes" and "14:32" for a moment ahead.
 * @param {I18n} i18n @param {number} at @param {number} now
 */
export function when(i18n, at, now) {
  const locale = localeOf(i18n);
  const seconds = Math.max(1, Math.round((at - now) / 1000));
  const rtf = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const relative = seconds < 90 ? rtf.format(seconds, 'second')
    : seconds < 90 * 60 ? rtf.format(Math.round(seconds / 60), 'minute')
      : rtf.format(Math.round(seconds / 3600), 'hour');
  const clock = new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit' }).format(at);
  return { relative, clock };
}

/**
 * The retry advice in words.
 * @param {I18n} i18n @param {Diagnosis['retry']} retry @param {number} diagnosedAt @param {number} now
 */
export function retryText(i18n, retry, diagnosedAt, now) {
  if (!retry.advised) return message(i18n, 'render_retry_not_advised', '');
  const at = diagnosedAt + (retry.afterMs ?? 0);
  if (!retry.afterMs || at <= now) return message(i18n, 'render_retry_now', '');
  const { relative, clock } = when(i18n, at, now);
  return message(i18n, 'render_retry_at', `${relative} (${clock})`, [relative, clock]);
}

/**
 * Builds the DOM for a diagnosis. The strings come from `i18n`, given either as the second
 * argument or as `t` in the options (`renderDiagnosis(d, {t, site})`).
 * @param {Diagnosis} diagnosis
 * @param {I18n | (RenderOptions & {t: I18n})} i18nOrOptions
 * @param {RenderOptions} [more]
 * @returns {HTMLElement}
 */
export function renderDiagnosis(diagnosis, i18nOrOptions, more = {}) {
  const i18n = typeof i18nOrOptions === 'function' ? i18nOrOptions : i18nOrOptions.t;
  /** @type {RenderOptions} */
  const options = typeof i18nOrOptions === 'function' ? more : { ...i18nOrOptions, ...more };
  const now = options.now ?? Date.now();
  const id = `dx${++uid}`;
  const root = el('section', `diagnosis side-${diagnosis.side}`);
  root.dataset.cause = diagnosis.cause;
  root.dataset.side = diagnosis.side;
  root.setAttribute('aria-labelledby', `${id}-headline`);

  const title = el(options.level === 3 ? 'h3' : 'h2', 'headline', headline(i18n, diagnosis.cause));
  title.id = `${id}-headline`;
  const side = el('p', 'side');
  side.append(el('span', 'side-mark'), el('span', 'side-text', sideText(i18n, diagnosis.side)));
  const explain = el('p', 'explain', message(i18n, `cause_${diagnosis.cause}_explain`, ''));
  root.append(title, side, explain);

  if (diagnosis.why.length) {
    const whyHeading = el(options.level === 3 ? 'h4' : 'h3', 'why-heading', message(i18n, 'render_why', 'Why'));
    const list = el('ul', 'why');
    for (const w of diagnosis.why) list.append(el('li', undefined, whyText(i18n, w)));
    root.append(whyHeading, list);
  }

  if (diagnosis.fixes.length) {
    const fixesHeading = el(options.level === 3 ? 'h4' : 'h3', 'fixes-heading', message(i18n, 'render_fixes', ''));
    const list = el('ol', 'fixes');
    diagnosis.fixes.forEach((fix, i) => list.append(fixItem(fix, i, `${id}-fix`, i18n, options)));
    root.append(fixesHeading, list);
  }

  root.append(el('p', 'retry', retryText(i18n, diagnosis.retry, options.diagnosedAt ?? now, now)));
  return root;
}

/**
 * @param {string} fix @param {number} i @param {string} id @param {I18n} i18n @param {RenderOptions} options
 */
function fixItem(fix, i, id, i18n, options) {
  const item = el('li', 'fix');
  item.dataset.fix = fix;
  const hint = el('span', 'hint', message(i18n, `fix_${fix}_hint`, ''));
  hint.id = `${id}-${i}-hint`;
  if (options.canDo?.(fix)) {
    const button = el('button', 'fix-button', fixLabel(i18n, fix));
    button.type = 'button';
    button.dataset.fix = fix;
    button.setAttribute('aria-describedby', hint.id);
    button.addEventListener('click', () => options.onFix?.(fix, button));
    item.append(button, hint);
  } else {
    item.append(el('span', 'fix-label', fixLabel(i18n, fix)), hint);
  }
  return item;
}
