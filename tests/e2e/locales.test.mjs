// Every id the core can emit has words in every language, and the locale files
// hold the same messages with the same placeholders. The vocabulary comes from the core's
// CLI (`chatmedic vocabulary`): the same tables the extension's wasm is built from.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { SCREENSHOTS } from '../harness.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const LANGS = ['en', 'ja', 'zh_CN', 'es', 'pt_BR', 'fr', 'de', 'ru', 'ko'];
/** @type {Record<string, Record<string, {message: string, placeholders?: Record<string, {content: string}>}>>} */
const locales = Object.fromEntries(LANGS.map((l) => [l,
  JSON.parse(readFileSync(path.join(root, 'extension', '_locales', l, 'messages.json'), 'utf8'))]));

/** @returns {import('../../extension/src/shared/types.js').Vocabulary} */
function vocabulary() {
  return JSON.parse(execFileSync('cargo', ['run', '-q', '-p', 'chatmedic', '--', 'vocabulary'], { cwd: root, encoding: 'utf8' }));
}

/**
 * The message for a why id in a locale: its own, or its family's (the longest prefix with
 * a why_family_ message), as the presenter (extension/src/shared/render.js) looks it up.
 * @param {string} lang @param {string} id
 */
function whyMessage(lang, id) {
  const m = locales[lang];
  if (m[`why_${id}`]) return m[`why_${id}`];
  const parts = id.split('_');
  for (let i = parts.length - 1; i > 0; i--) {
    const family = m[`why_family_${parts.slice(0, i).join('_')}_`];
    if (family) return family;
  }
  return undefined;
}

test('the locale files hold the same keys, each with a message and the same placeholders', () => {
  const en = Object.keys(locales.en).sort();
  for (const lang of LANGS.slice(1)) {
    const keys = Object.keys(locales[lang]).sort();
    assert.deepEqual(en.filter((k) => !keys.includes(k)), [], `keys missing from ${lang}`);
    assert.deepEqual(keys.filter((k) => !en.includes(k)), [], `keys in ${lang} that en lacks`);
  }
  for (const lang of LANGS) {
    for (const [key, entry] of Object.entries(locales[lang])) {
      assert.ok(entry.message.trim(), `${lang}: ${key} is empty`);
      assert.deepEqual(Object.keys(entry.placeholders ?? {}).sort(), Object.keys(locales.en[key].placeholders ?? {}).sort(),
        `${lang}: ${key} has other placeholders than en`);
      for (const [, name] of entry.message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)) {
        assert.ok(entry.placeholders?.[name.toLowerCase()], `${lang}: ${key} uses $${name}$ without defining it`);
      }
    }
  }
});

test('every cause, side, fix and why id the core can emit has a message in every locale', async () => {
  const v = vocabulary();
  assert.ok(v.causes.length >= 18 && v.fixes.length >= 20 && v.why.length > 0 && v.stopReasons.length >= 4, 'the vocabulary is complete');
  /** @type {string[]} */
  const missing = [];
  for (const lang of LANGS) {
    const m = locales[lang];
    const need = (/** @type {string} */ key) => { if (!m[key]) missing.push(`${lang}: ${key}`); };
    for (const c of v.causes) { need(`cause_${c.id}_headline`); need(`cause_${c.id}_explain`); }
    for (const s of v.sides) { need(`side_${s}`); need(`sidename_${s}`); }
    for (const f of v.fixes) { need(`fix_${f}`); need(`fix_${f}_hint`); }
    for (const f of v.whyFamilies) need(`why_family_${f}`);
    for (const w of v.why) if (!whyMessage(lang, w)) missing.push(`${lang}: why_${w}`);
    // Auto-refresh's stop reasons, and the extension's own one (the user pressed Stop).
    for (const r of [...v.stopReasons, 'user']) need(`schedule_stop_${r}`);
  }
  assert.deepEqual(missing, []);
});

// The popup and the diagnostic page speak the browser's UI language (chrome.i18n follows it):
// Chromium started in Spanish and in Russian shows them in those languages, and the README's
// gallery gets a screenshot of each.
// Chromium speaks a UI language only with its locale pack (Debian ships them apart, in
// chromium-l10n); without the pack the browser is in English and the test says so.
const CHROMIUM_DIR = process.env.CHROMIUM ? path.dirname(process.env.CHROMIUM) : '/usr/lib/chromium';
for (const [locale, lang] of [['es-ES', 'es'], ['ru-RU', 'ru']]) {
  const pack = path.join(CHROMIUM_DIR, 'locales', `${lang}.pak`);
  const skip = existsSync(pack) ? false : `no ${pack}: install chromium-l10n (or set CHROMIUM to a build with it)`;
  test(`in ${locale}, the popup and the diagnostic page are in ${lang}`, { timeout: 90_000, skip }, async () => {
    const { launch } = await import('../harness.mjs');
    const { mkdirSync } = await import('node:fs');
    const m = locales[lang];
    const s = await launch({ locale });
    try {
      s.lab.set('chatgpt.com', '/', 'nginx502');
      const page = await s.context.newPage();
      await page.goto('https://chatgpt.com/');
      const tabId = await s.tabIdOf(page);
      await s.waitForIncident(tabId, (/** @type {any} */ i) => i?.url === 'https://chatgpt.com/');
      const popup = await s.context.newPage();
      await popup.goto(s.url(`popup/popup.html?tab=${tabId}`));
      const d = popup.locator('#tab-body .diagnosis');
      await d.waitFor();
      const cause = await d.getAttribute('data-cause');
      assert.equal(await d.locator('.headline').textContent(), m[`cause_${cause}_headline`].message);
      mkdirSync(SCREENSHOTS, { recursive: true });
      await popup.setViewportSize({ width: 380, height: 600 });
      await popup.screenshot({ path: path.join(SCREENSHOTS, `popup-${lang}.png`), fullPage: true });

      s.lab.set('chatgpt.com', '/', 'resetSocket');
      const diag = await s.context.newPage();
      await diag.goto('https://chatgpt.com/').catch(() => {});
      const end = Date.now() + 10_000;
      while (!/\/diagnostic\/diagnostic\.html\?/.test(diag.url())) {
        if (Date.now() > end) throw new Error(`no diagnostic page: ${diag.url()}`);
        await new Promise((r) => setTimeout(r, 100));
      }
      const dd = diag.locator('#diagnosis .diagnosis');
      await dd.waitFor();
      const dcause = await dd.getAttribute('data-cause');
      assert.equal(await dd.locator('.headline').textContent(), m[`cause_${dcause}_headline`].message);
      assert.equal(await diag.title(), m.diag_title.message);
      assert.equal((await diag.locator('#try-again').textContent())?.trim(), m.diag_try_again.message);
      await diag.setViewportSize({ width: 800, height: 600 });
      await diag.screenshot({ path: path.join(SCREENSHOTS, `diagnostic-${lang}.png`), fullPage: true });
      assert.deepEqual(s.errors, []);
    } finally {
      await s.close();
    }
  });
}
