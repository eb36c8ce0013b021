// Part 1, "Am I a carer?", end to end in Chromium over the release build in dist/:
// keyboard-only journeys for a carer, a non-carer and a young carer; back, forward,
// refresh and pasted links; the error states; focus and document titles on every step;
// axe-core on every page; no request to any other origin; and a council sub-path.
//
//   trunk build --release --offline && node --test tests/e2e/part1.test.mjs
//   CC_SHOTS=/tmp/shots node --test tests/e2e/part1.test.mjs   # also saves screenshots

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { isImplicitFavicon, startServer } from './support/harness.mjs';
import { assertAxeClean, useApp, withPage } from './support/app.mjs';
import { installPointerSpy, pointerEvents } from './support/journey.mjs';
import {
  BUTTONS,
  expectErrorSummary,
  HEADINGS,
  PERSONAS,
  QUESTIONS,
  answerCurrentQuestion,
  checkAnswersRows,
  choose,
  completePart1,
  describeFocus,
  expectStep,
  focusedName,
  heading,
  openApp,
  personaAnswer,
  pressByKeyboard,
  question,
  subheadings,
  submit,
  titleFor,
  waitForHeading,
} from './support/part1.mjs';
import { option, words } from './support/wording.mjs';

/** The questions just before and just after `q`, in the order asked. */
const questionBefore = (q) => QUESTIONS[QUESTIONS.indexOf(q) - 1];
const questionAfter = (q) => QUESTIONS[QUESTIONS.indexOf(q) + 1];

const app = useApp();
const SUB_PATH = '/council/carers/';
// Tests at once: each mostly waits on the browser. CC_E2E_CONCURRENCY=1 runs them one by one.
const CONCURRENCY = Number(process.env.CC_E2E_CONCURRENCY ?? 2);

// Every test has a browser context of its own, so they can run side by side.
describe('part 1, "Am I a carer?"', { concurrency: CONCURRENCY }, () => {
  // ---------------------------------------------------------------------------------------
  // Whole journeys, by keyboard alone

  test('a working carer finishes part 1 with the keyboard alone', async () => {
    await withPage(app, async (t) => {
      const { page, context } = t;
      await installPointerSpy(context);
      await openApp(t, app.server.url);

      // The first Tab shows the skip link.
      await page.keyboard.press('Tab');
      assert.equal(await focusedName(page), words('site.skip_link'));
      assert.ok(await page.getByRole('link', { name: words('site.skip_link') }).isVisible());

      const seen = await completePart1(page, PERSONAS.workingCarer, { keyboard: true, seeResult: false });
      assert.deepEqual(seen, [HEADINGS.start, ...QUESTIONS.map((q) => q.title), HEADINGS.check]);
      // Every answer she gave, under its question's label, in the order asked.
      const rows = await checkAnswersRows(page);
      assert.deepEqual(Object.keys(rows), QUESTIONS.map((q) => q.row));
      assert.deepEqual(rows, Object.fromEntries(QUESTIONS.map((q) => [q.row, [PERSONAS.workingCarer[q.id]].flat()])));
      assert.deepEqual(rows[words('questions.question.tasks.check_label')], [option('tasks', 'medicines'), option('tasks', 'appointments'), option('tasks', 'money')]);

      await pressByKeyboard(page, BUTTONS.seeResult);
      await expectStep(page, HEADINGS.carer);
      const headings = await subheadings(page);
      for (const kind of [words('result.kind.working-carer.name'), words('result.kind.dementia-carer.name'), words('result.kind.distance-carer.name')]) {
        assert.ok(headings.includes(kind), `the result names "${kind}": ${headings}`);
      }
      for (const absent of [words('result.kind.young-carer.name'), words('result.kind.parent-carer.name'), words('result.kind.older-carer.name'), words('result.first_step.trusted-adult.title')]) {
        assert.ok(!headings.includes(absent), `the result does not say "${absent}"`);
      }
      for (const step of [
        words('result.first_step.tell-gp.title'),
        words('result.first_step.carers-hub.title'),
        words('result.first_step.assessment.title'),
      ]) {
        assert.ok(headings.includes(step), `first step "${step}"`);
      }
      assert.deepEqual(await pointerEvents(page), [], 'no pointer was used');
    });
  });

  test('someone who helps no one is told who counts as a carer, by keyboard alone', async () => {
    await withPage(app, async (t) => {
      const { page, context } = t;
      await installPointerSpy(context);
      await openApp(t, app.server.url);
      const seen = await completePart1(page, PERSONAS.notACarer, { keyboard: true, seeResult: false });
      // "No" skips the questions about the help given.
      assert.deepEqual(seen, [HEADINGS.start, question('age').title, question('helps').title, HEADINGS.check]);
      assert.deepEqual(await checkAnswersRows(page), { [words('questions.question.age.check_label')]: [option('age', '25-64')], [words('questions.question.helps.check_label')]: [option('helps', 'no')] });

      await pressByKeyboard(page, BUTTONS.seeResult);
      await expectStep(page, HEADINGS.notNow);
      const main = page.locator('main');
      assert.ok(await main.getByRole('heading', { name: words('result.not_now.who_counts_title') }).isVisible());
      await main.getByText(words('result.reason.does-not-help.text')).waitFor();
      await main.getByText(words('result.not_now.if_things_change')).waitFor();
      // Not a dead end: the way back to the answers is there.
      assert.ok(await main.getByRole('link', { name: words('site.result.change_answers') }).isVisible());
      assert.deepEqual(await pointerEvents(page), [], 'no pointer was used');
    });
  });

  test('a young carer gets wording and first steps of their own, by keyboard alone', async () => {
    await withPage(app, async (t) => {
      const { page, context } = t;
      await installPointerSpy(context);
      await openApp(t, app.server.url);
      const seen = await completePart1(page, PERSONAS.youngCarer, { keyboard: true, seeResult: false });
      // seen[0] is the start page, then one heading per question.
      assert.equal(seen[1 + QUESTIONS.indexOf(question('helps'))], question('helps').youngTitle);
      assert.equal(seen[1 + QUESTIONS.indexOf(question('work'))], question('work').youngTitle);
      const rows = await checkAnswersRows(page);
      assert.deepEqual(rows[words('questions.question.who.check_label')], [option('who', 'parent', { young: true })]);

      await pressByKeyboard(page, BUTTONS.seeResult);
      await expectStep(page, HEADINGS.carer);
      const main = page.locator('main');
      await main.getByText(words('result.verdict.carer.young_intro')).waitFor();
      const headings = await subheadings(page);
      for (const wanted of [words('result.kind.young-carer.name'), words('result.first_step.trusted-adult.title'), words('result.first_step.young-carers-service.title')]) {
        assert.ok(headings.includes(wanted), `the young result has "${wanted}": ${headings}`);
      }
      for (const adultOnly of [words('result.first_step.tell-gp.title'), words('result.first_step.carers-hub.title'), words('result.kind.student-carer.name')]) {
        assert.ok(!headings.includes(adultOnly), `a young carer is not told "${adultOnly}"`);
      }
      assert.deepEqual(await pointerEvents(page), [], 'no pointer was used');
    });
  });

  // ---------------------------------------------------------------------------------------
  // Back, forward, refresh, change links, pasted links

  test('Back, the browser back and forward buttons and a refresh keep the answers', async () => {
    await withPage(app, async (t) => {
      const { page } = t;
      const hours = question('hours');
      const [before, after] = [questionBefore(hours), questionAfter(hours)];
      const persona = PERSONAS.workingCarer;
      await openApp(t, app.server.url, '#/');
      // Up to the question after the hours, by pointer.
      for (let now = await heading(page); now !== after.title; now = await heading(page)) {
        if (now === HEADINGS.start) await page.getByRole('link', { name: BUTTONS.start }).click();
        else await answerCurrentQuestion(page, persona);
        await page.waitForFunction((was) => document.querySelector('h1')?.textContent.trim() !== was, now);
      }
      await expectStep(page, after.title);

      // The page's Back link, by keyboard: focus is on the h1, the link is just before it.
      await pressByKeyboard(page, BUTTONS.back, { backwards: true });
      await expectStep(page, hours.title);
      assert.match(page.url(), /#\/carer\/hours$/);
      const chosenHours = page.getByRole('radio', { name: persona.hours, exact: true });
      assert.ok(await chosenHours.isChecked(), 'the hours answer is still chosen');

      // Refresh: the same step, the answer still chosen.
      await page.reload();
      await waitForHeading(page, hours.title);
      assert.equal(await page.title(), titleFor(hours.title));
      assert.ok(await chosenHours.isChecked(), 'the hours answer survives a refresh');

      // The page's Back link, by pointer.
      await page.getByRole('link', { name: BUTTONS.back, exact: true }).click();
      await expectStep(page, before.title);
      assert.ok(await page.getByLabel([persona[before.id]].flat()[0], { exact: true }).isChecked());

      // The browser's own back and forward.
      await page.goBack();
      await expectStep(page, hours.title);
      assert.ok(await chosenHours.isChecked());
      await page.goBack();
      await expectStep(page, after.title);
      await page.goForward();
      await expectStep(page, hours.title);

      // Carry on from here: the rest of the journey still works, then change one answer.
      await completePart1(page, persona, { seeResult: false });
      await page.getByRole('link', { name: 'Change – hours a week' }).click();
      await expectStep(page, hours.title);
      assert.match(page.url(), /#\/carer\/hours\/change$/);
      await choose(page, hours, option('hours', '35-49'));
      await submit(page, BUTTONS.continue);
      await expectStep(page, HEADINGS.check); // a change goes back to "Check your answers"
      assert.deepEqual((await checkAnswersRows(page))[words('questions.question.hours.check_label')], [option('hours', '35-49')]);
      await page.goBack(); // the browser's back from "Check your answers" returns to the change
      await expectStep(page, hours.title);
      assert.ok(await page.getByRole('radio', { name: option('hours', '35-49') }).isChecked());
    });
  });

  test('a pasted link opens its own step, even in a fresh browser', async () => {
    // A question, in a browser that has never seen the app.
    await withPage(app, async (t) => {
      const { page } = t;
      await openApp(t, app.server.url, '#/carer/hours');
      await waitForHeading(page, question('hours').title);
      assert.equal(await page.title(), titleFor(question('hours').title));
      assert.equal(await page.getByRole('radio').count(), 6);
      assert.equal(await page.getByRole('radio', { checked: true }).count(), 0);
      // Its Back link goes to the question before it, and answering it moves on.
      assert.equal(await page.getByRole('link', { name: BUTTONS.back }).getAttribute('href'), `#/carer/${questionBefore(question('hours')).id}`);
      await choose(page, question('hours'), option('hours', '50-plus'));
      await submit(page, BUTTONS.continue);
      await expectStep(page, questionAfter(question('hours')).title);
    });

    // "Check your answers" with nothing answered: every question waits to be answered.
    await withPage(app, async (t) => {
      const { page } = t;
      await openApp(t, app.server.url, '#/carer/check');
      await waitForHeading(page, HEADINGS.check);
      assert.equal(await page.title(), titleFor(HEADINGS.check));
      const rows = await checkAnswersRows(page);
      assert.deepEqual(Object.keys(rows), QUESTIONS.map((q) => q.row));
      for (const value of Object.values(rows)) assert.deepEqual(value, [words('site.check.not_answered')]);
      assert.equal(await page.getByRole('link', { name: 'Answer – your age' }).getAttribute('href'), '#/carer/age/change');

      // The result before finishing, and an address that is not ours.
      await page.goto(app.server.url + '#/carer/result');
      await waitForHeading(page, HEADINGS.notFinished);
      await page.getByRole('link', { name: words('site.result.not_finished_link') }).click();
      await expectStep(page, question('age').title);

      await page.evaluate(() => (location.hash = '#/carer/no-such-question'));
      await expectStep(page, HEADINGS.notFound);
      await page.getByRole('link', { name: words('site.not_found.start_link') }).click();
      await expectStep(page, HEADINGS.start);
    });
  });

  test('"No" is not a dead end: changing it to "Yes" asks the skipped questions, then checks again', async () => {
    await withPage(app, async (t) => {
      const { page } = t;
      await openApp(t, app.server.url, '#/carer/age');
      await completePart1(page, PERSONAS.notACarer);
      await expectStep(page, HEADINGS.notNow);
      await page.getByRole('link', { name: words('site.result.change_answers') }).click();
      await expectStep(page, HEADINGS.check);
      await page.getByRole('link', { name: 'Change – helps someone' }).click();
      await expectStep(page, question('helps').title);
      await choose(page, question('helps'), option('helps', 'yes'));
      await submit(page, BUTTONS.continue);
      // Each newly opened question in turn, each as a change (its Back goes to check answers).
      for (const q of QUESTIONS.filter((q) => !(q.id in PERSONAS.notACarer))) {
        await expectStep(page, q.title);
        assert.match(page.url(), new RegExp(`#/carer/${q.id}/change$`));
        assert.equal(await page.getByRole('link', { name: BUTTONS.back }).getAttribute('href'), '#/carer/check');
        await choose(page, q, personaAnswer(PERSONAS.workingCarer, q));
        await submit(page, BUTTONS.continue);
      }
      await expectStep(page, HEADINGS.check);
      assert.equal(Object.keys(await checkAnswersRows(page)).length, QUESTIONS.length);
      await submit(page, BUTTONS.seeResult);
      await expectStep(page, HEADINGS.carer);
    });
  });

  // ---------------------------------------------------------------------------------------
  // Errors

  test('an empty Continue shows the error summary, focuses it, and keeps earlier answers', async () => {
    await withPage(app, async (t) => {
      const { page } = t;
      await openApp(t, app.server.url, '#/carer/age');
      const [age, helps, who] = ['age', 'helps', 'who'].map(question);

      // Two answers, then back to the second and on again: nothing is lost.
      await choose(page, age, option('age', '65-plus'));
      await submit(page, BUTTONS.continue);
      await expectStep(page, helps.title);
      await choose(page, helps, option('helps', 'not-sure'));
      await submit(page, BUTTONS.continue);
      await expectStep(page, who.title);
      await page.getByRole('link', { name: BUTTONS.back }).click();
      await expectStep(page, helps.title);
      assert.ok(await page.getByRole('radio', { name: option('helps', 'not-sure') }).isChecked());
      await submit(page, BUTTONS.continue);
      await expectStep(page, who.title);

      // A checkboxes question with nothing ticked.
      await submit(page, BUTTONS.continue);
      await expectErrorSummary(page, who.title, [who.error]);
      // The message is also by the field, tied to the fieldset, with a hidden "Error:".
      const fieldset = page.getByRole('group', { name: who.title });
      assert.equal(await page.locator('#who-error').textContent(), `Error: ${who.error}`);
      assert.match(await fieldset.getAttribute('aria-describedby'), /\bwho-error\b/);
      assert.equal(await page.locator('.cc-form-group--error').count(), 1);

      // The summary's link, by keyboard, moves focus to the first checkbox and not the address.
      await pressByKeyboard(page, who.error);
      await page.waitForFunction(() => document.activeElement?.id === 'who');
      assert.equal(await focusedName(page), option('who', 'child-under-18'));
      assert.match(page.url(), /#\/carer\/who$/);

      // A second empty Continue focuses the summary again.
      await page.locator('h1').focus();
      await submit(page, BUTTONS.continue);
      await page.waitForFunction(() => document.activeElement?.classList.contains('cc-error-summary'));

      // The earlier answers are still there, and the unanswered one says so.
      await page.evaluate(() => (location.hash = '#/carer/check'));
      await expectStep(page, HEADINGS.check);
      const rows = await checkAnswersRows(page);
      assert.deepEqual(rows[words('questions.question.age.check_label')], [option('age', '65-plus')]);
      assert.deepEqual(rows[words('questions.question.helps.check_label')], [option('helps', 'not-sure')]);
      assert.deepEqual(rows[words('questions.question.who.check_label')], [words('site.check.not_answered')]);

      // "See your result" with gaps: one error per gap, each a link to its question.
      await submit(page, BUTTONS.seeResult);
      const gaps = QUESTIONS.filter((q) => q !== age && q !== helps);
      await expectErrorSummary(page, HEADINGS.check, gaps.map((q) => `Answer the question: ${q.title}`));
      await page.getByRole('link', { name: `Answer the question: ${who.title}` }).click();
      await expectStep(page, who.title);
      assert.match(page.url(), /#\/carer\/who\/change$/);
    });
  });

  test('a radios question in its error state, by keyboard', async () => {
    await withPage(app, async (t) => {
      const { page } = t;
      await openApp(t, app.server.url, '#/carer/hours');
      const hours = question('hours');
      // From the top of a freshly opened page: skip link, Back, the radios, then Continue.
      await pressByKeyboard(page, BUTTONS.continue);
      await expectErrorSummary(page, hours.title, [hours.error]);
      await page.keyboard.press('Tab');
      assert.equal(await focusedName(page), hours.error);
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.activeElement?.id === 'hours');
      assert.equal(await focusedName(page), option('hours', 'under-10'), `focus: ${await describeFocus(page)}`);
      // Fixing it by keyboard moves on; the error does not follow.
      await choose(page, hours, option('hours', '10-19'), { keyboard: true });
      await pressByKeyboard(page, BUTTONS.continue);
      await expectStep(page, questionAfter(hours).title);
      assert.equal(await page.locator('.cc-error-summary').count(), 0);
    });
  });

  test(
    "the error summary's link keeps the question and its error message in view",
    async () => {
      await withPage(
        app,
        async (t) => {
          const { page } = t;
          await openApp(t, app.server.url, '#/carer/who');
          await submit(page, BUTTONS.continue);
          await page.getByRole('link', { name: question('who').error }).click();
          await page.waitForFunction(() => document.activeElement?.id === 'who');
          // As GOV.UK's error summary does: the legend (the question) is scrolled into view.
          const top = await page.locator('legend').evaluate((legend) => legend.getBoundingClientRect().top);
          assert.ok(top >= 0, `the question is scrolled out of view (legend top ${top}px)`);
        },
        { context: { viewport: { width: 390, height: 700 } } },
      );
    },
  );

  // ---------------------------------------------------------------------------------------
  // Accessibility: axe-core (WCAG 2.0–2.2 A and AA) on every page of part 1

  test('axe: every question, before and after an empty Continue, then check answers and the carer result', async () => {
    await withPage(app, async (t) => {
      const { page } = t;
      await openApp(t, app.server.url);
      await assertAxeClean(page, HEADINGS.start);
      await page.getByRole('link', { name: BUTTONS.start }).click();
      for (const q of QUESTIONS) {
        await expectStep(page, q.title);
        await assertAxeClean(page, q.title);
        await submit(page, BUTTONS.continue);
        await expectErrorSummary(page, q.title, [q.error]);
        await assertAxeClean(page, `${q.title} (error)`);
        await choose(page, q, personaAnswer(PERSONAS.workingCarer, q));
        await submit(page, BUTTONS.continue);
      }
      await expectStep(page, HEADINGS.check);
      await assertAxeClean(page, HEADINGS.check);
      await submit(page, BUTTONS.seeResult);
      await expectStep(page, HEADINGS.carer);
      await assertAxeClean(page, 'carer result');
    });
  });

  test('axe: the young wording of every question, and the young result', async () => {
    await withPage(app, async (t) => {
      const { page } = t;
      await openApp(t, app.server.url, '#/carer/age');
      const seen = await completePart1(page, PERSONAS.youngCarer, {
        onStep: (page, now) => assertAxeClean(page, `young: ${now}`),
      });
      assert.equal(seen.at(-1), HEADINGS.carer);
    });
  });

  test('axe: check answers with errors, the unfinished result, not found, the "not now" result, a phone', async () => {
    await withPage(app, async (t) => {
      const { page } = t;
      await openApp(t, app.server.url, '#/carer/check');
      await submit(page, BUTTONS.seeResult);
      await expectErrorSummary(page, HEADINGS.check, QUESTIONS.map((q) => `Answer the question: ${q.title}`));
      await assertAxeClean(page, `${HEADINGS.check} (error)`);

      await page.evaluate(() => (location.hash = '#/carer/result'));
      await expectStep(page, HEADINGS.notFinished);
      await assertAxeClean(page, HEADINGS.notFinished);

      await page.evaluate(() => (location.hash = '#/no/such/page'));
      await expectStep(page, HEADINGS.notFound);
      await assertAxeClean(page, HEADINGS.notFound);

      await page.getByRole('link', { name: words('site.not_found.start_link') }).click();
      await expectStep(page, HEADINGS.start);
      await completePart1(page, PERSONAS.notACarer);
      await waitForHeading(page, HEADINGS.notNow);
      await assertAxeClean(page, HEADINGS.notNow);

      // A narrow phone screen: the start page and a checkboxes question in its error state.
      await page.setViewportSize({ width: 320, height: 640 });
      await page.evaluate(() => (location.hash = '#/'));
      await expectStep(page, HEADINGS.start);
      await assertAxeClean(page, `${HEADINGS.start} at 320px`);
      await page.evaluate(() => (location.hash = '#/carer/tasks'));
      await expectStep(page, question('tasks').title);
      await submit(page, BUTTONS.continue);
      await page.locator('.cc-error-summary').waitFor();
      await assertAxeClean(page, `${question('tasks').title} (error) at 320px`);
    });
  });

  // ---------------------------------------------------------------------------------------
  // Hosted in a council's sub-folder

  test(`part 1 works when served under ${SUB_PATH}`, async () => {
    const council = await startServer({ root: app.root, prefix: SUB_PATH });
    try {
      await withPage(
        app,
        async (t) => {
          const { page } = t;
          await openApp(t, council.url);
          assert.equal(new URL(page.url()).pathname, SUB_PATH);
          await completePart1(page, PERSONAS.notACarer);
          await waitForHeading(page, HEADINGS.notNow);
          assert.equal(new URL(page.url()).pathname, SUB_PATH, 'the app stays in its folder');
          assert.equal(new URL(page.url()).hash, '#/carer/result');

          // A refresh and a pasted link (a fresh load of the page) work there too.
          await page.reload();
          await waitForHeading(page, HEADINGS.notNow);
          await page.goto('about:blank');
          await openApp(t, council.url, '#/carer/helps');
          await waitForHeading(page, question('helps').title);
          assert.ok(await page.getByRole('radio', { name: option('helps', 'no'), exact: true }).isChecked());
        },
        { server: council },
      );
      const failed = council.requests.filter((r) => r.status >= 400 && !isImplicitFavicon(council.origin + r.url));
      assert.deepEqual(failed, [], 'every request was answered from inside the folder');
    } finally {
      await council.close();
    }
  });

  // ---------------------------------------------------------------------------------------
  // Screenshots for a person to look at (only with CC_SHOTS=<folder>)

  test('screenshots of part 1', { skip: !process.env.CC_SHOTS && 'set CC_SHOTS=<folder> to save them' }, async () => {
    const dir = process.env.CC_SHOTS;
    await mkdir(dir, { recursive: true });
    for (const width of [390, 1280]) {
      await withPage(
        app,
        async (t) => {
          const { page } = t;
          const shot = (name) => page.screenshot({ path: path.join(dir, `${width}-${name}.png`), fullPage: true });
          await openApp(t, app.server.url);
          await shot('1-start');
          await page.keyboard.press('Tab');
          await shot('1b-skip-link');
          await pressByKeyboard(page, BUTTONS.start);
          await expectStep(page, question('age').title);
          await page.keyboard.press('Tab'); // focus on the first radio, to see the focus style
          await shot('2-question-radios');
          await page.evaluate(() => (location.hash = '#/carer/tasks'));
          await expectStep(page, question('tasks').title);
          await submit(page, BUTTONS.continue);
          await page.locator('.cc-error-summary').waitFor();
          await page.waitForFunction(() => document.activeElement?.classList.contains('cc-error-summary'));
          await shot('3-error-checkboxes');
          await page.evaluate(() => (location.hash = '#/carer/age'));
          await expectStep(page, question('age').title);
          await completePart1(page, PERSONAS.workingCarer, { seeResult: false });
          await page.keyboard.press('Tab');
          await shot('4-check-answers');
          await page.getByRole('button', { name: BUTTONS.seeResult }).focus();
          await shot('4b-check-answers-button-focus');
          await submit(page, BUTTONS.seeResult);
          await expectStep(page, HEADINGS.carer);
          await shot('5-result-carer');
          await page.evaluate(() => (location.hash = '#/carer/helps/change'));
          await expectStep(page, question('helps').title);
          await choose(page, question('helps'), option('helps', 'no'));
          await submit(page, BUTTONS.continue);
          await expectStep(page, HEADINGS.check);
          await submit(page, BUTTONS.seeResult);
          await expectStep(page, HEADINGS.notNow);
          await shot('6-result-not-now');
        },
        { context: { viewport: { width, height: 800 } } },
      );
    }
  });
});

// ---------------------------------------------------------------------------------------
