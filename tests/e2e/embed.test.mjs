// Embedding on a council's website with the snippet: a fixture council page (its own
// styles, links, hash links and security policy) on one origin loads embed.js from the
// app's origin. The widget mounts into its element only, takes the council from
// data-council, works through part 1, leaves the host's links and styles alone (and the
// host's styles leave the widget alone), and the page with the widget passes axe.
//
// Runs against dist/ (build it first: `make dist`).

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile, copyFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer, launchBrowser, newPage, requireDist, checkAxe, formatViolation, snapshotDist } from './support/harness.mjs';
import { completePart1, PERSONAS, HEADINGS } from './support/part1.mjs';

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');
const STYLES = ['font-family', 'color', 'margin-top', 'margin-bottom', 'line-height', 'font-size', 'letter-spacing', 'text-transform'];

let root;
let hostRoot;
let app;
let host;
let browser;

before(async () => {
  root = await snapshotDist(requireDist());
  // The app's files are fetched across origins: the module import and the wasm need CORS.
  app = await startServer({ root, prefix: '/carer-check/', headers: { 'Access-Control-Allow-Origin': '*' } });
  hostRoot = await mkdtemp(path.join(tmpdir(), 'cc-host-'));
  const page = (await readFile(path.join(FIXTURES, 'host.html'), 'utf8'))
    .replaceAll('__APP_ORIGIN__', app.origin)
    .replaceAll('__APP_URL__', app.url);
  await writeFile(path.join(hostRoot, 'host.html'), page);
  // The same page without the snippet, to compare the host's own styles.
  await writeFile(path.join(hostRoot, 'plain.html'), page.replace(/<script src="[^"]*embed\.js" defer><\/script>/, ''));
  for (const file of ['host.css', 'other.html']) await copyFile(path.join(FIXTURES, file), path.join(hostRoot, file));
  host = await startServer({ root: hostRoot });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await host?.close();
  await app?.close();
  for (const dir of [root, hostRoot]) if (dir) await rm(dir, { recursive: true, force: true });
});

/** A page whose "own" origin is the host; requests to the app's origin are allowed too. */
async function hostPage() {
  const t = await newPage(browser, host);
  // Two origins are ours here: the council's page and the app's files.
  await t.context.unrouteAll({ behavior: 'ignoreErrors' });
  return {
    ...t,
    appRequests: () => t.requests.filter((url) => url.startsWith(app.origin)),
    elsewhere: () => t.requests.filter((url) => /^https?:/.test(url) && !url.startsWith(app.origin) && !url.startsWith(host.origin)),
  };
}

const styleOf = (locator) =>
  locator.evaluate((element, names) => {
    const style = getComputedStyle(element);
    return Object.fromEntries(names.map((name) => [name, style.getPropertyValue(name)]));
  }, STYLES);

test('the snippet embeds the app on a council page without either touching the other', async () => {
  const t = await hostPage();
  const { page } = t;
  try {
    // Every violation of the host's policy, with where it came from.
    await page.addInitScript(() => {
      window.__cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        window.__cspViolations.push(`${e.effectiveDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
      );
    });
    const violations = () => page.evaluate(() => window.__cspViolations);
    await page.goto(host.url + 'host.html');
    const widget = page.locator('#carer-check .cc-app');
    await widget.locator('h1', { hasText: HEADINGS.start }).waitFor();

    // Mounted into its element only; the host's own content is all still there.
    assert.equal(await page.locator('body > *').count(), 2, 'only the host’s header and main');
    assert.equal(await page.locator('main > h1').textContent(), 'Support for carers');
    assert.match(await page.locator('#host-contact').innerText(), /0161 496 0000/);
    assert.equal(await page.locator('.cc-app').count(), 1);
    assert.equal(await page.locator('main main').count(), 0, 'one main landmark on the page');
    assert.equal(await widget.getByRole('region', { name: 'Carer Check' }).count(), 1);
    // Both style sheets came from the app's origin, once.
    assert.equal(await page.locator('head link[data-carer-check]').count(), 2);
    assert.deepEqual(t.elsewhere(), []);
    assert.ok(t.appRequests().some((url) => url.endsWith('.wasm')));

    // data-council="bury": Bury is chosen, in Bury's colours.
    assert.equal(await widget.getByRole('radio', { name: 'Bury' }).isChecked(), true);
    assert.equal(await widget.locator('.cc-header').evaluate((e) => getComputedStyle(e).backgroundColor), 'rgb(0, 89, 79)');

    // The host's paragraphs look exactly as they do without the widget.
    const plain = await browser.newPage();
    await plain.goto(host.url + 'plain.html');
    for (const selector of ['#host-intro', '#host-contact', 'main > h1', '#to-other']) {
      assert.deepEqual(await styleOf(page.locator(selector)), await styleOf(plain.locator(selector)), selector);
    }
    // And the widget's paragraphs look exactly as they do on our own page.
    await plain.goto(app.url);
    await plain.locator('.cc-app h1', { hasText: HEADINGS.start }).waitFor();
    for (const selector of ['.cc-body-l', '.cc-body', '.cc-heading-xl', '.cc-list li', '.cc-radios__label']) {
      assert.deepEqual(await styleOf(widget.locator(selector).first()), await styleOf(plain.locator(selector).first()), selector);
    }
    await plain.close();

    // The app and its loader need nothing beyond the documented policy. (Checked before
    // axe runs: axe itself adds inline styles to measure the page.)
    assert.deepEqual(await violations(), []);
    const axe = await checkAxe(page);
    assert.deepEqual(axe.map(formatViolation), [], 'axe on the council page with the widget');
    const seenBeforePart1 = (await violations()).length;

    // Part 1 inside the widget.
    await widget.getByRole('link', { name: 'Start now' }).click();
    await completePart1(page, PERSONAS.workingCarer, { checkSteps: false });
    await page.locator('.cc-app h1', { hasText: HEADINGS.carer }).waitFor();
    assert.deepEqual((await violations()).slice(seenBeforePart1), [], 'part 1 needs nothing beyond the documented policy');
    const resultHash = await page.evaluate(() => location.hash);
    assert.equal(resultHash, '#/carer/result');
    // The council's page is the council's: the snippet registers no service worker on it.
    assert.equal(await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((all) => all.length)), 0);

    // The host's own hash link still works, and does not move the widget.
    await page.locator('#to-contact').click();
    await page.waitForFunction(() => location.hash === '#contact');
    assert.ok(await page.evaluate(() => window.scrollY > 0), 'scrolled to the contact section');
    assert.equal(await page.locator('.cc-app h1').innerText(), HEADINGS.carer);
    // Back returns the widget to where it was.
    await page.goBack();
    await page.waitForFunction(() => location.hash === '#/carer/result');
    assert.equal(await page.locator('.cc-app h1').innerText(), HEADINGS.carer);

    // The host's ordinary link navigates as normal.
    await page.locator('#to-other').click();
    await page.waitForURL(host.url + 'other.html');
    assert.equal(await page.locator('h1').innerText(), 'Other services');

    assert.deepEqual(t.pageErrors, []);
  } finally {
    await t.close();
  }
});

test('a page without the element is left alone', async () => {
  const t = await hostPage();
  const { page } = t;
  try {
    await page.goto(host.url + 'other.html');
    await page.addScriptTag({ url: app.url + 'embed.js' });
    await page.waitForTimeout(300);
    assert.equal(await page.locator('link[data-carer-check]').count(), 0);
    assert.equal(t.appRequests().filter((url) => !url.endsWith('embed.js')).length, 0);
    assert.deepEqual(t.pageErrors, []);
  } finally {
    await t.close();
  }
});
