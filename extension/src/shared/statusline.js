// The status line: what the provider's own status feed says, in one sentence, with a link —
// "OpenAI reports: Partial outage — Conversations (since 14:02)". While the service is seen
// failing, an all-clear feed is "no incident yet" (status pages lag), never "all good".
// Shared by the popup and the diagnostic page; text only (the caller sets textContent).

/** @typedef {import('./types.js').FeedState} FeedState */
/** @typedef {import('./types.js').Diagnosis} Diagnosis */
/** @typedef {import('./types.js').Site} Site */
/** @typedef {import('./i18n.js').I18n} I18n */

/** Only web addresses from the feed or the registry are linked. @param {unknown} u */
const web = (u) => (typeof u === 'string' && /^https:\/\//i.test(u) ? u : null);

/**
 * "14:02", or "Nov 20, 14:02" when it was not today.
 * @param {string} iso @param {string} locale @param {number} now
 */
function clock(iso, locale, now) {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return null;
  const today = new Date(now).toDateString() === at.toDateString();
  return new Intl.DateTimeFormat(locale, today ? { hour: 'numeric', minute: '2-digit' }
    : { month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' }).format(at);
}

/**
 * @param {FeedState|null} state  null while the feed is being read
 * @param {Diagnosis} diagnosis @param {Site|null} site @param {I18n} t
 * @param {{locale?: string, now?: number}} [options]
 * @returns {{kind: string, text: string, href: string|null, linkText: string, origin?: string|null, allowText?: string}}
 */
export function statusLine(state, diagnosis, site, t, options = {}) {
  const provider = site?.provider || site?.name || diagnosis.site || '';
  const page = web(diagnosis.statusPage ?? site?.statusPage);
  const pageLink = { href: page, linkText: t('status_open_page') };
  if (!state) return { kind: 'checking', text: t('status_checking', provider), ...pageLink };
  if (state.kind === 'permission') {
    return { kind: 'permission', text: t('status_needs_permission', provider), origin: state.origin ?? null, allowText: t('status_allow', provider), ...pageLink };
  }
  if (state.kind === 'none') {
    return { kind: 'none', text: t(page ? 'status_no_feed' : 'status_no_page', provider), ...pageLink };
  }
  const status = state.status;
  if (state.kind !== 'ok' || !status) return { kind: 'unavailable', text: t('status_unavailable', provider), ...pageLink };
  if (status.level === 'operational') {
    const failing = diagnosis.side === 'service' || diagnosis.cause === 'outage';
    return { kind: failing ? 'not_yet' : 'no_incident', text: t(failing ? 'status_no_incident_yet' : 'status_no_incident', provider), ...pageLink };
  }
  let detail = t(`status_level_${status.level}`) || status.level;
  const what = status.affected?.length ? status.affected.join(', ') : status.incident;
  if (what) detail += ` — ${what}`;
  const since = status.since ? clock(status.since, options.locale ?? (t('@@ui_locale') || 'en').replace('_', '-'), options.now ?? Date.now()) : null;
  if (since) detail += ` (${t('status_since', since)})`;
  const incident = web(status.incidentUrl);
  return {
    kind: 'reported', text: t('status_reports', [provider, detail]),
    href: incident ?? page, linkText: t(incident ? 'status_open_incident' : 'status_open_page'),
  };
}

/**
 * The line as DOM: a paragraph with the sentence and its link (opened in a new tab); where the
 * feed's host is not granted yet, a button that asks for it (from the click: the browser asks
 * only from a user's gesture) and calls `onAllowed` once it is.
 * @param {ReturnType<typeof statusLine>} line
 * @param {HTMLElement} [paragraph]
 * @param {() => void} [onAllowed]
 */
export function statusLineElement(line, paragraph = document.createElement('p'), onAllowed = () => {}) {
  paragraph.className = `provider-status provider-${line.kind}`;
  paragraph.dataset.kind = line.kind;
  const words = document.createElement('span');
  words.className = 'provider-text';
  words.textContent = line.text;
  paragraph.replaceChildren(words);
  if (line.href && line.kind !== 'checking') {
    const a = document.createElement('a');
    a.href = line.href;
    a.target = '_blank';
    a.rel = 'noopener noreferrer';
    a.textContent = line.linkText;
    paragraph.append(' ', a);
  }
  const origin = line.origin;
  if (line.kind === 'permission' && origin) {
    const allow = document.createElement('button');
    allow.type = 'button';
    allow.className = 'allow-status';
    allow.textContent = line.allowText ?? '';
    allow.addEventListener('click', () => {
      void chrome.permissions.request({ origins: [origin] }).then((ok) => { if (ok) onAllowed(); }, () => {});
    });
    paragraph.append(' ', allow);
  }
  return paragraph;
}

/**
 * "Is it me?": what was probed and what answered, then what the core made of it (the reach_*
 * why id of the diagnosis after the check).
 * @param {import('./types.js').ReachTarget[]|null} targets  null while probing
 * @param {string[]} probing  the hosts being probed (shown while waiting)
 * @param {Diagnosis|null} diagnosis @param {I18n} t
 * @param {HTMLElement} [box]
 */
export function reachElement(targets, probing, diagnosis, t, box = document.createElement('div')) {
  box.className = 'reach';
  box.setAttribute('aria-live', 'polite');
  const heading = document.createElement('h3');
  heading.textContent = t('reach_heading');
  box.replaceChildren(heading);
  if (!targets) {
    const waiting = document.createElement('p');
    waiting.className = 'muted';
    waiting.textContent = t('reach_checking', probing.join(', '));
    box.append(waiting);
    return box;
  }
  const list = document.createElement('ul');
  list.className = 'reach-targets';
  for (const target of targets) {
    const item = document.createElement('li');
    item.dataset.role = target.role;
    item.dataset.answered = String(target.answered);
    const host = new URL(target.origin).host;
    item.textContent = target.answered ? t('reach_answered', [host, String(target.ms)]) : t('reach_silent', host);
    list.append(item);
  }
  box.append(list);
  const verdict = diagnosis?.why.find((w) => w.startsWith('reach_'));
  if (verdict) {
    const p = document.createElement('p');
    p.className = 'reach-verdict';
    p.textContent = t(`why_${verdict}`) || verdict;
    box.append(p);
  }
  return box;
}
