// Every language a carer can choose (issue 17): Urdu, Punjabi, Bengali and Polish, each from
// its own file. For each one, opened by its link (?lang=…):
//
//   - the app starts in that language, with lang (and dir="rtl" for Urdu) on the app's own
//     element and the page's <html> left as it was;
//   - the start page says, in that language, that no fluent speaker has checked the
//     translation yet, with a link to the English; the next page does not repeat it;
//   - at 320 px nothing scrolls sideways and axe finds nothing, on the start page and the
//     first question;
//   - the link to the English opens the same journey in English, answers untouched;
//   - the footer of every page names every other language in its own words, and goes to
//     the same page in it.
// In Urdu (right to left) every phone number on the pages and documents that print them
// reads left to right in one piece: "0161 496 0002", never "0002 496 0161".
// Every letter of every language is drawn with a real glyph by the system fonts (Debian's
// Noto fonts, which `make tools` installs), never the empty box of a missing one; in print
// too: a passport printed in each language has a glyph for every letter with the print
// styles on, and its PDF embeds the Noto font of its script (Urdu, Gurmukhi, Bengali).
// And a browser that asks for Polish first still gets English until the carer chooses: the
// app never switches by itself.
// The choice is kept with the answers, never in them (carer-check:language beside
// carer-check:answers): the plain address and a refresh open in it; Exit this page forgets
// it with the tab's answers, and keeping the answers on the device keeps it there too
// (until the carer stops keeping them or deletes them); and switching language mid-journey
// leaves the downloaded answers file byte for byte the same.
//
//   make dist && node --test tests/e2e/languages.test.mjs

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { LANGUAGE_KEY, STORAGE_KEY, WORKING_DAUGHTER, assertAxeClean, downloadAnswers, openPage, openTab, storedText, useApp, waitForStored, withPage } from './support/app.mjs';
import { waitForAppStart } from './support/harness.mjs';
import { HEADINGS, QUESTIONS, checkAnswersRows, waitForHeading } from './support/part1.mjs';
import { scrollsSideways, widestElements } from './support/journey.mjs';
import { DATA, TRANSLATIONS_DIR, WORDING, translation, words } from './support/wording.mjs';

const LANGUAGES = readdirSync(TRANSLATIONS_DIR)
  .filter((name) => name.endsWith('.json'))
  .map((name) => name.slice(0, -'.json'.length))
  .sort();
const RIGHT_TO_LEFT = new Set(['ur']);

/** Answers a carer already has: switching language must leave them byte for byte. */
const SAVED = { carer: { age: '25-64', helps: 'yes', who: ['parent'] } };

const app = useApp();

test('the four languages the councils asked for are there', () => {
  for (const tag of ['bn', 'pa', 'pl', 'ur']) assert.ok(LANGUAGES.includes(tag), `no ${tag}.json`);
});

test('dist/lang holds each language (its file and its page for where the app cannot start) and the pseudo-locale, nothing from another build', () => {
  const want = [...LANGUAGES.flatMap((tag) => [`${tag}.bin`, `${tag}.html`]), 'en-XA.bin'].sort();
  assert.deepEqual(readdirSync(path.join(app.root, 'lang')).sort(), want);
});

describe('each language, from its link', { concurrency: 1 }, () => {
  for (const tag of LANGUAGES) {
    const texts = translation(tag);
    test(`${tag}: the journey starts in ${tag}, says honestly it is unchecked, and links to English`, () =>
      withPage(app, { context: { viewport: { width: 320, height: 640 } } }, async (t) => {
        const { page } = t;
        await openPage(t, `${app.server.url}?lang=${tag}`);
        const root = page.locator('#carer-check');
        assert.equal(await root.getAttribute('lang'), tag);
        assert.equal(await root.getAttribute('dir'), RIGHT_TO_LEFT.has(tag) ? 'rtl' : null);
        const ownLang = readFileSync(path.join(app.root, 'index.html'), 'utf8').match(/<html[^>]*\slang="?([^"\s>]+)/)[1];
        assert.equal(await page.evaluate(() => document.documentElement.getAttribute('lang')), ownLang, 'the page’s own <html> changed');
        assert.equal(await page.evaluate(() => document.documentElement.getAttribute('dir')), null);

        await waitForHeading(page, texts['site.start.title']);
        assert.equal(await page.getByText(texts['site.language_not_loaded']).count(), 0);
        const note = page.locator('.cc-app [role="note"]');
        assert.equal((await note.innerText()).includes(texts['site.language_unreviewed']), true, 'no note that the translation is unchecked');
        const english = note.getByRole('link', { name: texts['site.language_in_english'] });
        assert.equal(await english.count(), 1);

        assert.equal(await scrollsSideways(page), false, `the start page scrolls sideways: ${await widestElements(page)}`);
        await assertAxeClean(page, `the start page in ${tag}`);

        // The first question, by its address: no note there, still in the language.
        const first = QUESTIONS[0];
        await page.goto(`${app.server.url}?lang=${tag}#/carer/${first.id}`);
        await waitForHeading(page, texts[`questions.question.${first.id}.title`]);
        assert.equal(await page.locator('.cc-app [role="note"]').count(), 0, 'the note is only on the start page');
        assert.equal(await scrollsSideways(page), false, `a question scrolls sideways: ${await widestElements(page)}`);
        await assertAxeClean(page, `the first question in ${tag}`);
      }));

    test(`${tag}: the link to English keeps the answers as they were`, () =>
      withPage(app, { answers: SAVED }, async (t) => {
        const { page } = t;
        await openPage(t, `${app.server.url}?lang=${tag}`);
        const saved = await page.evaluate((key) => sessionStorage.getItem(key), STORAGE_KEY);
        await page.getByRole('link', { name: texts['site.language_in_english'] }).click();
        await waitForHeading(page, HEADINGS.start);
        assert.equal(new URL(page.url()).searchParams.get('lang'), 'en');
        assert.equal(await page.locator('#carer-check').getAttribute('lang'), null);
        assert.equal(await page.locator('#carer-check').getAttribute('dir'), null);
        assert.equal(await page.getByText(words('site.language_unreviewed')).count(), 0);
        assert.equal(await page.evaluate((key) => sessionStorage.getItem(key), STORAGE_KEY), saved, 'the answers changed');
      }));
  }
});

/** The languages the footer names, each in its own words (site.toml, never translated). */
const NAMES = Object.fromEntries(DATA.site.languages.map(({ tag, name }) => [tag, name]));

/**
 * Every number of two or more groups ("0161 496 0002") in the app, with the groups as they
 * lie on screen: a number whose groups do not run left to right is read in the wrong order.
 */
const numbersOutOfOrder = (page) =>
  page.evaluate(() => {
    const wrong = [];
    const walker = document.createTreeWalker(document.querySelector('.cc-app'), NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const match of node.textContent.matchAll(/\d{2,}(?: \d{2,})+/g)) {
        const lefts = [];
        let at = match.index;
        for (const group of match[0].split(' ')) {
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + group.length);
          lefts.push(range.getBoundingClientRect().left);
          at += group.length + 1;
        }
        if (lefts.some((left, i) => i > 0 && left <= lefts[i - 1])) wrong.push(match[0]);
      }
    }
    return wrong;
  });

test('in Urdu every phone number reads left to right, on screen and in each document', () =>
  withPage(app, { answers: WORKING_DAUGHTER }, async (t) => {
    const { page } = t;
    const pages = ['#/plans/1/check', ...['passport', 'plan-1', 'card-1', 'help', 'gp-letter', 'employer-letter'].map((d) => `#/documents/${d}`)];
    let numbers = 0;
    for (const hash of pages) {
      await openPage(t, `${app.server.url}?lang=ur${hash}`);
      assert.equal(await page.locator('#carer-check').getAttribute('dir'), 'rtl');
      numbers += await page.evaluate(() => (document.querySelector('.cc-app').textContent.match(/\d{2,}(?: \d{2,})+/g) ?? []).length);
      assert.deepEqual(await numbersOutOfOrder(page), [], `${hash}: numbers whose groups are out of order`);
    }
    assert.ok(numbers >= pages.length, `only ${numbers} numbers seen: the check looked at nothing`);
  }));

/** The characters of `chars` drawn as the missing-glyph box or as nothing, in `font`. */
const undrawable = (page, chars, fontOf = '.cc-app h1') =>
  page.evaluate(([chars, fontOf]) => {
    const font = `32px ${getComputedStyle(document.querySelector(fontOf)).fontFamily}`;
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 64;
    const pen = canvas.getContext('2d', { willReadFrequently: true });
    const draw = (text) => {
      pen.clearRect(0, 0, 64, 64);
      pen.font = font;
      pen.fillText(text, 8, 44);
      return pen.getImageData(0, 0, 64, 64).data.join();
    };
    const box = draw('\u0378'); // unassigned: no font has it
    const nothing = draw(' ');
    return chars.filter((c) => [box, nothing].includes(draw(c)));
  }, [chars, fontOf]);

/** The fonts a printed PDF embeds ("NotoSansBengali-Regular"), subset prefix taken off. */
const embeddedFonts = (pdf) => [...new Set([...pdf.toString('latin1').matchAll(/\/BaseFont\s*\/(?:[A-Z]{6}\+)?([^\s/>]+)/g)].map((m) => m[1]))];

/** The Debian Noto font each script not written in Latin letters must be printed with. */
const SCRIPT_FONTS = { ur: /Arabic|Urdu|Nastaliq|Naskh/, pa: /Gurmukhi/, bn: /Bengali/ };

test('every letter of every language is drawn with a real glyph, on screen and so in print', () =>
  withPage(app, {}, async (t) => {
    await openPage(t, app.server.url);
    // The check itself can fail: a character no font has is caught.
    assert.deepEqual(await undrawable(t.page, ['\u0378', '\u{10FFFD}', 'a']), ['\u0378', '\u{10FFFD}']);
    for (const tag of LANGUAGES) {
      const text = Object.values(translation(tag)).join('');
      const chars = [...new Set(text.replace(/[\s\p{Cf}\x00-\x7F]/gu, ''))];
      assert.deepEqual(await undrawable(t.page, chars), [], `${tag}: characters with no glyph (run \`make tools\` for the fonts)`);
    }
  }));

test('in print too: every letter of a printed passport has a glyph, and each script prints in a font made for it', async () => {
  for (const tag of LANGUAGES) {
    await withPage(app, { answers: WORKING_DAUGHTER, open: `?lang=${tag}#/documents/passport` }, async ({ page }) => {
      await page.locator(`#carer-check[lang="${tag}"] .cc-doc__body > *`).first().waitFor();
      await page.emulateMedia({ media: 'print' });
      const chars = [...new Set((await page.locator('.cc-doc').innerText()).replace(/[\s\p{Cf}\x00-\x7F]/gu, ''))];
      assert.ok(tag === 'pl' || chars.length > 20, `${tag}: the passport has only ${chars.length} letters of its script`);
      assert.deepEqual(await undrawable(page, chars, '.cc-doc'), [], `${tag}: letters of the printed passport with no glyph`);
      const fonts = embeddedFonts(await page.pdf({ format: 'A4' }));
      if (SCRIPT_FONTS[tag]) assert.ok(fonts.some((font) => SCRIPT_FONTS[tag].test(font)), `${tag}: printed with ${fonts.join(', ')}`);
    });
  }
});

describe('choosing a language', { concurrency: 1 }, () => {
  test('a browser asking for Polish first still starts in English: nothing switches by itself', () =>
    withPage(app, { context: { locale: 'pl-PL' } }, async (t) => {
      await openPage(t, app.server.url);
      await waitForHeading(t.page, HEADINGS.start);
      assert.equal(await t.page.locator('#carer-check').getAttribute('lang'), null);
      assert.equal(await t.page.locator('.cc-footer__languages a[lang="pl"]').count(), 1, 'Polish is one tap away');
    }));

  test('the footer names every other language in its own words and keeps the page', () =>
    withPage(app, {}, async (t) => {
      const { page } = t;
      const first = QUESTIONS[0];
      await openPage(t, `${app.server.url}?lang=ur#/carer/${first.id}`);
      const footer = page.locator('.cc-footer__languages a');
      const named = await footer.evaluateAll((links) => links.map((a) => [a.lang, a.hreflang, a.textContent]));
      assert.deepEqual(
        named,
        Object.entries(NAMES).filter(([tag]) => tag !== 'ur').map(([tag, name]) => [tag, tag, name]),
      );
      await page.locator('.cc-footer__languages a[lang="pl"]').click();
      await waitForHeading(page, translation('pl')[`questions.question.${first.id}.title`]);
      assert.equal(await page.locator('#carer-check').getAttribute('lang'), 'pl');
      assert.equal(await page.locator('#carer-check').getAttribute('dir'), null);
      assert.equal(new URL(page.url()).hash, `#/carer/${first.id}`);
    }));

});

describe('the language is kept with the answers', { concurrency: 1 }, () => {
  const pl = translation('pl');
  const ur = translation('ur');
  const NEUTRAL = 'https://www.bbc.co.uk/weather';
  /** The neutral site Exit this page goes to, answered here: nothing leaves this machine. */
  const neutralSite = (t) =>
    t.page.route(`${NEUTRAL}**`, (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Weather</title><h1>Weather</h1>' }));
  const kept = (page, where = 'sessionStorage') => storedText(page, { key: LANGUAGE_KEY, where });
  const appLang = (page) => page.locator('#carer-check').getAttribute('lang');

  /** Opens `url` and waits for the start page in `texts` (English when not given). */
  async function openStart(t, url, texts) {
    await openPage(t, url);
    await waitForHeading(t.page, texts ? texts['site.start.title'] : HEADINGS.start);
  }

  /** Leaves with Exit this page (its button, in Polish) and waits for the neutral site. */
  async function exitThisPage(page) {
    await page.getByRole('link', { name: pl['site.exit.button'] }).click();
    await page.waitForURL(NEUTRAL);
  }

  test('Polish chosen from the footer: the plain address and a refresh open in Polish; ?lang=en chooses English again', () =>
    withPage(app, { open: true }, async (t) => {
      const { page } = t;
      await waitForHeading(page, HEADINGS.start);
      await page.locator('.cc-footer__languages a[lang="pl"]').click();
      await waitForHeading(page, pl['site.start.title']);
      assert.equal(await kept(page), 'pl');
      assert.equal(await kept(page, 'localStorage'), null, 'kept on the device, though the carer did not ask for that');

      await openStart(t, app.server.url, pl);
      assert.equal(await appLang(page), 'pl', 'the plain address');
      await page.reload();
      await waitForHeading(page, pl['site.start.title']);
      assert.equal(await appLang(page), 'pl', 'after a refresh');
      await page.goto(`${app.server.url}#/carer/${QUESTIONS[0].id}`);
      await waitForHeading(page, pl[`questions.question.${QUESTIONS[0].id}.title`]);

      await openStart(t, `${app.server.url}?lang=en`);
      assert.equal(await kept(page), 'en');
      await openStart(t, app.server.url);
      assert.equal(await appLang(page), null, 'English, chosen by its link, was not kept');
    }));

  test('Exit this page forgets the language with the tab\'s answers; kept on the device, it stays until the carer stops keeping or deletes', () =>
    withPage(app, { answers: SAVED, checks: ['pageErrors'], setup: neutralSite }, async (t) => {
      const { page } = t;
      // Answers kept in this tab only: Exit this page leaves nothing, the language included.
      await openStart(t, `${app.server.url}?lang=pl`, pl);
      assert.equal(await kept(page), 'pl');
      await exitThisPage(page);
      await openStart(t, app.server.url);
      assert.equal(await appLang(page), null, 'still in Polish after Exit this page');
      assert.equal(await kept(page), null);
      assert.equal(await storedText(page), null, 'the answers are gone too');

      // Kept on the device: Exit this page leaves them, and the language, in place.
      await openStart(t, `${app.server.url}?lang=pl`, pl);
      await page.getByRole('link', { name: pl['site.footer_answers'] }).click();
      await waitForHeading(page, pl['site.your_answers.title']);
      await page.getByLabel(pl['site.your_answers.keep_label']).check();
      await waitForStored(page, 'pl', { key: LANGUAGE_KEY, where: 'localStorage' });
      await exitThisPage(page);
      await openStart(t, app.server.url, pl);
      assert.equal(await appLang(page), 'pl', 'Exit this page took the language kept on the device');
      const other = await openTab(t, app.server.url);
      await waitForHeading(other, pl['site.start.title']);
      assert.equal(await appLang(other), 'pl', 'a new tab is not in the language kept on the device');
      await other.close();

      // Stop keeping on the device: the device's copy goes, the tab's stays.
      await page.goto(`${app.server.url}#/your-answers`);
      await waitForHeading(page, pl['site.your_answers.title']);
      await page.getByLabel(pl['site.your_answers.keep_label']).uncheck();
      await waitForStored(page, null, { key: LANGUAGE_KEY, where: 'localStorage' });
      assert.equal(await kept(page), 'pl');
      const third = await openTab(t, app.server.url);
      await waitForHeading(third, HEADINGS.start);
      await third.close();

      // Kept on the device again, then Delete my answers: gone from both.
      await page.getByLabel(pl['site.your_answers.keep_label']).check();
      await waitForStored(page, 'pl', { key: LANGUAGE_KEY, where: 'localStorage' });
      await page.getByRole('link', { name: pl['site.your_answers.delete_button'] }).click();
      await waitForHeading(page, pl['site.your_answers.confirm_title']);
      await page.getByRole('button', { name: pl['site.your_answers.confirm_button'] }).click();
      await waitForHeading(page, pl['site.start.title']);
      assert.equal(await kept(page), null);
      assert.equal(await kept(page, 'localStorage'), null);
      await openStart(t, app.server.url);
      assert.equal(await appLang(page), null, 'the language outlived Delete my answers');
    }));

  test('switching to Urdu mid-journey keeps every answer: the downloaded file is byte for byte the same', () =>
    withPage(app, { answers: WORKING_DAUGHTER, open: '#/carer/check' }, async (t) => {
      const { page } = t;
      /** The check page's answers, as the ids they show in `texts` (each label read back to its id). */
      const answerIds = async (texts) => {
        const rows = await checkAnswersRows(page);
        return Object.fromEntries(
          QUESTIONS.filter(({ id }) => texts[`questions.question.${id}.check_label`] in rows).map(({ id }) => {
            const ids = Object.keys(texts)
              .map((key) => key.match(new RegExp(`^questions\\.question\\.${id}\\.options\\.(.+)\\.label$`)))
              .filter((match) => match && rows[texts[`questions.question.${id}.check_label`]].includes(texts[match[0]]))
              .map((match) => match[1])
              .sort();
            return [id, ids];
          }),
        );
      };
      const english = WORDING;
      await waitForHeading(page, english['site.check.title']);
      const shownBefore = await answerIds(english);
      await page.getByRole('link', { name: english['site.footer_answers'] }).click();
      await waitForHeading(page, english['site.your_answers.title']);
      const before = await downloadAnswers(page, english['site.your_answers.download_button']);
      const storedBefore = await storedText(page);

      // Back to the check page, then Urdu from the footer: a new page load, mid-journey.
      await page.goto(`${app.server.url}#/carer/check`);
      await waitForHeading(page, english['site.check.title']);
      await page.locator('.cc-footer__languages a[lang="ur"]').click();
      await waitForHeading(page, ur['site.check.title']);
      assert.equal(await appLang(page), 'ur');
      const shownAfter = await answerIds(ur);
      assert.deepEqual(shownAfter, shownBefore, 'the check page shows other answers in Urdu');
      const expected = Object.fromEntries(
        Object.entries(WORKING_DAUGHTER.carer).map(([field, answer]) => [field.replaceAll('_', '-'), [answer].flat().sort()]),
      );
      assert.deepEqual(shownBefore, expected, 'the check page does not show the seeded answers');

      await page.getByRole('link', { name: ur['site.footer_answers'] }).click();
      await waitForHeading(page, ur['site.your_answers.title']);
      const after = await downloadAnswers(page, ur['site.your_answers.download_button']);
      assert.equal(after.name, before.name);
      assert.equal(after.text, before.text, 'the answers file changed with the language');
      assert.equal(await storedText(page), storedBefore, 'the stored answers changed with the language');
      assert.doesNotMatch(after.text, /"lang(uage)?"\s*:/, 'the language is in the answers file');
    }));

  test('a kept language whose file cannot be loaded leaves the app in English with the note; one that is not a tag is passed over', () =>
    // The missing file is a 404 in the console on purpose: uncaught errors and other origins are checked.
    withPage(app, { checks: ['pageErrors', 'otherOrigins'] }, async (t) => {
      const { page } = t;
      const note = page.locator('.cc-app .cc-notice', { hasText: words('site.language_not_loaded') });
      await openStart(t, app.server.url);
      for (const [value, noted] of [['zz', 1], ['../index', 0]]) {
        await page.evaluate(([key, value]) => sessionStorage.setItem(key, value), [LANGUAGE_KEY, value]);
        await page.reload();
        await waitForAppStart(t);
        await waitForHeading(page, HEADINGS.start);
        assert.equal(await note.count(), noted, `kept "${value}"`);
        assert.equal(await appLang(page), null, `kept "${value}"`);
      }
      // A link that cannot be loaded never replaces a kept choice that works.
      await page.evaluate((key) => sessionStorage.setItem(key, 'pl'), LANGUAGE_KEY);
      await openStart(t, `${app.server.url}?lang=zz`);
      assert.equal(await note.count(), 1);
      assert.equal(await kept(page), 'pl');
      await openStart(t, app.server.url, pl);
    }));
});
