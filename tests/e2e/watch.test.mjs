// "Tell me when it's back" in real Chromium against the lab: "Notify me" on a failure, the tab
// hidden, the worker checks on the core's schedule with requests that carry no cookies and
// never reload the tab; when the lab heals, a notification names the site, and its click
// brings the tab back loaded with the draft. Refused notifications: the badge and the title say
// "back". The user back first: no notification.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { copyFileSync, mkdirSync } from 'node:fs';
import { launch, ARTIFACTS, SCREENSHOTS } from '../harness.mjs';
import { axe } from '../axe.mjs';

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

/** The worker draws every jitter from Math.random: fixed, each delay is the core's for it. @param {number} r */
async function fixRandom(r, session = s) {
  await (await session.worker()).evaluate((v) => { Math.random = () => v; }, r);
}

/** The tab's watch, as the worker keeps it. @param {number} tabId @returns {Promise<any>} */
async function watchOf(tabId, session = s) {
  return (await session.worker()).evaluate(async (id) => (await chrome.storage.session.get(`watch:${id}`))[`watch:${id}`] ?? null, tabId);
}

/** Waits until the tab's watch satisfies `ok`. @param {number} tabId @param {(w: any) => boolean} ok */
async function waitForWatch(tabId, ok, timeout = 20_000, session = s) {
  const end = Date.now() + timeout;
  let last = null;
  while (Date.now() < end) {
    last = await watchOf(tabId, session).catch(() => null);
    if (ok(last)) return last;
    await sleep(100);
  }
  throw new Error(`the watch of tab ${tabId} never got there; last: ${JSON.stringify(last)}`);
}

/** The notifications the extension shows now. @returns {Promise<Record<string, boolean>>} */
async function notifications(session = s) {
  return (await session.worker()).evaluate(() => chrome.notifications ? chrome.notifications.getAll() : {});
}

/**
 * Waits until the notification `id` is shown: the worker records the watch's end, then shows it.
 * @param {string} id @returns {Promise<Record<string, boolean>>}  every notification shown then
 */
async function waitForNotification(id, session = s, timeout = 5000) {
  const end = Date.now() + timeout;
  /** @type {Record<string, boolean>} */
  let shown = {};
  while (Date.now() < end) {
    shown = await notifications(session);
    if (shown[id]) return shown;
    await sleep(50);
  }
  throw new Error(`the notification ${id} was not shown within ${timeout} ms; shown: ${JSON.stringify(shown)}`);
}

/** What `chatmedic watch` answers for these inputs (the CLI: the same core as the wasm). @param {object[]} inputs */
function watchOfCore(inputs) {
  const out = execFileSync('cargo', ['run', '-q', '-p', 'chatmedic', '--', 'watch', '--jsonl'],
    { cwd: root, encoding: 'utf8', input: inputs.map((i) => JSON.stringify(i)).join('\n') });
  return out.trim().split('\n').map((l) => JSON.parse(l));
}

/** A screenshot the README shows: taken, and kept where `make screenshots` looks. @param {any} page @param {string} name */
async function picture(page, name) {
  await s.screenshot(page, name);
  mkdirSync(SCREENSHOTS, { recursive: true });
  copyFileSync(path.join(ARTIFACTS, `${name}.png`), path.join(SCREENSHOTS, `${name}.png`));
}

/** Opens a page of the lab in a new tab. */
async function open(/** @type {string} */ url, session = s) {
  const page = await session.context.newPage();
  await page.goto(url).catch(() => {});
  const tabId = await session.tabIdOf(page);
  return { page, tabId, world: await session.contentWorld(page) };
}

/** Clicks a button of the banner by its label. @param {any} page @param {any} world @param {string} label */
async function clickBanner(page, world, label) {
  const shown = await world.until((/** @type {any} */ p) => !!p.banner?.buttons.some((/** @type {any} */ b) => b.label === label), 10_000);
  const b = shown.banner.buttons.find((/** @type {any} */ x) => x.label === label);
  await page.mouse.click(b.x, b.y);
}

/** Another tab in front: the user went elsewhere. */
async function goElsewhere(session = s) {
  const other = await session.context.newPage();
  await other.goto('https://claude.ai/');
  await other.bringToFront();
  return other;
}

test('an answer fails in the app, "Notify me" is clicked, the tab hidden: cookie-less checks, a notification when the lab heals, and its click brings the tab back with the draft', { timeout: 120_000 }, async (t) => {
  await fixRandom(0); // checks at 2 s, then 40 s later (the core's curve at random 0)
  s.lab.set('chatgpt.com', '/c/watch', 'chatApp');
  s.lab.set('chatgpt.com', '/backend-api/', 'apiServerError500');
  const { page, tabId, world } = await open('https://chatgpt.com/c/watch');
  await page.waitForFunction(() => !!(/** @type {any} */ (window).labApp));
  await world.until((p) => p.ready && p.site === 'chatgpt');
  await page.evaluate(() => { document.cookie = 'session=secret; path=/'; });
  const draft = 'Half a question I have not sent yet, about jitter';
  await page.click('#prompt-textarea');
  await page.keyboard.type(draft, { delay: 1 });
  await page.evaluate(() => /** @type {any} */ (window).labApp.showError('Something went wrong. If this issue persists please contact us through our help center at help.openai.com.'));
  await s.waitForIncident(tabId, (i) => i?.diagnosis.cause === 'server_error');
  await clickBanner(page, world, "Notify me when it's back");
  const watching = await waitForWatch(tabId, (w) => w?.status === 'watching');
  assert.equal(watching.target, 'api', 'an answer that failed in a loaded page: the API host is checked');
  assert.equal(watching.checkUrl, 'https://chatgpt.com/backend-api/');
  await world.until((p) => /^Watching chatgpt\.com — next check in \d+ s/.test(p.watch ?? ''), 5000);
  await sleep(200); // the banner's entrance animation
  await picture(page, 'banner-watch');
  const other = await goElsewhere();

  // The first check finds the API failing; then the lab heals.
  const first = await waitForWatch(tabId, (w) => w?.attempt === 1, 10_000);
  assert.equal(first.status, 'watching');
  const healedAt = Date.now();
  s.lab.set('chatgpt.com', '/backend-api/', 'ok');
  const back = await waitForWatch(tabId, (w) => w?.status === 'back', 90_000);
  const told = Date.now() - healedAt;
  assert.ok(told <= 60_000, `told ${told} ms after the lab healed`);
  t.diagnostic(`told ${told} ms after the lab healed`);
  const id = `watch:${tabId}:${back.startedAt}`;
  await waitForNotification(id);

  // The waits were the core's; the checks were HEADs without cookies, and the tab was never reloaded.
  const expected = watchOfCore([
    { cause: 'server_error', side: 'service', target: 'api', attempt: 0, random: 0 },
    { cause: 'server_error', side: 'service', target: 'api', attempt: 1, random: 0, check: { httpStatus: 500 } },
  ]);
  assert.deepEqual(expected.map((d) => d.action), ['check', 'check']);
  const checks = s.lab.log.filter((e) => e.host === 'chatgpt.com' && e.path === '/backend-api/');
  assert.equal(checks.length, 2, JSON.stringify(checks));
  assert.ok(checks.every((c) => c.method === 'HEAD' && !c.cookie), JSON.stringify(checks));
  assert.ok(checks[1].t - checks[0].t >= expected[1].afterMs - 100 && checks[1].t - checks[0].t <= expected[1].afterMs + 2000,
    `checked ${checks[1].t - checks[0].t} ms apart; the core chose ${expected[1].afterMs}`);
  assert.equal(s.lab.times('chatgpt.com', '/c/watch').length, 1, 'no document request from the hidden tab');
  assert.equal(await s.waitForBadge(tabId, 'back'), 'back'); // set just after the notification
  const words = await (await s.worker()).evaluate(() => chrome.i18n.getMessage('watch_back_title', ['ChatGPT']));
  assert.equal(words, 'ChatGPT is back');

  // The click: the tab comes forward, is reloaded once with the draft kept, and the notification goes.
  const loaded = page.waitForEvent('load', { timeout: 20_000 });
  await (await s.worker()).evaluate((n) => /** @type {any} */ (globalThis).chatmedicNotificationClicked(n), id);
  await loaded;
  assert.equal(await page.evaluate(() => document.visibilityState), 'visible');
  await page.waitForSelector('#prompt-textarea');
  await world.until((p) => p.ready && typeof p.note === 'string' && p.note.includes('Your unsent message was restored'), 10_000);
  assert.equal(await page.$eval('#prompt-textarea', (b) => /** @type {HTMLTextAreaElement} */ (b).value), draft);
  assert.equal(s.lab.times('chatgpt.com', '/c/watch').length, 2);
  assert.deepEqual(await notifications(), {});
  await waitForWatch(tabId, (w) => w === null, 5000);
  await other.close();
  await page.close();
  s.lab.reset();
});

test('the user comes back and reloads before the site is back: the watch ends without a notification', { timeout: 60_000 }, async () => {
  await fixRandom(0.5); // the first check ~21 s away: the user is back before it
  s.lab.sequence('chatgpt.com', '/c/first', ['nginx502', 'chatApp']);
  const { page, tabId, world } = await open('https://chatgpt.com/c/first');
  await s.waitForIncident(tabId, (i) => i?.diagnosis.cause === 'bad_gateway');
  await clickBanner(page, world, "Notify me when it's back");
  const watching = await waitForWatch(tabId, (w) => w?.status === 'watching');
  assert.equal(watching.target, 'page');
  assert.equal(watching.checkUrl, 'https://chatgpt.com/c/first');
  const other = await goElsewhere();
  await sleep(500);
  await page.bringToFront();
  await page.reload();
  await page.waitForFunction(() => !!(/** @type {any} */ (window).labApp));
  await waitForWatch(tabId, (w) => w === null, 10_000);
  await sleep(Math.max(0, watching.nextAt - Date.now()) + 1500); // past the check that would have come
  assert.deepEqual(await notifications(), {});
  assert.equal(s.lab.log.filter((e) => e.path === '/c/first' && e.method === 'HEAD').length, 0, 'no check after the watch ended');
  await other.close();
  await page.close();
  s.lab.reset();
});

test('not offered where waiting cannot help: a signed-out page shows no "Notify me"', async () => {
  s.lab.set('chatgpt.com', '/c/signed-out', 'unauthorized401');
  const { page, tabId, world } = await open('https://chatgpt.com/c/signed-out');
  await s.waitForIncident(tabId, (i) => i?.diagnosis.cause === 'auth');
  const shown = await world.until((p) => !!p.banner, 10_000);
  await sleep(500); // the banner asked the worker whether a watch is offered
  const again = await world.probe();
  assert.ok(!again.banner.buttons.some((/** @type {any} */ b) => b.label === "Notify me when it's back"), JSON.stringify(shown.banner.buttons));
  const popup = await s.context.newPage();
  await popup.goto(s.url(`popup/popup.html?tab=${tabId}`));
  await popup.waitForSelector('#provider-status');
  await sleep(500);
  assert.equal(await popup.$('#watch-button'), null, 'no "Notify me" in the popup either');
  await popup.close();
  await page.close();
  s.lab.reset();
});

test('the worker is stopped mid-watch: the check still comes at its time, and finds the site back', async () => {
  await fixRandom(0.105); // the first check about 6 s away
  s.lab.sequence('chatgpt.com', '/c/restart-watch', ['nginx502', 'chatApp']);
  const { page, tabId, world } = await open('https://chatgpt.com/c/restart-watch');
  await s.waitForIncident(tabId, (i) => i?.diagnosis.cause === 'bad_gateway');
  await clickBanner(page, world, "Notify me when it's back");
  const watching = await waitForWatch(tabId, (w) => w?.status === 'watching');
  const other = await goElsewhere();
  // Stop the worker (as Chrome does when it idles): its timers go with it, its alarms stay.
  const browser = /** @type {import('playwright-core').Browser} */ (s.context.browser());
  const cdp = await browser.newBrowserCDPSession();
  const { targetInfos } = await cdp.send('Target.getTargets');
  const worker = targetInfos.find((t) => t.type === 'service_worker' && t.url.includes(s.extensionId));
  assert.ok(worker, 'the worker runs');
  await cdp.send('Target.closeTarget', { targetId: worker.targetId });
  await cdp.detach();
  const back = await waitForWatch(tabId, (w) => w?.status === 'back', 20_000);
  const checks = s.lab.log.filter((e) => e.path === '/c/restart-watch' && e.method === 'HEAD');
  assert.equal(checks.length, 1);
  const late = checks[0].t - watching.nextAt;
  assert.ok(late > -300 && late < 1500, `the check came ${late} ms after its time`);
  await waitForNotification(`watch:${tabId}:${back.startedAt}`);
  assert.equal(s.lab.times('chatgpt.com', '/c/restart-watch').length, 2, 'one page load, one check');
  await other.close();
  await page.close();
  s.lab.reset();
});

test('in the popup: "Notify me", then "Watching chatgpt.com — next check in …" with Stop; the options list the watch and stop it', async () => {
  await fixRandom(0.9); // the first check ~36 s away: the test is done before it
  s.lab.set('chatgpt.com', '/c/popup-watch', 'nginx504');
  const { page, tabId } = await open('https://chatgpt.com/c/popup-watch');
  await s.waitForIncident(tabId, (i) => i?.diagnosis.cause === 'timeout');
  const popup = await s.context.newPage();
  await popup.setViewportSize({ width: 420, height: 760 });
  await popup.goto(s.url(`popup/popup.html?tab=${tabId}`));
  await popup.click('#watch-button');
  await popup.waitForFunction(() => /^Watching chatgpt\.com — next check in \d+ s$/.test(document.getElementById('watch-status')?.textContent ?? ''));
  assert.equal(await popup.isVisible('#watch-stop'), true);
  await popup.locator('.watch').scrollIntoViewIfNeeded();
  await sleep(300);
  await picture(popup, 'popup-watch');
  await axe(popup);
  const options = await s.context.newPage();
  await options.goto(s.url('options/options.html'));
  await options.waitForSelector(`#watch-list li[data-tab="${tabId}"] button`);
  assert.match(await options.textContent(`#watch-list li[data-tab="${tabId}"]`) ?? '', /Watching chatgpt\.com — next check in/);
  await options.waitForFunction(() => document.getElementById('notify-state')?.textContent === 'Notifications are allowed.');
  await axe(options);
  await options.click(`#watch-list li[data-tab="${tabId}"] button`);
  await waitForWatch(tabId, (w) => w === null, 5000);
  await options.waitForFunction(() => document.querySelector('#watch-list li')?.textContent === 'No site is being watched now.');
  await popup.waitForSelector('#watch-button'); // the popup follows: offered again
  assert.equal(s.lab.log.filter((e) => e.path === '/c/popup-watch' && e.method === 'HEAD').length, 0);
  await options.close();
  await popup.close();
  await page.close();
  s.lab.reset();
});

test('on our diagnostic page (a connection reset): "Notify me" watches the failed address; Stop ends it', async () => {
  await fixRandom(0.9);
  s.lab.set('chatgpt.com', '/c/diag-watch', 'resetSocket');
  const page = await s.context.newPage();
  await page.goto('https://chatgpt.com/c/diag-watch').catch(() => {});
  await page.waitForURL((u) => u.href.startsWith(s.url('diagnostic/diagnostic.html')), { timeout: 10_000 });
  await page.click('#watch-button');
  await page.waitForFunction(() => /^Watching chatgpt\.com — next check in/.test(document.getElementById('watch-status')?.textContent ?? ''));
  const tabId = await s.tabIdOf(page);
  const watching = await watchOf(tabId);
  assert.equal(watching.checkUrl, 'https://chatgpt.com/c/diag-watch');
  assert.equal(watching.cause, 'connection');
  await page.click('#watch-stop');
  await waitForWatch(tabId, (w) => w === null, 5000);
  await page.waitForSelector('#watch-button');
  await page.close();
  s.lab.reset();
});

test('a rate limit with a known reset is told at the reset time, without a check', async () => {
  s.lab.set('chatgpt.com', '/c/limit', 'tooManyRequests429Soon');
  const { page, tabId, world } = await open('https://chatgpt.com/c/limit');
  await s.waitForIncident(tabId, (i) => i?.diagnosis.cause === 'rate_limited');
  await clickBanner(page, world, "Notify me when it's back");
  const watching = await waitForWatch(tabId, (w) => w?.status === 'watching');
  assert.equal(watching.kind, 'clock');
  await world.until((p) => /^Watching chatgpt\.com — the limit resets in \d+ s/.test(p.watch ?? ''), 5000);
  const back = await waitForWatch(tabId, (w) => w?.status === 'back', 15_000);
  assert.ok(back.endedAt - watching.startedAt >= 3000, 'not before the reset');
  const id = `watch:${tabId}:${back.startedAt}`;
  await waitForNotification(id);
  assert.equal(s.lab.log.filter((e) => e.path === '/c/limit' && e.method === 'HEAD').length, 0, 'nothing checked');
  await world.until((p) => p.watch === 'You can write to ChatGPT again', 5000);
  await (await s.worker()).evaluate((n) => chrome.notifications.clear(n), id);
  await page.close();
  s.lab.reset();
});

test('a watch ends at the curve\'s time bound and says so', async () => {
  await fixRandom(0.9);
  s.lab.set('chatgpt.com', '/c/bound', 'nginx502');
  const { page, tabId, world } = await open('https://chatgpt.com/c/bound');
  await s.waitForIncident(tabId, (i) => i?.diagnosis.cause === 'bad_gateway');
  await clickBanner(page, world, "Notify me when it's back");
  await waitForWatch(tabId, (w) => w?.status === 'watching');
  // Three hours pass (the watch began that long ago), and its time comes.
  await (await s.worker()).evaluate(async (id) => {
    const key = `watch:${id}`;
    const w = /** @type {any} */ ((await chrome.storage.session.get(key))[key]);
    const hours = 3 * 60 * 60 * 1000;
    await chrome.storage.session.set({ [key]: { ...w, startedAt: w.startedAt - hours, firstFailureAt: w.firstFailureAt - hours, nextAt: Date.now() } });
    await chrome.alarms.create(key, { when: Date.now() });
  }, tabId);
  const ended = await waitForWatch(tabId, (w) => w?.status === 'ended', 10_000);
  assert.equal(ended.reason, 'time_exhausted');
  await waitForNotification(`watch:${tabId}:${ended.startedAt}`);
  await world.until((p) => /^Stopped watching: it still failed after 3 h/.test(p.watch ?? ''), 5000);
  await (await s.worker()).evaluate((n) => chrome.notifications.clear(n), `watch:${tabId}:${ended.startedAt}`);
  await page.close();
  s.lab.reset();
});

test('notifications refused: the watch still says "back" on the badge and in the tab\'s title', { timeout: 90_000 }, async () => {
  const refused = await launch({ grantNotifications: false });
  try {
    await fixRandom(0, refused);
    refused.lab.sequence('chatgpt.com', '/c/refused', ['nginx502', 'nginx502']);
    const { page, tabId, world } = await open('https://chatgpt.com/c/refused', refused);
    await refused.waitForIncident(tabId, (i) => i?.diagnosis.cause === 'bad_gateway');
    const asking = refused.context.waitForEvent('page', { predicate: (p) => p.url().includes('/watch/allow.html'), timeout: 10_000 });
    await clickBanner(page, world, "Notify me when it's back");
    // The first time, our window says why and offers the browser's prompt; the user says "Not now".
    const allow = await asking;
    await allow.waitForFunction(() => !!document.getElementById('text')?.textContent); // once it asked the worker
    assert.match(await allow.textContent('#text') ?? '', /chatgpt\.com/);
    await axe(allow);
    await allow.click('#not-now');
    await waitForWatch(tabId, (w) => w?.status === 'watching', 10_000, refused);
    const other = await goElsewhere(refused);
    // Check 1 (2 s) finds a 502; the lab heals; check 2 finds the page.
    await waitForWatch(tabId, (w) => w?.attempt === 1, 10_000, refused);
    refused.lab.set('chatgpt.com', '/c/refused', 'chatApp');
    refused.lab.sequences.clear();
    await waitForWatch(tabId, (w) => w?.status === 'back', 60_000, refused);
    assert.equal(await refused.waitForBadge(tabId, 'back'), 'back');
    await page.waitForFunction(() => document.title.startsWith('✓ Back · '), null, { timeout: 5000 }); // the page is told last
    assert.equal(await (await refused.worker()).evaluate(() => typeof chrome.notifications), 'undefined', 'no notification permission');
    const settings = await (await refused.worker()).evaluate(async () => (/** @type {any} */ (await chrome.storage.local.get('settings'))).settings);
    assert.equal(settings.notifyAsked, true, 'asked once');
    await other.close();
    await page.close();
  } finally {
    await refused.close();
  }
});
