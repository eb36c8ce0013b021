// Shared helpers for the end-to-end tests (node --test + playwright-core + axe-core).
//
// Everything runs offline: Debian's Chromium (playwright-core never downloads a browser),
// dist/ served by our own server on 127.0.0.1, axe-core from node_modules.
//
//   const server = await startServer({ root: DIST_DIR, prefix: '/some/sub/path/' });
//   const browser = await launchBrowser();
//   const t = await newPage(browser, server);
//   await t.page.goto(server.url);
//   await waitForAppStart(t);
//   assert.deepEqual(t.otherOrigins(), []);
//   assert.deepEqual(t.consoleErrors, []);
//   assert.deepEqual(await checkAxe(t.page), []);

import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { existsSync, watch } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export { startServer } from './serve.mjs';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** The built app. `make dist` writes it; override with CC_DIST_DIR to test another build. */
export const DIST_DIR = path.resolve(REPO_ROOT, process.env.CC_DIST_DIR ?? 'dist');

/** Chromium from Debian; CHROMIUM_PATH overrides it. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Without the background-networking flags Chromium keeps trying to reach Google's hosts,
// which is both slow here and noise in the "no other origin" checks.
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox', // we run as root in CI
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const AXE_PATH = path.join(REPO_ROOT, 'node_modules/axe-core/axe.min.js');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Fails early, with the fix, when dist/ has not been built. */
export function requireDist() {
  if (!existsSync(path.join(DIST_DIR, 'index.html'))) {
    throw new Error(`${DIST_DIR}/index.html is missing: run \`make dist\` first.`);
  }
  return DIST_DIR;
}

/**
 * Headless Chromium. playwright-core's launch() already gives every browser a fresh
 * temporary profile (user data dir), deleted on close(), so runs never share state.
 */
export async function launchBrowser(options = {}) {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`${CHROMIUM_PATH} is missing: run \`make tools\` (installs Debian's chromium).`);
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, ...options });
}

/**
 * A page in its own browser context (own storage, cookies, cache), with a log of what it did.
 * @param {import('playwright-core').Browser} browser
 * @param {{origin: string}} server what startServer() returned; its origin is "ours"
 * @param {object} [contextOptions] passed to browser.newContext (e.g. viewport, javaScriptEnabled)
 * @returns {Promise<{page, context, requests: string[], consoleErrors: string[],
 *   pageErrors: string[], otherOrigins: () => string[], close: () => Promise<void>}>}
 */
export async function newPage(browser, server, contextOptions = {}) {
  const context = await browser.newContext(contextOptions);
  const page = await context.newPage();
  const requests = []; // every URL the page asked for, in order
  const consoleErrors = []; // console.error and failed-load messages
  const pageErrors = []; // uncaught exceptions (e.g. a wasm panic that escapes)

  // Trunk's loader fires TrunkApplicationStarted once the wasm's main() has run (it never
  // fires if main panics); remember it, because index.html's static fallback already has an h1.
  await context.addInitScript(() => {
    addEventListener('TrunkApplicationStarted', () => (window.__ccAppStarted = true), { once: true });
  });
  // On the context, not the page: also catches workers and popups.
  context.on('request', (request) => requests.push(request.url()));
  // Recorded above, then refused: a test must never depend on (or wait for) the internet.
  await context.route(
    (url) => /^(https?|wss?):$/.test(url.protocol) && url.origin !== server.origin,
    (route) => route.abort('blockedbyclient'),
  );
  page.on('console', (message) => {
    // Chromium asks for /favicon.ico by itself when a page links no icon: not the page's error.
    if (message.type() === 'error' && !isImplicitFavicon(message.location()?.url)) {
      consoleErrors.push(formatConsole(message));
    }
  });
  page.on('pageerror', (error) => pageErrors.push(error?.stack || error?.message || String(error)));

  return {
    page,
    context,
    requests,
    consoleErrors,
    pageErrors,
    /** URLs that went anywhere but our server (data: and blob: URLs are local, so fine). */
    otherOrigins: () =>
      requests.filter((url) => /^(https?|wss?):/.test(url) && new URL(url).origin !== server.origin),
    close: () => context.close(),
  };
}

/** The browser's own /favicon.ico request at the origin's root (made even under a sub-path). */
export function isImplicitFavicon(url) {
  return typeof url === 'string' && /^https?:\/\/[^/]+\/favicon\.ico$/.test(url);
}

/**
 * Waits until the wasm app has started (not just until index.html's static fallback shows).
 * On timeout the error says what the page reported, e.g. a panic or a failed wasm load.
 * @param {Awaited<ReturnType<typeof newPage>>} t what newPage() returned
 */
export async function waitForAppStart(t, timeout = 10_000) {
  try {
    // Started, and drawn: with a language to fetch first, the app draws itself after start.
    // index.html's own text has no footer; the app always has one.
    await t.page.waitForFunction(() => window.__ccAppStarted === true && !!document.querySelector('.cc-app .cc-footer'), null, { timeout });
  } catch (error) {
    const seen = [...t.pageErrors, ...t.consoleErrors];
    error.message += `\nThe app did not start. The page reported:\n  ${seen.join('\n  ') || '(nothing)'}`;
    throw error;
  }
}

/**
 * Waits until `pageFunction`, an async function run in the page, gives a truthy value, and
 * returns that value. `page.waitForFunction` cannot wait on an async function: its promise
 * is truthy, so it returns at once. Caches and service worker registrations have no event
 * to wait on, so this looks again after each animation frame until `timeout` ms.
 */
export async function waitForAsync(page, pageFunction, arg, { timeout = 10_000 } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await page.evaluate(pageFunction, arg);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`waitForAsync: still ${JSON.stringify(value)} after ${timeout} ms:\n${pageFunction}`);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve())));
  }
}

function formatConsole(message) {
  const { url, lineNumber } = message.location() ?? {};
  return url ? `${message.text()} (${url}:${lineNumber})` : message.text();
}

let axeSource; // read once per test file

/**
 * Runs axe-core (WCAG 2.0/2.1/2.2 A and AA rules) on the page as it is now.
 * Returns the violations as readable strings: [] means none.
 * @param {import('playwright-core').Page} page
 * @param {object} [options] { include: CSS selector to limit the check to (default: whole page),
 *   disableRules: rule ids to skip — give a linked reason next to any use }
 */
export async function checkAxe(page, { include, disableRules = [] } = {}) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) {
    axeSource ??= await readFile(AXE_PATH, 'utf8');
    // Not page.addScriptTag: it adds an inline <script>, which the app's strict
    // Content-Security-Policy refuses (and logs as a console error, failing the test that
    // checks the console). Evaluating through the DevTools protocol is not subject to CSP.
    await page.evaluate(axeSource);
  }
  const results = await page.evaluate(
    async ({ include, tags, disableRules }) => {
      const rules = Object.fromEntries(disableRules.map((id) => [id, { enabled: false }]));
      return window.axe.run(include ?? document, { runOnly: { type: 'tag', values: tags }, rules, resultTypes: ['violations'] });
    },
    { include, tags: AXE_TAGS, disableRules },
  );
  return results.violations.map(formatViolation);
}

// "color-contrast (serious): Elements must meet minimum color contrast ratio thresholds
//    - #carer-check > p:nth-child(2): Fix any of the following: ..."
export function formatViolation(v) {
  const nodes = v.nodes.map((n) => `    - ${n.target.join(' ')}: ${n.failureSummary?.replace(/\s*\n\s*/g, ' ') ?? ''}`);
  return `${v.id} (${v.impact}): ${v.help} [${v.helpUrl}]\n${nodes.join('\n')}`;
}

/**
 * Waits until something in `dir` changes (a build writing its files), or at most
 * `timeout` ms: the build may have finished between the look and the watch.
 */
function changeIn(dir, timeout = 30_000) {
  return new Promise((resolve) => {
    const done = () => {
      watcher.close();
      clearTimeout(timer);
      resolve();
    };
    const watcher = watch(dir, done);
    const timer = setTimeout(done, timeout);
  });
}

/** Copies dist/ and waits until the copy is whole (a build may be running meanwhile). */
export async function snapshotDist(dist) {
  for (let attempt = 1; ; attempt++) {
    const copy = await mkdtemp(path.join(tmpdir(), 'cc-dist-'));
    await cp(dist, copy, { recursive: true });
    const html = await readFile(path.join(copy, 'index.html'), 'utf8').catch(() => '');
    const assets = [...html.matchAll(/(?:href|src|module_or_path:)\s*=?\s*['"]\.\/([^'"]+)['"]/g)].map((m) => m[1]);
    const complete = html && assets.length > 0 && assets.every((file) => existsSync(path.join(copy, file)));
    if (complete) return copy;
    await rm(copy, { recursive: true, force: true });
    if (attempt === 10) throw new Error(`${dist} stayed incomplete (a build still running?)`);
    await changeIn(dist);
  }
}
