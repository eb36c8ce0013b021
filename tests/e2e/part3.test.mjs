// Part 3, the emergency plan, end to end in Chromium over the release build in dist/:
// a working daughter finishes part 1, opens the emergency plan from the task list and
// writes a full plan for her father (three medicines, two people who can step in, he may
// wander); the check page shows it and the task list says it is completed; a second
// person is added and removed after a confirmation. The error states (a key safe code,
// an unusual phone number kept once ticked, an unknown plan) are checked too, and axe
// finds nothing on any part 3 page.
//
//   trunk build --release --offline && node --test tests/e2e/part3.test.mjs

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertAxeClean, useApp, withPage } from './support/app.mjs';
import { PERSONAS, completePart1, expectErrorSummary, expectStep, openApp, titleFor, waitForHeading } from './support/part1.mjs';
import { taskStatus } from './support/journey.mjs';
import { PLAN_PERSONAS, PLAN_SECTIONS, PLAN_TEXT, checkCards, fillPlan, planCaption, planHeadings, saveAndContinue, saveAndNext } from './support/part3.mjs';
import { planChoice, planField, words } from './support/wording.mjs';

const app = useApp();
const CONCURRENCY = Number(process.env.CC_E2E_CONCURRENCY ?? 2);
const ACCESS_CODE_MESSAGE =
  words('messages.plan.access_code');

describe('part 3, the emergency plan', { concurrency: CONCURRENCY }, () => {
  test('a working daughter writes a full plan for her father, then adds and removes a second person', async () => {
    await withPage(app, async (t) => {
      const { page } = t;
      const persona = PLAN_PERSONAS.fatherWithDementia;
      const h = planHeadings(persona.firstName);
      await openApp(t, app.server.url);
      await completePart1(page, PERSONAS.workingCarer, { checkSteps: false });
      await page.getByRole('link', { name: words('site.continue'), exact: true }).click();
      await expectStep(page, words('site.tasks.title'));
      assert.equal(await taskStatus(page, PLAN_TEXT.taskLink), words('site.tasks.not_started'));

      await page.getByRole('link', { name: PLAN_TEXT.taskLink, exact: true }).click();
      await expectStep(page, PLAN_TEXT.plansTitle);
      await assertAxeClean(page, 'plans, none yet');
      const order = await fillPlan(page, persona, { onStep: (p, now) => assertAxeClean(p, now) });

      await assertAxeClean(page, h.check);
      const cards = await checkCards(page);
      assert.equal(cards[words('plan_pages.sections.person.title')][planField('name')], persona.name);
      assert.equal(cards[words('plan_pages.sections.person.title')][planField('date-of-birth')], persona.dateOfBirth);
      assert.deepEqual(
        Object.entries(cards[words('plan_pages.sections.medicines.title')]).filter(([key]) => key.startsWith('Medicine ')),
        [
          ['Medicine 1', 'Donepezil, 1 tablet (10mg), At bedtime'],
          ['Medicine 2', 'Amlodipine, 1 tablet (5mg), Every morning'],
          ['Medicine 3', 'Paracetamol, 2 tablets, If in pain, up to 4 times a day'],
        ],
      );
      assert.equal(cards[words('plan_pages.sections.professionals.title')][planField('gp-phone')], '0161 496 0456');
      assert.equal(cards[words('plan_pages.sections.routine.title')][planField('left-alone')], planChoice('up-to-an-hour'));
      const wander = cards[words('plan_pages.sections.wandering.title')];
      assert.equal(wander[planField('may-wander')], planChoice('yes'));
      assert.equal(wander[planField('usual-clothes')], persona.usualClothes);
      assert.equal(wander[planField('places-they-go')], persona.places);
      const stepIn = cards[words('plan_pages.sections.stepping-in.title')];
      assert.match(stepIn['Person 1'], /^David Bennett, Son, 07700 900123, They have agreed/);
      assert.match(stepIn['Person 2'], /^Margaret Hughes, Neighbour, 07700 900456/);
      assert.equal(cards[words('plan_pages.sections.home.title')][planField('key-holders')], persona.keyHolders);
      assert.equal(cards[words('plan_pages.sections.legal.title')][planField('lpa-property')], planChoice('not-sure'));
      assert.equal(Object.keys(cards[words('plan_pages.sections.hospital-bag.title')]).length, 11, 'the suggested items');

      // A Change link goes to its page and comes back here.
      await page.getByRole('link', { name: 'Change – their day' }).click();
      await expectStep(page, h.routine);
      await page.getByRole('radio', { name: planChoice('a-few-hours'), exact: true }).check();
      await saveAndContinue(page, h.check);
      assert.equal((await checkCards(page))[words('plan_pages.sections.routine.title')][planField('left-alone')], planChoice('a-few-hours'));

      await page.getByRole('button', { name: words('site.continue'), exact: true }).click();
      await expectStep(page, words('site.tasks.title'));
      assert.equal(await taskStatus(page, PLAN_TEXT.taskLink), words('site.tasks.completed'));

      // A second person, then removed after a confirmation.
      await page.getByRole('link', { name: PLAN_TEXT.taskLink, exact: true }).click();
      await expectStep(page, PLAN_TEXT.plansTitle);
      await assertAxeClean(page, 'plans, one completed');
      await page.getByRole('button', { name: PLAN_TEXT.addAnotherPerson, exact: true }).click();
      await expectStep(page, h[order[0]]);
      await page.getByLabel(planField('name'), { exact: true }).fill('Edna Bennett');
      await saveAndContinue(page, h[order[1]]);
      // Whose plan it is shows above the heading; the heading (and title) never names her.
      const pageOf = (n) => words('plan_pages.page_of', { n, total: PLAN_SECTIONS.length });
      assert.equal(await planCaption(page), `${planHeadings('Edna').caption} – ${pageOf(2)}`);
      await page.getByRole('link', { name: words('site.back'), exact: true }).click();
      await expectStep(page, h[order[0]]);
      assert.equal(await planCaption(page), `${planHeadings('Edna').caption} – ${pageOf(1)}`);
      await page.getByRole('link', { name: words('site.back'), exact: true }).click();
      await expectStep(page, PLAN_TEXT.plansTitle);
      assert.deepEqual(await page.locator('.cc-plan-list__name').allInnerTexts(), [persona.name, 'Edna Bennett']);
      await assertAxeClean(page, 'plans, two');

      await page.getByRole('link', { name: 'Remove – Edna Bennett' }).click();
      const question = words('plan_pages.remove.title');
      await expectStep(page, question);
      assert.equal(await planCaption(page), 'Edna Bennett', 'the page names the plan it removes');
      await assertAxeClean(page, question);
      await page.getByRole('link', { name: PLAN_TEXT.removeCancel }).click();
      await expectStep(page, PLAN_TEXT.plansTitle);
      assert.equal(await page.locator('.cc-plan-list__name').count(), 2, '"No" keeps the plan');
      await page.getByRole('link', { name: 'Remove – Edna Bennett' }).click();
      await expectStep(page, question);
      await page.getByRole('button', { name: PLAN_TEXT.removeConfirm }).click();
      await expectStep(page, PLAN_TEXT.plansTitle);
      assert.deepEqual(await page.locator('.cc-plan-list__name').allInnerTexts(), [persona.name]);

      // Her plan survives a refresh (kept in the tab).
      await page.reload();
      await page.locator('.cc-plan-list__name').first().waitFor();
      assert.deepEqual(await page.locator('.cc-plan-list__name').allInnerTexts(), [persona.name]);
    });
  });

  test('error states: a key safe code, an unusual phone number, an unknown plan', async () => {
    await withPage(app, async (t) => {
      const { page } = t;
      await openApp(t, app.server.url, '#/plans');
      await page.getByRole('button', { name: PLAN_TEXT.addPerson, exact: true }).click();
      await expectStep(page, words('plan_pages.sections.person.title'));

      // A date of birth that cannot be read.
      await page.getByLabel(planField('date-of-birth'), { exact: true }).fill('31/2/1950');
      await page.getByRole('button', { name: PLAN_TEXT.save }).click();
      await expectErrorSummary(page, words('plan_pages.sections.person.title'), [words('messages.date.no_such_day', { month: 'February 1950', days: 28 })]);
      await assertAxeClean(page, 'person, error');

      await page.goto(`${app.server.url}#/plans/1/home`);
      // A pasted link loads the page afresh: the step shows and names the tab (focus stays
      // where a fresh page puts it, so not expectStep).
      await waitForHeading(page, words('plan_pages.sections.home.title'));
      assert.equal(await page.title(), titleFor(words('plan_pages.sections.home.title')));
      const keys = page.getByLabel(planField('key-holders'), { exact: true });
      const typed = 'Tom next door. The key safe code is 4821.';
      await keys.fill(typed);
      await page.getByRole('button', { name: PLAN_TEXT.save }).click();
      await expectErrorSummary(page, words('plan_pages.sections.home.title'), [ACCESS_CODE_MESSAGE]);
      assert.equal(await keys.inputValue(), typed, 'what was typed stays');
      await assertAxeClean(page, 'home, a code refused');
      await page.getByRole('link', { name: ACCESS_CODE_MESSAGE }).click();
      assert.equal(await page.evaluate(() => document.activeElement.id), 'key-holders');
      await keys.fill('Tom next door has a key.');
      await saveAndNext(page, 'home');

      await page.goto(`${app.server.url}#/plans/1/professionals`);
      await page.getByLabel(planField('gp-phone'), { exact: true }).fill('0161 496 000');
      await page.getByRole('button', { name: PLAN_TEXT.save }).click();
      await expectErrorSummary(page, words('plan_pages.sections.professionals.title'), [
        `${words('messages.phone_number.wrong_length', { digits: 10 })} ${words('messages.phone_number.keep_if_sure')}`,
      ]);
      await assertAxeClean(page, 'professionals, unusual number');
      await page.getByRole('checkbox', { name: words('site.keep_number') }).check();
      await saveAndNext(page, 'professionals');

      await page.goto(`${app.server.url}#/plans/7/check`);
      await page.waitForFunction((want) => document.querySelector('.cc-app h1')?.textContent.trim() === want, PLAN_TEXT.notFound);
      await assertAxeClean(page, 'unknown plan');
      await page.getByRole('link', { name: words('plan_pages.not_found_link') }).click();
      await expectStep(page, PLAN_TEXT.plansTitle);
    });
  });
});
