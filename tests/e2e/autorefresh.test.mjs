// Auto-refresh in real Chromium against the lab: opt-in per site, retries on the core's
// schedule (the lab records when it was asked; the gaps are the delays `schedule` chose),
// drafts survive every reload, nothing happens in the user's way, a stopped worker still
// retries on time, the site's own retry button is pressed where there is one, and a tab's
// state ends the same whatever order the events of one failure arrive in.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { copyFileSync, mkdirSync } from 'node:fs';
import { launch, ARTIFACTS, SCREENSHOTS } from '../harness.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const sleep = (/** @type {number} */ ms) => new Promise((r) => setTimeout(r, ms));

/** @type {Awaited<ReturnType<typeof launch>>} */
let s;
before(async () => {
  s = await launch();
});
after(async () => {
  await s?.close();
});

/** Auto-refresh on or off for sites, as the options page stores it. @param {Record<string, boolean>} sites */
async function autoRefresh(sites) {
  const w = await s.worker();
  await w.evaluate(async (on) => {
    const { settings = {} } = /** @type {{settings?: any}} */ (await chrome.storage.local.get('settings'));
    await chrome.storage.local.set({ settings: { ...settings, autoRefresh: { ...(settings.autoRefresh ?? {}), ...on } } });
  }, sites);
}

/**
 * The worker draws every jitter from Math.random: fixing it makes each delay the one the core
 * gives for that number (`chatmedic schedule` says which), short enough for a test.
 * @param {number} r
 */
async function fixRandom(r) {
  await (await s.worker()).evaluate((v) => { Math.random = () => v; }, r);
}

/** The tab's auto-refresh run, as the worker keeps it. @param {number} tabId @returns {Promise<any>} */
async function run(tabId) {
  const w = await s.worker();
  return w.evaluate(async (id) => (await chrome.storage.session.get(`auto:${id}`))[`auto:${id}`] ?? null, tabId);
}

/** Waits until the tab's run satisfies `ok`. @param {number} tabId @param {(r: any) => boolean} ok */
async function waitForRun(tabId, ok, timeout = 20_000) {
  const end = Date.now() + timeout;
  let last = null;
  while (Date.now() < end) {
    last = await run(tabId).catch(() => null);
    if (ok(last)) return last;
    await sleep(100);
  }
  throw new Error(`the run of tab ${tabId} never got there; last: ${JSON.stringify(last)}`);
}

/** What the core's `schedule` answers for these inputs (the CLI, the same core as the wasm). @param {object[]} inputs */
function scheduleOf(inputs) {
  const out = execFileSync('cargo', ['run', '-q', '-p', 'chatmedic', '--', 'schedule', '--jsonl'],
    { cwd: root, encoding: 'utf8', input: inputs.map((i) => JSON.stringify(i)).join('\n') });
  return out.trim().split('\n').map((l) => JSON.parse(l));
}

/** Opens a page of the lab in a new tab; returns it with its tab id and its content script's world. */
async function open(/** @type {string} */ url) {
  const page = await s.context.newPage();
  await page.goto(url).catch(() => {}); // an error page still loads
  const tabId = await s.tabIdOf(page);
  return { page, tabId, world: await s.contentWorld(page) };
}

test('with auto-refresh off (the default), a failing page is never reloaded', async () => {
  await fixRandom(0); // were it on, a retry would come every 2 s
  s.lab.set('chatgpt.com', '/c/off', 'nginx502');
  const { page, tabId } = await open('https://chatgpt.com/c/off');
  await s.waitForIncident(tabId, (i) => i?.diagnosis.cause === 'bad_gateway');
  await sleep(5000);
  assert.equal(s.lab.times('chatgpt.com', '/c/off').length, 1, 'asked once, by the user');
  assert.equal(await run(tabId), null);
  assert.equal(await s.badge(tabId), '502', 'no retry mark on the badge');
  await page.close();
});

test('a 502 that heals after three requests is retried on the schedule, then says "Back after"', async () => {
  await autoRefresh({ chatgpt: true });
  const r = 0.02;
  await fixRandom(r);
  s.lab.sequence('chatgpt.com', '/c/heal', ['nginx502', 'nginx502', 'nginx502', 'chatApp']);
  const { page, tabId, world } = await open('https://chatgpt.com/c/heal');
  await waitForRun(tabId, (x) => x?.status === 'waiting');
  assert.equal(await s.waitForBadge(tabId, '↻502'), '↻502', 'the badge says a retry is scheduled');
  // The banner counts down to the retry (the README's picture).
  const counting = await world.until((p) => typeof p.auto === 'string' && p.auto.startsWith('Retrying in'), 5000);
  assert.match(counting.auto, /^Retrying in \d+ s · attempt 1$/);
  await sleep(200); // the banner's entrance animation
  await s.screenshot(page, 'banner-autorefresh');
  mkdirSync(SCREENSHOTS, { recursive: true });
  copyFileSync(path.join(ARTIFACTS, 'banner-autorefresh.png'), path.join(SCREENSHOTS, 'banner-autorefresh.png'));
  const done = await waitForRun(tabId, (x) => x?.status === 'done', 40_000);
  assert.equal(done.attempt, 3);

  // The lab saw the first request and three retries; each gap is the delay the core chose.
  const times = s.lab.times('chatgpt.com', '/c/heal');
  assert.equal(times.length, 4, `requests at ${JSON.stringify(times)}`);
  const chosen = done.decisions.map((/** @type {any} */ d) => d.afterMs);
  const expected = scheduleOf([0, 1, 2].map((attempt) => ({ cause: 'bad_gateway', attempt, random: r })));
  assert.deepEqual(chosen, expected.map((d) => d.afterMs), 'the worker waits what `schedule` answers');
  for (let i = 0; i < 3; i += 1) {
    const gap = times[i + 1] - times[i];
    // The decision follows the failed response by a few ms; the retry's request leaves on time.
    assert.ok(gap >= chosen[i] - 100 && gap <= chosen[i] + 1500, `retry ${i + 1}: asked after ${gap} ms, chose ${chosen[i]} ms`);
  }
  // Loaded, and the page says how it came back.
  await page.waitForFunction(() => !!(/** @type {any} */ (window).labApp));
  const shown = await world.until((p) => typeof p.note === 'string' && p.note.includes('Back after 3 attempts'), 10_000);
  assert.match(shown.note, /^Back after 3 attempts, \d+ s$/);
  await s.waitForBadge(tabId, '');
  await page.close();
  await autoRefresh({ chatgpt: false });
});

test('the banner\'s switch turns auto-refresh on for the site and starts the tab\'s run; the popup\'s turns it off', async () => {
  await autoRefresh({ chatgpt: false });
  await fixRandom(0.5);
  s.lab.set('chatgpt.com', '/c/switch', 'nginx502');
  const { page, tabId, world } = await open('https://chatgpt.com/c/switch');
  const shown = await world.until((p) => !!p.banner && !!p.autoSwitch, 10_000);
  assert.equal(shown.autoSwitch.checked, false, 'off by default');
  assert.equal(await run(tabId), null);
  await page.mouse.click(shown.autoSwitch.x, shown.autoSwitch.y);
  const waiting = await waitForRun(tabId, (x) => x?.status === 'waiting');
  assert.equal(waiting.attempt, 0);
  await world.until((p) => p.autoSwitch?.checked === true && /^Retrying in/.test(p.auto ?? ''));
  const w = await s.worker();
  const stored = await w.evaluate(async () => (/** @type {any} */ (await chrome.storage.local.get('settings'))).settings.autoRefresh);
  assert.equal(stored.chatgpt, true, 'on for the site');

  // The popup shows the run and its switch; turning it off there ends the run.
  const popup = await s.context.newPage();
  await popup.goto(s.url(`popup/popup.html?tab=${tabId}`));
  await popup.waitForFunction(() => /^Retrying in/.test(document.getElementById('auto-status')?.textContent ?? ''));
  assert.equal(await popup.isChecked('#auto-switch'), true);
  await popup.click('#auto-switch');
  await waitForRun(tabId, (x) => x === null);
  await world.until((p) => p.autoSwitch?.checked === false && !p.auto);
  await popup.close();
  await sleep(500);
  assert.equal(s.lab.times('chatgpt.com', '/c/switch').length, 1, 'nothing was retried');
  await page.close();
});

test('a 429 with Retry-After: 120 schedules nothing sooner; a signed-out page schedules nothing and says why', async () => {
  await autoRefresh({ chatgpt: true });
  await fixRandom(0);
  s.lab.set('chatgpt.com', '/c/limited', 'tooManyRequests429');
  const limited = await open('https://chatgpt.com/c/limited');
  const waiting = await waitForRun(limited.tabId, (x) => x?.status === 'waiting');
  assert.ok(waiting.nextAt - waiting.firstFailureAt >= 120_000, `next retry ${waiting.nextAt - waiting.firstFailureAt} ms after the failure`);
  await sleep(3000);
  assert.equal(s.lab.times('chatgpt.com', '/c/limited').length, 1);
  await limited.page.close();

  s.lab.set('chatgpt.com', '/c/signed-out', 'unauthorized401');
  const out = await open('https://chatgpt.com/c/signed-out');
  const stopped = await waitForRun(out.tabId, (x) => x?.status === 'stopped');
  assert.equal(stopped.reason, 'not_retryable');
  assert.equal((/** @type {any} */ (await s.incident(out.tabId))).diagnosis.cause, 'auth');
  const banner = await out.world.until((p) => !!p.banner && !!p.auto, 10_000);
  assert.match(banner.auto, /^Not retrying automatically: /);
  await sleep(2500);
  assert.equal(s.lab.times('chatgpt.com', '/c/signed-out').length, 1, 'never retried');
  await out.page.close();
  await autoRefresh({ chatgpt: false });
});

test('the worker is stopped mid-schedule: the retry still happens at its time', async () => {
  await autoRefresh({ chatgpt: true });
  await fixRandom(0.105); // about 6 s
  s.lab.sequence('chatgpt.com', '/c/restart', ['nginx502', 'chatApp']);
  const { page, tabId } = await open('https://chatgpt.com/c/restart');
  const waiting = await waitForRun(tabId, (x) => x?.status === 'waiting');
  // Stop the worker (as Chrome does when it idles): its timers are gone with it.
  const browser = /** @type {import('playwright-core').Browser} */ (s.context.browser());
  const cdp = await browser.newBrowserCDPSession();
  const { targetInfos } = await cdp.send('Target.getTargets');
  const worker = targetInfos.find((t) => t.type === 'service_worker' && t.url.includes(s.extensionId));
  assert.ok(worker, 'the worker runs');
  await cdp.send('Target.closeTarget', { targetId: worker.targetId });
  await cdp.detach();
  await waitForRun(tabId, (x) => x?.status === 'done', 20_000);
  const times = s.lab.times('chatgpt.com', '/c/restart');
  assert.equal(times.length, 2);
  const late = times[1] - waiting.nextAt;
  assert.ok(late > -300 && late < 1500, `the retry came ${late} ms after its time`);
  await page.close();
  await autoRefresh({ chatgpt: false });
});

test('on our diagnostic page (a connection reset), the countdown shows and the retry loads the failed address again', async () => {
  await autoRefresh({ chatgpt: true });
  await fixRandom(0.05); // about 4 s
  s.lab.set('chatgpt.com', '/c/reset', 'resetSocket'); // (Chrome may retry a reset once by itself)
  const page = await s.context.newPage();
  await page.goto('https://chatgpt.com/c/reset').catch(() => {}); // the reset fails the navigation
  await page.waitForURL((u) => u.href.startsWith(s.url('diagnostic/diagnostic.html')), { timeout: 10_000 });
  await page.waitForFunction(() => /^Retrying in/.test(document.getElementById('auto-status')?.textContent ?? ''));
  s.lab.set('chatgpt.com', '/c/reset', 'chatApp'); // the site answers again
  const tabId = await s.tabIdOf(page);
  // Chrome cleared the badge when the tab moved to our page; the page sets it again, marked.
  const incident = /** @type {any} */ (await s.waitForIncident(tabId));
  await s.waitForBadge(tabId, `↻${incident.diagnosis.badge.slice(0, 3)}`);
  await page.waitForURL('https://chatgpt.com/c/reset', { timeout: 15_000 });
  await page.waitForFunction(() => !!(/** @type {any} */ (window).labApp));
  const done = await waitForRun(tabId, (x) => x?.status === 'done');
  assert.equal(done.attempt, 1);
  assert.equal(s.lab.log.filter((e) => e.path === '/c/reset' && e.route === 'chatApp').length, 1, 'one retry, which loaded');
  await page.close();
  await autoRefresh({ chatgpt: false });
});

test('where the site draws its own retry button for the failed answer, it is pressed instead of a reload', async () => {
  await autoRefresh({ chatgpt: true });
  await fixRandom(0);
  s.lab.set('chatgpt.com', '/c/button', 'appPage');
  const { page, tabId, world } = await open('https://chatgpt.com/c/button');
  await page.waitForFunction(() => !!(/** @type {any} */ (window).labApps));
  await world.until((p) => p.ready && p.site === 'chatgpt');
  // The app regenerates when its button is pressed: the error turn goes away.
  await page.evaluate(() => {
    const w = /** @type {any} */ (window);
    w.labPressed = 0;
    document.addEventListener('click', (e) => {
      const b = /** @type {Element} */ (e.target).closest('[data-testid="regenerate-thread-error-button"]');
      if (!b) return;
      w.labPressed += 1;
      b.closest('article')?.remove();
    }, true);
    w.labApps.error('inTurn', 'Something went wrong while generating the response. If this issue persists please contact us through our help center at help.openai.com.');
  });
  await waitForRun(tabId, (x) => x?.status === 'waiting', 10_000);
  const done = await waitForRun(tabId, (x) => x?.status === 'done', 15_000);
  assert.equal(done.attempt, 1);
  assert.equal(await page.evaluate(() => /** @type {any} */ (window).labPressed), 1, 'the button was pressed once');
  assert.equal(s.lab.times('chatgpt.com', '/c/button').length, 1, 'no reload');
  await page.close();
  await autoRefresh({ chatgpt: false });
});

/**
 * A draft typed before an in-app failure survives `rounds` auto-reloads, is restored each time,
 * and is never written over what is in the box when the page comes back.
 * @param {string} url @param {string} box the composer's selector @param {(page: any, text: string) => Promise<void>} drawError
 */
async function draftSurvives(url, box, drawError, rounds = 10) {
  await autoRefresh({ chatgpt: true });
  await fixRandom(0);
  const { page, tabId, world } = await open(url);
  const read = () => page.evaluate((sel) => {
    const el = /** @type {any} */ (document.querySelector(sel));
    return el ? (el.value ?? el.innerText ?? '').replace(/\n$/, '') : null;
  }, box);
  const draft = 'A long question I have not sent yet: how do retries with jitter help a service recover?';
  await page.click(box);
  await page.keyboard.type(draft, { delay: 1 });
  await sleep(5200); // typing holds a retry back for 5 s
  let lost = 0;
  for (let round = 1; round <= rounds; round += 1) {
    const loaded = page.waitForEvent('load', { timeout: 20_000 });
    await drawError(page, 'Something went wrong. If this issue persists please contact us through our help center at help.openai.com.');
    await loaded;
    await page.waitForSelector(box);
    const back = await world.until((p) => p.ready && typeof p.note === 'string' && p.note.includes('Your unsent message was restored'), 10_000)
      .catch(() => null);
    if (!back || (await read()) !== draft) lost += 1;
  }
  assert.equal(lost, 0, `drafts lost in ${rounds} auto-reloads`);
  const r = await run(tabId);
  assert.ok(r.attempt >= rounds, `attempts: ${r.attempt}`);
  // The app put its own text in the box before we could: it stays.
  await page.evaluate(() => sessionStorage.setItem('labPrefill', 'what the app kept'));
  const loaded = page.waitForEvent('load', { timeout: 20_000 });
  await drawError(page, 'Something went wrong. If this issue persists please contact us through our help center at help.openai.com.');
  await loaded;
  await page.waitForSelector(box);
  await sleep(1500);
  if (box === '#prompt-textarea' && url.includes('/c/draft-textarea')) assert.equal(await read(), 'what the app kept');
  await page.evaluate(() => sessionStorage.removeItem('labPrefill'));
  await page.close();
  await autoRefresh({ chatgpt: false });
}

test('a draft survives ten auto-reloads in a ChatGPT-like textarea composer, and never overwrites the box', { timeout: 180_000 }, async () => {
  s.lab.set('chatgpt.com', '/c/draft-textarea', 'chatApp');
  await draftSurvives('https://chatgpt.com/c/draft-textarea', '#prompt-textarea',
    (page, text) => page.evaluate((/** @type {string} */ t) => /** @type {any} */ (window).labApp.showError(t), text));
});

test('a draft survives ten auto-reloads in a contenteditable composer', { timeout: 180_000 }, async () => {
  s.lab.set('chatgpt.com', '/c/draft-editable', 'appPage');
  await draftSurvives('https://chatgpt.com/c/draft-editable', '#prompt-textarea',
    (page, text) => page.evaluate((/** @type {string} */ t) => /** @type {any} */ (window).labApps.error('plain', t), text));
});

test('no retry while offline, while the user types or while an answer streams; each resumes', { timeout: 120_000 }, async () => {
  await autoRefresh({ chatgpt: true });
  await fixRandom(0);
  s.lab.set('chatgpt.com', '/c/polite', 'appPage');
  const { page, tabId, world } = await open('https://chatgpt.com/c/polite');
  await page.waitForFunction(() => !!(/** @type {any} */ (window).labApps));
  await world.until((p) => p.ready && p.site === 'chatgpt');
  const fail = () => page.evaluate(() => /** @type {any} */ (window).labApps.error('plain',
    'Something went wrong. If this issue persists please contact us through our help center at help.openai.com.'));
  const requests = () => s.lab.times('chatgpt.com', '/c/polite').length;

  // Offline: held back, then retried when the connection is back.
  await fail();
  await waitForRun(tabId, (x) => x?.status === 'waiting');
  await s.context.setOffline(true);
  const offline = await waitForRun(tabId, (x) => x?.status === 'paused', 10_000);
  assert.equal(offline.pausedBy, 'offline');
  await sleep(2000);
  assert.equal(requests(), 1);
  let loaded = page.waitForEvent('load', { timeout: 20_000 });
  await s.context.setOffline(false);
  await loaded;
  assert.equal(requests(), 2, 'retried once back online');
  await page.waitForFunction(() => !!(/** @type {any} */ (window).labApps));
  await world.until((p) => p.ready);

  // Typing: held back while the user types, retried 5 s after the last key.
  await page.click('#prompt-textarea');
  const typing = (async () => { for (let i = 0; i < 10; i += 1) { await page.keyboard.type('typing ', { delay: 60 }); } })();
  await sleep(300);
  await fail();
  const paused = await waitForRun(tabId, (x) => x?.status === 'paused', 10_000);
  assert.equal(paused.pausedBy, 'typing');
  await typing;
  const stoppedTyping = Date.now();
  loaded = page.waitForEvent('load', { timeout: 20_000 });
  await loaded;
  assert.ok(Date.now() - stoppedTyping >= 4000, 'not while the user had just typed');
  assert.equal(requests(), 3);
  await page.waitForFunction(() => !!(/** @type {any} */ (window).labApps));
  await world.until((p) => p.ready);

  // Streaming: an answer being written holds the retry back until it ends.
  await fail();
  await waitForRun(tabId, (x) => x?.status === 'waiting');
  const streamEnd = page.evaluate(() => /** @type {any} */ (window).labApps.stream('word '.repeat(120), { every: 40 }))
    .then(() => Date.now(), () => -1); // -1: the page went away mid-answer
  const held = await waitForRun(tabId, (x) => x?.status === 'paused', 10_000);
  assert.equal(held.pausedBy, 'streaming');
  const before = requests();
  loaded = page.waitForEvent('load', { timeout: 30_000 });
  const ended = await streamEnd;
  await loaded;
  assert.ok(ended > 0, 'the answer was written to its end before the reload');
  assert.equal(requests(), before + 1, 'retried after the answer ended');
  await page.close();
  await autoRefresh({ chatgpt: false });
});

test('no retry while the tab is hidden; it resumes when the tab is shown', async () => {
  await autoRefresh({ chatgpt: true });
  await fixRandom(0.05); // about 4 s
  s.lab.sequence('chatgpt.com', '/c/hidden', ['nginx502', 'chatApp']);
  const { page, tabId } = await open('https://chatgpt.com/c/hidden');
  await waitForRun(tabId, (x) => x?.status === 'waiting');
  const other = await s.context.newPage();
  await other.goto('https://claude.ai/');
  await other.bringToFront();
  const visibility = await page.evaluate(() => document.visibilityState);
  const paused = await waitForRun(tabId, (x) => x?.status === 'paused', 10_000);
  assert.equal(paused.pausedBy, 'hidden', `the page reported ${visibility}`);
  await sleep(1500);
  assert.equal(s.lab.times('chatgpt.com', '/c/hidden').length, 1);
  await page.bringToFront();
  await waitForRun(tabId, (x) => x?.status === 'done', 10_000);
  assert.equal(s.lab.times('chatgpt.com', '/c/hidden').length, 2);
  await other.close();
  await page.close();
  await autoRefresh({ chatgpt: false });
});

test('the events of one failure, in every order and all at once, end in the same incident and badge', { timeout: 120_000 }, async () => {
  s.lab.set('chatgpt.com', '/backend-api/conversation', 'apiRateLimit429');
  s.lab.set('chatgpt.com', '/backend-api/models', 'apiServerError500');
  const events = /** @type {const} */ (['limit', 'error', 'text']);
  /** @type {(readonly ['limit'|'error'|'text', ...('limit'|'error'|'text')[]] | 'parallel')[]} */
  const orders = [];
  const permute = (/** @type {any[]} */ done, /** @type {any[]} */ rest) => {
    if (!rest.length) orders.push(/** @type {any} */ (done));
    rest.forEach((e, i) => permute([...done, e], rest.filter((_, j) => j !== i)));
  };
  permute([], [...events]);
  orders.push('parallel', 'parallel');
  /** @type {string[]} */
  const outcomes = [];
  for (const [n, order] of orders.entries()) {
    const url = `https://chatgpt.com/c/order-${n}`;
    s.lab.set('chatgpt.com', `/c/order-${n}`, 'chatApp');
    const page = await s.context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => !!(/** @type {any} */ (window).labApp));
    const tabId = await s.tabIdOf(page);
    const fire = (/** @type {'limit'|'error'|'text'} */ e) => page.evaluate((which) => {
      const app = /** @type {any} */ (window).labApp;
      if (which === 'limit') return fetch('/backend-api/conversation', { method: 'POST' }).then(() => undefined);
      if (which === 'error') return fetch('/backend-api/models').then(() => undefined);
      app.showError('Too many requests in 1 hour. Try again later.');
      return undefined;
    }, e);
    if (order === 'parallel') await Promise.all(events.map(fire));
    else for (const e of order) { await fire(e); await sleep(150); }
    // Settled: the three sensors' parts and the provider's word seen, and nothing changes for a while.
    await s.waitForIncident(tabId, (i) => (i?.parts?.length ?? 0) >= 4 && i.parts.some((/** @type {any} */ p) => p.provider), 10_000);
    await sleep(1000);
    const incident = /** @type {any} */ (await s.incident(tabId));
    const { cause, side, badge, fixes, retry, why } = incident.diagnosis;
    outcomes.push(JSON.stringify({ cause, side, badge, fixes, retry, why: [...why].sort(), tabBadge: await s.badge(tabId) }));
    await page.close();
  }
  assert.equal(new Set(outcomes).size, 1, `outcomes by order:\n${outcomes.map((o, i) => `${JSON.stringify(orders[i])}: ${o}`).join('\n')}`);
  assert.match(outcomes[0], /"cause":"rate_limited"/);
});
