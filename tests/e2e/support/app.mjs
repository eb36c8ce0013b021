// The one toolkit every end-to-end test file starts from: the built app served and a
// browser for the whole file, a clean page for each test (with what must hold on every
// page checked afterwards), axe, and the answers a tab starts with.
//
//   const app = useApp();                                  // before/after hooks for the file
//   test('…', () => withPage(app, { answers: SEED, open: '#/tasks' }, async (t) => { … }));
//   await assertAxeClean(t.page, 'the task list');
//
// No test file starts its own server or browser, or runs axe, except through these.

import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, rm } from 'node:fs/promises';
import { checkAxe, launchBrowser, newPage, requireDist, snapshotDist, startServer, waitForAppStart } from './harness.mjs';

/** Where the app keeps the answers (src/storage.rs `KEY`). */
export const STORAGE_KEY = 'carer-check:answers';

/** Where the app keeps the carer's choice of language, beside the answers (src/storage.rs `LANGUAGE`). */
export const LANGUAGE_KEY = 'carer-check:language';

/**
 * Registers the file's before/after hooks: a private copy of dist/ (a build running
 * meanwhile cannot change it), our server over it (`serverOptions`: prefix, headers;
 * `serve: false` for files that start servers of their own through startServer) and
 * Chromium. `setup(app)` runs once they are there and `teardown(app)` before they go:
 * Node 20 runs a file's top-level before() hooks side by side, so a file's own set-up
 * that needs the server goes here, not in a before() of its own.
 * Returns { root, server, browser }, filled in once `before` has run.
 */
export function useApp({ serve = true, serverOptions = {}, setup, teardown } = {}) {
  const app = { root: undefined, server: undefined, browser: undefined };
  before(async () => {
    app.root = await snapshotDist(requireDist());
    [app.server, app.browser] = await Promise.all([
      serve ? startServer({ root: app.root, ...serverOptions }) : undefined,
      launchBrowser(),
    ]);
    if (setup) await setup(app);
  });
  after(async () => {
    try {
      if (teardown) await teardown(app);
    } finally {
      await app.browser?.close();
      await app.server?.close();
      if (app.root) await rm(app.root, { recursive: true, force: true });
    }
  });
  return app;
}

/** What withPage() checks after every test unless told otherwise. */
const ALL_CHECKS = ['otherOrigins', 'pageErrors', 'consoleErrors', 'dialogs'];

/**
 * withPage(app, [options,] body) or withPage(app, body, options): runs `body(t)` with a page in a browser context of its own (t: what newPage() returns),
 * then checks what must hold on every page: nothing went to another origin, nothing threw,
 * nothing was logged as an error, no alert/confirm dialog opened.
 * @param {ReturnType<typeof useApp>} app
 * @param {object} [options]
 * @param {object} [options.server] another server than the file's (e.g. one under a sub-path)
 * @param {object} [options.context] browser.newContext options (viewport, javaScriptEnabled…)
 * @param {Array} [options.initScript] arguments for context.addInitScript, run before the app
 * @param {(t: object) => Promise<void>} [options.setup] runs before the app is opened (routes…)
 * @param {object} [options.answers] saved answers the tab holds when the app first loads
 * @param {string|boolean} [options.open] open the app first (a `#/…` hash, or true for the
 *   start page) and wait until it has started
 * @param {boolean} [options.noFailedRequests] also fail on any response of 400 or more
 * @param {string[]} [options.checks] which of the checks above to make (default: all)
 * @param {(t: object) => Promise<void>} body
 */
export async function withPage(app, options, body) {
  if (typeof options === 'function') [options, body] = [body ?? {}, options];
  const { server = app.server, context = {}, initScript, setup, answers, open, noFailedRequests = false, checks = ALL_CHECKS } = options;
  const t = await newPage(app.browser, server, context);
  const dialogs = [];
  t.page.on('dialog', async (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    await dialog.dismiss();
  });
  const failed = [];
  t.page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });
  try {
    if (initScript) await t.context.addInitScript(...initScript);
    if (answers) await seedAnswers(t.context, answers);
    if (setup) await setup(t);
    if (open !== undefined && open !== false) await openPage(t, server.url + (open === true ? '' : open));
    await body(t);
    if (noFailedRequests) assert.deepEqual(failed, [], 'a request failed (e.g. a missing favicon)');
    if (checks.includes('otherOrigins')) assert.deepEqual(t.otherOrigins(), [], 'requests went to another origin');
    if (checks.includes('pageErrors')) assert.deepEqual(t.pageErrors, [], 'uncaught errors in the page');
    if (checks.includes('consoleErrors')) assert.deepEqual(t.consoleErrors, [], 'errors in the console');
    if (checks.includes('dialogs')) assert.deepEqual(dialogs, [], 'a dialog opened');
  } finally {
    await t.close();
  }
}

/** Goes to `url` and waits until the wasm app has started and drawn its first h1. */
export async function openPage(t, url) {
  await t.page.goto(url);
  await waitForAppStart(t);
  await t.page.locator('.cc-app h1').first().waitFor();
}

/**
 * Opens `url` in another tab of `t`'s browser context (it shares the device's storage, not
 * the tab's) and waits for the app; its uncaught errors count as `t`'s.
 */
export async function openTab(t, url) {
  const page = await t.context.newPage();
  page.on('pageerror', (error) => t.pageErrors.push(String(error)));
  await openPage({ ...t, page }, url);
  return page;
}

/**
 * The tab starts with `answers` saved (as the app saves them: JSON under STORAGE_KEY in
 * sessionStorage). Seeded once per tab, before the app's first load: a reload keeps
 * whatever the app has saved since.
 */
export async function seedAnswers(context, answers) {
  await context.addInitScript(
    ([key, value]) => {
      if (!sessionStorage.getItem('test:seeded')) {
        sessionStorage.setItem(key, value);
        sessionStorage.setItem('test:seeded', 'yes');
      }
    },
    [STORAGE_KEY, typeof answers === 'string' ? answers : JSON.stringify(answers)],
  );
}

/**
 * Fails the test with axe's own words when the page as it is now has a violation.
 * `options` as checkAxe's (include, disableRules with a reason); `widths` checks at each
 * viewport width in turn (e.g. [320, 1280]).
 */
export async function assertAxeClean(page, where, { widths, ...options } = {}) {
  for (const width of widths ?? [null]) {
    if (width) await page.setViewportSize({ width, height: 800 });
    const violations = await checkAxe(page, options);
    assert.deepEqual(violations, [], `axe on ${where}${width ? ` at ${width}px` : ''} (${page.url()}):\n${violations.join('\n')}`);
  }
}

/** Moves the app to `hash` the way a pasted link in the same tab would. */
export const goToHash = (page, hash) => page.evaluate((h) => (location.hash = h), hash);

/** What the tab or device holds under `key` (default: the answers). */
export const storedText = (page, { key = STORAGE_KEY, where = 'sessionStorage' } = {}) =>
  page.evaluate(([key, where]) => window[where].getItem(key), [key, where]);

/**
 * Waits until the text stored under `key` includes `part` (a saved change), or, with
 * `part` null, until nothing is stored there.
 */
export async function waitForStored(page, part, { key = STORAGE_KEY, where = 'sessionStorage', timeout = 10_000 } = {}) {
  await page
    .waitForFunction(
      ([key, where, part]) => {
        const text = window[where].getItem(key);
        return part === null ? text === null : (text ?? '').includes(part);
      },
      [key, where, part],
      { timeout },
    )
    .catch(async (error) => {
      throw new Error(`${where} "${key}" never ${part === null ? 'emptied' : `held ${part}`}; it holds:\n${await storedText(page, { key, where })}\n${error.message}`);
    });
}

/**
 * Presses "Download my answers" on the Your answers page (`button`: its name in the
 * language on screen) and returns the file's name and text.
 */
export async function downloadAnswers(page, button) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  const text = await readFile(await file.path(), 'utf8');
  return { name: file.suggestedFilename(), text };
}

// Pieces of saved answers, in the file format's own shapes (src/domain/answers_file.rs).

/** A phone number as saved: not kept against the check. */
export const savedPhone = (number) => ({ number, keep_anyway: false });

/** A person who can step in, who has agreed, has a key and could give care. */
export const savedStepIn = (name, relationship, number) => ({
  name,
  relationship,
  phone: savedPhone(number),
  agreed_to_be_contacted: true,
  has_key: true,
  can_provide_care: true,
});

/** A working daughter caring for her father, who has dementia. */
export const WORKING_DAUGHTER = {
  carer: {
    age: '25-64',
    helps: 'yes',
    who: ['parent'],
    why: ['dementia'],
    tasks: ['medicines', 'appointments', 'money'],
    lives_with: 'no',
    hours: '20-34',
    paid: 'no',
    work: ['employee'],
  },
  about_you: {
    name: 'Priya Shah',
    phone: savedPhone('07700 900123'),
    address: '12 Mill Lane\nBury',
    gp_practice: 'Moorgate Surgery',
    employer: 'Northgate Bakery',
  },
  outcomes: {
    ratings: { 'rv-respected': 'always', 'rv-listened-to': 'never' },
    notes: { 'a-life-of-my-own': 'I have not had a day off in a year.' },
    goes_well: 'Dad still laughs at my jokes.',
    positives: ['closer'],
  },
  plans: [
    {
      id: 1,
      name: 'Raj Shah',
      date_of_birth: '3 April 1950',
      address: '4 Elm Road\nBury',
      conditions: "Alzheimer's disease. Type 2 diabetes.",
      allergies: 'Penicillin',
      medicines: [
        { name: 'Donepezil', dose: '10 mg', when: 'At bedtime', where_kept: '' },
        { name: 'Metformin', dose: '500 mg', when: 'With breakfast and tea', where_kept: '' },
      ],
      medicines_kept: 'Blue box in the kitchen cupboard',
      pharmacy: { name: 'Elm Pharmacy', phone: savedPhone('0161 496 0001') },
      gp: { name: 'Moorgate Surgery', phone: savedPhone('0161 496 0002') },
      communication: 'Speaks Gujarati and English. Wears hearing aids.',
      daily_routine: 'Gets up at 7. Likes a walk to the park after lunch.',
      calms: 'Old Bollywood songs.',
      upsets: 'Loud rooms.',
      left_alone: 'up-to-an-hour',
      may_wander: 'yes',
      description: { height: '5 feet 6', build: 'Slim', hair: 'Grey', usual_clothes: 'Brown cardigan', distinguishing_features: '' },
      places_they_go: 'The park on Elm Road. The old mill.',
      step_in: [savedStepIn('Anil Shah', 'son', '07700 900456'), savedStepIn('Meera Patel', 'neighbour', '0161 496 0000')],
      key_holders: 'Meera next door has a key.',
      pets: 'A cat called Tiger.',
      lpa_health: { in_place: 'yes', held_by: 'Priya Shah' },
      hospital_bag: ['Glasses', 'Hearing aids'],
    },
  ],
};
