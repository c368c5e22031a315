// Smoke: the extension loads, its worker runs the wasm core, and a real 502 from the lab
// becomes a recorded diagnosis for that tab.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launch } from '../harness.mjs';

test('chatgpt.com answers 502 with an nginx page: the worker records bad_gateway for the tab', async () => {
  const s = await launch();
  try {
    s.lab.set('chatgpt.com', '/', 'nginx502');
    const page = await s.context.newPage();
    const response = await page.goto('https://chatgpt.com/');
    assert.equal(response?.status(), 502, 'the lab served the 502');
    const tabId = await s.tabIdOf(page);
    const incident = await s.waitForIncident(tabId);
    assert.equal(incident.diagnosis.cause, 'bad_gateway');
    assert.equal(incident.diagnosis.side, 'service');
    assert.equal(incident.diagnosis.site, 'chatgpt');
    assert.equal(incident.evidence.httpStatus, 502);
    assert.ok(incident.diagnosis.why.includes('http_status_502'), `why: ${incident.diagnosis.why}`);
    assert.equal(incident.diagnosis.badge, '502');
    await s.waitForBadge(tabId, '502'); // the badge shows the short code
  } finally {
    await s.close();
  }
});
