// @ts-check
// The content script's only line to the service worker. The worker validates every message
// (extension/src/background/messages.js); here we only carry them and survive the extension
// being reloaded under us.

/**
 * @typedef {{cause: string, side: string, confidence: number, site: string|null, fixes: string[],
 *   retry: {advised: boolean, afterMs?: number|null}, why: string[], badge?: string, statusPage?: string|null}} Diagnosis
 * @typedef {{firstSeen: number, diagnosis: Diagnosis, url: string, evidence?: {text?: string}}} Incident
 * @typedef {{text?: string, body?: string, httpStatus?: number, requestKind?: string}} PageEvidence
 */

/** @type {(() => void)[]} */
const onGone = [];

/** Runs `f` once the extension that injected this copy is gone (reloaded or updated). */
export function whenGone(/** @type {() => void} */ f) {
  onGone.push(f);
}

/**
 * The worker's answer, or null when the extension is gone: then this copy stops quietly.
 * @param {Record<string, unknown>} message
 * @returns {Promise<any>}
 */
export async function ask(message) {
  try {
    return await chrome.runtime.sendMessage(message);
  } catch {
    if (!chrome.runtime?.id) for (const f of onGone.splice(0)) f();
    return null;
  }
}

/**
 * Reports evidence the page showed; resolves to the incident the worker recorded, or null
 * (nothing recognisable, below `minConfidence`, or the site not watched).
 * @param {PageEvidence} evidence @param {number} [minConfidence]
 * @returns {Promise<Incident|null>}
 */
export async function report(evidence, minConfidence) {
  const reply = await ask(minConfidence ? { type: 'report', evidence, minConfidence } : { type: 'report', evidence });
  if (!reply?.ok || !reply.incident || reply.diagnosis?.cause === 'unknown') return null;
  return reply.incident;
}
