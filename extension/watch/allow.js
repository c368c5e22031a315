// Opened by the worker the first time "Notify me when it's back" is clicked in a page's banner,
// where no permission can be asked: says why chatmedic would show a notification and asks the
// browser for it from this page's click. Either answer is remembered (settings.notifyAsked):
// it is asked once. The watch itself has already started.
import { localize, t } from '../src/shared/i18n.js';
import { askToNotify } from '../src/pages/watch.js';
import { changeSettings } from '../src/pages/settings.js';
import { ask } from '../src/pages/ask.js';
import { hostOf } from '../src/shared/watchstatus.js';

const $ = (/** @type {string} */ id) => /** @type {HTMLElement} */ (document.getElementById(id));
const tabParam = new URLSearchParams(location.search).get('tab');
const tabId = tabParam !== null && /^\d+$/.test(tabParam) ? Number(tabParam) : null;

/** @param {string} text */
async function finish(text) {
  await changeSettings((s) => { s.notifyAsked = true; });
  $('status').textContent = text;
  setTimeout(() => window.close(), 1500);
}

async function main() {
  localize();
  document.title = t('watch_allow_title');
  const { watch } = tabId !== null ? await ask({ type: 'watch-state', tabId }).catch(() => ({ watch: null })) : { watch: null };
  $('text').textContent = t('watch_allow_text', [watch ? hostOf(watch) : t('banner_the_service')]);
  $('allow').addEventListener('click', () => {
    // The browser's prompt, from this click (before any await).
    void askToNotify().then((granted) => finish(t(granted ? 'watch_allow_done' : 'watch_notify_off')));
  });
  $('not-now').addEventListener('click', () => void finish(t('watch_notify_off')));
  $('allow').focus();
}

main().catch((e) => {
  $('status').textContent = t('action_failed', e instanceof Error ? e.message : String(e));
});
