// "Is it me or them?": a reachability check. Three requests, side by side, with a short timeout
// and no credentials: (a) the failing site's origin, (b) its provider's status host, (c) one
// well-known host of the registry that shares no infrastructure with the site. Any HTTP answer
// counts as an answer (a 502 is a server talking); a refused, reset, dropped or timed-out
// connection does not. `no-cors` requests need no host permission and read nothing: only
// whether something answered reaches us. What the outcome means is the core's to say.
import { SITES } from '../generated/sites.js';

/** @typedef {import('../shared/types.js').Site} Site */
/** @typedef {import('../shared/types.js').Reach} Reach */
/** @typedef {import('../shared/types.js').ReachTarget} ReachTarget */

const TIMEOUT_MS = 4000;
/**
 * The sites whose host may be the "other" one, in the registry's order of preference
 * (`reachOtherRank`: crate/src/sites.rs says why each shares no infrastructure with the rest).
 * A site is never its own "other", nor is another site of the same provider.
 */
const OTHERS = SITES.filter((s) => s.reachOtherRank != null)
  .sort((a, b) => Number(a.reachOtherRank) - Number(b.reachOtherRank));

/**
 * The origins to probe for a failing page of `site`.
 * @param {string} url @param {Site} site
 * @returns {{role: ReachTarget['role'], origin: string}[]}
 */
export function targets(url, site) {
  /** @type {{role: ReachTarget['role'], origin: string}[]} */
  const out = [{ role: 'site', origin: new URL(url).origin }];
  const status = site.statusFeed?.url ?? site.statusPage;
  if (status) out.push({ role: 'status', origin: new URL(status).origin });
  const other = OTHERS.find((s) => s.id !== site.id && s.provider !== site.provider);
  if (other) out.push({ role: 'other', origin: `https://${other.hosts[0]}` });
  return out;
}

/** @param {string} origin @returns {Promise<{answered: boolean, ms: number}>} */
async function answers(origin) {
  const start = performance.now();
  try {
    await fetch(`${origin}/`, {
      method: 'HEAD', mode: 'no-cors', credentials: 'omit', cache: 'no-store', redirect: 'follow',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    return { answered: true, ms: Math.round(performance.now() - start) };
  } catch {
    return { answered: false, ms: Math.round(performance.now() - start) };
  }
}

/**
 * Probes the targets of a failing page; resolves within the timeout.
 * @param {string} url @param {Site} site
 * @returns {Promise<{targets: ReachTarget[], reach: Reach}>}
 */
export async function probe(url, site) {
  const list = targets(url, site);
  const results = await Promise.all(list.map((t) => answers(t.origin)));
  /** @type {ReachTarget[]} */
  const done = list.map((t, i) => ({ ...t, ...results[i] }));
  /** @type {Reach} */
  const reach = {};
  for (const t of done) reach[t.role] = t.answered;
  return { targets: done, reach };
}
