// @ts-check
// The DOM sensor: notices the errors the chat app draws and reports their text to the worker.
//
// Two paths. Strong: roles and live regions that exist to announce problems, and the
// registry's error containers — any new text there is sent. Text-first: a newly added or
// changed block of short text whose words look like a failure, outside the model's answers,
// the user's messages, code and the composer, and not a control's label — sent with a
// confidence floor, so that only wording the core recognises well raises a banner. Class names
// are not needed: apps restyle every few weeks and several draw errors as plain <div>s.
//
// Free for the page: the observer callback only queues records; a pass runs in idle time (with
// a deadline, so a toast that lives a second is read while it is shown), at most every 100 ms.
// A pass reads node data and textContent, never layout; only the few candidates that passed
// the text test are checked for visibility. With nothing that looks like an error, it reads
// nothing else.
import { isOurs, render, hideBanner } from './banner.js';
import { ask, report } from './messaging.js';
import * as structure from './structure.js';

/** @typedef {import('./messaging.js').Incident} Incident */

const EXCERPT = 2048;            // characters of page text sent per error
const MIN_GAP_MS = 100;          // at most one processing pass per 100 ms
const IDLE_DEADLINE_MS = 150;    // a pass waits for idle time at most this long
const MAX_RECORDS = 2000;        // mutation records kept per pass; more → one bounded rescan
const MAX_CANDIDATES = 20;       // elements examined per pass
const SHORT_TEXT = 500;          // a block with more text is content, not an error notice
const MAX_WALK = 4000;           // nodes walked in one large added subtree (or the first scan)
const STREAM_WINDOW_MS = 3000;   // an answer drew text this recently: it was streaming
const STABLE_MS = 120;           // a words-only candidate is judged once it stayed this long
/**
 * The confidence below which a text found only by its words is not an incident. The core's
 * generic "Something went wrong" is 0.5; bare "Error", "Try again", "Failed to send" are 0.3
 * (too common in a page's own chrome to raise a banner on their own).
 */
const TEXT_CONFIDENCE = 0.5;

/** Cheap prefilter (en, ja, zh); the core decides what the text means. */
const LOOKS_LIKE_ERROR = new RegExp(['error', 'wrong', 'fail', 'unable', 'unavailable', 'limit', 'too many',
  'capacity', 'overload', 'busy', 'time[d ]?out', 'try again', 'network', 'expired', 'sign in', 'log in',
  'verify', 'denied', 'blocked', 'maintenance', 'terminated', 'interrupted', 'not found', 'demand', '\\b[45]\\d\\d\\b',
  'unusual activity', "couldn't connect", 'could not connect', 'isn\'t working',
  'エラー', '失敗', '制限', '問題', 'もう一度', '接続', '混雑', '错误', '錯誤', '失败', '稍后', '重试', '繁忙',
  '限制', '过多', '网络', '網路', '异常', '異常'].join('|'), 'i');

const OPTIONS = /** @type {MutationObserverInit} */ ({
  childList: true, subtree: true, characterData: true,
  attributes: true, attributeFilter: ['class', 'role', 'hidden', 'aria-hidden', 'aria-live', 'data-visible', 'data-state', 'open'],
});

export const stats = { batches: 0, records: 0, reports: 0, candidates: 0, lastBatchAt: 0 };
/** @type {MutationRecord[]} */
let pending = [];
let overflow = false;
let scheduled = false;
let lastPass = -MIN_GAP_MS;
/** Elements that showed an error the core recognised → the incident, and whether it is a toast. */
const active = /** @type {Map<object, {incident: Incident, transient: boolean}>} */ (new Map());
/** What was already sent per element. */
const sent = /** @type {WeakMap<Element, string>} */ (new WeakMap());
/** Strong containers seen: text streamed into them later is sent too. */
const strongKnown = /** @type {WeakSet<Element>} */ (new WeakSet());
/** Children of <body> added after the start: portals (toasts, dialogs, menus). */
const lateBodyChildren = /** @type {WeakSet<Element>} */ (new WeakSet());
const observedRoots = /** @type {WeakSet<ShadowRoot>} */ (new WeakSet());
/** Custom elements whose shadow root may be attached a moment after they are inserted. */
let shadowWaiting = /** @type {{el: Element, until: number}[]} */ ([]);
let wholePage = false;
let lastThreadMutationAt = 0;
const threadPasses = /** @type {number[]} */ ([]);
let started = false;
/** Words-only candidates waiting to be judged → when they were found. */
const deferred = /** @type {Map<Element, number>} */ (new Map());

const observer = new MutationObserver((records) => {
  if (!overflow) {
    if (pending.length + records.length > MAX_RECORDS) {
      overflow = true; // a huge re-render: one bounded scan instead of every record
      pending = [];
    } else for (const r of records) pending.push(r);
  }
  schedule();
});

function schedule() {
  if (scheduled) return;
  scheduled = true;
  const idle = () => requestIdleCallback(pass, { timeout: IDLE_DEADLINE_MS });
  const wait = lastPass + MIN_GAP_MS - performance.now();
  if (wait > 0) setTimeout(idle, wait);
  else idle();
}

/** @param {string} text */
const looksLikeError = (text) => LOOKS_LIKE_ERROR.test(text);

/** Whitespace-normalised text of an element, at most EXCERPT characters (no layout: textContent). */
function textOf(/** @type {Element} */ el) {
  const raw = el.textContent ?? '';
  return raw.slice(0, EXCERPT * 2).replace(/\s+/g, ' ').trim().slice(0, EXCERPT);
}

/** Candidates of one pass: element → found by a strong signal (true) or by its words (false). */
class Candidates extends Map {
  /** @param {Element|null} el @param {boolean} strong */
  add(el, strong) {
    if (!el || isOurs(el)) return;
    if (this.has(el)) {
      if (strong) this.set(el, true);
    } else if (this.size < MAX_CANDIDATES) this.set(el, strong);
  }
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

  const found = new Candidates();
  let removed = false;
  let threadChanged = false;
  const box = composerNow();
  const targets = new Set();
  const strongTargets = new Set();
  if (rescan) {
    scan(document, found);
    removed = true;
  }
  // Per record only what cannot wait: its kind, its target, the nodes it added. Text is read
  // once per changed parent per pass, not once per token.
  /** @type {Set<Element>} */
  const textParents = new Set();
  const watchRemovals = active.size > 0;
  for (const r of records) {
    const type = r.type;
    if (type === 'characterData') {
      const parent = r.target.parentElement;
      if (parent) textParents.add(parent);
      continue;
    }
    const target = /** @type {Element} */ (r.target);
    if (type === 'attributes') {
      if (isOurs(target)) continue;
      removed = true; // something may have been hidden
      attributeChanged(target, found);
      continue;
    }
    if (watchRemovals && r.removedNodes.length) removed = true;
    const nodes = r.addedNodes;
    for (let i = 0; i < nodes.length; i += 1) {
      const n = nodes[i];
      if (n.nodeType === Node.TEXT_NODE) textParents.add(target);
      else if (n.nodeType === Node.ELEMENT_NODE && !targets.has(n)) {
        targets.add(n);
        added(/** @type {Element} */ (n), target, found);
      }
    }
    if (nodes.length && !strongTargets.has(target)) {
      strongTargets.add(target);
      const strong = strongKnown.has(target) ? target : target.closest(structure.strongSelector);
      if (strong && !isOurs(strong)) found.add(strong, true);
    }
  }
  for (const parent of textParents) {
    if (isOurs(parent)) continue;
    if (!box || !box.contains(parent)) threadChanged = true;
    textGrew(parent, lastPass);
    if (strongKnown.has(parent)) found.add(parent, true);
    else {
      const t = parent.textContent ?? '';
      if (t.length <= SHORT_TEXT && looksLikeError(t)) found.add(structure.blockOf(parent), false);
    }
  }
  if (records.length && !textParents.size) threadChanged = true;
  if (shadowWaiting.length) checkShadowWaiting(found);
  // Whether an answer was streaming is judged on the passes before this one (this one may be the error itself).
  const streamedBefore = threadPasses.length >= 2 && lastPass - threadPasses[threadPasses.length - 2] < STREAM_WINDOW_MS;
  if (threadChanged && !found.size) {
    lastThreadMutationAt = lastPass;
    threadPasses.push(lastPass);
    if (threadPasses.length > 4) threadPasses.shift();
  }
  stats.candidates += found.size;
  for (const [el, strong] of found) {
    if (strong) consider(el, true, streamedBefore);
    else if (!deferred.has(el) && deferred.size < MAX_CANDIDATES) deferred.set(el, lastPass);
  }
  // Words-only candidates wait one quiet moment: a notice stays as drawn, an answer keeps growing.
  for (const [el, at] of deferred) {
    if (lastPass - at < STABLE_MS) continue;
    deferred.delete(el);
    if (!streamedBlock(el)) consider(el, false, streamedBefore);
  }
  if (deferred.size) setTimeout(schedule, STABLE_MS);
  if (removed && active.size) checkRecovered();
}

/** The composer as last focused or typed in (never looked up here). */
function composerNow() {
  return structure.cachedComposerOrNull();
}

/**
 * Text that arrived into an element as text nodes (tokens): when first and last in the current
 * run, for the element (`grew`) and for its parent (`via`). A notice is drawn whole; an answer
 * paragraph fills up over several passes, or begins while its siblings were still streaming.
 */
const grew = /** @type {WeakMap<Element, {first: number, last: number}>} */ (new WeakMap());
const via = /** @type {WeakMap<Element, {first: number, last: number}>} */ (new WeakMap());
function textGrew(/** @type {Element} */ el, /** @type {number} */ now) {
  mark(grew, el, now);
  if (el.parentElement) mark(via, el.parentElement, now);
}
/** @param {WeakMap<Element, {first: number, last: number}>} map @param {Element} el @param {number} now */
function mark(map, el, now) {
  const g = map.get(el);
  if (g && now - g.last < STREAM_WINDOW_MS) g.last = now;
  else map.set(el, { first: now, last: now });
}

/** Streamed content, not a notice: it filled up over passes, or began amid a streaming answer. */
function streamedBlock(/** @type {Element} */ block) {
  const g = grew.get(block);
  if (!g) return false;
  if (g.first < g.last) return true;
  const v = block.parentElement && via.get(block.parentElement);
  return !!v && v.first < g.first && g.first - v.last < STREAM_WINDOW_MS;
}

/** An element was added. @param {Element} el @param {Element} parent @param {Candidates} found */
function added(el, parent, found) {
  if (isOurs(el)) return;
  if (parent === document.body) lateBodyChildren.add(el);
  if (el.tagName.includes('-')) watchShadow(el, found);
  if (structure.matches(el, structure.strongSelector)) {
    strongKnown.add(el);
    found.add(el, true);
    return;
  }
  const text = el.textContent ?? '';
  if (!el.firstElementChild) {
    if (text.length <= SHORT_TEXT && looksLikeError(text)) found.add(structure.blockOf(el), false);
    return;
  }
  // A subtree: its strong parts, its short blocks that look like errors, its shadow roots.
  scan(el, found, text.length <= SHORT_TEXT && !looksLikeError(text));
}

/**
 * A bounded walk of a subtree (or the document, at the start and after an overflow).
 * @param {Element|Document|ShadowRoot} root @param {Candidates} found @param {boolean} [quiet] no text there looks like an error
 */
function scan(root, found, quiet = false) {
  try {
    for (const el of root.querySelectorAll(structure.strongSelector)) {
      if (found.size >= MAX_CANDIDATES) break;
      strongKnown.add(el);
      found.add(el, true);
    }
  } catch { /* an invalid selector was dropped already */ }
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | (quiet ? 0 : NodeFilter.SHOW_TEXT));
  for (let n = walker.nextNode(), i = 0; n && i < MAX_WALK; n = walker.nextNode(), i += 1) {
    if (n.nodeType === Node.TEXT_NODE) {
      const t = /** @type {Text} */ (n).data;
      if (t.length > 2 && t.length <= SHORT_TEXT && looksLikeError(t) && n.parentElement) found.add(structure.blockOf(n.parentElement), false);
    } else if (/** @type {Element} */ (n).tagName.includes('-')) watchShadow(/** @type {Element} */ (n), found);
  }
}

/** An attribute that may reveal or hide something changed. @param {Element} el @param {Candidates} found */
function attributeChanged(el, found) {
  if (structure.matches(el, structure.strongSelector)) {
    strongKnown.add(el);
    found.add(el, true);
  } else if (el.childElementCount < 8) {
    // A toast made visible (data-visible, data-state, class): short text only.
    const t = el.textContent ?? '';
    if (t.length <= SHORT_TEXT && looksLikeError(t)) found.add(structure.blockOf(el), false);
  }
}

/** Observes an open shadow root (Gemini's components), once; its existing content is scanned. @param {Element} el @param {Candidates} found */
function watchShadow(el, found) {
  const root = el.shadowRoot;
  if (!root) {
    if (shadowWaiting.length < 100) shadowWaiting.push({ el, until: performance.now() + 5000 });
    return;
  }
  if (observedRoots.has(root)) return;
  observedRoots.add(root);
  observer.observe(root, OPTIONS);
  scan(root, found);
}

/** @param {Candidates} found */
function checkShadowWaiting(found) {
  const now = performance.now();
  const still = shadowWaiting.filter((w) => now < w.until && w.el.isConnected && !w.el.shadowRoot);
  for (const w of shadowWaiting) if (w.el.shadowRoot) watchShadow(w.el, found);
  shadowWaiting = still;
  if (still.length) setTimeout(schedule, 500);
}

/** A child of <body> added after the start, or inside one: a portal (toast, dialog). */
function inPortal(/** @type {Element} */ el) {
  /** @type {Element|null} */
  let at = el;
  while (at) {
    if (lateBodyChildren.has(at)) return true;
    const up = /** @type {Element|null} */ (at.parentElement);
    if (up) at = up;
    else {
      const root = at.getRootNode();
      at = root instanceof ShadowRoot ? root.host : null;
    }
  }
  return false;
}

/**
 * An element that may show an error: send its text if it is new and plausible.
 * @param {Element} el @param {boolean} strong @param {boolean} streamed an answer was streaming just before
 */
function consider(el, strong, streamed) {
  if (!el.isConnected) return;
  if (strong ? structure.inComposer(el) : structure.isExcluded(el) || structure.isControl(el)) return;
  const text = textOf(el);
  if (!text || sent.get(el) === text) return;
  if (!strong && (text.length > SHORT_TEXT || !looksLikeError(text))) return;
  if (!structure.visible(el)) return;
  sent.set(el, text);
  const transient = structure.isToast(el) || inPortal(el);
  stats.reports += 1;
  void report(streamed ? { text, requestKind: 'stream' } : { text }, strong ? undefined : TEXT_CONFIDENCE)
    .then((incident) => incident && show(el, incident, transient));
}

/**
 * The worker recorded an incident for what `source` showed: the banner says so. A toast may
 * be gone already (it lives a second): that does not end the incident.
 * @param {object} source @param {Incident} incident @param {boolean} transient
 */
export function show(source, incident, transient) {
  if (!transient && source instanceof Element && !source.isConnected) {
    if (!active.size) void ask({ type: 'recovered' });
    return;
  }
  active.set(source, { incident, transient });
  render(incident);
}

/** The app took its in-thread error away: the incident is over (toasts leaving end nothing). */
function checkRecovered() {
  if (wholePage) return;
  let gone = false;
  for (const [el, a] of [...active]) {
    if (!a.transient && el instanceof Element && !structure.visible(el)) {
      active.delete(el);
      gone = true;
    }
  }
  if (!gone || active.size) return;
  hideBanner();
  void ask({ type: 'recovered' });
}

/** The worker's second opinion on the incident shown: every source now points at it. */
export function updateIncident(/** @type {Incident} */ incident) {
  for (const [k, a] of active) active.set(k, { ...a, incident });
}

/** The incidents on show, newest last. */
export const activeIncidents = () => [...active.values()].map((a) => a.incident);

/**
 * A server error page with a body is the whole document (nginx's "502 Bad Gateway",
 * Cloudflare's "Error code 524", "Just a moment…"). Returns its text, or null. Runs once at
 * the start (innerText there is one layout of a tiny page).
 */
function errorPageText() {
  const body = document.body;
  if (!body || body.childElementCount > 12 || (body.textContent ?? '').length > 6000) return null;
  const heading = document.querySelector('h1')?.textContent ?? '';
  const title = document.title;
  const signs = /^\s*[45]\d\d\b|\b[45]\d\d\s*[:|]|Error code [45]\d\d|Error\s*1\d\d\d|Just a moment|Verify you are human|Access denied|Bad Gateway|Gateway Time-?out|Service (Temporarily )?Unavailable|Internal Server Error|Too Many Requests/i;
  const cloudflare = document.querySelector('#cf-error-details, #challenge-running, #challenge-body-text, #cf-wrapper');
  if (!cloudflare && !signs.test(title) && !signs.test(heading)) return null;
  const text = body.innerText.replace(/[ \t\f\v\u00a0]+/g, ' ').replace(/\s*\n\s*/g, '\n').trim();
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
  const root = document.documentElement;
  sent.set(root, text);
  stats.reports += 1;
  void report(evidence).then((incident) => incident && show(root, incident, false));
}

/** Starts observing; the first pass scans what was drawn before (unless the page is an error page). */
export function startSensor() {
  if (started) return;
  started = true;
  observer.observe(document.documentElement, OPTIONS);
  checkWholePage();
  if (!wholePage) {
    overflow = true; // one bounded scan for errors drawn before we started
    schedule();
  }
}

export function stopSensor() {
  observer.disconnect();
}

/** The thread (anything but the message box) changed within the last second: an answer streaming in. */
export const isStreaming = () => performance.now() - lastThreadMutationAt < 1000 && !structure.isTyping();
export const isWholePage = () => wholePage;
