// "Copy report": a plain-text summary of a tab's incident for a support ticket. It carries
// the evidence chatmedic saw (status, network error, the error text) and nothing else of
// the page.
import { fixLabel, headline, sideText, whyText } from '../src/shared/render.js';

/** @typedef {import('../src/shared/types.js').Incident} Incident */
/** @typedef {import('../src/shared/i18n.js').I18n} I18n */

/**
 * @param {Incident} incident @param {string} siteName @param {string} version @param {I18n} i18n
 * @returns {string}
 */
export function reportText(incident, siteName, version, i18n) {
  const { diagnosis: d, evidence: e } = incident;
  const line = (/** @type {string} */ key, /** @type {string} */ value) => `${i18n(key)}: ${value}`;
  const url = safeUrl(incident.url);
  const lines = [
    `${i18n('report_title')} (${i18n('report_version')} ${version})`,
    line('report_site', `${siteName} (${url})`),
    line('report_time', `${new Date(incident.firstSeen).toISOString()} – ${new Date(incident.lastSeen).toISOString()}`),
    line('report_count', String(incident.count)),
    line('report_cause', `${headline(i18n, d.cause)} [${d.cause}]`),
    line('report_side', `${sideText(i18n, d.side)} [${d.side}]`),
  ];
  if (e.httpStatus) lines.push(line('report_status', String(e.httpStatus)));
  if (e.netError) lines.push(line('report_net_error', e.netError));
  if (e.text) lines.push(line('report_text', e.text.slice(0, 500).replace(/\s+/g, ' ').trim()));
  lines.push(line('report_why', d.why.map((w) => whyText(i18n, w)).join('; ') || i18n('report_none')));
  lines.push(line('report_fixes', d.fixes.map((f) => fixLabel(i18n, f)).join(' → ')));
  lines.push(line('report_tried', incident.tried.map((f) => fixLabel(i18n, f)).join(', ') || i18n('report_none')));
  return lines.join('\n');
}

/** The origin only: paths and queries may name conversations or carry tokens. */
function safeUrl(/** @type {string} */ url) {
  try {
    const u = new URL(url);
    return u.origin;
  } catch {
    return '';
  }
}
