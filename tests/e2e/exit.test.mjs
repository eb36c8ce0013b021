// Exit this page (GOV.UK pattern): a button on every page and Shift pressed three times
// replace the page with a neutral public site at once, the current history entry is
// replaced, and the answers (kept in this tab only) are deleted. A page explains it.
//
// Runs against dist/ (build it first: `make dist`). The neutral site is answered by the
// test itself: nothing leaves this machine.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertAxeClean, storedText, useApp, waitForStored, withPage } from './support/app.mjs';
import { openApp, choose, question, submit, HEADINGS, BUTTONS, titleFor } from './support/part1.mjs';
import { option, wordList, words } from './support/wording.mjs';

const NEUTRAL = 'https://www.bbc.co.uk/weather';
const BUTTON = words('site.exit.button');

const app = useApp();

/**
 * withPage's options here: the app opened on its start page; the neutral site is a local
 * stand-in (a page route wins over the harness's "block every other origin" route). Only
 * uncaught errors are checked: leaving is a navigation to another origin on purpose.
 */
const ON_THE_START_PAGE = {
  open: true,
  checks: ['pageErrors'],
  setup: (t) =>
    t.page.route(`${NEUTRAL}**`, (route) =>
      route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Weather</title><h1>Weather</h1>' }),
    ),
};

/** Answers the first question, so there is something to delete. */
async function answerTheFirstQuestion(page) {
  await page.getByRole('link', { name: BUTTONS.start }).click();
  await choose(page, question('age'), [option('age', '25-64')]);
  await submit(page, BUTTONS.continue);
  await waitForStored(page, '"25-64"');
}

async function assertAnswersGone(page) {
  await page.goto(app.server.url + '#/carer/check');
  await page.locator('.cc-app h1', { hasText: words('site.check.title') }).waitFor();
  assert.equal((await storedText(page))?.includes('25-64') ?? false, false);
  assert.equal(await page.getByText(option('age', '25-64')).count(), 0);
}

test('the button is on every page, leaves at once, replaces the history entry and deletes the answers', async () => {
  await withPage(app, ON_THE_START_PAGE, async ({ page }) => {
    for (const hash of ['', '#/carer/age', '#/tasks', '#/share', '#/leaving-quickly', '#/nowhere']) {
      await page.evaluate((h) => (location.hash = h), hash);
      await page.locator('.cc-app h1').first().waitFor();
      const button = page.getByRole('link', { name: BUTTON });
      assert.equal(await button.isVisible(), true, `on ${hash || 'the start page'}`);
      assert.equal(await button.getAttribute('href'), NEUTRAL);
    }
    await page.evaluate(() => (location.hash = ''));
    await answerTheFirstQuestion(page);
    const before = await page.evaluate(() => history.length);
    await page.getByRole('link', { name: BUTTON }).click();
    await page.waitForURL(NEUTRAL);
    assert.equal(await page.locator('h1').innerText(), 'Weather');
    assert.equal(await page.evaluate(() => history.length), before, 'the entry was replaced, not added');
    // Back goes to the page before, never to the page the carer left.
    await page.goBack();
    assert.notEqual(page.url(), app.server.url + '#/carer/helps');
    await assertAnswersGone(page);
  });
});

test('Shift pressed three times leaves; other keys in between do not', async () => {
  await withPage(app, ON_THE_START_PAGE, async ({ page }) => {
    await answerTheFirstQuestion(page);
    // Leaving starts a navigation inside the keydown handler: the Navigation API's
    // `navigate` event records it at once, so "did not leave" needs no wait.
    await page.evaluate(() => {
      window.__ccNavigations = [];
      navigation.addEventListener('navigate', (event) => window.__ccNavigations.push(event.destination.url));
    });
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await page.keyboard.press('a');
    await page.keyboard.press('Shift');
    assert.deepEqual(await page.evaluate(() => window.__ccNavigations), [], 'two, a key, one more: no navigation');
    assert.match(await storedText(page), /"25-64"/, 'two, a key, one more: the answers are still there');
    assert.equal(page.url().startsWith(app.server.url), true, 'two, a key, one more: still here');
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await page.waitForURL(NEUTRAL);
    await assertAnswersGone(page);
  });
});

test('a page explains it, reached from the footer, and axe finds nothing on it', async () => {
  await withPage(app, ON_THE_START_PAGE, async ({ page }) => {
    await page.getByRole('link', { name: words('site.footer_exit') }).click();
    await page.locator('.cc-app h1', { hasText: words('site.exit.title') }).waitFor();
    assert.equal(await page.title(), titleFor(words('site.exit.title')));
    const text = await page.locator('.cc-main').innerText();
    for (const line of [...wordList('site.exit.how'), ...wordList('site.exit.what')]) assert.ok(text.includes(line), `the page lacks "${line}"`);
    await assertAxeClean(page, words('site.exit.title'));
    // And the start page with the button on it.
    await page.evaluate(() => (location.hash = ''));
    await page.locator('.cc-app h1', { hasText: HEADINGS.start }).waitFor();
    await assertAxeClean(page, 'the start page');
  });
});

test('before the app has started, index.html\u2019s own Exit this page leaves the same way', async () => {
  await withPage(app, { ...ON_THE_START_PAGE, context: { serviceWorkers: 'block' } }, async ({ page }) => {
    await answerTheFirstQuestion(page);
    // Reload with the wasm held back: index.html's own content and link are all there is.
    let held;
    await page.route('**/*.wasm', (route) => (held = route));
    const asked = page.waitForRequest((request) => request.url().endsWith('.wasm'));
    await page.reload();
    // The loader asks for the wasm only after it has set up the link.
    await asked;
    assert.equal(await page.evaluate(() => window.__ccAppStarted === true), false, 'the app started after all');
    const link = page.getByRole('link', { name: BUTTON });
    assert.equal(await link.count(), 1);
    assert.equal(await link.getAttribute('href'), NEUTRAL);
    const before = await page.evaluate(() => history.length);
    await link.click();
    await page.waitForURL(NEUTRAL);
    assert.equal(await page.evaluate(() => history.length), before, 'the entry was replaced, not added');
    await held?.abort();
    await page.unroute('**/*.wasm');
    await assertAnswersGone(page);
    // No service worker: it would answer the reload from its copy, past the held route.
  });
});
