// @ts-check
// Unsent text in the message box survives a reload chatmedic makes: saved to the worker
// before, put back after (only into an empty box, only on the same site, only for a while).
import { ask } from './messaging.js';
import { composer, asNotTyping } from './structure.js';

/** The draft in the message box ('' when there is none). */
export function readDraft() {
  const box = composer();
  if (!box) return '';
  if (box instanceof HTMLTextAreaElement || box instanceof HTMLInputElement) return box.value;
  return box instanceof HTMLElement ? box.innerText.replace(/\n$/, '') : '';
}

/**
 * Puts text in the message box the way typing would, so the app's own state follows.
 * @param {string} text @returns {boolean} whether there was a box to write to
 */
export function writeDraft(text) {
  const box = composer();
  if (!box) return false;
  if (box instanceof HTMLTextAreaElement || box instanceof HTMLInputElement) {
    const proto = box instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
    Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(box, text);
    box.dispatchEvent(new Event('input', { bubbles: true }));
    return true;
  }
  if (!(box instanceof HTMLElement)) return false;
  box.focus();
  const selection = getSelection();
  selection?.selectAllChildren(box);
  // Rich editors (ProseMirror, Quill) follow insertText; plain text is the fallback.
  if (!document.execCommand('insertText', false, text)) box.textContent = text;
  return true;
}

/**
 * Keeps the draft in the worker before chatmedic reloads or leaves the page. An empty box is
 * kept as empty (what was sent must not come back); a page without a box (a server error
 * page) keeps nothing, so the draft saved on the chat page waits for the next one.
 */
export async function saveDraft() {
  if (!composer()) return;
  await ask({ type: 'draft-save', text: readDraft().slice(0, 100_000) });
}

/** How long a reloaded page may take to draw its message box. */
const BOX_WAIT_MS = 15_000;

/**
 * After a reload chatmedic made: once the page has its message box, takes the kept draft and
 * puts it back if the box is still empty (never over what the user or the app put there).
 * Resolves to whether it did.
 * @returns {Promise<boolean>}
 */
export function restoreDraft() {
  return new Promise((resolve) => {
    const deadline = performance.now() + BOX_WAIT_MS;
    const tryWrite = async () => {
      if (!composer()) {
        if (performance.now() < deadline) setTimeout(() => void tryWrite(), 250);
        else resolve(false);
        return;
      }
      const reply = await ask({ type: 'draft-take' });
      const text = reply?.ok ? reply.text : null;
      if (typeof text !== 'string' || !text || readDraft().trim()) {
        resolve(false);
        return;
      }
      resolve(asNotTyping(() => writeDraft(text)));
    };
    void tryWrite();
  });
}
