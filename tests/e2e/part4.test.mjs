// Part 4, "Your documents", end to end in Chromium over the release build in dist/:
// answers are put straight into the tab's storage (the shape of src/domain/answers.rs),
// then every document's preview is opened and checked with axe; the passport prints on at
// most two A4 pages; in print the wallet card is 85 × 55 mm and no site chrome shows; and
// markup typed by the carer shows as text on screen and in print, with no dialog and no
// sideways scrolling.
//
//   trunk build --release --offline && node --test tests/e2e/part4.test.mjs

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { STORAGE_KEY, WORKING_DAUGHTER, assertAxeClean, useApp, withPage } from './support/app.mjs';
import { openDocument, scrollsSideways } from './support/journey.mjs';
import { words } from './support/wording.mjs';

const app = useApp();
const MM = 96 / 25.4; // CSS pixels in a millimetre

const SCRIPT = '<script>alert(1)</script>';
const IMG = '<img src=x onerror=alert(1)>';
const LONG = 'W'.repeat(5000);

/** The same carer, with markup and a very long word in everything she typed. */
const HOSTILE = structuredClone(WORKING_DAUGHTER);
HOSTILE.about_you.name = `Priya ${SCRIPT}`;
HOSTILE.about_you.address = `${IMG}\n${LONG}`;
HOSTILE.outcomes.goes_well = `${SCRIPT} ${IMG} ${LONG}`;
HOSTILE.outcomes.notes['a-life-of-my-own'] = `${IMG} ${LONG}`;
HOSTILE.plans[0].name = `Raj${SCRIPT} ${LONG}`;
HOSTILE.plans[0].conditions = `${IMG} ${LONG}`;
HOSTILE.plans[0].medicines[0].name = `${SCRIPT}${LONG}`;
HOSTILE.plans[0].step_in[0].name = `Anil ${IMG}`;

const DOCUMENTS = ['passport', 'plan-1', 'card-1', 'help', 'gp-letter', 'employer-letter', 'assessment-list'];

describe('part 4, "Your documents"', { concurrency: 2 }, () => {
  test('every document has a preview that passes axe, and the list links to each', async () => {
    await withPage(app, { answers: WORKING_DAUGHTER, open: '#/documents' }, async ({ page }) => {
      await page.getByRole('heading', { level: 1, name: words('document_pages.list.title') }).waitFor();
      await assertAxeClean(page, 'the documents list');
      const links = await page.locator('.cc-doc-list__open').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      assert.deepEqual(links, DOCUMENTS.map((key) => `#/documents/${key}`));

      for (const key of DOCUMENTS) {
        await openDocument(page, key);
        assert.match(await page.locator('.cc-doc__dates').innerText(), /^Made on \d{1,2} [A-Z][a-z]+ \d{4}\. Look at it again by \d{1,2} [A-Z][a-z]+ \d{4}/);
        await assertAxeClean(page, key);
        // In English there is nothing to copy: the English copy is for the other languages.
        assert.equal(await page.locator('.cc-doc__english').count(), 0, `${key} has an English copy in English`);
      }
      // The employer letter's choice changes the request, and stays accessible.
      await openDocument(page, 'employer-letter');
      await page.getByLabel(words('document_pages.letter.flexible_working'), { exact: true }).check();
      await page.getByRole('heading', { level: 1, name: words('letters.employer.flexible_working.title') }).waitFor();
      await assertAxeClean(page, 'employer-letter, flexible working');
    });
  });

  test('the passport prints on at most two A4 pages', async () => {
    await withPage(app, { answers: WORKING_DAUGHTER, open: '#/documents' }, async ({ page }) => {
      await openDocument(page, 'passport');
      const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
      const pages = pdf.match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
      assert.ok(pages >= 1 && pages <= 2, `the passport printed on ${pages} pages`);
    });
  });

  test('in print the wallet card is 85 × 55 mm and no site chrome shows', async () => {
    await withPage(app, { answers: WORKING_DAUGHTER, open: '#/documents' }, async ({ page }) => {
      await openDocument(page, 'card-1');
      await page.emulateMedia({ media: 'print' });
      const sides = await page.locator('.cc-card__side').evaluateAll((els) =>
        els.map((el) => {
          const box = el.getBoundingClientRect();
          return { width: box.width, height: box.height };
        }),
      );
      assert.equal(sides.length, 2, 'front and back');
      for (const side of sides) {
        assert.ok(Math.abs(side.width - 85 * MM) <= MM, `width ${side.width / MM} mm`);
        assert.ok(Math.abs(side.height - 55 * MM) <= MM, `height ${side.height / MM} mm`);
      }
      for (const selector of ['button', 'nav', 'header', 'footer', '.cc-skip-link', '.cc-back-link', 'input']) {
        const visible = await page.locator(`.cc-app ${selector}`).evaluateAll((els) =>
          els.filter((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden').length,
        );
        assert.equal(visible, 0, `${selector} shows in print`);
      }
      const text = await page.locator('.cc-card').innerText();
      assert.ok(text.includes(words('document_pages.card.front_title')), text);
      assert.match(text, /I look after Raj\./);
      assert.match(text, /Meera Patel/);
      const colour = await page.locator('.cc-card__title').first().evaluate((el) => getComputedStyle(el).color);
      assert.equal(colour, 'rgb(0, 0, 0)', 'true black in print');
    });
  });

  test('the wallet card and employer letter choices are kept with the answers', async () => {
    await withPage(app, { answers: WORKING_DAUGHTER, open: '#/documents' }, async ({ page }) => {
      await openDocument(page, 'card-1');
      const phone = page.getByLabel(words('document_pages.card.my_phone'), { exact: true });
      assert.equal(await phone.isChecked(), true, 'phone is on the card at first');
      assert.match(await page.locator('.cc-card').innerText(), /07700 900123/);
      await phone.uncheck();
      await page.waitForFunction(() => !document.querySelector('.cc-card').innerText.includes('07700 900123'));

      await openDocument(page, 'employer-letter');
      await page.getByLabel(words('document_pages.letter.flexible_working'), { exact: true }).check();
      await page.locator('.cc-doc__body', { hasText: /flexible working/i }).first().waitFor();

      // Saved a moment after the change, as a versioned file with the answers inside.
      await page.waitForFunction(
        (key) => JSON.parse(sessionStorage.getItem(key) ?? '{}').answers?.documents?.work_request === 'flexible-working',
        STORAGE_KEY,
      );
      const { answers: stored } = await page.evaluate((key) => JSON.parse(sessionStorage.getItem(key)), STORAGE_KEY);
      assert.equal(stored.documents.card.my_phone, false);
      assert.equal(stored.documents.work_request, 'flexible-working');

      await page.reload();
      await page.waitForFunction(() => window.__ccAppStarted === true);
      await openDocument(page, 'employer-letter');
      assert.equal(await page.getByLabel(words('document_pages.letter.flexible_working'), { exact: true }).isChecked(), true, 'the request survived a refresh');
      await openDocument(page, 'card-1');
      assert.equal(await page.getByLabel(words('document_pages.card.my_phone'), { exact: true }).isChecked(), false);
      assert.doesNotMatch(await page.locator('.cc-card').innerText(), /07700 900123/);
    });
  });

  test('markup the carer typed shows as text on screen and in print, with nothing run', async () => {
    await withPage(app, { answers: HOSTILE, open: '#/documents' }, async ({ page }) => {
      await page.getByRole('heading', { level: 1, name: words('document_pages.list.title') }).waitFor();
      assert.equal(await scrollsSideways(page), false, 'the list scrolls sideways');
      for (const key of DOCUMENTS) {
        await openDocument(page, key);
        for (const media of ['screen', 'print']) {
          await page.emulateMedia({ media });
          const doc = page.locator('.cc-doc');
          assert.equal(await doc.locator('script, img').count(), 0, `${key}: markup became elements`);
          assert.equal(await scrollsSideways(page), false, `${key} scrolls sideways in ${media}`);
          const text = await doc.innerText();
          if (['passport', 'plan-1', 'gp-letter'].includes(key)) {
            assert.ok(text.includes(SCRIPT), `${key} (${media}) shows the script tag as text`);
          }
          if (['passport', 'plan-1'].includes(key)) {
            assert.ok(text.includes(IMG), `${key} (${media}) shows the img tag as text`);
            assert.ok(text.includes(LONG), `${key} (${media}) shows the long text whole`);
          }
          if (key === 'card-1') {
            assert.ok(text.includes('I look after Raj<script>'), `card (${media}): ${text.slice(0, 200)}`);
          }
        }
        await page.emulateMedia({ media: 'screen' });
      }
    });
  });
});
