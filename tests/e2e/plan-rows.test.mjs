// The repeated rows of an emergency plan page (people who can step in, medicines …) are a
// keyed list: each row keeps its own boxes while it is on the page. Typing in one row and
// removing another leave the other rows' inputs as the same elements (not redrawn), with
// what was typed and focus where they were; a row that moves up takes its new number in
// its ids, labels and error links. Over the release build in dist/:
//
//   trunk build --release --offline && node --test tests/e2e/plan-rows.test.mjs

import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { rm } from 'node:fs/promises';
import { startServer, launchBrowser, newPage, requireDist, checkAxe, snapshotDist } from './support/harness.mjs';
import { expectStep, openApp } from './support/part1.mjs';
import { PLAN_TEXT, planHeadings } from './support/part3.mjs';

const H = planHeadings();

let browser;
let root;
let server;

before(async () => {
  root = await snapshotDist(requireDist());
  [server, browser] = await Promise.all([startServer({ root }), launchBrowser()]);
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (root) await rm(root, { recursive: true, force: true });
});

/** The name boxes of the people who can step in, in order: [id, value, legend]. */
const nameBoxes = (page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('#stepping-in .cc-repeat__row')].map((row) => {
      const input = row.querySelector('input[id$="-name"]');
      return [input.id, input.value, row.querySelector('legend').textContent.trim()];
    }),
  );

describe('repeated rows on a plan page', () => {
  test('typing in one row and removing another keep the other rows as they were', async () => {
    const t = await newPage(browser, server);
    const { page } = t;
    try {
      await openApp(t, server.url, '#/plans');
      await page.getByRole('button', { name: PLAN_TEXT.addPerson, exact: true }).click();
      await expectStep(page, H.person);
      await page.goto(`${server.url}#/plans/1/stepping-in`);
      await page.waitForFunction((want) => document.querySelector('.cc-app h1')?.textContent.trim() === want, H['stepping-in']);

      // Two rows to start with; a third added.
      await page.locator('#step-in-0-name').fill('Amy Shah');
      await page.locator('#step-in-1-name').fill('Ben Okafor');
      await page.locator('#stepping-in-add').click();
      await page.waitForFunction(() => document.activeElement?.id === 'step-in-2-name');
      await page.keyboard.type('Cal');

      // Hold on to the elements themselves, to see later whether they were redrawn.
      await page.evaluate(() => {
        window.ccKept = ['step-in-0-name', 'step-in-1-name', 'step-in-1-phone', 'step-in-2-name'].map((id) =>
          document.getElementById(id),
        );
      });

      // Typing in the third row redraws no other row, and keeps focus where it is.
      await page.keyboard.type(' Reid');
      assert.equal(await page.evaluate(() => document.activeElement === window.ccKept[3]), true, 'focus stayed');
      assert.deepEqual(
        await page.evaluate(() => window.ccKept.map((el) => el.isConnected && el === document.getElementById(el.id))),
        [true, true, true, true],
        'typing in one row redrew another',
      );

      // Removing the first row: the others are the same elements, now numbered from 1.
      await page.locator('#stepping-in .cc-repeat__row').first().locator('.cc-repeat__remove').click();
      await page.waitForFunction(() => document.querySelectorAll('#stepping-in .cc-repeat__row').length === 2);
      assert.deepEqual(await nameBoxes(page), [
        ['step-in-0-name', 'Ben Okafor', 'Person 1'],
        ['step-in-1-name', 'Cal Reid', 'Person 2'],
      ]);
      assert.deepEqual(
        await page.evaluate(() => [
          window.ccKept[0].isConnected,
          window.ccKept[1] === document.getElementById('step-in-0-name'),
          window.ccKept[2] === document.getElementById('step-in-0-phone'),
          window.ccKept[3] === document.getElementById('step-in-1-name'),
        ]),
        [false, true, true, true],
        'the removed row went; the rows below it were kept, not redrawn',
      );
      // Labels follow their boxes' new ids.
      assert.equal(await page.getByLabel('Their name').first().getAttribute('id'), 'step-in-0-name');
      await page.waitForFunction(() => document.activeElement?.id === 'stepping-in-add');

      // A message about the moved row links to its box under the new number.
      await page.getByRole('button', { name: PLAN_TEXT.save }).click();
      const link = page.locator('.cc-error-summary a').first();
      await link.waitFor();
      assert.equal(await link.getAttribute('href'), '#step-in-0-phone');
      await link.click();
      assert.equal(await page.evaluate(() => document.activeElement === window.ccKept[2]), true);

      const violations = await checkAxe(page);
      assert.deepEqual(violations, [], `axe after removing a row:\n${violations.join('\n')}`);
      assert.deepEqual(t.pageErrors, [], 'uncaught errors in the page');
      assert.deepEqual(t.consoleErrors, [], 'errors in the console');
    } finally {
      await t.close();
    }
  });
});
