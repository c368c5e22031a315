// The lab: one HTTPS server on loopback that impersonates the chat sites (Chromium is told
// to resolve their names to it with --host-resolver-rules) and serves, per host and path,
// the failure a test asks for. Nothing here ever talks to anything but loopback.
import https from 'node:https';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { makeCertificate } from './cert.mjs';
import * as pages from './pages.mjs';
import { createHash } from 'node:crypto';
import { FEED_HOSTS, feedFor } from './feeds.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const CHAT_APP = readFileSync(path.join(here, 'chat-app.html'), 'utf8');
const CHAT_APP_JS = readFileSync(path.join(here, 'chat-app.js'), 'utf8');
const APPS_JS = readFileSync(path.join(here, 'apps.js'), 'utf8');
/** A page built like the app of its host (tests/lab/apps.js draws it). */
const APP_PAGE = '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Lab app</title>' +
  '<style>body{font:15px/1.5 system-ui,sans-serif;margin:0}main{padding:1rem 2rem}form{display:flex;gap:.5rem;padding:1rem 2rem}' +
  'textarea,[contenteditable]{flex:1;min-height:3rem;border:1px solid #ccc}.text-red-500{color:#ef4444}.border{border:1px solid}</style>' +
  '</head><body><script src="/lab/apps.js"></script></body></html>';

/** @typedef {import('node:http').IncomingMessage} Req */
/** @typedef {import('node:http').ServerResponse} Res */
/** @typedef {(req: Req, res: Res, host: string) => void} Route */

/** @param {Res} res @param {number} status @param {string} body @param {Record<string,string>} [headers] */
function send(res, status, body, headers = {}) {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...headers });
  res.end(body);
}

/** @param {Res} res @param {number} status @param {unknown} body @param {Record<string,string>} [headers] */
function json(res, status, body, headers = {}) {
  send(res, status, JSON.stringify(body), { 'content-type': 'application/json', ...headers });
}

/**
 * A status feed as the providers serve it: JSON (or, for a document given as text, RSS) with
 * an ETag, and 304 Not Modified to a request that names that ETag (If-None-Match).
 * @param {Req} req @param {Res} res @param {unknown} doc
 */
function feed(req, res, doc) {
  const body = typeof doc === 'string' ? doc : JSON.stringify(doc);
  const etag = `"${createHash('sha1').update(body).digest('hex').slice(0, 16)}"`;
  if (req.headers['if-none-match'] === etag) {
    res.writeHead(304, { etag });
    res.end();
    return;
  }
  const type = typeof doc === 'string' ? 'application/rss+xml; charset=utf-8' : 'application/json';
  send(res, 200, body, { 'content-type': type, etag, 'cache-control': 'max-age=60' });
}

/** Documents that tests serve on status hosts (`lab.feed(host, doc)`). @type {Map<string, unknown>} */
const customFeeds = new Map();

/** Routes named after the failures they produce. */
export const ROUTES = /** @type {Record<string, Route>} */ ({
  ok: (_req, res, host) => send(res, 200, `<!DOCTYPE html><html lang="en"><title>${host}</title><body><h1>${host} works</h1></body></html>`),
  chatApp: (_req, res) => send(res, 200, CHAT_APP),
  nginx502: (_req, res) => send(res, 502, pages.nginx(502, 'Bad Gateway'), { server: 'nginx' }),
  nginx504: (_req, res) => send(res, 504, pages.nginx(504, 'Gateway Time-out'), { server: 'nginx' }),
  cloudflare502: (_req, res, host) => send(res, 502, pages.cloudflare5xx(502, host), { server: 'cloudflare', 'cf-ray': pages.rayId() }),
  cloudflare504: (_req, res, host) => send(res, 504, pages.cloudflare5xx(504, host), { server: 'cloudflare', 'cf-ray': pages.rayId() }),
  cloudflare520: (_req, res, host) => send(res, 520, pages.cloudflare5xx(520, host), { server: 'cloudflare' }),
  cloudflare521: (_req, res, host) => send(res, 521, pages.cloudflare5xx(521, host), { server: 'cloudflare' }),
  cloudflare522: (_req, res, host) => send(res, 522, pages.cloudflare5xx(522, host), { server: 'cloudflare' }),
  cloudflare523: (_req, res, host) => send(res, 523, pages.cloudflare5xx(523, host), { server: 'cloudflare' }),
  cloudflare524: (_req, res, host) => send(res, 524, pages.cloudflare5xx(524, host), { server: 'cloudflare' }),
  unavailable503: (_req, res) => send(res, 503, pages.nginx(503, 'Service Temporarily Unavailable'), { 'retry-after': '120' }),
  challenge403: (_req, res, host) => send(res, 403, pages.cloudflareChallenge(host), { server: 'cloudflare', 'cf-mitigated': 'challenge' }),
  firewall1020: (_req, res, host) => send(res, 403, pages.cloudflare1020(host), { server: 'cloudflare' }),
  /** nginx refuses a request whose cookies grew too large: stale state in this browser. */
  cookieTooLarge400: (_req, res) => send(res, 400, pages.nginx(400, 'Request Header Or Cookie Too Large'), { server: 'nginx' }),
  /** The connection closes before any byte of a response: net::ERR_EMPTY_RESPONSE. */
  emptyResponse: (req) => { req.socket.end(); },
  /** The connection is reset (TCP RST): net::ERR_CONNECTION_RESET. */
  resetSocket: (req) => { (/** @type {any} */ (req.socket)._parent ?? req.socket).resetAndDestroy(); }, // the TCP socket under TLS
  /** Answers after 10 seconds. */
  slow: (_req, res, host) => { setTimeout(() => ROUTES.ok(_req, res, host), 10_000).unref(); },
  /** A page refused for too many requests, with the wait the server asks for. */
  tooManyRequests429: (_req, res) => send(res, 429, pages.nginx(429, 'Too Many Requests'), { 'retry-after': '120' }),
  /** A rate limit that resets in a few seconds (Retry-After: 4). */
  tooManyRequests429Soon: (_req, res) => send(res, 429, pages.nginx(429, 'Too Many Requests'), { 'retry-after': '4' }),
  /** A signed-out session: the page answers 401. */
  unauthorized401: (_req, res) => send(res, 401, '<!DOCTYPE html><title>401</title><h1>401 Unauthorized</h1><p>Your session has expired. Please log in again.</p>'),
  /** An API rate limit, as chat backends send it. */
  apiRateLimit429: (_req, res) => json(res, 429, { detail: 'Too many requests in 1 hour. Try again later.' }, { 'retry-after': '3600' }),
  apiServerError500: (_req, res) => json(res, 500, { detail: 'Hmm...something seems to have gone wrong.' }),
  /** A streamed answer (server-sent events) that completes. */
  stream: (_req, res) => streamTokens(res, 12, false),
  /** A streamed answer cut off mid-way: the socket dies before the last chunk. */
  streamCut: (_req, res) => streamTokens(res, 6, true),
  /** The provider's status feed reports an outage (or maintenance) for the site. */
  feedOutage: (req, res, host) => feed(req, res, feedFor(host, 'outage')),
  /** The provider's status feed says all is well. */
  feedOperational: (req, res, host) => feed(req, res, feedFor(host, 'operational')),
  /** The document a test gave for this status host (`lab.feed`). */
  feedCustom: (req, res, host) => feed(req, res, customFeeds.get(host)),
  /** A status feed that is JSON but not the provider's format. */
  feedMalformed: (req, res) => feed(req, res, { hello: 'this is not a status feed' }),
  /** Accepts the connection and never answers. */
  hang: () => {},
  labScript: (_req, res) => send(res, 200, CHAT_APP_JS, { 'content-type': 'text/javascript' }),
  /** A page built like the app of the host it is served on (ChatGPT, Claude, Gemini, …). */
  appPage: (_req, res) => send(res, 200, APP_PAGE),
  appsScript: (_req, res) => send(res, 200, APPS_JS, { 'content-type': 'text/javascript' }),
  /** Gemini's answer request refused: 429 with its batchexecute error frame (gRPC 8, RESOURCE_EXHAUSTED). */
  geminiRateLimit429: (_req, res) => send(res, 429, ")]}'\n[[\"er\",null,null,null,null,[8]]]\n", { 'content-type': 'application/json; charset=utf-8' }),
});

/** @param {Res} res @param {number} count @param {boolean} cut */
function streamTokens(res, count, cut) {
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store' });
  const words = 'The lab is answering your question one token at a time as a chat model would'.split(' ');
  let i = 0;
  const timer = setInterval(() => {
    if (i < count) {
      res.write(`data: ${JSON.stringify({ token: `${words[i % words.length]} ` })}\n\n`);
      i += 1;
      return;
    }
    clearInterval(timer);
    if (cut) res.socket?.destroy();
    else res.end('data: [DONE]\n\n');
  }, 40);
}

export class Lab {
  /** @param {string[]} hosts */
  constructor(hosts) {
    this.hosts = hosts;
    /** @type {Map<string, string>} "host/path" or "host/*" → route name */
    this.routes = new Map();
    /** @type {{host: string, path: string, route: string, t: number, method: string, ifNoneMatch: string|string[]|null, cookie: boolean}[]} what was asked, and when (ms) */
    this.log = [];
    /** @type {Map<string, string[]>} "host/path" → routes served one per request, the last one ever after */
    this.sequences = new Map();
    this.server = https.createServer(makeCertificate(hosts), (req, res) => this.serve(req, res));
    /** @type {Set<import('node:net').Socket>} */
    this.sockets = new Set();
    this.server.on('secureConnection', (s) => { this.sockets.add(s); s.on('close', () => this.sockets.delete(s)); });
    this.port = 0;
  }

  async start() {
    await new Promise((resolve) => this.server.listen(0, '127.0.0.1', () => resolve(undefined)));
    this.port = /** @type {import('node:net').AddressInfo} */ (this.server.address()).port;
    return this;
  }

  /**
   * What the lab serves at host+path ("*" for every path of the host).
   * @param {string} host @param {string} pathOrStar @param {keyof typeof ROUTES} route
   */
  set(host, pathOrStar, route) {
    if (!ROUTES[route]) throw new Error(`the lab has no route "${route}"`);
    this.routes.set(`${host}${pathOrStar === '*' ? '/*' : pathOrStar}`, route);
    return this;
  }

  /**
   * Serves host+path with each route in turn, one per request, and the last one ever after
   * (a failure that heals: ['nginx502', 'nginx502', 'chatApp']).
   * @param {string} host @param {string} path @param {(keyof typeof ROUTES)[]} routes
   */
  sequence(host, path, routes) {
    for (const r of routes) if (!ROUTES[r]) throw new Error(`the lab has no route "${r}"`);
    this.sequences.set(`${host}${path}`, [...routes]);
    return this;
  }

  /** When the lab was asked for host+path, in ms since the epoch. @param {string} host @param {string} path */
  times(host, path) {
    return this.log.filter((e) => e.host === host && e.path === path).map((e) => e.t);
  }

  /**
   * Serves `doc` as the status feed of a status host.
   * @param {string} host @param {unknown} doc
   */
  feed(host, doc) {
    customFeeds.set(host, doc);
    return this.set(host, '*', 'feedCustom');
  }

  reset() {
    customFeeds.clear();
    this.sequences.clear();
    this.routes.clear();
    this.log.length = 0;
  }

  /** Chromium's flag that sends the given hosts (default: all) to the lab. */
  resolverRules(/** @type {string[]} */ notFound = []) {
    const rules = this.hosts.map((h) => notFound.includes(h) ? `MAP ${h} ~NOTFOUND` : `MAP ${h} 127.0.0.1:${this.port}`);
    return `--host-resolver-rules=${rules.join(', ')}, EXCLUDE localhost`;
  }

  /** @param {Req} req @param {Res} res */
  serve(req, res) {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const url = new URL(req.url ?? '/', `https://${host}`);
    const queue = this.sequences.get(`${host}${url.pathname}`);
    let route = (queue && queue.length > 1 ? queue.shift() : queue?.[0]) ??
      this.routes.get(`${host}${url.pathname}`) ?? this.routes.get(`${host}/*`);
    if (!route) route = FEED_HOSTS.includes(host) ? 'feedOperational'
      : url.pathname === '/lab/chat-app.js' ? 'labScript'
      : url.pathname === '/lab/apps.js' ? 'appsScript'
      : url.pathname === '/backend-api/conversation' ? 'stream'
      : url.pathname === '/' || url.pathname.startsWith('/c/') ? 'chatApp' : 'ok';
    this.log.push({ host, path: url.pathname, route, t: Date.now(), method: req.method ?? 'GET', ifNoneMatch: req.headers['if-none-match'] ?? null, cookie: !!req.headers.cookie });
    ROUTES[route](req, res, host);
  }

  async stop() {
    for (const s of this.sockets) s.destroy();
    await new Promise((resolve) => this.server.close(() => resolve(undefined)));
  }
}
