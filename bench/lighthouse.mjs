// Benchmark: Lighthouse (mobile) on the app's start page and, side by side, on its static
// twin (bench/static-twin/index.html: the same page as plain HTML and the same CSS, no wasm,
// no JavaScript). The twin is the yardstick: the best a start page can do on this host.
// A measurement, not a test: it prints scores, timings and the issue 6 targets (met or
// missed) and fails only if it cannot run. dist/ is served compressed (bench/serve.mjs:
// brotli, as a real host), so byte counts and timings are what a phone would get. Full
// reports land in bench-results/
// (git-ignored): lighthouse-app.report.{html,json} and lighthouse-twin.report.{html,json}.

import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser, newPage, snapshotDist } from '../tests/e2e/support/harness.mjs';
import { openApp } from '../tests/e2e/support/part1.mjs';
import { startCompressedServer } from './serve.mjs';
import { TWIN_FILE, writeTwins } from './twin.mjs';
import { isOtherLanguage, measureDir, totals } from './sizes.mjs';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(benchDir, '..');
const dist = path.resolve(repoRoot, process.env.CC_DIST_DIR ?? 'dist');
const outDir = path.join(repoRoot, 'bench-results');
const lighthouseBin = path.join(repoRoot, 'node_modules/.bin/lighthouse');

// Issue 6's targets, with issue 15's LCP (1.1x the twin) and size ceiling (240 KB).
const TARGETS = {
  performance: 95, // Lighthouse performance score, at least
  accessibility: 100, // Lighthouse accessibility score, exactly
  lcpVsTwin: 1.1, // the app's LCP at most this many times the twin's
  firstLoadBrotli: 240 * 1024, // the English first visit, brotli (KB = 1024 B, as the size budget)
};

if (!existsSync(path.join(dist, 'index.html'))) {
  console.error(`${dist}/index.html is missing: run \`make dist\` first.`);
  process.exit(1);
}
mkdirSync(outDir, { recursive: true });

// As in the e2e harness: the background-networking flags stop Chromium calling Google's hosts.
const chromeFlags = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
].join(' ');

// A copy, because dist/ may be rebuilt under us (another build running); the twin is
// written into the copy so it links the very CSS files the app's page links.
const root = await snapshotDist(dist);
const warnings = [];
const results = {};
let firstLoad;
try {
  // Measured before the twin is added: what a host would serve, but other languages'
  // wording (dist/lang/), which an English-speaking carer does not download.
  firstLoad = totals((await measureDir(root)).filter((r) => !isOtherLanguage(r.file)));
  writeTwins(root, warnings);

  const server = await startCompressedServer({ root });
  const pages = [
    { key: 'app', name: 'App start page', url: server.url },
    { key: 'twin', name: 'Static twin', url: server.url + TWIN_FILE },
  ];
  try {
    await checkTwinIsATwin(server, pages, warnings);
    for (const { key, name, url } of pages) {
      console.log(`\nLighthouse (mobile: default config, emulated phone, simulated slow 4G) on ${name}: ${url}`);
      results[key] = await runLighthouse(url, path.join(outDir, `lighthouse-${key}`));
    }
  } finally {
    await server.close();
  }
} catch (error) {
  // Cannot run (no twin, Lighthouse crashed): the one case this benchmark fails.
  console.error(error.message);
  process.exitCode = 1;
} finally {
  await rm(root, { recursive: true, force: true });
}
if (process.exitCode) process.exit();

// --- The figures, side by side ------------------------------------------------------------

const score = (r, id) => Math.round((r.categories[id]?.score ?? NaN) * 100);
const value = (r, id) => r.audits[id]?.numericValue ?? NaN;
const ms = (n) => `${Math.round(n).toLocaleString('en-GB')} ms`;
const bytes = (n) => `${Math.round(n).toLocaleString('en-GB')} B`;
const ratio = (a, b) => `${(a / b).toFixed(2)}×`;
const { app, twin } = results;

const rows = [
  ['Performance score', `${score(app, 'performance')} / 100`, `${score(twin, 'performance')} / 100`, ''],
  ['Accessibility score', `${score(app, 'accessibility')} / 100`, `${score(twin, 'accessibility')} / 100`, ''],
  ['Largest Contentful Paint (LCP)', ms(value(app, 'largest-contentful-paint')), ms(value(twin, 'largest-contentful-paint')),
    ratio(value(app, 'largest-contentful-paint'), value(twin, 'largest-contentful-paint'))],
  ['Total Blocking Time (TBT)', ms(value(app, 'total-blocking-time')), ms(value(twin, 'total-blocking-time')), ''],
  ['First Contentful Paint (FCP)', ms(value(app, 'first-contentful-paint')), ms(value(twin, 'first-contentful-paint')), ''],
  ['Time to Interactive (TTI)', ms(value(app, 'interactive')), ms(value(twin, 'interactive')), ''],
  // bench/serve.mjs sends brotli, as a real host: these are bytes on the wire.
  ['Total bytes (as served, brotli)', bytes(value(app, 'total-byte-weight')), bytes(value(twin, 'total-byte-weight')),
    ratio(value(app, 'total-byte-weight'), value(twin, 'total-byte-weight'))],
];
const table = (all) => {
  const widths = all[0].map((_, i) => Math.max(...all.map((row) => row[i].length)));
  return all.map((row) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('   ').trimEnd());
};
console.log('\nLighthouse mobile, side by side:');
for (const line of table([['', 'app', 'twin', 'app/twin'], ...rows])) console.log(`  ${line}`);

const lcpRatio = value(app, 'largest-contentful-paint') / value(twin, 'largest-contentful-paint');
const targets = [
  [`Lighthouse performance ≥ ${TARGETS.performance} (app)`, `${score(app, 'performance')}`, score(app, 'performance') >= TARGETS.performance],
  [`Lighthouse accessibility = ${TARGETS.accessibility} (app)`, `${score(app, 'accessibility')}`, score(app, 'accessibility') === TARGETS.accessibility],
  [`LCP within ${TARGETS.lcpVsTwin}× of the twin`, `${lcpRatio.toFixed(2)}×`, lcpRatio <= TARGETS.lcpVsTwin],
  [`English first load ≤ ${TARGETS.firstLoadBrotli / 1024} KB brotli (dist/ but dist/lang/)`,
    `${bytes(firstLoad.brotli)} = ${(firstLoad.brotli / 1024).toFixed(1)} KB`, firstLoad.brotli <= TARGETS.firstLoadBrotli],
];
console.log('\nTargets (issues 6 and 15):');
for (const line of table(targets.map(([name, got, met]) => [name, got, met ? 'met' : 'MISSED']))) console.log(`  ${line}`);

for (const [key, r] of Object.entries(results)) {
  for (const w of r.runWarnings ?? []) warnings.push(`Lighthouse (${key}): ${w}`);
}
for (const w of warnings) console.log(`WARNING: ${w}`);
console.log(`Reports: ${Object.keys(results).map((key) => path.relative(process.cwd(), path.join(outDir, `lighthouse-${key}.report.html`))).join(', ')}`);

// --- Helpers --------------------------------------------------------------------------------

/**
 * The twin is only a yardstick while it shows what the app shows: compares the visible text
 * (body innerText), the title, lang, viewport and CSP of the running app's start page and
 * of the twin. A difference is a WARNING (the twin has drifted), not a failure.
 */
async function checkTwinIsATwin(server, pages, warnings) {
  const browser = await launchBrowser();
  try {
    const seen = {};
    for (const { key, url } of pages) {
      const t = await newPage(browser, server);
      try {
        if (key === 'app') await openApp(t, url); // waits until the wasm app has drawn the page
        else await t.page.goto(url);
        seen[key] = await t.page.evaluate(() => ({
          text: document.body.innerText.trim(),
          title: document.title,
          lang: document.documentElement.lang,
          viewport: document.querySelector('meta[name=viewport]')?.content,
          csp: document.querySelector('meta[http-equiv=Content-Security-Policy]')?.content,
        }));
        if (key === 'twin' && t.consoleErrors.length) warnings.push(`the twin logged errors: ${t.consoleErrors.join('; ')}`);
      } finally {
        await t.close();
      }
    }
    const { app, twin } = seen;
    for (const field of ['title', 'lang', 'viewport', 'csp']) {
      if (app[field] !== twin[field]) warnings.push(`the twin's ${field} differs from the app's: "${twin[field]}" vs "${app[field]}"`);
    }
    if (app.text !== twin.text) {
      const [a, b] = [app.text.split('\n'), twin.text.split('\n')];
      const at = a.findIndex((line, i) => line !== b[i]);
      const line = at === -1 ? a.length : at;
      warnings.push(`the twin's visible text differs from the app's start page (line ${line + 1}: app "${a[line] ?? '(end)'}", twin "${b[line] ?? '(end)'}"). Update bench/static-twin/index.html.`);
    } else {
      console.log(`The twin still matches the app's start page (visible text: ${app.text.length} characters, title, lang, viewport, CSP).`);
    }
  } catch (error) {
    warnings.push(`could not compare the twin with the app: ${error.message.split('\n')[0]}`);
  } finally {
    await browser.close();
  }
}

/** Runs the Lighthouse CLI on `url`; writes `<outPath>.report.{json,html}`; returns the JSON. */
async function runLighthouse(url, outPath) {
  // Asynchronous on purpose: the server lives in this process, so a blocking spawnSync
  // would stop it answering Lighthouse's requests.
  const child = spawn(
    lighthouseBin,
    [
      url,
      '--only-categories=performance,accessibility',
      `--chrome-flags=${chromeFlags}`,
      '--output=json',
      '--output=html',
      `--output-path=${outPath}`,
      '--quiet',
    ],
    {
      stdio: 'inherit',
      env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
    },
  );
  const [exitCode] = await once(child, 'exit');
  if (exitCode !== 0) throw new Error(`Lighthouse failed on ${url} (exit ${exitCode}).`);
  return JSON.parse(readFileSync(`${outPath}.report.json`, 'utf8'));
}
