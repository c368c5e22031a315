// A watch ("Tell me when it's back") in words, the same in the banner, the popup, the
// diagnostic page and the options: what is watched and when the next check comes, or how it
// ended. chrome.i18n is the only source of the words.
import { duration } from './autostatus.js';

/** @typedef {import('./types.js').Watch} Watch */

/** @param {string} key @param {string[]} [subs] */
const msg = (key, subs = []) => {
  try {
    return chrome.i18n.getMessage(key, subs) || '';
  } catch {
    return '';
  }
};

/** The host a watch is about ("chatgpt.com"). @param {Watch} watch */
export function hostOf(watch) {
  try {
    return new URL(watch.url).host;
  } catch {
    return watch.siteName;
  }
}

/** How long the failure lasted, until the watch ended (or now). @param {Watch} watch @param {number} now */
const lasted = (watch, now) => duration(Math.max(1000, (watch.endedAt ?? now) - watch.firstFailureAt));

/**
 * The watch's state in words ('' for none).
 * @param {Watch|null|undefined} watch @param {number} [now]
 */
export function watchStatus(watch, now = Date.now()) {
  if (!watch) return '';
  const host = hostOf(watch);
  switch (watch.status) {
    case 'watching': {
      const left = Math.max(0, (watch.nextAt ?? now) - now);
      if (watch.kind === 'clock') return msg('watch_clock', [host, duration(left)]) || `Watching ${host} — the limit resets in ${duration(left)}`;
      if (left < 1000) return msg('watch_checking', [host]) || `Watching ${host} — checking…`;
      return msg('watch_watching', [host, duration(left)]) || `Watching ${host} — next check in ${duration(left)}`;
    }
    case 'back':
      if (watch.kind === 'clock') return msg('watch_reset_title', [watch.siteName]) || `You can write to ${watch.siteName} again`;
      return msg('watch_back_line', [host, lasted(watch, now)]) || `${host} is back — it answered after ${lasted(watch, now)}`;
    case 'ended':
      return msg('watch_ended_line', [lasted(watch, now)]) || `Stopped watching: it still failed after ${lasted(watch, now)}`;
  }
  return '';
}

/**
 * A tab's title while its watch says "back" ("✓ Back · ChatGPT"): seen in the tab strip, and
 * where no notification may be shown. Any other state: the page's own title.
 * @param {Watch|null|undefined} watch @param {string} own  the page's own title
 */
export function titleWith(watch, own) {
  return watch?.status === 'back' ? `✓ ${msg('watch_title_back') || 'Back'} · ${own}` : own;
}
