// Saving, keeping and taking the answers away (issue 5): the tab keeps them over a refresh,
// "keep on this device" carries them to a new tab, "delete my answers" leaves nothing,
// broken or full storage never stops the journey (and the carer is told once), unreadable
// stored data is offered for download and never overwritten, every kind of bad file is
// refused with its own message while the answers stay byte for byte, and nothing is
// requested once the app has loaded.
//
// Runs against dist/ (build it first: `make dist`).

import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, rm } from 'node:fs/promises';
import { startServer, launchBrowser, newPage, requireDist, checkAxe, snapshotDist } from './support/harness.mjs';
import { openApp, completePart1, PERSONAS, HEADINGS } from './support/part1.mjs';

const KEY = 'carer-check:answers';
const FOOTER_LINK = 'Your answers: keep, download, load or delete';
const TITLE = 'Your answers';
const TOLD_MISSING = 'This browser is not keeping your answers';
const TOLD_FULL = 'This browser has no room left to keep your answers';

let root;
let server;
let browser;

before(async () => {
  root = await snapshotDist(requireDist());
  server = await startServer({ root });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (root) await rm(root, { recursive: true, force: true });
});

async function withPage(body, { initScript, contextOptions } = {}) {
  const t = await newPage(browser, server, contextOptions);
  try {
    if (initScript) await t.context.addInitScript(...initScript);
    await body(t);
    assert.deepEqual(t.pageErrors, []);
    assert.deepEqual(t.otherOrigins(), []);
  } finally {
    await t.close();
  }
}

async function assertAxeClean(page, where) {
  assert.deepEqual(await checkAxe(page), [], `axe on ${where}`);
}

const stored = (page, where = 'sessionStorage') =>
  page.evaluate(([key, where]) => window[where].getItem(key), [KEY, where]);

/** Waits until the app has saved (it saves a moment after each change). */
async function waitForSaved(page, where = 'sessionStorage') {
  await page.waitForFunction(
    ([key, where]) => (window[where].getItem(key) ?? '').includes('"25-64"'),
    [KEY, where],
  );
}

async function openYourAnswers(page) {
  await page.getByRole('link', { name: FOOTER_LINK }).click();
  await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
}

/** "Download my answers", returning the file's name and text. */
async function download(page) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download my answers' }).click(),
  ]);
  const text = await readFile(await file.path(), 'utf8');
  return { name: file.suggestedFilename(), text };
}

async function loadFile(page, file) {
  await page.locator('#answers-file').setInputFiles(file);
  await page.getByRole('button', { name: 'Load answers' }).click();
}

/** Part 1 from the start page (completePart1 presses "Start now" itself). */
async function answerPart1(page) {
  await completePart1(page, PERSONAS.workingCarer, { checkSteps: false });
}

describe('keeping the answers', () => {
  test('a refresh keeps them; a new tab without "keep" starts empty', async () => {
    await withPage(async (t) => {
      const { page, context } = t;
      await openApp(t, server.url);
      await answerPart1(page);
      await waitForSaved(page);
      const saved = JSON.parse(await stored(page));
      assert.equal(saved.format, 'carer-check-answers');
      assert.equal(saved.schema, 2);
      assert.equal(await stored(page, 'localStorage'), null, 'nothing on the device by default');
      await page.reload();
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.waitForFunction(() => window.__ccAppStarted === true);
      assert.match(await page.locator('h1').innerText(), /carer/i);
      await openYourAnswers(page);
      assert.match(await page.locator('.cc-main').innerText(), /kept in this browser tab only/);

      const second = await context.newPage();
      await second.goto(server.url);
      await second.waitForFunction(() => window.__ccAppStarted === true);
      assert.equal(await stored(second), null);
      await second.goto(server.url + '#/carer/check');
      await second.getByText('Not answered yet').first().waitFor();
      await second.close();
    });
  });

  test('"keep my answers on this device" restores them in a new tab; unticking removes the copy', async () => {
    await withPage(async (t) => {
      const { page, context } = t;
      await openApp(t, server.url);
      await answerPart1(page);
      await openYourAnswers(page);
      await page.getByLabel('Keep my answers on this device').check();
      await waitForSaved(page, 'localStorage');
      assert.match(await page.locator('.cc-main').innerText(), /kept on this device/);
      await assertAxeClean(page, 'your answers');

      const second = await context.newPage();
      await second.goto(server.url + '#/carer/check');
      await second.waitForFunction(() => window.__ccAppStarted === true);
      await second.getByText('25 to 64').first().waitFor();
      await second.close();

      await page.getByLabel('Keep my answers on this device').uncheck();
      await page.waitForFunction((key) => localStorage.getItem(key) === null, KEY);
      assert.notEqual(await stored(page), null, 'the tab still has them');
    });
  });

  test('"delete my answers" asks, then leaves both storages and the page empty', async () => {
    await withPage(async (t) => {
      const { page } = t;
      await openApp(t, server.url);
      await answerPart1(page);
      await openYourAnswers(page);
      await page.getByLabel('Keep my answers on this device').check();
      await waitForSaved(page, 'localStorage');
      await page.getByRole('link', { name: 'Delete my answers' }).click();
      await page.getByRole('heading', { level: 1, name: 'Are you sure you want to delete your answers?' }).waitFor();
      await assertAxeClean(page, 'the delete confirmation');
      await page.getByRole('button', { name: 'Yes, delete my answers' }).click();
      await page.getByRole('heading', { level: 1, name: HEADINGS.start }).waitFor();
      await page.getByText('Your answers have been deleted.').waitFor();
      await assertAxeClean(page, 'the start page after deleting');
      await page.waitForTimeout(500); // past the save delay: nothing comes back
      assert.equal(await stored(page), null);
      assert.equal(await stored(page, 'localStorage'), null);
      await page.evaluate(() => (location.hash = '#/carer/check'));
      await page.getByText('Not answered yet').first().waitFor();
    });
  });
});

/** Replaces the Storage methods so every call throws, as in a locked-down browser. */
function storageThrows(kind) {
  const error = () =>
    kind === 'quota'
      ? new DOMException('The quota has been exceeded.', 'QuotaExceededError')
      : new DOMException('The operation is insecure.', 'SecurityError');
  if (kind === 'quota') {
    Storage.prototype.setItem = function () {
      throw error();
    };
  } else {
    for (const method of ['getItem', 'setItem', 'removeItem', 'clear', 'key']) {
      Storage.prototype[method] = function () {
        throw error();
      };
    }
  }
}

describe('when the browser will not keep anything', () => {
  for (const [kind, message] of [
    ['throws', TOLD_MISSING],
    ['quota', TOLD_FULL],
  ]) {
    test(`storage that ${kind === 'quota' ? 'is full' : 'throws'}: the journey completes and the carer is told once`, async () => {
      await withPage(
        async (t) => {
          const { page } = t;
          await openApp(t, server.url);
          await answerPart1(page);
          const told = page.locator('.cc-notice', { hasText: message });
          await told.waitFor();
          assert.equal(await told.count(), 1);
          await assertAxeClean(page, `the ${kind} storage message`);
          await told.getByRole('button', { name: 'Hide this message' }).click();
          // More answers, more failed saves: no second message.
          await page.evaluate(() => (location.hash = '#/about-you'));
          await page.getByLabel('Your name').fill('Asha Patel');
          await page.getByRole('button', { name: 'Save and continue' }).click();
          await page.getByRole('heading', { level: 1, name: 'Your carer check' }).waitFor();
          await page.waitForTimeout(600);
          assert.equal(await page.locator('.cc-notice', { hasText: message }).count(), 0);
          await openYourAnswers(page);
          assert.match(await page.locator('.cc-main').innerText(), /not keeping your answers/);
          const { text } = await download(page);
          assert.match(text, /Asha Patel/, 'the answers are still there, in memory');
        },
        { initScript: [storageThrows, kind] },
      );
    });
  }

  test('stored answers that cannot be read are offered for download and never overwritten', async () => {
    const corrupt = '{"format":"carer-check-answers","schema":2,"answers":{"carer":{"age":"25-6';
    await withPage(
      async (t) => {
        const { page } = t;
        await openApp(t, server.url);
        const alert = page.getByRole('alert').filter({ hasText: 'saved answers that we cannot read' });
        await alert.waitFor();
        await assertAxeClean(page, 'the unreadable-answers message');
        await answerPart1(page);
        await page.waitForTimeout(600);
        assert.equal(await stored(page), corrupt, 'not overwritten');
        const [file] = await Promise.all([
          page.waitForEvent('download'),
          alert.getByRole('button', { name: 'Download them as they are' }).click(),
        ]);
        assert.equal(await readFile(await file.path(), 'utf8'), corrupt);
        await alert.getByRole('button', { name: 'Delete them and start again' }).click();
        await waitForSaved(page);
        assert.equal(JSON.parse(await stored(page)).answers.carer.age, '25-64');
      },
      { initScript: [(text) => sessionStorage.getItem('cc-seeded') || (sessionStorage.setItem('carer-check:answers', text), sessionStorage.setItem('cc-seeded', '1')), corrupt] },
    );
  });
});

describe('loading answers from a file', () => {
  const bad = [
    ['an empty file', { name: 'empty.json', buffer: Buffer.alloc(0) }, 'The file is empty'],
    ['a file over 1 MB', { name: 'big.json', buffer: Buffer.alloc(1024 * 1024 + 1, 32) }, 'too big'],
    ['a picture', { name: 'photo.png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]) }, 'may be a picture'],
    ['text that is not JSON', { name: 'notes.json', buffer: Buffer.from('name,phone\nAsha,0161 496 0000\n') }, 'cannot be read'],
    ['somebody else’s JSON', { name: 'other.json', buffer: Buffer.from('{"name":"Asha","items":[1,2]}') }, 'not a Carer Check file'],
    ['a file from a newer version', { name: 'newer.json', buffer: Buffer.from('{"format":"carer-check-answers","schema":9,"answers":{}}') }, 'newer version'],
    ['a damaged file', { name: 'damaged.json', buffer: Buffer.from('{"format":"carer-check-answers","schema":2,"answers":{"carer":{"age":"ninety"}}}') }, 'damaged'],
  ];

  test('each kind of bad file has its own message and the answers stay byte for byte', async () => {
    await withPage(async (t) => {
      const { page } = t;
      await openApp(t, server.url);
      await answerPart1(page);
      await openYourAnswers(page);
      const before = await download(page);
      assert.match(before.name, /^carer-check-answers-\d{4}-\d{2}-\d{2}\.json$/);
      for (const [what, file, message] of bad) {
        await loadFile(page, { mimeType: 'application/json', ...file });
        // The file is read after the click: wait for this file's message, not the last one's.
        const summary = page.locator('.cc-error-summary', { hasText: new RegExp(message) });
        await summary.waitFor();
        assert.match(await summary.innerText(), new RegExp(message), what);
        assert.match(await page.locator('#answers-file-error').innerText(), new RegExp(message), what);
        assert.match(await page.title(), /^Error: /);
        if (what === 'a damaged file') await assertAxeClean(page, 'the load error');
        const after = await download(page);
        assert.equal(after.text, before.text, `${what}: the answers did not change`);
      }
      // No file chosen at all.
      await page.locator('#answers-file').setInputFiles([]);
      await page.getByRole('button', { name: 'Load answers' }).click();
      await page.getByText('Choose a file to load').first().waitFor();
    });
  });

  test('a good file asks before replacing answers, and loads at once into an empty app', async () => {
    let file;
    await withPage(async (t) => {
      const { page } = t;
      await openApp(t, server.url);
      await answerPart1(page);
      await openYourAnswers(page);
      file = await download(page);
    });
    await withPage(async (t) => {
      const { page } = t;
      await openApp(t, server.url);
      await completePart1(page, PERSONAS.youngCarer, { checkSteps: false });
      await openYourAnswers(page);
      const mine = await download(page);
      await loadFile(page, { name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.text) });
      await page.getByRole('heading', { name: 'Replace your answers?' }).waitFor();
      await assertAxeClean(page, 'the replace question');
      await page.getByRole('button', { name: 'Keep my answers' }).click();
      assert.equal((await download(page)).text, mine.text);
      await loadFile(page, { name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.text) });
      await page.getByRole('button', { name: 'Replace my answers' }).click();
      await page.getByText('Your answers have been loaded from the file.').waitFor();
      assert.equal(JSON.parse((await download(page)).text).answers.carer.age, '25-64');
    });
    await withPage(async (t) => {
      const { page } = t;
      await openApp(t, server.url, '#/your-answers');
      await loadFile(page, { name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.text) });
      await page.getByText('Your answers have been loaded from the file.').waitFor();
      assert.equal(await page.getByRole('heading', { name: 'Replace your answers?' }).count(), 0);
    });
  });
  test('a file from an older version is brought up to date and loaded', async () => {
    // Version 1 (the answers alone) and the same answers as version 2: tests/fixtures.
    const older = await readFile(new URL('../fixtures/answers-serde-2026-11.json', import.meta.url));
    const current = JSON.parse(await readFile(new URL('../fixtures/answers-file-2.json', import.meta.url), 'utf8'));
    await withPage(async (t) => {
      const { page } = t;
      await openApp(t, server.url, '#/your-answers');
      await loadFile(page, { name: 'carer-check-answers-2026-11-01.json', mimeType: 'application/json', buffer: older });
      await page.getByText('Your answers have been loaded from the file.').waitFor();
      const loaded = JSON.parse((await download(page)).text);
      assert.equal(loaded.schema, 2);
      assert.deepEqual(loaded.answers, current.answers);
    });
  });
});

describe('the network', () => {
  test('after loading, a whole journey makes no request at all', async () => {
    await withPage(async (t) => {
      const { page } = t;
      await openApp(t, server.url);
      await page.waitForLoadState('networkidle');
      const loaded = t.requests.length;
      await answerPart1(page);
      await page.evaluate(() => (location.hash = '#/about-you'));
      await page.getByLabel('Your name').fill('Asha Patel');
      await page.getByRole('button', { name: 'Save and continue' }).click();
      await page.evaluate(() => (location.hash = '#/documents/help'));
      await page.locator('.cc-doc').waitFor();
      await openYourAnswers(page);
      await download(page);
      await page.waitForTimeout(500);
      assert.deepEqual(t.requests.slice(loaded).filter((url) => !url.startsWith('blob:')), []);
    });
  });
});
