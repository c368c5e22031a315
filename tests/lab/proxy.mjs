// How Firefox reaches the lab: Firefox has no --host-resolver-rules, so its profile names this
// HTTP proxy for every request (network.proxy.* prefs) and the proxy decides, per host, what
// the browser meets — the same choices the resolver rules give Chromium:
// - a lab host: a CONNECT tunnel to the lab's HTTPS server (the real host name in TLS SNI and
//   Host, the lab's certificate);
// - a host told to fail its lookup: "404" to the CONNECT, which is how a proxy says that a
//   name does not resolve; Firefox then fails the load as a DNS failure (NS_ERROR_UNKNOWN_HOST)
//   and shows its own "Server Not Found" page, as it does when its own resolver fails;
// - any other host: 403, so nothing the browser does (updates, telemetry, remote settings)
//   leaves the machine. Only loopback is listened on.
import net from 'node:net';

export class LabProxy {
  /** @param {string[]} hosts the lab's hosts @param {number} labPort */
  constructor(hosts, labPort) {
    this.hosts = new Set(hosts);
    this.labPort = labPort;
    /** @type {Set<string>} hosts whose lookup fails */
    this.notFound = new Set();
    /** @type {{host: string, answer: 'tunnel'|'not-found'|'refused'}[]} */
    this.log = [];
    /** @type {Set<net.Socket>} */
    this.sockets = new Set();
    this.server = net.createServer((socket) => this.accept(socket));
    this.port = 0;
  }

  async start() {
    await new Promise((resolve) => this.server.listen(0, '127.0.0.1', () => resolve(undefined)));
    this.port = /** @type {net.AddressInfo} */ (this.server.address()).port;
    return this;
  }

  /** @param {net.Socket} client */
  accept(client) {
    this.sockets.add(client);
    client.on('close', () => this.sockets.delete(client));
    client.on('error', () => client.destroy());
    let head = Buffer.alloc(0);
    const onData = (/** @type {Buffer} */ chunk) => {
      head = Buffer.concat([head, chunk]);
      const end = head.indexOf('\r\n\r\n');
      if (end < 0) {
        if (head.length > 16 * 1024) client.destroy();
        return;
      }
      client.off('data', onData);
      const [method, target] = head.subarray(0, end).toString('latin1').split('\r\n')[0].split(' ');
      const rest = head.subarray(end + 4);
      const match = method === 'CONNECT' ? /^([a-z0-9.-]+):(\d+)$/i.exec(target ?? '') : null;
      const host = match?.[1].toLowerCase() ?? '';
      if (!match || match[2] !== '443' || !this.hosts.has(host)) {
        this.log.push({ host: host || String(target), answer: 'refused' });
        client.end('HTTP/1.1 403 Forbidden\r\ncontent-length: 0\r\n\r\n');
        return;
      }
      if (this.notFound.has(host)) {
        this.log.push({ host, answer: 'not-found' });
        client.end('HTTP/1.1 404 Not Found\r\ncontent-length: 0\r\n\r\n');
        return;
      }
      this.log.push({ host, answer: 'tunnel' });
      const upstream = net.connect(this.labPort, '127.0.0.1', () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        if (rest.length) upstream.write(rest);
        upstream.pipe(client);
        client.pipe(upstream);
      });
      this.sockets.add(upstream);
      upstream.on('close', () => { this.sockets.delete(upstream); client.destroy(); });
      upstream.on('error', () => client.destroy());
      client.on('close', () => upstream.destroy());
    };
    client.on('data', onData);
  }

  /** The Firefox preferences that send every request through this proxy. */
  prefs() {
    return {
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1', 'network.proxy.http_port': this.port,
      'network.proxy.ssl': '127.0.0.1', 'network.proxy.ssl_port': this.port,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': false,
      'network.proxy.failover_direct': false,
    };
  }

  async stop() {
    for (const s of this.sockets) s.destroy();
    await new Promise((resolve) => this.server.close(() => resolve(undefined)));
  }
}
