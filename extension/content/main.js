// @ts-check
// chatmedic on the chat page (bundled into content/content.js, one classic script): the DOM
// sensor notices the errors the chat app draws (or a server error page that is the whole
// document) and failing answer requests, the worker diagnoses them with the wasm core, and the
// banner, in a closed shadow root, says what happened, whose side it is on and what to do.
// No wasm here (the chat sites' CSPs forbid it), nothing on the page's global object; page
// text only ever reaches the DOM through textContent.
import * as banner from './banner.js';
import { ask, whenGone } from './messaging.js';
import * as structure from './structure.js';
import * as sensor from './sensor.js';
import { readDraft, writeDraft, saveDraft, restoreDraft } from './draft.js';
import { listenForFailedResponses } from './network.js';
import * as auto from './autorefresh.js';
import { titleWith } from '../src/shared/watchstatus.js';

const G = /** @type {any} */ (globalThis);

/** The page's own title, while ours says "back" in front of it. @type {string|null} */
let ownTitle = null;

/**
 * A watch found the site back: the tab's title says so (seen in the tab strip, and where no
 * notification may be shown); it goes when the watch does.
 * @param {any} watch
 */
function titleSaysBack(watch) {
  if (watch?.status === 'back') ownTitle ??= document.title;
  if (ownTitle === null) return;
  document.title = titleWith(watch, ownTitle);
  if (watch?.status !== 'back') ownTitle = null;
}

function main() {
  if (G.chatmedicContent) return; // injected twice (extension reloaded): the first one stays
  G.chatmedicContent = true;
  let ready = false;
  whenGone(() => sensor.stopSensor());
  banner.configure({ saveDraft });
  auto.watchStreaming(sensor.isStreaming);

  async function start() {
    listenForFailedResponses();
    const [reply, stored] = await Promise.all([
      ask({ type: 'site-hints' }),
      chrome.storage.local.get('settings').catch(() => ({})),
    ]);
    const site = reply?.ok ? reply.site ?? null : null;
    structure.useHints(site);
    banner.configure({ site, enabled: /** @type {any} */ (stored).settings?.banner !== false });
    sensor.startSensor();
    void auto.start();
    if (!sensor.isWholePage()) {
      void restoreDraft().then((restored) => {
        if (restored) banner.note(chrome.i18n.getMessage('auto_draft_restored') || 'Your unsent message was restored', 'draft');
      });
    }
    ready = true;
  }

  // Auto-refresh: the worker's word on the run, and its "retry now", answered once we know
  // whether a retry would be in the user's way.
  chrome.runtime.onMessage.addListener((message, sender, reply) => {
    if (sender.id !== chrome.runtime.id || sender.tab) return false;
    if (message?.type === 'auto') {
      auto.update(message.run ?? null);
      return false;
    }
    if (message?.type === 'watch') {
      banner.updateWatch(message.watch ?? null);
      titleSaysBack(message.watch);
      return false;
    }
    if (message?.type !== 'auto-retry') return false;
    auto.retry(message.retrySelectors, message.userAsked === true).then(reply, () => reply({ outcome: 'reload' }));
    return true;
  });

  // The worker's second opinion on the incident shown (the provider's status arrived): update.
  chrome.runtime.onMessage.addListener((message, sender) => {
    if (sender.id !== chrome.runtime.id || sender.tab || message?.type !== 'incident') return;
    const incident = message.incident;
    if (!banner.shownIncident() || !incident?.diagnosis || incident.diagnosis.cause === 'unknown') return;
    sensor.updateIncident(incident);
    banner.render(incident);
  });

  chrome.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local' || !changes.settings) return;
    const settings = /** @type {any} */ (changes.settings.newValue);
    const enabled = settings?.banner !== false;
    // Auto-refresh's switch follows the site's setting, wherever it was changed.
    const id = structure.hints?.id;
    if (id) auto.setEnabled(settings?.autoRefresh?.[id] === true);
    banner.configure({ enabled });
    const last = sensor.activeIncidents().pop();
    if (enabled && last) banner.render(last);
  });

  // What tests (and the performance issue) read, from this extension's isolated world only:
  // the page cannot see it, and nothing here can be driven from it.
  G.chatmedicProbe = () => ({
    batches: sensor.stats.batches, records: sensor.stats.records, reports: sensor.stats.reports,
    candidates: sensor.stats.candidates, lastBatchAt: sensor.stats.lastBatchAt, narrows: sensor.stats.narrows, layoutReads: sensor.stats.layoutReads,
    site: structure.hints?.id ?? null, ready, typing: structure.isTyping(), streaming: sensor.isStreaming(),
    ...banner.bannerState(), draft: readDraft(),
  });
  /** For the auto-refresh feature: the composer, from this isolated world. */
  G.chatmedicComposer = { readDraft, writeDraft, saveDraft, isTyping: structure.isTyping, isStreaming: sensor.isStreaming };

  void start();
}

main();
