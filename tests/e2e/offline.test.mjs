// Working offline (README, "Working offline"): after one visit the standalone page opens
// with no network, from the copies sw.js keeps. It keeps the app's own files and nothing
// else, and the page's data-offline switch turns it off again without touching a council's
// own service worker. (embed.test.mjs checks that the snippet registers none.)
//
//   make dist && node --test tests/e2e/offline.test.mjs

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { snapshotDist, startServer, waitForAppStart, waitForAsync } from './support/harness.mjs';
import { assertAxeClean, useApp, withPage } from './support/app.mjs';
import { HEADINGS, PERSONAS, answerCurrentQuestion, checkAnswersRows, completePart1, heading, openApp } from './support/part1.mjs';
import { words } from './support/wording.mjs';

// Each test starts its own server: they break it (failWith) or change its files.
const app = useApp({ serve: false });

/**
 * What the page's loader does with service workers: every register, getRegistration and
 * unregister call, and `__ccWorkerChecked` once the loader's getRegistration has been
 * answered and its own callback (which may unregister) has run.
 */
const watchWorkerCalls = (context) =>
  context.addInitScript(() => {
    const calls = (window.__ccWorkerCalls = []);
    const proto = ServiceWorkerContainer.prototype;
    const { register, getRegistration } = proto;
    proto.register = function (...args) {
      calls.push(`register ${args[0]}`);
      return register.apply(this, args);
    };
    proto.getRegistration = function (...args) {
      calls.push('getRegistration');
      const answered = getRegistration.apply(this, args);
      // Ours runs first, the loader's callback next; the flag is set a microtask later.
      answered.then(() => Promise.resolve().then(() => (window.__ccWorkerChecked = true)));
      return answered;
    };
    const { unregister } = ServiceWorkerRegistration.prototype;
    ServiceWorkerRegistration.prototype.unregister = function (...args) {
      calls.push(`unregister ${this.active?.scriptURL}`);
      return unregister.apply(this, args);
    };
  });

/** Waits until the loader has looked for its worker (see watchWorkerCalls); returns its calls. */
async function workerChecked(page) {
  await page.waitForFunction(() => window.__ccWorkerChecked === true);
  return page.evaluate(() => window.__ccWorkerCalls);
}

/** Waits until sw.js controls the page (it claims the page that registered it). */
const controlled = (page) => page.waitForFunction(() => navigator.serviceWorker.controller?.scriptURL.endsWith('/sw.js'), null, { timeout: 20_000 });

/** Every kept response, as { cache, url, body } with the body as base64. */
const keptCopies = (page) =>
  page.evaluate(async () => {
    const found = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        const bytes = new Uint8Array(await (await cache.match(request)).arrayBuffer());
        let binary = '';
        for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
        found.push({ cache: name, url: request.url, body: btoa(binary) });
      }
    }
    return found;
  });

const registrations = (page) => page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).map((r) => r.active?.scriptURL ?? r.installing?.scriptURL ?? r.waiting?.scriptURL));

test('after one visit, a reload with no network opens the app where the carer was', async () => {
  const server = await startServer({ root: app.root, prefix: '/carer-check/' });
  try {
    await withPage(app, { server, checks: ['pageErrors', 'otherOrigins'] }, async (t) => {
      const { page, context } = t;
      await openApp(t, server.url + '?council=bury');
      await controlled(page);
      await page.getByRole('link', { name: words('site.start.start_button') }).click();
      await page.waitForFunction((was) => document.querySelector('.cc-app h1')?.textContent.trim() !== was, HEADINGS.start);
      await answerCurrentQuestion(page, PERSONAS.workingCarer);
      const where = await heading(page);
      const hash = await page.evaluate(() => location.hash);

      await context.setOffline(true);
      const answeredBefore = server.requests.length;
      await page.reload();
      await waitForAppStart(t);
      assert.equal(await heading(page), where, 'the same step after an offline reload');
      assert.equal(await page.evaluate(() => location.hash), hash);
      // The answer given online is still there, and the next step works offline.
      await answerCurrentQuestion(page, PERSONAS.workingCarer);
      assert.notEqual(await heading(page), where);
      assert.equal(server.requests.length, answeredBefore, 'nothing reached the server while offline');

      // A link with another council, opened offline, is the same page.
      await page.goto(server.url + '?council=worcestershire#/');
      await waitForAppStart(t);
      assert.equal(await heading(page), HEADINGS.start);

      // Kept: exactly the page and the files it loads, each byte for byte as served, so
      // nothing the carer typed can be in them; no query, no other origin.
      const files = (await readdir(app.root)).filter((name) => !['sw.js', 'embed.js', 'index.html', 'lang'].includes(name));
      const kept = await keptCopies(page);
      assert.deepEqual(new Set(kept.map((copy) => copy.cache)).size, 1, 'one cache');
      assert.deepEqual(kept.map((copy) => copy.url).sort(), [server.url, ...files.map((name) => server.url + name)].sort());
      for (const copy of kept) {
        const file = copy.url === server.url ? 'index.html' : copy.url.slice(server.url.length);
        assert.equal(copy.body, (await readFile(path.join(app.root, file))).toString('base64'), `${file} kept as served`);
      }
      // The service worker only ever asked our server for those files.
      const asked = server.requests.map((r) => r.url.replace(/\?.*$/, ''));
      assert.deepEqual([...new Set(asked)].filter((url) => !['/favicon.ico', '/carer-check/', '/carer-check/sw.js', ...files.map((f) => '/carer-check/' + f)].includes(url)), []);
      assert.deepEqual(t.otherOrigins(), []);
    });
  } finally {
    await server.close();
  }
});

test('a language asked for in the link is kept on the first visit and still works with no network', async () => {
  const server = await startServer({ root: app.root, prefix: '/carer-check/' });
  try {
    await withPage(app, { server, checks: ['pageErrors', 'otherOrigins'] }, async (t) => {
      const { page, context } = t;
      await openApp(t, server.url + '?lang=en-XA');
      await page.waitForFunction(() => document.querySelector('#carer-check')?.getAttribute('lang') === 'en-XA');
      const start = await heading(page);
      assert.match(start, /^\[/, 'the pseudo-locale');
      await controlled(page);
      // Kept once the worker is there, in its own cache; no other language is kept. One
      // look at every cache, waited for until it finds a language: the worker writes the file
      // twice (its first-visit copy and the fetch's), and a CI run (2026-12-03) saw the
      // entry, then read the caches again and found none.
      const languages = await waitForAsync(
        page,
        async () => {
          const found = [];
          for (const name of await caches.keys()) {
            for (const request of await (await caches.open(name)).keys()) if (request.url.includes('/lang/')) found.push([name, request.url]);
          }
          return found.length > 0 && found;
        },
        null,
        { timeout: 20_000 },
      );
      assert.deepEqual(languages, [['carer-check-languages', `${server.url}lang/en-XA.bin`]]);

      await context.setOffline(true);
      await page.reload();
      await waitForAppStart(t);
      assert.equal(await heading(page), start, 'the same language with no network');
      assert.equal(await page.locator('#carer-check').getAttribute('lang'), 'en-XA');
    });
  } finally {
    await server.close();
  }
});

for (const status of [503, 404]) {
  test(`after one visit, a reload while the server answers ${status} shows the kept app with its answers`, async () => {
    const server = await startServer({ root: app.root, prefix: '/carer-check/' });
    try {
      await withPage(app, { server, checks: ['pageErrors', 'otherOrigins'] }, async (t) => {
        const { page } = t;
        await openApp(t, server.url);
        await controlled(page);
        const kept = await keptCopies(page);
        await completePart1(page, PERSONAS.workingCarer, { seeResult: false, checkSteps: false });
        assert.equal(await heading(page), HEADINGS.check);
        const answers = await checkAnswersRows(page);
        assert.ok(Object.keys(answers).length >= 5, 'the answers are on the page');
        const hash = await page.evaluate(() => location.hash);

        // The host breaks: every request now gets its error page.
        server.failWith(status);
        const before = server.requests.length;
        await page.reload();
        await waitForAppStart(t);
        assert.ok(
          server.requests.slice(before).some((r) => r.status === status),
          'the server was asked and answered with its error',
        );
        assert.equal(await heading(page), HEADINGS.check, 'the kept app, where the carer was');
        assert.equal(await page.evaluate(() => location.hash), hash);
        assert.deepEqual(await checkAnswersRows(page), answers, 'with every answer');
        assert.ok(!(await page.content()).includes('not available'), 'not the error page');
        await assertAxeClean(page, 'the kept app while the host answers an error');

        // A link opened while the host is broken is the kept app too.
        await page.goto(server.url + '?council=bury#/');
        await waitForAppStart(t);
        assert.equal(await heading(page), HEADINGS.start);
        // Nothing from the broken host was kept: the copies are those of the first visit.
        assert.deepEqual(await keptCopies(page), kept, 'no error page kept');
      });
    } finally {
      await server.close();
    }
  });
}

test('data-offline off: no service worker, the one added before is removed, a council’s own is kept', async () => {
  const optedOut = await snapshotDist(app.root);
  // The council's own worker, at its site's root (the header lets a worker in our folder take
  // a wider scope, standing in for one served from the council's root).
  await writeFile(path.join(optedOut, 'council-worker.js'), "self.addEventListener('fetch', () => {});\n");
  const server = await startServer({ root: optedOut, prefix: '/carer-check/', headers: { 'Service-Worker-Allowed': '/' } });
  try {
    await withPage(app, { server, checks: ['pageErrors', 'otherOrigins'] }, async (t) => {
      const { page, context } = t;
      await openApp(t, server.url);
      await controlled(page);
      await page.evaluate(async () => {
        await navigator.serviceWorker.register('./council-worker.js', { scope: '/' });
    });
    await waitForAsync(page, async () => (await navigator.serviceWorker.getRegistrations()).filter((r) => r.active).length === 2);

    // The host turns offline use off: the next visit removes our worker, and only ours.
    const html = await readFile(path.join(optedOut, 'index.html'), 'utf8');
    assert.ok(html.includes('data-offline=on'), 'the shipped page has offline use on');
    await writeFile(path.join(optedOut, 'index.html'), html.replace('data-offline=on', 'data-offline=off'));
    await page.reload();
    await waitForAppStart(t);
    await waitForAsync(page, async () => (await navigator.serviceWorker.getRegistrations()).length === 1);
    assert.deepEqual(await registrations(page), [server.origin + '/carer-check/council-worker.js']);
    // With ours gone, the council's is the one that covers our folder: it must stay.
    await watchWorkerCalls(context);
    await page.reload();
    await waitForAppStart(t);
    assert.deepEqual(await workerChecked(page), ['getRegistration'], 'the loader looked, and removed nothing');
    assert.deepEqual(await registrations(page), [server.origin + '/carer-check/council-worker.js']);

    // And a first visit to a page with it off registers nothing.
    await withPage(app, { server, setup: (fresh) => watchWorkerCalls(fresh.context), open: true }, async (fresh) => {
      assert.deepEqual(await workerChecked(fresh.page), ['getRegistration'], 'the loader looked, and registered nothing');
      assert.deepEqual(await registrations(fresh.page), []);
    });
    });
  } finally {
    await server.close();
    await rm(optedOut, { recursive: true, force: true });
  }
});
