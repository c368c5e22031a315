// "Is it me or them?" in real headless Chromium against the lab, which serves each provider's
// status feed in its own format on the status hosts (status.x.ai's as RSS): the status line in
// the popup and on the diagnostic page, what the feed changes in the diagnosis (and what it
// must not), one feed request however many tabs fail, a feed that hangs or is malformed, and
// the reachability check.
import { describe, test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { launch } from '../harness.mjs';
import { fixture } from '../lab/feeds.mjs';

/** @typedef {Awaited<ReturnType<typeof launch>>} Session */
/** @typedef {import('playwright-core').Page} Page */

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** @type {Record<string, {message: string}>} */
const EN = JSON.parse(readFileSync(path.join(root, 'extension', '_locales', 'en', 'messages.json'), 'utf8'));
/** An English message with its $P1$, $P2$ … filled in. */
const en = (/** @type {string} */ key, /** @type {string[]} */ ...subs) =>
  EN[key].message.replace(/\$P(\d)\$/g, (_, n) => subs[Number(n) - 1] ?? '');
const T = { timeout: 60_000 };

/**
 * Forgets what the worker read from the status feeds, and the lab's log, between scenarios.
 * @param {Session} s
 */
async function cleanUp(s) {
  s.lab.reset();
  for (const page of s.context.pages().slice(1)) await page.close().catch(() => {});
  const w = await s.worker();
  await w.evaluate(async () => {
    const all = await chrome.storage.session.get(null);
    await chrome.storage.session.remove(Object.keys(all).filter((k) => k.startsWith('provider:') || k.startsWith('tab:')));
  });
}

/** @param {Session} s @param {string} url @param {(i: any) => boolean} [ok] */
async function failingTab(s, url, ok = (i) => !!i) {
  const page = await s.context.newPage();
  await page.goto(url);
  const tabId = await s.tabIdOf(page);
  const incident = await s.waitForIncident(tabId, (i) => i?.url === url && ok(i));
  return { page, tabId, incident };
}

/** The popup for a tab, once its status line has read the feed. @param {Session} s @param {number} tabId */
async function statusLineOf(s, tabId) {
  const popup = await s.context.newPage();
  await popup.goto(s.url(`popup/popup.html?tab=${tabId}`));
  const line = popup.locator('#provider-status:not([data-kind="checking"])');
  await line.waitFor({ timeout: 15_000 });
  return { popup, kind: await line.getAttribute('data-kind'), text: await line.locator('.provider-text').textContent(),
    href: await line.locator('a').getAttribute('href').catch(() => null) };
}

/** incident.io's feed with a partial outage of ChatGPT's Conversations, started `minutesAgo`. */
function openaiPartialOutage(minutesAgo = 20) {
  const doc = fixture('status.openai.com');
  const conversations = doc.summary.components.find((/** @type {any} */ c) => c.name === 'Conversations').id;
  const affected = [{ component_id: conversations, status: 'partial_outage' }];
  doc.summary.affected_components = affected;
  const incident = doc.summary.ongoing_incidents[0];
  Object.assign(incident, { current_worst_impact: 'partial_outage', affected_components: affected,
    published_at: new Date(Date.now() - minutesAgo * 60_000).toISOString() });
  return doc;
}

describe('the provider\'s status line', () => {
  /** @type {Session} */ let s;
  before(async () => { s = await launch(); });
  afterEach(() => cleanUp(s));
  after(async () => { await s.close(); });

  test('chatgpt.com answers 502 while incident.io reports a partial outage of Conversations: outage, and the line says so with its start time', T, async () => {
    const doc = openaiPartialOutage();
    s.lab.feed('status.openai.com', doc).set('chatgpt.com', '/', 'nginx502');
    const { tabId } = await failingTab(s, 'https://chatgpt.com/');
    const incident = await s.waitForIncident(tabId, (i) => i?.diagnosis.cause === 'outage');
    assert.equal(incident.evidence.provider.level, 'partial_outage');
    const { popup, kind, text, href } = await statusLineOf(s, tabId);
    const since = await popup.evaluate((iso) => new Intl.DateTimeFormat('en', { hour: 'numeric', minute: '2-digit' }).format(new Date(iso)),
      doc.summary.ongoing_incidents[0].published_at);
    assert.equal(kind, 'reported');
    assert.equal(text, en('status_reports', 'OpenAI', `Partial outage — Conversations (${en('status_since', since)})`));
    assert.equal(href, doc.summary.ongoing_incidents[0].url, 'the link goes to the incident');
    assert.equal(await popup.locator('#tab-body .diagnosis').getAttribute('data-cause'), 'outage');
  });

  test('the same 502 while the feed is operational: bad_gateway, and "no incident yet", never "all good"', T, async () => {
    s.lab.set('chatgpt.com', '/', 'nginx502'); // the feed: operational by default
    const { tabId, incident } = await failingTab(s, 'https://chatgpt.com/');
    const { popup, kind, text } = await statusLineOf(s, tabId);
    assert.equal(kind, 'not_yet');
    assert.equal(text, en('status_no_incident_yet', 'OpenAI'));
    const now = await s.waitForIncident(tabId, (i) => i?.parts?.some((/** @type {any} */ p) => p.provider));
    assert.equal(now.diagnosis.cause, 'bad_gateway');
    assert.equal(incident.diagnosis.cause, 'bad_gateway');
    assert.equal(await popup.locator('#tab-body .diagnosis').getAttribute('data-cause'), 'bad_gateway');
  });

  test('grok.com answers 502 while status.x.ai\'s RSS feed has an open incident on Grok (Web): outage, and the line names it with its start', T, async () => {
    // The constructed open item of the fixture, opened 20 minutes ago (an RSS feed dates its
    // incidents, and an open one counts for a week).
    const opened = new Date(Date.now() - 20 * 60_000).toUTCString();
    const rss = fixture('status.x.ai').replaceAll('Fri, 20 Nov 2026 14:02:00 GMT', opened);
    s.lab.feed('status.x.ai', rss).set('grok.com', '/', 'nginx502');
    const { tabId } = await failingTab(s, 'https://grok.com/');
    const incident = await s.waitForIncident(tabId, (i) => i?.diagnosis.cause === 'outage');
    assert.equal(incident.evidence.provider.level, 'partial_outage');
    assert.equal(incident.evidence.provider.incident, 'Grok is Temporarily Unavailable.');
    const { popup, kind, text, href } = await statusLineOf(s, tabId);
    const since = await popup.evaluate((d) => new Intl.DateTimeFormat('en', { hour: 'numeric', minute: '2-digit' }).format(new Date(d)), opened);
    assert.equal(kind, 'reported');
    assert.equal(text, en('status_reports', 'xAI', `Partial outage — Grok (Web) (${en('status_since', since)})`));
    assert.equal(href, 'https://status.x.ai/grok-com/INC7f3e2a91', 'the link goes to the incident');
    assert.equal(await popup.locator('#tab-body .diagnosis').getAttribute('data-cause'), 'outage');
  });

  test('the same 502 while status.x.ai\'s RSS feed lists only resolved incidents: bad_gateway, and "no incident yet"', T, async () => {
    s.lab.set('grok.com', '/', 'nginx502'); // the feed: every incident resolved by default
    const { tabId } = await failingTab(s, 'https://grok.com/');
    const { popup, kind, text } = await statusLineOf(s, tabId);
    assert.equal(kind, 'not_yet');
    assert.equal(text, en('status_no_incident_yet', 'xAI'));
    const now = await s.waitForIncident(tabId, (i) => i?.parts?.some((/** @type {any} */ p) => p.provider));
    assert.equal(now.diagnosis.cause, 'bad_gateway');
    assert.equal(await popup.locator('#tab-body .diagnosis').getAttribute('data-cause'), 'bad_gateway');
    assert.ok(s.lab.log.some((e) => e.host === 'status.x.ai' && e.path === '/feed.xml'), 'the RSS feed was read');
  });

  test('GitHub\'s feed with an incident on Actions only does not mark Copilot as down; one on Copilot does', T, async () => {
    const actionsOnly = fixture('www.githubstatus.com');
    actionsOnly.components = actionsOnly.components.map((/** @type {any} */ c) => ({ ...c, status: 'operational' }));
    actionsOnly.components.push({ id: 'br0l2tvcx85d', name: 'Actions', status: 'partial_outage', position: 4, group: false });
    actionsOnly.incidents = actionsOnly.incidents.map((/** @type {any} */ i) => ({ ...i, name: 'Delays in Actions runs',
      components: [{ id: 'br0l2tvcx85d', name: 'Actions', status: 'partial_outage' }] }));
    actionsOnly.status = { indicator: 'minor', description: 'Minor Service Outage' };
    s.lab.feed('www.githubstatus.com', actionsOnly).set('github.com', '/copilot', 'nginx502');
    const first = await failingTab(s, 'https://github.com/copilot');
    const { popup, kind, text } = await statusLineOf(s, first.tabId);
    assert.equal(kind, 'not_yet', 'Copilot itself is operational');
    assert.equal(text, en('status_no_incident_yet', 'GitHub'));
    const seen = await s.waitForIncident(first.tabId, (i) => i?.parts?.some((/** @type {any} */ p) => p.provider));
    assert.equal(seen.diagnosis.cause, 'bad_gateway', 'an Actions incident is not Copilot\'s outage');
    await popup.close();
    await first.page.close();
    await cleanUp(s);

    s.lab.set('www.githubstatus.com', '*', 'feedOutage').set('github.com', '/copilot', 'nginx502');
    const second = await failingTab(s, 'https://github.com/copilot', (i) => i.diagnosis.cause === 'outage');
    assert.equal(second.incident.evidence.provider.incident, 'Disruption with some GitHub Copilot models');
    const line = await statusLineOf(s, second.tabId);
    assert.equal(line.kind, 'reported');
    assert.match(line.text ?? '', /^GitHub reports: Partial outage — Copilot \(since .+\)$/);
  });

  test('a feed that hangs does not delay the diagnosis; the line says "status unavailable" after the feed\'s timeout', T, async () => {
    s.lab.set('status.openai.com', '*', 'hang').set('chatgpt.com', '/', 'nginx502');
    const start = Date.now();
    const { tabId, incident } = await failingTab(s, 'https://chatgpt.com/');
    const took = Date.now() - start;
    assert.equal(incident.diagnosis.cause, 'bad_gateway');
    assert.ok(took < 4000, `the diagnosis came in ${took} ms, not after the feed's timeout`);
    const { kind, text } = await statusLineOf(s, tabId);
    assert.equal(kind, 'unavailable');
    assert.equal(text, en('status_unavailable', 'OpenAI'));
    assert.ok(Date.now() - start < 12_000, 'the feed was given up within its timeout');
    assert.equal(/** @type {any} */ (await s.incident(tabId)).diagnosis.cause, 'bad_gateway');
  });

  test('a malformed feed: "status unavailable", and the diagnosis unchanged', T, async () => {
    s.lab.set('status.openai.com', '*', 'feedMalformed').set('chatgpt.com', '/', 'nginx502');
    const { tabId, incident } = await failingTab(s, 'https://chatgpt.com/');
    const { kind, text } = await statusLineOf(s, tabId);
    assert.equal(kind, 'unavailable');
    assert.equal(text, en('status_unavailable', 'OpenAI'));
    const after = /** @type {any} */ (await s.incident(tabId));
    // (The page's own text may join the incident meanwhile: the feed's word never does.)
    assert.equal(after.diagnosis.cause, 'bad_gateway');
    assert.equal(after.diagnosis.cause, incident.diagnosis.cause);
    assert.ok(!after.diagnosis.why.some((/** @type {string} */ w) => w.startsWith('provider_')), `why: ${after.diagnosis.why}`);
    assert.ok(!after.parts.some((/** @type {any} */ p) => p.provider), 'nothing from the feed joined the incident');
    assert.ok(s.lab.log.some((e) => e.host === 'status.openai.com'), 'the feed was asked');
  });

  test('ten failing tabs of one site: one feed request per cache period; then one revalidation with its ETag', T, async () => {
    s.lab.feed('status.openai.com', openaiPartialOutage()).set('chatgpt.com', '/', 'nginx502');
    const tabs = await Promise.all(Array.from({ length: 10 }, () => failingTab(s, 'https://chatgpt.com/')));
    for (const { tabId } of tabs) await s.waitForIncident(tabId, (i) => i?.diagnosis.cause === 'outage');
    // And each tab's popup asks too.
    for (const { tabId } of tabs.slice(0, 3)) (await statusLineOf(s, tabId)).popup.close();
    const asked = s.lab.log.filter((e) => e.host === 'status.openai.com');
    assert.equal(asked.length, 1, `feed requests: ${asked.length}`);
    // A minute later (the cache's age moved back), the next asker revalidates: 304, the same status.
    const w = await s.worker();
    await w.evaluate(async () => {
      const got = /** @type {any} */ ((await chrome.storage.session.get('provider:chatgpt'))['provider:chatgpt']);
      await chrome.storage.session.set({ 'provider:chatgpt': { ...got, at: got.at - 61_000 } });
    });
    const again = await statusLineOf(s, tabs[0].tabId);
    assert.equal(again.kind, 'reported');
    const after = s.lab.log.filter((e) => e.host === 'status.openai.com');
    assert.equal(after.length, 2);
    assert.ok(after[1].ifNoneMatch, 'the second request named the ETag of the first');
  });
});

describe('"Is it me?": the reachability check', () => {
  /** @type {Session} */ let s;
  before(async () => { s = await launch(); });
  afterEach(() => cleanUp(s));
  after(async () => { await s.close(); });

  /** @param {Page} page */
  async function reachOf(page) {
    await page.locator('#reach .reach-verdict').waitFor({ timeout: 15_000 });
    const items = await page.locator('#reach li').evaluateAll((lis) => lis.map((li) => ({
      role: /** @type {HTMLElement} */ (li).dataset.role, answered: /** @type {HTMLElement} */ (li).dataset.answered === 'true',
      text: li.textContent })));
    return { verdict: await page.locator('#reach .reach-verdict').textContent(), items,
      side: await page.locator('#diagnosis .side').textContent(), cause: await page.locator('#diagnosis .diagnosis').getAttribute('data-cause') };
  }

  /** @param {string} url */
  async function diagnosticPage(url) {
    const page = await s.context.newPage();
    await page.goto(url).catch(() => {});
    const end = Date.now() + 10_000;
    while (!/\/diagnostic\/diagnostic\.html\?/.test(page.url())) {
      if (Date.now() > end) throw new Error(`no diagnostic page: ${page.url()}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    await page.locator('#diagnosis .diagnosis').waitFor();
    return page;
  }

  test('perplexity.ai drops the connection while its status host and another host answer: the site is not answering, and it is not your network', T, async () => {
    s.lab.set('perplexity.ai', '*', 'emptyResponse');
    const page = await diagnosticPage('https://perplexity.ai/');
    const r = await reachOf(page);
    assert.equal(r.verdict, en('why_reach_only_site_fails'));
    assert.equal(r.side, en('side_service'));
    assert.equal(r.cause, 'connection');
    assert.deepEqual(r.items.map((i) => [i.role, i.answered]), [['site', false], ['status', true], ['other', true]]);
    assert.equal(r.items[0].text, en('reach_silent', 'perplexity.ai'));
    assert.match(r.items[1].text ?? '', /^status\.perplexity\.com answered \(\d+ ms\)$/);
    assert.match(r.items[2].text ?? '', /^gemini\.google\.com answered/);
    assert.equal(await page.locator('#diagnosis li.fix').first().getAttribute('data-fix'), 'reload', 'not "check your connection" first');
    const tabId = await s.tabIdOf(page);
    const incident = /** @type {any} */ (await s.incident(tabId));
    assert.deepEqual(incident.evidence.reach, { site: false, status: true, other: true }, 'the check joined the incident');
    // Perplexity's feed (Instatus) is read for the line, now that the failure is on its side.
    await page.locator('#provider-status:not([data-kind="checking"])').waitFor();
    assert.equal(await page.locator('#provider-status .provider-text').textContent(), en('status_no_incident_yet', 'Perplexity'));
  });

  test('every host drops the connection: it says your network', T, async () => {
    for (const host of ['perplexity.ai', 'status.perplexity.com', 'gemini.google.com']) s.lab.set(host, '*', 'emptyResponse');
    const page = await diagnosticPage('https://perplexity.ai/');
    const r = await reachOf(page);
    assert.equal(r.verdict, en('why_reach_nothing_answers'));
    assert.equal(r.side, en('side_network'));
    assert.deepEqual(r.items.map((i) => i.answered), [false, false, false]);
    assert.equal(await page.locator('#diagnosis li.fix').first().getAttribute('data-fix'), 'check_connection');
  });

  test('the popup\'s button on a 502: every host answers, the site too, and the diagnosis stays bad_gateway', T, async () => {
    s.lab.set('chatgpt.com', '/', 'nginx502');
    const { tabId } = await failingTab(s, 'https://chatgpt.com/');
    const popup = await s.context.newPage();
    await popup.goto(s.url(`popup/popup.html?tab=${tabId}`));
    await popup.locator('#reach-button').click();
    await popup.locator('#reach li').first().waitFor({ timeout: 15_000 });
    const answered = await popup.locator('#reach li').evaluateAll((lis) => lis.map((li) => /** @type {HTMLElement} */ (li).dataset.answered));
    assert.deepEqual(answered, ['true', 'true', 'true'], 'a 502 is the site answering');
    // A 502 is no connection failure: the check does not change its diagnosis.
    assert.equal(await popup.locator('#tab-body .diagnosis').getAttribute('data-cause'), 'bad_gateway');
  });
});
