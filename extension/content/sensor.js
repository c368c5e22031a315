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
// nothing else. While an answer streams, its container is left out of the observation (see
// `narrow`): a callback per token, even an empty one, was most of what the sensor cost a
// streaming page, and text there is the model's, never an error the app drew.
import { render, hideBanner } from './banner.js';
import { isOurs } from './ours.js';
import { ask, report } from './messaging.js';
import * as structure from './structure.js';
import { looksLikeError } from './failure-words.js';
import { readableText } from './quote.js';

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
const WATCH_MS = 250;            // a left-out answer's last leaf is looked at this often
const QUIET_MS = 600;            // unchanged this long, the answer ended: its root is observed whole again
const SLOT_CHECK_MS = 1000;      // a left-out answer is searched for strong parts (an error slot) this often
const MAX_NARROW_TARGETS = 3000; // more elements around the answer than this: observe the root whole
/**
 * The confidence below which a text found only by its words is not an incident. The core's
 * generic "Something went wrong" is 0.5; bare "Error", "Try again", "Failed to send" are 0.3
 * (too common in a page's own chrome to raise a banner on their own).
 */
const TEXT_CONFIDENCE = 0.5;

const OPTIONS = /** @type {MutationObserverInit} */ ({
  childList: true, subtree: true, characterData: true,
  attributes: true, attributeFilter: ['class', 'role', 'hidden', 'aria-hidden', 'aria-live', 'data-visible', 'data-state', 'open'],
});

/** What the sensor did; `layoutReads` counts its only reads that make the browser compute style and layout. */
export const stats = { batches: 0, records: 0, reports: 0, candidates: 0, lastBatchAt: 0, narrows: 0, layoutReads: 0 };
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
/**
 * Roots observed around a streaming answer (see `narrow`) → the answer's container, how it
 * looked, when it last changed and was searched, whether it ended. `chains` holds the ancestors observed without their subtree.
 */
/** @typedef {{zone: Element, grown: string, changedAt: number, checkedAt: number, ended: boolean}} Narrowed */
const narrowed = /** @type {Map<Document|ShadowRoot, Narrowed>} */ (new Map());
let watching = false;
const chains = /** @type {WeakSet<Node>} */ (new WeakSet());
/** Containers an answer streamed into: text inside them is the model's, not the app's. */
const answerZones = /** @type {WeakSet<Element>} */ (new WeakSet());
/** The last few of them, to ask whether a container holds one. */
let recentZones = /** @type {Element[]} */ ([]);
/** Words-only candidates waiting to be judged → when they were found. */
const deferred = /** @type {Map<Element, number>} */ (new Map());

/** @param {MutationRecord[]} records */
function queue(records) {
  if (!overflow) {
    if (pending.length + records.length > MAX_RECORDS) {
      overflow = true; // a huge re-render: one bounded scan instead of every record
      pending = [];
    } else for (const r of records) pending.push(r);
  }
  schedule();
}

/**
 * One observer per root (the document, each open shadow root): MutationObserver can only stop
 * observing all its targets at once, so narrowing one root's observation needs its own.
 * @type {Map<Document|ShadowRoot, MutationObserver>}
 */
const observers = new Map();
function observeRoot(/** @type {Document|ShadowRoot} */ root) {
  let o = observers.get(root);
  if (!o) {
    o = new MutationObserver(queue);
    observers.set(root, o);
  }
  o.observe(root instanceof Document ? root.documentElement : root, OPTIONS);
}

function schedule() {
  if (scheduled) return;
  scheduled = true;
  const idle = () => requestIdleCallback(pass, { timeout: IDLE_DEADLINE_MS });
  const wait = lastPass + MIN_GAP_MS - performance.now();
  if (wait > 0) setTimeout(idle, wait);
  else idle();
}


/** The text of an element as a person reads it, at most EXCERPT characters (quote.js). */
function textOf(/** @type {Element} */ el) {
  return readableText(el, EXCERPT);
}

/**
 * A strong container's text without the answers inside it: a reply block the registry names
 * as an error container holds the model's answer too (DeepSeek's), and only the rest is the
 * app's notice. An answer here is a container an answer streamed into, or one marked as an
 * answer that holds more than a notice's worth of text (ChatGPT draws its error message in a
 * `.markdown` inside the error block: that short text is the notice).
 */
function strongText(/** @type {Element} */ el) {
  if (!recentZones.some((z) => el.contains(z)) && !el.querySelector(structure.answerSelectorNow())) return textOf(el);
  const isAnswer = (/** @type {Element} */ e) => answerZones.has(e) || (structure.isAnswer(e) && (e.textContent ?? '').length > SHORT_TEXT);
  return readableText(el, EXCERPT, isAnswer);
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

/**
 * The strong container a change belongs to, or null. A change inside an answer that a strong
 * container wraps is the answer's (a registry's error selector may name the reply block the
 * app draws both answers and errors in, as DeepSeek's does).
 */
function strongFor(/** @type {Element} */ target) {
  const strong = strongKnown.has(target) ? target : target.closest(structure.strongSelector);
  if (!strong) return null;
  const answer = structure.answerOf(target);
  return answer && strong !== answer && strong.contains(answer) ? null : strong;
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
  /** Elements that received text this pass → how many times (tokens). @type {Map<Element, number>} */
  const textParents = new Map();
  const watchRemovals = active.size > 0;
  for (const r of records) {
    const type = r.type;
    if (type === 'characterData') {
      const parent = r.target.parentElement;
      if (parent) textParents.set(parent, (textParents.get(parent) ?? 0) + 1);
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
    let texts = 0;
    for (let i = 0; i < nodes.length; i += 1) {
      const n = nodes[i];
      if (n.nodeType === Node.TEXT_NODE) texts += 1;
      else if (n.nodeType === Node.ELEMENT_NODE && !targets.has(n)) {
        targets.add(n);
        added(/** @type {Element} */ (n), target, found);
        if (chains.has(target)) observeAdded(/** @type {Element} */ (n));
      }
    }
    if (texts) textParents.set(target, (textParents.get(target) ?? 0) + 1);
    if (nodes.length && !strongTargets.has(target)) {
      strongTargets.add(target);
      const strong = strongFor(target);
      if (strong && !isOurs(strong)) found.add(strong, true);
    }
  }
  /** @type {Element|null} */
  let streaming = null;
  for (const [parent, times] of textParents) {
    if (isOurs(parent)) continue;
    if (!box || !box.contains(parent)) threadChanged = true;
    textGrew(parent, lastPass);
    if (strongKnown.has(parent)) found.add(parent, true);
    else {
      // Text that arrives token by token (several times in one pass, or over passes) is an
      // answer streaming; a notice is drawn whole.
      const g = /** @type {{first: number, last: number}} */ (grew.get(parent));
      if ((times > 1 || g.first < g.last) && (!box || !box.contains(parent))) streaming ??= parent;
      else {
        const t = parent.textContent ?? '';
        if (t.length <= SHORT_TEXT && looksLikeError(t)) found.add(structure.blockOf(parent), false);
      }
    }
  }
  if (streaming) narrow(zoneFor(streaming));
  for (const [root, n] of narrowed) if (n.ended) restore(root, found);
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

const CHAIN_OPTIONS = /** @type {MutationObserverInit} */ ({ childList: true, attributes: true, attributeFilter: OPTIONS.attributeFilter });

/**
 * The container a streaming element belongs to: the site's answer (registry selectors,
 * markdown/prose), else its parent when every block there streamed too (a paragraph of an
 * unmarked answer), else the element itself.
 */
function zoneFor(/** @type {Element} */ el) {
  const answer = structure.answerOf(el);
  if (answer) return answer;
  const parent = el.parentElement;
  if (!parent || parent === document.body || parent.childElementCount > 500) return el;
  for (let c = parent.firstElementChild; c; c = c.nextElementSibling) if (!grew.has(c) && !via.has(c)) return el;
  return parent;
}

/**
 * Leaves a streaming answer's container out of its root's observation: the root's observer
 * then watches the ancestors of the container (children and attributes only) and, whole, every
 * other child of those ancestors. Nothing else on the page goes unseen, and the tokens cost the
 * page no callback. Text inside the container is the model's answer anyway; `watchZones`
 * notices when it ends.
 */
function narrow(/** @type {Element} */ zone) {
  const root = zone.getRootNode();
  if (!(root instanceof Document || root instanceof ShadowRoot)) return;
  const o = observers.get(root);
  const was = narrowed.get(root);
  if (!o || was?.zone === zone || isOurs(zone) || zone === document.body || zone === document.documentElement) return;
  if (structure.matches(zone, structure.strongSelector) || zone.querySelector(structure.strongSelector)) return;
  const box = composerNow();
  if (box && (zone.contains(box) || box.contains(zone))) return;
  const top = root instanceof Document ? root.documentElement : root;
  /** @type {Node[]} */
  const chain = [];
  /** @type {Element[]} */
  const whole = [];
  for (let at = /** @type {Node} */ (zone); at !== top;) {
    const parent = at.parentNode;
    if (!parent) return;
    chain.push(parent);
    for (let c = /** @type {ParentNode} */ (parent).firstElementChild; c; c = c.nextElementSibling) if (c !== at) whole.push(c);
    if (whole.length > MAX_NARROW_TARGETS) return;
    at = parent;
  }
  queue(o.takeRecords());
  o.disconnect();
  for (const n of chain) {
    chains.add(n);
    o.observe(n, n instanceof ShadowRoot ? { childList: true } : CHAIN_OPTIONS);
  }
  for (const c of whole) o.observe(c, OPTIONS);
  const now = performance.now();
  narrowed.set(root, { zone, grown: growth(zone), changedAt: now, checkedAt: now, ended: false });
  stats.narrows += 1;
  if (!answerZones.has(zone)) {
    answerZones.add(zone);
    recentZones = [...recentZones.filter((z) => z.isConnected).slice(-15), zone];
  }
  lastThreadMutationAt = now;
  if (!watching) {
    watching = true;
    setTimeout(watchZones, WATCH_MS);
  }
}

/**
 * A cheap sign of whether a container grew: its children and its last leaf's text, without
 * reading the whole answer (tens of thousands of characters late in a long one).
 */
function growth(/** @type {Element} */ zone) {
  let leaf = zone;
  for (let i = 0; i < 12 && leaf.lastElementChild; i += 1) leaf = leaf.lastElementChild;
  return `${zone.childNodes.length}:${leaf.childNodes.length}:${(leaf.textContent ?? '').length}`;
}

/**
 * Watches the answers left out of the observation without a callback per token: a few
 * property reads every WATCH_MS. One that stopped changing (the answer ended), left the page,
 * or shows a strong part (the app drew an error in a slot of its own there) ends the
 * narrowing: the next pass observes its root whole again.
 */
function watchZones() {
  watching = false;
  if (!narrowed.size) return;
  const now = performance.now();
  let ended = false;
  for (const n of narrowed.values()) {
    if (!n.zone.isConnected) n.ended = true;
    else {
      const g = growth(n.zone);
      if (g !== n.grown) {
        n.grown = g;
        n.changedAt = now;
        lastThreadMutationAt = now;
      } else if (now - n.changedAt >= QUIET_MS) n.ended = true;
      if (!n.ended && now - n.checkedAt >= SLOT_CHECK_MS) {
        n.checkedAt = now;
        try {
          if (n.zone.querySelector(structure.strongSelector)) n.ended = true;
        } catch { /* an invalid selector was dropped already */ }
      }
    }
    ended ||= n.ended;
  }
  if (ended) schedule();
  watching = true;
  setTimeout(watchZones, WATCH_MS);
}

/** An element added to an ancestor of a left-out answer: observed whole, like its siblings. */
function observeAdded(/** @type {Element} */ el) {
  const root = el.getRootNode();
  const n = narrowed.get(/** @type {Document|ShadowRoot} */ (root));
  if (n && !el.contains(n.zone)) observers.get(/** @type {Document|ShadowRoot} */ (root))?.observe(el, OPTIONS);
}

/**
 * A narrowed root is observed whole again, and what was drawn in the answer's container
 * meanwhile is looked at once (an error in a slot of its own there).
 * @param {Document|ShadowRoot} root @param {Candidates} found
 */
function restore(root, found) {
  const n = /** @type {Narrowed} */ (narrowed.get(root));
  narrowed.delete(root);
  const o = observers.get(root);
  if (!o) return;
  queue(o.takeRecords());
  o.disconnect();
  o.observe(root instanceof Document ? root.documentElement : root, OPTIONS);
  if (!n.zone.isConnected) return;
  try {
    for (const el of n.zone.querySelectorAll(structure.strongSelector)) {
      strongKnown.add(el);
      found.add(el, true);
    }
  } catch { /* an invalid selector was dropped already */ }
}

const TURN_GAP = 64; // characters of text between a block and the answer after it: it is that answer's turn

/**
 * A block the model's answer follows is a turn of the conversation (the user's question, a
 * heading over the answer), never a notice: apps draw errors after the last answer, in its
 * place or in overlays, not in front of an answer. This holds on every site, with or without
 * markup saying whose message is whose. Looks forward in document order from the end of `el`
 * (same tree) over at most TURN_GAP characters of text for an answer container (by markup, or
 * one an answer streamed into). Runs only for the few candidates whose words look like an error.
 */
function followedByAnswer(/** @type {Element} */ el) {
  const root = el.getRootNode();
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  /** @type {Node|null} */
  let n = null;
  for (let at = /** @type {Node|null} */ (el); at && at !== root && !n; at = at.parentNode) {
    walker.currentNode = at;
    n = walker.nextSibling();
  }
  let chars = 0;
  for (let i = 0; n && i < 300; n = walker.nextNode(), i += 1) {
    if (n.nodeType === Node.TEXT_NODE) {
      chars += (/** @type {Text} */ (n).data.trim()).length;
      if (chars > TURN_GAP) return false;
    } else if (answerZones.has(/** @type {Element} */ (n)) || structure.isAnswer(/** @type {Element} */ (n))) return true;
  }
  return false;
}

/** Inside a container an answer streamed into. */
function inAnswerZone(/** @type {Element} */ el) {
  /** @type {Element|null} */
  let at = el;
  for (let i = 0; at && i < 16; i += 1, at = at.parentElement) if (answerZones.has(at)) return true;
  return false;
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
  observeRoot(root);
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
  if (strong ? structure.inComposer(el) : structure.isExcluded(el) || structure.isControl(el) || inAnswerZone(el)) return;
  const text = strong ? strongText(el) : textOf(el);
  if (!text || sent.get(el) === text) return;
  if (!strong && (text.length > SHORT_TEXT || !looksLikeError(text) || structure.typedByUser(text))) return;
  const transient = structure.isToast(el) || inPortal(el);
  // A toast or a portal is never a turn of the conversation, wherever its container sits.
  if (!strong && !transient && followedByAnswer(el)) return;
  stats.layoutReads += 1;
  if (!structure.visible(el)) return;
  sent.set(el, text);
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
    if (!a.transient && el instanceof Element && (stats.layoutReads += 1) && !structure.visible(el)) {
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
  observeRoot(document);
  checkWholePage();
  if (!wholePage) {
    overflow = true; // one bounded scan for errors drawn before we started
    schedule();
  }
}

export function stopSensor() {
  for (const o of observers.values()) o.disconnect();
  observers.clear();
  narrowed.clear();
}

/** The thread (anything but the message box) changed within the last second: an answer streaming in. */
// A root narrowed around an answer counts: that answer was still growing at the last look.
export const isStreaming = () => (narrowed.size > 0 || performance.now() - lastThreadMutationAt < 1000) && !structure.isTyping();
export const isWholePage = () => wholePage;
