// Real headless Chromium (Debian's build) with the built extension loaded, pointed at the
// lab. Fails the test on any uncaught exception or console.error in the extension's contexts.
import { chromium } from 'playwright-core';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { Lab } from './lab/server.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** The unpacked extension under test: the build's, or another (CHATMEDIC_EXTENSION_DIR: a bench comparing two builds). */
export const EXTENSION_DIR = process.env.CHATMEDIC_EXTENSION_DIR
  ? path.resolve(process.env.CHATMEDIC_EXTENSION_DIR)
  : path.join(root, 'dist', 'chatmedic-chromium');
export const ARTIFACTS = path.join(root, 'tests', 'artifacts');
/**
 * Where the pictures the README shows are written: the test artifacts, so that a test run
 * leaves the tree as it found it; `make screenshots` points this at docs/screenshots to refresh
 * the README's pictures on purpose.
 */
export const SCREENSHOTS = process.env.CHATMEDIC_SCREENSHOTS
  ? path.resolve(root, process.env.CHATMEDIC_SCREENSHOTS)
  : path.join(ARTIFACTS, 'screenshots');
const SITES = JSON.parse((await import('node:fs')).readFileSync(path.join(root, 'target', 'sites.json'), 'utf8'));

/** Every host of the registry and the status hosts: all of them resolve to the lab. */
export const LAB_HOSTS = [...new Set(SITES.flatMap((/** @type {any} */ s) => [
  ...s.hosts, ...(s.statusFeed?.url ? [new URL(s.statusFeed.url).host] : []),
]))];

const FLAGS = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-quic', '--ignore-certificate-errors'];

/**
 * @typedef {object} LaunchOptions
 * @property {Lab} [lab]               a running lab (one is started when absent)
 * @property {string[]} [notFound]     hosts that fail DNS (MAP host ~NOTFOUND)
 * @property {string} [proxy]          --proxy-server value
 * @property {'light'|'dark'} [colorScheme]
 * @property {string} [locale]
 * @property {boolean} [grantShared]   grant the hosts asked at use (github.com, huggingface.co,
 *   www.google.com) as a user who switched them on would have: the profile is seeded with them,
 *   since no test can answer Chrome's permission prompt (default true; false: as installed)
 * @property {boolean} [grantNotifications]  likewise the optional "notifications" permission, asked at the
 *   first "Notify me when it's back" (default true; false: the user refused it, or was never asked)
 */

/**
 * A copy of the built extension whose manifest grants at install the hosts the shipped one asks
 * at use (optional_host_permissions): the profile of a user who switched those sites on.
 */
function grantedCopy(/** @type {LaunchOptions} */ options) {
  // Under the test artifacts (git-ignored, removed at close), not the shared temporary folder:
  // a session's extension must not vanish under it when something cleans /tmp.
  mkdirSync(ARTIFACTS, { recursive: true });
  const dir = mkdtempSync(path.join(ARTIFACTS, 'extension-granted-'));
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  const file = path.join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(file, 'utf8'));
  if (options.grantShared !== false) {
    manifest.host_permissions = [...manifest.host_permissions, ...(manifest.optional_host_permissions ?? [])];
    delete manifest.optional_host_permissions;
  }
  if (options.grantNotifications !== false) {
    manifest.permissions = [...manifest.permissions, 'notifications'];
    manifest.optional_permissions = (manifest.optional_permissions ?? []).filter((/** @type {string} */ p) => p !== 'notifications');
  }
  writeFileSync(file, JSON.stringify(manifest, null, 2));
  return dir;
}

/** @param {LaunchOptions} [options] */
export async function launch(options = {}) {
  if (!existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) throw new Error(`no built extension at ${EXTENSION_DIR}: run the build first`);
  const extensionDir = options.grantShared === false && options.grantNotifications === false ? EXTENSION_DIR : grantedCopy(options);
  const ownLab = !options.lab;
  const lab = options.lab ?? await new Lab(LAB_HOSTS).start();
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'chatmedic-profile-'));
  const args = [...FLAGS, `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`,
    lab.resolverRules(options.notFound)];
  if (options.proxy) args.push(`--proxy-server=${options.proxy}`);
  // The UI language (what chrome.i18n speaks): Chromium on Linux takes it from LANGUAGE, not
  // from the page locale that `locale` below emulates.
  const env = options.locale ? { ...process.env, LANGUAGE: options.locale.replace('-', '_') } : undefined;
  if (options.locale) args.push(`--lang=${options.locale}`);
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', headless: true, args, ignoreDefaultArgs: ['--disable-extensions'], env,
    colorScheme: options.colorScheme ?? 'light', locale: options.locale ?? 'en-US',
    viewport: { width: 1000, height: 700 },
  });

  /** @type {string[]} problems seen in the extension's own contexts */
  const errors = [];
  const own = (/** @type {string} */ url) => url.startsWith('chrome-extension://');
  context.on('console', (msg) => {
    const url = msg.location()?.url ?? '';
    if (msg.type() === 'error' && own(url)) errors.push(`console.error at ${url}: ${msg.text()}`);
  });
  context.on('weberror', (e) => {
    const url = e.page()?.url() ?? '';
    if (own(url)) errors.push(`uncaught in ${url}: ${e.error().message}`);
  });

  let worker = context.serviceWorkers().find((w) => own(w.url()));
  worker ??= await context.waitForEvent('serviceworker', { predicate: (w) => own(w.url()), timeout: 15_000 });
  const extensionId = new URL(worker.url()).host;
  // The first install opens the welcome page: seen (the test of the welcome page asks), then
  // closed, so that every test starts from its own tabs.
  let welcomeOpened = false;
  for (let i = 0; i < 100 && !welcomeOpened; i += 1) {
    for (const p of context.pages()) {
      if (p.url().startsWith(`chrome-extension://${extensionId}/welcome/`)) {
        welcomeOpened = true;
        // Closed once it has drawn itself: the extension's pages share one renderer, and a page
        // closed while its messages (chrome.i18n) were being fetched left the next ones without.
        await p.waitForFunction(() => document.title !== 'chatmedic' || !!document.querySelector('#shared-hosts input'), null, { timeout: 10_000 }).catch(() => {});
        await p.close();
      }
    }
    if (!welcomeOpened) await new Promise((r) => setTimeout(r, 50));
  }

  const session = {
    context, lab, extensionId, errors, welcomeOpened,
    /** The extension's live service worker (a stopped one is replaced by the next). */
    async worker() {
      const live = context.serviceWorkers().find((w) => own(w.url()));
      return live ?? context.waitForEvent('serviceworker', { predicate: (w) => own(w.url()), timeout: 15_000 });
    },
    /** @param {string} page e.g. "popup/popup.html?tab=3" */
    url: (page) => `chrome-extension://${extensionId}/${page}`,
    /** The tab id Chrome gave a page, as the extension sees it. */
    async tabIdOf(/** @type {import('playwright-core').Page} */ page) {
      const w = await session.worker();
      const href = page.url();
      return w.evaluate(async (u) => {
        const tabs = await chrome.tabs.query({});
        const t = tabs.find((x) => x.url === u || x.pendingUrl === u) ?? tabs.find((x) => x.active);
        return t?.id ?? -1;
      }, href);
    },
    /** The incident the worker keeps for a tab (from chrome.storage.session). */
    async incident(/** @type {number} */ tabId) {
      const w = await session.worker();
      return w.evaluate(async (id) => (await chrome.storage.session.get(`tab:${id}`))[`tab:${id}`] ?? null, tabId);
    },
    /** Waits until the worker has an incident for the tab that satisfies `ok`. */
    /** @returns {Promise<any>} */
  async waitForIncident(/** @type {number} */ tabId, ok = (/** @type {any} */ i) => !!i, timeout = 10_000) {
      const end = Date.now() + timeout;
      let last = null;
      while (Date.now() < end) {
        last = await session.incident(tabId).catch(() => null);
        if (ok(last)) return last;
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error(`no matching incident for tab ${tabId} within ${timeout} ms; last: ${JSON.stringify(last)}`);
    },
    /** The tab's toolbar badge text. */
    async badge(/** @type {number} */ tabId) {
      return (await session.worker()).evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
    },
    /**
     * The tab's badge text once it equals `expected` (a text, or a function giving the text it
     * should be now): the worker writes the incident, then the badge, so a read right after the
     * incident may come between the two writes.
     */
    async waitForBadge(/** @type {number} */ tabId, /** @type {string | (() => Promise<string | undefined>)} */ expected, timeout = 3000) {
      const end = Date.now() + timeout;
      let last = null;
      let want;
      while (Date.now() < end) {
        last = await session.badge(tabId).catch(() => null);
        want = typeof expected === 'function' ? await expected() : expected;
        if (last === want) return last;
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error(`the badge of tab ${tabId} is ${JSON.stringify(last)}, not ${JSON.stringify(want)}, after ${timeout} ms`);
    },
    /** The tab's badge text once it shows the code of the tab's current incident. */
    async waitForIncidentBadge(/** @type {number} */ tabId, timeout = 3000) {
      return session.waitForBadge(tabId, async () => (/** @type {any} */ (await session.incident(tabId)))?.diagnosis.badge, timeout);
    },
    /**
     * The content script's isolated world of a page, through CDP (which the page cannot
     * reach): evaluate there, read its probe, wait for a state.
     * @param {import('playwright-core').Page} page
     */
    async contentWorld(page) {
      const cdp = await page.context().newCDPSession(page);
      /** @type {Map<number, any>} */
      const contexts = new Map();
      cdp.on('Runtime.executionContextCreated', (e) => contexts.set(e.context.id, e.context));
      cdp.on('Runtime.executionContextDestroyed', (e) => contexts.delete(e.executionContextId));
      cdp.on('Runtime.executionContextsCleared', () => contexts.clear());
      await cdp.send('Runtime.enable');
      const origin = `chrome-extension://${extensionId}`;
      const world = {
        cdp,
        /** @param {string} expression @returns {Promise<any>} */
        async eval(expression) {
          const ctx = [...contexts.values()].reverse().find((c) => c.auxData?.type === 'isolated' && c.origin === origin);
          if (!ctx) return undefined;
          const r = await cdp.send('Runtime.evaluate', { expression, contextId: ctx.id, returnByValue: true, awaitPromise: true })
            .catch(() => ({ result: { value: undefined } }));
          return /** @type {any} */ (r).exceptionDetails ? undefined : r.result.value;
        },
        /** The content script's state: batches, the banner's text, buttons, cause… */
        probe: () => world.eval('typeof chatmedicProbe === "function" ? chatmedicProbe() : undefined'),
        /** Waits until the probe satisfies `ok`; returns it. @returns {Promise<any>} */
        async until(/** @type {(p: any) => boolean} */ ok, timeout = 5000, every = 10) {
          const end = Date.now() + timeout;
          let last;
          while (Date.now() < end) {
            last = await world.probe();
            if (last && ok(last)) return last;
            await new Promise((r) => setTimeout(r, every));
          }
          throw new Error(`the content script never reached the expected state; last: ${JSON.stringify(last)}`);
        },
      };
      return world;
    },
    /** Saves a screenshot of what the test saw. */
    async screenshot(/** @type {import('playwright-core').Page} */ page, /** @type {string} */ name) {
      mkdirSync(ARTIFACTS, { recursive: true });
      await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) });
    },
    /** Fails if the extension logged an error or threw; then closes everything. */
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
      if (extensionDir !== EXTENSION_DIR) rmSync(extensionDir, { recursive: true, force: true });
      if (ownLab) await lab.stop();
      if (errors.length) throw new Error(`the extension reported errors:\n${errors.join('\n')}`);
    },
  };
  return session;
}
