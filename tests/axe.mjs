// Accessibility checks of the extension's pages with axe-core, for the e2e suites. Extension
// pages forbid inline scripts (CSP), so axe goes in through the debugger (page.evaluate).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const AXE_SOURCE = readFileSync(path.join(root, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

/**
 * Fails with every rule axe finds broken on the page as it is now.
 * @param {import('playwright-core').Page} page
 */
export async function axe(page) {
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => (await /** @type {any} */ (window).axe.run()).violations
    .map((/** @type {any} */ v) => `${v.id}: ${v.help} (${v.nodes.map((/** @type {any} */ n) => n.target.join(' ')).join(', ')})`));
  assert.deepEqual(violations, [], `axe found violations on ${page.url()}`);
}
