// Serves a folder on http://127.0.0.1:PORT until stopped (the playground needs HTTP, not
// file://, to fetch its wasm with the right MIME type).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

const [dir = 'www', port = '8080'] = process.argv.slice(2);
const root = path.resolve(dir);
const TYPES = /** @type {Record<string, string>} */ ({
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css',
  '.wasm': 'application/wasm', '.json': 'application/json', '.png': 'image/png', '.svg': 'image/svg+xml',
});

export function serve(/** @type {string} */ folder, /** @type {number} */ listenPort) {
  const base = path.resolve(folder);
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let file = path.join(base, decodeURIComponent(url.pathname));
    if (!file.startsWith(base)) { res.writeHead(403).end(); return; }
    if (url.pathname.endsWith('/')) file = path.join(file, 'index.html');
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((resolve) => server.listen(listenPort, '127.0.0.1', () => resolve(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const server = /** @type {import('node:http').Server} */ (await serve(root, Number(port)));
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  console.log(`Playground: http://127.0.0.1:${address.port}/ (Ctrl-C to stop)`);
}
