// Storage with writes serialised per key: a worker may be stopped between any two awaits,
// so everything that must survive lives in chrome.storage, and read-modify-write cycles on
// one key never interleave.

/** @type {Map<string, Promise<unknown>>} */
const queues = new Map();

/**
 * Runs `update` on the current value of `key` in `area` and stores what it returns
 * (undefined removes the key). Calls on the same key run one after another.
 * @template T
 * @param {chrome.storage.StorageArea} area
 * @param {string} key
 * @param {(current: T|undefined) => T|undefined} update
 * @returns {Promise<T|undefined>}
 */
export function updateKey(area, key, update) {
  const id = `${area === chrome.storage.session ? 's' : 'l'}:${key}`;
  const run = async () => {
    const current = /** @type {T|undefined} */ ((await area.get(key))[key]);
    const next = update(current);
    if (next === undefined) await area.remove(key);
    else await area.set({ [key]: next });
    return next;
  };
  const previous = queues.get(id) ?? Promise.resolve();
  const result = previous.then(run, run);
  const settled = result.catch(() => undefined);
  queues.set(id, settled);
  settled.then(() => { if (queues.get(id) === settled) queues.delete(id); });
  return result;
}

/**
 * @template T
 * @param {chrome.storage.StorageArea} area
 * @param {string} key
 * @returns {Promise<T|undefined>}
 */
export async function readKey(area, key) {
  return /** @type {T|undefined} */ ((await area.get(key))[key]);
}
