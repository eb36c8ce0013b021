// Help on screen when it matters, and help lists a carer can use, in Chromium over the
// release build in dist/:
//   - the worst answer to a safety or mental health statement shows who to contact now
//     (999, NHS 111, Samaritans, and Childline for under-18s) right under it, in a polite
//     live region, without moving focus; the start page says the same; axe finds nothing;
//   - the printed "Where to get help" for the three people of personas.test.mjs, and for a
//     carer with many needs: the few that matter most first, the rest under "More help",
//     and the page counts (printed with background graphics on, which must leave no grey);
//   - "How to leave this site quickly" has a way back, the "not a carer" result a way to
//     check again, and no page load asks for a file that is not there (the favicon).
//
//   make dist && node --test tests/e2e/help.test.mjs

import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertAxeClean, savedStepIn, useApp, withPage } from './support/app.mjs';
import { PERSONAS, completePart1 } from './support/part1.mjs';
import { option, rating, words } from './support/wording.mjs';

// Part 2's statements, in the order the carer sees them (src/content/data/outcomes.toml).
const STATEMENTS = [
  'rv-respected', 'rv-listened-to', 'rv-included-in-care', 'rv-know-where-to-get-help', 'rv-say-in-my-help',
  'rv-help-fits', 'rv-right-amount', 'lo-breaks', 'lo-time-to-enjoy', 'lo-part-of-community', 'lo-money',
  'lo-study-and-work', 'lo-understood-at-work', 'mw-own-health', 'mw-sleep-and-rest', 'mw-stress', 'mw-feel-ok',
  'mw-confident', 'mw-kind-relationship', 'mw-keep-in-touch', 'mw-someone-to-speak-up', 'ss-care-safely',
  'ss-moving-safely', 'ss-medicines', 'ss-safe-home', 'ss-if-i-cannot-be-there', 'ss-feel-safe-at-home',
];
/** Every statement rated as personas.test.mjs rates them: most of the time, sometimes, never, in turn. */
const RATED_AS_PERSONAS = Object.fromEntries(
  STATEMENTS.map((id, n) => [id, ['most-of-the-time', 'sometimes', 'never'][n % 3]]),
);

const plan = (name, conditions, extra = {}) => ({
  id: 1, name, conditions,
  step_in: [savedStepIn('Pat Green', 'sister', '07700 900654'), savedStepIn('Sam Brown', 'friend', '07700 900655')],
  ...extra,
});
const outcomes = { ratings: RATED_AS_PERSONAS, notes: {}, goes_well: '', positives: [] };

/** The three people of personas.test.mjs, as saved answers. */
const PEOPLE = {
  'a 15-year-old young carer': {
    carer: {
      age: 'under-16', helps: 'yes', who: ['parent'], why: ['mental-health'], tasks: ['household', 'company'],
      lives_with: 'yes', hours: '10-19', paid: 'no', work: ['study'],
    },
    outcomes,
    plans: [plan('Karen Brown', 'Depression and anxiety')],
  },
  'a working daughter whose father has dementia (the typical carer)': {
    carer: {
      age: '25-64', helps: 'yes', who: ['parent'], why: ['dementia'], tasks: ['medicines', 'appointments', 'money'],
      lives_with: 'no', hours: '20-34', paid: 'no', work: ['employee'],
    },
    outcomes,
    plans: [plan('Arthur Bennett', "Alzheimer's disease and high blood pressure", { may_wander: 'yes', left_alone: 'up-to-an-hour' })],
  },
  'a 78-year-old whose wife had a stroke': {
    carer: {
      age: '65-plus', helps: 'yes', who: ['partner'], why: ['illness-or-disability', 'older-or-frail'],
      tasks: ['personal-care', 'medicines'], lives_with: 'yes', hours: '50-plus', paid: 'no', work: ['neither'],
    },
    outcomes,
    plans: [plan('Susan Wood', 'A stroke in March. Weak on her left side.')],
  },
};

/** A carer with many needs: the list that ran to 20 entries and 6 printed pages. */
const MANY_NEEDS = {
  carer: {
    age: '25-64', helps: 'yes', who: ['parent', 'partner'], why: ['dementia', 'mental-health', 'drugs-or-alcohol'],
    tasks: ['personal-care', 'medicines', 'money'], lives_with: 'yes', hours: '50-plus', paid: 'no', work: ['employee'],
  },
  outcomes: { ...outcomes, ratings: Object.fromEntries(STATEMENTS.map((id) => [id, 'sometimes'])) },
  plans: [{ id: 1, name: 'Joan Hill', conditions: 'Had a stroke. Dementia.', may_wander: 'yes' }],
};

const app = useApp();

const countPages = (pdf) => pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;

const ADULT_NUMBERS = ['999', '111', '116 123'];

/** The numbers in the "If you need help now" block inside `scope`, as links to call. */
async function helpNowNumbers(scope) {
  const block = scope.locator('.cc-help-now');
  await block.waitFor();
  return block.locator('a[href^="tel:"]').evaluateAll((as) => [...new Set(as.map((a) => a.innerText.trim()))]);
}

describe('help on screen when it matters', { concurrency: 2, timeout: 120_000 }, () => {
  test('"Never" to "I feel safe at home" shows who to contact now, under it, without taking focus', async () => {
    const answers = { carer: PEOPLE['a 78-year-old whose wife had a stroke'].carer };
    await withPage(app, { answers, open: '#/wellbeing/staying-safe', noFailedRequests: true }, async ({ page }) => {
      await page.getByRole('heading', { level: 1, name: words('outcomes.area.staying-safe.title') }).waitFor();
      assert.equal(await page.locator('.cc-help-now').count(), 0, 'nothing shows before an answer');
      // Worst answers to statements that are not about safety now show nothing.
      await page.getByRole('group', { name: words('outcomes.statement.ss-moving-safely.text'), exact: true }).getByRole('radio', { name: rating('never'), exact: true }).check();
      assert.equal(await page.locator('.cc-help-now').count(), 0, 'moving and handling is not a crisis');

      const safe = page.getByRole('group', { name: words('outcomes.statement.ss-feel-safe-at-home.text') });
      const never = safe.getByRole('radio', { name: rating('never'), exact: true });
      await never.check();
      const slot = page.locator('.cc-help-now-slot', { has: page.locator('.cc-help-now') });
      assert.deepEqual(await helpNowNumbers(slot), ADULT_NUMBERS, 'an adult gets 999, 111 and Samaritans');
      assert.equal(await slot.getAttribute('aria-live'), 'polite', 'announced politely, not as an alert');
      assert.equal(await page.locator('[role="alert"], [role="alertdialog"], dialog').count(), 0, 'nothing blocks the page');
      assert.equal(await never.evaluate((el) => el === document.activeElement), true, 'focus stays on the answer');
      // Right there: straight after the statement that was answered.
      const follows = await safe.evaluate((group) => {
        const slot = document.querySelector('.cc-help-now').closest('.cc-help-now-slot');
        let el = group.closest('.cc-form-group') ?? group;
        while (el && el.nextElementSibling !== slot && el.parentElement) {
          if (el.nextElementSibling) return false;
          el = el.parentElement;
        }
        return el?.nextElementSibling === slot;
      });
      assert.ok(follows, 'the contacts follow the statement');
      const text = await page.locator('.cc-help-now').innerText();
      assert.ok(text.includes(words('site.help_now.line.1.text', { phone: '111' })), text);
      assert.doesNotMatch(text, /Childline/, 'Childline is for under-18s');
      assert.equal(await page.getByRole('link', { name: '116 123' }).getAttribute('href'), 'tel:116123');
      await assertAxeClean(page, 'Staying safe with help now showing');

      // A better answer takes it away again; the carer can carry on.
      await safe.getByRole('radio', { name: rating('sometimes'), exact: true }).check();
      await page.locator('.cc-help-now').waitFor({ state: 'detached' });
      await page.getByRole('button', { name: words('site.continue') }).click();
      await page.getByRole('heading', { level: 1 }).filter({ hasNotText: words('outcomes.area.staying-safe.title') }).waitFor();
    });
  });

  test('a young carer who never copes with stress also sees Childline; the contacts show once', async () => {
    const answers = { carer: PEOPLE['a 15-year-old young carer'].carer };
    await withPage(app, { answers, open: '#/wellbeing/mentally-and-physically-well', noFailedRequests: true }, async ({ page }) => {
      await page.getByRole('heading', { level: 1, name: words('outcomes.area.mentally-and-physically-well.title') }).waitFor();
      await page.getByRole('group', { name: words('outcomes.statement.mw-feel-ok.text') }).getByRole('radio', { name: rating('never'), exact: true }).check();
      await page.getByRole('group', { name: words('outcomes.statement.mw-stress.text') }).getByRole('radio', { name: rating('never'), exact: true }).check();
      assert.deepEqual(await helpNowNumbers(page), [...ADULT_NUMBERS, '0800 1111']);
      assert.equal(await page.locator('.cc-help-now').count(), 1, 'once on the page');
      // Under the first of the two on the page.
      const first = page.locator('.cc-help-now-slot').first();
      assert.equal(await first.locator('.cc-help-now').count(), 1, 'under the first statement answered Never');
      await assertAxeClean(page, 'Mentally and physically well with help now showing');
    });
  });

  test('the start page says the same', async () => {
    await withPage(app, { open: '#/', noFailedRequests: true }, async ({ page }) => {
      await page.getByRole('heading', { level: 2, name: words('site.help_now.title') }).waitFor();
      assert.deepEqual(await helpNowNumbers(page), [...ADULT_NUMBERS, '0800 1111'], 'age unknown: every line');
      await assertAxeClean(page, 'the start page');
    });
  });
});

describe('where to get help, in print', { concurrency: 2, timeout: 120_000 }, () => {
  const figures = [];
  after(() => {
    // The figures for the report (issue 13): pages of A4 per person.
    console.log(`printed help list pages: ${figures.map(([who, n, first, more]) => `${who}: ${n} (${first} first, ${more} more)`).join('; ')}`);
  });

  for (const [who, answers, maxPages] of [
    ...Object.entries(PEOPLE).map(([who, answers]) => [who, answers, 2]),
    ['a carer with many needs', MANY_NEEDS, 2],
  ]) {
    test(`${who}: the few that matter most first, the rest under More help, on at most ${maxPages} A4 pages`, async () => {
      await withPage(app, { answers, open: '#/documents/help', noFailedRequests: true }, async ({ page }) => {
        await page.locator('.cc-doc__print').waitFor();
        const first = page.locator('section', { has: page.getByRole('heading', { level: 2, name: words('document_pages.help.first_title') }) });
        const firstCount = await first.locator('.cc-help__entry').count();
        assert.ok(firstCount >= 1 && firstCount <= 8, `${firstCount} first`);
        // Each of the first few says why it was suggested.
        assert.equal(await first.locator('.cc-help__why').count(), firstCount);
        const moreCount = await page.locator('.cc-help__more li').count();
        if (moreCount > 0) await page.getByRole('heading', { level: 2, name: words('document_pages.help.more_title') }).waitFor();
        if (answers === MANY_NEEDS) assert.equal(firstCount, 8, 'a long list fills the first eight');
        await assertAxeClean(page, `the help list for ${who}`);

        const pages = countPages(await page.pdf({ format: 'A4', printBackground: true }));
        figures.push([who, pages, firstCount, moreCount]);
        assert.ok(pages >= 1 && pages <= maxPages, `${who}: the help list printed on ${pages} pages`);
      });
    });
  }

  test('printed with background graphics on, no grey block: the page and footer have no background', async () => {
    await withPage(app, { answers: PEOPLE['a 78-year-old whose wife had a stroke'], open: '#/documents/help', noFailedRequests: true }, async ({ page }) => {
      await page.locator('.cc-doc__print').waitFor();
      await page.emulateMedia({ media: 'print' });
      const backgrounds = await page.evaluate(() =>
        ['html', 'body', '.cc-app', '.cc-footer', '.cc-main', '.cc-doc'].map((selector) => {
          const el = document.querySelector(selector);
          const style = el && getComputedStyle(el);
          return [selector, style ? `${style.backgroundColor} ${style.backgroundImage}` : 'missing'];
        }),
      );
      for (const [selector, background] of backgrounds) {
        if (background === 'missing') continue;
        assert.match(background, /^(rgba\(0, 0, 0, 0\)|rgb\(255, 255, 255\)) none$/, `${selector} prints a background: ${background}`);
      }
    });
  });
});

describe('small things', { concurrency: 2, timeout: 120_000 }, () => {
  test('"How to leave this site quickly" goes back to the page the carer came from', async () => {
    await withPage(app, { answers: PEOPLE['a 78-year-old whose wife had a stroke'], open: '#/tasks', noFailedRequests: true }, async ({ page }) => {
      await page.getByRole('heading', { level: 1, name: words('site.tasks.title') }).waitFor();
      await page.getByRole('link', { name: words('site.footer_exit') }).click();
      await page.getByRole('heading', { level: 1, name: words('site.exit.title') }).waitFor();
      await assertAxeClean(page, words('site.exit.title'));
      await page.getByRole('link', { name: words('site.back'), exact: true }).click();
      await page.getByRole('heading', { level: 1, name: words('site.tasks.title') }).waitFor();
      assert.match(page.url(), /#\/tasks$/);
    });
    // Opened on its own, Back goes to the start.
    await withPage(app, { open: '#/leaving-quickly', noFailedRequests: true }, async ({ page }) => {
      await page.getByRole('heading', { level: 1, name: words('site.exit.title') }).waitFor();
      await page.getByRole('link', { name: words('site.back'), exact: true }).click();
      await page.getByRole('heading', { level: 1, name: words('site.start.title') }).waitFor();
    });
  });

  test('the "not a carer" result gives a way to check again, keeping the answers', async () => {
    await withPage(app, { open: '#/', noFailedRequests: true }, async ({ page }) => {
      await completePart1(page, PERSONAS.notACarer);
      await page.getByRole('heading', { level: 1, name: words('result.verdict.not-now.title') }).waitFor();
      await assertAxeClean(page, 'the not-a-carer result');
      await page.getByRole('link', { name: words('site.result.check_again') }).click();
      const first = page.locator('h1, legend h1').first();
      await page.waitForFunction(() => location.hash === '#/carer/age');
      // The earlier answer is still chosen, ready to change.
      assert.equal(await page.getByRole('radio', { name: option('age', '25-64'), exact: true }).isChecked(), true);
      assert.ok((await first.innerText()).length > 0);
    });
  });

  test('the page ships its own icon, so no load asks for a missing file', async () => {
    await withPage(app, { open: '#/', noFailedRequests: true }, async ({ page }) => {
      const icon = await page.locator('link[rel="icon"]').getAttribute('href');
      assert.ok(icon, 'a linked icon');
      const response = await page.request.get(new URL(icon, page.url()).href);
      assert.equal(response.status(), 200, `${icon} is served`);
      assert.match(response.headers()['content-type'] ?? '', /svg/);
    });
  });
});
