// chatmedic in real Firefox: the same sources as the Chromium suite (tests/e2e/), packaged by
// `make build` with Firefox's manifest, installed as a temporary add-on, against the same lab.
// Smaller than Chromium's suite: one test per thing that could differ between the browsers —
// the webRequest sensor and badge, the content script and banner (and its MAIN-world page
// hook), the diagnostic page over Firefox's own error page, the popup — and no error in the
// add-on's console throughout.
import { test, before, beforeEach, after } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { mkdirSync } from 'node:fs';
import { launch } from './harness.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SCREENSHOTS = path.join(root, 'docs', 'screenshots');

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
