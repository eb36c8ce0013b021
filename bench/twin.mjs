// The static twin (bench/static-twin/): the app's start page and its first question as plain
// HTML with the app's own style sheets, no wasm and no script. Written beside a copy of dist/
// so it links the very CSS files of this build; shared by bench/lighthouse.mjs and
// bench/cold-start.mjs.

import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const twinDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'static-twin');
export const TWIN_FILE = 'static-twin.html'; // the start page's twin, beside dist's index.html
export const TWIN_QUESTION_FILE = 'static-twin-question.html'; // the first question's twin

/**
 * Writes both twin pages into `root` (a copy of dist/): their placeholder style sheets
 * (href="main.css") become the hashed files of this build, their CSP becomes the app's, and
 * the start page's Start now (href="question.html") links the question's twin. Throws if a
 * placeholder has no file: without the twin there is nothing to compare with.
 */
export function writeTwins(root, warnings) {
  const files = readdirSync(root);
  const appHtml = readFileSync(path.join(root, 'index.html'), 'utf8');
  const csp = appHtml.match(/http-equiv="?Content-Security-Policy"?\s+content="([^"]*)"/i)?.[1];
  if (!csp) warnings.push('dist/index.html has no Content-Security-Policy meta: the twin keeps its own.');
  const sheets = (text) => [...text.matchAll(/<link\b[^>]*\brel="?stylesheet"?[^>]*>/g)]
    .map((m) => m[0].match(/href="?\.\/([^"\s>]+)/)?.[1]).filter(Boolean).sort();

  for (const [source, target] of [['index.html', TWIN_FILE], ['question.html', TWIN_QUESTION_FILE]]) {
    let html = readFileSync(path.join(twinDir, source), 'utf8');
    html = html.replace(/(<link\b[^>]*\bhref=")([a-z]+)\.css"/g, (_, before, name) => {
      const hashed = files.find((f) => new RegExp(`^${name}-[0-9a-f]+\\.css$`).test(f));
      if (!hashed) throw new Error(`The twin links ${name}.css, but dist/ has no ${name}-<hash>.css: update bench/static-twin/${source}.`);
      return `${before}./${hashed}"`;
    });
    // The same policy as the app's page (its script-src hash changes with each build).
    if (csp) html = html.replace(/(http-equiv="Content-Security-Policy" content=")[^"]*/, `$1${csp}`);
    html = html.replace(/href="question\.html"/g, `href="./${TWIN_QUESTION_FILE}"`).replace(/href="index\.html"/g, `href="./${TWIN_FILE}"`);
    // Every style sheet the app's page links, the twin must link too (and nothing else).
    const [appSheets, twinSheets] = [sheets(appHtml), sheets(html)];
    if (appSheets.join() !== twinSheets.join()) {
      warnings.push(`style sheets differ: the app links ${appSheets.join(', ')}; bench/static-twin/${source} ${twinSheets.join(', ')}.`);
    }
    writeFileSync(path.join(root, target), html);
  }
}
