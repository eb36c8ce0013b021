// Three people, the whole way through, in Chromium over the release build in dist/: a
// 15-year-old young carer looking after her mum, a working daughter caring for her father
// with dementia (three medicines, two people who can step in, he may wander), and a
// 78-year-old caring for his wife after a stroke. Each does part 1, "About you", part 2,
// part 3 and then opens every document, which must show their own details; the task list
// ends with every part completed, and axe finds nothing on the task list, "About you"
// (and its error state), the list of documents or any document.
//
//   make dist && node --test tests/e2e/personas.test.mjs

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertAxeClean, useApp, withPage } from './support/app.mjs';
import { DOCUMENTS_TITLE, TASKS, openDocument, taskStatus } from './support/journey.mjs';
import { PERSONAS, completePart1, expectStep, openApp, waitForHeading } from './support/part1.mjs';
import { PLAN_PERSONAS, PLAN_TEXT, fillPlan } from './support/part3.mjs';
import { rating, words } from './support/wording.mjs';

const app = useApp();
const DOCUMENTS = ['passport', 'plan-1', 'card-1', 'help', 'gp-letter', 'employer-letter', 'assessment-list'];
// The letter to an employer (and the "Your employer" field) is only for carers who work
// for an employer: not a 15-year-old at school, not a retired carer who answered "Neither".
const EMPLOYER_LETTER = words('document_pages.names.employer');

const CASES = [
  {
    who: 'a 15-year-old young carer looking after her mum',
    part1: PERSONAS.youngCarer,
    about: { [words('site.about_you.name')]: 'Ella Brown', [words('site.about_you.phone')]: '07700 900321' },
    plan: {
      name: 'Karen Brown',
      firstName: 'Karen',
      conditions: 'Depression and anxiety',
      medicines: [{ name: 'Sertraline', dose: '50mg', when: 'Every morning' }],
      // Two people who can step in: a plan needs two to count as completed.
      stepIn: [
        { name: 'Pat Green', relationship: 'Grandma', phone: '07700 900654', agreed: true, key: true, care: true },
        { name: 'Sam Brown', relationship: 'Uncle', phone: '07700 900655', agreed: true },
      ],
    },
    // What each document must show, beyond the names checked for everyone.
    expect: { help: [/young carer/i], card: ['Pat Green'] },
    employee: false,
  },
  {
    who: 'a working daughter caring for her father with dementia',
    part1: PERSONAS.workingCarer,
    about: { [words('site.about_you.name')]: 'Priya Shah', [words('site.about_you.phone')]: '07700 900111', [words('site.about_you.employer')]: 'Northgate Bakery' },
    plan: PLAN_PERSONAS.fatherWithDementia,
    expect: {
      help: [/dementia/i],
      plan: ['Donepezil', 'Amlodipine', 'Paracetamol', 'Margaret Hughes', 'Flat cap and a brown jacket', 'Heaton Park'],
      card: ['David Bennett', 'Margaret Hughes'],
      'employer-letter': ['Northgate Bakery', "Carer's Leave"],
    },
    employee: true,
  },
  {
    who: 'a 78-year-old caring for his wife after a stroke',
    part1: PERSONAS.olderCarer,
    about: { [words('site.about_you.name')]: 'George Wood' },
    plan: {
      name: 'Joan Wood',
      firstName: 'Joan',
      conditions: 'A stroke in 2024. Weak on her left side.',
      allergies: 'Penicillin',
      medicines: [{ name: 'Clopidogrel', dose: '75mg', when: 'Every morning' }],
      stepIn: [
        { name: 'Susan Wood', relationship: 'Daughter', phone: '07700 900789', agreed: true, key: true },
        { name: 'Ray Hall', relationship: 'Neighbour', phone: '0161 496 0999', agreed: true },
      ],
    },
    expect: { help: [/stroke/i], plan: ['Penicillin', 'Clopidogrel', 'Susan Wood'], card: ['Susan Wood'] },
    employee: false,
  },
];

async function backToTasks(page) {
  await page.evaluate(() => (location.hash = '#/tasks'));
  await waitForHeading(page, TASKS);
}

/** Part 2: every statement of the four areas rated, then the last two pages. */
async function doPart2(page) {
  await page.getByRole('link', { name: words('site.tasks.wellbeing'), exact: true }).click();
  for (let area = 0; area < 4; area++) {
    const legends = page.locator('main fieldset legend');
    await legends.first().waitFor();
    const before = await page.locator('h1').innerText();
    for (const [n, legend] of (await legends.allInnerTexts()).entries()) {
      const group = page.getByRole('group', { name: legend, exact: true });
      await group.getByRole('radio', { name: [rating('most-of-the-time'), rating('sometimes'), rating('never')][n % 3], exact: true }).check();
    }
    await page.getByRole('button', { name: words('site.continue'), exact: true }).click();
    await page.waitForFunction((text) => document.querySelector('h1')?.innerText !== text, before);
  }
  await expectStep(page, words('outcomes.goes_well.title'));
  await page.getByRole('button', { name: words('site.continue'), exact: true }).click();
  await expectStep(page, words('wellbeing_pages.check.title'));
  await page.getByRole('button', { name: words('site.continue'), exact: true }).click();
  await waitForHeading(page, TASKS);
}

async function doAboutYou(page, fields, employee) {
  await page.getByRole('link', { name: words('site.tasks.about_you'), exact: true }).click();
  await expectStep(page, words('site.about_you.title'));
  assert.equal(await page.getByLabel(words('site.about_you.employer'), { exact: true }).count(), employee ? 1 : 0, 'asked for an employer');
  await assertAxeClean(page, words('site.about_you.title'));
  // A phone number with letters in it is refused, with an error summary.
  await page.getByLabel(words('site.about_you.phone'), { exact: true }).fill('O77OO 9OO321');
  await page.getByRole('button', { name: /^(Save and continue|Continue)$/ }).click();
  await page.locator('.cc-error-summary').waitFor();
  await assertAxeClean(page, 'About you, with an error');
  await page.getByLabel(words('site.about_you.phone'), { exact: true }).fill('');
  for (const [label, value] of Object.entries(fields)) await page.getByLabel(label, { exact: true }).fill(value);
  await page.getByRole('button', { name: /^(Save and continue|Continue)$/ }).click();
  await waitForHeading(page, TASKS);
}

async function doPlan(page, plan) {
  await page.getByRole('link', { name: PLAN_TEXT.taskLink, exact: true }).click();
  await expectStep(page, PLAN_TEXT.plansTitle);
  await fillPlan(page, plan);
  await page.getByRole('button', { name: words('site.continue'), exact: true }).click();
  await page.waitForFunction((title) => document.querySelector('h1')?.innerText !== title, words('plan_pages.check.title'));
  await backToTasks(page);
}

/** The text of a document's preview, once it has been drawn. */
async function documentText(page, key) {
  await openDocument(page, key);
  return page.locator('.cc-doc').innerText();
}

describe('three carers, every part, every document', { concurrency: 1 }, () => {
  for (const persona of CASES) {
    test(persona.who, { timeout: 240_000 }, async () => {
      await withPage(app, async (t) => {
        const { page } = t;
        await openApp(t, app.server.url);
        await completePart1(page, persona.part1, { checkSteps: false });
        await page.getByRole('link', { name: words('site.continue'), exact: true }).click();
        await waitForHeading(page, TASKS);
        await assertAxeClean(page, 'the task list, before');

        await doAboutYou(page, persona.about, persona.employee);
        await doPart2(page);
        await doPlan(page, persona.plan);
        for (const part of [words('site.tasks.about_you'), words('site.tasks.wellbeing'), PLAN_TEXT.taskLink]) {
          assert.equal(await taskStatus(page, part), words('site.tasks.completed'), `${part} on the task list`);
        }
        await assertAxeClean(page, 'the task list, after');

        await page.getByRole('link', { name: words('site.tasks.documents'), exact: true }).click();
        await expectStep(page, DOCUMENTS_TITLE);
        await assertAxeClean(page, 'the list of documents');
        const listed = await page.locator('main').innerText();
        assert.equal(listed.includes(EMPLOYER_LETTER), persona.employee, `the employer letter on the list for ${persona.who}`);
        if (!persona.employee) {
          // Its address does not make it either: it says why, and how to change the answer.
          await page.evaluate(() => (location.hash = '#/documents/employer-letter'));
          await waitForHeading(page, words('document_pages.preview.gone_title'));
          assert.ok(await page.getByRole('link', { name: words('document_pages.preview.not_offered_link'), exact: true }).isVisible());
          await assertAxeClean(page, `the employer letter's address for ${persona.who}`);
        }
        const name = persona.about[words('site.about_you.name')];
        for (const key of DOCUMENTS.filter((k) => persona.employee || k !== 'employer-letter')) {
          const text = await documentText(page, key);
          const kind = key.replace(/-1$/, '');
          const mustShow = [...(persona.expect[kind] ?? [])];
          if (['passport', 'gp-letter', 'employer-letter'].includes(key)) mustShow.push(name);
          if (['passport', 'plan', 'card'].includes(kind)) mustShow.push(persona.plan.firstName);
          for (const words of mustShow) {
            if (words instanceof RegExp) assert.match(text, words, `${key} for ${name}`);
            else assert.ok(text.includes(words), `${key} for ${name} lacks "${words}":\n${text.slice(0, 2000)}`);
          }
          await assertAxeClean(page, `${key} for ${name}`);
        }
      });
    });
  }
});
