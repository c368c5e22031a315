// Every id the core can emit has words in every language, and the three locale files
// hold the same messages with the same placeholders. The vocabulary comes from the core's
// CLI (`chatmedic vocabulary`): the same tables the extension's wasm is built from.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const LANGS = ['en', 'ja', 'zh_CN'];
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

test('the three locale files hold the same keys, each with a message and the same placeholders', () => {
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
  assert.ok(v.causes.length >= 18 && v.fixes.length >= 20 && v.why.length > 0, 'the vocabulary is complete');
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
  }
  assert.deepEqual(missing, []);
});
