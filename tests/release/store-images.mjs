// The store images, drawn by real headless Chromium with the built extension against the lab
// (tests/harness.mjs), like the README's screenshots: four screenshots at exactly 1280×800 (what
// the Chrome Web Store asks; AMO takes them too) and the small promo tile at 440×280.
//   node tests/release/store-images.mjs OUT_DIR   → OUT_DIR/screenshots/*.png, OUT_DIR/promo-440x280.png
// Run by scripts/release.sh after the build. Fails if the extension logs an error meanwhile, or
// if a picture is not exactly its size.
import { mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';
import { launch } from '../harness.mjs';

/** @typedef {Awaited<ReturnType<typeof launch>>} Session */
/** @typedef {import('playwright-core').Page} Page */

const here = path.dirname(fileURLToPath(import.meta.url));
const out = path.resolve(process.argv[2] ?? '');
if (!process.argv[2]) throw new Error('usage: node tests/release/store-images.mjs OUT_DIR');
const shots = path.join(out, 'screenshots');
rmSync(shots, { recursive: true, force: true });
mkdirSync(shots, { recursive: true });

const SIZE = { width: 1280, height: 800 };
const PROMO = { width: 440, height: 280 };
const sleep = (/** @type {number} */ ms) => new Promise((r) => setTimeout(r, ms));

/** A PNG's width and height, from its IHDR header. @param {string} file */
export function pngSize(file) {
  const b = readFileSync(file);
  if (b.readUInt32BE(0) !== 0x89504e47 || b.toString('latin1', 12, 16) !== 'IHDR') throw new Error(`${file} is not a PNG`);
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

/** A new tab at the stores' size. @param {Session} s */
async function tab(s, size = SIZE) {
  const page = await s.context.newPage();
  await page.setViewportSize(size);
  return page;
}

/** @param {Page} page @param {string} file */
async function save(page, file) {
  await page.screenshot({ path: file });
}

/**
 * Earlier incidents of the day, for the popup's timeline (a fresh profile has none), as the
 * worker records them: time, cause, side.
 * @param {Session} s
 */
async function seedHistory(s) {
  await (await s.worker()).evaluate(async () => {
    const h = 60 * 60 * 1000;
    const now = Date.now();
    const earlier = [[21.5, 'bad_gateway', 'service'], [21.4, 'bad_gateway', 'service'], [15.2, 'rate_limited', 'account'],
      [9.8, 'connection', 'network'], [4.6, 'timeout', 'service'], [4.5, 'overloaded', 'service'], [2.1, 'dns', 'network']]
      .map(([ago, cause, side]) => ({ t: now - Number(ago) * h, cause, side }));
    await chrome.storage.local.set({ history: { chatgpt: earlier } });
  });
}

/** Waits for the banner of a page's content script; returns its state. @param {Session} s @param {Page} page */
async function banner(s, page, ok = (/** @type {any} */ p) => !!p.banner) {
  const world = await s.contentWorld(page);
  const shown = await world.until(ok, 10_000);
  await sleep(400); // the banner's entrance animation
  return shown;
}

/** Waits until a page shows a URL that matches (a failed navigation ends goto's wait early). */
async function untilUrl(/** @type {Page} */ page, /** @type {RegExp} */ want, timeout = 15_000) {
  const end = Date.now() + timeout;
  while (!want.test(page.url())) {
    if (Date.now() > end) throw new Error(`the page stayed at ${page.url()}`);
    await sleep(100);
  }
  await page.waitForLoadState('domcontentloaded').catch(() => {});
}

const s = await launch();
try {
  // 1. An error the chat app draws itself, in the middle of a conversation: the banner.
  {
    const page = await tab(s);
    await page.goto('https://chatgpt.com/');
    await page.waitForFunction(() => !!(/** @type {any} */ (window).labApp));
    await page.evaluate(() => {
      const thread = /** @type {HTMLElement} */ (document.getElementById('thread'));
      for (const [cls, text] of [['msg user', 'Summarise the attached quarterly report in five bullet points.'],
        ['msg assistant', 'Here is a summary of the report:\n• Revenue grew 12 % year over year\n• Costs were flat\n• Two new markets opened\n• Churn fell to 3 %\n• Hiring continues in Q3'],
        ['msg user', 'Now turn it into a short email to the team.']]) {
        const div = document.createElement('div');
        div.className = cls;
        div.textContent = text;
        thread.append(div);
      }
      /** @type {any} */ (window).labApp.showError('Too many requests in 1 hour. Try again later.');
    });
    await banner(s, page);
    await save(page, path.join(shots, '1-banner.png'));
    await page.close();
  }

  // 2. The popup on a tab where chatgpt.com answered 502 Bad Gateway, in a frame of the stores'
  // size (the popup itself is 380 pixels wide).
  {
    await seedHistory(s);
    s.lab.set('chatgpt.com', '/', 'nginx502');
    const failing = await tab(s);
    await failing.goto('https://chatgpt.com/');
    const tabId = await s.tabIdOf(failing);
    await s.waitForIncident(tabId, (i) => i?.diagnosis.cause === 'bad_gateway');
    const popup = await tab(s, { width: 380, height: 720 });
    await popup.goto(s.url(`popup/popup.html?tab=${tabId}`));
    await popup.locator('#tab-body > *').first().waitFor();
    await popup.locator('#history-body > *').first().waitFor();
    await popup.locator('#provider-status:not([data-kind="checking"])').waitFor();
    const picture = await popup.screenshot({ clip: { x: 0, y: 0, width: 380, height: 720 } });
    const frame = await tab(s);
    await frame.goto(pathToFileURL(path.join(here, 'frame.html')).href);
    await frame.evaluate(async ([src, title, text]) => {
      /** @type {HTMLElement} */ (document.getElementById('title')).textContent = title;
      /** @type {HTMLElement} */ (document.getElementById('text')).textContent = text;
      const img = /** @type {HTMLImageElement} */ (document.getElementById('shot'));
      img.src = src;
      await img.decode();
    }, [`data:image/png;base64,${picture.toString('base64')}`,
      'What happened, whose side it is on, and what to do',
      'The popup on a tab where ChatGPT answered 502 Bad Gateway: the diagnosis, the fixes in the order that works, the provider’s own status page, and a test of your connection.']);
    await save(frame, path.join(shots, '2-popup.png'));
    for (const p of [frame, popup, failing]) await p.close();
  }

  // 3. The diagnostic page where the browser's error page would be: the connection was reset;
  // "Is it me?" has run by itself.
  {
    s.lab.set('chatgpt.com', '/', 'resetSocket');
    const page = await tab(s);
    await page.goto('https://chatgpt.com/').catch(() => {}); // the navigation fails; the worker moves the tab
    await untilUrl(page, /\/diagnostic\/diagnostic\.html\?/);
    await page.locator('#diagnosis .diagnosis').waitFor();
    await page.locator('#reach .reach-verdict').waitFor();
    await page.locator('#provider-status:not([data-kind="checking"])').waitFor();
    await save(page, path.join(shots, '3-diagnostic.png'));
    await page.close();
    s.lab.reset();
  }

  // 4. Retry automatically, switched on for the site: Cloudflare's 502 page with the banner
  // counting down to the first retry. The worker's jitter is fixed at the middle of its range
  // so that the retry does not come before the picture is taken.
  {
    const w = await s.worker();
    await w.evaluate(async () => {
      Math.random = () => 0.5;
      await chrome.storage.local.set({ settings: { autoRefresh: { chatgpt: true } } });
    });
    s.lab.set('chatgpt.com', '/c/quarterly-report', 'cloudflare502');
    const page = await tab(s);
    await page.goto('https://chatgpt.com/c/quarterly-report').catch(() => {});
    await banner(s, page, (p) => typeof p.auto === 'string' && p.auto.startsWith('Retrying in'));
    await save(page, path.join(shots, '4-auto-refresh.png'));
    await page.close();
    s.lab.reset();
  }

  // The small promo tile: the extension's icon and name (tests/release/promo.html).
  {
    const page = await tab(s, PROMO);
    await page.goto(pathToFileURL(path.join(here, 'promo.html')).href);
    await page.locator('img').evaluate((img) => /** @type {HTMLImageElement} */ (img).decode());
    await save(page, path.join(out, 'promo-440x280.png'));
    await page.close();
  }
} finally {
  await s.close();
}

/** @type {[string, {width: number, height: number}][]} */
const expected = [...readdirSync(shots).map((f) => /** @type {[string, typeof SIZE]} */ ([path.join(shots, f), SIZE])),
  [path.join(out, 'promo-440x280.png'), PROMO]];
/** @type {string[]} */
const wrong = [];
for (const [file, want] of expected) {
  const got = pngSize(file);
  console.log(`${path.relative(process.cwd(), file)}: ${got.width}×${got.height}`);
  if (got.width !== want.width || got.height !== want.height) wrong.push(`${file} is ${got.width}×${got.height}, not ${want.width}×${want.height}`);
}
if (wrong.length) throw new Error(wrong.join('\n'));
