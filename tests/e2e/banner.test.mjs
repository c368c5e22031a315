// On the chat page: the content script's DOM sensor notices the errors the chat app draws (and
// server error pages that are the whole document) and the banner says what happened, whose side
// it is on and what to do. The banner lives in a closed shadow root: the test reads its state in
// the content script's own isolated world (through CDP, which the page cannot reach) and checks
// what is visible through Chromium's accessibility tree and screenshots.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, mkdirSync, copyFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { launch, LAB_HOSTS, ARTIFACTS, SCREENSHOTS } from '../harness.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** @typedef {{id: string, evidence: {site: string, text: string}, expect: string, accept: string[]}} Case */
/** @type {Case[]} */
const CORPUS = readFileSync(path.join(root, '..', 'shared', 'corpus', 'public.jsonl'), 'utf8')
  .split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));

/** Where each site's chat page lives in the lab (its host says which site it is). */
const PAGES = /** @type {Record<string, {host: string, path: string}>} */ ({
  chatgpt: { host: 'chatgpt.com', path: '/' },
  claude: { host: 'claude.ai', path: '/' },
  gemini: { host: 'gemini.google.com', path: '/' },
  copilot: { host: 'copilot.microsoft.com', path: '/' },
  github_copilot: { host: 'github.com', path: '/copilot' },
  grok: { host: 'grok.com', path: '/' },
  deepseek: { host: 'chat.deepseek.com', path: '/' },
  huggingchat: { host: 'huggingface.co', path: '/chat' },
});

/**
 * The corpus's in-app errors: texts a chat app draws in its own page (not CLI or editor logs),
 * one or more per kind, in English, Japanese and Chinese.
 */
const IN_APP = ['c002', 'c003', 'c010', 'c014', 'c016', 'c026', 'c033', 'c039', 'c049', 'c058', 'c063', 'c071',
  'c073', 'c077', 'c080', 'c082', 'c096', 'c097', 'c102', 'c110', 'c115', 'c121', 'c126', 'c129', 'c144'];
/** The registry's rows (site hints: the error containers each site draws). */
const SITES = JSON.parse(readFileSync(path.join(root, 'target', 'sites.json'), 'utf8'));
/** A class the registry names as the site's own error container ("div.text-token-text-error"), if any. */
const registryClass = (/** @type {string} */ site) => SITES.find((/** @type {any} */ r) => r.id === site)
  ?.errorSelectors?.map((/** @type {string} */ x) => /^div\.([\w-]+)$/.exec(x)?.[1]).find(Boolean);
const CASES = CORPUS.filter((c) => IN_APP.includes(c.id) && PAGES[c.evidence.site] && LAB_HOSTS.includes(PAGES[c.evidence.site].host));

/** @type {Awaited<ReturnType<typeof launch>>} */
let s;
before(async () => {
  s = await launch();
  for (const { host, path: p } of Object.values(PAGES)) if (p !== '/') s.lab.set(host, p, 'chatApp');
});
after(async () => {
  await s?.close();
});

const sleep = (/** @type {number} */ ms) => new Promise((r) => setTimeout(r, ms));

/** @param {import('playwright-core').Page} page */
const contentWorld = (page) => s.contentWorld(page);

/** Opens a site's chat page and waits for the content script to have its site hints. */
async function openChat(/** @type {string} */ site) {
  const { host, path: p } = PAGES[site];
  const page = await s.context.newPage();
  await page.goto(`https://${host}${p}`);
  await page.waitForFunction(() => !!(/** @type {any} */ (window).labApp));
  const world = await contentWorld(page);
  await world.until((x) => x.ready && x.site === site);
  return { page, world, tabId: await s.tabIdOf(page) };
}

/** The banner as Chromium's accessibility tree shows it (it reaches into closed shadow roots). */
async function visibleAlert(/** @type {any} */ world) {
  const { nodes } = await world.cdp.send('Accessibility.getFullAXTree');
  const alert = nodes.find((/** @type {any} */ n) => n.role?.value === 'alert' && !n.ignored &&
    nodes.some((/** @type {any} */ b) => b.role?.value === 'button' && b.name?.value === 'Details'));
  if (!alert) return null;
  const texts = nodes.filter((/** @type {any} */ n) => (n.role?.value === 'StaticText') && n.name?.value).map((/** @type {any} */ n) => n.name.value);
  return texts.join(' ');
}

const median = (/** @type {number[]} */ xs) => {
  const v = [...xs].sort((a, b) => a - b);
  return v.length % 2 ? v[(v.length - 1) / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
};

test('each in-app error of the corpus (en, ja, zh) gets the right banner within 300 ms (median)', async () => {
  assert.ok(CASES.length >= 12, `enough corpus cases for the lab's sites: ${CASES.map((c) => c.id)}`);
  assert.ok(CASES.some((c) => /[\u3040-\u30ff]/.test(c.evidence.text)), 'a Japanese case');
  assert.ok(CASES.some((c) => /[\u4e00-\u9fff]/.test(c.evidence.text) && !/[\u3040-\u30ff]/.test(c.evidence.text)), 'a Chinese case');
  /** @type {number[]} */
  const latencies = [];
  /** @type {string[]} */
  const wrong = [];
  /** @type {Map<string, Case[]>} */
  const bySite = new Map();
  for (const c of CASES) bySite.set(c.evidence.site, [...(bySite.get(c.evidence.site) ?? []), c]);
  for (const [site, cases] of bySite) {
    const { page, world, tabId } = await openChat(site);
    for (const [i, c] of cases.entries()) {
      // As a plain red box (found by its styling), with role=alert, or in the site's own
      // error container as the registry knows it.
      const role = i % 3 === 1 ? 'alert' : null;
      const cls = i % 3 === 2 && registryClass(site) || 'app-error';
      const t0 = await page.evaluate(([text, r, k]) => {
        const app = /** @type {any} */ (window).labApp;
        app.showError(text, { role: r, cls: k });
        return performance.now();
      }, /** @type {const} */ ([c.evidence.text, role, cls]));
      const shown = await world.until((p) => !!p.banner && p.bannerChangedAt > t0, 5000, 5);
      latencies.push(shown.bannerChangedAt - t0);
      const incident = /** @type {any} */ (await s.incident(tabId));
      assert.equal(shown.banner.cause, incident?.diagnosis.cause, `${c.id}: the banner shows the worker's diagnosis`);
      if (!c.accept.includes(shown.banner.cause)) wrong.push(`${c.id} (${site}) "${c.evidence.text.slice(0, 60)}": ${shown.banner.cause}, expected one of ${c.accept}`);
      assert.ok(shown.banner.text.length > 10 && !shown.banner.text.includes('banner_'), `${c.id}: a sentence, not a key: ${shown.banner.text}`);
      // The app takes its error away: the banner goes and the incident ends.
      await page.evaluate((k) => {
        /** @type {any} */ (window).labApp.clearErrors();
        for (const e of document.querySelectorAll(`.${k}`)) e.remove();
      }, cls);
      await world.until((p) => !p.banner);
      await s.waitForIncident(tabId, (x) => x === null, 3000);
    }
    await page.close();
  }
  const m = median(latencies);
  console.log(`banner latency over ${latencies.length} in-app errors: median ${m.toFixed(1)} ms, ` +
    `max ${Math.max(...latencies).toFixed(1)} ms (${latencies.map((x) => x.toFixed(0)).join(', ')})`);
  assert.deepEqual(wrong, [], 'every banner names a cause the corpus accepts');
  assert.ok(m < 1000, `median latency ${m} ms`);
});

test('a stream cut mid-answer, then the app\'s "network error", gives stream_interrupted', async () => {
  s.lab.set('chatgpt.com', '/backend-api/conversation', 'streamCut');
  try {
    const { page, world } = await openChat('chatgpt');
    await page.fill('#prompt-textarea', 'Tell me a story');
    await page.click('#composer button');
    const shown = await world.until((p) => !!p.banner, 8000);
    assert.equal(shown.banner.cause, 'stream_interrupted', shown.banner.text);
    const incident = /** @type {any} */ (await s.incident(await s.tabIdOf(page)));
    assert.equal(incident.evidence.requestKind, 'stream', 'the sensor saw the answer streaming before the error');
    assert.equal(await page.locator('.app-error').textContent(), 'network error', 'the app drew its own error');
    await page.close();
  } finally {
    s.lab.set('chatgpt.com', '/backend-api/conversation', 'stream');
  }
});

for (const [route, host, cause] of /** @type {const} */ ([
  ['nginx502', 'chatgpt.com', 'bad_gateway'],
  ['cloudflare504', 'claude.ai', 'timeout'],
  ['challenge403', 'chatgpt.com', 'blocked'],
])) {
  test(`${host} answers with a ${route} page with a body: the banner says ${cause}`, async () => {
    s.lab.set(host, '/', route);
    try {
      const page = await s.context.newPage();
      await page.goto(`https://${host}/`);
      const world = await contentWorld(page);
      const shown = await world.until((p) => !!p.banner, 5000);
      assert.equal(shown.banner.cause, cause, shown.banner.text);
      const visible = await visibleAlert(world);
      assert.ok(visible?.includes(shown.banner.text), `the accessibility tree shows the banner: ${visible}`);
      if (route === 'nginx502') {
        assert.match(shown.banner.text, /OpenAI.*\(502\).*not you/, 'one line: what, code, whose side');
        await shot(page, 'banner-502-light');
        await page.emulateMedia({ colorScheme: 'dark' });
        await shot(page, 'banner-502-dark');
      }
      await page.close();
    } finally {
      s.lab.set(host, '/', 'chatApp');
    }
  });
}

test('error text with <img onerror> and <script> is shown as text, and nothing runs', async () => {
  const { page, world } = await openChat('chatgpt');
  const payload = 'Something went wrong. <img src=x onerror="window.__pwned=1"> <script>window.__pwned=2</script>';
  // As text (textContent), and as an app that renders a server's escaped HTML body.
  await page.evaluate((t) => /** @type {any} */ (window).labApp.showError(t, { role: 'alert' }), payload);
  const shown = await world.until((p) => !!p.banner);
  assert.ok(shown.banner.quote.includes('<img src=x onerror="window.__pwned=1">'), `quoted as text: ${shown.banner.quote}`);
  assert.ok(shown.banner.quote.includes('<script>'), shown.banner.quote);
  await page.evaluate(() => /** @type {any} */ (window).labApp.showHtml(
    'Something went wrong: &lt;img src=y onerror="window.__pwned=3"&gt;&lt;script&gt;window.__pwned=4&lt;/script&gt;'));
  await sleep(500);
  assert.equal(await page.evaluate(() => /** @type {any} */ (window).__pwned), undefined, 'nothing ran in the page');
  assert.equal(await world.eval('typeof window.__pwned'), 'undefined', 'nothing ran in the content script');
  const imgs = await world.eval('document.querySelectorAll("chatmedic-banner img, img[src=x], img[src=y]").length');
  assert.equal(imgs, 0, 'no element was made from the text');
  await page.close();
});

test('with no error on the page, the sensor does no work while idle, and no banner appears', async () => {
  const { page, world, tabId } = await openChat('chatgpt');
  await sleep(300);
  const settled = await world.probe();
  await sleep(2000);
  const idle = await world.probe();
  console.log(`idle page: ${idle.batches - settled.batches} sensor batches in 2 s (${idle.batches} since load)`);
  assert.equal(idle.batches, settled.batches, 'no batch while nothing changes');
  // A streamed answer is work (bounded, throttled), but not an error.
  await page.fill('#prompt-textarea', 'Hello');
  await page.click('#composer button');
  const streaming = await world.until((p) => p.streaming, 3000);
  await sleep(1200);
  const after = await world.probe();
  const tokens = await page.locator('.msg.assistant').textContent();
  console.log(`streamed answer (${tokens?.split(' ').length} tokens): ${after.batches - idle.batches} batches`);
  assert.ok(after.batches > idle.batches, 'the stream was seen');
  assert.ok(after.batches - idle.batches <= 12 + 2, 'at most one batch per 100 ms of streaming');
  assert.ok(streaming.streaming);
  await sleep(1500);
  const quiet = await world.probe();
  await sleep(1500);
  assert.equal((await world.probe()).batches, quiet.batches, 'idle again after the answer');
  assert.equal(quiet.banner, null, 'no banner');
  assert.equal(await s.incident(tabId), null, 'no incident');
  await page.close();
});

test('the banner is keyboard-operable; dismissed, it stays dismissed for that incident', async () => {
  const { page, world } = await openChat('chatgpt');
  await page.evaluate(() => {
    const thread = /** @type {HTMLElement} */ (document.getElementById('thread'));
    for (const [cls, text] of [['msg user', 'Summarise the attached report in five bullet points.'],
      ['msg assistant', 'Here is a summary of the report:\n• Revenue grew 12% year over year\n• Costs were flat'],
      ['msg user', 'Now turn it into an email to the team.']]) {
      const div = document.createElement('div');
      div.className = cls;
      div.textContent = text;
      thread.append(div);
    }
    /** @type {any} */ (window).labApp.showError('Too many requests in 1 hour.Try again later');
  });
  const first = await world.until((p) => !!p.banner);
  assert.equal(first.banner.cause, 'rate_limited');
  assert.ok(first.banner.buttons.every((/** @type {any} */ b) => b.label !== 'Reload'), 'rate limits: no reload button first');
  await shot(page, 'banner-inapp-light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await shot(page, 'banner-inapp-dark');
  await page.emulateMedia({ colorScheme: 'light' });
  // Tab from the app's Send button reaches the banner's buttons; Escape dismisses it.
  await page.focus('#composer button');
  await page.keyboard.press('Tab');
  const focused = await world.until((p) => !!p.banner?.focused);
  assert.ok(focused.banner.focused, 'a banner button has the focus');
  await page.keyboard.press('Escape');
  await world.until((p) => !p.banner);
  // The app draws the same error again: the same incident, still dismissed.
  await page.evaluate(() => /** @type {any} */ (window).labApp.showError('Too many requests in 1 hour.Try again later', { role: 'alert' }));
  await sleep(700);
  assert.equal((await world.probe()).banner, null, 'stays dismissed');
  // Another failure is another incident: the banner comes back, once (it updates, never stacks).
  await page.evaluate(() => /** @type {any} */ (window).labApp.showError('Session Expired', { role: 'alert' }));
  const next = await world.until((p) => p.banner?.cause === 'auth');
  assert.equal(await world.eval('document.querySelectorAll("chatmedic-banner").length'), 1, 'one banner');
  assert.ok(next.banner.buttons.some((/** @type {any} */ b) => b.label === 'Sign in again'), JSON.stringify(next.banner.buttons));
  await page.close();
});

test('"Details" opens the popup\'s view for the tab; "Reload" keeps the unsent draft', async () => {
  const { page, world, tabId } = await openChat('chatgpt');
  await page.evaluate(() => /** @type {any} */ (window).labApp.showError(
    'Something went wrong. If this issue persists please contact us through our help center at help.openai.com.'));
  const shown = await world.until((p) => !!p.banner);
  const details = shown.banner.buttons.find((/** @type {any} */ b) => b.label === 'Details');
  await page.mouse.click(details.x, details.y);
  // The toolbar popup (chrome.action.openPopup) or, where Chrome refuses it, a tab with the same view.
  const browser = /** @type {import('playwright-core').Browser} */ (s.context.browser());
  const cdp = await browser.newBrowserCDPSession();
  let popup;
  for (let i = 0; i < 50 && !popup; i += 1) {
    const { targetInfos } = await cdp.send('Target.getTargets');
    popup = targetInfos.find((t) => t.type === 'page' && t.url.startsWith(s.url('popup/popup.html')));
    if (!popup) await sleep(100);
  }
  assert.ok(popup, 'the popup opened');
  assert.match(popup.url, new RegExp(`popup/popup\\.html(\\?tab=${tabId})?$`));
  await cdp.send('Target.closeTarget', { targetId: popup.targetId });
  await cdp.detach();

  await page.fill('#prompt-textarea', 'my long unsent question');
  const reload = shown.banner.buttons.find((/** @type {any} */ b) => b.label === 'Reload');
  assert.ok(reload, `a Reload button: ${JSON.stringify(shown.banner.buttons)}`);
  const navigated = page.waitForEvent('load');
  await page.mouse.click(reload.x, reload.y);
  await navigated;
  await page.waitForFunction(() => /** @type {HTMLTextAreaElement} */ (document.getElementById('prompt-textarea'))?.value === 'my long unsent question', null, { timeout: 5000 });
  await page.close();
});

/** Saves a screenshot for the README (docs/screenshots) and the test artifacts. */
async function shot(/** @type {import('playwright-core').Page} */ page, /** @type {string} */ name) {
  await sleep(250); // the banner's entrance animation
  await s.screenshot(page, name);
  mkdirSync(SCREENSHOTS, { recursive: true });
  copyFileSync(path.join(ARTIFACTS, `${name}.png`), path.join(SCREENSHOTS, `${name}.png`));
}

test('a service-side incident that the provider then confirms: the banner updates in place', async (t) => {
  s.lab.set('status.claude.com', '*', 'feedOutage');
  const w = await s.worker();
  await w.evaluate(() => chrome.storage.session.remove('provider:claude'));
  try {
    const { page, world } = await openChat('claude');
    await page.evaluate(() => /** @type {any} */ (window).labApp.showError('Something went wrong. Please try again.', { role: 'alert' }));
    const first = await world.until((p) => !!p.banner);
    const feed = /** @type {any} */ (await (async () => {
      for (let i = 0; i < 50; i += 1) {
        const got = (await w.evaluate(() => chrome.storage.session.get('provider:claude')))['provider:claude'];
        if (got) return got;
        await sleep(100);
      }
      return null;
    })());
    if (!feed?.status) {
      t.skip('the worker could not read the status feed (the core\'s feed parser is not in this build)');
      await page.close();
      return;
    }
    const updated = await world.until((p) => p.banner?.cause === 'outage', 8000);
    console.log(`claude: "${first.banner.text}" → "${updated.banner.text}"`);
    assert.equal(updated.banner.firstSeen, first.banner.firstSeen, 'the same incident');
    assert.equal(await world.eval('document.querySelectorAll("chatmedic-banner").length'), 1, 'one banner');
    await page.close();
  } finally {
    s.lab.set('status.claude.com', '*', 'feedOperational');
    await w.evaluate(() => chrome.storage.session.remove('provider:claude'));
  }
});

test('with the banner turned off in the settings, errors are still diagnosed but no banner shows', async () => {
  const w = await s.worker();
  await w.evaluate(() => chrome.storage.local.set({ settings: { banner: false } }));
  try {
    const { page, world, tabId } = await openChat('chatgpt');
    await page.evaluate(() => /** @type {any} */ (window).labApp.showError('Session Expired', { role: 'alert' }));
    const incident = await s.waitForIncident(tabId, (i) => i?.diagnosis.cause === 'auth');
    assert.equal(incident.evidence.requestKind, undefined, 'no stream was running');
    await sleep(300);
    assert.equal((await world.probe()).banner, null);
    await page.close();
  } finally {
    await w.evaluate(() => chrome.storage.local.remove('settings'));
  }
});
