// One writer per tab: every event that reads and writes a tab's state (its incident, its
// auto-refresh run, its badge) runs as a task in that tab's queue, one after another, so that
// no two of them interleave between a read and a write. Events of different tabs still run
// side by side.

/** @type {Map<number, Promise<unknown>>} */
const queues = new Map();

/**
 * Runs `task` after every task queued before it for the same tab; a failing task does not
 * stop the queue.
 * @template T
 * @param {number} tabId @param {() => Promise<T>} task
 * @returns {Promise<T>}
 */
export function serial(tabId, task) {
  const previous = queues.get(tabId) ?? Promise.resolve();
  const result = previous.then(task, task);
  const settled = result.catch(() => undefined);
  queues.set(tabId, settled);
  void settled.then(() => { if (queues.get(tabId) === settled) queues.delete(tabId); });
  return result;
}
