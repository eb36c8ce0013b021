// Shared steps for part 3, the emergency plan, driven by the visible wording: headings,
// labels, legends, button and link text. Document tests reuse fillPlan() to make a plan.
//
//   await page.getByRole('link', { name: 'Emergency plan' }).click(); // from the task list
//   await fillPlan(page, PLAN_PERSONAS.fatherWithDementia);            // ... to the check page
//
// The wording here is the wording in src/content/data/plan_pages.toml: when the content
// changes, change it here too.

import assert from 'node:assert/strict';
import { expectStep, heading } from './part1.mjs';

export const PLAN_TEXT = {
  plansTitle: 'Emergency plans',
  addPerson: 'Add a person',
  addAnotherPerson: 'Add another person',
  save: 'Save and continue',
  taskLink: 'Emergency plan',
  removeConfirm: 'Yes, remove this plan',
  removeCancel: 'No, keep it',
  suggested: 'Add suggested items',
  notFound: 'We could not find this plan',
};

/**
 * Each page's h1 (and so its title) for a person whose first name is `name`. No heading or
 * title names the person (titles stay in the browser's history): the name is in the caption
 * above the h1 (`planCaption`).
 */
export const planHeadings = (name) => ({
  person: 'About the person you look after',
  medicines: 'Their medicines',
  professionals: 'Their GP and other professionals',
  needs: 'What they need help with',
  routine: 'Their day',
  wandering: 'Going out and getting lost',
  steppingIn: 'People who can step in',
  home: 'Keys, pets and papers',
  legal: 'Who can make decisions',
  hospitalBag: 'A hospital bag',
  check: 'Check this emergency plan',
  caption: name ? `Emergency plan for ${name}` : 'Emergency plan',
});

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
    leftAlone: 'Up to an hour',
    mayWander: 'Yes',
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
    lpaHealth: 'Yes',
    lpaHealthHeldBy: 'Me and my brother David',
    lpaProperty: 'Not sure',
    advanceCarePlan: 'No',
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
 * From the list of plans ("Emergency plans"), adds a person and fills every page of their
 * plan for `persona`, ending on the check page. `onStep(page, heading)` runs on each page
 * once it is filled, before it is saved (e.g. an axe check).
 */
export async function fillPlan(page, persona, { onStep } = {}) {
  const h = planHeadings(persona.firstName);
  assert.equal(await heading(page), PLAN_TEXT.plansTitle, 'fillPlan starts on the list of plans');
  const add = page.getByRole('button', { name: /^Add (a|another) person$/ });
  await add.click();
  await expectStep(page, h.person);
  const step = async (now, next) => {
    if (onStep) await onStep(page, now);
    await saveAndContinue(page, next);
  };

  await fillAll(page, {
    'Their full name': persona.name,
    'Their date of birth': persona.dateOfBirth,
    'Their address': persona.address,
    'Their health conditions or disabilities': persona.conditions,
    Allergies: persona.allergies,
  });
  await step(h.person, h.medicines);
  assert.ok((await planCaption(page)).startsWith(h.caption), `the caption names whose plan it is: ${await planCaption(page)}`);

  const addMedicine = page.getByRole('button', { name: 'Add a medicine', exact: true });
  for (const [at, medicine] of persona.medicines.entries()) {
    const row = group(page, `Medicine ${at + 1}`);
    if (!(await row.count())) await addMedicine.click();
    await fillAll(row, {
      'Name of the medicine': medicine.name,
      'How much': medicine.dose,
      'When they take it': medicine.when,
    });
  }
  await fillAll(page, {
    'Where their medicines are kept': persona.medicinesKept,
    'Their pharmacy': persona.pharmacy,
    'Pharmacy phone number': persona.pharmacyPhone,
  });
  await step(h.medicines, h.professionals);

  await fillAll(page, { 'Their GP practice': persona.gp, 'GP practice phone number': persona.gpPhone });
  for (const [at, person] of (persona.professionals ?? []).entries()) {
    await page.getByRole('button', { name: 'Add a professional', exact: true }).click();
    await fillAll(group(page, `Professional ${at + 1}`), {
      'What they do': person.role,
      'Their name': person.name,
      'Their phone number': person.phone,
    });
  }
  await step(h.professionals, h.needs);

  await fillAll(page, {
    'Talking and understanding': persona.communication,
    'Moving about': persona.mobility,
    'Eating and drinking': persona.eating,
  });
  await step(h.needs, h.routine);

  await fillAll(page, {
    'Their usual day': persona.dailyRoutine,
    'What calms them or cheers them up': persona.calms,
    'What upsets or worries them': persona.upsets,
  });
  await choose(page, 'How long can they safely be left alone?', persona.leftAlone);
  await step(h.routine, h.wandering);

  await choose(page, 'Might they go out and get lost?', persona.mayWander);
  if (persona.mayWander === 'Yes' || persona.mayWander === 'Not sure') {
    await label(page, 'Height').waitFor();
    await fillAll(page, {
      Height: persona.height,
      Build: persona.build,
      Hair: persona.hair,
      'What they usually wear': persona.usualClothes,
      'Anything that stands out': persona.features,
      'Habits when they go out': persona.habits,
      'Places they might go': persona.places,
    });
  }
  await step(h.wandering, h.steppingIn);

  for (const [at, person] of persona.stepIn.entries()) {
    const row = group(page, `Person ${at + 1}`);
    if (!(await row.count())) await page.getByRole('button', { name: 'Add a person who can step in' }).click();
    await fillAll(row, {
      'Their name': person.name,
      'Who they are to the person you look after': person.relationship,
      'Their phone number': person.phone,
    });
    const ticks = {
      'They have agreed to be contacted in an emergency': person.agreed,
      'They have a key': person.key,
      'They could give care for a while': person.care,
    };
    for (const [text, on] of Object.entries(ticks)) {
      await row.getByRole('checkbox', { name: text, exact: true }).setChecked(Boolean(on));
    }
  }
  await step(h.steppingIn, h.home);

  await fillAll(page, {
    'Who has a key to the home': persona.keyHolders,
    'Pets and who can look after them': persona.pets,
    'Where important papers are kept': persona.documentsKept,
  });
  await step(h.home, h.legal);

  await choose(page, 'Is there a lasting power of attorney for health and care?', persona.lpaHealth);
  await fillAll(page, { 'Who can make health and care decisions for them': persona.lpaHealthHeldBy });
  await choose(page, 'Is there a lasting power of attorney for money and property?', persona.lpaProperty);
  await choose(page, 'Is there an advance care plan?', persona.advanceCarePlan);
  await step(h.legal, h.hospitalBag);

  if (persona.suggestedBag) {
    await page.getByRole('button', { name: PLAN_TEXT.suggested, exact: true }).click();
    await label(page, 'Item 1').waitFor();
  }
  await step(h.hospitalBag, h.check);
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
