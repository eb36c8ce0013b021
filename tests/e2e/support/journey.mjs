// The whole journey for the accessibility tests: by keyboard alone (keyboard.test.mjs) or
// by pointer to seed answers (layout.test.mjs), plus what those tests measure — stray
// mouse events, visible focus, target sizes, sideways scrolling, motion.
//
//   await installPointerSpy(t.context);                 // before the page loads
//   ...                                                 // drive the app with page.keyboard
//   assert.deepEqual(await pointerEvents(page), []);    // no mouse was used
//
//   await kbField(page, 'Your name', 'Helen Bennett');  // Tab to the box, type into it
//   await kbRadio(page, 'Might they go out and get lost?', 'Yes');
//   await kbPress(page, 'Save and continue');
//
// The wording is read from the data files (wording.mjs), as in part1.mjs and part3.mjs.

import assert from 'node:assert/strict';
import { PERSONAS, QUESTIONS, completePart1, describeFocus, expectStep, openApp, waitForHeading } from './part1.mjs';
import { PLAN_BOXES, PLAN_RADIOS, PLAN_SECTIONS, PLAN_TEXT, ROW_BOXES, STEP_IN_TICKS, addButton, asksWandering, fillPlan, labelled, planHeadings, rowLegend, walkPlan } from './part3.mjs';
import { planField, rating, words } from './wording.mjs';

export const TASKS = words('site.tasks.title');
export const DOCUMENTS_TITLE = words('document_pages.list.title');
export const SHARE_TITLE = words('site.share.title');
const AREA_IDS = ['recognised-and-valued', 'a-life-of-my-own', 'mentally-and-physically-well', 'staying-safe'];
export const WELLBEING = {
  taskLink: words('site.tasks.wellbeing'),
  areas: AREA_IDS.map((id) => ({ title: words(`outcomes.area.${id}.title`), id })),
  goesWell: words('outcomes.goes_well.title'),
  check: words('wellbeing_pages.check.title'),
};

/**
 * The documents by their address key, and their names (the preview's h1, and the link to
 * it). The two that name the person have page titles that do not: `documentTitles`.
 */
export const documentNames = (first) => ({
  passport: words('document_pages.names.passport'),
  'plan-1': words('document_pages.names.plan', { name: first }),
  'card-1': words('document_pages.names.card', { name: first }),
  help: words('document_pages.names.help'),
  'gp-letter': words('document_pages.names.gp'),
  'employer-letter': words('document_pages.names.employer'),
  'assessment-list': words('document_pages.names.assessment'),
});

/** Each document preview's page title: never the person's name (titles stay in history). */
export const documentTitles = () => ({
  ...documentNames(''),
  'plan-1': words('document_pages.names.plan_title'),
  'card-1': words('document_pages.names.card_title'),
});

/** "About you" for the working daughter of PLAN_PERSONAS.fatherWithDementia. */
export const HELEN = {
  name: 'Helen Bennett',
  phone: '07700 900111',
  address: '8 Mill Lane\nBury',
  gp: 'Moorgate Surgery',
  employer: 'Northgate Bakery',
};

// ---------------------------------------------------------------------------------------
// The task list

/** Opens the app at `url`, answers part 1 for `persona` and goes on to the task list. */
export async function toTaskList(t, url, persona) {
  const { page } = t;
  await openApp(t, url);
  await completePart1(page, persona, { checkSteps: false });
  await page.getByRole('link', { name: words('site.continue'), exact: true }).click();
  await waitForHeading(page, TASKS);
}

/** The task list's status for the part whose link reads `name` ("Completed", …). */
export const taskStatus = (page, name) =>
  page
    .locator('li', { has: page.getByRole('link', { name, exact: true }) })
    .locator('.cc-task-list__status')
    .innerText()
    .then((text) => text.trim());

/** The task list as {part: status}. */
export const taskStatuses = (page) =>
  page.locator('.cc-task-list__item').evaluateAll((items) =>
    Object.fromEntries(
      items
        .filter((item) => item.querySelector('.cc-task-list__status'))
        .map((item) => [item.querySelector('a').textContent.trim(), item.querySelector('.cc-task-list__status').textContent.trim()]),
    ),
  );

/** Opens a document's preview by its address key (`passport`, `plan-1`…) and waits for it. */
export async function openDocument(page, key) {
  await page.evaluate((hash) => (location.hash = hash), `#/documents/${key}`);
  await page.locator('.cc-doc h1').waitFor();
  await page.locator('.cc-doc__print').waitFor();
  await page.waitForFunction(() => document.querySelector('.cc-doc__body')?.childElementCount > 0);
}

// ---------------------------------------------------------------------------------------
// No mouse

/**
 * Counts every pointer-made mouse event in the pages of `context`: mousedown, mouseup,
 * click, auxclick, dblclick and contextmenu with `detail > 0` or pointerType "mouse", and
 * every pointerdown/pointerup/mousemove/wheel at all. A click made by Enter or Space has
 * detail 0 and no pointer type, so the keyboard never counts. Read with pointerEvents().
 */
export async function installPointerSpy(context) {
  await context.addInitScript(() => {
    const seen = [];
    Object.defineProperty(window, '__ccPointerEvents', { value: seen });
    const describe = (event) => {
      const el = event.target;
      const tag = el?.tagName?.toLowerCase() ?? String(el);
      return `${event.type} (detail ${event.detail}, pointerType "${event.pointerType ?? ''}") on ${tag}${el?.id ? '#' + el.id : ''}`;
    };
    for (const type of ['mousedown', 'mouseup', 'click', 'auxclick', 'dblclick', 'contextmenu']) {
      addEventListener(
        type,
        (event) => {
          if (event.detail > 0 || event.pointerType === 'mouse' || event.pointerType === 'touch' || event.pointerType === 'pen') {
            seen.push(describe(event));
          }
        },
        { capture: true },
      );
    }
    for (const type of ['pointerdown', 'pointerup', 'mousemove', 'wheel', 'touchstart']) {
      addEventListener(type, (event) => seen.push(describe(event)), { capture: true });
    }
  });
}

/** The pointer-made events seen in this page since it loaded (see installPointerSpy). */
export const pointerEvents = (page) => page.evaluate(() => [...(window.__ccPointerEvents ?? ['spy not installed'])]);

// ---------------------------------------------------------------------------------------
// The focused element

/**
 * What has the focus: tag, type, its label (or text), whether checked, and the legends of
 * every fieldset it is in, innermost first.
 */
export function focusState(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const legends = [];
    for (let f = el.closest('fieldset'); f; f = f.parentElement?.closest('fieldset')) {
      legends.push(f.querySelector(':scope > legend')?.textContent.replace(/\s+/g, ' ').trim() ?? '');
    }
    return {
      tag: el.tagName.toLowerCase(),
      type: el.type ?? null,
      name: (el.labels?.[0]?.textContent ?? el.textContent).replace(/\s+/g, ' ').trim(),
      value: el.value ?? null,
      checked: el.checked ?? null,
      legends,
    };
  });
}

/**
 * Presses Tab (Shift+Tab if `backwards`) until the focused element matches `want`:
 * { name, within?, tag?, type? } — `name` the label or text (a string or RegExp), `within` a
 * legend of a fieldset around it. Stays put if it already matches. Returns the state.
 */
export async function kbTabTo(page, want, { backwards = false, max = 60 } = {}) {
  const test = (s) =>
    s &&
    (want.name === undefined || (want.name instanceof RegExp ? want.name.test(s.name) : s.name === want.name)) &&
    (want.within === undefined || s.legends.includes(want.within)) &&
    (want.tag === undefined || s.tag === want.tag) &&
    (want.type === undefined || s.type === want.type);
  let state = await focusState(page);
  for (let i = 0; !test(state); i++) {
    if (i === max) {
      throw new Error(`${backwards ? 'Shift+Tab' : 'Tab'} never reached ${JSON.stringify(want, (k, v) => (v instanceof RegExp ? String(v) : v))}; focus is on ${await describeFocus(page)}`);
    }
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    state = await focusState(page);
  }
  return state;
}

/**
 * The focused control's focus indicator: its computed outline, box-shadow, background,
 * border and (for the app's drawn radios and checkboxes, whose input is transparent) its
 * label's ::before (the input itself is transparent), once focused and once not. Returns { visible, focused, blurred }:
 * `visible` when, focused, it shows an outline or a box-shadow that it does not show
 * unfocused (a real, visible change), or a changed border or background.
 */
export function focusIndicator(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return { visible: false, why: 'nothing focused' };
    const transparent = (c) => c === 'transparent' || /rgba\(.*,\s*0\)$/.test(c);
    const look = () => {
      // An invisible input (opacity 0) shows nothing itself, even with the browser's outline.
      const own = getComputedStyle(el);
      const styles = own.opacity === '0' ? [] : [own];
      if (el.matches('input[type=radio], input[type=checkbox]') && el.labels?.[0]) {
        styles.push(getComputedStyle(el.labels[0], '::before'));
      }
      return styles.map((s) => ({
        outline: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0 && !transparent(s.outlineColor)
          ? `${s.outlineWidth} ${s.outlineStyle} ${s.outlineColor}` : 'none',
        boxShadow: s.boxShadow,
        background: s.backgroundColor,
        border: `${s.borderTopWidth} ${s.borderTopStyle} ${s.borderTopColor}`,
        color: s.color,
      }));
    };
    const focused = look();
    el.blur();
    const blurred = look();
    el.focus({ preventScroll: true });
    const changed = (key) => focused.some((f, i) => f[key] !== blurred[i][key]);
    const visible =
      (changed('outline') && focused.some((f) => f.outline !== 'none')) ||
      (changed('boxShadow') && focused.some((f) => f.boxShadow !== 'none')) ||
      changed('background') ||
      changed('border');
    return { visible, focused, blurred };
  });
}

/** Asserts the focused control shows a visible focus indicator. */
export async function assertFocusVisible(page, where) {
  const indicator = await focusIndicator(page);
  assert.ok(
    indicator.visible,
    `no visible focus indicator on ${await describeFocus(page)} (${where}):\n${JSON.stringify(indicator, null, 1)}`,
  );
}

// ---------------------------------------------------------------------------------------
// Acting by keyboard. Each helper Tabs forward to its control, checks that the control
// shows it has the focus (unless { checkFocus: false }), then acts.

/** Tabs to a link or button by its text and presses Enter. */
export async function kbPress(page, name, { backwards = false, checkFocus = true, within } = {}) {
  const state = await kbTabTo(page, { name, within }, { backwards });
  assert.ok(['a', 'button'].includes(state.tag), `"${name}" is a ${state.tag}, not a link or button`);
  if (checkFocus) await assertFocusVisible(page, `"${name}"`);
  await page.keyboard.press('Enter');
}

/**
 * Tabs to the text box labelled `label` (inside the fieldset `within`, if given), clears
 * it with Ctrl+A and Delete and types `value` (a newline is Enter: multi-line boxes only).
 */
export async function kbField(page, label, value, { within, checkFocus = true } = {}) {
  const state = await kbTabTo(page, { name: label, within });
  assert.ok(['input', 'textarea'].includes(state.tag), `"${label}" is a ${state.tag}`);
  assert.ok(state.tag === 'textarea' || !value.includes('\n'), `"${label}" is one line: Enter would send the form`);
  if (checkFocus) await assertFocusVisible(page, `the box "${label}"`);
  if (state.value) {
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Delete');
  }
  await page.keyboard.type(value);
  const typed = await page.evaluate(() => document.activeElement.value);
  assert.equal(typed, value, `what "${label}" holds after typing`);
}

/**
 * Tabs into the radio group `legend` (Tab lands on its chosen radio, or its first) and
 * moves with the arrow keys to `option`, which chooses it; Space for the first one.
 */
export async function kbRadio(page, legend, option, { checkFocus = true } = {}) {
  let state = await kbTabTo(page, { within: legend, type: 'radio' });
  if (checkFocus) await assertFocusVisible(page, `the radios "${legend}"`);
  for (let i = 0; i < 12 && state.name !== option; i++) {
    await page.keyboard.press('ArrowDown');
    state = await focusState(page);
  }
  assert.equal(state.name, option, `the arrow keys never reached "${option}" in "${legend}"`);
  if (!state.checked) await page.keyboard.press('Space');
  assert.equal((await focusState(page)).checked, true, `"${option}" in "${legend}" is not chosen`);
}

/** Tabs to the checkbox `label` (in the fieldset `within`) and sets it with Space. */
export async function kbCheckbox(page, label, on, { within, checkFocus = true } = {}) {
  const state = await kbTabTo(page, { name: label, within, type: 'checkbox' });
  if (checkFocus) await assertFocusVisible(page, `the checkbox "${label}"`);
  if (state.checked !== on) await page.keyboard.press('Space');
  assert.equal((await focusState(page)).checked, on, `the checkbox "${label}"`);
}

/**
 * Presses an "Add a …" button of a repeated list ("Add a medicine") and waits for the
 * focus to move to the new row's first box, as it does on the next frame.
 */
export async function kbAdd(page, name, { checkFocus = true } = {}) {
  await kbPress(page, name, { checkFocus });
  await page
    .waitForFunction(() => ['INPUT', 'TEXTAREA'].includes(document.activeElement?.tagName), null, { timeout: 5_000 })
    .catch(async () => assert.fail(`after "${name}", focus is on ${await describeFocus(page)}, not the new row`));
}

/** After pressing a control that changes the step: the new h1 has the focus and names the page. */
export async function kbPressTo(page, name, nextHeading, options) {
  await kbPress(page, name, options);
  await expectStep(page, nextHeading);
}

// ---------------------------------------------------------------------------------------
// The journey by keyboard, from the task list back to it

/** "About you" by keyboard, from the task list to the task list. */
export async function aboutYouByKeyboard(page, about) {
  await kbPressTo(page, words('site.tasks.about_you'), words('site.about_you.title'));
  await kbField(page, words('site.about_you.name'), about.name);
  await kbField(page, words('site.about_you.phone'), about.phone);
  await kbField(page, words('site.about_you.address'), about.address);
  await kbField(page, words('site.about_you.gp_practice'), about.gp);
  if (about.employer) await kbField(page, words('site.about_you.employer'), about.employer);
  await kbPressTo(page, words('site.save_and_continue'), TASKS);
}

/**
 * Part 2 by keyboard: every statement of the four areas rated (the n-th with
 * ratings[n % length]), a note in the first area, one thing that goes well and a few
 * words; its check page; back to the task list. `onStep(page, heading)` runs on each page.
 */
export async function part2ByKeyboard(page, { ratings = ['sometimes', 'most-of-the-time', 'never'].map(rating), note, positive, ownWords, onStep } = {}) {
  await kbPressTo(page, WELLBEING.taskLink, WELLBEING.areas[0].title);
  for (const [at, area] of WELLBEING.areas.entries()) {
    if (at > 0) await expectStep(page, area.title);
    if (onStep) await onStep(page, area.title);
    const legends = await page.locator('main fieldset legend').allInnerTexts();
    assert.ok(legends.length > 0, `no statements on "${area.title}"`);
    for (const [n, legend] of legends.entries()) {
      await kbRadio(page, legend.trim(), ratings[n % ratings.length], { checkFocus: n === 0 });
    }
    if (at === 0 && note) {
      await kbField(page, words(`outcomes.area.${area.id}.notes_label`), note);
    }
    await kbPress(page, words('site.continue'), { checkFocus: at === 0 });
  }
  await expectStep(page, WELLBEING.goesWell);
  if (onStep) await onStep(page, WELLBEING.goesWell);
  if (positive) await kbCheckbox(page, positive, true, { within: words('outcomes.goes_well.positives_label') });
  if (ownWords) await kbField(page, words('outcomes.goes_well.text_label'), ownWords);
  await kbPressTo(page, words('site.continue'), WELLBEING.check);
  if (onStep) await onStep(page, WELLBEING.check);
  await kbPressTo(page, words('wellbeing_pages.check.continue_button'), TASKS);
}

/**
 * Part 3 by keyboard: from the task list, adds a person and fills every page of their plan
 * for `persona` (the shape of PLAN_PERSONAS in part3.mjs), through its check page, back to
 * the task list. `onStep(page, heading)` runs on each page once it has loaded.
 */
export async function planByKeyboard(page, persona, { onStep } = {}) {
  const h = planHeadings(persona.firstName);
  const fields = async (values, within) => {
    for (const [label, value] of Object.entries(values)) {
      if (value !== undefined) await kbField(page, label, value, { within, checkFocus: false });
    }
  };
  const radio = async (key, options) => {
    if (persona[key]) await kbRadio(page, planField(PLAN_RADIOS[key]), persona[key], options);
  };
  /** Each row of a repeated list: added if not there (focus goes to its first box), then filled. */
  const rows = async (section, list, table, each) => {
    for (const [at, values] of (list ?? []).entries()) {
      const row = rowLegend(section, at);
      if (!(await page.getByRole('group', { name: row, exact: true }).count())) {
        await kbAdd(page, addButton(section), { checkFocus: section !== 'medicines' || at === 1 });
        const first = planField(Object.values(table)[0]);
        await page
          .waitForFunction(([label, legend]) => {
            const el = document.activeElement;
            return el?.labels?.[0]?.textContent.trim() === label && el.closest('fieldset')?.querySelector('legend')?.textContent.trim() === legend;
          }, [first, row], { timeout: 5_000 })
          .catch(async () => assert.fail(`after "${addButton(section)}", focus is on ${await describeFocus(page)}, not in ${row}`));
      }
      await fields(labelled(table, values), row);
      if (each) await each(values, row, at);
    }
  };
  await kbPressTo(page, PLAN_TEXT.taskLink, PLAN_TEXT.plansTitle);
  await kbPress(page, new RegExp(`^(${PLAN_TEXT.addPerson}|${PLAN_TEXT.addAnotherPerson})$`));
  await page.waitForFunction(() => /^#\/plans\/\d+\/[a-z-]+$/.test(location.hash));
  /** Each page's own steps; the other pages are only checked and saved. */
  const fills = {
    person: () => fields(labelled(PLAN_BOXES.person, persona)),
    medicines: async () => {
      await rows('medicines', persona.medicines, ROW_BOXES.medicine);
      await fields(labelled(PLAN_BOXES.medicines, persona));
    },
    professionals: async () => {
      await fields(labelled(PLAN_BOXES.professionals, persona));
      await rows('professionals', persona.professionals, ROW_BOXES.professional);
    },
    needs: () => fields(labelled(PLAN_BOXES.needs, persona)),
    routine: async () => {
      await fields(labelled(PLAN_BOXES.routine, persona));
      await radio('leftAlone');
    },
    wandering: async () => {
      await radio('mayWander', { checkFocus: false });
      if (asksWandering(persona.mayWander)) {
        await page.getByLabel(planField('height'), { exact: true }).waitFor();
        await fields(labelled(PLAN_BOXES.wandering, persona));
      }
    },
    'stepping-in': () =>
      rows('stepping-in', persona.stepIn, ROW_BOXES.stepIn, async (person, row, at) => {
        for (const [key, id] of Object.entries(STEP_IN_TICKS)) {
          await kbCheckbox(page, planField(id), Boolean(person[key]), { within: row, checkFocus: at === 0 });
        }
      }),
    home: () => fields(labelled(PLAN_BOXES.home, persona)),
    legal: async () => {
      await radio('lpaHealth', { checkFocus: false });
      await fields(labelled(PLAN_BOXES.legal, persona));
      await radio('lpaProperty', { checkFocus: false });
      await radio('advanceCarePlan', { checkFocus: false });
    },
    'hospital-bag': async () => {
      if (persona.suggestedBag) {
        await kbPress(page, PLAN_TEXT.suggested);
        await page.getByLabel(`${planField('hospital-bag')} 1`, { exact: true }).waitFor();
      }
    },
  };
  await walkPlan(page, {
    firstName: persona.firstName,
    arrive: async (id) => onStep?.(page, h[id]),
    fills,
    // The first page's button is reached from its h1; later ones are after a field that
    // may keep the focus where the test left it.
    save: (id, at) => kbPress(page, PLAN_TEXT.save, { checkFocus: at === 0 }),
  });
  if (onStep) await onStep(page, h.check);
  await kbPressTo(page, words('plan_pages.check.continue_button'), TASKS);
}

// ---------------------------------------------------------------------------------------
// The journey by pointer (quick), to have answers for every page

/** Rates every statement on an area page by pointer, the n-th with ratings[n % length]; returns how many. */
export async function rateAreaByPointer(page, ratings) {
  const legends = await page.locator('main fieldset legend').allInnerTexts();
  for (const [n, legend] of legends.entries()) {
    await page
      .getByRole('group', { name: legend.trim(), exact: true })
      .getByRole('radio', { name: ratings[n % ratings.length], exact: true })
      .check();
  }
  return legends.length;
}

// ---------------------------------------------------------------------------------------
// Measuring the page

/** The page scrolls sideways (its content is wider than the window). */
export const scrollsSideways = (page) =>
  page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

/** What makes the page wider than the window (for messages). */
export function widestElements(page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    return [...document.querySelectorAll('.cc-app *')]
      .filter((el) => el.getBoundingClientRect().right > width + 0.5)
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${String(el.className).split(' ').join('.')} right=${Math.round(el.getBoundingClientRect().right)} "${el.textContent.trim().slice(0, 40)}"`);
  });
}

/**
 * WCAG 2.5.8 (target size, minimum) for every visible link, button, radio and checkbox in
 * the app: the target is at least 24 × 24 CSS px, or a 24 px circle on its centre touches
 * no other target nor another small target's circle (the spacing exception), or it is a
 * link inside a sentence (the inline exception). A target's box is the box that takes
 * the click: a link stretched over its row by an absolute ::after counts as that row.
 * Returns the targets that fail, as strings ([] when all pass).
 */
export function smallTargets(page) {
  return page.evaluate(() => {
    const describe = (el) =>
      `${el.tagName.toLowerCase()}${el.type ? '[' + el.type + ']' : ''} "${(el.labels?.[0]?.textContent ?? el.textContent).replace(/\s+/g, ' ').trim().slice(0, 50)}"`;
    const boxOf = (el) => {
      const after = getComputedStyle(el, '::after');
      if (after.content !== 'none' && after.position === 'absolute' && el.offsetParent) {
        const a = el.offsetParent.getBoundingClientRect();
        const own = el.getBoundingClientRect();
        return {
          left: Math.min(a.left, own.left),
          top: Math.min(a.top, own.top),
          right: Math.max(a.right, own.right),
          bottom: Math.max(a.bottom, own.bottom),
        };
      }
      const r = el.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    };
    const shown = (el) => {
      const r = el.getBoundingClientRect();
      const s = getComputedStyle(el);
      // Not drawn, or moved off the page (the skip link until it has the focus).
      return r.width > 1 && r.height > 1 && r.right > 0 && r.bottom > 0 && s.visibility !== 'hidden' && s.display !== 'none';
    };
    // Inline exception: a link laid out inline, in a block that has text of its own too.
    const inSentence = (el) => {
      if (el.tagName !== 'A' || getComputedStyle(el).display !== 'inline') return false;
      let block = el.parentElement;
      while (block && getComputedStyle(block).display === 'inline') block = block.parentElement;
      const all = block.textContent.replace(/\s+/g, ' ').trim();
      const own = el.textContent.replace(/\s+/g, ' ').trim();
      return all.length > own.length;
    };
    const targets = [...document.querySelectorAll('.cc-app a[href], .cc-app button, .cc-app input[type=radio], .cc-app input[type=checkbox]')]
      .filter(shown)
      .map((el) => {
        const box = boxOf(el);
        return { el, box, w: box.right - box.left, h: box.bottom - box.top, cx: (box.left + box.right) / 2, cy: (box.top + box.bottom) / 2 };
      });
    // Distance from a point to a box (0 inside).
    const distance = (x, y, b) => Math.hypot(Math.max(b.left - x, 0, x - b.right), Math.max(b.top - y, 0, y - b.bottom));
    const failing = [];
    for (const t of targets) {
      if (t.w >= 24 - 0.01 && t.h >= 24 - 0.01) continue;
      if (inSentence(t.el)) continue;
      // A label's radio or checkbox and the label itself are one target.
      const others = targets.filter((o) => o !== t && !o.el.contains(t.el) && !t.el.contains(o.el));
      const crowded = others.find((o) => {
        const small = !(o.w >= 24 && o.h >= 24);
        return distance(t.cx, t.cy, o.box) < 12 || (small && Math.hypot(t.cx - o.cx, t.cy - o.cy) < 24);
      });
      if (crowded) {
        failing.push(`${describe(t.el)} is ${t.w.toFixed(1)} × ${t.h.toFixed(1)} px and too close to ${describe(crowded.el)}`);
      }
    }
    return failing;
  });
}

/**
 * Elements in the app that would move: running animations or transitions (document
 * .getAnimations()), and any element or ::before/::after whose computed transition or
 * animation lasts longer than 0.01 s. Returns them as strings ([] when nothing moves).
 */
export function motion(page) {
  return page.evaluate(() => {
    const seconds = (list) => Math.max(0, ...list.split(',').map((d) => (d.trim().endsWith('ms') ? parseFloat(d) / 1000 : parseFloat(d) || 0)));
    const moving = document
      .getAnimations()
      .filter((a) => a.playState === 'running' && (a.effect?.getTiming().duration ?? 0) > 10)
      .map((a) => `running ${a.constructor.name} ${a.animationName ?? a.transitionProperty ?? ''} on ${a.effect?.target?.tagName}`);
    for (const el of document.querySelectorAll('.cc-app, .cc-app *')) {
      for (const pseudo of [null, '::before', '::after']) {
        const s = getComputedStyle(el, pseudo);
        const transition = s.transitionProperty !== 'none' ? seconds(s.transitionDuration) + seconds(s.transitionDelay) : 0;
        const animation = s.animationName !== 'none' ? seconds(s.animationDuration) : 0;
        if (transition > 0.01 || animation > 0.01) {
          moving.push(`${el.tagName.toLowerCase()}.${String(el.className).split(' ').join('.')}${pseudo ?? ''}: transition ${s.transitionDuration}, animation ${s.animationName} ${s.animationDuration}`);
        }
      }
    }
    return moving;
  });
}

/** Every page of the journey, by address, in an order where each differs from the last. */
export const EVERY_PAGE = [
  '#/',
  ...QUESTIONS.map((q) => `#/carer/${q.id}`),
  '#/carer/check',
  '#/carer/result',
  '#/tasks',
  '#/about-you',
  ...WELLBEING.areas.map((a) => `#/wellbeing/${a.id}`),
  '#/wellbeing/goes-well',
  '#/wellbeing/check',
  '#/plans',
  ...PLAN_SECTIONS.map((s) => `#/plans/1/${s}`),
  '#/plans/1/check',
  '#/plans/1/remove',
  '#/documents',
  ...Object.keys(documentNames('')).map((key) => `#/documents/${key}`),
  '#/share',
  '#/leaving-quickly',
  '#/your-answers',
  '#/your-answers/delete',
  '#/no-such-page',
];

/**
 * From the start page (open now, in whatever language the tests look for): part 1 (choosing
 * Bury), About you, part 2 and an emergency plan for `plan` as the working daughter, by
 * pointer; ends on the task list. Each page is checked with expectStep() (its h1 focused and
 * in the title); `onStep(page, heading)` runs on each part 1 and plan page before it is
 * answered (e.g. an axe check). Returns the headings of part 1, ending with its result.
 */
export async function walkWholeJourney(page, plan, { onStep } = {}) {
  const next = async (name, heading, role = 'button') => {
    await page.getByRole(role, { name, exact: true }).click();
    await expectStep(page, heading);
  };
  await page.getByRole('radio', { name: words('councils.council.bury.area'), exact: true }).check();
  const part1 = await completePart1(page, PERSONAS.workingCarer, { onStep });
  await next(words('site.continue'), TASKS, 'link');

  await next(words('site.tasks.about_you'), words('site.about_you.title'), 'link');
  for (const [key, value] of Object.entries({ name: HELEN.name, phone: HELEN.phone, address: HELEN.address, gp_practice: HELEN.gp, employer: HELEN.employer })) {
    await page.getByLabel(words(`site.about_you.${key}`), { exact: true }).fill(value);
  }
  await next(words('site.save_and_continue'), TASKS);

  await next(WELLBEING.taskLink, WELLBEING.areas[0].title, 'link');
  for (let at = 0; at < WELLBEING.areas.length; at++) {
    await rateAreaByPointer(page, [rating('sometimes'), rating('never'), rating('most-of-the-time')]);
    await next(words('site.continue'), WELLBEING.areas[at + 1]?.title ?? WELLBEING.goesWell);
  }
  await page.getByRole('checkbox', { name: words('outcomes.positive.proud.label'), exact: true }).check();
  await next(words('site.continue'), WELLBEING.check);
  await next(words('site.continue'), TASKS);

  await next(PLAN_TEXT.taskLink, PLAN_TEXT.plansTitle, 'link');
  await fillPlan(page, plan, { onStep });
  await next(words('site.continue'), TASKS);
  return part1;
}

/** Goes to `hash` as a pasted link or the back button would, and waits until it is drawn. */
export async function visit(page, hash) {
  // Already there: go elsewhere first, so the step changes (and the h1 takes the focus).
  if ((await page.evaluate(() => location.hash)) === hash) await visit(page, hash === '#/tasks' ? '#/' : '#/tasks');
  await page.evaluate((h) => (location.hash = h), hash);
  await page
    .waitForFunction((h) => location.hash === h && document.activeElement?.tagName === 'H1', hash)
    .catch(async (error) => {
      throw new Error(`${hash} did not load with focus on its h1 (h1 "${await page.locator('h1').first().innerText().catch(() => '?')}")\n${error.message}`);
    });
  if (hash.startsWith('#/documents/') && (await page.locator('.cc-doc__print').count())) {
    await page.waitForFunction(() => document.querySelector('.cc-doc__body')?.childElementCount > 0);
  }
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/** Waits two frames, so a new viewport or media setting has been laid out. */
export const settle = (page) => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
