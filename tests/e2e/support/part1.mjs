// Shared steps for part 1, "Am I a carer?", driven the way a person drives it: by the
// visible wording (headings, labels, button and link text), with a pointer or with the
// keyboard alone.
//
//   const t = await newPage(browser, server);              // from harness.mjs
//   const { page } = t;
//   await openApp(t, server.url);                          // start page, app running
//   await completePart1(page, PERSONAS.workingCarer);      // ... to the result page
//   await completePart1(page, PERSONAS.youngCarer, { keyboard: true, onStep: ... });
//
// The wording here is the wording in src/content/data/*.toml: when the content changes,
// change it here too (a failing test names the heading or label it could not find).

import assert from 'node:assert/strict';
import { openPage } from './app.mjs';

export const SERVICE_NAME = 'Carer Check';

/** What the document title must be for a page whose h1 is `heading`. */
export const titleFor = (heading, { error = false } = {}) =>
  `${error ? 'Error: ' : ''}${heading} – ${SERVICE_NAME}`;

export const HEADINGS = {
  start: "Find out if you're a carer and get help",
  check: 'Check your answers',
  notFound: 'Page not found',
  notFinished: 'You have not finished',
  carer: "It sounds like you're a carer",
  maybe: 'It sounds like you might be a carer',
  notNow: 'You may not be an unpaid carer right now',
};

export const BUTTONS = {
  start: 'Start now',
  continue: 'Continue',
  seeResult: 'See your result',
  back: 'Back',
};

export const ERROR_SUMMARY_TITLE = 'There is a problem';

/**
 * Part 1's questions in the order asked. `id` is the address (#/carer/<id>) and the id of
 * the question's first input; `kind` is the ARIA role of its options; `row` is its label on
 * "Check your answers"; `error` is what an empty Continue says.
 */
export const QUESTIONS = [
  {
    key: 'age',
    id: 'age',
    kind: 'radio',
    title: 'How old are you?',
    row: 'Your age',
    error: 'Select how old you are',
  },
  {
    key: 'helps',
    id: 'helps',
    kind: 'radio',
    title: 'Do you help someone who could not manage without you?',
    youngTitle: 'Do you help look after someone at home or in your family?',
    row: 'Helps someone',
    error: 'Select yes, no or not sure',
  },
  {
    key: 'who',
    id: 'who',
    kind: 'checkbox',
    title: 'Who do you help?',
    row: 'Who you help',
    error: 'Select who you help',
  },
  {
    key: 'why',
    id: 'why',
    kind: 'checkbox',
    title: 'Why do they need help?',
    row: 'Why they need help',
    error: "Select why they need help, or select 'I'm not sure'",
  },
  {
    key: 'tasks',
    id: 'tasks',
    kind: 'checkbox',
    title: 'What do you help with?',
    row: 'What you help with',
    error: "Select what you help with, or select 'None of these'",
  },
  {
    key: 'livesWith',
    id: 'lives-with',
    kind: 'radio',
    title: 'Does the person you help live with you?',
    row: 'Lives with you',
    error: 'Select if the person you help lives with you',
  },
  {
    key: 'hours',
    id: 'hours',
    kind: 'radio',
    title: 'About how many hours a week do you spend helping?',
    row: 'Hours a week',
    error: 'Select about how many hours a week you spend helping',
  },
  {
    key: 'paid',
    id: 'paid',
    kind: 'radio',
    title: 'Are you paid to help them as your job?',
    row: 'Paid to help',
    error: 'Select if you are paid to help them as your job',
  },
  {
    key: 'work',
    id: 'work',
    kind: 'checkbox',
    title: 'Do you also have a job, or go to school, college or university?',
    youngTitle: 'Do you go to school or college, or have a job?',
    row: 'Work or study',
    error: "Select if you work or study, or select 'Neither'",
  },
];

export const question = (key) => {
  const found = QUESTIONS.find((q) => q.key === key || q.id === key);
  assert.ok(found, `no question "${key}"`);
  return found;
};

/** The question whose heading (adult or young wording) is `heading`, if any. */
export const questionTitled = (heading) =>
  QUESTIONS.find((q) => q.title === heading || q.youngTitle === heading);

/**
 * People who answer part 1, by the labels they would pick. A checkbox question takes a
 * list; a radio question one label. Questions a persona is not asked are left out.
 */
export const PERSONAS = {
  /** A daughter with a job who looks after her mum with dementia from across town. */
  workingCarer: {
    age: '25 to 64',
    helps: 'Yes',
    who: ['My mum or dad, or a parent-in-law'],
    why: ['Dementia or memory problems'],
    tasks: ['Medicines or health care', 'Getting to appointments', 'Money, bills or forms'],
    livesWith: 'No, they live somewhere else',
    hours: '20 to 34 hours',
    paid: 'No',
    work: ['I have a job working for an employer'],
  },
  /** Someone who does not help anyone: two questions, then "Check your answers". */
  notACarer: {
    age: '25 to 64',
    helps: 'No',
  },
  /** A 14-year-old who helps at home with a parent's mental health. */
  youngCarer: {
    age: 'Under 16',
    helps: 'Yes',
    who: ['My mum or dad'], // the young wording of "My mum or dad, or a parent-in-law"
    why: ['A mental health problem'],
    tasks: ['Shopping, cooking or housework', 'Keeping them company or cheering them up'],
    livesWith: 'Yes',
    hours: '10 to 19 hours',
    paid: 'No',
    work: ['I go to school, college or university, or I am training'],
  },
};

// ---------------------------------------------------------------------------------------
// Reading the page

/** The page's (first) h1 text. */
export const heading = (page) => page.locator('.cc-app h1').first().innerText().then((t) => t.trim());

/** Waits until the page's h1 reads `text` (the step has rendered). */
export async function waitForHeading(page, text, timeout = 10_000) {
  await page.waitForFunction(
    (want) => document.querySelector('.cc-app h1')?.textContent.trim() === want,
    text,
    { timeout },
  ).catch(async (error) => {
    throw new Error(`expected the h1 "${text}", found "${await heading(page).catch(() => '?')}"\n${error.message}`);
  });
}

/**
 * A step change has finished: the h1 reads `text`, has the keyboard focus (so screen
 * reader and keyboard users start at the top of the new page) and names the document.
 */
export async function expectStep(page, text, { timeout = 10_000 } = {}) {
  await waitForHeading(page, text, timeout);
  await page
    .waitForFunction(
      (want) => {
        const active = document.activeElement;
        return active?.tagName === 'H1' && active.textContent.trim() === want;
      },
      text,
      { timeout },
    )
    .catch(async () => {
      throw new Error(`focus is not on the h1 "${text}" but on ${await describeFocus(page)}`);
    });
  assert.equal(await page.title(), titleFor(text), 'document title');
}

/** A short description of the focused element, for messages and asserts. */
export function describeFocus(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'body';
    const name = el.labels?.[0]?.textContent.trim() ?? el.textContent.trim().slice(0, 60);
    return `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${el.className ? '.' + String(el.className).split(' ').join('.') : ''} "${name}"`;
  });
}

/** The accessible-ish name of the focused element: its label, or its text. */
export function focusedName(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    return (el.labels?.[0]?.textContent ?? el.textContent).replace(/\s+/g, ' ').trim();
  });
}

/** "Check your answers" as { row label: [answer, ...] } ("Not answered yet" is [that]). */
export function checkAnswersRows(page) {
  return page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll('.cc-summary-list__row')].map((row) => [
        row.querySelector('dt').textContent.trim(),
        [...row.querySelectorAll('.cc-summary-list__value li, .cc-summary-list__missing')].map((v) =>
          v.textContent.trim(),
        ),
      ]),
    ),
  );
}

// ---------------------------------------------------------------------------------------
// Acting

/**
 * Opens `url` (the server's url plus an optional `#/…`) and waits for the app to run.
 * @param {Awaited<ReturnType<typeof import('./harness.mjs').newPage>>} t what newPage() returned
 */
export const openApp = (t, url, hash = '') => openPage(t, url + hash);

/**
 * Presses Tab (or Shift+Tab) until the focused element's label or text is `name` (or
 * satisfies it, if a function; it may be async). No press if focus is already there.
 * Fails after `max` presses.
 */
export async function tabTo(page, name, { backwards = false, max = 40 } = {}) {
  const matches = typeof name === 'function' ? name : (n) => n === name;
  if (await matches(await focusedName(page))) return; // already there
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    if (await matches(await focusedName(page))) return;
  }
  throw new Error(`${backwards ? 'Shift+Tab' : 'Tab'} never reached "${name}"; focus is on ${await describeFocus(page)}`);
}

/** Tabs to a link or button by its visible text and presses Enter. */
export async function pressByKeyboard(page, name, options) {
  await tabTo(page, name, options);
  await page.keyboard.press('Enter');
}

/** Clicks a button or link by its accessible name. */
export async function clickByName(page, name) {
  const target = page.getByRole('button', { name, exact: true }).or(page.getByRole('link', { name, exact: true }));
  await target.first().click();
}

/**
 * Chooses `labels` (one label for radios, a list for checkboxes) on the current question
 * and unchooses everything else. Does not press Continue.
 */
export async function choose(page, q, labels, { keyboard = false } = {}) {
  const wanted = new Set([labels].flat());
  if (!keyboard) {
    if (q.kind === 'radio') {
      await page.getByRole('radio', { name: [...wanted][0], exact: true }).check();
    } else {
      const boxes = await page.getByRole('checkbox').evaluateAll((all) =>
        all.map((box) => ({ label: box.labels[0].textContent.trim(), checked: box.checked })),
      );
      for (const label of wanted) {
        assert.ok(boxes.some((box) => box.label === label), `no checkbox "${label}" on "${q.title}"`);
      }
      for (const { label, checked } of boxes) {
        if (wanted.has(label) !== checked) {
          await page.getByRole('checkbox', { name: label, exact: true }).setChecked(!checked);
        }
      }
    }
    return;
  }

  const focusedInput = () =>
    page.evaluate(() => {
      const el = document.activeElement;
      return el?.tagName === 'INPUT'
        ? { type: el.type, checked: el.checked, label: el.labels[0].textContent.trim() }
        : null;
    });
  // Into the group: Tab lands on a radio group's checked radio (or its first), or on the
  // first checkbox.
  await tabTo(page, async () => (await focusedInput())?.type === q.kind, { max: 10 }).catch(() => {});
  let input = await focusedInput();
  assert.equal(input?.type, q.kind, `Tab did not reach the ${q.kind}es of "${q.title}"`);

  if (q.kind === 'radio') {
    // Arrow keys move round the group, choosing as they go.
    const target = [...wanted][0];
    for (let i = 0; i < 20 && input.label !== target; i++) {
      await page.keyboard.press('ArrowDown');
      input = await focusedInput();
    }
    assert.equal(input.label, target, `arrow keys never reached the radio "${target}"`);
    if (!input.checked) await page.keyboard.press('Space'); // the first radio, reached by Tab
    assert.ok((await focusedInput()).checked, `"${target}" is not chosen`);
  } else {
    // Each checkbox is its own Tab stop: Space toggles it.
    while (input?.type === 'checkbox') {
      if (wanted.has(input.label) !== input.checked) await page.keyboard.press('Space');
      await page.keyboard.press('Tab');
      input = await focusedInput();
    }
  }
}

/**
 * Answers the question on screen for `persona` and presses Continue; waits for the next
 * step's heading. Returns the question answered.
 */
export async function answerCurrentQuestion(page, persona, { keyboard = false } = {}) {
  const now = await heading(page);
  const q = questionTitled(now);
  assert.ok(q, `"${now}" is not a part 1 question`);
  assert.ok(q.key in persona, `the persona has no answer for "${q.title}"`);
  await choose(page, q, persona[q.key], { keyboard });
  await submit(page, BUTTONS.continue, { keyboard });
  await page.waitForFunction((was) => document.querySelector('.cc-app h1')?.textContent.trim() !== was, now);
  return q;
}

/** Presses a form's button (Continue, See your result) by pointer or by keyboard. */
export async function submit(page, name, { keyboard = false } = {}) {
  if (keyboard) await pressByKeyboard(page, name);
  else await page.getByRole('button', { name, exact: true }).click();
}

/**
 * Part 1 from wherever the page is (start page, any question) to "Check your answers" and,
 * unless `seeResult: false`, on to the result. Every step is checked with expectStep()
 * (focus on the h1, document title) unless `checkSteps: false`.
 * `onStep(page, heading)` runs on each page before it is answered (e.g. an axe check).
 * Returns the headings seen, in order.
 */
export async function completePart1(page, persona, { keyboard = false, seeResult = true, checkSteps = true, onStep } = {}) {
  const seen = [];
  let now = await heading(page);
  for (let guard = 0; guard < 20; guard++) {
    seen.push(now);
    if (onStep) await onStep(page, now);
    if (now === HEADINGS.start) {
      if (keyboard) await pressByKeyboard(page, BUTTONS.start);
      else await page.getByRole('link', { name: BUTTONS.start }).click();
      await page.waitForFunction((was) => document.querySelector('.cc-app h1')?.textContent.trim() !== was, now);
    } else if (questionTitled(now)) {
      await answerCurrentQuestion(page, persona, { keyboard });
    } else if (now === HEADINGS.check) {
      if (!seeResult) return seen;
      await submit(page, BUTTONS.seeResult, { keyboard });
      await page.waitForFunction((was) => document.querySelector('.cc-app h1')?.textContent.trim() !== was, now);
      now = await heading(page);
      if (checkSteps) await expectStep(page, now);
      seen.push(now);
      if (onStep) await onStep(page, now);
      return seen;
    } else {
      throw new Error(`completePart1 does not know the page "${now}"`);
    }
    now = await heading(page);
    if (checkSteps) await expectStep(page, now);
  }
  throw new Error(`part 1 never reached "${HEADINGS.check}": ${seen.join(' → ')}`);
}

/**
 * The GOV.UK error state after a form is sent with a problem: the summary titled "There is
 * a problem" takes the focus, is announced, links to `messages` in order; the document
 * title starts "Error: "; the page stays on `pageHeading`.
 */
export async function expectErrorSummary(page, pageHeading, messages) {
  const summary = page.locator('.cc-error-summary');
  await summary.waitFor();
  await page
    .waitForFunction(() => document.activeElement?.classList.contains('cc-error-summary'))
    .catch(async () => assert.fail(`focus is not on the error summary but on ${await describeFocus(page)}`));
  assert.equal(await summary.getByRole('heading', { level: 2 }).innerText(), ERROR_SUMMARY_TITLE);
  assert.deepEqual(await summary.getByRole('link').allInnerTexts(), messages);
  assert.equal(await summary.getByRole('alert').count(), 1, 'the summary is announced');
  assert.equal(await page.title(), titleFor(pageHeading, { error: true }));
  assert.equal(await heading(page), pageHeading, 'still on the same page');
}

/** The h2/h3 texts on the page, in order (for result pages). */
export function subheadings(page) {
  return page.locator('.cc-app main h2, .cc-app main h3').allInnerTexts().then((all) => all.map((t) => t.trim()));
}
