// A self-signed certificate for the lab's impersonated hosts, made fresh at test start.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** @param {string[]} hosts @returns {{key: string, cert: string}} */
export function makeCertificate(hosts) {
  const dir = mkdtempSync(path.join(tmpdir(), 'chatmedic-lab-'));
  try {
    const san = hosts.map((h) => `DNS:${h}`).join(',');
    execFileSync('openssl', [
      'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-sha256', '-days', '2',
      '-subj', '/CN=chatmedic lab', '-addext', `subjectAltName=${san}`,
      '-keyout', path.join(dir, 'key.pem'), '-out', path.join(dir, 'cert.pem'),
    ], { stdio: 'ignore' });
    return { key: readFileSync(path.join(dir, 'key.pem'), 'utf8'), cert: readFileSync(path.join(dir, 'cert.pem'), 'utf8') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
