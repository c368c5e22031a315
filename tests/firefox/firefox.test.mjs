// chatmedic in real Firefox: the same sources as the Chromium suite (tests/e2e/), packaged by
// `make build` with Firefox's manifest, installed as a temporary add-on, against the same lab.
// Smaller than Chromium's suite: one test per thing that could differ between the browsers —
// the webRequest sensor and badge, the content script and banner (and its MAIN-world page
// hook), the diagnostic page over Firefox's own error page, the popup, auto-refresh's reloads,
// the watch's checks, permission and notification from an event page — and no error in the
// add-on's console throughout.
import { test, before, beforeEach, after } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { mkdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { launch, ELEMENT } from './harness.mjs';
import { SCREENSHOTS } from '../harness.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** @type {Awaited<ReturnType<typeof launch>>} */
let ff;
before(async () => {
  ff = await launch();
  console.log(`# ${ff.versions()}`);
  // The console check below can fail: an error the add-on logs reaches the log the test reads.
  await ff.inExtension("console.error('chatmedic-harness: the console reaches the test'); return null;");
  await ff.until('the add-on console in the log', async () => ff.addonErrors().length, (n) => n === 1, 5000);
  ff.addonErrors = ((all) => () => all().slice(1))(ff.addonErrors);
});
beforeEach(async () => {
  await ff.newTab(); // a fresh tab per test, as Chromium's suite opens a fresh page
});
after(async () => {
  await ff?.close();
});

test('chatgpt.com answers 502 with an nginx page: the badge says 502 and the banner says what happened', async () => {
  ff.lab.set('chatgpt.com', '/', 'nginx502');
  try {
    await ff.goto('https://chatgpt.com/');
    const tabId = await ff.until('the tab', () => ff.tabIdOf('https://chatgpt.com/'), (id) => id >= 0);
    const incident = await ff.until('the incident', () => ff.incident(tabId), (i) => !!i);
    assert.equal(incident.diagnosis.cause, 'bad_gateway');
    assert.equal(incident.diagnosis.side, 'service');
    assert.equal(incident.evidence.httpStatus, 502, 'webRequest saw the status, with the tab id');
    // Firefox resets a tab's badge when the page commits, which can come after the worker set it.
    await ff.until('the badge', () => ff.badge(tabId), (b) => b === '502');
    const banner = await ff.until('the banner', () => ff.banner(), (b) => !!b);
    assert.ok(banner);
    assert.match(banner.text, /502/, `banner: ${JSON.stringify(banner)}`);
    assert.ok(banner.buttons.includes('Reload'), `a Reload button: ${JSON.stringify(banner.buttons)}`);
    await new Promise((r) => setTimeout(r, 300)); // the banner's entrance animation
    mkdirSync(SCREENSHOTS, { recursive: true });
    await ff.screenshot('banner-502-firefox', path.join(SCREENSHOTS, 'banner-502-firefox.png'));
    // The page has loaded and drawn the banner: the badge is still there (not reset by the commit).
    assert.equal(await ff.badge(tabId), '502', 'the badge after the page loaded');

    // The popup, opened as a page for this tab, renders the same diagnosis.
    await ff.focus(ff.stateHandle);
    await ff.wd('POST', '/url', { url: ff.url(`popup/popup.html?tab=${tabId}`) });
    const popup = await ff.until('the popup', () => ff.wd('POST', '/execute/sync', {
      script: 'return document.getElementById("tab-body").innerText;', args: [],
    }), (t) => /502|gateway/i.test(t));
    assert.match(popup, /Reload/i, `the popup lists the fixes: ${popup}`);
    await ff.wd('POST', '/url', { url: ff.url('options/options.html') });
  } finally {
    ff.lab.reset();
  }
});

test('chatgpt.com answers 503 with Retry-After: webRequest saw the response, in this tab', async () => {
  // Only the background's webRequest sensor reads response headers: the content script cannot.
  ff.lab.set('chatgpt.com', '/', 'unavailable503');
  try {
    await ff.goto('https://chatgpt.com/');
    const tabId = await ff.until('the tab', () => ff.tabIdOf('https://chatgpt.com/'), (id) => id >= 0);
    const incident = await ff.until('the incident with the header', () => ff.incident(tabId), (i) => i?.evidence?.retryAfter === '120');
    assert.equal(incident.evidence.httpStatus, 503);
    assert.equal(incident.url, 'https://chatgpt.com/');
  } finally {
    ff.lab.reset();
  }
});

test('the chat app draws "Too many requests": the banner says so, and the badge follows', async () => {
  await ff.goto('https://chatgpt.com/');
  const tabId = await ff.until('the tab', () => ff.tabIdOf('https://chatgpt.com/'), (id) => id >= 0);
  assert.equal(await ff.banner(), null, 'no banner on a page that works');
  await ff.until('the clean load clears the last incident', () => ff.incident(tabId), (i) => i === null);
  await ff.wd('POST', '/execute/sync', {
    script: 'window.labApp.showError(arguments[0], { role: "alert" });',
    args: ['Too many requests in 1 hour. Try again later.'],
  });
  const banner = await ff.until('the banner', () => ff.banner(), (b) => !!b);
  assert.ok(banner);
  const incident = await ff.until('the incident', () => ff.incident(tabId), (i) => !!i);
  assert.equal(incident.diagnosis.cause, 'rate_limited', JSON.stringify(incident.diagnosis));
  assert.ok(banner.text.length > 0, JSON.stringify(banner));
  await ff.until('the badge', () => ff.badge(tabId), (b) => b === incident.diagnosis.badge);
});

test('Gemini\'s answer request fails 429: the MAIN-world page hook hands its body over, and the banner says rate limit', async () => {
  const stream = '/_/BardChatUi/data/assistant.lamda.BardFrontendService/StreamGenerate';
  ff.lab.set('gemini.google.com', '/', 'appPage').set('gemini.google.com', stream, 'geminiRateLimit429');
  try {
    await ff.goto('https://gemini.google.com/');
    const tabId = await ff.until('the tab', () => ff.tabIdOf('https://gemini.google.com/'), (id) => id >= 0);
    // The page cannot tell when the content script (document_idle) listens: like a user, send
    // again until chatmedic answers (the hook itself runs from document_start).
    /** @type {any} */
    let banner = null;
    for (let i = 0; i < 10 && !banner; i += 1) {
      const status = await ff.wd('POST', '/execute/async', {
        script: 'window.labApps.send(arguments[0]).then(arguments[1], (e) => arguments[1](String(e)));',
        args: [`${stream}?bl=boq_assistant&rt=c`],
      });
      assert.equal(status, 429);
      banner = await ff.until('the banner', () => ff.banner(), (b) => !!b, 1000).catch(() => null);
    }
    assert.ok(banner, 'a banner');
    assert.match(banner.text, /limit|too many/i, banner.text);
    // Only the page hook's event makes the content script report here (the app drew nothing):
    // a banner means the MAIN-world hook ran in Firefox and handed over the failed response.
    const incident = await ff.until('the incident', () => ff.incident(tabId), (i) => !!i);
    assert.equal(incident.diagnosis.cause, 'rate_limited');
  } finally {
    ff.lab.reset();
  }
});

test('claude.ai does not resolve: the diagnostic page replaces Firefox\'s own error page, with the badge', async () => {
  ff.proxy.notFound.add('claude.ai');
  try {
    await ff.goto('https://claude.ai/');
    const page = await ff.until('our diagnostic page', () => ff.currentUrl(), (u) => u.startsWith(ff.url('diagnostic/')));
    const params = new URL(page).searchParams;
    assert.equal(params.get('url'), 'https://claude.ai/');
    assert.equal(params.get('error'), 'NS_ERROR_UNKNOWN_HOST', 'Firefox names the DNS failure');
    const tabId = Number(params.get('tab'));
    const incident = await ff.until('the incident', () => ff.incident(tabId), (i) => !!i);
    assert.equal(incident.diagnosis.cause, 'dns', JSON.stringify(incident.diagnosis));
    assert.equal(incident.diagnosis.side, 'network');
    const shown = await ff.until('the page renders the diagnosis', () => ff.wd('POST', '/execute/sync', {
      script: 'return document.body.innerText;', args: [],
    }), (t) => /NS_ERROR_UNKNOWN_HOST/.test(t));
    assert.doesNotMatch(shown, /undefined|null/, shown);
    await ff.until('the badge', () => ff.badge(tabId), (b) => b === incident.diagnosis.badge);
  } finally {
    ff.proxy.notFound.delete('claude.ai');
  }
});

test('webRequest\'s 429 and the page hook\'s body for one request: the incident keeps both (one writer per tab)', async () => {
  const stream = '/_/BardChatUi/data/assistant.lamda.BardFrontendService/StreamGenerate';
  ff.lab.set('gemini.google.com', '/', 'appPage').set('gemini.google.com', stream, 'geminiRateLimit429');
  try {
    await ff.goto('https://gemini.google.com/');
    const tabId = await ff.until('the tab', () => ff.tabIdOf('https://gemini.google.com/'), (id) => id >= 0);
    for (let i = 0; i < 10 && !(await ff.banner()); i += 1) {
      await ff.wd('POST', '/execute/async', {
        script: 'window.labApps.send(arguments[0]).then(arguments[1], (e) => arguments[1](String(e)));',
        args: [`${stream}?bl=boq_assistant&rt=c`],
      });
      await new Promise((r) => setTimeout(r, 500));
    }
    await ff.until('the incident names the code in the body', () => ff.incident(tabId),
      (i) => !!i?.diagnosis.why.includes('gemini_error_8'), 5000);
  } finally {
    ff.lab.reset();
  }
});

test('the install opens the welcome page and asks no shared host: nothing is registered or granted on github.com', async () => {
  assert.equal(ff.welcomeOpened, true, 'the welcome page opened on install');
  const state = await ff.inExtension(`return {
    granted: await chrome.permissions.contains({ origins: ['https://github.com/*', 'https://www.google.com/*'] }),
    registered: (await chrome.scripting.getRegisteredContentScripts()).map((c) => c.id),
    hosts: chrome.runtime.getManifest().host_permissions,
  };`);
  assert.equal(state.granted, false);
  assert.deepEqual(state.registered, []);
  assert.ok(state.hosts.length <= 19 && !state.hosts.some((/** @type {string} */ h) => /github\.com|huggingface|www\.google/.test(h)), JSON.stringify(state.hosts));
});

// ── Auto-refresh in Firefox ─────────────────────────────────────────────────────────────────
// Firefox reports two "loading" updates for one reload where Chromium reports one: a run that
// counted them took its own retry for the user's navigation, started over at every retry and
// never backed off. These hold the run to its record across every reload.

/** Auto-refresh on or off for sites, as the options page stores it. @param {Record<string, boolean>} sites */
async function autoRefresh(sites) {
  await ff.inExtension(`const { settings = {} } = await chrome.storage.local.get('settings');
    await chrome.storage.local.set({ settings: { ...settings, autoRefresh: { ...(settings.autoRefresh ?? {}), ...args[0] } } });`, [sites]);
}

/**
 * The background draws every jitter from Math.random: fixing it makes each delay the one the
 * core gives for that number (`chatmedic schedule` says which). Firefox's background is an
 * event page, whose window an extension page may reach.
 * @param {number} r
 */
async function fixRandom(r) {
  await ff.inExtension('const bg = await browser.runtime.getBackgroundPage(); bg.Math.random = () => args[0];', [r]);
}

/** The tab's auto-refresh run, as the background keeps it. @param {number} tabId @returns {Promise<any>} */
function autoRun(tabId) {
  return ff.inExtension('const k = `auto:${args[0]}`; return (await chrome.storage.session.get(k))[k] ?? null;', [tabId]);
}

/** What the core's `schedule` answers for these inputs (the CLI: the same core as the wasm). @param {object[]} inputs */
function scheduleOf(inputs) {
  const out = execFileSync('cargo', ['run', '-q', '-p', 'chatmedic', '--', 'schedule', '--jsonl'],
    { cwd: root, encoding: 'utf8', input: inputs.map((i) => JSON.stringify(i)).join('\n') });
  return out.trim().split('\n').map((l) => JSON.parse(l));
}

/**
 * Follows the tab's run until `end` holds, recording every state it was seen in; fails if the
 * run was lost or went back (its attempts never fall, the run is never removed midway).
 * @param {number} tabId @param {(r: any) => boolean} end
 */
async function followRun(tabId, end, timeout = 60_000) {
  /** @type {any[]} */
  const seen = [];
  const stop = Date.now() + timeout;
  while (Date.now() < stop) {
    const r = await autoRun(tabId);
    const last = seen[seen.length - 1];
    if (JSON.stringify(r) !== JSON.stringify(last)) seen.push(r);
    if (last && r === null) assert.fail(`the run was removed midway: ${trace(seen)}`);
    if (r && last && r.attempt < last.attempt) assert.fail(`the run went back: ${trace(seen)}`);
    if (r && end(r)) return { run: r, seen };
  }
  throw new Error(`the run never ended: ${trace(seen)}`);
}

/** @param {any[]} seen */
function trace(seen) {
  return seen.map((r) => (r ? `${r.status} attempt=${r.attempt}` : 'none')).join(' → ');
}

test('auto-refresh: a 502 that heals after two retries ends "Back after 2 attempts", its attempts kept across the reloads', async () => {
  await autoRefresh({ chatgpt: true });
  const r = 0.02;
  await fixRandom(r);
  ff.lab.sequence('chatgpt.com', '/c/heal', ['nginx502', 'nginx502', 'chatApp']);
  try {
    await ff.goto('https://chatgpt.com/c/heal');
    const tabId = await ff.until('the tab', () => ff.tabIdOf('https://chatgpt.com/c/heal'), (id) => id >= 0);
    await ff.until('the run', () => autoRun(tabId), (x) => x?.status === 'waiting');
    const { run: done, seen } = await followRun(tabId, (x) => x.status === 'done', 40_000);
    assert.equal(done.attempt, 2, trace(seen));
    assert.deepEqual(seen.filter((x) => x?.status === 'retrying').map((x) => x.attempt), [1, 2], trace(seen));

    // The lab saw the first request and two retries; each gap is the delay the core chose.
    const times = ff.lab.times('chatgpt.com', '/c/heal');
    assert.equal(times.length, 3, `requests at ${JSON.stringify(times)}`);
    const chosen = done.decisions.map((/** @type {any} */ d) => d.afterMs);
    const expected = scheduleOf([0, 1].map((attempt) => ({ cause: 'bad_gateway', attempt, random: r })));
    assert.deepEqual(chosen, expected.map((d) => d.afterMs), 'the second wait is drawn from the second window');
    assert.ok(chosen[1] > chosen[0], `the window grows: ${chosen}`);
    for (let i = 0; i < 2; i += 1) {
      const gap = times[i + 1] - times[i];
      assert.ok(gap >= chosen[i] - 100 && gap <= chosen[i] + 2500, `retry ${i + 1}: asked after ${gap} ms, chose ${chosen[i]} ms`);
    }
    const note = await ff.until('the banner says how it came back', () => ff.banner(), (b) => /Back after/.test(b?.text ?? ''));
    assert.match(/** @type {any} */ (note).text, /Back after 2 attempts, \d+ s/);
  } finally {
    ff.lab.reset();
    await autoRefresh({ chatgpt: false });
  }
});

test('auto-refresh: a 502 that never heals waits longer each time and stops at the cap on attempts', async () => {
  await autoRefresh({ chatgpt: true });
  // The least jitter the test can afford: each wait is just above the 2-second floor, and
  // still grows with the window it is drawn from.
  const r = 0.001;
  await fixRandom(r);
  ff.lab.set('chatgpt.com', '/c/down', 'nginx502');
  try {
    await ff.goto('https://chatgpt.com/c/down');
    const tabId = await ff.until('the tab', () => ff.tabIdOf('https://chatgpt.com/c/down'), (id) => id >= 0);
    await ff.until('the run', () => autoRun(tabId), (x) => x?.status === 'waiting');
    const { run: stopped, seen } = await followRun(tabId, (x) => x.status === 'stopped', 150_000);
    assert.equal(stopped.reason, 'attempts_exhausted', trace(seen));
    const chosen = stopped.decisions.map((/** @type {any} */ d) => d.afterMs);
    const expected = scheduleOf(chosen.map((/** @type {number} */ _, /** @type {number} */ attempt) => ({ cause: 'bad_gateway', attempt, random: r })));
    assert.deepEqual(chosen, expected.map((d) => d.afterMs), 'every wait is the one the core chose for its attempt');
    assert.equal(stopped.attempt, chosen.length, 'one wait a retry');
    const [cap] = scheduleOf([{ cause: 'bad_gateway', attempt: stopped.attempt, random: r }]);
    assert.deepEqual(cap, { action: 'stop', reason: 'attempts_exhausted' }, 'stopped where the core stops');
    for (let i = 1; i < chosen.length; i += 1) assert.ok(chosen[i] >= chosen[i - 1], `wait ${i + 1} shorter than wait ${i}: ${chosen}`);
    assert.ok(chosen[3] > chosen[0], `the windows grow: ${chosen}`);
    assert.equal(ff.lab.times('chatgpt.com', '/c/down').length, stopped.attempt + 1, 'the first load and one request a retry');
    const banner = await ff.until('the banner says it stopped', () => ff.banner(), (b) => /^Stopped after/.test(b?.auto ?? ''));
    assert.match(/** @type {any} */ (banner).auto, new RegExp(`^Stopped after ${stopped.attempt} attempts: `));
  } finally {
    ff.lab.reset();
    await autoRefresh({ chatgpt: false });
  }
});

// ── "Tell me when it's back" in Firefox ──────────────────────────────────────────────────────
// The Chromium suite's first case (tests/e2e/watch.test.mjs), here on the shipped package: the
// notifications permission is asked at use, from our window, and granted by the click on its
// "Allow notifications" (the suite's profile answers Firefox's prompt: harness.mjs).

/** The tab's watch, as the background keeps it. @param {number} tabId @returns {Promise<any>} */
function watchOf(tabId) {
  return ff.inExtension('const k = `watch:${args[0]}`; return (await chrome.storage.session.get(k))[k] ?? null;', [tabId]);
}

/**
 * The notifications the add-on shows now, as its background sees them (the API it gained when
 * the permission was granted). @returns {Promise<Record<string, boolean>>}
 */
function notifications() {
  return ff.inExtension('const bg = await browser.runtime.getBackgroundPage(); return bg.chrome.notifications ? bg.chrome.notifications.getAll() : {};');
}

/** What `chatmedic watch` answers for these inputs (the CLI: the same core as the wasm). @param {object[]} inputs */
function watchOfCore(inputs) {
  const out = execFileSync('cargo', ['run', '-q', '-p', 'chatmedic', '--', 'watch', '--jsonl'],
    { cwd: root, encoding: 'utf8', input: inputs.map((i) => JSON.stringify(i)).join('\n') });
  return out.trim().split('\n').map((l) => JSON.parse(l));
}

/** The page tab's window handles now. @returns {Promise<string[]>} */
const handles = () => ff.wd('GET', '/window/handles');

test('an answer fails in the app, "Notify me" is clicked, the tab hidden: cookie-less checks, a notification when the lab heals, and its click brings the tab back with the draft', { timeout: 150_000 }, async () => {
  await fixRandom(0); // checks at 2 s, then 40 s later (the core's curve at random 0)
  ff.lab.set('chatgpt.com', '/c/watch', 'chatApp');
  ff.lab.set('chatgpt.com', '/backend-api/', 'apiServerError500');
  /** @type {string|null} */
  let other = null;
  try {
    await ff.goto('https://chatgpt.com/c/watch');
    const tabId = await ff.until('the tab', () => ff.tabIdOf('https://chatgpt.com/c/watch'), (id) => id >= 0);
    await ff.until('the app', () => ff.wd('POST', '/execute/sync', { script: 'return !!window.labApp;', args: [] }), (v) => v === true);
    await ff.wd('POST', '/execute/sync', { script: 'document.cookie = "session=secret; path=/";', args: [] });
    const draft = 'Half a question I have not sent yet, about jitter';
    const [box] = await ff.wd('POST', '/elements', { using: 'css selector', value: '#prompt-textarea' });
    await ff.wd('POST', `/element/${box[ELEMENT]}/click`, {});
    await ff.wd('POST', `/element/${box[ELEMENT]}/value`, { text: draft });
    await ff.wd('POST', '/execute/sync', {
      script: 'window.labApp.showError(arguments[0]);',
      args: ['Something went wrong. If this issue persists please contact us through our help center at help.openai.com.'],
    });
    await ff.until('the incident', () => ff.incident(tabId), (i) => i?.diagnosis.cause === 'server_error');
    await ff.until('"Notify me" in the banner', () => ff.banner(), (b) => !!b?.buttons.includes("Notify me when it's back"));
    const before = await handles();
    await ff.clickBanner("Notify me when it's back");
    const watching = await ff.until('the watch', () => watchOf(tabId), (w) => w?.status === 'watching');
    assert.equal(watching.target, 'api', 'an answer that failed in a loaded page: the API host is checked');
    assert.equal(watching.checkUrl, 'https://chatgpt.com/backend-api/');
    await ff.until('the banner\'s watch line', () => ff.banner(), (b) => /^Watching chatgpt\.com — next check in \d+ s/.test(b?.watch ?? ''), 5000);

    // The first time, from the banner (where no permission can be asked), our window says why
    // and asks; its "Allow notifications" is the click the browser asks from.
    const allow = await ff.until('our window asking for notifications', async () => (await handles()).find((h) => !before.includes(h)), (h) => !!h);
    assert.ok(allow);
    assert.ok((await ff.inExtension('return (await chrome.windows.getAll()).map((w) => w.type);')).includes('popup'),
      'a small window of its own (windows.create type "popup")');
    await ff.focus(allow);
    assert.match(await ff.wd('GET', '/url'), /\/watch\/allow\.html\?tab=\d+$/);
    const [yes] = await ff.until('its button', () => ff.wd('POST', '/elements', { using: 'css selector', value: '#allow' }), (l) => l.length === 1);
    // Its text names the site once the page has asked the worker.
    const text = await ff.until('its text', () => ff.wd('POST', '/execute/sync', { script: 'return document.getElementById("text").textContent;', args: [] }),
      (/** @type {string} */ t) => !!t);
    assert.match(text, /chatgpt\.com/);
    await ff.wd('POST', `/element/${yes[ELEMENT]}/click`, {});
    await ff.until('the window closes itself', handles, (h) => !h.includes(allow));
    await ff.focus(ff.stateHandle);
    assert.equal(await ff.inExtension("return chrome.permissions.contains({ permissions: ['notifications'] });"), true, 'granted from the click');

    // Another tab in front: the user went elsewhere.
    await ff.focus(ff.pageHandle);
    other = /** @type {string} */ ((await ff.wd('POST', '/window/new', { type: 'tab' })).handle);
    await ff.focus(other);
    await ff.wd('POST', '/url', { url: 'https://claude.ai/' });
    // Reads from here on run in the add-on's window, and leave the other tab in front.
    await ff.focus(ff.stateHandle);
    assert.equal(await ff.inExtension('return (await chrome.tabs.get(args[0])).active;', [tabId]), false, 'the tab is hidden');

    // The first check finds the API failing; then the lab heals.
    const first = await ff.until('the first check', () => watchOf(tabId), (w) => w?.attempt === 1, 15_000);
    assert.equal(first.status, 'watching');
    const healedAt = Date.now();
    ff.lab.set('chatgpt.com', '/backend-api/', 'ok');
    const back = await ff.until('back', () => watchOf(tabId), (w) => w?.status === 'back', 90_000);
    const told = Date.now() - healedAt;
    assert.ok(told <= 60_000, `told ${told} ms after the lab healed`);
    const id = `watch:${tabId}:${back.startedAt}`;
    // The worker records the watch's end, then shows the notification.
    await ff.until(`the notification ${id}`, notifications, (shown) => !!shown?.[id], 5000);

    // The waits were the core's; the checks were HEADs without cookies, and the tab was never reloaded.
    const expected = watchOfCore([
      { cause: 'server_error', side: 'service', target: 'api', attempt: 0, random: 0 },
      { cause: 'server_error', side: 'service', target: 'api', attempt: 1, random: 0, check: { httpStatus: 500 } },
    ]);
    assert.deepEqual(expected.map((d) => d.action), ['check', 'check']);
    const checks = ff.lab.log.filter((e) => e.host === 'chatgpt.com' && e.path === '/backend-api/');
    assert.equal(checks.length, 2, JSON.stringify(checks));
    assert.ok(checks.every((c) => c.method === 'HEAD' && !c.cookie), JSON.stringify(checks));
    const gap = checks[1].t - checks[0].t;
    assert.ok(gap >= expected[1].afterMs - 100 && gap <= expected[1].afterMs + 2000, `checked ${gap} ms apart; the core chose ${expected[1].afterMs}`);
    assert.equal(ff.lab.times('chatgpt.com', '/c/watch').length, 1, 'no document request from the hidden tab');
    assert.equal(await ff.inExtension('return (await chrome.tabs.get(args[0])).active;', [tabId]), false, 'still hidden');
    // The badge is set just after the notification is shown.
    assert.equal(await ff.until('the badge "back"', () => ff.badge(tabId), (b) => b === 'back', 5000), 'back');
    assert.equal(await ff.inExtension("return chrome.i18n.getMessage('watch_back_title', ['ChatGPT']);"), 'ChatGPT is back');

    // The click (what a click on the notification does: no WebDriver command clicks one): the
    // tab comes forward, is reloaded once with the draft kept, and the notification goes.
    await ff.inExtension('const bg = await browser.runtime.getBackgroundPage(); await bg.chatmedicNotificationClicked(args[0]);', [id]);
    await ff.until('the tab in front', () => ff.inExtension('return (await chrome.tabs.get(args[0])).active;', [tabId]), (a) => a === true, 5000);
    await ff.until('the reload', async () => ff.lab.times('chatgpt.com', '/c/watch').length, (n) => n === 2, 20_000);
    await ff.until('the tab loaded', () => ff.inExtension('return (await chrome.tabs.get(args[0])).status;', [tabId]), (st) => st === 'complete');
    const restored = await ff.until('the note', () => ff.banner(), (b) => /Your unsent message was restored/.test(b?.note ?? ''), 10_000);
    assert.ok(restored);
    assert.equal(await ff.wd('POST', '/execute/sync', { script: 'return document.getElementById("prompt-textarea").value;', args: [] }), draft);
    assert.equal(await ff.wd('POST', '/execute/sync', { script: 'return document.visibilityState;', args: [] }), 'visible');
    assert.equal(ff.lab.times('chatgpt.com', '/c/watch').length, 2);
    assert.deepEqual(await notifications(), {});
    await ff.until('the watch is over', () => watchOf(tabId), (w) => w === null, 5000);
  } finally {
    if (other) {
      await ff.focus(other);
      await ff.wd('DELETE', '/window');
      await ff.focus(ff.pageHandle);
    }
    ff.lab.reset();
  }
});
