// Three people, the whole way through, in Chromium over the release build in dist/: a
// 15-year-old young carer looking after her mum, a working daughter caring for her father
// with dementia (three medicines, two people who can step in, he may wander), and a
// 78-year-old caring for his wife after a stroke. Each does part 1, "About you", part 2,
// part 3 and then opens every document, which must show their own details; the task list
// ends with every part completed, and axe finds nothing on the task list, "About you"
// (and its error state), the list of documents or any document.
//
//   make dist && node --test tests/e2e/personas.test.mjs

import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { rm } from 'node:fs/promises';
import { startServer, launchBrowser, newPage, requireDist, checkAxe, snapshotDist } from './support/harness.mjs';
import { PERSONAS, completePart1, expectStep, openApp, waitForHeading } from './support/part1.mjs';
import { PLAN_PERSONAS, PLAN_TEXT, fillPlan } from './support/part3.mjs';

const TASKS = 'Your carer check';
const DOCUMENTS_TITLE = 'Your documents';
const DOCUMENTS = ['passport', 'plan-1', 'card-1', 'help', 'gp-letter', 'employer-letter', 'assessment-list'];
// The letter to an employer (and the "Your employer" field) is only for carers who work
// for an employer: not a 15-year-old at school, not a retired carer who answered "Neither".
const EMPLOYER_LETTER = 'Request to your employer';

/** Part 1 answers for a man of 78 who looks after his wife. */
const OLDER_HUSBAND = {
  age: '65 or over',
  helps: 'Yes',
  who: ['My husband, wife or partner'],
  why: ['An illness that lasts a long time, or a disability', 'They are getting older or frail'],
  tasks: ['Washing, dressing, eating or using the toilet', 'Medicines or health care'],
  livesWith: 'Yes',
  hours: '50 hours or more',
  paid: 'No',
  work: ['Neither'],
};

const CASES = [
  {
    who: 'a 15-year-old young carer looking after her mum',
    part1: PERSONAS.youngCarer,
    about: { 'Your name': 'Ella Brown', 'Your phone number': '07700 900321' },
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
    about: { 'Your name': 'Priya Shah', 'Your phone number': '07700 900111', 'Your employer': 'Northgate Bakery' },
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
    part1: OLDER_HUSBAND,
    about: { 'Your name': 'George Wood' },
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

const taskStatus = (page, name) =>
  page
    .locator('li', { has: page.getByRole('link', { name, exact: true }) })
    .locator('.cc-task-list__status')
    .innerText()
    .then((text) => text.trim());

async function backToTasks(page) {
  await page.evaluate(() => (location.hash = '#/tasks'));
  await waitForHeading(page, TASKS);
}

/** Part 2: every statement of the four areas rated, then the last two pages. */
async function doPart2(page) {
  await page.getByRole('link', { name: 'How are things for you?', exact: true }).click();
  for (let area = 0; area < 4; area++) {
    const legends = page.locator('main fieldset legend');
    await legends.first().waitFor();
    const before = await page.locator('h1').innerText();
    for (const [n, legend] of (await legends.allInnerTexts()).entries()) {
      const group = page.getByRole('group', { name: legend, exact: true });
      await group.getByRole('radio', { name: ['Most of the time', 'Sometimes', 'Never'][n % 3], exact: true }).check();
    }
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    await page.waitForFunction((text) => document.querySelector('h1')?.innerText !== text, before);
  }
  await expectStep(page, 'What goes well for you?');
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  await expectStep(page, 'Check your answers');
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  await waitForHeading(page, TASKS);
}

async function assertAxeClean(page, where) {
  const violations = await checkAxe(page);
  assert.deepEqual(violations, [], `axe on ${where}:\n${violations.join('\n')}`);
}

async function doAboutYou(page, fields, employee) {
  await page.getByRole('link', { name: 'About you', exact: true }).click();
  await expectStep(page, 'About you');
  assert.equal(await page.getByLabel('Your employer', { exact: true }).count(), employee ? 1 : 0, 'asked for an employer');
  await assertAxeClean(page, 'About you');
  // A phone number with letters in it is refused, with an error summary.
  await page.getByLabel('Your phone number', { exact: true }).fill('O77OO 9OO321');
  await page.getByRole('button', { name: /^(Save and continue|Continue)$/ }).click();
  await page.locator('.cc-error-summary').waitFor();
  await assertAxeClean(page, 'About you, with an error');
  await page.getByLabel('Your phone number', { exact: true }).fill('');
  for (const [label, value] of Object.entries(fields)) await page.getByLabel(label, { exact: true }).fill(value);
  await page.getByRole('button', { name: /^(Save and continue|Continue)$/ }).click();
  await waitForHeading(page, TASKS);
}

async function doPlan(page, plan) {
  await page.getByRole('link', { name: PLAN_TEXT.taskLink, exact: true }).click();
  await expectStep(page, PLAN_TEXT.plansTitle);
  await fillPlan(page, plan);
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  await page.waitForFunction((title) => document.querySelector('h1')?.innerText !== title, 'Check this emergency plan');
  await backToTasks(page);
}

/** The text of a document's preview, once it has been drawn. */
async function documentText(page, key) {
  await page.evaluate((hash) => (location.hash = hash), `#/documents/${key}`);
  await page.locator('.cc-doc__print').waitFor();
  await page.waitForFunction(() => document.querySelector('.cc-doc__body')?.childElementCount > 0);
  return page.locator('.cc-doc').innerText();
}

describe('three carers, every part, every document', { concurrency: 1 }, () => {
  for (const persona of CASES) {
    test(persona.who, { timeout: 240_000 }, async () => {
      const t = await newPage(browser, server);
      try {
        const { page } = t;
        await openApp(t, server.url);
        await completePart1(page, persona.part1, { checkSteps: false });
        await page.getByRole('link', { name: 'Continue', exact: true }).click();
        await waitForHeading(page, TASKS);
        await assertAxeClean(page, 'the task list, before');

        await doAboutYou(page, persona.about, persona.employee);
        await doPart2(page);
        await doPlan(page, persona.plan);
        for (const part of ['About you', 'How are things for you?', PLAN_TEXT.taskLink]) {
          assert.equal(await taskStatus(page, part), 'Completed', `${part} on the task list`);
        }
        await assertAxeClean(page, 'the task list, after');

        await page.getByRole('link', { name: 'Print your documents', exact: true }).click();
        await expectStep(page, DOCUMENTS_TITLE);
        await assertAxeClean(page, 'the list of documents');
        const listed = await page.locator('main').innerText();
        assert.equal(listed.includes(EMPLOYER_LETTER), persona.employee, `the employer letter on the list for ${persona.who}`);
        if (!persona.employee) {
          // Its address does not make it either: it says why, and how to change the answer.
          await page.evaluate(() => (location.hash = '#/documents/employer-letter'));
          await waitForHeading(page, 'Document not found');
          assert.ok(await page.getByRole('link', { name: 'Change your answer about work', exact: true }).isVisible());
          await assertAxeClean(page, `the employer letter's address for ${persona.who}`);
        }
        const name = persona.about['Your name'];
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
        assert.deepEqual(t.otherOrigins(), [], 'requests went to another origin');
        assert.deepEqual(t.pageErrors, [], 'uncaught errors in the page');
        assert.deepEqual(t.consoleErrors, [], 'errors in the console');
      } finally {
        await t.close();
      }
    });
  }
});
