// Shared steps for part 3, the emergency plan, driven by the visible wording: headings,
// labels, legends, button and link text. Document tests reuse fillPlan() to make a plan.
//
//   await page.getByRole('link', { name: 'Emergency plan' }).click(); // from the task list
//   await fillPlan(page, PLAN_PERSONAS.fatherWithDementia);            // ... to the check page
//
// The wording is read from the data files (wording.mjs), never pinned here.

import assert from 'node:assert/strict';
import { expectStep, heading } from './part1.mjs';
import { WORDING, planChoice, planField, words } from './wording.mjs';

export const PLAN_TEXT = {
  plansTitle: words('plan_pages.list.title'),
  addPerson: words('plan_pages.list.add'),
  addAnotherPerson: words('plan_pages.list.add_another'),
  save: words('plan_pages.save_and_continue'),
  taskLink: words('site.tasks.plans'),
  removeConfirm: words('plan_pages.remove.confirm'),
  removeCancel: words('plan_pages.remove.cancel'),
  suggested: words('plan_pages.sections.hospital-bag.suggested'),
  notFound: words('plan_pages.not_found_title'),
};

/**
 * The plan's pages by section id (their address, "stepping-in"): the sections that have
 * wording in plan_pages.toml. tests/native/plan.rs checks that the wording has a section for
 * every page the app has and for no other, so this list follows the app. The wording is in
 * alphabetical order; the app decides the pages' order, and `walkPlan` follows it.
 */
export const PLAN_SECTIONS = Object.keys(WORDING)
  .map((key) => key.match(/^plan_pages\.sections\.([^.]+)\.title$/)?.[1])
  .filter(Boolean);

/**
 * Each page's h1 (and so its title), by section id, for a person whose first name is
 * `name`. No heading or title names the person (titles stay in the browser's history): the
 * name is in the caption above the h1 (`planCaption`).
 */
export const planHeadings = (name) => ({
  ...Object.fromEntries(PLAN_SECTIONS.map((id) => [id, words(`plan_pages.sections.${id}.title`)])),
  check: words('plan_pages.check.title'),
  caption: name ? words('plan_pages.caption_named', { name }) : words('plan_pages.caption'),
});

/**
 * The boxes of each page, as {persona key: field id in plan_pages.toml}, and of each row of
 * a repeated list; the radios, and the ticks of a person who can step in. fillPlan (by
 * pointer) and planByKeyboard (journey.mjs) both fill a plan from these.
 */
export const PLAN_BOXES = {
  person: { name: 'name', dateOfBirth: 'date-of-birth', address: 'address', conditions: 'conditions', allergies: 'allergies' },
  medicines: { medicinesKept: 'medicines-kept', pharmacy: 'pharmacy-name', pharmacyPhone: 'pharmacy-phone' },
  professionals: { gp: 'gp-name', gpPhone: 'gp-phone' },
  needs: { communication: 'communication', mobility: 'mobility', eating: 'eating' },
  routine: { dailyRoutine: 'daily-routine', calms: 'calms', upsets: 'upsets' },
  wandering: {
    height: 'height',
    build: 'build',
    hair: 'hair',
    usualClothes: 'usual-clothes',
    features: 'distinguishing-features',
    habits: 'habits',
    places: 'places-they-go',
  },
  home: { keyHolders: 'key-holders', pets: 'pets', documentsKept: 'documents-kept' },
  legal: { lpaHealthHeldBy: 'lpa-health-held-by' },
};
export const ROW_BOXES = {
  medicine: { name: 'medicine-name', dose: 'medicine-dose', when: 'medicine-when' },
  professional: { role: 'professional-role', name: 'professional-name', phone: 'professional-phone' },
  stepIn: { name: 'step-in-name', relationship: 'step-in-relationship', phone: 'step-in-phone' },
};
export const STEP_IN_TICKS = { agreed: 'step-in-agreed', key: 'step-in-has-key', care: 'step-in-can-care' };
export const PLAN_RADIOS = {
  leftAlone: 'left-alone',
  mayWander: 'may-wander',
  lpaHealth: 'lpa-health',
  lpaProperty: 'lpa-property',
  advanceCarePlan: 'advance-care-plan',
};

/** {label: value} for the entries of `table` ({key: field id}) that `values` has. */
export const labelled = (table, values) =>
  Object.fromEntries(Object.entries(table).map(([key, id]) => [planField(id), values[key]]));

/** A repeated list's row legend ("Medicine 2") and its add button, by section id. */
export const rowLegend = (section, at) => `${words(`plan_pages.sections.${section}.list`)} ${at + 1}`;
export const addButton = (section) => words(`plan_pages.sections.${section}.add`);

/** The wandering details are asked when the answer to "Might they go out and get lost?" is one of these. */
export const asksWandering = (answer) => [planChoice('yes'), planChoice('not-sure')].includes(answer);

/** The caption above a plan page's h1 (whose plan it is, and the page number). */
export const planCaption = (page) => page.locator('.cc-app .cc-caption').first().innerText().then((t) => t.trim());

export const PLAN_PERSONAS = {
  /** A working daughter's plan for her father, who has dementia and may get lost. */
  fatherWithDementia: {
    name: 'Mr Arthur Bennett',
    firstName: 'Arthur',
    dateOfBirth: '14/2/1941',
    address: '12 Elm Road\nBury',
    conditions: "Alzheimer's disease and high blood pressure",
    allergies: 'Penicillin',
    medicines: [
      { name: 'Donepezil', dose: '1 tablet (10mg)', when: 'At bedtime' },
      { name: 'Amlodipine', dose: '1 tablet (5mg)', when: 'Every morning' },
      { name: 'Paracetamol', dose: '2 tablets', when: 'If in pain, up to 4 times a day' },
    ],
    medicinesKept: 'In the pill organiser on the kitchen windowsill',
    pharmacy: 'Market Street Pharmacy',
    pharmacyPhone: '0161 496 0123',
    gp: 'Elm Road Surgery',
    gpPhone: '0161 496 0456',
    professionals: [{ role: 'Memory nurse', name: 'Sam Patel', phone: '0161 496 0789' }],
    communication: 'Hard of hearing. Face him and speak slowly.',
    mobility: 'Walks with a stick. Needs a hand on the stairs.',
    eating: 'Needs reminding to drink.',
    dailyRoutine: 'Up at 7, breakfast and tablets at 8, a walk to the paper shop, lunch at 12.',
    calms: 'Brass band music and a cup of tea',
    upsets: 'Being rushed, loud noise',
    leftAlone: planChoice('up-to-an-hour'),
    mayWander: planChoice('yes'),
    height: 'About 5 foot 9',
    build: 'Slim',
    hair: 'Short and grey',
    usualClothes: 'Flat cap and a brown jacket',
    features: 'A wooden walking stick',
    habits: 'Tries to walk to the mill where he used to work',
    places: "Heaton Park, St Mary's church",
    stepIn: [
      { name: 'David Bennett', relationship: 'Son', phone: '07700 900123', agreed: true, key: true, care: true },
      { name: 'Margaret Hughes', relationship: 'Neighbour', phone: '07700 900456', agreed: true, key: true },
    ],
    keyHolders: 'David, his son, and Margaret Hughes next door',
    pets: 'A cat called Tibbles. Margaret can feed her.',
    documentsKept: 'In the top drawer of the bureau in the front room',
    lpaHealth: planChoice('yes'),
    lpaHealthHeldBy: 'Me and my brother David',
    lpaProperty: planChoice('not-sure'),
    advanceCarePlan: planChoice('no'),
    suggestedBag: true,
  },
};

const label = (scope, text) => scope.getByLabel(text, { exact: true });
const group = (page, name) => page.getByRole('group', { name, exact: true });

/** Fills the boxes that have a value in `values` ({label: value}). */
async function fillAll(scope, values) {
  for (const [text, value] of Object.entries(values)) {
    if (value !== undefined) await label(scope, text).fill(value);
  }
}

async function choose(page, legend, option) {
  if (option !== undefined) await group(page, legend).getByRole('radio', { name: option, exact: true }).check();
}

/** Presses "Save and continue" and waits for the next page's h1 (focused, in the title). */
export async function saveAndContinue(page, nextHeading) {
  await page.getByRole('button', { name: PLAN_TEXT.save, exact: true }).click();
  await expectStep(page, nextHeading);
}

/**
 * Presses "Save and continue" on the plan page `id` and waits for whichever page the app
 * goes to next (its h1 must be that page's title); returns its section id, or "check".
 */
export async function saveAndNext(page, id) {
  await page.getByRole('button', { name: PLAN_TEXT.save, exact: true }).click();
  await leftPlanPage(page, id);
  const next = await planPageId(page);
  await expectStep(page, next === 'check' ? planHeadings().check : planHeadings()[next]);
  return next;
}

/** Waits until the app has left the plan page `id` (after "Save and continue"). */
const leftPlanPage = (page, id) =>
  page
    .waitForFunction((left) => !location.hash.endsWith(`/${left}`), id, { timeout: 10_000 })
    .catch(async () => assert.fail(`"${PLAN_TEXT.save}" on ${id} did not leave the page (h1 "${await heading(page)}")`));

/**
 * Walks a plan's pages in the app's order, from the first page (open now) to the check
 * page: on each, checks its h1 is its section's title and its caption counts it ("Page 2
 * of 10"), runs `arrive(id)`, its `fills[id](at)` if any, then `save(id, at)`, which must
 * lead to the next page.
 * Fails unless every page in the wording (PLAN_SECTIONS) was visited once, and unless every
 * section in `fills` was reached. Returns the section ids in the order visited.
 */
export async function walkPlan(page, { firstName, arrive, fills = {}, save }) {
  const h = planHeadings(firstName);
  const visited = [];
  for (let id = await planPageId(page); id !== 'check'; id = await planPageId(page)) {
    assert.ok(PLAN_SECTIONS.includes(id), `#/plans/…/${id} has no wording in plan_pages.toml`);
    assert.ok(!visited.includes(id), `${id} visited twice: ${visited.join(', ')}`);
    await expectStep(page, h[id]);
    const pageOf = words('plan_pages.page_of', { n: visited.length + 1, total: PLAN_SECTIONS.length });
    const caption = await planCaption(page);
    assert.ok(caption.endsWith(` – ${pageOf}`), `the caption on ${id}: ${caption}`);
    if (visited.length > 0 && firstName) assert.ok(caption.startsWith(h.caption), `the caption names whose plan it is: ${caption}`);
    if (arrive) await arrive(id);
    await fills[id]?.(visited.length);
    await save(id, visited.length);
    visited.push(id);
    await leftPlanPage(page, id);
  }
  await expectStep(page, h.check);
  assert.deepEqual([...visited].sort(), [...PLAN_SECTIONS].sort(), `the plan's pages: ${visited.join(', ')}`);
  for (const id of Object.keys(fills)) assert.ok(visited.includes(id), `no plan page "${id}" to fill`);
  return visited;
}

/** The section id of the plan page open now, from its address ("#/plans/1/medicines"). */
const planPageId = (page) => page.evaluate(() => location.hash.split('/').at(-1));

/**
 * From the list of plans ("Emergency plans"), adds a person and fills every page of their
 * plan for `persona`, ending on the check page. `onStep(page, heading)` runs on each page
 * once it is filled, before it is saved (e.g. an axe check). Returns the pages' section ids
 * in the app's order.
 */
export async function fillPlan(page, persona, { onStep } = {}) {
  const h = planHeadings(persona.firstName);
  assert.equal(await heading(page), PLAN_TEXT.plansTitle, 'fillPlan starts on the list of plans');
  await page.getByRole('button', { name: new RegExp(`^(${PLAN_TEXT.addPerson}|${PLAN_TEXT.addAnotherPerson})$`) }).click();
  await page.waitForFunction(() => /^#\/plans\/\d+\/[a-z-]+$/.test(location.hash));
  const rows = async (section, list, table) => {
    for (const [at, values] of (list ?? []).entries()) {
      const row = group(page, rowLegend(section, at));
      if (!(await row.count())) await page.getByRole('button', { name: addButton(section), exact: true }).click();
      await fillAll(row, labelled(table, values));
    }
  };
  const radios = async (...keys) => {
    for (const key of keys) await choose(page, planField(PLAN_RADIOS[key]), persona[key]);
  };
  /** Each page's own steps; the other pages are only checked and saved. */
  const fills = {
    person: () => fillAll(page, labelled(PLAN_BOXES.person, persona)),
    medicines: async () => {
      await rows('medicines', persona.medicines, ROW_BOXES.medicine);
      await fillAll(page, labelled(PLAN_BOXES.medicines, persona));
    },
    professionals: async () => {
      await fillAll(page, labelled(PLAN_BOXES.professionals, persona));
      await rows('professionals', persona.professionals, ROW_BOXES.professional);
    },
    needs: () => fillAll(page, labelled(PLAN_BOXES.needs, persona)),
    routine: async () => {
      await fillAll(page, labelled(PLAN_BOXES.routine, persona));
      await radios('leftAlone');
    },
    wandering: async () => {
      await radios('mayWander');
      if (asksWandering(persona.mayWander)) {
        await label(page, planField('height')).waitFor();
        await fillAll(page, labelled(PLAN_BOXES.wandering, persona));
      }
    },
    'stepping-in': async () => {
      await rows('stepping-in', persona.stepIn, ROW_BOXES.stepIn);
      for (const [at, person] of persona.stepIn.entries()) {
        const row = group(page, rowLegend('stepping-in', at));
        for (const [key, id] of Object.entries(STEP_IN_TICKS)) {
          await row.getByRole('checkbox', { name: planField(id), exact: true }).setChecked(Boolean(person[key]));
        }
      }
    },
    home: () => fillAll(page, labelled(PLAN_BOXES.home, persona)),
    legal: async () => {
      await radios('lpaHealth');
      await fillAll(page, labelled(PLAN_BOXES.legal, persona));
      await radios('lpaProperty', 'advanceCarePlan');
    },
    'hospital-bag': async () => {
      if (persona.suggestedBag) {
        await page.getByRole('button', { name: PLAN_TEXT.suggested, exact: true }).click();
        await label(page, `${planField('hospital-bag')} 1`).waitFor();
      }
    },
  };
  return walkPlan(page, {
    firstName: persona.firstName,
    fills,
    save: async (id) => {
      if (onStep) await onStep(page, h[id]);
      await page.getByRole('button', { name: PLAN_TEXT.save, exact: true }).click();
    },
  });
}

/** The check page as {card title: {row key: row value}}. */
export function checkCards(page) {
  return page.locator('.cc-summary-card').evaluateAll((cards) =>
    Object.fromEntries(
      cards.map((card) => [
        card.querySelector('h2').textContent.trim(),
        Object.fromEntries(
          [...card.querySelectorAll('.cc-summary-list__row')].map((row) => [
            row.querySelector('dt').textContent.trim(),
            row.querySelector('dd').textContent.trim(),
          ]),
        ),
      ]),
    ),
  );
}
