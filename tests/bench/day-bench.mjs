// "A day in a tab" (make bench, row 7): a chat tab streams 500 answers with a few incidents on
// the way, in real headless Chromium with the extension loaded against the lab. Prints, as one
// JSON line:
// - the page's JS heap (the content script lives in it, in its isolated world) after a forced
//   garbage collection at the start, half way and at the end, with the app's answers removed from the
//   thread before each reading, so that what is left is what the extension keeps;
// - chrome.storage.local's size after 10,000 incidents reported by the content script (each
//   a new cause, so each enters the 24-hour history), and how many history entries it holds.
// Usage: node tests/bench/day-bench.mjs (after make build)
import { launch } from '../harness.mjs';

const ANSWER = 'Here is a short answer with a list: first, check the settings; second, restart the app; ' +
  'third, try again in a minute. It streams token by token, as the chat apps draw it. ';
const ERRORS = ['Something went wrong. If this issue persists please contact us through our help center.',
  'Too many requests in 1 hour. Try again later.', 'Network error. Please check your connection and try again.'];

const s = await launch();
try {
  s.lab.set('chatgpt.com', '/', 'appPage');
  const page = await s.context.newPage();
  await page.goto('https://chatgpt.com/');
  await page.waitForFunction(() => !!(/** @type {any} */ (window).labApps));
  const world = await s.contentWorld(page);
  await world.until((p) => p.ready, 10_000);
  const cdp = await s.context.newCDPSession(page);
  const heap = async () => {
    await page.evaluate(() => { for (const e of document.querySelectorAll('#thread > *')) e.remove(); });
    for (let i = 0; i < 3; i += 1) await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };

  // Warm up: the first answer and the first incident (the banner's code and styles, the
  // sensor's first pass), then the starting heap.
  await page.evaluate((a) => /** @type {any} */ (window).labApps.stream(a, { every: 0 }), ANSWER);
  const start = await heap();
  let incidents = 0;
  let mid = 0;
  const t0 = Date.now();
  for (let i = 0; i < 500; i += 1) {
    await page.evaluate((a) => /** @type {any} */ (window).labApps.stream(a, { every: 0, para: 20 }), ANSWER);
    if (i % 100 === 50) {
      const text = ERRORS[incidents % ERRORS.length];
      const at = await page.evaluate((t) => /** @type {any} */ (window).labApps.error('inTurn', t), text);
      await world.until((p) => !!p.banner && p.bannerChangedAt > at, 10_000);
      await page.evaluate(() => { for (const e of document.querySelectorAll('#thread > *')) e.remove(); });
      await world.until((p) => !p.banner, 10_000);
      incidents += 1;
    }
    // The thread stays the size of a long conversation (the app keeps it; it is not ours).
    if (i % 50 === 49) await page.evaluate(() => { for (const e of [...document.querySelectorAll('#thread > *')].slice(0, -20)) e.remove(); });
    // Half way: growth from here to the end is what a leak would keep adding; the first half
    // also pays the code V8 compiles and caches once.
    if (i === 249) mid = await heap();
  }
  const streamedMs = Date.now() - t0;
  const end = await heap();

  // 10,000 incidents through the real path: the content script's report to the worker, a
  // different cause each time (a new incident enters the history), over one tab.
  const reported = await world.eval(`(async () => {
    const texts = ${JSON.stringify(['502 Bad Gateway', 'Too many requests in 1 hour. Try again later.'])};
    for (let i = 0; i < 10000; i += 1) {
      await chrome.runtime.sendMessage({ type: 'report', evidence: { text: texts[i % 2] } });
    }
    return 10000;
  })()`);
  const w = await s.worker();
  const storage = await w.evaluate(async () => {
    const all = await chrome.storage.local.get(null);
    const history = /** @type {Record<string, unknown[]>} */ (all.history ?? {});
    return {
      bytes: await chrome.storage.local.getBytesInUse(null),
      entries: Object.values(history).reduce((n, h) => n + h.length, 0),
    };
  });
  console.log(JSON.stringify({ answers: 500, incidents, streamedMs, heapStart: start, heapMid: mid, heapEnd: end, reported, storage }));
} finally {
  await s.close();
}
