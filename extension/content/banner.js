// @ts-check
// The banner: one line saying what happened and whose side it is on, the first fixes as
// buttons that act, Details, and ×. It lives in a closed shadow root on <html>, so the page can
// neither read nor restyle it; page text only ever reaches it through textContent.
import { ask } from './messaging.js';
import * as auto from './autorefresh.js';
import { setOurHost } from './ours.js';
import { autoStatus, backText, duration } from '../src/shared/autostatus.js';
import { watchStatus } from '../src/shared/watchstatus.js';

/** @typedef {import('./messaging.js').Diagnosis} Diagnosis */
/** @typedef {import('./messaging.js').Incident} Incident */
/** @typedef {{provider?: string, name?: string, newChatUrl?: string|null}} BannerSite */
/** @typedef {import('../src/shared/types.js').Watch} Watch */

/** @type {BannerSite|null} */
let site = null;
let enabled = true;
/** Keeps the composer's draft before a fix that navigates. */
let saveDraft = async () => {};

/**
 * @param {{site?: BannerSite|null, enabled?: boolean, saveDraft?: () => Promise<void>}} options
 */
export function configure(options) {
  if (options.site !== undefined) site = options.site;
  if (options.enabled !== undefined) {
    enabled = options.enabled;
    if (!enabled) hideBanner();
  }
  if (options.saveDraft) saveDraft = options.saveDraft;
}


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
.auto, .watchline { flex-basis: 100%; display: flex; flex-wrap: wrap; align-items: center; gap: 6px 10px; font-size: 13px;
border-top: 1px solid #e8eaed; padding-top: 6px; }
.switch { display: inline-flex; align-items: center; gap: 6px; cursor: pointer; }
.switch input { margin: 0; accent-color: var(--side); }
.status { color: #3c4043; }
.status:empty { display: none; }
.watchline:empty { display: none; }
.bar.note { border-left-color: #188038; }
@media (prefers-color-scheme: dark) {
.auto, .watchline { border-top-color: #3c4043; }
.status { color: #bdc1c6; }
.bar.note { border-left-color: #81c995; }
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
    setOurHost(host);
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

/** The one line: what happened, and whose side it is on. */
function headline(/** @type {Diagnosis} */ d) {
  const provider = site?.provider || site?.name || msg('banner_the_service') || 'The service';
  let what = msg(`banner_cause_${d.cause}`, provider) || msg(`cause_${d.cause}_headline`) || d.cause.replace(/_/g, ' ');
  if (d.badge && /^\d{3}$/.test(d.badge) && !what.includes(d.badge)) what += ` (${d.badge})`;
  const side = msg(`banner_side_${d.side}`);
  return side ? `${what} — ${side}` : what;
}

/** @param {Incident} incident */
export function render(incident) {
  if (!enabled || incident.firstSeen === dismissed) return;
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
  const watchLine = document.createElement('div');
  watchLine.className = 'watchline';
  fillWatch(watchLine);
  const autoLine = document.createElement('div');
  autoLine.className = 'auto';
  fillAuto(autoLine, d);
  // The watch's line comes last: it appears once the worker answers, and must not move the
  // switch above it under the user's pointer.
  bar.append(text, actions, close, autoLine, watchLine);
  root.querySelector('.note')?.remove();
  root.append(bar);
  startTicking();
  askWatch();
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
  if (fix === 'new_chat') return !!site?.newChatUrl;
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

export function dismiss() {
  if (shown) dismissed = shown.firstSeen;
  hideBanner();
}

export function hideBanner() {
  stopCountdown();
  stopTicking();
  shown = null;
  renderedKey = '';
  shadow?.querySelector('.bar')?.remove();
  host?.remove();
  if (bannerText) {
    bannerText = '';
    bannerChangedAt = performance.now();
  }
}


// ---- "Notify me when it's back" -------------------------------------------------------------------

/** The tab's watch as the worker last said it, and whether one is offered for the incident shown. */
let watchNow = /** @type {{watch: Watch|null, offered: boolean}} */ ({ watch: null, offered: false });

/** Asks the worker for the tab's watch (and whether one is offered) for the incident shown. */
function askWatch() {
  void ask({ type: 'watch-state' }).then((r) => {
    if (r?.ok) updateWatch(r.watch ?? null, !!r.offered);
  });
}

/**
 * The worker's word on the tab's watch: redraws its line.
 * @param {Watch|null} watch @param {boolean} [offered]
 */
export function updateWatch(watch, offered) {
  watchNow = { watch, offered: offered ?? watchNow.offered };
  const line = /** @type {HTMLElement|null|undefined} */ (shadow?.querySelector('.watchline'));
  if (line && shown) fillWatch(line);
}

/**
 * The banner's watch line: "Notify me when it's back" where waiting can fix the failure, then
 * what is watched and when the next check comes, with Stop.
 * @param {HTMLElement} line
 */
function fillWatch(line) {
  const { watch, offered } = watchNow;
  line.replaceChildren();
  const reply = (/** @type {any} */ r) => { if (r?.ok) updateWatch(r.watch ?? null, !!r.offered); };
  if (watch?.status === 'watching') {
    const status = document.createElement('span');
    status.className = 'status';
    status.textContent = watchStatus(watch);
    line.append(status, button(msg('watch_stop') || 'Stop', () => void ask({ type: 'watch-stop' }).then(reply)));
  } else if (watch) {
    const status = document.createElement('span');
    status.className = 'status';
    status.textContent = watchStatus(watch);
    line.append(status);
  } else if (offered) {
    line.append(button(msg('watch_button') || 'Notify me when it\'s back', () => void ask({ type: 'watch-start' }).then(reply)));
  }
}

// ---- auto-refresh's line -----------------------------------------------------------------------

/** @type {ReturnType<typeof setInterval>|undefined} */
let ticking;

/**
 * The banner's auto-refresh line: the switch for this site, the run's state, Retry now and
 * Stop while it waits, the status page when it stopped for good.
 * @param {HTMLElement} line @param {Diagnosis} d
 */
function fillAuto(line, d) {
  const { run, enabled } = auto.current();
  line.replaceChildren();
  const label = document.createElement('label');
  label.className = 'switch';
  const box = document.createElement('input');
  box.type = 'checkbox';
  box.setAttribute('role', 'switch');
  box.checked = enabled;
  box.addEventListener('change', () => void ask({ type: 'auto-set', on: box.checked }).then((r) => {
    if (r?.ok) auto.update(r.run ?? null, !!r.enabled);
  }));
  const name = document.createElement('span');
  name.textContent = msg('auto_switch') || 'Retry automatically';
  label.append(box, name);
  const status = document.createElement('span');
  status.className = 'status';
  status.textContent = autoStatus(run);
  line.append(label, status);
  const control = (/** @type {'stop'|'retry-now'} */ action) => void ask({ type: 'auto-control', action }).then((r) => {
    if (r?.ok) auto.update(r.run ?? null, !!r.enabled);
  });
  if (run && (run.status === 'waiting' || run.status === 'paused')) {
    line.append(button(msg('auto_retry_now') || 'Retry now', () => control('retry-now')),
      button(msg('auto_stop') || 'Stop', () => control('stop')));
  } else if (run?.status === 'stopped' && run.reason !== 'not_retryable' && d.statusPage) {
    line.append(button(msg('banner_fix_check_status') || 'Status page', () => void ask({ type: 'act', fix: 'check_status' })));
  }
}

/** Redraws the auto-refresh line (the switch keeps its focus where it can). */
function refreshAuto() {
  const line = /** @type {HTMLElement|null|undefined} */ (shadow?.querySelector('.auto'));
  if (!line || !shown) return;
  const focused = shadow?.activeElement;
  const focusedLabel = focused?.textContent ?? null;
  const switchFocused = focused instanceof HTMLInputElement;
  fillAuto(line, shown.diagnosis);
  if (switchFocused) /** @type {HTMLElement|null} */ (line.querySelector('input'))?.focus();
  else if (focusedLabel) [...line.querySelectorAll('button')].find((b) => b.textContent === focusedLabel)?.focus();
}

/** Only the countdown's words change each second, not the buttons under the user's pointer. */
function startTicking() {
  stopTicking();
  ticking = setInterval(() => {
    const status = shadow?.querySelector('.auto .status');
    const { run } = auto.current();
    if (status && run?.status === 'waiting') status.textContent = autoStatus(run);
    const watching = shadow?.querySelector('.watchline .status');
    if (watching && watchNow.watch?.status === 'watching') watching.textContent = watchStatus(watchNow.watch);
  }, 1000);
}

function stopTicking() {
  if (ticking !== undefined) clearInterval(ticking);
  ticking = undefined;
}

auto.onChange((run) => {
  refreshAuto();
  if (run?.status === 'done' && Date.now() - (run.endedAt ?? 0) < NOTE_FRESH_MS && !shown) note(backText(run), `done:${run.endedAt}`);
});

/** A note this old is news no more. */
const NOTE_FRESH_MS = 20_000;
/** How long a note stays. */
const NOTE_MS = 10_000;
/** Notes already shown on this page (one each). */
const noted = new Set();
/** @type {ReturnType<typeof setTimeout>|undefined} */
let noteTimer;

/**
 * A short good-news line where the banner was ("Back after 3 attempts, 2 min", "Your unsent
 * message was restored"); it goes by itself. Notes that come together share the line.
 * @param {string} text @param {string} id
 */
export function note(text, id) {
  if (!enabled || !text || noted.has(id) || shown) return;
  noted.add(id);
  const root = ensureHost();
  let bar = /** @type {HTMLElement|null} */ (root.querySelector('.note'));
  if (!bar) {
    bar = document.createElement('div');
    bar.className = 'bar note';
    bar.setAttribute('role', 'status');
    const words = document.createElement('p');
    words.className = 'line';
    const close = button('×', () => bar?.remove(), 'close');
    close.setAttribute('aria-label', msg('banner_dismiss') || 'Dismiss');
    bar.append(words, close);
    root.append(bar);
  }
  const words = /** @type {HTMLElement} */ (bar.querySelector('.line'));
  words.textContent = words.textContent ? `${words.textContent} · ${text}` : text;
  clearTimeout(noteTimer);
  noteTimer = setTimeout(() => {
    bar?.remove();
    if (!shown) host?.remove();
  }, NOTE_MS);
}

/** What tests read (from the content script's isolated world only). */
export function bannerState() {
  return {
    banner: shown && host?.isConnected ? {
      text: shadow?.querySelector('.line')?.textContent ?? '', quote: shadow?.querySelector('.quote')?.textContent ?? '',
      buttons: [...(shadow?.querySelectorAll('button') ?? [])].map((b) => {
        const r = b.getBoundingClientRect();
        return { label: b.textContent, aria: b.getAttribute('aria-label'), x: r.x + r.width / 2, y: r.y + r.height / 2 };
      }),
      focused: shadow?.activeElement?.textContent ?? null,
      cause: shown.diagnosis.cause, side: shown.diagnosis.side, firstSeen: shown.firstSeen,
    } : null,
    bannerChangedAt, dismissed,
    note: shadow?.querySelector('.note .line')?.textContent ?? null,
    auto: shadow?.querySelector('.auto .status')?.textContent ?? null,
    watch: shadow?.querySelector('.watchline')?.textContent ?? null,
    autoSwitch: (() => {
      const box = /** @type {HTMLInputElement|null|undefined} */ (shadow?.querySelector('.auto input'));
      if (!box || !shown) return null;
      const r = box.getBoundingClientRect();
      return { checked: box.checked, x: r.x + r.width / 2, y: r.y + r.height / 2 };
    })(),
  };
}

/** The incident shown, if any. */
export const shownIncident = () => shown;
