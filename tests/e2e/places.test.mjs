// Places: the council chosen by the link or on the start page, its colours and local
// services, the polite note for a council we do not know, and the share page for GP
// receptionists (link, copy button, QR code that decodes to the link, printable cards).
//
// Runs against dist/ (build it first: `make dist`).

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import jsQR from 'jsqr';
import { assertAxeClean, useApp, withPage } from './support/app.mjs';
import { openApp, completePart1, PERSONAS, HEADINGS, titleFor } from './support/part1.mjs';
import { words } from './support/wording.mjs';

const app = useApp({ serverOptions: { prefix: '/carer-check/' } });

const PLACE_QUESTION = words('site.place.question');
const SHARE_LINK_TEXT = words('site.footer_share');
const SHARE_HEADING = words('site.share.title');
const PRESETS = [
  { id: 'bury', area: words('councils.council.bury.area'), primary: 'rgb(0, 89, 79)' },
  { id: 'manchester', area: words('councils.council.manchester.area'), primary: 'rgb(75, 31, 111)' },
  { id: 'birmingham', area: words('councils.council.birmingham.area'), primary: 'rgb(29, 79, 145)' },
  { id: 'worcestershire', area: words('councils.council.worcestershire.area'), primary: 'rgb(0, 90, 57)' },
];
const NATIONAL_BRAND = 'rgb(29, 112, 184)';
const MM = 96 / 25.4; // CSS pixels per millimetre

const placeGroup = (page) => page.getByRole('group', { name: PLACE_QUESTION });
const headerColour = (page) =>
  page.locator('.cc-header').evaluate((element) => getComputedStyle(element).backgroundColor);

/** Part 1 as the working daughter (from the start page), then the "Where to get help" preview; returns its text. */
async function helpListText(page) {
  await completePart1(page, PERSONAS.workingCarer, { checkSteps: false });
  await page.evaluate(() => (location.hash = '#/documents/help'));
  const document = page.locator('.cc-doc');
  await document.waitFor();
  return document.innerText();
}

describe('the council in the link', () => {
  test('?council=worcestershire: its colours, its question answered, and its carers hub in the help list', async () => {
    await withPage(app, { open: '?council=worcestershire' }, async ({ page }) => {
      await placeGroup(page).getByRole('radio', { name: words('councils.council.worcestershire.area') }).waitFor();
      assert.equal(await placeGroup(page).getByRole('radio', { name: words('councils.council.worcestershire.area') }).isChecked(), true);
      assert.equal(await headerColour(page), PRESETS[3].primary);
      await assertAxeClean(page, 'the start page in Worcestershire colours');
      const help = await helpListText(page);
      assert.ok(help.includes(words('councils.council.worcestershire.entry.worcestershire-carers-hub.name')));
      assert.match(help, /www\.carersworcs\.org\.uk/);
    });
  });

  test('an unknown council shows a polite note and the national list, never a blank page', async () => {
    await withPage(app, { open: '?council=atlantis' }, async ({ page }) => {
      const note = page.locator('.cc-main [role="status"]').filter({ hasText: 'atlantis' });
      await note.waitFor();
      assert.match(await note.innerText(), /We do not have local help for “atlantis” yet/);
      assert.equal(await page.locator('h1').first().innerText(), HEADINGS.start);
      assert.equal(await headerColour(page), NATIONAL_BRAND);
      assert.equal(await placeGroup(page).getByRole('radio', { checked: true }).count(), 0);
      await assertAxeClean(page, 'the start page with the unknown-council note');
      const help = await helpListText(page);
      assert.ok(help.includes(words('directory.entry.carers-uk.name')));
      for (const preset of PRESETS) {
        assert.doesNotMatch(help, new RegExp(`${preset.area} (Carers|Council|City)`), preset.id);
      }
    });
  });

  test('markup in the link is shown as text', async () => {
    await withPage(app, { open: '?council=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E' }, async ({ page }) => {
      assert.equal(await page.locator('.cc-main img').count(), 0);
      await page.locator('.cc-main [role="status"]').waitFor();
    });
  });
});

describe('choosing a place on the start page', () => {
  test('each preset changes the colours, keeps AA contrast (axe) and survives a refresh', async () => {
    await withPage(app, { open: true }, async ({ page }) => {
      assert.equal(await headerColour(page), NATIONAL_BRAND);
      for (const preset of PRESETS) {
        await placeGroup(page).getByRole('radio', { name: preset.area }).check();
        assert.equal(await headerColour(page), preset.primary, preset.id);
        await assertAxeClean(page, `the start page in ${preset.area} colours`);
      }
      await page.reload();
      await page.locator('.cc-app h1').first().waitFor();
      await page.waitForFunction(() => window.__ccAppStarted === true);
      assert.equal(await placeGroup(page).getByRole('radio', { name: words('councils.council.worcestershire.area') }).isChecked(), true);
      await placeGroup(page).getByRole('radio', { name: words('site.place.elsewhere') }).check();
      assert.equal(await headerColour(page), NATIONAL_BRAND);
    });
  });

  test("the carer's own choice wins over a link opened later", async () => {
    await withPage(app, { open: true }, async ({ page }) => {
      await placeGroup(page).getByRole('radio', { name: words('councils.council.bury.area') }).check();
      await page.goto(app.server.url + '?council=manchester');
      await page.waitForFunction(() => window.__ccAppStarted === true);
      await placeGroup(page).getByRole('radio', { name: words('councils.council.bury.area') }).waitFor();
      assert.equal(await placeGroup(page).getByRole('radio', { name: words('councils.council.bury.area') }).isChecked(), true);
      const help = await helpListText(page);
      assert.match(help, /Bury/);
      assert.ok(!help.includes(words('councils.council.manchester.entry.manchester-carers-network.name')));
    });
  });
});

describe('the share page', () => {
  test('from the footer: the link, its QR code (decoded), copy, print cards and axe', async () => {
    await withPage(
      app,
      { open: true },
      async ({ page, context }) => {
        await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.server.origin });
        await page.getByRole('link', { name: SHARE_LINK_TEXT }).click();
        await page.getByRole('heading', { level: 1, name: SHARE_HEADING }).waitFor();
        assert.equal(await page.title(), titleFor(SHARE_HEADING));
        const link = page.getByLabel(words('site.share.link_label'));
        assert.equal(await link.inputValue(), app.server.url);
        assert.equal(await decodeQr(page), app.server.url);
        await assertAxeClean(page, 'the share page');

        const group = page.getByRole('group', { name: words('site.share.council') });
        for (const preset of PRESETS) {
          await group.getByRole('radio', { name: preset.area }).check();
          const expected = `${app.server.url}?council=${preset.id}`;
          assert.equal(await link.inputValue(), expected);
          assert.equal(await decodeQr(page), expected, preset.id);
        }
        // The professional's choice is not the carer's: the app's own colours stay.
        assert.equal(await headerColour(page), NATIONAL_BRAND);

        await page.getByRole('button', { name: words('site.share.copy') }).click();
        await page.getByText(words('site.share.copied')).waitFor();
        assert.equal(await page.evaluate(() => navigator.clipboard.readText()), `${app.server.url}?council=worcestershire`);

        // In print only the two A6 cards show, each with the QR code, the line and the link.
        await page.emulateMedia({ media: 'print' });
        const cards = page.locator('.cc-handout__card');
        assert.equal(await cards.count(), 2);
        for (const card of await cards.all()) {
          assert.equal(await card.isVisible(), true);
          const box = await card.boundingBox();
          assert.ok(Math.abs(box.width / MM - 148) < 1, `card width ${box.width / MM} mm`);
          assert.ok(Math.abs(box.height / MM - 105) < 1, `card height ${box.height / MM} mm`);
          const text = await card.innerText();
          assert.ok(text.includes(words('site.share.card_text')), text);
          assert.match(text, /\?council=worcestershire/);
        }
        assert.equal(await page.getByRole('heading', { level: 1 }).isVisible(), false);
        assert.equal(await page.locator('.cc-footer').isVisible(), false);
        await page.emulateMedia({ media: 'screen' });
        assert.equal(await cards.first().isVisible(), false);
      },
    );
  });

  test('reachable at #/share, and the link never carries answers', async () => {
    await withPage(app, { open: '?council=bury' }, async ({ page }) => {
      await page.evaluate(() => (location.hash = '#/share'));
      await page.getByRole('heading', { level: 1, name: SHARE_HEADING }).waitFor();
      // The page's own address (with the query) is not copied: only the chosen area is.
      assert.equal(await page.getByLabel(words('site.share.link_label')).inputValue(), app.server.url);
      assert.doesNotMatch(await decodeQr(page), /#|answers|name=/);
    });
  });
});

/**
 * Draws the on-screen QR code's path on a canvas (Path2D: no image load, so the page's
 * security policy allows it) with its quiet zone, and decodes it with jsQR.
 */
async function decodeQr(page) {
  const svg = page.locator('.cc-qr-preview svg');
  const { width, height, data } = await svg.evaluate((element) => {
    const [, , w, h] = element.getAttribute('viewBox').split(/\s+/).map(Number);
    const scale = 8;
    const canvas = document.createElement('canvas');
    canvas.width = w * scale;
    canvas.height = h * scale;
    const context = canvas.getContext('2d');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.scale(scale, scale);
    context.fillStyle = '#000000';
    context.fill(new Path2D(element.querySelector('path').getAttribute('d')));
    const image = context.getImageData(0, 0, canvas.width, canvas.height);
    return { width: image.width, height: image.height, data: Array.from(image.data) };
  });
  const code = jsQR(Uint8ClampedArray.from(data), width, height);
  assert.ok(code, 'the QR code decodes');
  return code.data;
}
