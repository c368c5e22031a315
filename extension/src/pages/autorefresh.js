// Auto-refresh on the extension's own pages (the popup, the diagnostic page): the site's
// switch and the tab's run, following chrome.storage.session as the worker changes it.
import { t } from '../shared/i18n.js';
import { el } from '../shared/render.js';
import { autoStatus } from '../shared/autostatus.js';
import { ask } from './ask.js';

/**
 * Auto-refresh for this tab's incident: the site's switch, the run's countdown or how it
 * ended, Retry now and Stop. Follows the run as the worker changes it.
 * @param {HTMLElement} box @param {number} tabId
 */
export async function showAuto(box, tabId) {
  /** @type {{run: import('../shared/types.js').Run|null, enabled: boolean}} */
  let state = { run: null, enabled: false };
  const label = el('label', 'check');
  const toggle = el('input');
  toggle.type = 'checkbox';
  toggle.id = 'auto-switch';
  toggle.setAttribute('role', 'switch');
  label.append(toggle, el('span', undefined, t('auto_switch')));
  const help = el('p', 'muted', t('auto_switch_help'));
  const line = el('p', 'status-line');
  line.id = 'auto-status';
  const buttons = el('div', 'row');
  box.append(label, help, line, buttons);
  const draw = () => {
    toggle.checked = state.enabled;
    line.textContent = autoStatus(state.run);
    const waiting = state.run?.status === 'waiting' || state.run?.status === 'paused';
    if (waiting && !buttons.childElementCount) {
      const now = el('button', undefined, t('auto_retry_now'));
      now.type = 'button';
      now.onclick = () => void control({ type: 'auto-control', tabId, action: 'retry-now' });
      const stop = el('button', undefined, t('auto_stop'));
      stop.type = 'button';
      stop.onclick = () => void control({ type: 'auto-control', tabId, action: 'stop' });
      buttons.replaceChildren(now, stop);
    } else if (!waiting) buttons.replaceChildren();
  };
  /** @param {import('../background/messages.js').AutoMessage} message */
  const control = async (message) => {
    try {
      const reply = await ask(message);
      state = { run: reply.run ?? null, enabled: !!reply.enabled };
      draw();
    } catch (e) {
      line.textContent = t('action_failed', e instanceof Error ? e.message : String(e));
    }
  };
  toggle.addEventListener('change', () => void control({ type: 'auto-set', tabId, on: toggle.checked }));
  chrome.storage.session.onChanged.addListener((changes) => {
    const change = changes[`auto:${tabId}`];
    if (!change) return;
    state = { ...state, run: /** @type {any} */ (change.newValue) ?? null };
    draw();
  });
  setInterval(() => { if (state.run?.status === 'waiting') line.textContent = autoStatus(state.run); }, 1000);
  await control({ type: 'auto-state', tabId });
}

