// "Listen to this page" (issue 17): with the browser's speech stubbed, the button reads the
// heading, hint, choices and error in that order, in the page's language, with a voice on
// the device; it stops on Continue and on Exit this page; it works by keyboard; and it is
// not there when the device has no voice of its own for the page's language.
//
//   make dist && node --test tests/e2e/listen.test.mjs

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertAxeClean, useApp, withPage } from './support/app.mjs';
import { BUTTONS, ERROR_SUMMARY_TITLE, question, submit, waitForHeading } from './support/part1.mjs';
import { DATA, option, translation, words } from './support/wording.mjs';

const app = useApp();
const LISTEN = words('site.listen');
const STOP = words('site.listen_stop');
const NEUTRAL = 'https://www.bbc.co.uk/weather';

/**
 * Runs in the page before the app: the browser's speech replaced by one that says nothing
 * and notes what it was asked, in the page (`__ccSpoken`) and, so that it outlives leaving
 * the page, through `__ccSaid` when the test exposes it.
 */
function stubSpeech(voices) {
  const note = (entry) => {
    window.__ccSpoken.push(entry);
    window.__ccSaid?.(entry);
  };
  window.__ccSpoken = [];
  window.SpeechSynthesisUtterance = class extends EventTarget {
    constructor(text) {
      super();
      Object.assign(this, { text, lang: '', voice: null });
    }
  };
  const speech = new EventTarget();
  let queue = [];
  Object.assign(speech, {
    getVoices: () => voices,
    speak: (utterance) => {
      queue.push(utterance);
      note({ text: utterance.text, lang: utterance.lang, voice: utterance.voice?.name ?? null });
    },
    cancel: () => {
      queue = [];
      note('cancel');
    },
    // What a real browser does when it has read everything: the last one ends.
    finish: () => queue.splice(0).forEach((utterance) => utterance.dispatchEvent(new Event('end'))),
  });
  Object.defineProperty(window, 'speechSynthesis', { value: speech, configurable: true });
}

const VOICES = [
  { name: 'Remote English', lang: 'en-GB', localService: false },
  { name: 'English on the device', lang: 'en-GB', localService: true },
  { name: 'Polish on the device', lang: 'pl-PL', localService: true },
  { name: 'Remote Urdu', lang: 'ur-PK', localService: false },
];

const withSpeech = (voices, open, body) => withPage(app, { initScript: [stubSpeech, voices], open }, body);

const spoken = (page) => page.evaluate(() => window.__ccSpoken);
const entriesOf = (list) => list.filter((entry) => entry !== 'cancel');

/** Waits until the stub has been asked to say `count` things since it was last cleared. */
async function waitForSpoken(page, count) {
  await page.waitForFunction((n) => window.__ccSpoken.filter((e) => e !== 'cancel').length >= n, count, { timeout: 10_000 });
  return entriesOf(await spoken(page));
}

const clearSpoken = (page) => page.evaluate(() => (window.__ccSpoken.length = 0));

const AGE = DATA.questions.question.find((q) => q.id === 'age');
const AGE_READ = [question('age').title, words('questions.question.age.hint'), ...AGE.options.map((o) => option('age', o.id))];

test('it reads the heading, the hint, the choices and then the error, in English, with the voice on the device', async () => {
  await withSpeech(VOICES, '#/carer/age', async ({ page }) => {
    const listen = page.getByRole('button', { name: LISTEN });
    await listen.click();
    const first = await waitForSpoken(page, AGE_READ.length);
    assert.deepEqual(first.map((e) => e.text), AGE_READ);
    for (const entry of first) assert.deepEqual([entry.lang, entry.voice], ['en', 'English on the device']);
    // While it reads, the button stops it; when the last has been read, it offers to listen again.
    await page.getByRole('button', { name: STOP }).waitFor();
    await page.evaluate(() => window.speechSynthesis.finish());
    await listen.waitFor();

    // Continue with no answer: the error is read last.
    await submit(page, BUTTONS.continue);
    await page.locator('.cc-error-summary').waitFor();
    await clearSpoken(page);
    await listen.click();
    const withError = await waitForSpoken(page, AGE_READ.length + 2);
    assert.deepEqual(withError.map((e) => e.text), [...AGE_READ, ERROR_SUMMARY_TITLE, question('age').error]);
    await assertAxeClean(page, 'a question with the Listen button and an error');
  });
});

test('it stops when the step changes, and Stop stops it', async () => {
  await withSpeech(VOICES, '#/carer/age', async ({ page }) => {
    await page.getByRole('button', { name: LISTEN }).click();
    await waitForSpoken(page, AGE_READ.length);
    await page.getByRole('button', { name: STOP }).click();
    assert.equal((await spoken(page)).at(-1), 'cancel', 'Stop cancels what is left to read');
    await page.getByRole('button', { name: LISTEN }).click();
    await waitForSpoken(page, 2 * AGE_READ.length);
    await page.getByLabel(option('age', '25-64')).check();
    await submit(page, BUTTONS.continue);
    await waitForHeading(page, question('helps').title);
    await page.waitForFunction(() => window.__ccSpoken.at(-1) === 'cancel', null, { timeout: 10_000 });
    await page.getByRole('button', { name: LISTEN }).waitFor();
  });
});

test('it works by keyboard', async () => {
  await withSpeech(VOICES, '#/carer/age', async ({ page }) => {
    await page.getByRole('button', { name: LISTEN }).focus();
    await page.keyboard.press('Enter');
    assert.deepEqual((await waitForSpoken(page, AGE_READ.length)).map((e) => e.text), AGE_READ);
  });
});

test('it stops on Exit this page', async () => {
  const said = [];
  await withPage(
    app,
    {
      initScript: [stubSpeech, VOICES],
      checks: ['pageErrors'],
      setup: async (t) => {
        await t.page.exposeFunction('__ccSaid', (entry) => said.push(entry));
        await t.page.route(`${NEUTRAL}**`, (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Weather</title><h1>Weather</h1>' }));
      },
      open: '#/carer/age',
    },
    async ({ page }) => {
      await page.getByRole('button', { name: LISTEN }).click();
      await waitForSpoken(page, AGE_READ.length);
      await page.getByRole('link', { name: words('site.exit.button') }).click();
      await page.waitForURL(NEUTRAL);
      const lastSpoken = said.findLastIndex((entry) => entry !== 'cancel');
      assert.ok(said.indexOf('cancel', lastSpoken) > lastSpoken, `cancelled before leaving: ${JSON.stringify(said)}`);
    },
  );
});

test('in Polish it reads Polish with the Polish voice', async () => {
  const polish = translation('pl');
  await withSpeech(VOICES, '?lang=pl#/carer/age', async ({ page }) => {
    await page.getByRole('button', { name: polish['site.listen'] }).click();
    const read = await waitForSpoken(page, 1 + AGE.options.length);
    assert.equal(read[0].text, polish['questions.question.age.title']);
    for (const entry of read) assert.deepEqual([entry.lang, entry.voice], ['pl', 'Polish on the device']);
  });
});

test('no button where the device has no voice of its own for the page language', async () => {
  // Only a voice that sends the text away speaks Urdu here; and a device with no voices yet.
  await withSpeech(VOICES, '?lang=ur#/carer/age', async ({ page }) => {
    await page.locator('.cc-app h1').first().waitFor();
    assert.equal(await page.locator('.cc-listen').count(), 0, 'no Listen button in Urdu');
  });
  await withSpeech([], '#/carer/age', async ({ page }) => {
    assert.equal(await page.locator('.cc-listen').count(), 0, 'no Listen button without a voice');
    // A browser that lists its voices late: the button comes when they do.
    await page.evaluate((voices) => {
      window.speechSynthesis.getVoices = () => voices;
      window.speechSynthesis.dispatchEvent(new Event('voiceschanged'));
    }, VOICES);
    await page.getByRole('button', { name: LISTEN }).waitFor();
  });
});
