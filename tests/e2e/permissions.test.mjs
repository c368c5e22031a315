// What the install asks, and what is asked later: the shipped package (no host granted but those
// of its manifest) in real headless Chromium. Hosts shared with much else — github.com (GitHub
// Copilot Chat), huggingface.co (HuggingChat), www.google.com (Google's status dashboard) — are
// optional: nothing runs on them and nothing is read from them until the user switches them on,
// and then their content scripts are registered. The welcome page opens on install. Chrome's
// permission prompt cannot be answered by a test: the granted case runs in a profile seeded with
// the hosts (the harness's default launch), as a user who said yes would have it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { axe } from '../axe.mjs';
import { launch, EXTENSION_DIR } from '../harness.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SHARED = ['https://github.com/*', 'https://huggingface.co/*', 'https://www.google.com/*'];

/** @type {Awaited<ReturnType<typeof launch>>} */
let s;
before(async () => {
  s = await launch({ grantShared: false, grantNotifications: false });
});
after(async () => {
  await s?.close();
});

test('the install asks for the chat sites and their status hosts only: no shared host', () => {
  for (const browser of ['chromium', 'firefox']) {
    const manifest = JSON.parse(readFileSync(path.join(root, 'dist', `chatmedic-${browser}`, 'manifest.json'), 'utf8'));
    const hosts = /** @type {string[]} */ (manifest.host_permissions);
    assert.ok(hosts.length <= 19, `${browser}: ${hosts.length} hosts at install: ${hosts}`);
    for (const shared of SHARED) {
      assert.ok(!hosts.includes(shared), `${browser}: ${shared} is not asked at install`);
      assert.ok(manifest.optional_host_permissions.includes(shared), `${browser}: ${shared} is asked at use`);
    }
    const matches = manifest.content_scripts.flatMap((/** @type {any} */ c) => c.matches);
    assert.ok(!matches.some((/** @type {string} */ m) => /github\.com|huggingface\.co/.test(m)), `${browser}: no content script declared on a shared host`);
  }
  assert.equal(EXTENSION_DIR.endsWith('chatmedic-chromium'), true);
});

test('the welcome page opens on install, says what chatmedic does, and offers the shared sites switched off; axe finds nothing', async () => {
  assert.equal(s.welcomeOpened, true, 'the welcome page opened on install');
  const page = await s.context.newPage();
  await page.goto(s.url('welcome/welcome.html'));
  await page.locator('#shared-hosts input').first().waitFor();
  assert.match(await page.locator('#watched').textContent() ?? '', /ChatGPT.*Claude/);
  const switches = await page.locator('#shared-hosts input').evaluateAll((els) => els.map((e) => ({ id: e.id, on: /** @type {HTMLInputElement} */ (e).checked })));
  assert.deepEqual(switches.map((x) => x.id).sort(), ['site-github_copilot', 'site-huggingchat', 'status-gemini']);
  assert.ok(switches.every((x) => !x.on), `all off until granted: ${JSON.stringify(switches)}`);
  assert.equal(await page.locator('h1').textContent(), 'chatmedic is ready');
  await axe(page);
  await page.close();
});

test('before the user switches a shared site on, nothing runs on it: no content script, no incident, the options switch is off', async () => {
  const w = await s.worker();
  const state = await w.evaluate(async (origins) => ({
    granted: await chrome.permissions.contains({ origins }),
    registered: (await chrome.scripting.getRegisteredContentScripts()).map((c) => c.id),
  }), ['https://github.com/*']);
  assert.deepEqual(state, { granted: false, registered: [] });
  s.lab.set('github.com', '/copilot', 'nginx502');
  const page = await s.context.newPage();
  await page.goto('https://github.com/copilot').catch(() => {});
  const tabId = await s.tabIdOf(page);
  await new Promise((r) => setTimeout(r, 1500));
  assert.equal(await s.incident(tabId), null, 'webRequest reports nothing of a host not granted');
  assert.equal(await page.locator('chatmedic-banner').count(), 0, 'no content script, no banner');
  const options = await s.context.newPage();
  await options.goto(s.url('options/options.html'));
  const box = options.locator('#site-github_copilot');
  await box.waitFor();
  assert.equal(await box.isChecked(), false);
  await options.close();
  await page.close();
  s.lab.reset();
});

test('Gemini\'s status line offers to read Google\'s dashboard instead of reading it unasked', async () => {
  s.lab.set('gemini.google.com', '/', 'nginx502');
  const page = await s.context.newPage();
  await page.goto('https://gemini.google.com/');
  const tabId = await s.tabIdOf(page);
  await s.waitForIncident(tabId, (i) => i?.diagnosis?.site === 'gemini');
  const popup = await s.context.newPage();
  await popup.goto(s.url(`popup/popup.html?tab=${tabId}`));
  const line = popup.locator('#provider-status');
  await popup.waitForFunction(() => document.getElementById('provider-status')?.dataset.kind === 'permission');
  assert.match(await line.textContent() ?? '', /Google/);
  assert.equal(await line.locator('button.allow-status').textContent(), 'Show Google’s status');
  assert.equal(s.lab.times('www.google.com', '/appsstatus/dashboard/incidents.json').length, 0, 'the feed was not read');
  await popup.close();
  await page.close();
  s.lab.reset();
});

test('once granted (a profile seeded with the shared hosts), the site\'s content scripts are registered and its failures get a banner', async () => {
  const granted = await launch({ grantShared: true });
  try {
    const w = await granted.worker();
    const ids = await w.evaluate(async () => {
      for (let i = 0; i < 50; i += 1) {
        const got = (await chrome.scripting.getRegisteredContentScripts()).map((c) => c.id);
        if (got.length >= 4) return got.sort();
        await new Promise((r) => setTimeout(r, 100));
      }
      return (await chrome.scripting.getRegisteredContentScripts()).map((c) => c.id).sort();
    });
    assert.deepEqual(ids, ['site-github_copilot', 'site-github_copilot-hook', 'site-huggingchat', 'site-huggingchat-hook']);
    granted.lab.set('github.com', '/copilot', 'nginx502');
    const page = await granted.context.newPage();
    await page.goto('https://github.com/copilot').catch(() => {});
    const tabId = await granted.tabIdOf(page);
    const incident = await granted.waitForIncident(tabId, (i) => i?.diagnosis?.site === 'github_copilot');
    assert.equal(incident.diagnosis.cause, 'bad_gateway');
    await page.locator('chatmedic-banner').waitFor({ state: 'attached', timeout: 10_000 });
    await page.close();
  } finally {
    await granted.close();
  }
});
