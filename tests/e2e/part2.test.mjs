// Part 2, "How are things for you?", end to end in Chromium over the release build in
// dist/: after part 1, the task list offers part 2; the four area
// pages (one of them by keyboard alone), "what goes well", and the check page with its
// kind summary; the task list then shows the part completed. A young carer sees young
// wording. axe-core runs on every part 2 page at 320 px and 1280 px; nothing goes to any
// other origin.
//
//   make dist && node --test tests/e2e/part2.test.mjs

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertAxeClean, useApp, withPage } from './support/app.mjs';
import { TASKS, rateAreaByPointer, taskStatus, toTaskList } from './support/journey.mjs';
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
import { rating, words } from './support/wording.mjs';

// The wording is the wording in src/content/data/outcomes.toml and wellbeing_pages.toml.
const app = useApp();
const PART = words('site.tasks.wellbeing');
const AREAS = [words('outcomes.area.recognised-and-valued.title'), words('outcomes.area.a-life-of-my-own.title'), words('outcomes.area.mentally-and-physically-well.title'), words('outcomes.area.staying-safe.title')];
const GOES_WELL = words('outcomes.goes_well.title');
const CHECK = words('wellbeing_pages.check.title');
const RATINGS = [rating('always'), rating('most-of-the-time'), rating('sometimes'), rating('never'), rating('prefer-not-to-say')];

const CONCURRENCY = Number(process.env.CC_E2E_CONCURRENCY ?? 2);

/** The statements (radio groups) on an area page, by their legends. */
const statements = (page) => page.locator('main fieldset legend').allInnerTexts();

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
  return page.evaluate(([title, goingWell, mayWantHelp]) => {
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
      goingWell: list(goingWell),
      mayWantHelp: list(mayWantHelp),
      answers: [...section.querySelectorAll('.cc-summary-list__value')].map((v) => v.textContent.trim()),
    };
  }, [title, words('outcomes.summary.going_well_heading'), words('outcomes.summary.may_want_help_heading')]);
}

describe('part 2, "How are things for you?"', { concurrency: CONCURRENCY }, () => {
  test('a carer rates all four areas (the first by keyboard), sees a kind summary, and the part is completed', async () => {
    await withPage(app, async (t) => {
      const { page } = t;
      await toTaskList(t, app.server.url, PERSONAS.workingCarer);
      assert.equal(await taskStatus(page, PART), words('site.tasks.not_started'));

      await page.getByRole('link', { name: PART, exact: true }).click();
      await expectStep(page, AREAS[0]);
      await assertAxeClean(page, AREAS[0], { widths: [320, 1280] });

      // The first area by keyboard alone: every statement, the note, then Continue.
      const keyboardRatings = [rating('always'), rating('most-of-the-time'), rating('sometimes'), rating('never'), rating('prefer-not-to-say'), rating('always'), rating('sometimes')];
      await rateByKeyboard(page, keyboardRatings);
      await page.keyboard.press('Tab');
      assert.equal(await focusedName(page), words('outcomes.area.recognised-and-valued.notes_label'));
      await page.keyboard.type('My brother helps <b>sometimes</b>');
      await pressByKeyboard(page, words('site.continue'));

      // The other three by pointer.
      let rated = 0;
      for (const area of AREAS.slice(1)) {
        await expectStep(page, area);
        await assertAxeClean(page, area, { widths: [320, 1280] });
        rated += await rateAreaByPointer(page, [rating('most-of-the-time'), rating('never'), rating('always')]);
        await page.getByRole('button', { name: words('site.continue'), exact: true }).click();
      }
      assert.ok(rated >= 12, `only ${rated} statements in areas 2 to 4`);

      await expectStep(page, GOES_WELL);
      await assertAxeClean(page, GOES_WELL, { widths: [320, 1280] });
      await page.getByRole('checkbox', { name: words('outcomes.positive.proud.label'), exact: true }).check();
      await page.getByLabel(words('outcomes.goes_well.text_label')).fill('We still laugh together.');
      await page.getByRole('button', { name: words('site.continue'), exact: true }).click();

      await expectStep(page, CHECK);
      await assertAxeClean(page, CHECK, { widths: [320, 1280] });
      const first = await areaSummary(page, AREAS[0]);
      assert.deepEqual(first.answers, [...keyboardRatings, 'My brother helps <b>sometimes</b>']);
      assert.deepEqual(first.goingWell, [words('outcomes.statement.rv-respected.going_well'), words('outcomes.statement.rv-listened-to.going_well'), words('outcomes.statement.rv-help-fits.going_well')]);
      assert.deepEqual(first.mayWantHelp, [
        words('outcomes.statement.rv-included-in-care.may_want_help'),
        words('outcomes.statement.rv-know-where-to-get-help.may_want_help'),
        words('outcomes.statement.rv-right-amount.may_want_help'),
      ]);
      assert.equal(first.sentence, words('outcomes.area.recognised-and-valued.sentences.mixed'));
      for (const area of AREAS.slice(1)) {
        const summary = await areaSummary(page, area);
        assert.ok(summary.goingWell.length > 0 && summary.mayWantHelp.length > 0, `${area}: ${JSON.stringify(summary)}`);
      }
      const main = await page.locator('main').innerText();
      assert.ok(main.includes(words('outcomes.positive.proud.label')) && main.includes('We still laugh together.'));
      assert.doesNotMatch(main, /score|\d+ ?%|\d+ out of/i, 'no score that labels the person');
      assert.equal(await page.locator('main b').count(), 0, 'typed markup is shown as text');

      // A change link goes back to the area and returns here.
      await page.getByRole('link', { name: `Change – ${await page.locator('main dt').first().innerText()}` }).click();
      await expectStep(page, AREAS[0]);
      assert.ok(page.url().endsWith('#/wellbeing/recognised-and-valued/change'));
      await page.getByRole('button', { name: words('site.continue'), exact: true }).click();
      await expectStep(page, CHECK);

      await page.getByRole('button', { name: words('site.continue'), exact: true }).click();
      await expectStep(page, TASKS);
      assert.equal(await taskStatus(page, PART), words('site.tasks.completed'));
    });
  });

  test('a young carer sees young wording, and part 2 starts in progress once begun', async () => {
    await withPage(app, async (t) => {
      const { page } = t;
      await toTaskList(t, app.server.url, PERSONAS.youngCarer);
      await page.getByRole('link', { name: PART, exact: true }).click();
      await expectStep(page, AREAS[0]);
      const main = await page.locator('main').innerText();
      assert.ok(main.includes(words('outcomes.area.recognised-and-valued.young_intro')), main);
      const legends = await statements(page);
      assert.equal(legends[0], words('outcomes.statement.rv-respected.young_text'));
      assert.equal(legends[1], words('outcomes.statement.rv-listened-to.young_text'));

      await page.getByRole('group', { name: legends[0] }).getByRole('radio', { name: rating('sometimes') }).check();
      await page.getByRole('button', { name: words('site.continue'), exact: true }).click();
      await expectStep(page, AREAS[1]);
      await page.goto(app.server.url + '#/wellbeing/check');
      await waitForHeading(page, CHECK);
      assert.equal(await page.locator('main dt').first().innerText(), legends[0]);
      assert.deepEqual((await areaSummary(page, AREAS[0])).mayWantHelp, [words('outcomes.statement.rv-respected.may_want_help')]);

      // Back from the check page is the page before it, as in parts 1 and 3.
      await page.getByRole('link', { name: words('site.back'), exact: true }).click();
      await waitForHeading(page, GOES_WELL);
      await page.goto(app.server.url + '#/tasks');
      await waitForHeading(page, TASKS);
      assert.equal(await taskStatus(page, PART), words('site.tasks.in_progress'));
    });
  });
});
