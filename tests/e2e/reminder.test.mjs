// "Add a reminder to your calendar" on an emergency plan's page (issue 19): a calendar file
// for the day the documents say to look at the plan again, made on the device, with no
// answer in it at all: no name, no need, no number (calendars are often copied online).
// The native test (tests/native/share.rs) reads what the same function makes with a
// calendar library (the `ical` crate); here, the file a carer gets from the page.
//
//   make dist && node --test tests/e2e/reminder.test.mjs

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { WORKING_DAUGHTER, assertAxeClean, useApp, withPage } from './support/app.mjs';
import { openDocument } from './support/journey.mjs';
import { DATA, words } from './support/wording.mjs';

const app = useApp();
const MONTHS = DATA.messages.date.months;

/** "3 June 2027" (the date as the carer reads it) as a calendar writes it: 20270603. */
function basicDate(written) {
  const [, day, month, year] = written.match(/(\d{1,2}) (\S+) (\d{4})/);
  const number = MONTHS.indexOf(month) + 1;
  assert.ok(number > 0, `no month in "${written}"`);
  return `${year}${String(number).padStart(2, '0')}${day.padStart(2, '0')}`;
}

/** Every text the carer typed or chose in `answers`, of three letters or more. */
function answerTexts(value, found = []) {
  if (typeof value === 'string') {
    for (const part of value.split('\n')) if (part.trim().length >= 3) found.push(part.trim());
  } else if (value && typeof value === 'object') {
    for (const inner of Object.values(value)) answerTexts(inner, found);
  }
  return found;
}

test('the plan page saves a calendar file for its review date, with nothing of the answers in it', async () => {
  await withPage(app, { answers: WORKING_DAUGHTER, open: '#/documents' }, async ({ page }) => {
    await openDocument(page, 'plan-1');
    const reviewLine = await page.locator('.cc-doc__dates').first().innerText();
    const reviewOn = reviewLine.split(words('document_pages.preview.review').split('{date}')[0])[1];
    const button = page.getByRole('button', { name: words('document_pages.reminder.button') });
    // The hint names the same day the plan prints.
    const hint = await button.locator('xpath=preceding-sibling::p[1]').innerText();
    assert.ok(hint.includes(basicDateWords(reviewOn)), `the hint "${hint}" does not say ${reviewOn}`);
    await assertAxeClean(page, 'the plan page with the reminder button');

    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    const due = basicDate(reviewOn);
    assert.equal(download.suggestedFilename(), `carer-check-review-${due}.ics`);
    const file = await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8'));

    // A calendar with one all-day event on the review day, in lines a calendar reads.
    assert.ok(file.endsWith('\r\n') && !/[^\r]\n/.test(file), 'every line ends with CRLF');
    for (const line of file.split('\r\n')) assert.ok(Buffer.byteLength(line) <= 75, `a line over 75 octets: ${line}`);
    const unfolded = file.replace(/\r\n /g, '').split('\r\n').filter(Boolean);
    assert.deepEqual(
      unfolded.filter((line) => /^(BEGIN|END):/.test(line)),
      ['BEGIN:VCALENDAR', 'BEGIN:VEVENT', 'BEGIN:VALARM', 'END:VALARM', 'END:VEVENT', 'END:VCALENDAR'],
    );
    assert.ok(unfolded.includes(`DTSTART;VALUE=DATE:${due}`), file);
    assert.ok(unfolded.includes(`SUMMARY:${words('document_pages.reminder.summary')}`), file);
    assert.match(unfolded.find((line) => line.startsWith('UID:')), /^UID:[0-9a-f]{32}@carer-check$/);
    assert.match(unfolded.find((line) => line.startsWith('DTSTAMP:')), /^DTSTAMP:\d{8}T\d{6}Z$/);

    // Nothing the carer wrote or chose: no name, no need, no number.
    const leaked = answerTexts(WORKING_DAUGHTER).filter((text) => file.includes(text));
    assert.deepEqual(leaked, [], 'answers in the calendar file');
    for (const name of ['Raj', 'Priya', 'Shah', 'dementia', '07700']) assert.equal(file.includes(name), false, name);
  });
});

test('only an emergency plan has the reminder', async () => {
  await withPage(app, { answers: WORKING_DAUGHTER, open: '#/documents' }, async ({ page }) => {
    for (const key of ['passport', 'card-1', 'help']) {
      await openDocument(page, key);
      assert.equal(await page.getByRole('button', { name: words('document_pages.reminder.button') }).count(), 0, key);
    }
  });
});

/** The review date's words as the hint writes them (the same words, from the same wording). */
function basicDateWords(written) {
  return written.replace(/[.,].*$/, '').trim();
}
