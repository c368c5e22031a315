// @ts-check
// Unsent text in the message box survives a reload chatmedic makes: saved to the worker
// before, put back after (only into an empty box, only on the same site, only for a while).
import { ask } from './messaging.js';
import { composer } from './structure.js';

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

/** Keeps the draft in the worker before chatmedic reloads or leaves the page. */
export async function saveDraft() {
  const text = readDraft();
  if (text.trim()) await ask({ type: 'draft-save', text: text.slice(0, 100_000) });
}

/** After a reload chatmedic made: puts the saved draft back if the box is still empty. */
export async function restoreDraft() {
  const reply = await ask({ type: 'draft-take' });
  const text = reply?.ok ? reply.text : null;
  if (typeof text !== 'string' || !text) return;
  const deadline = performance.now() + 15_000;
  const tryWrite = () => {
    if (composer()) {
      if (!readDraft().trim()) writeDraft(text);
      return;
    }
    if (performance.now() < deadline) setTimeout(tryWrite, 500);
  };
  tryWrite();
}
