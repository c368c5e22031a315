// The page sensor against lab pages built like each app's current markup (tests/lab/apps.js):
// errors drawn the ways the apps draw them — in the turn, as a toast gone after a second, as a
// dialog, as a plain <div> with no role or telling class — each get a banner; answers about
// errors, stack traces in code blocks and users quoting errors never do; a failing answer
// request shows a banner that reads its body; and streaming a long answer costs the page
// almost nothing (measured against the same page without the extension, in the same run).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { launch } from '../harness.mjs';

/** @type {Awaited<ReturnType<typeof launch>>} */
let s;
before(async () => {
  s = await launch();
});
after(async () => {
  await s?.close();
});

const sleep = (/** @type {number} */ ms) => new Promise((r) => setTimeout(r, ms));

/** The lab's app pages: host → site id. */
const APPS = /** @type {Record<string, string>} */ ({
  'chatgpt.com': 'chatgpt', 'claude.ai': 'claude', 'gemini.google.com': 'gemini', 'copilot.microsoft.com': 'copilot',
  'perplexity.ai': 'perplexity', 'chat.deepseek.com': 'deepseek', 'grok.com': 'grok',
});

/**
 * Errors each app shows (shared/design/chat-apps.md's catalogue where a source has one), and
 * how it draws them.
 * @type {Record<string, Record<'inTurn'|'toast'|'dialog'|'plain', string>>}
 */
const ERRORS = {
  'chatgpt.com': {
    inTurn: 'Message delivery timed out. Please try again.',
    toast: 'Something went wrong. If this issue persists please contact us through our help center at help.openai.com.',
    dialog: 'You\'re making requests too quickly. We\'ve temporarily limited access to your conversations.',
    plain: 'Something went wrong. If this issue persists please contact us through our help center at help.openai.com.',
  },
  'claude.ai': {
    inTurn: 'Due to unexpected capacity constraints, Claude is unable to respond to your message. Please try again soon.',
    toast: 'You\'ve hit your limit for Claude messages. Limits will reset at 2:20 PM.',
    dialog: 'You hit your 5-hour message limit. It resets at 2:20 PM.',
    plain: 'We couldn\'t connect to Claude. Please check your network connection and try again.',
  },
  'gemini.google.com': {
    inTurn: 'Something went wrong (13)',
    toast: 'Something went wrong (8)',
    dialog: 'Sorry, something went wrong. Please try your request again.',
    plain: 'Network error. Please check your connection and try again.',
  },
  'copilot.microsoft.com': {
    inTurn: 'Sorry, something went wrong. Please try again.',
    toast: 'Too many requests. Please try again later.',
    dialog: 'Your session has expired. Please sign in again.',
    plain: 'Copilot is at capacity right now. Please try again later.',
  },
  'perplexity.ai': {
    inTurn: 'Something went wrong. Please try again later.',
    toast: 'Rate limit exceeded',
    dialog: 'Your session has expired. Please sign in again.',
    plain: 'Network error. Please check your connection and try again.',
  },
  'chat.deepseek.com': {
    inTurn: '服务器繁忙，请稍后再试。',
    toast: 'The server is busy. Please try again later.',
    dialog: 'Sorry, DeepSeek\'s search service is busy. Please disable search or try again in a few minutes.',
    plain: 'The server is busy. Please try again later.',
  },
  'grok.com': {
    inTurn: 'Something went wrong. Please try again.',
    toast: 'Rate limit reached',
    dialog: 'You\'ve reached your limit of 25 messages per 2 hours. Please try again later.',
    plain: 'Network error. Please check your connection and try again.',
  },
};

/** An answer that explains failures, with a stack trace in a code block (streamed token by token). */
const ABOUT_ERRORS = `A 502 Bad Gateway error means a proxy got no valid answer from the server behind it; a 504 Gateway
Timeout means it waited too long. A 429 Too Many Requests error says you hit a rate limit: wait and try again later.
A network error or "Failed to fetch" usually means the connection was reset, the DNS lookup failed or a VPN blocked it.
Something went wrong? Check the status page, sign in again if your session expired, and retry.
Here is the stack trace you pasted:
\`\`\`
Traceback (most recent call last):
  File "client.py", line 12, in <module>
    raise RuntimeError("Error 503: Service Unavailable - the server is overloaded, try again later")
RuntimeError: Error 503: Service Unavailable - the server is overloaded, try again later
\`\`\`
In short: 5xx errors are the service's side, 429 is your account's limit, and network errors are between you and it.`;
const USER_QUOTE = 'I keep getting "Something went wrong. Please try again." and "Too many requests in 1 hour. Try again later." — what do they mean?';

/**
 * The content script's isolated world of a page (the harness's), polled every 5 ms: the time to
 * banner is measured through it.
 * @param {import('playwright-core').Page} page
 */
async function contentWorld(page) {
  const world = await s.contentWorld(page);
  return { ...world, until: (/** @type {(p: any) => boolean} */ ok, timeout = 5000, every = 5) => world.until(ok, timeout, every) };
}

/** Opens the lab page built like the app of `host`, once the content script has its site hints. */
async function openApp(/** @type {string} */ host) {
  s.lab.set(host, '/', 'appPage');
  const page = await s.context.newPage();
  await page.goto(`https://${host}/`);
  await page.waitForFunction(() => !!(/** @type {any} */ (window).labApps));
  const world = await contentWorld(page);
  await world.until((p) => p.ready && p.site === APPS[host]);
  return { page, world, tabId: await s.tabIdOf(page) };
}

const median = (/** @type {number[]} */ xs) => {
  const v = [...xs].sort((a, b) => a - b);
  return v.length % 2 ? v[(v.length - 1) / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
};

test('every app\'s errors, drawn in the turn, as a 1-second toast, as a dialog and as a plain div, get a banner', async () => {
  /** @type {number[]} */
  const latencies = [];
  /** @type {string[]} */
  const missed = [];
  for (const [host, ways] of Object.entries(ERRORS)) {
    for (const [way, text] of Object.entries(ways)) {
      const { page, world } = await openApp(host);
      const t0 = await page.evaluate(([w, t]) => /** @type {any} */ (window).labApps.error(w, t), [way, text]);
      const shown = await world.until((p) => !!p.banner && p.bannerChangedAt > t0, 4000).catch(() => null);
      if (!shown) missed.push(`${host} ${way}: "${text}"`);
      else {
        latencies.push(shown.bannerChangedAt - t0);
        assert.notEqual(shown.banner.cause, 'unknown', `${host} ${way}`);
        if (way === 'toast') {
          // The toast is gone after a second; the banner stays (a toast leaving fixes nothing).
          await sleep(1300);
          assert.equal(await page.evaluate((t) => document.body.textContent?.includes(t), text), false, 'the toast went');
          assert.ok((await world.probe()).banner, `${host}: the banner outlives the toast`);
        }
      }
      await page.close();
    }
  }
  console.log(`time to banner over ${latencies.length} errors drawn like the apps draw them: median ${median(latencies).toFixed(1)} ms, ` +
    `max ${Math.max(...latencies).toFixed(1)} ms`);
  assert.deepEqual(missed, [], 'every error drawn gets a banner');
});

test('answers explaining 502s, 429s and network errors, a stack trace in a code block, and a user quoting an error: no banner, no badge', async () => {
  /** @type {string[]} */
  const wrong = [];
  for (const host of Object.keys(APPS)) {
    const { page, world, tabId } = await openApp(host);
    await page.evaluate((q) => /** @type {any} */ (window).labApps.user(q), USER_QUOTE);
    const tokens = await page.evaluate((a) => /** @type {any} */ (window).labApps.stream(a, { every: 0, para: 25 }), ABOUT_ERRORS);
    assert.ok(tokens > 100);
    await sleep(800); // a pass runs at most 250 ms after the last change
    const p = await world.probe();
    if (p.banner) wrong.push(`${host}: a banner (${p.banner.cause}: ${p.banner.quote})`);
    if (p.reports) wrong.push(`${host}: ${p.reports} texts sent to the core`);
    if (await s.incident(tabId)) wrong.push(`${host}: an incident`);
    if (await s.badge(tabId)) wrong.push(`${host}: a badge`);
    await page.close();
  }
  assert.deepEqual(wrong, [], 'nothing on any site');
});

/**
 * Errors in the languages the core reads beyond English, drawn as plain blocks (no role, no
 * telling class): the prefilter knows their words (generated from the core's lexicons) and the
 * core reads them by their concepts. Composed for this test, in each language's usual wording.
 */
const ERRORS_ELSEWHERE = /** @type {Record<string, string>} */ ({
  es: 'Has alcanzado el límite de mensajes. Vuelve a intentarlo más tarde.',
  de: 'Claude.ai ist in Ihrer Region nicht verfügbar',
  ru: 'Достигнут предел длины. Пожалуйста, начните новый чат',
  ar: 'الخادم مشغول حاليًا. يرجى المحاولة مرة أخرى لاحقًا.',
  ko: '요청이 너무 많습니다. 잠시 후 다시 시도해 주세요.',
});

/** Answers in the same languages that explain errors: they stay answers. */
const ANSWERS_ELSEWHERE = /** @type {Record<string, string>} */ ({
  es: `Un error 429 significa que enviaste demasiadas solicitudes en poco tiempo y alcanzaste el límite de tu cuenta.
Un error 502 indica que el servidor intermedio no recibió una respuesta válida. Si la conexión se restablece o falla,
revisa tu red, desactiva la VPN y vuelve a intentarlo más tarde. Si tu sesión ha caducado, inicia sesión de nuevo.`,
  de: `Ein Fehler 429 bedeutet, dass du zu viele Anfragen gesendet und dein Limit erreicht hast. Ein 502 heißt, dass der
Server hinter dem Proxy keine gültige Antwort gab. Wenn die Verbindung zurückgesetzt wird oder fehlschlägt, prüfe dein
Netzwerk und versuche es später erneut. Ist deine Sitzung abgelaufen, melde dich erneut an.`,
  ru: `Ошибка 429 означает, что вы отправили слишком много запросов и достигли лимита. Ошибка 502 значит, что сервер
за прокси не вернул корректный ответ. Если соединение сброшено или прервано, проверьте сеть и повторите попытку позже.
Если сеанс истёк, войдите снова.`,
  ar: `الخطأ 429 يعني أنك أرسلت طلبات كثيرة جدًا وتجاوزت الحد المسموح. الخطأ 502 يعني أن الخادم لم يرسل ردًا صالحًا.
إذا فشل الاتصال أو انقطع، تحقق من الشبكة وحاول مرة أخرى لاحقًا. إذا انتهت صلاحية الجلسة، سجّل الدخول مرة أخرى.`,
  ko: `429 오류는 요청을 너무 많이 보내 한도에 도달했다는 뜻입니다. 502 오류는 서버가 올바른 응답을 주지 못했다는 뜻입니다.
연결이 재설정되거나 실패하면 네트워크를 확인하고 나중에 다시 시도하세요. 세션이 만료되었다면 다시 로그인하세요.`,
});

test('errors drawn as plain blocks in Spanish, German, Russian, Arabic and Korean get a banner; answers explaining errors in them do not', async () => {
  /** @type {string[]} */
  const wrong = [];
  for (const [lang, text] of Object.entries(ERRORS_ELSEWHERE)) {
    const { page, world } = await openApp('chatgpt.com');
    const t0 = await page.evaluate((t) => /** @type {any} */ (window).labApps.error('plain', t), text);
    const shown = await world.until((p) => !!p.banner && p.bannerChangedAt > t0, 4000).catch(() => null);
    if (!shown) wrong.push(`${lang}: no banner for "${text}"`);
    else if (shown.banner.cause === 'unknown') wrong.push(`${lang}: "unknown" for "${text}"`);
    await page.close();
  }
  for (const [lang, answer] of Object.entries(ANSWERS_ELSEWHERE)) {
    const { page, world, tabId } = await openApp('claude.ai');
    await page.evaluate((a) => /** @type {any} */ (window).labApps.stream(a, { every: 0, para: 25 }), answer);
    await sleep(800);
    const p = await world.probe();
    if (p.banner) wrong.push(`${lang}: a banner on an answer (${p.banner.cause}: ${p.banner.quote})`);
    if (await s.incident(tabId)) wrong.push(`${lang}: an incident for an answer`);
    await page.close();
  }
  assert.deepEqual(wrong, []);
});

test('the banner quotes the error as a person reads it: adjacent blocks apart, the app\'s own buttons left out', async () => {
  const { page, world } = await openApp('grok.com');
  const t0 = await page.evaluate(() => {
    // Grok's toast (Sonner): a title and a description in two blocks, and its own button.
    const section = document.createElement('section');
    section.setAttribute('aria-label', 'Notifications alt+T');
    section.setAttribute('aria-live', 'polite');
    section.innerHTML = '<ol data-sonner-toaster=""><li class="toast" data-sonner-toast="" data-type="error" data-visible="true">' +
      '<div data-content=""><div data-title="">Image limit reached</div><div data-description="">Upgrade to unlock <b>more</b></div></div>' +
      '<button>Upgrade</button></li></ol>';
    document.body.append(section);
    return performance.now();
  });
  const shown = await world.until((p) => !!p.banner && p.bannerChangedAt > t0, 4000);
  assert.equal(shown.banner.quote, '“Image limit reached Upgrade to unlock more”');
  await page.close();
});

test('a user types and sends a message quoting errors, and no answer has come yet: no banner on any site', async () => {
  /** @type {string[]} */
  const wrong = [];
  for (const host of Object.keys(APPS)) {
    const { page, world } = await openApp(host);
    const id = await page.evaluate(() => /** @type {any} */ (window).labApps.composer);
    await page.locator(`#${id}`).click();
    await page.keyboard.type(USER_QUOTE);
    await page.keyboard.press('Enter');
    assert.equal(await page.locator(`#${id}`).evaluate((e) => /** @type {any} */ (e).value ?? e.textContent), '', `${host}: the message was sent`);
    await sleep(800);
    const p = await world.probe();
    if (p.banner || p.reports) wrong.push(`${host}: ${p.reports} texts sent, banner ${JSON.stringify(p.banner?.cause ?? null)}`);
    await page.close();
  }
  assert.deepEqual(wrong, [], 'the user\'s own words are never an error the app drew');
});

test('Gemini\'s StreamGenerate answers 429 with a batchexecute error frame: a banner says it is a rate limit, and why', async () => {
  const path = '/_/BardChatUi/data/assistant.lamda.BardFrontendService/StreamGenerate';
  s.lab.set('gemini.google.com', path, 'geminiRateLimit429');
  try {
    const { page, world, tabId } = await openApp('gemini.google.com');
    const status = await page.evaluate((p) => /** @type {any} */ (window).labApps.send(`${p}?bl=boq_assistant&rt=c`), path);
    assert.equal(status, 429);
    const shown = await world.until((p) => !!p.banner, 5000);
    assert.equal(shown.banner.cause, 'rate_limited', shown.banner.text);
    assert.match(shown.banner.text, /limit|too many/i, 'the banner says what the code means');
    assert.equal(shown.banner.quote, '', 'the body is read, not quoted as page text');
    const incident = await s.waitForIncident(tabId, (i) => i?.diagnosis.why.includes('gemini_error_8'));
    assert.equal(incident.evidence.httpStatus, 429);
    await s.waitForIncidentBadge(tabId);
    await page.close();
  } finally {
    s.lab.reset();
  }
});

test('the diagnostic page keeps the badge of the incident it shows', async () => {
  s.lab.set('chatgpt.com', '/', 'resetSocket');
  try {
    const page = await s.context.newPage();
    await page.goto('https://chatgpt.com/').catch(() => {});
    const end = Date.now() + 10_000;
    while (!/diagnostic\.html/.test(page.url()) && Date.now() < end) await sleep(50);
    await page.locator('#diagnosis .diagnosis').waitFor();
    const tabId = Number(new URL(page.url()).searchParams.get('tab'));
    const badge = await s.waitForIncidentBadge(tabId);
    assert.ok(badge, `the badge shows on the diagnostic page: ${JSON.stringify(badge)}`);
    await page.close();
  } finally {
    s.lab.reset();
  }
});

/**
 * Streams 2,000 tokens (one DOM mutation each, a task each) into a ChatGPT-like page and
 * returns what the page's renderer spent meanwhile (CDP Performance.getMetrics) and, with the
 * extension, how many mutation records its sensor handled and (`profile`) the script time CPU
 * samples put in the extension's own code, what it calls included.
 * @param {import('playwright-core').BrowserContext} context @param {boolean} extension @param {boolean} [profile]
 */
async function streamCost(context, extension, profile = false) {
  const page = await context.newPage();
  await page.goto('https://chatgpt.com/');
  await page.waitForFunction(() => !!(/** @type {any} */ (window).labApps));
  const world = extension ? await contentWorld(page) : null;
  if (world) await world.until((p) => p.ready);
  await sleep(500); // the content script's start and first scan are not the stream's cost
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const metrics = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  const probe0 = await world?.probe();
  if (profile) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
    await cdp.send('Profiler.start');
  }
  const before = await metrics();
  await page.evaluate(() => {
    const words = 'The request failed with a network error, so the client retried after a 502 and then a 429 rate limit. '.split(' ');
    const text = Array.from({ length: 2000 }, (_, i) => words[i % words.length] || 'ok').join(' ');
    return /** @type {any} */ (window).labApps.stream(text, { every: 0, para: 60 });
  });
  await sleep(400); // the last pass
  const afterM = await metrics();
  const ours = profile ? extensionTime((await cdp.send('Profiler.stop')).profile) : 0;
  const probe1 = await world?.probe();
  await page.close();
  return {
    script: (afterM.ScriptDuration - before.ScriptDuration) * 1000, layouts: afterM.LayoutCount - before.LayoutCount,
    records: probe1 ? probe1.records - probe0.records : 0, reports: probe1 ? probe1.reports - probe0.reports : 0,
    layoutReads: probe1 ? probe1.layoutReads - probe0.layoutReads : 0, ours,
  };
}

/**
 * Milliseconds of a CPU profile whose stack holds a frame of this extension's scripts.
 * @param {{nodes: {id: number, callFrame: {url: string}, children?: number[]}[], samples?: number[], timeDeltas?: number[]}} profile
 */
function extensionTime(profile) {
  const own = `chrome-extension://${s.extensionId}/`;
  /** @type {Map<number, number>} */
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  /** @type {Map<number, boolean>} */
  const inOurs = new Map();
  /** @returns {boolean} */
  const isOurs = (/** @type {number} */ id) => {
    let cached = inOurs.get(id);
    if (cached === undefined) {
      const p = parent.get(id);
      const here = !!byId.get(id)?.callFrame.url.startsWith(own) || (p !== undefined && isOurs(p));
      inOurs.set(id, here);
      return here;
    }
    return cached;
  };
  let us = 0;
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  // A sample's delta is the time since the one before: it belongs to the next sample's stack.
  for (let i = 0; i + 1 < samples.length; i += 1) if (isOurs(samples[i])) us += deltas[i + 1] ?? 0;
  return us / 1000;
}

test('streaming a 2,000-token answer: the extension adds ≤ 10 ms of script and forces no layout', async () => {
  s.lab.set('chatgpt.com', '/', 'appPage');
  const plain = await chromium.launch({
    executablePath: '/usr/bin/chromium', headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-quic',
      '--ignore-certificate-errors', s.lab.resolverRules()],
  });
  try {
    const bare = await plain.newContext({ viewport: { width: 1000, height: 700 }, ignoreHTTPSErrors: true });
    /** @typedef {{script: number, layouts: number, records: number, reports: number, layoutReads: number, ours: number}} Cost */
    /** @type {Cost[]} */ const withExt = [];
    /** @type {Cost[]} */ const without = [];
    // Three alternating rounds (it was five: the whole-page and layout figures they give are
    // printed, not judged, and each run takes ~12 s).
    for (let round = 0; round < 3; round += 1) {
      without.push(await streamCost(bare, false));
      withExt.push(await streamCost(s.context, true));
    }
    // The least of the alternating runs: the other engineers' builds share these 2 cores, and
    // interference only ever adds time.
    const m = (/** @type {Cost[]} */ xs, /** @type {'script'|'layouts'} */ k) => Math.min(...xs.map((x) => x[k]));
    const extraScript = m(withExt, 'script') - m(without, 'script');
    const extraLayouts = m(withExt, 'layouts') - m(without, 'layouts');
    const records = Math.max(...withExt.map((x) => x.records));
    // Three more runs with the CPU profiler (not among the five: sampling adds time of its
    // own). Samples are wall-clock: a moment the process was preempted inside the extension's
    // code counts as its time, so the least of three is taken, as above.
    /** @type {Cost[]} */ const profiledRuns = [];
    for (let round = 0; round < 3; round += 1) profiledRuns.push(await streamCost(s.context, true, true));
    const profiled = profiledRuns.reduce((a, b) => (b.ours < a.ours ? b : a));
    console.log(`streaming 2,000 tokens: script ${m(without, 'script').toFixed(1)} ms without the extension, ` +
      `${m(withExt, 'script').toFixed(1)} ms with it (${extraScript >= 0 ? '+' : ''}${extraScript.toFixed(1)} ms, ${(extraScript * 1000 / 2000).toFixed(2)} µs a token); ` +
      `CPU samples in the extension's code: ${profiled.ours.toFixed(1)} ms (${(profiled.ours * 1000 / 2000).toFixed(2)} µs a token; runs ${profiledRuns.map((x) => x.ours.toFixed(1)).join(', ')}); ` +
      `layouts ${m(without, 'layouts')} → ${m(withExt, 'layouts')} (${(100 * extraLayouts / Math.max(1, m(without, 'layouts'))).toFixed(2)}%); ` +
      `mutation records the sensor handled: at most ${records} of 2,000 ` +
      `[least of ${withExt.length}; runs without/with, script ms and layouts: ${withExt.map((x, i) => `${without[i].script.toFixed(0)}/${x.script.toFixed(0)} ms ${without[i].layouts}/${x.layouts}`).join(', ')}]`);
    // Why it is cheap, which noise cannot fake: the answer's container is left out of the
    // observation once it streams, so most tokens never reach the sensor at all.
    assert.ok(records < 200, `the sensor handled ${records} records for 2,000 tokens`);
    assert.deepEqual(withExt.map((x) => x.reports), withExt.map(() => 0), 'an answer is never reported');
    // The extension's script time: the profile's samples in its own code (and what that code
    // calls). The with/without difference of whole-page ScriptDuration above is printed, not
    // asserted: on these shared cores it moved between -17 and +25 ms from one run of the same
    // build to the next while the sensor handled 9 records, so it cannot tell 10 ms apart.
    assert.ok(profiled.ours <= 10, `≤ 10 ms of script in the extension's code (${profiled.ours.toFixed(1)} ms)`);
    // Layouts: the page lays out once a frame while it streams, so LayoutCount follows how many
    // frames the loaded machine drew (it moved by ±7% between runs of the same build, either
    // way). What the extension can add is a forced layout, and the sensor's only reads that
    // force one are counted: none while an answer streams. The frame-driven count is printed,
    // and bounded loosely to catch a layout per pass (that was +14%).
    assert.deepEqual([...withExt, ...profiledRuns].map((x) => x.layoutReads), [...withExt, ...profiledRuns].map(() => 0), 'the sensor forced no layout');
    assert.ok(extraLayouts <= 0.1 * m(without, 'layouts'), `layouts within the frames' noise (+${extraLayouts})`);
    await bare.close();
  } finally {
    await plain.close();
    s.lab.reset();
  }
});

test('while an answer streams (its container left out of the observation), errors drawn in the thread, in a new turn or as a toast still get a banner', async () => {
  /** @type {string[]} */
  const missed = [];
  for (const [host, way] of /** @type {[string, 'plain'|'inTurn'|'toast'][]} */ ([['chatgpt.com', 'plain'], ['chatgpt.com', 'inTurn'],
    ['gemini.google.com', 'plain'], ['copilot.microsoft.com', 'toast'], ['chat.deepseek.com', 'inTurn']])) {
    const { page, world } = await openApp(host);
    const streaming = page.evaluate(() => /** @type {any} */ (window).labApps.stream('word '.repeat(600), { every: 0, para: 40 }));
    await world.until((p) => p.narrows > 0, 3000);
    const t0 = await page.evaluate(([w, t]) => /** @type {any} */ (window).labApps.error(w, t), [way, ERRORS[host][way]]);
    const shown = await world.until((p) => !!p.banner && p.bannerChangedAt > t0, 4000).catch(() => null);
    if (!shown) missed.push(`${host} ${way}`);
    await streaming;
    await page.close();
  }
  assert.deepEqual(missed, [], 'errors drawn during a stream');
});
