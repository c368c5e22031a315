// @ts-check
// The text of an element as a person reads it, without layout (no innerText): the words of
// adjacent blocks apart ("Image limit reached" and "Upgrade to unlock more" in two divs are not
// "reachedUpgrade"), inline markup kept inside its sentence ("went <b>wrong</b>." stays one
// sentence), and the app's own controls left out (a "Retry" button is not part of the error).

/** Elements that flow inside a line of text: crossing them does not end a word. */
const INLINE = new Set(['A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'CODE', 'DATA', 'DFN', 'EM', 'FONT', 'I',
  'KBD', 'MARK', 'Q', 'S', 'SAMP', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'VAR', 'LABEL']);

/** Controls and what is never read as words. */
const SKIPPED = new Set(['BUTTON', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'SELECT', 'TEXTAREA']);

/** @param {Element} e */
const isControl = (e) => SKIPPED.has(e.tagName.toUpperCase()) || e.getAttribute('role') === 'button';

/**
 * Whitespace-normalised text of `el`, at most `max` characters: blocks apart, controls out.
 * @param {Element} el
 * @param {number} max
 * @param {(e: Element) => boolean} [skip] subtrees left out besides controls (an answer inside a notice)
 */
export function readableText(el, max, skip = () => false) {
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  /** The block a text node's words belong to: its nearest ancestor that is not inline. */
  const blockOf = (/** @type {Node} */ t) => {
    let b = t.parentElement;
    while (b && b !== el && INLINE.has(b.tagName.toUpperCase())) b = b.parentElement;
    return b;
  };
  let out = '';
  /** @type {Element|null} */
  let lastBlock = null;
  for (let n = walker.nextNode(); n && out.length < max * 2;) {
    if (n.nodeType === Node.ELEMENT_NODE && (isControl(/** @type {Element} */ (n)) || skip(/** @type {Element} */ (n)))) {
      // Leave the subtree out: on to the next sibling, or the next sibling of an ancestor.
      let next = walker.nextSibling();
      for (let up = /** @type {Node|null} */ (n); !next && up && up !== el; up = walker.parentNode()) next = walker.nextSibling();
      lastBlock = null; // what follows is apart from what came before
      n = next;
      continue;
    }
    if (n.nodeType === Node.TEXT_NODE) {
      const data = /** @type {Text} */ (n).data;
      if (data.trim()) {
        const block = blockOf(n);
        out += out && block !== lastBlock ? ` ${data}` : data;
        lastBlock = block;
      }
    }
    n = walker.nextNode();
  }
  return out.replace(/\s+/g, ' ').trim().slice(0, max);
}
