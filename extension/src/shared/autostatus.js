// An auto-refresh run in words, the same in the banner and the popup: the countdown, why a
// retry waits, how the run ended. chrome.i18n is the only source of the words.

/** @typedef {import('./types.js').Run} Run */

/** @param {string} key @param {string[]} [subs] */
const msg = (key, subs = []) => {
  try {
    return chrome.i18n.getMessage(key, subs) || '';
  } catch {
    return '';
  }
};

/** A duration in the user's language: "45 s", "2 min", "1 h 5 min". */
export function duration(/** @type {number} */ ms) {
  const s = Math.max(1, Math.round(ms / 1000));
  if (s < 90) return msg('banner_seconds', [String(s)]) || `${s} s`;
  const m = Math.round(s / 60);
  if (m < 90) return msg('banner_minutes', [String(m)]) || `${m} min`;
  return msg('banner_hours', [String(Math.floor(m / 60)), String(m % 60)]) || `${Math.floor(m / 60)} h ${m % 60} min`;
}

/** "Back after 3 attempts, 2 min". @param {Run} run */
export function backText(run) {
  const took = duration(Math.max(1000, (run.endedAt ?? Date.now()) - run.firstFailureAt));
  if (run.attempt === 1) return msg('auto_back_one', [took]) || `Back after 1 attempt, ${took}`;
  return msg('auto_back', [String(run.attempt), took]) || `Back after ${run.attempt} attempts, ${took}`;
}

/** The run's state in words ('' for no run). @param {Run|null|undefined} run @param {number} [now] */
export function autoStatus(run, now = Date.now()) {
  if (!run) return '';
  switch (run.status) {
    case 'waiting': {
      const left = duration(Math.max(0, (run.nextAt ?? now) - now));
      const attempt = msg('auto_attempt', [String(run.attempt + 1)]) || `attempt ${run.attempt + 1}`;
      return `${msg('auto_retrying_in', [left]) || `Retrying in ${left}`} · ${attempt}`;
    }
    case 'paused':
      return msg(`auto_paused_${run.pausedBy}`) || msg('auto_retrying') || 'Retrying…';
    case 'retrying':
      return msg('auto_retrying') || 'Retrying…';
    case 'done':
      return backText(run);
    case 'stopped': {
      const why = msg(`schedule_stop_${run.reason}`) || (run.reason ?? '');
      if (run.attempt === 0 && run.reason !== 'user') return msg('auto_not_started', [why]) || `Not retrying automatically: ${why}`;
      return msg('auto_stopped', [String(run.attempt), why]) || `Stopped after ${run.attempt} attempts: ${why}`;
    }
  }
  return '';
}
