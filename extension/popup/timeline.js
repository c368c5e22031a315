// A site's last 24 hours as a small chart: 24 hourly buckets, bars stacked and coloured by
// whose side each incident was on, with a text alternative and a list of the latest ones.
import { el, headline, localeOf, sideName } from '../src/shared/render.js';

/** @typedef {import('../src/shared/types.js').HistoryEntry} HistoryEntry */
/** @typedef {import('../src/shared/i18n.js').I18n} I18n */

const HOUR = 60 * 60 * 1000;
const SIDES = ['service', 'network', 'device', 'account', 'request', 'unknown'];
const SVG = 'http://www.w3.org/2000/svg';
const W = 240, H = 56, TOP = 4, AXIS = 12;

/**
 * @param {HistoryEntry[]} entries @param {number} now
 * @returns {Record<string, number>[]} 24 buckets, oldest first, counts by side
 */
export function buckets(entries, now) {
  const out = Array.from({ length: 24 }, () => /** @type {Record<string, number>} */ ({}));
  for (const e of entries) {
    const age = Math.floor((now - e.t) / HOUR);
    if (age < 0 || age > 23) continue;
    const b = out[23 - age];
    b[e.side] = (b[e.side] ?? 0) + 1;
  }
  return out;
}

/**
 * @param {string} tag @param {Record<string, string|number>} attrs
 * @returns {SVGElement}
 */
function svg(tag, attrs) {
  const node = /** @type {SVGElement} */ (document.createElementNS(SVG, tag));
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
}

/**
 * @param {string} siteName @param {HistoryEntry[]} entries @param {I18n} i18n @param {number} now
 * @returns {HTMLElement}
 */
export function renderTimeline(siteName, entries, i18n, now = Date.now()) {
  const root = el('div', 'timeline');
  const counts = buckets(entries, now);
  const max = Math.max(1, ...counts.map((b) => Object.values(b).reduce((a, c) => a + c, 0)));
  const chartH = H - TOP - AXIS;
  const barW = W / 24;

  const id = `tl-${Math.random().toString(36).slice(2, 8)}`;
  const chart = svg('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-labelledby': `${id}-title`, 'aria-describedby': `${id}-desc`, focusable: 'false' });
  const title = svg('title', { id: `${id}-title` });
  title.textContent = i18n('timeline_label', siteName);
  chart.append(title);
  chart.append(svg('line', { class: 'base', x1: 0, x2: W, y1: TOP + chartH + 0.5, y2: TOP + chartH + 0.5 }));
  counts.forEach((bucket, i) => {
    let y = TOP + chartH;
    for (const side of SIDES) {
      const n = bucket[side];
      if (!n) continue;
      const h = Math.max(3, (n / max) * chartH);
      y -= h;
      chart.append(svg('rect', { class: side, x: i * barW + 1, y, width: barW - 2, height: h, rx: 1.5 }));
    }
  });
  const ago = svg('text', { class: 'axis', x: 0, y: H - 2 });
  ago.textContent = i18n('timeline_ago');
  const nowLabel = svg('text', { class: 'axis', x: W, y: H - 2, 'text-anchor': 'end' });
  nowLabel.textContent = i18n('timeline_now');
  chart.append(ago, nowLabel);

  const desc = el('p', 'muted', summary(siteName, entries, i18n));
  desc.id = `${id}-desc`;
  root.append(chart, desc);

  const latest = entries.slice(-3).reverse();
  if (latest.length) {
    const list = el('ul');
    const clock = new Intl.DateTimeFormat(localeOf(i18n), { hour: 'numeric', minute: '2-digit' });
    for (const e of latest) {
      const item = el('li', `side-${e.side}`);
      const time = el('time', undefined, clock.format(e.t));
      time.dateTime = new Date(e.t).toISOString();
      item.append(time, document.createTextNode(headline(i18n, e.cause)));
      list.append(item);
    }
    root.append(list);
  }
  return root;
}

/** "3 incidents on ChatGPT in the last 24 hours: Service 2, Network 1." */
function summary(/** @type {string} */ siteName, /** @type {HistoryEntry[]} */ entries, /** @type {I18n} */ i18n) {
  if (!entries.length) return i18n('timeline_summary_none', siteName);
  /** @type {Record<string, number>} */
  const bySide = {};
  for (const e of entries) bySide[e.side] = (bySide[e.side] ?? 0) + 1;
  const parts = SIDES.filter((s) => bySide[s]).map((s) => `${sideName(i18n, s)} ${bySide[s]}`);
  return i18n('timeline_summary', [String(entries.length), siteName, parts.join(', ')]);
}
