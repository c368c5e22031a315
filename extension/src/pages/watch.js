// "Notify me when it's back" on the extension's own pages (the popup, the diagnostic page): the
// button where the core offers a watch for the tab's failure, then the watch's line with Stop,
// following chrome.storage.session as the worker changes it. The notifications permission is
// asked from the button's click itself (the browser asks only from a user's gesture); refused,
// the watch goes on and the badge and the tab's title say when it is back.
import { t } from '../shared/i18n.js';
import { el } from '../shared/render.js';
import { watchStatus } from '../shared/watchstatus.js';
import { ask } from './ask.js';
import { NOTIFICATIONS } from '../shared/permissions.js';

/** @typedef {import('../shared/types.js').Watch} Watch */

/**
 * Asks for the notifications permission; must be called in a click's handler before any await.
 * Resolves to whether it is granted (false where the browser refused or could not ask).
 * @returns {Promise<boolean>}
 */
export function askToNotify() {
  try {
    return chrome.permissions.request(NOTIFICATIONS).catch(() => false);
  } catch {
    return Promise.resolve(false);
  }
}

/**
 * @param {HTMLElement} box @param {number} tabId
 */
export async function showWatch(box, tabId) {
  /** @type {{watch: Watch|null, offered: boolean, notify: boolean}} */
  let state = { watch: null, offered: false, notify: false };
  /** Set after a refused permission: said under the line. */
  let refused = false;
  const button = el('button', undefined, t('watch_button'));
  button.type = 'button';
  button.id = 'watch-button';
  const help = el('p', 'muted', t('watch_help'));
  const line = el('span', 'status-line');
  line.id = 'watch-status';
  const stop = el('button', undefined, t('watch_stop'));
  stop.type = 'button';
  stop.id = 'watch-stop';
  const note = el('p', 'muted');
  note.id = 'watch-note';
  const row = el('div', 'row');
  box.append(row, help, note);
  const draw = () => {
    const watching = state.watch?.status === 'watching';
    // "Watching chatgpt.com — next check in 40 s  [Stop watching]", or the button.
    // A watch that ended at its time bound may be started again.
    const again = state.offered && state.watch?.status !== 'back' ? [button] : [];
    row.replaceChildren(...(watching ? [line, stop] : state.watch ? [line, ...again] : again));
    help.hidden = watching || !state.offered || !!state.watch;
    line.textContent = watchStatus(state.watch);
    note.textContent = watching && !state.notify && refused ? t('watch_notify_off') : '';
    box.hidden = !state.offered && !state.watch;
  };
  /** @param {import('../background/messages.js').WatchMessage} message */
  const send = async (message) => {
    try {
      const reply = await ask(message);
      state = { watch: reply.watch ?? null, offered: !!reply.offered, notify: !!reply.notify };
      draw();
    } catch (e) {
      line.textContent = t('action_failed', e instanceof Error ? e.message : String(e));
    }
  };
  button.addEventListener('click', () => {
    // The permission's prompt first, from this click; the watch starts whatever the answer.
    const asking = state.notify ? Promise.resolve(true) : askToNotify();
    void asking.then(async (granted) => {
      refused = !granted;
      await send({ type: 'watch-start', tabId });
    });
  });
  stop.addEventListener('click', () => void send({ type: 'watch-stop', tabId }));
  chrome.storage.session.onChanged.addListener((changes) => {
    // The incident changed ("Is it me?" found whose side it is, a new failure): whether a watch
    // is offered may have changed with it.
    if (changes[`tab:${tabId}`]) void send({ type: 'watch-state', tabId });
    const change = changes[`watch:${tabId}`];
    if (!change) return;
    state = { ...state, watch: /** @type {Watch|undefined} */ (change.newValue) ?? null };
    draw();
  });
  setInterval(() => { if (state.watch?.status === 'watching') line.textContent = watchStatus(state.watch); }, 1000);
  await send({ type: 'watch-state', tabId });
}
