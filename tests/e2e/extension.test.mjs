// The extension as a user meets it, in real headless Chromium against the lab: what the
// popup and the badge say for each failure, the diagnostic page for network failures, a
// worker stopped mid-incident, clearing one site's data, malformed messages, accessibility
// (axe-core) in light and dark, and the README's screenshots.
import { describe, test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { axe } from '../axe.mjs';
import { launch, SCREENSHOTS } from '../harness.mjs';

/** @typedef {Awaited<ReturnType<typeof launch>>} Session */
/** @typedef {import('playwright-core').Page} Page */

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** @type {Record<string, {message: string}>} */
const EN = JSON.parse(readFileSync(path.join(root, 'extension', '_locales', 'en', 'messages.json'), 'utf8'));
const en = (/** @type {string} */ key) => EN[key].message;
/** Each scenario gets a minute at most, so that a hang fails instead of stalling the suite. */
const T = { timeout: 60_000 };

/**
 * Opens a page of a lab host that the lab makes fail with `route`; waits for the incident.
 * @param {Session} s @param {string} host @param {any} route
 */
async function failingPage(s, host, route) {
  s.lab.set(host, '/', route);
  const page = await s.context.newPage();
  await page.goto(`https://${host}/`);
  const tabId = await s.tabIdOf(page);
  const incident = await s.waitForIncident(tabId, (i) => i?.url === `https://${host}/`);
  return { page, tabId, incident };
}

/**
 * The popup for a tab, opened as a page, once it has drawn the tab's state.
 * @param {Session} s @param {number} tabId
 */
async function popupFor(s, tabId) {
  const popup = await s.context.newPage();
  await popup.goto(s.url(`popup/popup.html?tab=${tabId}`));
  await popup.locator('#tab-body > *').first().waitFor();
  await popup.locator('#history-body > *').first().waitFor();
  return popup;
}

/** What the popup says about the tab: cause, headline, whose side, first fix, retry line. */
async function shown(/** @type {Page} */ popup) {
  const d = popup.locator('#tab-body .diagnosis');
  return {
    cause: await d.getAttribute('data-cause'),
    headline: await d.locator('.headline').textContent(),
    side: await d.locator('.side').textContent(),
    firstFix: await d.locator('li.fix').first().getAttribute('data-fix'),
    retry: await d.locator('.retry').textContent(),
  };
}

/**
 * After each scenario: the lab serves its defaults, and only the first tab is left open (so
 * that a failed scenario leaves no tab whose URL the next one could be mistaken for).
 * @param {Session} s
 */
async function cleanUp(s) {
  s.lab.reset();
  for (const page of s.context.pages().slice(1)) await page.close().catch(() => {});
}

/**
 * Lands on the diagnostic page after a network failure of `url`.
 * @param {Session} s @param {string} url
 */
async function diagnosticPageFor(s, url) {
  const page = await s.context.newPage();
  await page.goto(url).catch(() => {}); // the navigation fails; the worker moves the tab
  await untilUrl(page, /\/diagnostic\/diagnostic\.html\?/);
  await page.locator('#diagnosis .diagnosis').waitFor();
  return page;
}

/**
 * Waits until the page shows a URL (waitForURL gives up at the first failed navigation,
 * and here failing navigations are the point).
 * @param {Page} page @param {RegExp|string} want
 */
async function untilUrl(page, want, timeout = 10_000) {
  const end = Date.now() + timeout;
  const ok = (/** @type {string} */ u) => (typeof want === 'string' ? u === want : want.test(u));
  while (!ok(page.url())) {
    if (Date.now() > end) throw new Error(`the page stayed at ${page.url()}, not ${want}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  await page.waitForLoadState('domcontentloaded').catch(() => {});
}

/** @param {Page} page */
async function diagnosticCause(page) {
  return page.locator('#diagnosis .diagnosis').getAttribute('data-cause');
}

describe('HTTP failures: the popup and the badge', () => {
  /** @type {Session} */ let s;
  before(async () => { s = await launch(); });
  afterEach(() => cleanUp(s));
  after(async () => { await s.close(); });

  const cases = /** @type {const} */ ([
    // route, host, cause, side, badge
    ['nginx502', 'chatgpt.com', 'bad_gateway', 'service', '502'],
    ['nginx504', 'chatgpt.com', 'timeout', 'service', '504'],
    ['cloudflare524', 'claude.ai', 'timeout', 'service', '524'],
    ['unavailable503', 'chatgpt.com', 'overloaded', 'service', '503'],
    ['challenge403', 'claude.ai', 'blocked', 'network', null],
    ['firewall1020', 'chatgpt.com', 'blocked', 'network', null],
  ]);
  for (const [route, host, cause, side, code] of cases) {
    test(`${host} answers with ${route}: the popup says ${cause}, on the ${side}'s side, and the badge shows it`, T, async () => {
      const { page, tabId, incident } = await failingPage(s, host, route);
      assert.equal(incident.diagnosis.cause, cause);
      const popup = await popupFor(s, tabId);
      const seen = await shown(popup);
      assert.equal(seen.cause, cause);
      assert.equal(seen.headline, en(`cause_${cause}_headline`));
      assert.equal(seen.side, en(`side_${side}`));
      // The page's text may refine the first diagnosis: the badge follows the incident.
      const badge = await s.waitForIncidentBadge(tabId);
      if (code) assert.equal(badge, code);
      if (cause === 'blocked') assert.notEqual(seen.firstFix, 'reload', 'blocked: not reload first');
      if (route === 'unavailable503') {
        assert.equal(incident.evidence.retryAfter, '120');
        assert.match(seen.retry ?? '', /in 2 minutes \(around .+\)/, 'the Retry-After time is shown');
      }
      await popup.close();
      await page.close();
      s.lab.reset();
    });
  }

  test('the page loads but the site\'s API answers 429: the popup says rate_limited, waiting first, and the badge shows it', T, async () => {
    s.lab.set('chatgpt.com', '/', 'chatApp').set('chatgpt.com', '/backend-api/conversation', 'apiRateLimit429');
    const page = await s.context.newPage();
    const response = await page.goto('https://chatgpt.com/');
    assert.equal(response?.status(), 200, 'the page itself loads');
    await page.evaluate(() => /** @type {any} */ (window).labApp.send('hi'));
    const tabId = await s.tabIdOf(page);
    await s.waitForIncident(tabId, (i) => i?.diagnosis.cause === 'rate_limited');
    const popup = await popupFor(s, tabId);
    const seen = await shown(popup);
    assert.equal(seen.cause, 'rate_limited');
    assert.equal(seen.side, en('side_account'));
    assert.notEqual(seen.firstFix, 'reload', 'rate_limited: never reload first');
    // The page's own error text may refine the API's diagnosis a moment later: the badge
    // follows the incident (the worker writes the incident, then the badge).
    await s.waitForIncidentBadge(tabId);
    await popup.close();
    await page.close();
    s.lab.reset();
  });

  test('a tab without problems: the popup says so calmly and shows the site\'s last 24 hours', T, async () => {
    const page = await s.context.newPage();
    await page.goto('https://chatgpt.com/');
    const tabId = await s.tabIdOf(page);
    const popup = await popupFor(s, tabId);
    assert.equal(await popup.locator('.calm-headline').textContent(), en('popup_no_problem'));
    const chart = popup.locator('.timeline svg[role="img"]');
    assert.equal(await chart.count(), 1, 'one chart for the site');
    assert.ok((await chart.locator('rect').count()) > 0, 'earlier incidents are drawn');
    assert.match(await popup.locator('.timeline p').textContent() ?? '', /incidents on ChatGPT in the last 24 hours/);
    await popup.close();
    await page.close();
  });

  test('"Diagnose a message": a pasted Copilot error is diagnosed in the popup', T, async () => {
    const popup = await s.context.newPage();
    await popup.goto(s.url('popup/popup.html'));
    await popup.locator('#diagnose-text').fill('Sorry, your request failed. Please try again. Request id: 1234\n\nReason: Server error: 503');
    await popup.locator('#diagnose-site').selectOption('github_copilot');
    await popup.getByRole('button', { name: en('diagnose_button') }).click();
    const result = popup.locator('#diagnose-result .diagnosis');
    await result.waitFor();
    assert.equal(await result.getAttribute('data-cause'), 'overloaded');
    await popup.close();
  });

  test('"Diagnose a message" reads other languages by their words, and network errors by name', T, async () => {
    const popup = await s.context.newPage();
    await popup.goto(s.url('popup/popup.html'));
    for (const [text, cause] of [
      ['Claude.ai ist in Ihrer Region nicht verfügbar', 'blocked'],
      ['Достигнут предел длины. Пожалуйста, начните новый чат', 'too_large'],
      ['net::ERR_SOCKET_NOT_CONNECTED', 'connection'],
    ]) {
      await popup.locator('#diagnose-text').fill(text);
      await popup.getByRole('button', { name: en('diagnose_button') }).click();
      await popup.waitForFunction((want) => document.querySelector('#diagnose-result .diagnosis')?.getAttribute('data-cause') === want, cause, { timeout: 3000 });
    }
    await popup.close();
  });

  test('the worker is stopped (CDP) in the middle of an incident: the popup still shows it', T, async () => {
    const { page, tabId } = await failingPage(s, 'chatgpt.com', 'nginx502');
    const cdp = await s.context.newCDPSession(page);
    const { targetInfos } = await cdp.send('Target.getTargets');
    const worker = targetInfos.find((t) => t.type === 'service_worker' && t.url.includes(s.extensionId));
    assert.ok(worker, 'the worker\'s target');
    await cdp.send('Target.closeTarget', { targetId: worker.targetId });
    for (let i = 0; i < 50; i++) { // until the browser no longer lists it
      const { targetInfos: now } = await cdp.send('Target.getTargets');
      if (!now.some((t) => t.targetId === worker.targetId)) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    await cdp.detach();
    const popup = await popupFor(s, tabId); // its message wakes a fresh worker
    assert.equal((await shown(popup)).cause, 'bad_gateway');
    await popup.close();
    await page.close();
    s.lab.reset();
  });

  test('copy report: plain text with the site, cause and evidence, nothing else of the page', T, async () => {
    const { page, tabId } = await failingPage(s, 'chatgpt.com', 'nginx502');
    const popup = await popupFor(s, tabId);
    // Headless has no system clipboard to read back (and extension origins cannot be granted
    // clipboard-read): keep what the popup writes.
    await popup.evaluate(() => {
      navigator.clipboard.writeText = async (text) => { /** @type {any} */ (window).copied = text; };
    });
    await popup.getByRole('button', { name: en('copy_report') }).click();
    await popup.locator('#action-status', { hasText: en('copy_done') }).waitFor();
    const text = await popup.evaluate(() => /** @type {string} */ (/** @type {any} */ (window).copied));
    assert.match(text, /Site: ChatGPT \(https:\/\/chatgpt\.com\)/);
    assert.match(text, /\[bad_gateway\]/);
    assert.match(text, /HTTP status: 502/);
    assert.doesNotMatch(text, /<\w/, 'no page markup');
    await popup.close();
    await page.close();
    s.lab.reset();
  });

  test('clear this site\'s data: asks first, then removes that site\'s cookies and nothing else', T, async () => {
    await s.context.clearCookies();
    await s.context.addCookies([
      { name: 'session', value: 'chatgpt', domain: 'chatgpt.com', path: '/', secure: true, sameSite: 'Lax' },
      { name: 'session', value: 'claude', domain: 'claude.ai', path: '/', secure: true, sameSite: 'Lax' },
    ]);
    const { page, tabId, incident } = await failingPage(s, 'chatgpt.com', 'cookieTooLarge400');
    assert.ok(incident.diagnosis.fixes.includes('clear_site_data'), `fixes: ${incident.diagnosis.fixes}`);
    const popup = await popupFor(s, tabId);
    await popup.locator('button[data-fix="clear_site_data"]').click();
    await popup.locator('#confirm').waitFor({ state: 'visible' }); // a confirmation step first
    assert.equal((await s.context.cookies()).length, 2, 'nothing cleared before confirming');
    // The confirming click is the user gesture that asks for the optional browsingData permission.
    await popup.locator('#confirm-yes').click();
    await popup.locator('#action-status', { hasText: 'Cleared the data of chatgpt.com' }).waitFor();
    const cookies = await s.context.cookies();
    assert.deepEqual(cookies.map((c) => c.domain), ['claude.ai'], 'only chatgpt.com\'s cookie is gone');
    const tried = /** @type {any} */ (await s.incident(tabId));
    assert.ok(!tried || tried.tried.includes('clear_site_data'), 'the worker knows what was tried');
    await popup.close();
    await page.close();
    s.lab.reset();
  });

  test('options: a site unticked and the diagnostic page turned off are saved to settings', T, async () => {
    const options = await s.context.newPage();
    await options.goto(s.url('options/options.html'));
    const claude = options.locator('#site-claude');
    await claude.waitFor();
    assert.ok(await claude.isChecked(), 'every site is watched at first');
    await claude.uncheck();
    await options.getByLabel(en('options_diagnostic_page')).uncheck();
    await options.locator('#saved', { hasText: en('options_saved') }).waitFor();
    const w = await s.worker();
    const settings = /** @type {any} */ (await w.evaluate(async () => (await chrome.storage.local.get('settings')).settings));
    assert.equal(settings.sites.claude, false);
    assert.equal(settings.diagnosticPage, false);
    assert.equal(settings.banner, true);
    await w.evaluate(() => chrome.storage.local.remove('settings')); // back to the defaults
    assert.match(await options.locator('#about').textContent() ?? '', /chatmedic \d+\.\d+\.\d+, diagnosis core \S+/);
  });

  test('malformed messages to the worker get errors naming the problem; the worker keeps answering', T, async () => {
    const popup = await s.context.newPage();
    await popup.goto(s.url('popup/popup.html'));
    const replies = await popup.evaluate(async () => {
      const garbage = [42, 'hello', [], {}, { type: 7 }, { type: 'launch-missiles' }, { type: 'tab-state' },
        { type: 'tab-state', tabId: -1 }, { type: 'diagnose' }, { type: 'diagnose', evidence: { httpStatus: '502' } },
        { type: 'tried', tabId: 1 }, { type: 'history', site: '' }, { type: 'diagnose', evidence: { text: 'x'.repeat(20000) } }];
      const out = [];
      for (const g of garbage) {
        try {
          out.push(await chrome.runtime.sendMessage(g));
        } catch (e) {
          out.push({ thrown: String(e) });
        }
      }
      return out;
    });
    const expected = [/message/, /message/, /message/, /message\.type/, /message\.type/, /unknown type/, /tabId/, /tabId/,
      /evidence/, /evidence\.httpStatus/, /fix/, /site/, /evidence\.text/];
    replies.forEach((reply, i) => {
      assert.equal(reply?.ok, false, `garbage #${i} is refused: ${JSON.stringify(reply)}`);
      assert.match(reply.error, expected[i]);
    });
    const after = await popup.evaluate(() => chrome.runtime.sendMessage({ type: 'sites' }));
    assert.equal(after.ok, true, 'the worker still answers');
    assert.ok(after.sites.length >= 11);
    await popup.close();
  });
});

describe('network failures: the diagnostic page', () => {
  /** @type {Session} */ let s;
  before(async () => { s = await launch({ notFound: ['claude.ai'] }); });
  afterEach(async () => { await s.context.setOffline(false); await cleanUp(s); });
  after(async () => { await s.close(); });

  test('chatgpt.com resets the connection: the diagnostic page says connection, checks who answers (only the site fails: not your network); "Try again" returns once the lab serves it', T, async () => {
    s.lab.set('chatgpt.com', '/', 'resetSocket');
    const page = await diagnosticPageFor(s, 'https://chatgpt.com/');
    assert.equal(await diagnosticCause(page), 'connection');
    // The check runs by itself for a connection failure; status.openai.com and another host answer.
    await page.locator('#reach .reach-verdict').waitFor();
    assert.equal(await page.locator('#reach .reach-verdict').textContent(), en('why_reach_only_site_fails'));
    assert.equal(await page.locator('.side').textContent(), en('side_service'));
    assert.match(await page.locator('h1').textContent() ?? '', /chatgpt\.com/);
    s.lab.set('chatgpt.com', '/', 'ok');
    await page.getByRole('button', { name: en('diag_try_again') }).click();
    await untilUrl(page, 'https://chatgpt.com/');
    assert.equal(await page.locator('h1').textContent(), 'chatgpt.com works');
    await page.close();
    s.lab.reset();
  });

  test('Back from the diagnostic page leaves it (the failed URL is let through once)', T, async () => {
    s.lab.set('chatgpt.com', '/', 'resetSocket');
    const page = await s.context.newPage();
    await page.goto(s.url('options/options.html'));
    await page.goto('https://chatgpt.com/').catch(() => {});
    await untilUrl(page, /\/diagnostic\/diagnostic\.html\?/);
    await page.locator('#diagnosis .diagnosis').waitFor();
    await page.goBack().catch(() => {}); // to the failed URL, which fails again
    await page.waitForTimeout(2500); // Chrome reloads its error page by itself after a second
    assert.doesNotMatch(page.url(), /diagnostic\.html/, 'Back left the diagnostic page, and stays left');
    await page.goBack().catch(() => {});
    await untilUrl(page, s.url('options/options.html'));
    await page.close();
    s.lab.reset();
  });

  test('claude.ai does not resolve: the diagnostic page says dns', T, async () => {
    const page = await diagnosticPageFor(s, 'https://claude.ai/');
    assert.equal(await diagnosticCause(page), 'dns');
    assert.match(await page.locator('#error-code').textContent() ?? '', /ERR_NAME_NOT_RESOLVED/);
    await page.close();
  });

  test('offline: the diagnostic page says offline, and going back online retries by itself', T, async () => {
    await s.context.setOffline(true);
    const page = await diagnosticPageFor(s, 'https://chatgpt.com/');
    assert.equal(await diagnosticCause(page), 'offline');
    assert.equal(await page.locator('#online-status').textContent(), en('diag_offline_wait'));
    await s.context.setOffline(false);
    await untilUrl(page, 'https://chatgpt.com/');
    await page.close();
  });

  test('light: axe finds nothing in the popup, the options and the diagnostic page; screenshots for the README', T, async () => {
    await seedHistory(s);
    const { page, tabId } = await failingPage(s, 'chatgpt.com', 'nginx502');
    const popup = await popupFor(s, tabId);
    await axe(popup);
    await shoot(popup, 'popup-light', 380);
    const options = await s.context.newPage();
    await options.goto(s.url('options/options.html'));
    await options.locator('#sites input[type=checkbox]').first().waitFor();
    await options.locator('#about').filter({ hasText: /\d/ }).waitFor();
    await axe(options);
    await shoot(options, 'options', 800);
    s.lab.set('chatgpt.com', '/', 'resetSocket');
    const diag = await diagnosticPageFor(s, 'https://chatgpt.com/');
    await diag.locator('#reach .reach-verdict').waitFor();
    await diag.locator('#provider-status:not([data-kind="checking"])').waitFor();
    await axe(diag);
    await shoot(diag, 'diagnostic', 800);
    for (const p of [popup, options, diag, page]) await p.close();
    s.lab.reset();
  });
});

describe('a proxy that fails', () => {
  test('the browser\'s proxy is down: the diagnostic page says proxy', T, async () => {
    const s = await launch({ proxy: '127.0.0.1:9' });
    try {
      const page = await diagnosticPageFor(s, 'https://chatgpt.com/');
      assert.equal(await diagnosticCause(page), 'proxy');
      assert.match(await page.locator('#error-code').textContent() ?? '', /ERR_PROXY_CONNECTION_FAILED/);
    } finally {
      await s.close();
    }
  });
});

describe('dark', () => {
  test('dark: axe finds nothing in the popup, the options and the diagnostic page', T, async () => {
    const s = await launch({ colorScheme: 'dark' });
    try {
      await seedHistory(s);
      const { tabId } = await failingPage(s, 'chatgpt.com', 'nginx502');
      const popup = await popupFor(s, tabId);
      await axe(popup);
      await shoot(popup, 'popup-dark', 380);
      const options = await s.context.newPage();
      await options.goto(s.url('options/options.html'));
      await options.locator('#sites input[type=checkbox]').first().waitFor();
      await axe(options);
      s.lab.set('chatgpt.com', '/', 'resetSocket');
      const diag = await diagnosticPageFor(s, 'https://chatgpt.com/');
      await axe(diag);
    } finally {
      await s.close();
    }
  });
});

/**
 * Earlier incidents of the day for the screenshots' timeline, as the worker would have
 * recorded them (a fresh profile has none older than the test).
 * @param {Session} s
 */
async function seedHistory(s) {
  const w = await s.worker();
  await w.evaluate(async () => {
    const now = Date.now();
    const h = 60 * 60 * 1000;
    const chatgpt = [[20.2, 'bad_gateway', 'service'], [20.1, 'bad_gateway', 'service'], [13.5, 'rate_limited', 'account'],
      [7.3, 'connection', 'network'], [3.2, 'timeout', 'service'], [3.1, 'overloaded', 'service'], [3.05, 'overloaded', 'service'], [1.4, 'dns', 'network']]
      .map(([ago, cause, side]) => ({ t: now - Number(ago) * h, cause, side }));
    const history = /** @type {Record<string, {t: number}[]>} */ ((await chrome.storage.local.get('history')).history ?? {});
    history.chatgpt = [...chatgpt, ...(history.chatgpt ?? [])].sort((a, b) => a.t - b.t);
    await chrome.storage.local.set({ history });
  });
}

/** @param {Page} page @param {string} name @param {number} width */
async function shoot(page, name, width) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.setViewportSize({ width, height: 600 });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}
