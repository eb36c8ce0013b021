// Part 2, "How are things for you?", end to end in Chromium over the release build in
// dist/: after part 1, the task list offers part 2; the four area
// pages (one of them by keyboard alone), "what goes well", and the check page with its
// kind summary; the task list then shows the part completed. A young carer sees young
// wording. axe-core runs on every part 2 page at 320 px and 1280 px; nothing goes to any
// other origin.
//
//   make dist && node --test tests/e2e/part2.test.mjs

import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { rm } from 'node:fs/promises';
import { startServer, launchBrowser, newPage, requireDist, checkAxe, snapshotDist } from './support/harness.mjs';
import {
  PERSONAS,
  completePart1,
  describeFocus,
  expectStep,
  focusedName,
  openApp,
  pressByKeyboard,
  waitForHeading,
} from './support/part1.mjs';

// The wording is the wording in src/content/data/outcomes.toml and wellbeing_pages.toml.
const TASKS = 'Your carer check';
const PART = 'How are things for you?';
const AREAS = ['Recognised and valued', 'A life of my own', 'Mentally and physically well', 'Staying safe'];
const GOES_WELL = 'What goes well for you?';
const CHECK = 'Check your answers';
const RATINGS = ['Always', 'Most of the time', 'Sometimes', 'Never', 'Prefer not to say'];

const CONCURRENCY = Number(process.env.CC_E2E_CONCURRENCY ?? 2);

let browser;
let root; // a private copy of dist/, so a build running meanwhile cannot change it under us
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

/** A page in a context of its own; afterwards nothing went elsewhere, nothing failed. */
async function withPage(body, contextOptions = {}) {
  const t = await newPage(browser, server, contextOptions);
  try {
    await body(t);
    assert.deepEqual(t.otherOrigins(), [], 'requests went to another origin');
    assert.deepEqual(t.pageErrors, [], 'uncaught errors in the page');
    assert.deepEqual(t.consoleErrors, [], 'errors in the console');
  } finally {
    await t.close();
  }
}

/** axe on the page as it is now, narrow (320 px) and wide (1280 px). */
async function assertAxeCleanAtBothWidths(page, where) {
  for (const width of [320, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    const violations = await checkAxe(page);
    assert.deepEqual(violations, [], `axe on "${where}" at ${width}px:\n${violations.join('\n')}`);
  }
}

/** The task list's status for part 2. */
const partStatus = (page) =>
  page.locator('li', { has: page.getByRole('link', { name: PART, exact: true }) }).locator('.cc-task-list__status').innerText();

/** Part 1 for `persona`, then on from the result to the task list. */
async function toTaskList(t, persona) {
  const { page } = t;
  await openApp(t, server.url);
  await completePart1(page, persona, { checkSteps: false });
  await page.getByRole('link', { name: 'Continue', exact: true }).click();
  await waitForHeading(page, TASKS);
}

/** The statements (radio groups) on an area page, by their legends. */
const statements = (page) => page.locator('main fieldset legend').allInnerTexts();

/** Rates every statement on the page by pointer, the n-th with ratings[n % length]. */
async function rateByPointer(page, ratings) {
  const legends = await statements(page);
  for (const [n, legend] of legends.entries()) {
    const group = page.getByRole('group', { name: legend, exact: true });
    await group.getByRole('radio', { name: ratings[n % ratings.length], exact: true }).check();
  }
  return legends.length;
}

/** Rates every statement by keyboard: Tab into each group, arrows to the rating, Space. */
async function rateByKeyboard(page, ratings) {
  const legends = await statements(page);
  const focused = () =>
    page.evaluate(() => {
      const el = document.activeElement;
      return el?.type === 'radio'
        ? { checked: el.checked, label: el.labels[0].textContent.trim(), legend: el.closest('fieldset').querySelector('legend').textContent.trim() }
        : null;
    });
  for (const [n, legend] of legends.entries()) {
    await page.keyboard.press('Tab');
    let input = await focused();
    assert.equal(input?.legend, legend, `Tab did not reach the radios of "${legend}" but ${await describeFocus(page)}`);
    const target = ratings[n % ratings.length];
    for (let i = 0; i < RATINGS.length && input.label !== target; i++) {
      await page.keyboard.press('ArrowDown');
      input = await focused();
    }
    assert.equal(input.label, target, `arrow keys never reached "${target}"`);
    if (!input.checked) await page.keyboard.press('Space');
    assert.ok((await focused()).checked, `"${target}" is not chosen for "${legend}"`);
  }
}

/** The check page's summary of an area: { sentence, going well, may want help }. */
function areaSummary(page, title) {
  return page.evaluate((title) => {
    const section = [...document.querySelectorAll('.cc-app main section')].find(
      (s) => s.querySelector('h2')?.textContent.trim() === title,
    );
    if (!section) return null;
    const list = (heading) => {
      const h3 = [...section.querySelectorAll('h3')].find((h) => h.textContent.trim() === heading);
      return h3 ? [...h3.nextElementSibling.querySelectorAll('li')].map((li) => li.textContent.trim()) : [];
    };
    return {
      sentence: section.querySelector('.cc-wellbeing-summary p')?.textContent.trim(),
      goingWell: list('What is going well'),
      mayWantHelp: list('What you may want help with'),
      answers: [...section.querySelectorAll('.cc-summary-list__value')].map((v) => v.textContent.trim()),
    };
  }, title);
}

describe('part 2, "How are things for you?"', { concurrency: CONCURRENCY }, () => {
  test('a carer rates all four areas (the first by keyboard), sees a kind summary, and the part is completed', async () => {
    await withPage(async (t) => {
      const { page } = t;
      await toTaskList(t, PERSONAS.workingCarer);
      assert.equal((await partStatus(page)).trim(), 'Not yet started');

      await page.getByRole('link', { name: PART, exact: true }).click();
      await expectStep(page, AREAS[0]);
      await assertAxeCleanAtBothWidths(page, AREAS[0]);

      // The first area by keyboard alone: every statement, the note, then Continue.
      const keyboardRatings = ['Always', 'Most of the time', 'Sometimes', 'Never', 'Prefer not to say', 'Always', 'Sometimes'];
      await rateByKeyboard(page, keyboardRatings);
      await page.keyboard.press('Tab');
      assert.match(await focusedName(page), /anything else you want to say/);
      await page.keyboard.type('My brother helps <b>sometimes</b>');
      await pressByKeyboard(page, 'Continue');

      // The other three by pointer.
      let rated = 0;
      for (const area of AREAS.slice(1)) {
        await expectStep(page, area);
        await assertAxeCleanAtBothWidths(page, area);
        rated += await rateByPointer(page, ['Most of the time', 'Never', 'Always']);
        await page.getByRole('button', { name: 'Continue', exact: true }).click();
      }
      assert.ok(rated >= 12, `only ${rated} statements in areas 2 to 4`);

      await expectStep(page, GOES_WELL);
      await assertAxeCleanAtBothWidths(page, GOES_WELL);
      await page.getByRole('checkbox', { name: 'I feel proud of what I do.', exact: true }).check();
      await page.getByLabel('In your own words (optional)').fill('We still laugh together.');
      await page.getByRole('button', { name: 'Continue', exact: true }).click();

      await expectStep(page, CHECK);
      await assertAxeCleanAtBothWidths(page, CHECK);
      const first = await areaSummary(page, AREAS[0]);
      assert.deepEqual(first.answers, [...keyboardRatings, 'My brother helps <b>sometimes</b>']);
      assert.deepEqual(first.goingWell, ['Being known and respected as a carer', 'Being listened to by staff', 'Help that fits well']);
      assert.deepEqual(first.mayWantHelp, [
        'Being included in plans for their care',
        'Finding out what help there is',
        'Having too much caring to do',
      ]);
      assert.match(first.sentence, /Some things here are going well/);
      for (const area of AREAS.slice(1)) {
        const summary = await areaSummary(page, area);
        assert.ok(summary.goingWell.length > 0 && summary.mayWantHelp.length > 0, `${area}: ${JSON.stringify(summary)}`);
      }
      const main = await page.locator('main').innerText();
      assert.ok(main.includes('I feel proud of what I do.') && main.includes('We still laugh together.'));
      assert.doesNotMatch(main, /score|\d+ ?%|\d+ out of/i, 'no score that labels the person');
      assert.equal(await page.locator('main b').count(), 0, 'typed markup is shown as text');

      // A change link goes back to the area and returns here.
      await page.getByRole('link', { name: `Change – ${await page.locator('main dt').first().innerText()}` }).click();
      await expectStep(page, AREAS[0]);
      assert.ok(page.url().endsWith('#/wellbeing/recognised-and-valued/change'));
      await page.getByRole('button', { name: 'Continue', exact: true }).click();
      await expectStep(page, CHECK);

      await page.getByRole('button', { name: 'Continue', exact: true }).click();
      await expectStep(page, TASKS);
      assert.equal((await partStatus(page)).trim(), 'Completed');
    });
  });

  test('a young carer sees young wording, and part 2 starts in progress once begun', async () => {
    await withPage(async (t) => {
      const { page } = t;
      await toTaskList(t, PERSONAS.youngCarer);
      await page.getByRole('link', { name: PART, exact: true }).click();
      await expectStep(page, AREAS[0]);
      const main = await page.locator('main').innerText();
      assert.ok(main.includes('These are about whether people know you help at home, and listen to you.'), main);
      const legends = await statements(page);
      assert.equal(legends[0], 'People know I help look after someone, and they are kind about it.');
      assert.equal(legends[1], 'Adults like doctors, nurses and teachers listen to me.');

      await page.getByRole('group', { name: legends[0] }).getByRole('radio', { name: 'Sometimes' }).check();
      await page.getByRole('button', { name: 'Continue', exact: true }).click();
      await expectStep(page, AREAS[1]);
      await page.goto(server.url + '#/wellbeing/check');
      await waitForHeading(page, CHECK);
      assert.equal(await page.locator('main dt').first().innerText(), legends[0]);
      assert.deepEqual((await areaSummary(page, AREAS[0])).mayWantHelp, ['Being known and respected as a carer']);

      // Back from the check page is the page before it, as in parts 1 and 3.
      await page.getByRole('link', { name: 'Back', exact: true }).click();
      await waitForHeading(page, GOES_WELL);
      await page.goto(server.url + '#/tasks');
      await waitForHeading(page, TASKS);
      assert.equal((await partStatus(page)).trim(), 'In progress');
    });
  });
});
