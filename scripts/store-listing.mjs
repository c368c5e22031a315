// The store listings, from their one source: the name and short description are the manifest's
// own (`ext_name`, `ext_description` in extension/_locales/<locale>/messages.json, which the
// stores read from the package); the long description, the single purpose, the permission
// justifications and the data-use statement are store/listing/<locale>.json; the links are
// store/common.json.
//   node scripts/store-listing.mjs --check              checks the sources (make js-check)
//   node scripts/store-listing.mjs OUT_DIR MANIFEST     writes OUT_DIR/<locale>/listing.json for
//                                                       the permissions MANIFEST asks (make release)
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { VERSION } from './version.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const json = (/** @type {string} */ f) => JSON.parse(readFileSync(path.join(root, f), 'utf8'));

/** The stores' limits: the Chrome Web Store's (summary, name, description) and AMO's summary. */
export const LIMITS = { name: 75, short: 132, amoSummary: 250, long: 16_000 };

/**
 * @typedef {object} Source  store/listing/<locale>.json
 * @property {string[]} long_description  lines
 * @property {string} single_purpose
 * @property {Record<string, string>} permissions  manifest entry (or host_permissions,
 *   optional_host_permissions, remote_code) → why chatmedic asks for it
 * @property {string} data_usage
 */

const common = json('store/common.json');
const locales = readdirSync(path.join(root, 'extension', '_locales')).sort();

/**
 * What the manifest asks for, each with the key of its justification.
 * @param {any} m @returns {{key: string, entry: string}[]}
 */
export function asked(m) {
  return [
    ...(m.permissions ?? []).map((/** @type {string} */ p) => ({ key: p, entry: p })),
    ...(m.optional_permissions ?? []).map((/** @type {string} */ p) => ({ key: p, entry: `${p} (optional)` })),
    ...(m.host_permissions?.length ? [{ key: 'host_permissions', entry: 'host permissions' }] : []),
    ...(m.optional_host_permissions?.length ? [{ key: 'optional_host_permissions', entry: 'optional host permissions' }] : []),
  ];
}

const hostList = (/** @type {string[]} */ patterns) => patterns.map((p) => p.replace(/^https?:\/\//, '').replace(/\/\*$/, '')).join(', ');

/**
 * One locale's listing for a manifest, and what is wrong with it.
 * @param {string} locale @param {any} manifest
 */
export function listing(locale, manifest) {
  /** @type {string[]} */
  const problems = [];
  const file = `store/listing/${locale}.json`;
  if (!existsSync(path.join(root, file))) return { problems: [`${file} is missing`] };
  /** @type {Source} */
  const src = json(file);
  /** @type {Source} */
  const en = json('store/listing/en.json');
  const messages = json(`extension/_locales/${locale}/messages.json`);
  const name = messages.ext_name?.message ?? '';
  const short = messages.ext_description?.message ?? '';
  const fill = (/** @type {string} */ text, /** @type {Record<string, string>} */ more = {}) =>
    text.replace(/\{(\w+)\}/g, (all, key) => {
      /** @type {Record<string, string>} */
      const values = { privacy_url: common.privacy_policy_url, source_url: common.source_url, ...more };
      const value = values[key];
      if (value === undefined) problems.push(`${file}: unknown placeholder ${all}`);
      return value ?? all;
    });

  for (const key of Object.keys(en)) if (!(key in src)) problems.push(`${file}: no ${key}`);
  for (const key of Object.keys(en.permissions)) if (!src.permissions?.[key]) problems.push(`${file}: no permissions.${key}`);
  for (const key of Object.keys(src.permissions ?? {})) if (!(key in en.permissions)) problems.push(`${file}: permissions.${key} is not in en.json`);
  if (!name || name.length > LIMITS.name) problems.push(`${locale}: ext_name must be 1 to ${LIMITS.name} characters`);
  if (!short || short.length > LIMITS.short) problems.push(`${locale}: ext_description is ${short.length} characters; the Chrome Web Store takes at most ${LIMITS.short}`);
  const long = fill((src.long_description ?? []).join('\n'));
  if (!long.includes(common.privacy_policy_url)) problems.push(`${file}: the long description does not link the privacy policy ({privacy_url})`);
  if (long.length > LIMITS.long) problems.push(`${file}: the long description is ${long.length} characters, over ${LIMITS.long}`);

  /** @type {Record<string, string>} */
  const justifications = {};
  for (const { key, entry } of asked(manifest)) {
    const text = src.permissions?.[key];
    if (!text) problems.push(`${file}: no justification for ${entry}, which the manifest asks`);
    else {
      const hosts = key === 'host_permissions' ? manifest.host_permissions : key === 'optional_host_permissions' ? manifest.optional_host_permissions : [];
      justifications[entry] = fill(text, { hosts: hostList(hosts) });
    }
  }
  return {
    problems,
    listing: {
      locale, version: VERSION, name, short_description: short, long_description: long,
      single_purpose: fill(src.single_purpose ?? ''),
      permission_justifications: justifications,
      remote_code: fill(src.permissions?.remote_code ?? ''),
      data_usage: fill(src.data_usage ?? ''),
      privacy_policy_url: common.privacy_policy_url,
      homepage_url: common.source_url,
      permissions: manifest.permissions ?? [],
      optional_permissions: manifest.optional_permissions ?? [],
      host_permissions: manifest.host_permissions ?? [],
      optional_host_permissions: manifest.optional_host_permissions ?? [],
    },
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const check = process.argv[2] === '--check';
  // The check holds the sources to what the base manifest asks, with its hosts as the build
  // will generate them (a host permission is always asked); the release, to the built manifest.
  const manifest = check
    ? { ...json('extension/manifest.base.json'), host_permissions: ['https://example.com/*'] }
    : JSON.parse(readFileSync(process.argv[3], 'utf8'));
  const listed = readdirSync(path.join(root, 'store', 'listing')).map((f) => f.replace(/\.json$/, ''));
  const problems = listed.filter((l) => !locales.includes(l)).map((l) => `store/listing/${l}.json: no extension/_locales/${l}`);
  for (const locale of locales) {
    const got = listing(locale, manifest);
    problems.push(...got.problems);
    if (!check && got.listing && !got.problems.length) {
      const dir = path.join(process.argv[2], locale);
      mkdirSync(dir, { recursive: true });
      writeFileSync(path.join(dir, 'listing.json'), `${JSON.stringify(got.listing, null, 2)}\n`);
    }
  }
  if (problems.length) {
    console.error(`store-listing:\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  if (check) console.log(`store-listing: ${locales.length} locales, every text there, within the stores' limits`);
}
