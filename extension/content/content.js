// @ts-check
// chatmedic on the chat page: a DOM sensor that notices the errors the chat app draws (or a
// server error page that is the whole document), sends a bounded excerpt to the service worker,
// which diagnoses it with the wasm core, and a banner, in a closed shadow root, that says what
// happened, whose side it is on and what to do. Also knows the site's message box (composer).
// A classic script: no imports, no wasm (the chat sites' CSPs forbid it), nothing on the page's
// global object. Page text only ever reaches the DOM through textContent.
(() => {
  'use strict';
  const G = /** @type {any} */ (globalThis);
  if (G.chatmedicContent) return; // injected twice (extension reloaded): the first one stays
  G.chatmedicContent = true;

  /**
   * @typedef {{cause: string, side: string, confidence: number, site: string|null, fixes: string[],
   *   retry: {advised: boolean, afterMs?: number|null}, why: string[], badge?: string, statusPage?: string|null}} Diagnosis
   * @typedef {{firstSeen: number, diagnosis: Diagnosis, url: string}} Incident
   * @typedef {{id: string, name?: string, provider?: string, errorSelectors?: string[], composerSelectors?: string[],
   *   newChatUrl?: string|null, signInUrl?: string}} SiteHints
   */

  const EXCERPT = 2048;            // characters of page text sent per error
  const MIN_GAP_MS = 100;          // at most one processing pass per 100 ms
  const MAX_RECORDS = 400;         // mutation records looked at per pass; more → one bounded rescan
  const MAX_CANDIDATES = 20;       // error elements examined per pass
  const MAX_LOOKUPS = 300;         // selector lookups per pass; beyond, the next pass rescans once
  const WEAK_MAX_TEXT = 600;       // a class-name match with more text is a wrapper, not a message
  const STREAM_WINDOW_MS = 3000;   // an answer drew text this recently: it was streaming

  /** Roles and live regions that exist to announce problems: any new text there is sent. */
  const STRONG = ['[role="alert"]', '[role="alertdialog"]', '[aria-live="assertive"]'];
  /** Class names and test ids that suggest error styling or a toast: sent if the text looks like an error. */
  const WEAK = ['[class*="error" i]', '[class*="toast" i]', '[class*="snackbar" i]', '[class*="snack-bar" i]',
    '[class*="notification" i]', '[class*="flash" i]', '[data-testid*="error" i]', '[id*="error" i]'];
  /** Cheap prefilter for weak matches (en, ja, zh); the core decides what the text means. */
  const LOOKS_LIKE_ERROR = new RegExp(['error', 'wrong', 'fail', 'unable', 'unavailable', 'limit', 'too many',
    'capacity', 'overload', 'busy', 'time[d ]?out', 'try again', 'network', 'expired', 'sign in', 'log in',
    'verify', 'denied', 'blocked', 'maintenance', 'terminated', 'interrupted', 'not found', 'demand', '\\b[45]\\d\\d\\b',
    'エラー', '失敗', '制限', '問題', 'もう一度', '接続', '混雑', '错误', '錯誤', '失败', '稍后', '重试', '繁忙',
    '限制', '过多', '网络', '網路', '异常', '異常'].join('|'), 'i');
  const GENERIC_COMPOSERS = ['textarea', '[contenteditable="true"]', '[contenteditable=""]', '[role="textbox"]'];

  /** @type {SiteHints|null} */
  let hints = null;
  let strongSelector = STRONG.join(',');
  let weakSelector = WEAK.join(',');
  let anySelector = `${strongSelector},${weakSelector}`;
  /** @type {string[]} */
  let composerSelectors = GENERIC_COMPOSERS;

  // ---- state -----------------------------------------------------------------------------

  const stats = { batches: 0, records: 0, reports: 0, lastBatchAt: 0 };
  /** @type {MutationRecord[]} */
  let pending = [];
  let overflow = false;
  let scheduled = false;
  let lastPass = 0;
  /** Elements that showed an error the core recognised → the incident it was part of. */
  const active = new Map();
  /** @type {WeakMap<Element, string>} what was already sent per element */
  const sent = new WeakMap();
  /** The whole document is a server error page. */
  let wholePage = false;
  let lastTypingAt = 0;
  let lastThreadMutationAt = 0;
  /** When the last few passes that saw the thread change (not an error appearing) ran. */
  const threadPasses = /** @type {number[]} */ ([]);
  let bannerEnabled = true;
  let ready = false;

  // ---- the sensor --------------------------------------------------------------------------

  const observer = new MutationObserver((records) => {
    if (pending.length + records.length > MAX_RECORDS) overflow = true;
    else for (const r of records) pending.push(r);
    schedule();
  });

  function schedule() {
    if (scheduled) return;
    scheduled = true;
    setTimeout(pass, Math.max(0, lastPass + MIN_GAP_MS - performance.now()));
  }

  /** One processing pass over what changed since the last one. */
  function pass() {
    scheduled = false;
    lastPass = performance.now();
    stats.batches += 1;
    stats.lastBatchAt = lastPass;
    const records = pending;
    const rescan = overflow;
    pending = [];
    overflow = false;
    stats.records += records.length;

    /** @type {Set<Element>} */
    const candidates = new Set();
    let removed = false;
    let threadChanged = false;
    const composerNow = composer();
    const add = (/** @type {Element|null|undefined} */ el) => {
      if (el && candidates.size < MAX_CANDIDATES && !isOurs(el)) candidates.add(el);
    };
    if (rescan) {
      for (const el of queryAll(document, anySelector)) add(el);
      removed = true;
    }
    let lookups = 0;
    for (const r of records) {
      if (++lookups > MAX_LOOKUPS) {
        overflow = true; // a huge re-render: one bounded document scan next time instead
        schedule();
        break;
      }
      const target = r.target.nodeType === Node.ELEMENT_NODE ? /** @type {Element} */ (r.target) : r.target.parentElement;
      if (!target || isOurs(target)) continue;
      if (!composerNow || !composerNow.contains(target)) threadChanged = true;
      if (r.type === 'childList') {
        if (r.removedNodes.length) removed = true;
        for (const n of r.addedNodes) {
          const el = n.nodeType === Node.ELEMENT_NODE ? /** @type {Element} */ (n) : n.parentElement;
          if (!el || ++lookups > MAX_LOOKUPS) continue;
          add(el.closest(anySelector));
          if (n.nodeType === Node.ELEMENT_NODE && el.firstElementChild) for (const c of queryAll(el, anySelector)) add(c);
        }
      } else {
        if (r.type === 'attributes') removed = true; // something may have been hidden
        add(target.closest(anySelector));
      }
    }
    // Whether an answer was streaming is judged on the passes before this one (this one may be the error itself).
    const streamedBefore = threadPasses.length >= 2 && lastPass - threadPasses[threadPasses.length - 2] < STREAM_WINDOW_MS;
    if (threadChanged && !candidates.size) {
      lastThreadMutationAt = lastPass;
      threadPasses.push(lastPass);
      if (threadPasses.length > 4) threadPasses.shift();
    }
    for (const el of candidates) consider(el, composerNow, streamedBefore);
    if (removed) checkRecovered();
  }

  /** @param {ParentNode} root @param {string} selector */
  function queryAll(root, selector) {
    try {
      return [...root.querySelectorAll(selector)].slice(0, MAX_CANDIDATES);
    } catch {
      return [];
    }
  }

  /** @param {Node} n */
  function isOurs(n) {
    return n === host || (!!host && host.contains(n));
  }

  /** @param {Element} el */
  function visible(el) {
    return el.isConnected && el.getClientRects().length > 0;
  }

  /** Whitespace-normalised visible text of an element, at most EXCERPT characters. */
  function excerpt(/** @type {Element} */ el) {
    const raw = el instanceof HTMLElement ? el.innerText : el.textContent ?? '';
    return raw.replace(/[ \t\f\v\u00a0]+/g, ' ').replace(/\s*\n\s*/g, '\n').trim().slice(0, EXCERPT);
  }

  /**
   * An element that may show an error: send its text if it is new and plausible.
   * @param {Element} el @param {Element|null} box the composer @param {boolean} streamed an answer was streaming just before
   */
  function consider(el, box, streamed) {
    if (!visible(el)) return;
    if (box && (el.contains(box) || box.contains(el))) return; // never the user's draft
    const text = excerpt(el);
    if (!text || sent.get(el) === text) return;
    const strong = matches(el, strongSelector);
    if (!strong && (text.length > WEAK_MAX_TEXT || !LOOKS_LIKE_ERROR.test(text))) return;
    sent.set(el, text);
    void report(el, streamed ? { text, requestKind: 'stream' } : { text });
  }

  /** @param {Element} el @param {string} selector */
  function matches(el, selector) {
    try {
      return el.matches(selector);
    } catch {
      return false;
    }
  }

  /** @param {Element} el @param {{text: string, httpStatus?: number, requestKind?: string}} evidence */
  async function report(el, evidence) {
    stats.reports += 1;
    const reply = await ask({ type: 'report', evidence });
    if (!reply?.ok || !reply.incident || reply.diagnosis?.cause === 'unknown') return;
    if (!el.isConnected) {
      if (!active.size) void ask({ type: 'recovered' });
      return;
    }
    active.set(el, reply.incident);
    render(reply.incident);
  }

  /** The app took its error away: the incident is over. */
  function checkRecovered() {
    if (!active.size || wholePage) return;
    for (const el of [...active.keys()]) if (!visible(el)) active.delete(el);
    if (active.size) return;
    hideBanner();
    void ask({ type: 'recovered' });
  }

  /**
   * The worker's answer, or null when the extension is gone (reloaded or updated): then
   * this copy stops quietly.
   * @param {Record<string, unknown>} message
   * @returns {Promise<any>}
   */
  async function ask(message) {
    try {
      return await chrome.runtime.sendMessage(message);
    } catch {
      if (!chrome.runtime?.id) observer.disconnect();
      return null;
    }
  }

  /**
   * A server error page with a body is the whole document (nginx's "502 Bad Gateway",
   * Cloudflare's "Error code 524", "Just a moment…"). Returns its text, or null.
   */
  function errorPageText() {
    const body = document.body;
    if (!body || body.childElementCount > 12 || (body.textContent ?? '').length > 6000) return null;
    const heading = document.querySelector('h1')?.textContent ?? '';
    const title = document.title;
    const signs = /^\s*[45]\d\d\b|\b[45]\d\d\s*[:|]|Error code [45]\d\d|Error\s*1\d\d\d|Just a moment|Verify you are human|Access denied|Bad Gateway|Gateway Time-?out|Service (Temporarily )?Unavailable|Internal Server Error|Too Many Requests/i;
    const cloudflare = document.querySelector('#cf-error-details, #challenge-running, #challenge-body-text, #cf-wrapper');
    if (!cloudflare && !signs.test(title) && !signs.test(heading)) return null;
    const text = excerpt(body);
    return (text.startsWith(title.trim()) ? text : `${title}\n${text}`).slice(0, EXCERPT);
  }

  function checkWholePage() {
    const text = errorPageText();
    if (!text) return;
    wholePage = true;
    /** @type {{text: string, httpStatus?: number, requestKind: string}} */
    const evidence = { text, requestKind: 'page' };
    const nav = /** @type {any} */ (performance.getEntriesByType('navigation')[0]);
    if (nav && typeof nav.responseStatus === 'number' && nav.responseStatus >= 400) evidence.httpStatus = nav.responseStatus;
    sent.set(document.documentElement, text);
    void report(document.documentElement, evidence);
  }

  // ---- composer awareness ---------------------------------------------------------------------

  /** The site's message box: the registry's selectors first, then a visible generic one. */
  function composer() {
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

  /** The draft in the message box ('' when there is none). */
  function readDraft() {
    const box = composer();
    if (!box) return '';
    if (box instanceof HTMLTextAreaElement || box instanceof HTMLInputElement) return box.value;
    return box instanceof HTMLElement ? box.innerText.replace(/\n$/, '') : '';
  }

  /**
   * Puts text in the message box the way typing would, so the app's own state follows.
   * @param {string} text @returns {boolean} whether there was a box to write to
   */
  function writeDraft(text) {
    const box = composer();
    if (!box) return false;
    if (box instanceof HTMLTextAreaElement || box instanceof HTMLInputElement) {
      const proto = box instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
      Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(box, text);
      box.dispatchEvent(new Event('input', { bubbles: true }));
      return true;
    }
    if (!(box instanceof HTMLElement)) return false;
    box.focus();
    const selection = getSelection();
    selection?.selectAllChildren(box);
    // Rich editors (ProseMirror, Quill) follow insertText; plain text is the fallback.
    if (!document.execCommand('insertText', false, text)) box.textContent = text;
    return true;
  }

  /** The user typed in the message box within the last 1.5 s. */
  const isTyping = () => performance.now() - lastTypingAt < 1500;
  /** The thread (anything but the message box) changed within the last second: an answer streaming in. */
  const isStreaming = () => performance.now() - lastThreadMutationAt < 1000 && !isTyping();

  document.addEventListener('input', (e) => {
    const box = composer();
    if (box && e.target instanceof Node && (box === e.target || box.contains(e.target))) lastTypingAt = performance.now();
  }, { capture: true, passive: true });

  /** Keeps the draft in the worker before chatmedic reloads or leaves the page. */
  async function saveDraft() {
    const text = readDraft();
    if (text.trim()) await ask({ type: 'draft-save', text: text.slice(0, 100_000) });
  }

  /** After a reload chatmedic made: puts the saved draft back if the box is still empty. */
  async function restoreDraft() {
    const reply = await ask({ type: 'draft-take' });
    const text = reply?.ok ? reply.text : null;
    if (typeof text !== 'string' || !text) return;
    const deadline = performance.now() + 15_000;
    const tryWrite = () => {
      if (composer()) {
        if (!readDraft().trim()) writeDraft(text);
        return;
      }
      if (performance.now() < deadline) setTimeout(tryWrite, 500);
    };
    tryWrite();
  }

  // ---- the banner ------------------------------------------------------------------------------

  /** @type {HTMLElement|null} */
  let host = null;
  /** @type {ShadowRoot|null} */
  let shadow = null;
  /** @type {Incident|null} */
  let shown = null;
  /** firstSeen of the incident the user dismissed. */
  let dismissed = -1;
  let bannerChangedAt = 0;
  let bannerText = '';
  let renderedKey = '';
  /** @type {ReturnType<typeof setInterval>|undefined} */
  let countdown;

  const msg = (/** @type {string} */ key, /** @type {string[]} */ ...subs) => {
    try {
      return chrome.i18n.getMessage(key, subs) || '';
    } catch {
      return '';
    }
  };

  const STYLE = `
:host { all: initial; }
.bar { box-sizing: border-box; display: flex; flex-wrap: wrap; align-items: center; gap: 6px 12px;
  margin: 8px auto 0; max-width: min(960px, calc(100vw - 16px)); padding: 8px 10px 8px 14px;
  font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans CJK JP", sans-serif;
  color: #1f1f1f; background: #fff; border: 1px solid #dadce0; border-left: 6px solid var(--side);
  border-radius: 10px; box-shadow: 0 4px 16px rgba(0,0,0,.18); pointer-events: auto; }
.text { flex: 1 1 320px; min-width: 0; }
.line { margin: 0; font-weight: 600; }
.quote { margin: 2px 0 0; color: #5f6368; font-size: 12.5px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.quote:empty { display: none; }
.actions { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; }
button { font: inherit; font-size: 13px; cursor: pointer; border-radius: 6px; padding: 4px 10px;
  border: 1px solid #c4c7c5; background: #f8f9fa; color: #1f1f1f; }
button.primary { background: var(--side); border-color: var(--side); color: #fff; }
button:hover { filter: brightness(.95); }
button:focus-visible { outline: 3px solid #1a73e8; outline-offset: 2px; }
button.close { border: none; background: transparent; font-size: 18px; line-height: 1; padding: 4px 8px; color: #5f6368; }
@media (prefers-color-scheme: dark) {
  .bar { color: #e8eaed; background: #202124; border-color: #3c4043; border-left-color: var(--side-dark); box-shadow: 0 4px 16px rgba(0,0,0,.5); }
  .quote { color: #9aa0a6; }
  button { background: #303134; border-color: #5f6368; color: #e8eaed; }
  button.primary { background: var(--side-dark); border-color: var(--side-dark); color: #202124; }
  button.close { background: transparent; color: #9aa0a6; }
  button:focus-visible { outline-color: #8ab4f8; }
}
@media (prefers-reduced-motion: no-preference) { .bar { animation: in .15s ease-out; } }
@keyframes in { from { transform: translateY(-8px); opacity: 0; } }`;

  /** Side → [light, dark] accent, the badge's colours and their dark-theme partners. */
  const SIDE_COLOURS = /** @type {Record<string, [string, string]>} */ ({
    service: ['#c5221f', '#f28b82'], network: ['#b06000', '#fdd663'], device: ['#7627bb', '#d7aefb'],
    account: ['#1967d2', '#8ab4f8'], request: ['#00796b', '#78d9c8'], unknown: ['#5f6368', '#bdc1c6'],
  });
  /** Fixes the banner can carry out (the rest are advice, shown in the popup). */
  const ACTIONABLE = new Set(['reload', 'retry_later', 'wait_for_reset', 'check_status', 'new_chat',
    'sign_in_again', 'contact_support']);

  function ensureHost() {
    if (!host) {
      host = document.createElement('chatmedic-banner');
      host.style.setProperty('position', 'fixed', 'important');
      host.style.setProperty('inset', '0 0 auto 0', 'important');
      host.style.setProperty('z-index', '2147483647', 'important');
      host.style.setProperty('pointer-events', 'none', 'important');
      host.style.setProperty('display', 'block', 'important');
      shadow = host.attachShadow({ mode: 'closed' });
      const style = document.createElement('style');
      style.textContent = STYLE;
      shadow.append(style);
      shadow.addEventListener('keydown', (e) => {
        if (/** @type {KeyboardEvent} */ (e).key === 'Escape') {
          e.stopPropagation();
          dismiss();
        }
      });
    }
    if (!host.isConnected) document.documentElement.append(host);
    return /** @type {ShadowRoot} */ (shadow);
  }

  /** A duration in the user's language: "45 s", "2 min", "1 h 5 min". */
  function duration(/** @type {number} */ ms) {
    const s = Math.max(1, Math.round(ms / 1000));
    if (s < 90) return msg('banner_seconds', String(s)) || `${s} s`;
    const m = Math.round(s / 60);
    if (m < 90) return msg('banner_minutes', String(m)) || `${m} min`;
    return msg('banner_hours', String(Math.floor(m / 60)), String(m % 60)) || `${Math.floor(m / 60)} h ${m % 60} min`;
  }

  /** The one line: what happened, and whose side it is on. */
  function headline(/** @type {Diagnosis} */ d) {
    const provider = hints?.provider || hints?.name || msg('banner_the_service') || 'The service';
    let what = msg(`banner_cause_${d.cause}`, provider) || msg(`cause_${d.cause}_headline`) || d.cause.replace(/_/g, ' ');
    if (d.badge && /^\d{3}$/.test(d.badge) && !what.includes(d.badge)) what += ` (${d.badge})`;
    const side = msg(`banner_side_${d.side}`);
    return side ? `${what} — ${side}` : what;
  }

  /** @param {Incident} incident */
  function render(incident) {
    if (!bannerEnabled || incident.firstSeen === dismissed) return;
    const d = incident.diagnosis;
    const key = `${incident.firstSeen}|${JSON.stringify(d)}|${pageTextOf(incident)}`;
    if (key === renderedKey && host?.isConnected && shown) return; // the same thing again: leave it (and its countdown)
    renderedKey = key;
    shown = incident;
    const root = ensureHost();
    const [light, dark] = SIDE_COLOURS[d.side] ?? SIDE_COLOURS.unknown;
    root.querySelector('.bar')?.remove();
    stopCountdown();

    const bar = document.createElement('div');
    bar.className = 'bar';
    bar.setAttribute('role', 'alert');
    bar.style.setProperty('--side', light);
    bar.style.setProperty('--side-dark', dark);
    const text = document.createElement('div');
    text.className = 'text';
    const line = document.createElement('p');
    line.className = 'line';
    line.textContent = headline(d);
    const quote = document.createElement('p');
    quote.className = 'quote';
    const seen = pageTextOf(incident);
    if (seen) {
      quote.textContent = `“${seen.length > 160 ? `${seen.slice(0, 159)}…` : seen}”`;
      quote.title = seen;
    }
    text.append(line, quote);

    const actions = document.createElement('div');
    actions.className = 'actions';
    const fixes = d.fixes.filter((f) => ACTIONABLE.has(f) && usable(f, d)).slice(0, 3);
    fixes.forEach((fix, i) => actions.append(button(fixLabel(fix, d), (b) => act(fix, d, b), i === 0 && d.fixes[0] === fix ? 'primary' : '')));
    actions.append(button(msg('banner_details') || 'Details', () => void ask({ type: 'open-details' })));
    const close = button('×', dismiss, 'close');
    close.setAttribute('aria-label', msg('banner_dismiss') || 'Dismiss');
    close.title = msg('banner_dismiss') || 'Dismiss';
    bar.append(text, actions, close);
    root.append(bar);
    const now = `${line.textContent}|${quote.textContent}|${fixes.join()}`;
    if (now !== bannerText) {
      bannerText = now;
      bannerChangedAt = performance.now();
    }
  }

  /** The page's own words for the error, when the incident came from them. */
  function pageTextOf(/** @type {Incident} */ incident) {
    const t = /** @type {any} */ (incident).evidence?.text;
    return typeof t === 'string' ? t.replace(/\s+/g, ' ').trim() : '';
  }

  /** @param {string} fix @param {Diagnosis} d */
  function usable(fix, d) {
    if (fix === 'check_status') return !!d.statusPage;
    if (fix === 'new_chat') return !!hints?.newChatUrl;
    if (fix === 'wait_for_reset') return !!d.retry.afterMs;
    return true;
  }

  /** @param {string} fix @param {Diagnosis} d */
  function fixLabel(fix, d) {
    if ((fix === 'retry_later' || fix === 'wait_for_reset') && d.retry.afterMs) {
      return msg('banner_wait', duration(d.retry.afterMs)) || `Wait ${duration(d.retry.afterMs)}`;
    }
    return msg(`banner_fix_${fix}`) || msg(`fix_${fix}`) || fix.replace(/_/g, ' ');
  }

  /** @param {string} label @param {(b: HTMLButtonElement) => void} onClick @param {string} [cls] */
  function button(label, onClick, cls = '') {
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = label;
    if (cls) b.className = cls;
    b.addEventListener('click', () => onClick(b));
    return b;
  }

  /**
   * Carries out a fix; navigating ones keep the draft first.
   * @param {string} fix @param {Diagnosis} d @param {HTMLButtonElement} b
   */
  function act(fix, d, b) {
    if (fix === 'retry_later' || fix === 'wait_for_reset') {
      startCountdown(d.retry.afterMs ?? 30_000, b);
      return;
    }
    void (async () => {
      if (fix === 'reload' || fix === 'new_chat' || fix === 'sign_in_again') await saveDraft();
      await ask({ type: 'act', fix });
    })();
  }

  /**
   * "Wait 2 min": counts down on its button, then reloads; a second click cancels.
   * @param {number} ms @param {HTMLButtonElement} waitButton
   */
  function startCountdown(ms, waitButton) {
    if (countdown !== undefined) {
      stopCountdown();
      const label = waitButton.dataset.label;
      if (label) waitButton.textContent = label;
      return;
    }
    waitButton.dataset.label = waitButton.textContent ?? '';
    const end = Date.now() + ms;
    const tick = () => {
      const left = end - Date.now();
      if (left <= 0) {
        stopCountdown();
        void saveDraft().then(() => ask({ type: 'act', fix: 'reload' }));
        return;
      }
      waitButton.textContent = msg('banner_reloading_in', duration(left)) || `Reloading in ${duration(left)}`;
    };
    countdown = setInterval(tick, 1000);
    tick();
  }

  function stopCountdown() {
    if (countdown !== undefined) clearInterval(countdown);
    countdown = undefined;
  }

  function dismiss() {
    if (shown) dismissed = shown.firstSeen;
    hideBanner();
  }

  function hideBanner() {
    stopCountdown();
    shown = null;
    renderedKey = '';
    shadow?.querySelector('.bar')?.remove();
    host?.remove();
    if (bannerText) {
      bannerText = '';
      bannerChangedAt = performance.now();
    }
  }

  // ---- start ---------------------------------------------------------------------------------

  /** Takes the registry's hints for this site; invalid selectors are dropped, not fatal. */
  function useHints(/** @type {SiteHints|null} */ h) {
    hints = h;
    const valid = (/** @type {unknown} */ list) => (Array.isArray(list) ? list : []).filter((s) => {
      if (typeof s !== 'string' || !s) return false;
      try {
        document.createDocumentFragment().querySelector(s);
        return true;
      } catch {
        return false;
      }
    });
    const errors = valid(h?.errorSelectors);
    // The registry's own error containers count as strong: the site draws only problems there.
    strongSelector = [...errors, ...STRONG].join(',');
    weakSelector = WEAK.join(',');
    anySelector = `${strongSelector},${weakSelector}`;
    composerSelectors = [...valid(h?.composerSelectors), ...GENERIC_COMPOSERS];
  }

  async function start() {
    observer.observe(document.documentElement, {
      childList: true, subtree: true, characterData: true,
      attributes: true, attributeFilter: ['class', 'role', 'hidden', 'aria-hidden', 'aria-live'],
    });
    const [reply, stored] = await Promise.all([
      ask({ type: 'site-hints' }),
      chrome.storage.local.get('settings').catch(() => ({})),
    ]);
    bannerEnabled = /** @type {any} */ (stored).settings?.banner !== false;
    useHints(reply?.ok ? reply.site ?? null : null);
    checkWholePage();
    if (!wholePage) {
      overflow = true; // one bounded scan for errors drawn before we started
      schedule();
      void restoreDraft();
    }
    ready = true;
  }

  // The worker's second opinion on the incident shown (the provider's status arrived): update.
  chrome.runtime.onMessage.addListener((message, sender) => {
    if (sender.id !== chrome.runtime.id || sender.tab || message?.type !== 'incident') return;
    const incident = /** @type {Incident} */ (message.incident);
    if (!shown || !incident?.diagnosis || incident.diagnosis.cause === 'unknown') return;
    for (const el of active.keys()) active.set(el, incident);
    render(incident);
  });

  chrome.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local' || !changes.settings) return;
    bannerEnabled = /** @type {any} */ (changes.settings.newValue)?.banner !== false;
    if (!bannerEnabled) hideBanner();
    else if (active.size) render([...active.values()].pop());
  });

  // What tests (and the performance issue) read, from this extension's isolated world only:
  // the page cannot see it, and nothing here can be driven from it.
  G.chatmedicProbe = () => ({
    batches: stats.batches, records: stats.records, reports: stats.reports, lastBatchAt: stats.lastBatchAt,
    site: hints?.id ?? null, ready, typing: isTyping(), streaming: isStreaming(),
    banner: shown && host?.isConnected ? {
      text: shadow?.querySelector('.line')?.textContent ?? '', quote: shadow?.querySelector('.quote')?.textContent ?? '',
      buttons: [...(shadow?.querySelectorAll('button') ?? [])].map((b) => {
        const r = b.getBoundingClientRect();
        return { label: b.textContent, aria: b.getAttribute('aria-label'), x: r.x + r.width / 2, y: r.y + r.height / 2 };
      }),
      focused: shadow?.activeElement?.textContent ?? null,
      cause: shown.diagnosis.cause, side: shown.diagnosis.side, firstSeen: shown.firstSeen,
    } : null,
    bannerChangedAt, dismissed, draft: readDraft(),
  });
  /** For the auto-refresh feature: the composer, from this isolated world. */
  G.chatmedicComposer = { readDraft, writeDraft, saveDraft, isTyping, isStreaming };

  void start();
})();
