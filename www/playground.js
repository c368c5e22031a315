// The playground: the extension's own core (wasm) and presenter in a page. Type or paste an
// error, pick what else is known, see the diagnosis as the extension would show it.
import * as core from './src/core.js';
import { CAUSES, SITES as sites } from './src/generated/data.js';
import { loadTranslator } from './src/shared/messages.js';
import { renderDiagnosis } from './src/shared/render.js';

/** @typedef {import('./src/shared/types.js').Evidence} Evidence */
/** @typedef {import('./src/shared/messages.js').Translate} Translate */

const $ = (/** @type {string} */ id) => /** @type {HTMLElement} */ (document.getElementById(id));
const form = /** @type {HTMLFormElement} */ ($('evidence'));
const text = /** @type {HTMLTextAreaElement} */ ($('text'));
const site = /** @type {HTMLSelectElement} */ ($('site'));
const status = /** @type {HTMLInputElement} */ ($('status'));
const netError = /** @type {HTMLInputElement} */ ($('netError'));
const lang = /** @type {HTMLSelectElement} */ ($('lang'));
const result = $('result');
const problem = $('problem');

/** @type {Translate} */
let t = (key) => key;

/** The evidence the form describes; throws with a message naming a bad field. */
function evidence() {
  /** @type {Evidence} */
  const e = { now: Date.now(), tzOffsetMinutes: -new Date().getTimezoneOffset(), online: navigator.onLine };
  if (text.value.trim()) e.text = text.value;
  if (site.value) e.site = site.value;
  if (status.value) {
    const n = Number(status.value);
    if (!Number.isInteger(n) || n < 100 || n > 999) throw new Error('HTTP status: a whole number from 100 to 999');
    e.httpStatus = n;
  }
  if (netError.value.trim()) e.netError = netError.value.trim();
  return e;
}

async function diagnose() {
  problem.hidden = true;
  let e;
  try {
    e = evidence();
  } catch (err) {
    problem.textContent = err instanceof Error ? err.message : String(err);
    problem.hidden = false;
    return;
  }
  if (!e.text && !e.httpStatus && !e.netError) {
    result.replaceChildren(result.firstElementChild ?? '', Object.assign(document.createElement('p'), { className: 'empty', textContent: 'Paste an error above, or try one of the examples below.' }));
    return;
  }
  try {
    const diagnosis = await core.diagnose(e);
    const siteRow = sites.find((s) => s.id === diagnosis.site) ?? null;
    const raw = document.createElement('details');
    const summary = document.createElement('summary');
    summary.textContent = 'Diagnosis JSON';
    const pre = document.createElement('pre');
    pre.textContent = JSON.stringify(diagnosis, null, 2);
    raw.append(summary, pre);
    result.replaceChildren(/** @type {Node} */ (result.firstElementChild), renderDiagnosis(diagnosis, { t, site: siteRow }), raw);
  } catch (err) {
    problem.textContent = err instanceof Error ? err.message : String(err);
    problem.hidden = false;
  }
}

function gallery() {
  const list = $('gallery');
  list.replaceChildren(...CAUSES.map((c) => {
    const li = document.createElement('li');
    const headline = document.createElement('strong');
    headline.textContent = t(`cause_${c.id}_headline`) || c.id;
    const id = document.createElement('span');
    id.className = 'cause-id';
    id.textContent = `${c.id} · ${t(`side_${c.side}`) || c.side}`;
    const example = document.createElement('q');
    example.textContent = c.example;
    const tryIt = document.createElement('button');
    tryIt.type = 'button';
    tryIt.textContent = 'Try this example';
    tryIt.addEventListener('click', () => {
      form.reset();
      text.value = c.example;
      void diagnose();
      result.scrollIntoView({ behavior: 'smooth', block: 'start' });
    });
    li.append(headline, id, example, tryIt);
    return li;
  }));
}

async function setLanguage(/** @type {string} */ l) {
  t = await loadTranslator('.', l);
  document.documentElement.lang = l.replace('_', '-');
  gallery();
  await diagnose();
}

for (const s of sites) site.append(new Option(s.name, s.id));
$('version').textContent = `chatmedic core ${await core.version()}`;
form.addEventListener('submit', (ev) => { ev.preventDefault(); void diagnose(); });
form.addEventListener('reset', () => setTimeout(() => void diagnose()));
/** @type {ReturnType<typeof setTimeout>|undefined} */
let typing;
form.addEventListener('input', () => { clearTimeout(typing); typing = setTimeout(() => void diagnose(), 150); });
lang.addEventListener('change', () => void setLanguage(lang.value));
const preferred = navigator.language.startsWith('ja') ? 'ja' : navigator.language.startsWith('zh') ? 'zh_CN' : 'en';
lang.value = preferred;
await setLanguage(preferred);
document.body.dataset.ready = 'true';
