// "Download as text" on the letters (issue 18): the list of things to raise at a carer's
// assessment, the GP letter and the employer letter as a plain text file, to paste into a
// council's online form or an e-mail. It must say what the printed letter says, line for
// line: the test reads the page as it prints (print media hides the controls) and compares.
//
//   make dist && node --test tests/e2e/letter-text.test.mjs

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { WORKING_DAUGHTER, assertAxeClean, useApp, withPage } from './support/app.mjs';
import { openDocument } from './support/journey.mjs';
import { words } from './support/wording.mjs';

const app = useApp();
const LETTERS = ['assessment-list', 'gp-letter', 'employer-letter'];

/** The lines a reader sees, without the blank ones and the bullets' marks. */
function lines(text) {
  return text
    .split('\n')
    .map((line) => line.replace(/^- /, '').trim())
    .filter(Boolean);
}

test('each letter downloads as a text file that says what the printed letter says', async () => {
  await withPage(app, { answers: WORKING_DAUGHTER, open: '#/documents' }, async ({ page }) => {
    for (const key of LETTERS) {
      await openDocument(page, key);
      const button = page.getByRole('button', { name: words('document_pages.letter.text_button') });
      if (key === 'assessment-list') await assertAxeClean(page, 'the assessment list with "Download as text"');

      const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
      assert.equal(download.suggestedFilename(), `${key}.txt`);
      const file = await (await download.createReadStream())
        .toArray()
        .then((chunks) => Buffer.concat(chunks).toString('utf8'));

      await page.emulateMedia({ media: 'print' });
      const printed = await page.locator('article.cc-doc').innerText();
      const dates = await page.locator('.cc-doc__dates').first().innerText();
      await page.emulateMedia({ media: 'screen' });
      assert.ok(!printed.includes(words('document_pages.letter.text_button')), `${key}: the button prints`);
      assert.deepEqual(
        lines(file),
        lines(printed).filter((line) => line !== dates.trim()),
        `${key}: the text file and the printed letter differ`,
      );
      assert.ok(lines(file).length > 5, `${key}: a letter of ${lines(file).length} lines`);
    }
  });
});

test('only the letters have "Download as text"', async () => {
  await withPage(app, { answers: WORKING_DAUGHTER, open: '#/documents' }, async ({ page }) => {
    for (const key of ['passport', 'plan-1', 'card-1', 'help']) {
      await openDocument(page, key);
      assert.equal(await page.getByRole('button', { name: words('document_pages.letter.text_button') }).count(), 0, key);
    }
  });
});
