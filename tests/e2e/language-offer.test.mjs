// Offering the browser's language (issue 17): when the browser prefers a language the app
// has to the one on screen, one line in that language offers it, at the top of every page;
// the app never switches by itself. Who is offered what is a native table
// (tests/native/language_offer.rs); here, what a carer sees in a real browser, and who must
// see no offer.
//
//   make dist && node --test tests/e2e/language-offer.test.mjs

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertAxeClean, openPage, useApp, withPage } from './support/app.mjs';
import { HEADINGS, QUESTIONS, waitForHeading } from './support/part1.mjs';
import { scrollsSideways, widestElements } from './support/journey.mjs';
import { DATA, translation } from './support/wording.mjs';

const app = useApp();
const OFFER = Object.fromEntries(DATA.site.languages.map(({ tag, offer }) => [tag, offer]));

/** A browser whose languages are `locale` first (Chromium takes them from the context's locale). */
const preferring = (locale, viewport) => ({ context: { locale, ...(viewport ? { viewport } : {}) } });

const offerLine = (page) => page.locator('.cc-language-offer');

test('a browser that prefers Polish is offered Polish in Polish, on every page, and the app stays in English until the carer chooses', async () => {
  await withPage(app, preferring('pl-PL', { width: 320, height: 640 }), async (t) => {
    const { page } = t;
    await openPage(t, app.server.url);
    await waitForHeading(page, HEADINGS.start);
    assert.equal(await page.locator('#carer-check').getAttribute('lang'), null, 'the app switched by itself');
    const link = offerLine(page).getByRole('link', { name: OFFER.pl });
    assert.deepEqual([await link.getAttribute('lang'), await link.getAttribute('hreflang')], ['pl', 'pl']);
    assert.equal(await scrollsSideways(page), false, `the offer scrolls sideways: ${await widestElements(page)}`);
    await assertAxeClean(page, 'the start page with the offer of Polish');

    // On a question too, and its link keeps the step.
    const first = QUESTIONS[0];
    await page.evaluate((hash) => (location.hash = hash), `#/carer/${first.id}`);
    await waitForHeading(page, first.title);
    await link.click();
    await waitForHeading(page, translation('pl')[`questions.question.${first.id}.title`]);
    assert.equal(await page.locator('#carer-check').getAttribute('lang'), 'pl');
    assert.equal(await offerLine(page).count(), 0, 'Polish is on screen: nothing to offer');
  });
});

test('Urdu is offered right to left', async () => {
  await withPage(app, preferring('ur-PK'), async (t) => {
    await openPage(t, app.server.url);
    const link = offerLine(t.page).getByRole('link', { name: OFFER.ur });
    assert.deepEqual([await link.getAttribute('lang'), await link.getAttribute('dir')], ['ur', 'rtl']);
  });
});

test('no offer for a browser that prefers English, nor one whose languages the app does not have', async () => {
  for (const locale of ['en-GB', 'de-DE']) {
    await withPage(app, preferring(locale), async (t) => {
      await openPage(t, app.server.url);
      await waitForHeading(t.page, HEADINGS.start);
      assert.equal(await offerLine(t.page).count(), 0, `offered something to a browser in ${locale}`);
    });
  }
});

test('no offer once the carer has chosen the language on screen, by the link or earlier', async () => {
  await withPage(app, preferring('pl-PL'), async (t) => {
    const { page } = t;
    // English chosen by the link: not offered Polish, now or when the plain address opens.
    await openPage(t, `${app.server.url}?lang=en`);
    await waitForHeading(page, HEADINGS.start);
    assert.equal(await offerLine(page).count(), 0, 'offered Polish after choosing English');
    await openPage(t, app.server.url);
    await waitForHeading(page, HEADINGS.start);
    assert.equal(await offerLine(page).count(), 0, 'offered Polish after choosing English earlier');
  });
});
