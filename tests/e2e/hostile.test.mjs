// Hostile input by file (issue 14): a crafted answers file with a key safe code, a phone
// number the form refuses, plan ids at the integer limit and repeated, and text built to
// make the code search slow. Loading it takes out what the form would refuse and says
// where; the emergency plan never prints the code; "Add another person" opens a new, empty
// plan; the task list and a plan page stay quick (the default waits, 10 s, would fail if a
// check froze the page as it did: minutes for this much crafted text).
//
//   make dist && node --test tests/e2e/hostile.test.mjs

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertAxeClean, goToHash, useApp, withPage } from './support/app.mjs';
import { openApp, waitForHeading } from './support/part1.mjs';
import { TASKS } from './support/journey.mjs';
import { words } from './support/wording.mjs';

const app = useApp();

const CODE = '4826';
const MAX = 4294967295;

/** Code words far from many numbers: the shape that made the old search cubic. */
const crafted = 'code key safe '.repeat(2_500) + 'a b c d e f g h ' + '123 x '.repeat(6_000);

function craftedFile() {
  const answers = {
    plans: [
      {
        id: MAX,
        name: 'Joan Smith',
        key_holders: `Ann next door has a key. Key safe code ${CODE}.`,
        gp: { name: 'Dr Patel', phone: { number: '0161 496 00AB', keep_anyway: false } },
        daily_routine: crafted,
        takes_no_medicines: true,
        step_in: [{ name: 'Ann Jones', phone: { number: '07700 900123', keep_anyway: false }, agreed_to_be_contacted: true }],
      },
      { id: MAX, name: 'Tom Smith' },
    ],
  };
  const text = JSON.stringify({ format: 'carer-check-answers', schema: 2, app: '0.0.0', saved: '2026-11-22', answers });
  return { name: 'carer-check-answers-2026-11-22.json', mimeType: 'application/json', buffer: Buffer.from(text) };
}

const mainText = (page) => page.locator('.cc-app').innerText();

test('a crafted file loads without what the form refuses, says where, and never prints a code', async () => {
  await withPage(app, async (t) => {
    const { page } = t;
    await openApp(t, app.server.url);
    await page.getByRole('link', { name: words('site.footer_answers') }).click();
    await waitForHeading(page, words('site.your_answers.title'));
    await page.locator('#answers-file').setInputFiles(craftedFile());
    await page.getByRole('button', { name: words('site.your_answers.load_button') }).click();

    // Loaded at once (the app was empty), with what was left out and where.
    const told = page.getByText(words('site.your_answers.loaded_removed').split('{places}')[0]); // then where, filled in
    await told.waitFor();
    const message = await told.innerText();
    assert.match(message, /Emergency plan for Joan: /);
    assert.ok(!message.includes(CODE), 'the message never repeats the code');
    await assertAxeClean(page, 'Your answers after loading');

    // The task list works out each plan's status over the crafted text: quick.
    await goToHash(page, '#/tasks');
    await waitForHeading(page, TASKS);

    // The emergency plan: the words stay, the code and the refused number do not.
    await goToHash(page, '#/documents/plan-1');
    await page.getByText('Ann next door has a key').first().waitFor();
    const printed = await mainText(page);
    assert.ok(!printed.includes(CODE), 'no code on the emergency plan');
    assert.ok(!printed.includes('00AB'), 'no refused phone number on the plan');

    // The plan page with the crafted text saves without freezing.
    await goToHash(page, '#/plans/1/routine');
    await page.getByRole('button', { name: words('plan_pages.save_and_continue') }).waitFor();
    await page.getByRole('button', { name: words('plan_pages.save_and_continue') }).click();
    await page.waitForFunction(() => !location.hash.endsWith('/routine'));

    // Both plans had the largest id there is: each has its own now, and adding opens a new one.
    await goToHash(page, '#/plans');
    await waitForHeading(page, words('plan_pages.list.title'));
    const list = await mainText(page);
    assert.match(list, /Joan Smith/);
    assert.match(list, /Tom Smith/);
    await page.getByRole('button', { name: words('plan_pages.list.add_another') }).click();
    await page.waitForFunction(() => /^#\/plans\/\d+\/person$/.test(location.hash));
    const added = await page.evaluate(() => location.hash);
    assert.ok(!added.includes(String(MAX)), added);
    assert.equal(await page.locator('#name').inputValue(), '', 'a new, empty plan: not Joan’s or Tom’s');
    for (const [id, name] of [
      [1, 'Joan Smith'],
      [2, 'Tom Smith'],
    ]) {
      await goToHash(page, `#/plans/${id}/person`);
      await page.waitForFunction((want) => document.querySelector('#name')?.value === want, name);
    }
    assert.deepEqual(t.pageErrors, []);
    assert.deepEqual(t.otherOrigins(), []);
  });
});
