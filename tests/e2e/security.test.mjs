// The Content-Security-Policy of the release build in dist/ (tools/post-build.mjs writes
// it): it is strict, a whole journey raises no violation, and what it forbids is blocked —
// a request to another origin, an image from another origin, and an injected inline script.
//
//   make dist && node --test tests/e2e/security.test.mjs

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { requireDist } from './support/harness.mjs';
import { useApp, withPage } from './support/app.mjs';
import { PERSONAS, completePart1, openApp, waitForHeading } from './support/part1.mjs';
import { words } from './support/wording.mjs';

const app = useApp();

/** The policy in dist/index.html's meta tag, as {directive: [sources]}. */
async function shippedPolicy() {
  const html = await readFile(path.join(requireDist(), 'index.html'), 'utf8');
  const content = html.match(/<meta http-equiv=["']?Content-Security-Policy["']? content="([^"]+)"/)?.[1];
  assert.ok(content, 'index.html has no Content-Security-Policy meta tag');
  const head = html.slice(0, html.indexOf('<script'));
  assert.ok(head.includes('Content-Security-Policy'), 'the policy must come before the first script');
  return Object.fromEntries(content.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...sources]) => [name, sources]));
}

/** Records every CSP violation the page reports, from before the first script runs. */
async function recordViolations(page) {
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__cspViolations.push({ directive: e.effectiveDirective, blocked: e.blockedURI }),
    );
  });
  return () => page.evaluate(() => window.__cspViolations);
}

test('the policy is strict: nothing from other origins, no inline script but the loader', async () => {
  const policy = await shippedPolicy();
  assert.deepEqual(policy['default-src'], ["'none'"]);
  assert.deepEqual(policy['connect-src'], ["'self'"]);
  assert.deepEqual(policy['style-src'], ["'self'"]);
  assert.deepEqual(policy['base-uri'], ["'none'"]);
  const scripts = policy['script-src'];
  assert.ok(scripts.includes("'self'") && scripts.includes("'wasm-unsafe-eval'"), scripts.join(' '));
  assert.equal(scripts.filter((s) => s.startsWith("'sha256-")).length, 1, 'one hashed inline script');
  for (const sources of Object.values(policy)) {
    for (const source of sources) {
      assert.ok(!/^https?:|^\*/.test(source), `allows ${source}`);
      assert.ok(!["'unsafe-inline'", "'unsafe-eval'", 'data:', 'blob:'].includes(source), `allows ${source}`);
    }
  }
});

test('a journey raises no violation and asks nothing of other origins', async () => {
  await withPage(app, async (t) => {
    const { page } = t;
    const violations = await recordViolations(page);
    await openApp(t, app.server.url);
    await completePart1(page, PERSONAS.workingCarer, { checkSteps: false });
    await page.getByRole('link', { name: words('site.continue'), exact: true }).click();
    await waitForHeading(page, words('site.tasks.title'));
    await page.getByRole('link', { name: words('site.tasks.documents'), exact: true }).click();
    await waitForHeading(page, words('document_pages.list.title'));
    await page.evaluate(() => (location.hash = '#/documents/help'));
    await page.locator('.cc-doc__body h2').first().waitFor();
    assert.deepEqual(await violations(), []);
  });
});

test('the policy blocks a request, an image and an inline script that someone injects', async () => {
  // The refusals are logged as console errors on purpose: only uncaught errors count here.
  await withPage(app, { checks: ['pageErrors'] }, async (t) => {
    const { page } = t;
    const violations = await recordViolations(page);
    await openApp(t, app.server.url);
    const outcome = await page.evaluate(async () => {
      const fetched = await fetch('https://tracker.example/collect').then(
        () => 'sent',
        () => 'blocked',
      );
      const img = document.createElement('img');
      img.src = 'https://tracker.example/pixel.png';
      document.body.append(img);
      const script = document.createElement('script');
      script.textContent = 'window.__injectedRan = true;';
      document.body.append(script);
      // An inline script that is allowed runs as it is added: this is already the answer.
      return { fetched, injectedRan: window.__injectedRan === true };
    });
    // The three refusals are reported (the image's once its load was refused).
    await page.waitForFunction(() => window.__cspViolations.length >= 3);
    assert.deepEqual(outcome, { fetched: 'blocked', injectedRan: false });
    const seen = await violations();
    const directives = seen.map((v) => v.directive).sort();
    assert.deepEqual(directives, ['connect-src', 'img-src', 'script-src-elem'], JSON.stringify(seen));
    assert.ok(seen.some((v) => v.blocked.startsWith('https://tracker.example/')), JSON.stringify(seen));
  });
});
