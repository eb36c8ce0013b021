// The app's English wording, for the tests to look for: never a pinned copy of a sentence.
//
// build.rs reads src/content/data/*.toml and writes every text the app shows, by key, to
// lang/en.json in its OUT_DIR (the base translators work from). The newest one of the
// release wasm build (the build `make dist` made) is read here; CC_WORDING names another.
//
//   words('site.continue')                                   // 'Continue'
//   words('plan_pages.caption_named', { name: 'Arthur' })   // 'Emergency plan for Arthur'
//   option('age', '25-64')                                  // '25 to 64'
//   DATA.questions.question.map((q) => q.id)                // part 1's questions, in order
//
// A key that is not there fails at once, naming the key: when the data files change shape,
// the test says which wording it was looking for.
//
// A test file that drives the app in another language sets CC_TEST_LANGUAGE before it
// imports the support modules (journey-in-urdu.test.mjs): every text here, and so every
// heading, label and button the shared steps look for, is then that language's, from
// src/content/wording/<tag>.json.

import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** The en.json of the newest build: the release wasm build first, then any other. */
function wordingFile() {
  if (process.env.CC_WORDING) return process.env.CC_WORDING;
  const metadata = JSON.parse(
    execFileSync('cargo', ['metadata', '--format-version', '1', '--no-deps', '--offline'], { cwd: REPO_ROOT, encoding: 'utf8' }),
  );
  const newest = (builds) =>
    (existsSync(builds) ? readdirSync(builds) : [])
      .filter((name) => name.startsWith('carer-check-'))
      .map((name) => path.join(builds, name, 'out', 'lang', 'en.json'))
      .filter((file) => existsSync(file))
      .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
  const target = metadata.target_directory;
  const found =
    newest(path.join(target, 'wasm32-unknown-unknown', 'release', 'build')) ??
    newest(path.join(target, 'release', 'build')) ??
    newest(path.join(target, 'debug', 'build'));
  if (!found) throw new Error(`no English wording (lang/en.json) under ${target}: run \`make dist\` first`);
  return found;
}

export const WORDING_FILE = wordingFile();

/** The language the tests look for: "en" unless the test file asked for another. */
export const LANGUAGE = process.env.CC_TEST_LANGUAGE || 'en';

/** Where each other language's wording is kept, by tag: `<tag>.json`. */
export const TRANSLATIONS_DIR = path.join(REPO_ROOT, 'src', 'content', 'wording');

/** A language's own texts, by key, as its file holds them. */
export const translation = (tag) => JSON.parse(readFileSync(path.join(TRANSLATIONS_DIR, `${tag}.json`), 'utf8'));

/** The English texts, by key, whatever language the tests look for. */
export const ENGLISH = JSON.parse(readFileSync(WORDING_FILE, 'utf8'));

/** Every text the app shows, by key ("site.continue", "questions.question.age.title", …), in LANGUAGE. */
export const WORDING = LANGUAGE === 'en' ? ENGLISH : { ...ENGLISH, ...translation(LANGUAGE) };

/**
 * The data files as one object keyed by file name, as the same build wrote them beside its
 * lang/ folder (content.json): for what en.json, sorted by key, does not keep, such as the
 * order of part 1's questions (`DATA.questions.question`).
 */
export const DATA = (() => {
  const file = path.join(path.dirname(path.dirname(WORDING_FILE)), 'content.json');
  if (!existsSync(file)) throw new Error(`no content.json beside ${WORDING_FILE}: run \`make dist\` first`);
  return JSON.parse(readFileSync(file, 'utf8'));
})();

/** The text at `key`, with each `{name}` filled from `vars`. */
export function words(key, vars = {}) {
  const found = WORDING[key];
  if (typeof found !== 'string') throw new Error(`no wording "${key}" in the data files (src/content/data/*.toml)`);
  return found.replace(/\{(\w+)\}/g, (whole, name) => (name in vars ? String(vars[name]) : whole));
}

/** The list at `key` ("site.exit.how" → its texts in order). */
export function wordList(key) {
  const list = [];
  for (let i = 0; `${key}.${i}` in WORDING; i++) list.push(WORDING[`${key}.${i}`]);
  if (!list.length) throw new Error(`no list of wording "${key}" in the data files`);
  return list;
}

/** A part 1 question's option label, by question id and option id (`young`: its young label, if any). */
export const option = (question, id, { young = false } = {}) => {
  const key = `questions.question.${question}.options.${id}`;
  return young && `${key}.young_label` in WORDING ? words(`${key}.young_label`) : words(`${key}.label`);
};

/** An emergency-plan field's label, by its id in plan_pages.toml ("date-of-birth"). */
export const planField = (id) => words(`plan_pages.fields.${id}.label`);

/** A plan answer's label ("yes", "up-to-an-hour"). */
export const planChoice = (id) => words(`plan_pages.choices.${id}`);

/** A part 2 rating's label ("most-of-the-time"). */
export const rating = (id) => words(`outcomes.rating.${id}.label`);
