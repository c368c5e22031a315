// @ts-check
// Runs in the page's own world (manifest: "world": "MAIN", at document_start), because only
// there can a failed response's body be read. It does nothing to a request that succeeds; for
// a 429 or 5xx it hands the status, URL and the first 8 KB of the body to chatmedic's content
// script as a DOM event (a string: objects do not cross between worlds). The content script
// decides whether the request was the one that carries the answer; the core reads the body.
// The page can send the same event itself: it learns nothing from that, and could as well draw
// the error it would claim.
(() => {
  const EVENT = 'chatmedic:failed-response';
  const MAX = 8192;
  const G = /** @type {any} */ (globalThis);
  if (G.__chatmedicHook) return;
  Object.defineProperty(G, '__chatmedicHook', { value: true });
  const failed = (/** @type {number} */ s) => s === 429 || s >= 500;
  const emit = (/** @type {string} */ url, /** @type {number} */ status, /** @type {string} */ body) => {
    document.dispatchEvent(new CustomEvent(EVENT, { detail: JSON.stringify({ url, status, body: body.slice(0, MAX) }) }));
  };

  const fetch = G.fetch;
  if (typeof fetch === 'function') {
    G.fetch = function (/** @type {any[]} */ ...args) {
      const p = fetch.apply(this, args);
      p.then((/** @type {Response} */ res) => {
        if (!failed(res.status)) return;
        res.clone().text().then((b) => emit(res.url, res.status, b), () => emit(res.url, res.status, ''));
      }, () => {});
      return p;
    };
  }

  const XHR = G.XMLHttpRequest;
  if (XHR) {
    const send = XHR.prototype.send;
    XHR.prototype.send = function (/** @type {any[]} */ ...args) {
      this.addEventListener('loadend', () => {
        if (!failed(this.status)) return;
        let body = '';
        try {
          if (this.responseType === '' || this.responseType === 'text') body = this.responseText;
        } catch { /* not readable */ }
        emit(this.responseURL, this.status, body);
      });
      return send.apply(this, args);
    };
  }
})();
