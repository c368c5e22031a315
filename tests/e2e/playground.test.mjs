// The playground: a person pastes an error and sees what the extension would show,
// from the same wasm core and locale files, served on loopback.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { serve } from '../../scripts/serve.mjs';
import { ARTIFACTS } from '../harness.mjs';

const en = JSON.parse(readFileSync(new URL('../../extension/_locales/en/messages.json', import.meta.url), 'utf8'));
const ja = JSON.parse(readFileSync(new URL('../../extension/_locales/ja/messages.json', import.meta.url), 'utf8'));

/** @type {import('node:http').Server} */ let server;
/** @type {import('playwright-core').Browser} */ let browser;
/** @type {string} */ let base;

before(async () => {
  server = /** @type {import('node:http').Server} */ (await serve('www', 0));
  base = `http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}/`;
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
});
after(async () => {
  await browser?.close();
  server?.close();
});

/** @param {{locale?: string, colorScheme?: 'light'|'dark'}} [o] */
async function open(o = {}) {
  const context = await browser.newContext({ locale: o.locale ?? 'en-US', colorScheme: o.colorScheme ?? 'light' });
  const page = await context.newPage();
  /** @type {string[]} */
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(base);
  await page.waitForSelector('body[data-ready="true"]');
  return { page, errors, close: () => context.close() };
}

test('pasting Copilot\'s "Server error: 502" shows a bad gateway on the service\'s side, with fixes', async () => {
  const { page, errors, close } = await open();
  await page.fill('#text', 'Sorry, your request failed. Please try again. Request id: 6c14167f-0c2b\n\nReason: Server error: 502');
  await page.selectOption('#site', 'github_copilot');
  await page.click('button[type=submit]');
  const result = page.locator('#result');
  await result.getByText(en.cause_bad_gateway_headline.message).first().waitFor();
  const json = JSON.parse(await page.locator('#result pre').textContent() ?? '{}');
  assert.equal(json.cause, 'bad_gateway');
  assert.equal(json.site, 'github_copilot');
  assert.ok(json.fixes.length >= 2);
  await result.getByText(en[`fix_${json.fixes[0]}`].message).first().waitFor();
  await page.screenshot({ path: `${ARTIFACTS}/playground.png`, fullPage: true });
  assert.deepEqual(errors, []);
  await close();
});

test('a status code alone, and a network error alone, are diagnosed', async () => {
  const { page, errors, close } = await open();
  await page.fill('#status', '429');
  await page.click('button[type=submit]');
  await page.locator('#result').getByText(en.cause_rate_limited_headline.message).first().waitFor();
  await page.fill('#status', '');
  await page.fill('#netError', 'net::ERR_NAME_NOT_RESOLVED');
  await page.click('button[type=submit]');
  await page.locator('#result').getByText(en.cause_dns_headline.message).first().waitFor();
  assert.deepEqual(errors, []);
  await close();
});

test('the concept layer reads what no phrase lists: a region block in German, a length limit in Russian, a rare network error', async () => {
  const { page, errors, close } = await open();
  for (const [text, cause] of [
    ['Claude.ai ist in Ihrer Region nicht verfügbar', 'blocked'],
    ['Достигнут предел длины. Пожалуйста, начните новый чат', 'too_large'],
    ['net::ERR_SOCKET_NOT_CONNECTED', 'connection'],
  ]) {
    await page.fill('#text', text);
    await page.click('button[type=submit]');
    await page.waitForFunction((want) => document.querySelector('#result pre')?.textContent?.includes(`"cause": "${want}"`), cause, { timeout: 3000 });
  }
  assert.deepEqual(errors, []);
  await close();
});

test('a bad status code is refused with a message that names it', async () => {
  const { page, close } = await open();
  await page.fill('#status', '12');
  await page.click('button[type=submit]');
  await page.locator('#problem').getByText(/HTTP status/).waitFor();
  await close();
});

test('the gallery lists every cause with an example that diagnoses as that cause', async () => {
  const { page, errors, close } = await open();
  const items = page.locator('#gallery li');
  await items.first().waitFor();
  assert.ok(await items.count() >= 18, 'every cause of the contract');
  const n = await items.count();
  for (let i = 0; i < n; i++) {
    const item = items.nth(i);
    const id = (await item.locator('.cause-id').textContent())?.split(' · ')[0] ?? '';
    if (id === 'unknown') continue;
    await item.getByRole('button').click();
    await page.waitForFunction((want) => document.querySelector('#result pre')?.textContent?.includes(`"cause": "${want}"`), id, { timeout: 3000 })
      .catch(() => assert.fail(`the example for ${id} did not diagnose as ${id}: ${page.locator('#result pre').textContent()}`));
  }
  assert.deepEqual(errors, []);
  await close();
});

test('in Japanese, the page speaks Japanese (dark scheme)', async () => {
  const { page, errors, close } = await open({ locale: 'ja-JP', colorScheme: 'dark' });
  await page.fill('#text', '服务器繁忙，请稍后再试。');
  await page.click('button[type=submit]');
  await page.locator('#result').getByText(ja.cause_overloaded_headline.message).first().waitFor();
  await page.screenshot({ path: `${ARTIFACTS}/playground-ja-dark.png`, fullPage: true });
  assert.deepEqual(errors, []);
  await close();
});
