// @ts-check
// The chat app's structure, as far as the sensor needs it: where errors are drawn for sure
// (roles, live regions, the registry's error containers), what is the model's answer, the
// user's message, code or the composer (text there is never an error the app drew), which
// containers hold toasts, and the composer itself. Selectors come from the registry
// (crate/src/sites.rs) with generic fallbacks for when an app's markup has moved on.
import { isOurs } from './ours.js';

/**
 * @typedef {{id: string, name?: string, provider?: string, errorSelectors?: string[], composerSelectors?: string[],
 *   answerSelectors?: string[], userMessageSelectors?: string[], toastSelectors?: string[], retrySelectors?: string[],
 *   streamPatterns?: string[], newChatUrl?: string|null, signInUrl?: string}} SiteHints
 */

/** Roles and live regions that exist to announce problems: any new text there is sent. */
const STRONG = ['[role="alert"]', '[role="alertdialog"]', '[aria-live="assertive"]'];
/**
 * What is never an error the app drew, whatever its words: markdown and prose containers (how
 * every app renders answers), code, quotes, editable text. The registry adds each site's answer
 * and user-message containers.
 */
const NOT_APP_TEXT = ['pre', 'code', 'kbd', 'samp', 'blockquote', 'textarea', 'input', '[contenteditable=""]',
  '[contenteditable="true"]', '[role="textbox"]', '.markdown', '.prose', '[class*="markdown" i]',
  '[data-message-author-role]', 'model-response', 'user-query'];
/** The model's answers where no registry row says (markdown renderers, Gemini's components). */
const ANSWERS = ['.markdown', '.prose', '[class*="markdown" i]', 'model-response', '[data-message-author-role="assistant"]'];
/** Controls and navigation: their labels ("Sign in", "Try again") are not messages. */
const CONTROLS = ['button', 'a[href]', '[role="button"]', '[role="menuitem"]', '[role="tab"]', 'nav', 'label', 'option', 'select', 'title', 'script', 'style', 'noscript'];
/** Containers of toasts and overlays (Angular CDK, Sonner, Radix, generic). */
const TOASTS = ['.cdk-overlay-container', '[data-sonner-toaster]', 'section[aria-label^="Notifications"]',
  '[role="region"][aria-label^="Notifications"]', '[class*="toast" i]', '[class*="snackbar" i]', '[class*="snack-bar" i]'];
const GENERIC_COMPOSERS = ['textarea', '[contenteditable="true"]', '[contenteditable=""]', '[role="textbox"]'];

/** @type {SiteHints|null} */
export let hints = null;
export let strongSelector = STRONG.join(',');
let excludedSelector = NOT_APP_TEXT.join(',');
let answerSelector = ANSWERS.join(',');
const controlSelector = CONTROLS.join(',');
let toastSelector = TOASTS.join(',');
/** @type {string[]} */
let composerSelectors = GENERIC_COMPOSERS;
/** @type {RegExp[]} */
let streamPatterns = [];

/** Selectors that the browser accepts (a registry row may hold one a browser cannot parse). */
function valid(/** @type {unknown} */ list) {
  return (Array.isArray(list) ? list : []).filter((s) => {
    if (typeof s !== 'string' || !s) return false;
    try {
      document.createDocumentFragment().querySelector(s);
      return true;
    } catch {
      return false;
    }
  });
}

/** A Chrome match pattern ("https://host/path/*") as a regular expression over a URL without its query. */
function patternToRegExp(/** @type {string} */ p) {
  return new RegExp(`^${p.split('*').map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
}

/** Takes the registry's hints for this site; invalid selectors are dropped, not fatal. */
export function useHints(/** @type {SiteHints|null} */ h) {
  hints = h;
  // The registry's own error containers count as strong: the site draws only problems there.
  strongSelector = [...valid(h?.errorSelectors), ...STRONG].join(',');
  excludedSelector = [...valid(h?.answerSelectors), ...valid(h?.userMessageSelectors), ...NOT_APP_TEXT].join(',');
  answerSelector = [...valid(h?.answerSelectors), ...ANSWERS].join(',');
  toastSelector = [...valid(h?.toastSelectors), ...TOASTS].join(',');
  composerSelectors = [...valid(h?.composerSelectors), ...GENERIC_COMPOSERS];
  streamPatterns = (Array.isArray(h?.streamPatterns) ? h.streamPatterns : [])
    .filter((p) => typeof p === 'string' && p.startsWith('https://')).map(patternToRegExp);
}

/** Whether a request URL is the one that carries the site's answers. */
export function isStreamRequest(/** @type {string} */ url) {
  const bare = url.split(/[?#]/)[0];
  return streamPatterns.some((r) => r.test(bare) || r.test(url));
}

/**
 * `closest` across shadow roots: the element or an ancestor, also through shadow hosts
 * (Gemini's components draw inside open shadow roots).
 * @param {Element} el @param {string} selector @returns {Element|null}
 */
export function composedClosest(el, selector) {
  /** @type {Element|null} */
  let at = el;
  while (at) {
    const found = at.closest(selector);
    if (found) return found;
    const root = at.getRootNode();
    at = root instanceof ShadowRoot ? root.host : null;
  }
  return null;
}

/** @param {Element} el @param {string} selector */
export function matches(el, selector) {
  try {
    return el.matches(selector);
  } catch {
    return false;
  }
}

/** In the model's answer, a user's message, code, an editor or the composer: not the app's own words. */
export function isExcluded(/** @type {Element} */ el) {
  if (composedClosest(el, excludedSelector)) return true;
  const box = cachedComposer;
  return !!box && (box === el || box.contains(el) || el.contains(box));
}

/** The answer container an element is in (same tree; the nearest one), or null. */
export const answerOf = (/** @type {Element} */ el) => el.closest(answerSelector);

/** The answer containers' combined selector (registry and generic). */
export const answerSelectorNow = () => answerSelector;

/** Whether an element is an answer container by its markup (registry, markdown renderers). */
export const isAnswer = (/** @type {Element} */ el) => matches(el, answerSelector);

/** A control's label or navigation: not a message. */
export const isControl = (/** @type {Element} */ el) => !!composedClosest(el, controlSelector);

/** In a toast or overlay container: transient by design, its leaving ends nothing. */
export const isToast = (/** @type {Element} */ el) => !!composedClosest(el, toastSelector);

const INLINE = new Set(['SPAN', 'B', 'I', 'EM', 'STRONG', 'SMALL', 'U', 'S', 'MARK', 'FONT', 'SUP', 'SUB', 'BR']);

/** The block a text belongs to: its element, or the nearest non-inline ancestor (at most 4 up). */
export function blockOf(/** @type {Element} */ el) {
  let at = el;
  for (let i = 0; i < 4 && INLINE.has(at.tagName) && at.parentElement; i += 1) at = at.parentElement;
  return at;
}

/**
 * Shown to the user: connected, rendered and not hidden from assistive technology. Only called
 * for the few candidates that passed the text test: it makes the browser compute style.
 */
export function visible(/** @type {Element} */ el) {
  if (!el.isConnected || isOurs(el)) return false;
  if (composedClosest(el, '[hidden],[aria-hidden="true"],[inert]')) return false;
  return el.checkVisibility ? el.checkVisibility({ visibilityProperty: true, opacityProperty: false }) : el.getClientRects().length > 0;
}

// ---- the composer --------------------------------------------------------------------------

/** @type {Element|null} */
let cachedComposer = null;
let lastTypingAt = 0;
/** chatmedic itself is writing into the box (a draft put back): that is not the user typing. */
let writing = false;

/** Whether an element is the site's message box (registry first, then generic editors). */
function isComposer(/** @type {Element} */ el) {
  return composerSelectors.some((s) => matches(el, s)) && !isOurs(el);
}

// The composer is learnt when the user focuses or types in it: no lookup per mutation pass.
document.addEventListener('focusin', (e) => {
  const t = e.target;
  if (t instanceof Element && isComposer(t)) cachedComposer = t;
}, { capture: true, passive: true });
document.addEventListener('input', (e) => {
  const t = e.target;
  if (!(t instanceof Element)) return;
  const box = cachedComposer?.isConnected && (cachedComposer === t || cachedComposer.contains(t)) ? cachedComposer : null;
  if (box || isComposer(t)) {
    cachedComposer = box ?? t;
    if (!writing) lastTypingAt = performance.now();
    noteTyped(cachedComposer); // a draft chatmedic put back is the user's words too
  }
}, { capture: true, passive: true });

/**
 * The user's own words: the last few messages as typed in the composer (folded). A message the
 * user sent is drawn in the thread at once, on every site, with or without markup that says
 * whose it is; when it quotes an error, that is the user's text, not the app's.
 * @type {string[]}
 */
const typed = [];
const MAX_TYPED = 4000;
const fold = (/** @type {string} */ t) => t.replace(/\s+/g, ' ').trim().toLowerCase();

function noteTyped(/** @type {Element} */ box) {
  const raw = box instanceof HTMLTextAreaElement || box instanceof HTMLInputElement ? box.value : box.textContent ?? '';
  const t = fold(raw.slice(0, MAX_TYPED));
  if (!t) return;
  const last = typed[typed.length - 1];
  // The same message being written (or edited) replaces itself; a new one is kept beside it.
  if (last !== undefined && (t.startsWith(last.slice(0, 16)) || last.startsWith(t.slice(0, 16)))) typed[typed.length - 1] = t;
  else {
    typed.push(t);
    if (typed.length > 4) typed.shift();
  }
}

/** Whether a text is (mostly) what the user typed: part of a message, or a message with a little around it. */
export function typedByUser(/** @type {string} */ text) {
  const c = fold(text);
  return c.length > 0 && typed.some((t) => t.length >= 8 && (t.includes(c) || (c.includes(t) && t.length * 2 >= c.length)));
}

/**
 * The site's message box: the one learnt from focus or typing, else a lookup (registry
 * selectors first, then a rendered generic one). Not for the sensor's hot path.
 */
export function composer() {
  if (cachedComposer?.isConnected) return cachedComposer;
  const focused = document.activeElement;
  for (const selector of composerSelectors) {
    /** @type {Element[]} */
    let found;
    try {
      found = [...document.querySelectorAll(selector)];
    } catch {
      continue;
    }
    const usable = found.filter((e) => !isOurs(e) && e.getClientRects().length > 0);
    if (usable.length) return usable.find((e) => e === focused || e.contains(focused)) ?? usable[usable.length - 1];
  }
  return null;
}

/** The user typed in the message box within the last 1.5 s. */
export const isTyping = () => performance.now() - lastTypingAt < 1500;

/** Milliseconds since the user last typed in the message box (Infinity: not on this page). */
export const sinceTyping = () => (lastTypingAt ? performance.now() - lastTypingAt : Infinity);

/**
 * Runs `write` (chatmedic putting text into the box) without it counting as the user typing.
 * @template T @param {() => T} write @returns {T}
 */
export function asNotTyping(write) {
  writing = true;
  try {
    return write();
  } finally {
    writing = false;
  }
}

/** The composer learnt from focus or typing, if still in the page (the sensor's cheap view). */
export const cachedComposerOrNull = () => (cachedComposer?.isConnected ? cachedComposer : null);

/** In (or around) the message box or an editor: never the user's draft. */
export function inComposer(/** @type {Element} */ el) {
  const box = cachedComposerOrNull();
  if (box && (box === el || box.contains(el) || el.contains(box))) return true;
  return !!composedClosest(el, 'textarea,input,[contenteditable=""],[contenteditable="true"],[role="textbox"]');
}
