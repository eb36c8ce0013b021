// Embedding on a council's website with the snippet: a fixture council page (its own
// styles, a heavy-handed reset with !important, links, hash links, security policy and a
// script of its own that records everything it can see) on one origin loads embed.js from
// the app's origin. The snippet puts the app's own page in an iframe: the app takes the
// council from data-council, works through part 1 and an emergency plan, leaves the
// host's links and styles alone (and the host's styles leave it alone), and the page with
// it passes axe. The host's script never sees an answer: not in its storage, the page's
// title or address, the messages it gets, or the frame (issue 14, "Leaks"). Exit this page
// still looks like a button and leaves the whole page.
//
// Runs against dist/ (build it first: `make dist`).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, writeFile, copyFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from './support/harness.mjs';
import { LANGUAGE_KEY, assertAxeClean, useApp, withPage } from './support/app.mjs';
import { completePart1, choose, question, submit, PERSONAS, HEADINGS, BUTTONS, titleFor, waitForHeading } from './support/part1.mjs';
import { PLAN_PERSONAS, PLAN_TEXT, fillPlan, planHeadings } from './support/part3.mjs';
import { documentTitles } from './support/journey.mjs';
import { option, translation, words } from './support/wording.mjs';

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');
const STYLES = ['font-family', 'color', 'margin-top', 'margin-bottom', 'line-height', 'font-size', 'letter-spacing', 'text-transform'];
const HOST_TITLE = 'Support for carers – Example Borough Council';
const NEUTRAL = 'https://www.bbc.co.uk/weather';
const EXIT = words('site.exit.button');

// The app's own origin (no CORS header: the frame loads the app's files as its own) and
// the council's, serving the host pages made from fixtures/.
let hostRoot;
let host;

const app = useApp({
  serverOptions: { prefix: '/carer-check/' },
  setup: makeHost,
  teardown: async () => {
    await host?.close();
    if (hostRoot) await rm(hostRoot, { recursive: true, force: true });
  },
});

async function makeHost() {
  hostRoot = await mkdtemp(path.join(tmpdir(), 'cc-host-'));
  const page = (await readFile(path.join(FIXTURES, 'host.html'), 'utf8'))
    .replaceAll('__APP_ORIGIN__', app.server.origin)
    .replaceAll('__APP_URL__', app.server.url);
  await writeFile(path.join(hostRoot, 'host.html'), page);
  // The same page without the snippet, to compare the host's own styles.
  await writeFile(path.join(hostRoot, 'plain.html'), page.replace(/<script src="[^"]*embed\.js" defer><\/script>/, ''));
  // The same page with the iframe embed (README, option 1) in place of the snippet.
  await writeFile(
    path.join(hostRoot, 'iframe.html'),
    page.replace(/<script src="[^"]*embed\.js" defer><\/script>/, '').replace(/<p>Carer Check is loading\.<\/p>/, `<iframe src="${app.server.url}?council=bury" title="Carer Check" style="width: 100%; height: 80rem; border: 0"></iframe>`),
  );
  // The same page naming its language for the app (data-lang="pl").
  await writeFile(path.join(hostRoot, 'host-pl.html'), page.replace('data-council="bury"', 'data-council="bury" data-lang="pl"'));
  for (const file of ['host.css', 'reset.css', 'spy.js', 'other.html']) await copyFile(path.join(FIXTURES, file), path.join(hostRoot, file));
  host = await startServer({ root: hostRoot });
}

/**
 * withPage's options for a page whose "own" origin is the council's: requests to the app's
 * origin are allowed too (and the neutral site is a local stand-in); every violation of the
 * host's policy is recorded (read with cspViolations). Uncaught errors are checked after.
 */
const ON_THE_COUNCIL_PAGE = () => ({
  server: host,
  checks: ['pageErrors'],
  setup: async (t) => {
    // Two origins are ours here: the council's page and the app's files.
    await t.context.unrouteAll({ behavior: 'ignoreErrors' });
    await t.context.route(
      (url) => /^(https?|wss?):$/.test(url.protocol) && url.origin !== host.origin && url.origin !== app.server.origin,
      (route) =>
        route.request().url().startsWith(NEUTRAL)
          ? route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Weather</title><h1>Weather</h1>' })
          : route.abort('blockedbyclient'),
    );
    await t.page.addInitScript(() => {
      window.__cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        window.__cspViolations.push(`${e.effectiveDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
      );
    });
  },
});

/** What the page asked of the app's origin. */
const appRequests = (t) => t.requests.filter((url) => url.startsWith(app.server.origin));
/** What it asked of anywhere but the two origins and the neutral site. */
const elsewhere = (t) =>
  t.requests.filter((url) => /^https?:/.test(url) && !url.startsWith(app.server.origin) && !url.startsWith(host.origin) && !url.startsWith(NEUTRAL));
/** The host policy's violations so far. */
const cspViolations = (t) => t.page.evaluate(() => window.__cspViolations);

/** Opens the council page and waits for the app in its frame; returns the frame. */
async function openHost(page) {
  await page.goto(host.url + 'host.html');
  const element = await page.locator('#carer-check iframe').elementHandle();
  const frame = await element.contentFrame();
  await frame.locator('.cc-app h1', { hasText: HEADINGS.start }).waitFor();
  await frame.waitForFunction(() => window.__ccAppStarted === true);
  return frame;
}

const styleOf = (locator) =>
  locator.evaluate((element, names) => {
    const style = getComputedStyle(element);
    return Object.fromEntries(names.map((name) => [name, style.getPropertyValue(name)]));
  }, STYLES);

test('the snippet embeds the app on a council page without either touching the other', async () => {
  await withPage(app, ON_THE_COUNCIL_PAGE(), async (t) => {
  const { page } = t;
    const frame = await openHost(page);
    const widget = frame.locator('.cc-app');

    // The frame is in its element only; the host's own content is all still there.
    assert.equal(await page.locator('body > *').count(), 2, 'only the host’s header and main');
    assert.equal(await page.locator('main > h1').textContent(), 'Support for carers');
    assert.match(await page.locator('#host-contact').innerText(), /0161 496 0000/);
    assert.equal(await page.locator('#carer-check > *').count(), 1, 'one frame, nothing else');
    assert.equal(await page.locator('#carer-check iframe').getAttribute('title'), 'Carer Check', 'the frame is named');
    assert.equal(await page.locator('.cc-app').count(), 0, 'none of the app is in the council’s page');
    assert.equal(await widget.count(), 1);
    assert.equal(await page.locator('main main').count(), 0, 'one main landmark in the council’s page');
    // No style sheet of ours in the council's page, and nothing fetched from anywhere else.
    assert.equal(await page.locator('head link[data-carer-check], link[href*="carer-check"]').count(), 0);
    assert.deepEqual(elsewhere(t), []);
    assert.ok(appRequests(t).some((url) => url.endsWith('.wasm')));

    // data-council="bury": Bury is chosen, in Bury's colours.
    assert.equal(await widget.getByRole('radio', { name: words('councils.council.bury.area') }).isChecked(), true);
    assert.equal(await widget.locator('.cc-header').evaluate((e) => getComputedStyle(e).backgroundColor), 'rgb(0, 89, 79)');

    // The host's paragraphs look exactly as they do without the app.
    const plain = await app.browser.newPage();
    await plain.goto(host.url + 'plain.html');
    for (const selector of ['#host-intro', '#host-contact', 'main > h1', '#to-other']) {
      assert.deepEqual(await styleOf(page.locator(selector)), await styleOf(plain.locator(selector)), selector);
    }
    // And the app's paragraphs look exactly as they do on our own page.
    await plain.goto(app.server.url);
    // index.html's own page has the same h1 before the app replaces it: wait for the app's footer.
    await plain.locator('.cc-app .cc-footer').waitFor();
    for (const selector of ['.cc-body-l', '.cc-body', '.cc-heading-xl', '.cc-list li', '.cc-radios__label', '.cc-exit__button']) {
      assert.deepEqual(await styleOf(widget.locator(selector).first()), await styleOf(plain.locator(selector).first()), selector);
    }
    await plain.close();

    // The snippet needs nothing beyond the documented policy. (Checked before axe runs:
    // axe itself adds inline styles to measure the page.)
    assert.deepEqual(await cspViolations(t), []);
    await assertAxeClean(page, 'the council page with the app');
    await assertAxeClean(frame, 'the app’s frame');

    // Part 1 inside the frame, every step with its focus and title checked.
    await completePart1(frame, PERSONAS.workingCarer);
    await frame.locator('.cc-app h1', { hasText: HEADINGS.carer }).waitFor();
    assert.deepEqual(await cspViolations(t), [], 'part 1 needs nothing beyond the documented policy');
    // The steps' addresses are the frame's, not the council page's.
    assert.equal(await frame.evaluate(() => location.hash), '#/carer/result');
    assert.equal(page.url(), host.url + 'host.html');
    assert.equal(await page.title(), HOST_TITLE);
    // The council's page is the council's: the snippet registers no service worker on it.
    assert.equal(await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((all) => all.length)), 0);
    // The frame is as tall as the app's page: no scroll bar inside it.
    const tall = await frame.evaluate(() => document.documentElement.getBoundingClientRect().height);
    await page.waitForFunction((h) => Math.abs(document.querySelector('#carer-check iframe').getBoundingClientRect().height - h) <= 1, tall);
    assert.ok(await frame.evaluate(() => document.documentElement.scrollHeight <= innerHeight + 1), 'no scrolling inside the frame');

    // The host's own hash link still works, and does not move the app.
    await page.locator('#to-contact').click();
    await page.waitForFunction(() => location.hash === '#contact');
    assert.ok(await page.evaluate(() => window.scrollY > 0), 'scrolled to the contact section');
    assert.equal(await frame.locator('.cc-app h1').innerText(), HEADINGS.carer);
    // Back returns the council's page to where it was, and then moves through the app.
    await page.goBack();
    await page.waitForFunction(() => location.hash === '');
    assert.equal(await frame.locator('.cc-app h1').innerText(), HEADINGS.carer);
    await page.evaluate(() => history.back());
    await frame.waitForFunction((was) => document.querySelector('.cc-app h1')?.textContent.trim() !== was, HEADINGS.carer);
    assert.equal(await frame.evaluate(() => location.hash), '#/carer/check');

    // The host's ordinary link navigates as normal.
    await page.locator('#to-other').click();
    await page.waitForURL(host.url + 'other.html');
    assert.equal(await page.locator('h1').innerText(), 'Other services');

    });
});

test('the council page’s own script never sees an answer, a name, or a title or address of the app', async () => {
  await withPage(app, ON_THE_COUNCIL_PAGE(), async (t) => {
  const { page } = t;
  // A distinctive name, and answers nobody would write by chance.
  const persona = {
    ...PLAN_PERSONAS.fatherWithDementia,
    name: 'Zephyrine Quillfeather',
    firstName: 'Zephyrine',
    allergies: 'Marzipanallergy',
    address: '77 Xylophone Crescent\nBury',
  };
  const carer = 'Quorra Vantablack';
  const secrets = ['Zephyrine', 'Quillfeather', 'Marzipanallergy', 'Xylophone', 'Donepezil', '25-64', option('age', '25-64'), 'Quorra', 'Vantablack'];
  const leaks = (seen) => secrets.filter((secret) => JSON.stringify(seen).toLowerCase().includes(secret.toLowerCase()));
    const frame = await openHost(page);
    const hostUrl = host.url + 'host.html';
    const steps = [];
    /** At each step: what the host can see has none of the answers, and its title and address never changed. */
    const hostSeesNothing = async (where) => {
      const seen = await page.evaluate(() => window.hostSees());
      steps.push(where);
      assert.deepEqual(leaks(seen), [], `the host saw an answer on "${where}"`);
      assert.deepEqual(seen.titles, [HOST_TITLE], `the host's title changed by "${where}"`);
      assert.deepEqual(seen.urls, [hostUrl], `the host's address changed by "${where}"`);
      assert.equal(seen.frameDocument, 'none', 'the host cannot open the frame’s document');
      for (const key of ['frameTitle', 'frameAddress', 'frameStorage']) assert.match(seen[key], /^refused: SecurityError$/, key);
      assert.deepEqual(Object.keys(seen.sessionStorage), ['host-analytics'], 'the host’s tab storage holds only its own');
      assert.deepEqual(Object.keys(seen.localStorage), [], 'the host’s device storage holds nothing of ours');
      // And the app's own title and address (the browser's history) have no answer either.
      const own = await frame.evaluate(() => ({ title: document.title, address: location.href }));
      assert.deepEqual(leaks(own), [], `the app's title or address on "${where}"`);
      assert.ok(own.title.endsWith(titleFor('')), own.title);
    };

    await hostSeesNothing('start');
    await completePart1(frame, PERSONAS.workingCarer, { onStep: (_, heading) => hostSeesNothing(heading) });
    // About you: the carer's own name.
    await frame.evaluate(() => (location.hash = '#/about-you'));
    await frame.getByLabel(words('site.about_you.name'), { exact: true }).fill(carer);
    await hostSeesNothing('About you, typing');
    await frame.getByRole('button', { name: words('plan_pages.save_and_continue'), exact: true }).click();
    await frame.locator('.cc-app h1', { hasText: words('site.tasks.title') }).waitFor();
    await hostSeesNothing('the task list');
    await frame.evaluate(() => (location.hash = '#/tasks'));
    await frame.locator('.cc-app h1', { hasText: words('site.tasks.title') }).waitFor();
    await frame.getByRole('link', { name: PLAN_TEXT.taskLink, exact: true }).click();
    await frame.locator('.cc-app h1', { hasText: PLAN_TEXT.plansTitle }).waitFor().catch(async () => {
      throw new Error(`not the list of plans: ${await frame.locator('.cc-app h1').innerText()} ${await frame.evaluate(() => location.hash)}`);
    });
    await fillPlan(frame, persona, { onStep: (_, heading) => hostSeesNothing(heading) });
    await hostSeesNothing(planHeadings().check);
    // The pages that used to put her name in their title: the check page (above), removing
    // her plan, and her plan's and card's previews.
    await frame.evaluate(() => (location.hash = '#/plans/1/remove'));
    await frame.locator('.cc-app h1', { hasText: words('plan_pages.remove.title') }).waitFor();
    await hostSeesNothing('remove');
    // Every document's preview (their pages show the names; their titles must not).
    await frame.evaluate(() => (location.hash = '#/documents'));
    await frame.locator('.cc-app h1', { hasText: words('document_pages.list.title') }).waitFor();
    await hostSeesNothing('#/documents');
    for (const [key, title] of Object.entries(documentTitles())) {
      await frame.evaluate((h) => (location.hash = h), `#/documents/${key}`);
      // (Some need answers this journey did not give: then the page says what to add.)
      await frame.waitForFunction(
        (want) => want.includes(document.title) && document.activeElement?.tagName === 'H1',
        [titleFor(title), titleFor(words('document_pages.preview.cannot_make_title'))],
      );
      await hostSeesNothing(`#/documents/${key}`);
    }
    // The plan's and card's previews do name her, on the page.
    await frame.evaluate(() => (location.hash = '#/documents/plan-1'));
    await frame.locator('.cc-app h1', { hasText: 'Zephyrine' }).waitFor();
    // Saving waits a moment after the last change: by now the answers are stored, in the
    // app's own storage (so the checks above would have found them had they been the host's).
    await frame.waitForFunction((carer) => ['Zephyrine', carer].every((name) => sessionStorage.getItem('carer-check:answers')?.includes(name)), carer);
    await hostSeesNothing('after saving');
    assert.ok(steps.length >= 30, `checked at ${steps.length} steps`);

    // On a long page the council's page is scrolled down; on a step change the new step's
    // heading comes into view.
    await page.evaluate(() => scrollTo(0, document.body.scrollHeight));
    const frameTop = () => page.evaluate(() => document.querySelector('#carer-check iframe').getBoundingClientRect().top);
    assert.ok((await frameTop()) < 0, 'scrolled past the frame’s top');
    await frame.getByRole('link', { name: words('site.back'), exact: true }).first().click();
    await frame.locator('.cc-app h1', { hasText: words('document_pages.list.title') }).waitFor();
    await page.waitForFunction(() => {
      const top = document.querySelector('#carer-check iframe').getBoundingClientRect().top;
      return top >= -1 && top < innerHeight;
    });
    });
});

test('under the council’s reset, Exit this page still looks like a button, and it leaves the whole page', async () => {
  await withPage(app, ON_THE_COUNCIL_PAGE(), async (t) => {
  const { page } = t;
    const frame = await openHost(page);
    // The reset works on the council's own links (so it would have reached an app in the page).
    assert.equal(await page.locator('#to-other').evaluate((a) => getComputedStyle(a).paddingTop), '0px');
    const exit = frame.getByRole('link', { name: EXIT });
    const look = await exit.evaluate((a) => {
      const s = getComputedStyle(a);
      const box = a.getBoundingClientRect();
      return { background: s.backgroundColor, padding: [s.paddingTop, s.paddingLeft], color: s.color, text: a.innerText.trim(), width: box.width, height: box.height, target: a.target };
    });
    assert.equal(look.background, 'rgb(212, 53, 28)', 'its red background');
    assert.ok(parseFloat(look.padding[0]) >= 7 && parseFloat(look.padding[1]) >= 10, `its padding ${look.padding}`);
    assert.equal(look.color, 'rgb(255, 255, 255)');
    assert.equal(look.text, EXIT);
    assert.ok(look.width > 60 && look.height >= 24, `its size ${look.width}×${look.height}`);
    assert.equal(look.target, '_top', 'without script it still leaves the whole page');

    await frame.getByRole('link', { name: BUTTONS.start }).click();
    await choose(frame, question('age'), [option('age', '25-64')]);
    await submit(frame, BUTTONS.continue);
    await frame.waitForFunction(() => sessionStorage.getItem('carer-check:answers')?.includes('25-64'));
    const before = await page.evaluate(() => history.length);
    await exit.click();
    await page.waitForURL(NEUTRAL);
    assert.equal(await page.locator('h1').innerText(), 'Weather', 'the whole page left, not just the frame');
    assert.equal(await page.evaluate(() => history.length), before, 'the entry was replaced, not added');
    // The answers kept in this tab are gone: back on the council's page, the app starts empty.
    await page.goto(host.url + 'host.html');
    const again = await page.locator('#carer-check iframe').elementHandle().then((e) => e.contentFrame());
    await again.locator('.cc-app h1').first().waitFor();
    await again.waitForFunction(() => window.__ccAppStarted === true);
    assert.equal(await again.evaluate(() => sessionStorage.getItem('carer-check:answers')?.includes('25-64') ?? false), false);
    });
});

test('Shift pressed three times on the council’s page, or in the app, leaves the whole page', async () => {
  for (const where of ['the council’s page', 'the app']) {
    await withPage(app, ON_THE_COUNCIL_PAGE(), async (t) => {
    const { page } = t;
      const frame = await openHost(page);
      await frame.getByRole('link', { name: BUTTONS.start }).click();
      await choose(frame, question('age'), [option('age', '25-64')]);
      await submit(frame, BUTTONS.continue);
      await frame.waitForFunction(() => sessionStorage.getItem('carer-check:answers')?.includes('25-64'));
      if (where === 'the app') await frame.locator('.cc-app h1').focus();
      else await page.locator('#host-intro').click();
      for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
      await page.waitForURL(NEUTRAL);
      await page.goto(host.url + 'host.html');
      const again = await page.locator('#carer-check iframe').elementHandle().then((e) => e.contentFrame());
      await again.waitForFunction(() => window.__ccAppStarted === true);
      assert.equal(await again.evaluate(() => sessionStorage.getItem('carer-check:answers')?.includes('25-64') ?? false), false, `answers gone (${where})`);
      });
  }
});

test('in a plain iframe of our page (no snippet), Exit this page leaves the whole page too', async () => {
  await withPage(app, ON_THE_COUNCIL_PAGE(), async (t) => {
  const { page } = t;
    await page.goto(host.url + 'iframe.html');
    const frame = await page.locator('#carer-check iframe').elementHandle().then((e) => e.contentFrame());
    await frame.waitForFunction(() => window.__ccAppStarted === true);
    await frame.getByRole('link', { name: BUTTONS.start }).click();
    await choose(frame, question('age'), [option('age', '25-64')]);
    await submit(frame, BUTTONS.continue);
    await frame.waitForFunction(() => sessionStorage.getItem('carer-check:answers')?.includes('25-64'));
    const before = await page.evaluate(() => history.length);
    await frame.getByRole('link', { name: EXIT }).click();
    await page.waitForURL(NEUTRAL);
    assert.equal(await page.evaluate(() => history.length), before, 'the entry was replaced, not added');
    });
});

test('served from the council page’s own origin, the snippet warns that the page can read the app', async () => {
  // The README's warning, shown to be true: same origin, the page's scripts reach the frame.
  const sameRoot = await mkdtemp(path.join(tmpdir(), 'cc-same-'));
  await cp(app.root, path.join(sameRoot, 'carer-check'), { recursive: true });
  for (const file of ['host.css', 'reset.css', 'spy.js', 'other.html']) await copyFile(path.join(FIXTURES, file), path.join(sameRoot, file));
  const same = await startServer({ root: sameRoot });
  const page = (await readFile(path.join(FIXTURES, 'host.html'), 'utf8'))
    .replaceAll('__APP_ORIGIN__', same.origin)
    .replaceAll('__APP_URL__', same.url + 'carer-check/');
  await writeFile(path.join(sameRoot, 'host.html'), page);
  const warnings = [];
  try {
    await withPage(app, { server: same, checks: ['pageErrors'] }, async (t) => {
    t.page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
    await t.page.goto(same.url + 'host.html');
    const frame = await t.page.locator('#carer-check iframe').elementHandle().then((e) => e.contentFrame());
    await frame.waitForFunction(() => window.__ccAppStarted === true);
    assert.ok(warnings.some((w) => /shares this page’s origin/.test(w)), `no warning: ${warnings}`);
    const seen = await t.page.evaluate(() => window.hostSees());
    assert.doesNotMatch(seen.frameTitle, /^refused/, 'same origin: the page can read the frame');
    });
  } finally {
    await same.close();
    await rm(sameRoot, { recursive: true, force: true });
  }
});

test('a council page that names its language (data-lang) opens the app in it, without making it the carer’s choice', async () => {
  await withPage(app, ON_THE_COUNCIL_PAGE(), async (t) => {
    const { page } = t;
    await page.goto(host.url + 'host-pl.html');
    const frame = await page.locator('#carer-check iframe').elementHandle().then((e) => e.contentFrame());
    // The app has started before the Polish file has come, and draws itself only then.
    await waitForHeading(frame, translation('pl')['site.start.title']);
    assert.equal(await frame.locator('#carer-check').getAttribute('lang'), 'pl');
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en-GB', 'the council page keeps its own lang');
    assert.equal(await frame.evaluate((key) => sessionStorage.getItem(key), LANGUAGE_KEY), null, 'not kept: the carer chose nothing');
  });
});

test('a page without the element is left alone', async () => {
  await withPage(app, ON_THE_COUNCIL_PAGE(), async (t) => {
  const { page } = t;
    await page.goto(host.url + 'other.html');
    // Resolves on the script's load event, after it has run: embed.js does all it does at once.
    await page.addScriptTag({ url: app.server.url + 'embed.js' });
    assert.equal(await page.locator('iframe, link[data-carer-check]').count(), 0);
    assert.equal(appRequests(t).filter((url) => !url.endsWith('embed.js')).length, 0);
    });
});
