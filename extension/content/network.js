// @ts-check
// A failing answer request is a failure the user sees: the page hook (page-hook.js, in the
// page's world) hands over the status and body of a failed response; when it is the request
// that carries the site's answer (the registry's streamPatterns), it is reported with its body
// — which the core reads (Gemini's batchexecute codes, JSON error bodies) — and shown.
import { report } from './messaging.js';
import { isStreamRequest } from './structure.js';
import { show, stats } from './sensor.js';

const EVENT = 'chatmedic:failed-response';

export function listenForFailedResponses() {
  document.addEventListener(EVENT, (e) => {
    const detail = /** @type {CustomEvent} */ (e).detail;
    if (typeof detail !== 'string' || detail.length > 20_000) return;
    let parsed;
    try {
      parsed = JSON.parse(detail);
    } catch {
      return;
    }
    const { url, status, body } = parsed ?? {};
    if (typeof url !== 'string' || !Number.isInteger(status) || status < 400 || status > 599 || typeof body !== 'string') return;
    if (!isStreamRequest(url)) return;
    stats.reports += 1;
    // One source per failure: a failed request has no element; it is transient like a toast.
    const source = {};
    void report({ httpStatus: status, body: body.slice(0, 8192), requestKind: 'stream' })
      .then((incident) => incident && show(source, incident, true));
  });
}
