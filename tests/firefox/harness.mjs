// Real headless Firefox (Debian's firefox-esr) driven through geckodriver's WebDriver, with the
// built Firefox package installed as a temporary add-on, pointed at the lab through the lab's
// proxy (tests/lab/proxy.mjs). Plain fetch() speaks WebDriver; no client library.
//
// What the test reads, and how:
// - the extension's state (incidents, badge, tabs): a second tab on one of the add-on's own
//   pages, where a WebDriver script can call chrome.* (geckodriver --allow-system-access);
// - the banner: its host element on the page, its closed shadow root through WebDriver's
//   "get element shadow root" (which Firefox answers for closed roots too), a screenshot;
// - the add-on's console: Firefox writes it to stdout (devtools.console.stdout.*), which is
//   geckodriver's, kept in a file; close() fails on any error there from the add-on.
import { spawn, execFileSync } from 'node:child_process';
import { mkdirSync, openSync, readFileSync, closeSync, existsSync } from 'node:fs';
import net from 'node:net';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { Lab } from '../lab/server.mjs';
import { LabProxy } from '../lab/proxy.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const ADDON_DIR = path.join(root, 'dist', 'chatmedic-firefox');
export const ARTIFACTS = path.join(root, 'tests', 'artifacts', 'firefox');
const SITES = JSON.parse(readFileSync(path.join(root, 'target', 'sites.json'), 'utf8'));
export const LAB_HOSTS = [...new Set(SITES.flatMap((/** @type {any} */ s) => [
  ...s.hosts, ...(s.statusFeed?.url ? [new URL(s.statusFeed.url).host] : []),
]))];

const FIREFOX = process.env.FIREFOX ?? '/usr/bin/firefox-esr';
const GECKODRIVER = process.env.GECKODRIVER ?? 'geckodriver';
/** A fixed internal UUID for the add-on, so that its pages have a known moz-extension:// origin. */
const UUID = '6f1c2a9e-3b7d-4c55-9e1a-0c8d2b4f7a13';
/** The element key of WebDriver references (W3C). */
export const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';
const SHADOW = 'shadow-6066-11e4-a52e-4f735466cecf';

const sleep = (/** @type {number} */ ms) => new Promise((r) => setTimeout(r, ms));

/** A free loopback port (for geckodriver, which needs one named). */
async function freePort() {
  const server = net.createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const { port } = /** @type {net.AddressInfo} */ (server.address());
  await new Promise((resolve) => server.close(() => resolve(undefined)));
  return port;
}

export class WebDriverError extends Error {
  /** @param {string} error @param {string} message */
  constructor(error, message) {
    super(`${error}: ${message}`);
    this.error = error;
  }
}

/**
 * @param {string} base @param {string} method @param {string} route @param {unknown} [body]
 * @returns {Promise<any>}
 */
async function call(base, method, route, body) {
  const res = await fetch(`${base}${route}`, {
    method, headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = /** @type {any} */ (await res.json());
  if (!res.ok) throw new WebDriverError(json.value?.error ?? String(res.status), json.value?.message ?? '');
  return json.value;
}

/**
 * @typedef {object} LaunchOptions
 * @property {'light'|'dark'} [colorScheme]
 */

/** Starts the lab, its proxy, geckodriver and Firefox, and installs the add-on. */
export async function launch(/** @type {LaunchOptions} */ options = {}) {
  if (!existsSync(path.join(ADDON_DIR, 'manifest.json'))) throw new Error(`no built add-on at ${ADDON_DIR}: run the build first`);
  const manifest = JSON.parse(readFileSync(path.join(ADDON_DIR, 'manifest.json'), 'utf8'));
  const addonId = manifest.browser_specific_settings.gecko.id;
  const lab = await new Lab(LAB_HOSTS).start();
  const proxy = await new LabProxy(LAB_HOSTS, lab.port).start();
  mkdirSync(ARTIFACTS, { recursive: true });
  const logPath = path.join(ARTIFACTS, `firefox-${process.pid}.log`);
  const logFd = openSync(logPath, 'w');
  const port = await freePort();
  const driver = spawn(GECKODRIVER, ['--port', String(port), '--binary', FIREFOX, '--allow-system-access', '--websocket-port', String(await freePort())],
    { stdio: ['ignore', logFd, logFd] });
  driver.unref();
  const base = `http://127.0.0.1:${port}`;
  const stopDriver = () => { try { driver.kill('SIGTERM'); } catch { /* gone */ } };
  process.once('exit', stopDriver);

  /** @type {string|null} */
  let sessionId = null;
  try {
    for (let i = 0; ; i += 1) {
      try {
        await call(base, 'GET', '/status');
        break;
      } catch (e) {
        if (i > 100) throw new Error(`geckodriver did not start: ${e}`);
        await sleep(50);
      }
    }
    const session = await call(base, 'POST', '/session', {
      capabilities: {
        alwaysMatch: {
          browserName: 'firefox',
          // The lab's self-signed certificate, for the lab only: every request goes to the lab
          // proxy, which tunnels nothing but the lab's hosts to the lab.
          acceptInsecureCerts: true,
          'moz:firefoxOptions': {
            args: ['-headless'],
            prefs: {
              ...proxy.prefs(),
              'extensions.webextensions.uuids': JSON.stringify({ [addonId]: UUID }),
              'devtools.console.stdout.content': true,
              'devtools.console.stdout.chrome': true,
              'ui.systemUsesDarkTheme': options.colorScheme === 'dark' ? 1 : 0,
              'layout.css.prefers-color-scheme.content-override': options.colorScheme === 'dark' ? 0 : 1,
              'intl.locale.requested': 'en-US',
              'browser.shell.checkDefaultBrowser': false,
              'datareporting.policy.dataSubmissionEnabled': false,
              'app.update.disabledForTesting': true,
              // The add-on asks for an optional permission (notifications, a shared host) from a
              // click, and Firefox then asks the user, in a prompt no WebDriver command answers:
              // with this off, the request is granted as if the user said yes. The package is the
              // shipped one, which asks at use: nothing is granted until a test clicks where the
              // add-on asks (the watch's "Allow notifications").
              'extensions.webextOptionalPermissionPrompts': false,
              // Notifications in Firefox's own alert window (shown 20 s), not the system's: a
              // headless machine has no notification daemon, and libnotify's alert ends at once
              // ("Failed to connect to proxy"), gone from notifications.getAll() before a test reads it.
              'alerts.useSystemBackend': false,
            },
          },
        },
      },
    });
    sessionId = /** @type {string} */ (session.sessionId);
  } catch (e) {
    stopDriver();
    closeSync(logFd);
    await proxy.stop();
    await lab.stop();
    throw e;
  }
  const s = `/session/${sessionId}`;
  /** @param {string} method @param {string} route @param {unknown} [body] */
  const wd = (method, route, body) => call(base, method, `${s}${route}`, body);

  const installed = await wd('POST', '/moz/addon/install', { path: ADDON_DIR, temporary: true });
  if (installed !== addonId) throw new Error(`installed ${installed}, expected ${addonId}`);
  const origin = `moz-extension://${UUID}`;

  // The first install opens the welcome page in a tab of its own: closed, so that the tests
  // start from their own tabs (and the page tab is the selected one).
  const firstHandle = /** @type {string} */ (await wd('GET', '/window'));
  let welcomeOpened = false;
  for (let i = 0; i < 60; i += 1) {
    const handles = /** @type {string[]} */ (await wd('GET', '/window/handles'));
    const others = handles.filter((h) => h !== firstHandle);
    if (others.length) {
      for (const h of others) {
        await wd('POST', '/window', { handle: h });
        for (let j = 0; j < 40 && !welcomeOpened; j += 1) {
          welcomeOpened = String(await wd('GET', '/url')).includes('/welcome/welcome.html');
          if (!welcomeOpened) await sleep(50);
        }
        await wd('DELETE', '/window');
      }
      await wd('POST', '/window', { handle: firstHandle });
      break;
    }
    await sleep(50);
  }
  // Tab 1: the chat page under test. In a window of its own: the add-on's options page, where
  // the test reads the extension's state (kept apart: a tab's badge is reset when that tab
  // navigates; and in another window, so that reading the state never hides the page tab,
  // which auto-refresh would rightly take for the user looking away).
  await wd('POST', '/window/rect', { width: 1000, height: 760 });
  const pageHandle = /** @type {string} */ (await wd('GET', '/window'));
  const stateHandle = (await wd('POST', '/window/new', { type: 'window' })).handle;
  await wd('POST', '/window', { handle: stateHandle });
  await wd('POST', '/url', { url: `${origin}/options/options.html` });
  await wd('POST', '/window', { handle: pageHandle });
  let current = pageHandle;
  const focus = async (/** @type {string} */ h) => {
    if (current !== h) await wd('POST', '/window', { handle: h });
    current = h;
  };

  /** A search in the page tab's banner (its closed shadow root), or null without a banner. */
  const bannerFinder = async () => {
    await focus(harness.pageHandle);
    const hosts = await wd('POST', '/elements', { using: 'css selector', value: 'chatmedic-banner' });
    if (hosts.length === 0) return null;
    let shadow;
    try {
      shadow = (await wd('GET', `/element/${hosts[0][ELEMENT]}/shadow`))[SHADOW];
    } catch {
      return null;
    }
    return async (/** @type {string} */ css) => /** @type {any[]} */ (await wd('POST', `/shadow/${shadow}/elements`, { using: 'css selector', value: css }));
  };

  const harness = {
    lab, proxy, origin, addonId, logPath, wd, pageHandle, stateHandle, welcomeOpened,
    /** @param {string} page e.g. "popup/popup.html?tab=3" */
    url: (/** @type {string} */ page) => `${origin}/${page}`,
    focus,
    /**
     * Runs `script` (a function body; `arguments` are the args, the last one the callback's
     * place is taken by the returned promise) with chrome.* in the add-on's state tab.
     * @param {string} body an async function body @param {unknown[]} [args]
     * @returns {Promise<any>}
     */
    async inExtension(body, args = []) {
      const back = current;
      await focus(stateHandle);
      try {
        return await wd('POST', '/execute/async', {
          script: `const done = arguments[arguments.length - 1];
            (async (...args) => { ${body} })(...Array.from(arguments).slice(0, -1))
              .then((v) => done({ ok: v === undefined ? null : v }), (e) => done({ error: String(e) }));`,
          args,
        }).then((/** @type {any} */ r) => {
          if (r && 'error' in r) throw new Error(`in the add-on: ${r.error}`);
          return r?.ok;
        });
      } finally {
        await focus(back);
      }
    },
    /** Opens a fresh tab as the page tab (and closes the last one): no incident carries over. */
    async newTab() {
      const old = harness.pageHandle;
      const handle = (await wd('POST', '/window/new', { type: 'tab' })).handle;
      await focus(old);
      await wd('DELETE', '/window');
      current = '';
      harness.pageHandle = handle;
      await focus(handle);
    },
    /** Opens a page in the page tab; Firefox's own error pages are reached, not thrown. */
    async goto(/** @type {string} */ url) {
      await focus(harness.pageHandle);
      try {
        await wd('POST', '/url', { url });
      } catch (e) {
        if (!(e instanceof WebDriverError && /Reached error page/.test(e.message))) throw e;
      }
    },
    /** The page tab's address now. */
    async currentUrl() {
      await focus(harness.pageHandle);
      return /** @type {string} */ (await wd('GET', '/url'));
    },
    /** The extension's id of the tab showing `url` (the page tab). */
    async tabIdOf(/** @type {string} */ url) {
      return /** @type {number} */ (await harness.inExtension(
        'const tabs = await chrome.tabs.query({}); return tabs.find((t) => t.url === args[0])?.id ?? -1;', [url]));
    },
    /** The incident the background keeps for a tab (chrome.storage.session). */
    async incident(/** @type {number} */ tabId) {
      return harness.inExtension('const k = `tab:${args[0]}`; return (await chrome.storage.session.get(k))[k] ?? null;', [tabId]);
    },
    /** The tab's toolbar badge text. */
    async badge(/** @type {number} */ tabId) {
      return /** @type {string} */ (await harness.inExtension('return chrome.action.getBadgeText({ tabId: args[0] });', [tabId]));
    },
    /**
     * Polls `read` until `ok` holds, then returns the value; fails naming the last value.
     * @template T @param {string} what @param {() => Promise<T>} read @param {(v: T) => boolean} ok
     */
    async until(what, read, ok, timeout = 10_000) {
      const end = Date.now() + timeout;
      /** @type {T|undefined} */
      let last;
      while (Date.now() < end) {
        last = await read();
        if (ok(last)) return /** @type {T} */ (last);
        await sleep(100);
      }
      throw new Error(`${what}: not within ${timeout} ms; last: ${JSON.stringify(last)}`);
    },
    /**
     * The banner on the page tab, read through its closed shadow root, or null: its (first) line,
     * its quote, its buttons' labels, auto-refresh's line, the watch's line and a note's line
     * ("Your unsent message was restored").
     * @returns {Promise<{text: string, quote: string, buttons: string[], auto: string, watch: string, note: string}|null>}
     */
    async banner() {
      const find = await bannerFinder();
      if (!find) return null;
      const text = async (/** @type {any} */ el) => /** @type {string} */ (await wd('GET', `/element/${el[ELEMENT]}/text`));
      const [line] = await find('.line');
      if (!line) return null;
      const [note] = await find('.note .line');
      const [quote] = await find('.quote');
      const [auto] = await find('.auto .status');
      const [watch] = await find('.watchline');
      const buttons = await Promise.all((await find('button')).map(text));
      return {
        text: await text(line), quote: quote ? await text(quote) : '', buttons,
        auto: auto ? await text(auto) : '', watch: watch ? await text(watch) : '', note: note ? await text(note) : '',
      };
    },
    /** Clicks the banner's button with this label (a WebDriver click: the user's gesture). */
    async clickBanner(/** @type {string} */ label) {
      const find = await bannerFinder();
      for (const b of find ? await find('button') : []) {
        if (await wd('GET', `/element/${b[ELEMENT]}/text`) === label) {
          await wd('POST', `/element/${b[ELEMENT]}/click`, {});
          return;
        }
      }
      throw new Error(`no "${label}" in the banner: ${JSON.stringify(await harness.banner())}`);
    },
    /** Saves a PNG of the page tab's viewport to the artifacts (and `copyTo`, when given). */
    async screenshot(/** @type {string} */ name, /** @type {string|undefined} */ copyTo = undefined) {
      await focus(harness.pageHandle);
      const png = Buffer.from(/** @type {string} */ (await wd('GET', '/screenshot')), 'base64');
      const { writeFileSync } = await import('node:fs');
      writeFileSync(path.join(ARTIFACTS, `${name}.png`), png);
      if (copyTo) writeFileSync(copyTo, png);
    },
    /** Lines the add-on wrote to Firefox's console as errors, or threw, so far. */
    addonErrors() {
      const log = readFileSync(logPath, 'utf8').split('\n');
      return log.filter((l) => (/^JavaScript error: /.test(l) && l.includes(origin)) ||
        (/^console\.error: /.test(l) && /chatmedic/.test(l)));
    },
    /** The browser's and the driver's versions, for the test log. */
    versions() {
      const ff = execFileSync(FIREFOX, ['--version'], { encoding: 'utf8' }).trim();
      const gd = execFileSync(GECKODRIVER, ['--version'], { encoding: 'utf8' }).split('\n')[0].trim();
      return `${ff}, ${gd}`;
    },
    /** Ends the session, stops everything; fails if the add-on logged an error or threw. */
    async close() {
      try {
        await call(base, 'DELETE', s).catch(() => {});
      } finally {
        stopDriver();
        process.removeListener('exit', stopDriver);
        await proxy.stop();
        await lab.stop();
        closeSync(logFd);
      }
      const errors = harness.addonErrors();
      if (errors.length) throw new Error(`the add-on reported errors (${logPath}):\n${errors.join('\n')}`);
    },
  };
  return harness;
}
