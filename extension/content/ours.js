// @ts-check
// Which nodes of the page are chatmedic's own (the banner's host element and what is inside
// it), so that the sensor and the page's structure never read our own banner as the page's.
// A leaf module: the banner registers its host here, the readers ask; nothing imports back.

/** @type {HTMLElement|null} */
let host = null;

/** The banner's host element, once it exists. @param {HTMLElement} el */
export function setOurHost(el) {
  host = el;
}

/** Whether a node is the banner's or inside it. @param {Node} n */
export function isOurs(n) {
  return n === host || (!!host && host.contains(n));
}
