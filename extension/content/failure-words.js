// @ts-check
// The content script's cheap prefilter: does a short text carry a word that marks a failure in
// any language the core reads? Only then is it sent to the core, which decides what it means.
// The words are the core's own (its lexicons, `chatmedic words`, generated at build time), so
// an error drawn in Spanish, German, Russian, Arabic or Korean reaches the core as English does.
import { FAILURE_WORDS } from '../src/generated/words.js';

/** A status number a page shows (404, 502, 1020…). */
const STATUS = '(?<![\\p{L}\\p{N}])[45]\\d\\d(?![\\p{L}\\p{N}])';

/** A network error's name (Chromium's net::ERR_…, Firefox's NS_ERROR_…, SSL_ERROR_…, SEC_ERROR_…). */
const NET_ERROR = '(?<![\\p{L}\\p{N}])(?:err|ns_error|ssl_error|sec_error)_[a-z0-9_]{3,}';

/** @param {string} s */
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * One regular expression for every word, each standing as the core matches it: a stem starts a
 * word, a whole word also ends one, a part stands anywhere (scripts without spaces, compounds).
 */
function build() {
  const before = '(?<![\\p{L}\\p{N}_])';
  const after = '(?![\\p{L}\\p{N}_])';
  // Longest first: an alternation takes the first that matches.
  const alt = (/** @type {string[]} */ words) => [...words].sort((a, b) => b.length - a.length).map(escape).join('|');
  const parts = [STATUS, NET_ERROR];
  if (FAILURE_WORDS.stem.length) parts.push(`${before}(?:${alt(FAILURE_WORDS.stem)})`);
  if (FAILURE_WORDS.word.length) parts.push(`${before}(?:${alt(FAILURE_WORDS.word)})${after}`);
  if (FAILURE_WORDS.part.length) parts.push(`(?:${alt(FAILURE_WORDS.part)})`);
  return new RegExp(parts.join('|'), 'u');
}

const LOOKS_LIKE_ERROR = build();

/**
 * Text as the core folds it (crate/src/signals/fold.rs), near enough for a prefilter: lower case;
 * Latin and Cyrillic letters without their accents (ё → е, й → и), combining marks after them
 * dropped, and nothing else decomposed (kana keep their voicing marks, Devanagari its nukta);
 * Hangul jamo composed; ß → ss, Turkish ı → i; the Arabic forms of yeh and kaf as the Persian
 * ones, hamza on alef as alef, tatweel and short vowels dropped; typographic apostrophes as '.
 * @param {string} text
 */
export function fold(text) {
  let t = text.toLowerCase()
    .replace(/[\u00c0-\u024f\u1e00-\u1eff\u0400-\u04ff]/g, (c) => c.normalize('NFD'))
    .replace(/[\u0300-\u036f]/g, '');
  if (/[\u1100-\u11ff]/.test(t)) t = t.normalize('NFC');
  return t.replace(/ß/g, 'ss').replace(/ı/g, 'i')
    .replace(/[يى]/g, 'ی').replace(/ك/g, 'ک').replace(/[أإآ]/g, 'ا').replace(/[\u0640\u064b-\u065f\u0670]/g, '')
    .replace(/[’‘ʼ]/g, "'").replace(/\s+/g, ' ');
}

/** @param {string} text */
export function looksLikeError(text) {
  return LOOKS_LIKE_ERROR.test(fold(text));
}
