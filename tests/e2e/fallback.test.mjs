// When the app cannot start, the page is never blank: index.html's own content stays —
// the service's name, what it is for, and where to get help now (999, NHS 111, Samaritans
// and Childline, as in the app) — and it is accessible. Three ways it fails to start, in
// Chromium over the release build in dist/:
//
//   - the .wasm request is blocked (a firewall, a filter, a lost connection);
//   - the .wasm arrives broken (a proxy that rewrites it, a truncated download);
//   - JavaScript is turned off.
//
// In each: the h1, the lead, the helpline and 111 show; axe-core finds no violation at
// 320 px and 1280 px; nothing scrolls sideways at 320 px; and the app never started.
//
//   make dist && node --test tests/e2e/fallback.test.mjs

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertAxeClean, useApp, withPage } from './support/app.mjs';
import { waitForAppStart } from './support/harness.mjs';
import { HEADINGS } from './support/part1.mjs';
import { scrollsSideways } from './support/journey.mjs';
import { DATA, translation, words } from './support/wording.mjs';

// index.html's static content (kept in step with src/content/data/site.toml by hand).
const app = useApp();

const MUST_SHOW = [
  words('site.service_name'),
  words('site.start.lead'),
  'If nothing happens, your browser may be too old or may be blocking it.',
  // The app's "If you need help now" (site.toml [help_now]; tests/help_now.rs checks the
  // words match the data).
  words('site.help_now.title'),
  ...[['0', '999'], ['1', '111'], ['2', '116 123'], ['3', '0800 1111']].map(([line, phone]) => words(`site.help_now.line.${line}.text`, { phone })),
];

/**
 * Opens the app with `fail` applied to the context (a route, or nothing) and checks the
 * static page: its text, axe at both widths, no sideways scroll at 320 px.
 */
async function expectFallback({ contextOptions = {}, fail = async () => {}, waitForFailure }) {
  const context = { viewport: { width: 1280, height: 800 }, ...contextOptions };
  await withPage(app, { context, checks: ['otherOrigins'] }, async (t) => {
    const { page } = t;
    await fail(t);
    // The loader has given up: its init() rejected (an uncaught error), after which
    // nothing of the app can run. With JavaScript off nothing runs at all.
    const failed = waitForFailure ? waitForFailure(t) : Promise.resolve();
    await page.goto(app.server.url, { waitUntil: 'load' });
    await failed;

    assert.equal((await page.locator('h1').innerText()).trim(), HEADINGS.start);
    assert.equal(await page.locator('h1').count(), 1, 'one h1');
    const text = (await page.locator('body').innerText()).replace(/\s+/g, ' ');
    for (const words of MUST_SHOW) assert.ok(text.includes(words), `the page lacks "${words}":\n${text}`);
    for (const phone of ['999', '111', '116 123', '0800 1111']) {
      const link = page.getByRole('link', { name: phone, exact: true }).first();
      assert.ok(await link.isVisible(), `${phone} is not visible`);
      assert.equal(await link.getAttribute('href'), `tel:${phone.replace(/ /g, '')}`, `${phone} can be called`);
    }
    assert.equal(await page.locator('main#cc-main').count(), 1, 'a main landmark');
    // Styled: the stylesheets loaded (the header wears the brand colour).
    const header = await page.locator('.cc-app .cc-header').evaluate((el) => getComputedStyle(el).backgroundColor);
    assert.equal(header, 'rgb(29, 112, 184)', 'the header is not styled');
    // The app never took over (its skip link and footer are not there).
    assert.equal(await page.locator('.cc-skip-link, .cc-footer').count(), 0, 'the app started after all');

    if (contextOptions.javaScriptEnabled !== false) {
      assert.equal(await page.evaluate(() => window.__ccAppStarted === true), false, 'the app started after all');
      await checkLayout(page);
    } else {
      // axe needs timers, which do not run with JavaScript off: check the same page (its
      // DOM as shown, without its scripts) in a context where they do.
      await checkLayout(await pageWithout(await page.content(), t));
    }
  });
}

/** axe at 320 px and 1280 px, and no sideways scroll at 320 px. */
async function checkLayout(page) {
  for (const width of [320, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    if (width === 320) assert.equal(await scrollsSideways(page), false, 'the fallback scrolls sideways at 320 px');
    await assertAxeClean(page, 'the fallback page', { widths: [width] });
  }
}

/**
 * A page in a new context of `t`'s browser showing `html` (with every <script> taken out)
 * at the server's address, so its stylesheets load as they did. Closed with `t`.
 */
async function pageWithout(html, t) {
  const context = await app.browser.newContext();
  const page = await context.newPage();
  const withoutScripts = html.replace(/<script\b[\s\S]*?<\/script>/gi, '');
  assert.ok(withoutScripts.includes('116 123'), 'the page as shown has the help now numbers');
  await page.route(app.server.url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: withoutScripts }));
  await page.goto(app.server.url);
  const close = t.close;
  t.close = async () => {
    await context.close();
    await close();
  };
  return page;
}

const isWasm = (url) => url.pathname.endsWith('.wasm');

describe('when the app cannot start, the page still helps', { concurrency: 1, timeout: 60_000 }, () => {
  test('the .wasm request is blocked', async () => {
    await expectFallback({
      fail: (t) => t.context.route(isWasm, (route) => route.abort('blockedbyclient')),
      waitForFailure: (t) =>
        Promise.all([t.page.waitForEvent('requestfailed', { predicate: (r) => r.url().endsWith('.wasm') }), t.page.waitForEvent('pageerror')]),
    });
  });

  test('the .wasm arrives broken', async () => {
    await expectFallback({
      fail: (t) =>
        t.context.route(isWasm, (route) =>
          route.fulfill({ status: 200, contentType: 'application/wasm', body: Buffer.from('this is not WebAssembly') }),
        ),
      // The glue's init() rejects: an uncaught error in the page.
      waitForFailure: (t) => t.page.waitForEvent('pageerror'),
    });
  });

  test('JavaScript is turned off', async () => {
    await expectFallback({ contextOptions: { javaScriptEnabled: false } });
  });
});

// Where the app cannot start, the same page in every other language: index.html lists them
// (each named in its own words), and each (lang/<tag>.html, made by the build from
// index.html) has its lang, the dir the app gives the language, its own words, the same
// phone links, no script, the honest note when the app's start page has it, a way back to
// English and a way to try the app again in the language; axe finds nothing at 320 px and
// 1280 px and nothing scrolls sideways.
describe('where the app cannot start, the page in every language', { concurrency: 1, timeout: 60_000 }, () => {
  const others = DATA.site.languages.filter(({ tag }) => tag !== 'en');

  /** The phone links of the page open now, in order. */
  const phoneLinks = (page) => page.locator('a[href^="tel:"]').evaluateAll((links) => links.map((link) => [link.textContent, link.getAttribute('href')]));

  test('index.html names every other language in its own words', async () => {
    await withPage(app, { context: { javaScriptEnabled: false }, checks: ['otherOrigins'] }, async ({ page }) => {
      await page.goto(app.server.url, { waitUntil: 'load' });
      const list = page.locator('main .cc-footer__languages');
      assert.ok((await list.innerText()).startsWith(words('site.languages_label')));
      const links = await list.locator('a').evaluateAll((links) => links.map((a) => ({ name: a.textContent, lang: a.lang, hreflang: a.hreflang, href: a.getAttribute('href') })));
      assert.deepEqual(links, others.map(({ tag, name }) => ({ name, lang: tag, hreflang: tag, href: `lang/${tag}.html` })));
    });
  });

  for (const { tag, name } of others) {
    const own = translation(tag);
    test(`${tag}: the page where the app cannot start, in ${name}`, async () => {
      // What the app itself does in this language: its dir, and whether its start page has the note.
      let inApp = {};
      await withPage(app, { open: `?lang=${tag}` }, async ({ page }) => {
        await page.locator('#carer-check[lang]').waitFor();
        inApp = { dir: (await page.locator('#carer-check').getAttribute('dir')) ?? 'ltr', note: await page.locator('.cc-notice[role="note"]').count() };
      });
      let english = [];
      await withPage(app, { context: { javaScriptEnabled: false }, checks: ['otherOrigins'] }, async ({ page }) => {
        await page.goto(app.server.url, { waitUntil: 'load' });
        english = await phoneLinks(page);
        await page.locator('main .cc-footer__languages').getByRole('link', { name, exact: true }).click();
        await page.waitForURL(`**/lang/${tag}.html`);
        assert.deepEqual(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]), [tag, inApp.dir]);
        assert.equal((await page.locator('h1').innerText()).trim(), own['site.start.title']);
        const text = (await page.locator('body').innerText()).replace(/\s+/g, ' ');
        for (const key of ['site.start.lead', 'site.help_now.title', 'site.help_now.intro', 'fallback.cannot_start', 'site.exit.button']) {
          assert.ok(text.includes(own[key].replace(/\s+/g, ' ')), `lang/${tag}.html lacks ${key}: ${own[key]}`);
        }
        assert.deepEqual(await phoneLinks(page), english, 'the same phone links, in the same order');
        assert.equal(await page.locator('script').count(), 0, 'no script');
        const header = await page.locator('.cc-app .cc-header').evaluate((el) => getComputedStyle(el).backgroundColor);
        assert.equal(header, 'rgb(29, 112, 184)', 'the header is not styled');
        assert.equal(await page.locator('.cc-notice[role="note"]').count(), inApp.note, 'the note on an unchecked translation, as the app shows it');
        const tryAgain = page.getByRole('link', { name: own['fallback.try_again'], exact: true });
        assert.equal(await tryAgain.evaluate((a) => a.href), `${app.server.url}?lang=${tag}`);
        // Back to English, named in its own words.
        await page.locator('main .cc-footer__languages').getByRole('link', { name: 'English', exact: true }).click();
        await page.waitForURL(app.server.url);
        assert.equal((await page.locator('h1').innerText()).trim(), HEADINGS.start);
      });
      // The page has no script, so axe (which needs timers) runs on it as it is.
      await withPage(app, { checks: ['otherOrigins'] }, async ({ page }) => {
        await page.goto(`${app.server.url}lang/${tag}.html`, { waitUntil: 'load' });
        await checkLayout(page);
      });
    });
  }
});

// Before the app starts, the page's own start text is already on screen: the loader waits
// for its largest paint before it fetches the wasm (tools/post-build.mjs), so on a slow
// phone the carer reads at once, and the largest paint is index.html's lead, not the app's
// copy of it.
// Without the wait, a quick wasm often mounts before the first frame and the largest paint
// waits for it.
describe('before the app starts', () => {
  test('the start page text is painted first, and the app adds no larger paint', async () => {
    for (let run = 1; run <= 3; run += 1) {
      await withPage(app, { context: { viewport: { width: 412, height: 823 } }, checks: [] }, async (t) => {
        const { page, context } = t;
        await context.addInitScript(() => {
          const seen = (window.__ccPaints = { paints: {}, largest: [], started: null });
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) seen.paints[entry.name] = entry.startTime;
          }).observe({ type: 'paint', buffered: true });
          const record = (entries) => {
            for (const entry of entries) {
              // The app's h1 can take focus (tabindex); index.html's cannot.
              const byApp = entry.element?.previousElementSibling?.hasAttribute('tabindex') ?? null;
              seen.largest.push({ at: entry.startTime, size: entry.size, text: entry.element?.textContent ?? null, byApp });
            }
          };
          seen.observer = new PerformanceObserver((list) => record(list.getEntries()));
          seen.observer.observe({ type: 'largest-contentful-paint', buffered: true });
          seen.collect = () => record(seen.observer.takeRecords());
          addEventListener('TrunkApplicationStarted', () => (seen.started = performance.now()), { once: true });
        });
        await page.goto(app.server.url);
        await waitForAppStart(t);
        // The app's first frame has been painted (a frame after the one that drew it), so
        // any largest paint it made is queued: take it from the observer at once.
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
        const { paints, largest, started, wasmAsked } = await page.evaluate(() => ({
          ...(window.__ccPaints.collect(), window.__ccPaints),
          observer: undefined,
          collect: undefined,
          wasmAsked: performance.getEntriesByType('resource').find((entry) => entry.name.endsWith('.wasm'))?.startTime,
        }));
        const contentful = paints['first-contentful-paint'];
        // The wasm does not share the line with what the first paint needs.
        assert.ok(contentful <= wasmAsked, `run ${run}: the wasm was asked for at ${wasmAsked} ms, before the first text at ${contentful} ms`);
        assert.ok(contentful < started, `run ${run}: first text at ${contentful} ms, app started at ${started} ms`);
        assert.ok(largest.length >= 1, `run ${run}: no largest paint`);
        for (const entry of largest) {
          assert.ok(entry.at < started, `run ${run}: a largest paint at ${entry.at} ms, after the app started at ${started} ms: ${JSON.stringify({ paints, largest })}`);
          assert.notEqual(entry.byApp, true, `run ${run}: the largest paint is the app's`);
        }
        assert.equal(largest.at(-1).text ?? MUST_SHOW[1], MUST_SHOW[1], 'the largest paint is the lead');
      });
    }
  });
});
