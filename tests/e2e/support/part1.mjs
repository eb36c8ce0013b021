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
// The wording is read from the data files (wording.mjs): a test never pins a copy of it.

import assert from 'node:assert/strict';
import { openPage } from './app.mjs';
import { DATA, WORDING, option, words } from './wording.mjs';

export const SERVICE_NAME = words('site.service_name');

/** What the document title must be for a page whose h1 is `heading`. */
export const titleFor = (heading, { error = false } = {}) =>
  words(error ? 'site.page_title_error' : 'site.page_title', { page: heading });

export const HEADINGS = {
  start: words('site.start.title'),
  check: words('site.check.title'),
  notFound: words('site.not_found.title'),
  notFinished: words('site.result.not_finished_title'),
  carer: words('result.verdict.carer.title'),
  maybe: words('result.verdict.maybe.title'),
  notNow: words('result.verdict.not-now.title'),
};

export const BUTTONS = {
  start: words('site.start.start_button'),
  continue: words('site.continue'),
  seeResult: words('site.check.continue_button'),
  back: words('site.back'),
};

export const ERROR_SUMMARY_TITLE = words('site.error_summary_title');

/**
 * Part 1's questions in the order asked, as the build's data lists them (questions.toml,
 * whose order and ids a native test holds to the domain's QuestionId): `id` is the
 * address (#/carer/<id>) and the id of the question's first input; `row` is its label on
 * "Check your answers"; `error` is what an empty Continue says. Whether it takes one
 * answer (radios) or several (checkboxes) is read from the page: see `kindOnPage`.
 */
export const QUESTIONS = DATA.questions.question.map(({ id }) => {
  const at = (field) => `questions.question.${id}.${field}`;
  return {
    id,
    title: words(at('title')),
    ...(at('young_title') in WORDING ? { youngTitle: words(at('young_title')) } : {}),
    row: words(at('check_label')),
    error: words(at('error')),
  };
});

export const question = (key) => {
  const found = QUESTIONS.find((q) => q.id === key);
  assert.ok(found, `no question "${key}"`);
  return found;
};

/** The question whose heading (adult or young wording) is `heading`, if any. */
export const questionTitled = (heading) =>
  QUESTIONS.find((q) => q.title === heading || q.youngTitle === heading);

/**
 * People who answer part 1, by the labels they would pick, keyed by question id. A
 * checkbox question takes a list; a radio question one label (the page must agree: see
 * answerCurrentQuestion). Questions a persona is not asked are left out; a question added
 * to part 1 that a persona is asked fails their journey, naming both, until it is here.
 */
export const PERSONAS = {
  /** A daughter with a job who looks after her mum with dementia from across town. */
  workingCarer: answersAs({
    age: '25-64',
    helps: 'yes',
    who: ['parent'],
    why: ['dementia'],
    tasks: ['medicines', 'appointments', 'money'],
    'lives-with': 'no',
    hours: '20-34',
    paid: 'no',
    work: ['employee'],
  }),
  /** A man of 78 who looks after his wife at home after a stroke. */
  olderCarer: answersAs({
    age: '65-plus',
    helps: 'yes',
    who: ['partner'],
    why: ['illness-or-disability', 'older-or-frail'],
    tasks: ['personal-care', 'medicines'],
    'lives-with': 'yes',
    hours: '50-plus',
    paid: 'no',
    work: ['neither'],
  }),
  /** Someone who does not help anyone: two questions, then "Check your answers". */
  notACarer: answersAs({
    age: '25-64',
    helps: 'no',
  }),
  /** A 14-year-old who helps at home with a parent's mental health. */
  youngCarer: answersAs(
    {
      age: 'under-16',
      helps: 'yes',
      who: ['parent'],
      why: ['mental-health'],
      tasks: ['household', 'company'],
      'lives-with': 'yes',
      hours: '10-19',
      paid: 'no',
      work: ['study'],
    },
    { young: true },
  ),
};

/** Each persona's name in PERSONAS, for messages. */
const PERSONA_NAMES = new WeakMap(Object.entries(PERSONAS).map(([name, persona]) => [persona, name]));
const personaName = (persona) => `PERSONAS.${PERSONA_NAMES.get(persona) ?? '(a persona of the test)'}`;

/** What `persona` answers to question `q`; fails, naming both, if the persona has no answer. */
export function personaAnswer(persona, q) {
  assert.ok(
    q.id in persona,
    `${personaName(persona)} has no answer for the question "${q.id}" ("${q.title}"): give it one in tests/e2e/support/part1.mjs`,
  );
  return persona[q.id];
}

/** Answers by option id ({age: '25-64'}) as the labels a person picks ({age: '25 to 64'}). */
function answersAs(ids, { young = false } = {}) {
  return Object.fromEntries(
    Object.entries(ids).map(([key, chosen]) => {
      const { id } = question(key);
      const label = (one) => option(id, one, { young });
      return [key, Array.isArray(chosen) ? chosen.map(label) : label(chosen)];
    }),
  );
}

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

/** Whether the question on the page takes one answer ('radio') or several ('checkbox'). */
export async function kindOnPage(page) {
  const kinds = await page
    .locator('.cc-app form input[type=radio], .cc-app form input[type=checkbox]')
    .evaluateAll((inputs) => [...new Set(inputs.map((input) => input.type))]);
  assert.equal(kinds.length, 1, `one kind of option on the page, not [${kinds}]`);
  return kinds[0];
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
  assert.ok(wanted.size && !wanted.has(undefined), `no answer to choose on "${q.title}"`);
  // The question may still be coming (Start was just pressed): wait until it is on screen.
  const titles = [q.title, q.youngTitle].filter(Boolean);
  await page
    .waitForFunction((titles) => titles.includes(document.querySelector('.cc-app h1')?.textContent.trim()), titles, { timeout: 10_000 })
    .catch(async () => {
      throw new Error(`the question "${q.title}" did not come: the h1 is "${await heading(page).catch(() => '?')}"`);
    });
  const kind = await kindOnPage(page);
  assert.ok(kind === 'checkbox' || wanted.size === 1, `"${q.title}" has radios (one answer), not ${[...wanted].join(', ')}`);
  if (!keyboard) {
    if (kind === 'radio') {
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
  // Fails with where the focus is if Tab never reaches it.
  await tabTo(page, async () => (await focusedInput())?.type === kind, { max: 10 });
  let input = await focusedInput();
  assert.equal(input?.type, kind, `Tab did not reach the ${kind}es of "${q.title}"`);

  if (kind === 'radio') {
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
  const answer = personaAnswer(persona, q);
  // The persona says what kind of question it expects: a list for checkboxes, one label for radios.
  const kind = await kindOnPage(page);
  const expected = Array.isArray(answer) ? 'checkbox' : 'radio';
  assert.equal(kind, expected, `${personaName(persona)} answers "${q.id}" as a ${expected} question, but the page shows ${kind}es`);
  await choose(page, q, answer, { keyboard });
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
  // The page may still be changing (a link was just followed): wait until it is one of part 1's.
  const part1 = [HEADINGS.start, HEADINGS.check, ...QUESTIONS.flatMap((q) => [q.title, q.youngTitle ?? q.title])];
  await page
    .waitForFunction((part1) => part1.includes(document.querySelector('.cc-app h1')?.textContent.trim()), part1, { timeout: 10_000 })
    .catch(async () => {
      throw new Error(`completePart1 does not know the page "${await heading(page).catch(() => '?')}"`);
    });
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
