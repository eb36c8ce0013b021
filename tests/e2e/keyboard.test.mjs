// The whole journey by keyboard alone, in Chromium over the release build in dist/: a
// working daughter whose father has dementia goes from the start page (skip link, "Exit
// this page", where he lives, "Start now") through part 1 to her result, "About you", part 2 (every
// statement of the four areas, a note, what goes well), part 3 (one plan, every page:
// three medicines, a nurse, two people who can step in, he may wander, the suggested
// hospital bag), opens every document's preview (changing the wallet card and the
// employer letter on the way) and the share page — with Tab, Shift+Tab, the arrow keys,
// Space, Enter and typing only.
//
// Checked on the way: no mouse event at all (a spy counts every click, mousedown and
// mouseup made by a pointer; a click made by Enter or Space has detail 0), focus on the new
// page's h1 and the document title on every step change, and a visible focus indicator
// (an outline, box-shadow, background or border that only the focused control shows) on
// every kind of control: skip link, links, button-styled links, buttons, radios,
// checkboxes, text boxes, text areas and phone boxes.
//
//   make dist && node --test tests/e2e/keyboard.test.mjs

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, withPage } from './support/app.mjs';
import { HEADINGS, PERSONAS, QUESTIONS, completePart1, describeFocus, kindOnPage, openApp, titleFor } from './support/part1.mjs';
import { PLAN_PERSONAS } from './support/part3.mjs';
import {
  DOCUMENTS_TITLE,
  HELEN,
  SHARE_TITLE,
  TASKS,
  aboutYouByKeyboard,
  assertFocusVisible,
  documentNames,
  documentTitles,
  focusState,
  installPointerSpy,
  kbCheckbox,
  kbPress,
  kbPressTo,
  kbRadio,
  kbTabTo,
  part2ByKeyboard,
  planByKeyboard,
  pointerEvents,
  taskStatuses,
} from './support/journey.mjs';
import { words } from './support/wording.mjs';

const app = useApp();

const PLAN = PLAN_PERSONAS.fatherWithDementia;
const PLACE_QUESTION = words('site.place.question');

/** A document's preview (`name`) has loaded: its h1 has the focus and the title is `title`. */
async function expectDocument(page, name, title) {
  await page.waitForFunction(
    (title) =>
      document.activeElement?.tagName === 'H1' &&
      document.title === title &&
      document.querySelector('.cc-doc__body')?.childElementCount > 0,
    titleFor(title),
    { timeout: 10_000 },
  ).catch(async () => {
    throw new Error(`the preview of "${name}" did not load with focus on its h1: title "${await page.title()}", focus on ${await describeFocus(page)}`);
  });
}

describe('by keyboard alone', { concurrency: 1 }, () => {
  test('the pointer spy sees a mouse click (so a count of 0 means something)', async () => {
    await withPage(app, async (t) => {
      await installPointerSpy(t.context);
      await openApp(t, app.server.url);
      await t.page.keyboard.press('Tab');
      await t.page.keyboard.press('Enter'); // the skip link, by keyboard: not counted
      assert.deepEqual(await pointerEvents(t.page), []);
      await t.page.getByText(words('councils.council.bury.area'), { exact: true }).click();
      const seen = await pointerEvents(t.page);
      assert.ok(seen.some((e) => e.startsWith('click')) && seen.some((e) => e.startsWith('mousedown')), seen.join('\n'));
    });
  });

  test('a working daughter goes through every part and opens every document with no mouse', { timeout: 180_000 }, async () => {
    await withPage(app, { context: { viewport: { width: 1280, height: 900 } } }, async (t) => {
      await installPointerSpy(t.context);
      const { page } = t;
      page.setDefaultTimeout(10_000);
      await openApp(t, app.server.url);

      // The first Tab reaches the skip link, which shows itself; Enter moves to the content.
      await page.keyboard.press('Tab');
      assert.equal((await focusState(page))?.name, words('site.skip_link'));
      const box = await page.evaluate(() => document.activeElement.getBoundingClientRect().toJSON());
      assert.ok(box.width > 24 && box.height > 24 && box.left >= 0 && box.top >= 0, `the focused skip link is not on screen: ${JSON.stringify(box)}`);
      await assertFocusVisible(page, 'the skip link');
      // Next comes "Exit this page" (not pressed: it leaves), showing its focus; back again.
      await page.keyboard.press('Tab');
      assert.equal((await focusState(page))?.name, words('site.exit.button'));
      await assertFocusVisible(page, words('site.exit.button'));
      await page.keyboard.press('Shift+Tab');
      assert.equal((await focusState(page))?.name, words('site.skip_link'));
      const url = page.url();
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.activeElement?.id === 'cc-main');
      assert.equal(page.url(), url, 'the skip link left the address alone');

      // Where her father lives, then "Start now" (a link drawn as a button).
      await kbRadio(page, PLACE_QUESTION, words('councils.council.bury.area'));
      await kbPressTo(page, words('site.start.start_button'), QUESTIONS[0].title);

      // Part 1. Radios and checkboxes show their focus too.
      const seen = await completePart1(page, PERSONAS.workingCarer, {
        keyboard: true,
        onStep: async (p, now) => {
          const q = QUESTIONS.find((question) => question.title === now);
          if (q && (q.id === 'age' || q.id === 'who')) {
            const kind = await kindOnPage(p);
            await kbTabTo(p, { type: kind });
            await assertFocusVisible(p, `the first ${kind} of "${now}"`);
          }
        },
      });
      assert.equal(seen.at(-1), HEADINGS.carer, seen.join(' → '));
      await kbPressTo(page, words('site.continue'), TASKS);

      await aboutYouByKeyboard(page, HELEN);
      await part2ByKeyboard(page, {
        note: 'The memory clinic never rings me back.',
        positive: words('outcomes.positive.proud.label'),
        ownWords: 'Dad still hums along to the brass band.',
      });
      await planByKeyboard(page, PLAN);
      assert.deepEqual(Object.values(await taskStatuses(page)), [words('site.tasks.completed'), words('site.tasks.completed'), words('site.tasks.completed'), words('site.tasks.completed')], JSON.stringify(await taskStatuses(page)));

      // Every document, each from the list by its link, and back by Shift+Tab to "Back".
      await kbPressTo(page, words('site.tasks.documents'), DOCUMENTS_TITLE);
      for (const [key, name] of Object.entries(documentNames(PLAN.firstName))) {
        await kbPress(page, `See and print: ${name}`, { checkFocus: key === 'passport' });
        await expectDocument(page, name, documentTitles()[key]);
        const text = await page.locator('.cc-doc').innerText();
        if (['passport', 'gp-letter', 'employer-letter'].includes(key)) assert.ok(text.includes(HELEN.name), `${key} lacks her name`);
        if (key === 'card-1') {
          // What the card says about her: add her address.
          await kbCheckbox(page, words('document_pages.card.my_address'), true, { within: words('document_pages.card.choices_title') });
          await page.locator('.cc-card', { hasText: '8 Mill Lane' }).waitFor();
        }
        if (key === 'employer-letter') {
          // Ask for flexible working instead of Carer's Leave.
          let state = await kbTabTo(page, { type: 'radio' });
          await assertFocusVisible(page, 'the request radios');
          for (let i = 0; i < 5 && state.name !== words('document_pages.letter.flexible_working'); i++) {
            await page.keyboard.press('ArrowDown');
            state = await focusState(page);
          }
          assert.equal(state.name, words('document_pages.letter.flexible_working'));
          await page.getByRole('heading', { level: 1, name: words('letters.employer.flexible_working.title') }).waitFor();
        }
        // The print button shows its focus (it is not pressed: that would open the print dialog).
        await kbTabTo(page, { name: words('document_pages.preview.print_button'), tag: 'button' });
        if (key === 'passport') await assertFocusVisible(page, 'the print button');
        await kbPressTo(page, words('site.back'), DOCUMENTS_TITLE, { backwards: true, checkFocus: key === 'passport' });
      }
      await kbPressTo(page, words('site.back'), TASKS, { backwards: true });

      // The share page, from the footer link; its area radios; its "Back" goes to the start.
      await kbPressTo(page, words('site.footer_share'), SHARE_TITLE);
      await kbRadio(page, words('site.share.council'), words('councils.council.manchester.area'));
      await kbTabTo(page, { name: words('site.share.copy'), tag: 'button' });
      await assertFocusVisible(page, 'the copy link button');
      await kbPressTo(page, words('site.back'), HEADINGS.start, { backwards: true });

      assert.deepEqual(await pointerEvents(page), [], 'mouse events happened');
    });
  });
});
