// A tab's next due time, for the schedules that wait: auto-refresh's retries and the watch's
// checks. An alarm keeps it (alarms outlive a stopped worker, which Chrome starts again for
// them); a wait under a minute also gets a timer, since alarms fire no sooner than 30 s after
// they are set.

/** Below this, a timer as well as the alarm. */
const TIMER_MAX_MS = 60_000;

/**
 * The due times of one kind, named `${prefix}${tabId}`.
 * @param {string} prefix
 * @param {(tabId: number) => void} onTime  what a timer calls when the time comes (an alarm
 *   reaches the worker's onAlarm listener, which finds the tab with `tabOf`)
 */
export function dueTimes(prefix, onTime) {
  /** @type {Map<number, ReturnType<typeof setTimeout>>} */
  const timers = new Map();
  return {
    /** @param {number} tabId @param {number} at  ms since the epoch */
    arm(tabId, at) {
      void chrome.alarms.create(`${prefix}${tabId}`, { when: at });
      clearTimeout(timers.get(tabId));
      const wait = at - Date.now();
      if (wait < TIMER_MAX_MS) timers.set(tabId, setTimeout(() => onTime(tabId), Math.max(0, wait)));
    },
    /** @param {number} tabId */
    disarm(tabId) {
      clearTimeout(timers.get(tabId));
      timers.delete(tabId);
      void chrome.alarms.clear(`${prefix}${tabId}`);
    },
    /** The tab whose due time an alarm of this kind is, or null for another alarm. @param {string} name */
    tabOf(name) {
      if (!name.startsWith(prefix)) return null;
      const tabId = Number(name.slice(prefix.length));
      return Number.isInteger(tabId) ? tabId : null;
    },
  };
}
