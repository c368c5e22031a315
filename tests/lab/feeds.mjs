// Status feeds as the providers serve them, from the core's fixtures (crate/tests/data/status):
// an outage as captured, and an all-clear derived from the same document (for RSS, the
// fixture of the same feed with every incident resolved). JSON feeds are documents, RSS
// feeds text.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../crate/tests/data/status');
/** @returns {any} */
const read = (/** @type {string} */ f) => {
  const text = readFileSync(path.join(dir, f), 'utf8');
  return f.endsWith('.json') ? JSON.parse(text) : text;
};

/** @type {Record<string, {outage: string, format: string}>} status host → its outage fixture */
const BY_HOST = {
  'status.openai.com': { outage: 'incidentio-openai-chatgpt-outage.json', format: 'incidentio' },
  'status.claude.com': { outage: 'statuspage-claude-maintenance.json', format: 'statuspage' },
  'www.githubstatus.com': { outage: 'statuspage-github-copilot-outage.json', format: 'statuspage' },
  'www.google.com': { outage: 'google-gemini-incidents.json', format: 'google' },
  'status.perplexity.com': { outage: 'instatus-hasissues.json', format: 'instatus' },
  'status.poe.com': { outage: 'incidentio-openai-chatgpt-outage.json', format: 'incidentio' },
  'status.huggingface.co': { outage: 'betterstack-huggingface-downtime.json', format: 'betterstack' },
  'status.x.ai': { outage: 'rss-xai-grok-outage.xml', format: 'rss' },
};

/** @param {any} doc @param {string} format */
function allClear(doc, format) {
  const d = structuredClone(doc);
  if (format === 'statuspage') {
    for (const c of d.components) c.status = 'operational';
    d.incidents = [];
    d.scheduled_maintenances = [];
    d.status = { indicator: 'none', description: 'All Systems Operational' };
  } else if (format === 'incidentio') {
    d.summary.affected_components = [];
    d.summary.ongoing_incidents = [];
    d.summary.in_progress_maintenances = [];
  } else if (format === 'instatus') {
    d.page.status = 'UP';
    d.activeIncidents = [];
    d.activeMaintenances = [];
  } else if (format === 'betterstack') {
    d.data.attributes.aggregate_state = 'operational';
    for (const i of d.included) {
      if (i.type === 'status_page_resource' && i.attributes.status !== 'not_monitored') i.attributes.status = 'operational';
      if (i.type === 'status_report' && !i.attributes.ends_at) i.attributes.ends_at = '2026-11-20T15:00:00.000Z';
    }
  } else if (format === 'rss') {
    return read('rss-xai-resolved.xml');
  } else if (format === 'google') {
    return d.map((/** @type {any} */ i) => ({ ...i, end: i.end ?? '2026-11-20T15:00:00+00:00' }));
  }
  return d;
}

/** The feed a status host serves, or null for a host the lab has no feed for. */
export function feedFor(/** @type {string} */ host, /** @type {'outage'|'operational'} */ state) {
  const entry = BY_HOST[host];
  if (!entry) return null;
  const doc = read(entry.outage);
  return state === 'outage' ? doc : allClear(doc, entry.format);
}

export const FEED_HOSTS = Object.keys(BY_HOST);

/** A status host's outage fixture as a document a test may change (a variant of the real one). */
export function fixture(/** @type {string} */ host) {
  const entry = BY_HOST[host];
  if (!entry) throw new Error(`the lab has no feed for ${host}`);
  return read(entry.outage);
}
