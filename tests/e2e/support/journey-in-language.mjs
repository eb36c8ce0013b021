// The whole journey in another language (issue 17). journey-in-urdu.test.mjs and
// journey-in-polish.test.mjs set CC_TEST_LANGUAGE and then import this, so every heading,
// label and button the shared steps look for is that language's (wording.mjs).
//
// A carer opens the link with ?lang=<tag> and, by pointer, in that language: answers part 1
// (axe on every question), About you, part 2 and an emergency plan (axe on every plan page),
// reaching the task list. Then every page of the journey (EVERY_PAGE), at 320 px and 1280 px:
//
//   - lang (and dir="rtl" for a right-to-left language) on the app's own element only;
//   - axe finds nothing, and nothing scrolls sideways;
//   - no English left: no text is an English text the language has its own words for and,
//     in a language not written in Latin letters, every Latin-script phrase is one the
//     language's own file keeps in English (a service, a law, a council) or the carer typed.
//
// Right to left, by position (not only by the dir attribute): the back link, the error
// summary and the task list start at the right. Every document prints, the passport (with
// its copy in English) on at most two A4 pages; every document but the help list carries
// that copy, marked lang="en", which the carer can untick.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { newPage } from './harness.mjs';
import { assertAxeClean, useApp, withPage } from './app.mjs';
import { BUTTONS, HEADINGS, openApp, question, submit, waitForHeading } from './part1.mjs';
import { PLAN_PERSONAS } from './part3.mjs';
import { EVERY_PAGE, HELEN, documentNames, scrollsSideways, settle, visit, walkWholeJourney, widestElements } from './journey.mjs';
import { ENGLISH, LANGUAGE, translation } from './wording.mjs';

const PLAN = PLAN_PERSONAS.fatherWithDementia;
const RIGHT_TO_LEFT = ['ur'].includes(LANGUAGE);
const OWN_TEXTS = translation(LANGUAGE);
const WIDTHS = [320, 1280];

// Latin letters, as phrases: words joined by single spaces ("Bury Carers Hub"). Numbers
// and other scripts end a phrase.
const LATIN_PHRASE = /[A-Za-z][A-Za-z'’&.-]*(?: [A-Za-z][A-Za-z'’&.-]*)*/g;
const PLACEHOLDER = /\{\w+\}/g;

/** What the language's own file writes in Latin letters, on purpose: names of services and laws. */
const KEPT_IN_ENGLISH = Object.values(OWN_TEXTS)
  .flatMap((text) => text.replace(PLACEHOLDER, ' ').match(LATIN_PHRASE) ?? [])
  .map((phrase) => phrase.toLowerCase());

/** English texts the language has its own words for: one of these on the page was left in English. */
const ENGLISH_LEFT = new Set(
  Object.entries(ENGLISH)
    .filter(([key, english]) => key in OWN_TEXTS && OWN_TEXTS[key].trim() !== english.trim() && /[A-Za-z]{3}/.test(english))
    .map(([, english]) => english.trim()),
);

/** What the carer typed, line by line: it comes back as typed, in English here. */
const TYPED = [HELEN, PLAN].flatMap(function strings(value) {
  if (typeof value === 'string') return [value, ...value.split('\n')];
  if (Array.isArray(value)) return value.flatMap(strings);
  return value && typeof value === 'object' ? Object.values(value).flatMap(strings) : [];
});

/**
 * The texts of the app on the page, in its own language: text nodes (one per element, so a
 * whole label is one text), names in attributes, and the document title.
 */
const pageTexts = (page) =>
  page.evaluate(() => {
    const root = document.querySelector('#carer-check');
    // Other languages are named in their own words, marked with their own lang.
    const inPageLanguage = (element) => element?.closest('[lang]') === root;
    const texts = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      if (!['SCRIPT', 'STYLE'].includes(element?.tagName) && inPageLanguage(element) && node.textContent.trim()) {
        texts.push(node.textContent.trim());
      }
    }
    for (const element of root.querySelectorAll('[aria-label], [title], [alt], [placeholder]')) {
      for (const name of ['aria-label', 'title', 'alt', 'placeholder']) {
        if (element.hasAttribute(name) && inPageLanguage(element)) texts.push(element.getAttribute(name).trim());
      }
    }
    texts.push(document.title);
    return texts;
  });

/** The English found among `texts`: whole English texts, and (not Latin-script languages) stray Latin phrases. */
export function englishIn(texts) {
  const found = texts.filter((text) => ENGLISH_LEFT.has(text)).map((text) => `"${text}" is the English text`);
  if (!RIGHT_TO_LEFT) return found;
  for (const text of texts) {
    const left = [...TYPED]
      .filter((value) => value.length > 1)
      .sort((a, b) => b.length - a.length)
      .reduce((rest, value) => rest.split(value).join(' '), text)
      .replace(/\S+@\S+|https?:\/\/\S+|\b[\w-]+(\.[\w-]+)+\/?\S*/g, ' ');
    for (const phrase of left.match(LATIN_PHRASE) ?? []) {
      const lower = phrase.toLowerCase();
      if (!KEPT_IN_ENGLISH.some((kept) => kept.includes(lower))) found.push(`"${phrase}" in "${text.slice(0, 80)}"`);
    }
  }
  return found;
}

/** The problems on the page open now: language on the wrong element, English, sideways scroll. */
async function problemsOnPage(page, where, width) {
  const problems = [];
  const root = page.locator('#carer-check');
  if ((await root.getAttribute('lang')) !== LANGUAGE) problems.push(`${where}: lang="${await root.getAttribute('lang')}" on the app`);
  if ((await root.getAttribute('dir')) !== (RIGHT_TO_LEFT ? 'rtl' : null)) problems.push(`${where}: dir="${await root.getAttribute('dir')}" on the app`);
  const html = await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]);
  if (html[0] !== HOST_LANG || html[1] !== '') problems.push(`${where}: the page's own <html> was changed to lang="${html[0]}" dir="${html[1]}"`);
  const texts = await pageTexts(page);
  const h1 = (await page.locator('.cc-app h1').first().innerText()).trim();
  if (!texts.some((text) => text.includes(h1.split('\n')[0]))) problems.push(`${where}: the texts read miss the h1 "${h1}"`);
  problems.push(...englishIn(texts).map((found) => `${where}: ${found}`));
  if (await scrollsSideways(page)) problems.push(`${where} scrolls sideways at ${width} px: ${(await widestElements(page)).join('; ')}`);
  return problems;
}

/** Where `inner` sits in `outer`, in CSS pixels from each side: { left, right }. */
const gaps = (page, outer, inner) =>
  page.evaluate(
    ([outer, inner]) => {
      const o = document.querySelector(outer).getBoundingClientRect();
      const i = document.querySelector(inner).getBoundingClientRect();
      return { left: Math.round(i.left - o.left), right: Math.round(o.right - i.right) };
    },
    [outer, inner],
  );

/** The lang our own index.html gives its <html>: the app never changes it. */
const HOST_LANG = readFileSync(new URL('../../../index.html', import.meta.url), 'utf8').match(/<html[^>]*\slang="([^"]+)"/)[1];

/** Where the text of `inner` (its first line) sits in `outer`, from each side: { left, right }. */
const textGaps = (page, outer, inner) =>
  page.evaluate(
    ([outer, inner]) => {
      const o = document.querySelector(outer).getBoundingClientRect();
      const range = document.createRange();
      range.selectNodeContents(document.querySelector(inner));
      const line = range.getClientRects()[0];
      return { left: Math.round(line.left - o.left), right: Math.round(o.right - line.right) };
    },
    [outer, inner],
  );

let carer; // one tab that has walked the whole journey in LANGUAGE
const app = useApp({
  setup: async () => {
    carer = await newPage(app.browser, app.server, { viewport: { width: 1280, height: 900 } });
  },
  teardown: () => carer?.close(),
});

describe(`the whole journey in ${LANGUAGE}`, { concurrency: 1 }, () => {
  test('the checks find English where it was left', () => {
    const english = [...ENGLISH_LEFT][0];
    assert.ok(englishIn([english]).includes(`"${english}" is the English text`), `"${english}" left in English is not found`);
    assert.deepEqual(englishIn([OWN_TEXTS['site.continue']]), []);
    if (RIGHT_TO_LEFT) assert.equal(englishIn([`${OWN_TEXTS['site.continue']} Save and come back`]).length, 1);
  });

  test(`a carer answers part 1, About you, part 2 and a plan in ${LANGUAGE}, axe clean on every question and plan page`, { timeout: 240_000 }, async () => {
    const { page } = carer;
    page.setDefaultTimeout(15_000);
    await openApp(carer, `${app.server.url}?lang=${LANGUAGE}`);
    await waitForHeading(page, HEADINGS.start);
    const axe = (page, now) => assertAxeClean(page, `${LANGUAGE}: ${now}`);
    const seen = await walkWholeJourney(page, PLAN, { onStep: axe });
    assert.equal(seen.at(-1), HEADINGS.carer);
  });

  test(`every page in ${LANGUAGE}: its lang${RIGHT_TO_LEFT ? ' and dir' : ''}, no English, axe clean and no sideways scroll at 320 px and 1280 px`, { timeout: 300_000 }, async () => {
    const { page } = carer;
    const problems = [];
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      for (const hash of EVERY_PAGE) {
        await visit(page, hash);
        await settle(page);
        problems.push(...(await problemsOnPage(page, hash, width)));
        await assertAxeClean(page, `${LANGUAGE}: ${hash} at ${width} px`);
      }
    }
    await page.setViewportSize({ width: 1280, height: 900 });
    assert.deepEqual([...new Set(problems)], [], [...new Set(problems)].join('\n'));
    assert.deepEqual(carer.pageErrors, [], 'uncaught errors in the page');
  });

  test(`every document prints in ${LANGUAGE}, the passport on at most two A4 pages`, { timeout: 120_000 }, async () => {
    const { page } = carer;
    for (const key of Object.keys(documentNames(''))) {
      await visit(page, `#/documents/${key}`);
      const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
      const pages = pdf.match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
      assert.ok(pages >= 1, `${key} printed nothing`);
      if (key === 'passport') assert.ok(pages <= 2, `the passport in ${LANGUAGE} and English printed on ${pages} pages`);
    }
  });

  test(`every document but the help list (the carer's own) carries a copy in English after the ${LANGUAGE}, for staff, GPs, employers and assessors who read English`, { timeout: 120_000 }, async () => {
    const { page } = carer;
    // "Emergency plan for {name}" -> a pattern with the person's name left open.
    const named = (key) => new RegExp(`^${ENGLISH[key].replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace('{name}', '.+')}$`);
    const withCopy = {
      passport: named('document_pages.names.passport'),
      'plan-1': named('document_pages.names.plan'),
      'card-1': named('document_pages.names.card'),
      'gp-letter': named('document_pages.names.gp'),
      'employer-letter': named('document_pages.names.employer'),
      'assessment-list': named('document_pages.names.assessment'),
    };
    const madeOn = ENGLISH['document_pages.preview.made'].split('{date}')[0];
    for (const key of Object.keys(documentNames(''))) {
      await visit(page, `#/documents/${key}`);
      const copy = page.locator('.cc-app .cc-doc__english');
      if (!(key in withCopy)) {
        assert.equal(await copy.count(), 0, `${key} has an English copy`);
        continue;
      }
      assert.equal(await copy.count(), 1, `${key}: one English copy`);
      assert.deepEqual([await copy.getAttribute('lang'), await copy.getAttribute('dir')], ['en', 'ltr'], key);
      assert.match((await copy.locator('h2').first().innerText()).trim(), withCopy[key], key);
      assert.ok((await copy.locator('.cc-doc__dates').innerText()).startsWith(madeOn), `${key}: the English copy's dates`);
      // The same document: the copy has as many rows and sections as the one in the carer's language.
      const count = (selector) => page.locator(`.cc-app .cc-doc ${selector}`).evaluateAll((els) => els.filter((el) => !el.closest('.cc-doc__english')).length);
      for (const selector of ['.cc-doc__row', '.cc-doc__section', '.cc-card__side', 'li']) {
        assert.equal(await copy.locator(selector).count(), await count(selector), `${key}: ${selector} in the English copy`);
      }
      await assertAxeClean(page, `${key} with its English copy`);
      // On unless the carer takes it off (printing for someone who reads their language).
      const choice = page.getByLabel(OWN_TEXTS['document_pages.preview.english_copy'], { exact: true });
      await choice.uncheck();
      await copy.waitFor({ state: 'detached' });
      await choice.check();
      await copy.waitFor();
    }
    // In print each card, the English one too, keeps its 85 x 55 mm.
    await visit(page, '#/documents/card-1');
    await page.emulateMedia({ media: 'print' });
    const MM = 96 / 25.4;
    const sides = await page.locator('.cc-card__side').evaluateAll((els) => els.map((el) => [el.getBoundingClientRect().width, el.getBoundingClientRect().height]));
    await page.emulateMedia({ media: 'screen' });
    assert.equal(sides.length, 4, 'front and back, in each language');
    for (const [width, height] of sides) {
      assert.ok(Math.abs(width - 85 * MM) <= MM && Math.abs(height - 55 * MM) <= MM, `a card side of ${(width / MM).toFixed(1)} x ${(height / MM).toFixed(1)} mm`);
    }
  });

  if (RIGHT_TO_LEFT) {
    test('right to left by position: the back link, the error summary and the task list start at the right', { timeout: 120_000 }, async () => {
      const { page } = carer;
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 900 });
        const at = `at ${width} px`;

        await visit(page, `#/carer/${question('helps').id}`);
        const back = await gaps(page, '.cc-app h1', '.cc-back-link');
        assert.ok(back.right <= 2 && back.left > back.right, `the back link is not at the right ${at}: ${JSON.stringify(back)}`);

        await visit(page, '#/tasks');
        const rows = await page.locator('.cc-task-list__item--with-link').evaluateAll((items) =>
          items.map((item) => {
            const row = item.getBoundingClientRect();
            const name = item.querySelector('.cc-task-list__link').getBoundingClientRect();
            const status = item.querySelector('.cc-task-list__status')?.getBoundingClientRect();
            return { nameRight: Math.round(row.right - name.right), statusLeft: status && Math.round(status.left - row.left), sameLine: status && status.top < name.bottom, nameLeft: name.left, statusRight: status?.right };
          }),
        );
        assert.ok(rows.length >= 4, `only ${rows.length} tasks`);
        for (const row of rows) {
          assert.ok(row.nameRight <= 2, `a task's name is not at the right ${at}: ${JSON.stringify(row)}`);
          if (row.sameLine) assert.ok(row.statusRight <= row.nameLeft, `a task's status is not left of its name ${at}: ${JSON.stringify(row)}`);
        }
      }
      await page.setViewportSize({ width: 1280, height: 900 });

      // The error summary, on a question not yet answered (a new tab has no answers).
      await withPage(app, {}, async (t) => {
        await openApp(t, `${app.server.url}?lang=${LANGUAGE}#/carer/${question('helps').id}`);
        await waitForHeading(t.page, question('helps').title);
        await submit(t.page, BUTTONS.continue);
        await t.page.locator('.cc-error-summary a').first().waitFor();
        for (const width of WIDTHS) {
          await t.page.setViewportSize({ width, height: 900 });
          await settle(t.page);
          const at = `at ${width} px`;
          const error = await gaps(t.page, '.cc-error-summary', '.cc-error-summary a');
          assert.ok(error.right <= 25 && error.left >= error.right, `the error summary's link is not at the right ${at}: ${JSON.stringify(error)}`);
          const title = await textGaps(t.page, '.cc-error-summary', '.cc-error-summary h2');
          assert.ok(title.right <= 25 && title.left > title.right, `the error summary's title is not at the right ${at}: ${JSON.stringify(title)}`);
        }
      });
    });
  }
});
