// Benchmark: Lighthouse (mobile) on the start page of dist/, served by our own static server.
// A measurement, not a test: it prints scores and timings and fails only if Lighthouse cannot run.
// Full reports land in bench-results/ (git-ignored): lighthouse.report.html and .json.

import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../tests/e2e/support/serve.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.resolve(repoRoot, process.env.CC_DIST_DIR ?? 'dist');
const outDir = path.join(repoRoot, 'bench-results');
const lighthouseBin = path.join(repoRoot, 'node_modules/.bin/lighthouse');

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

const server = await startServer({ root: dist });
let exitCode;
try {
  console.log(`\nLighthouse (mobile: default config, emulated phone, simulated slow 4G) on ${server.url}`);
  // Asynchronous on purpose: the server lives in this process, so a blocking spawnSync
  // would stop it answering Lighthouse's requests.
  const child = spawn(
    lighthouseBin,
    [
      server.url,
      '--only-categories=performance,accessibility',
      `--chrome-flags=${chromeFlags}`,
      '--output=json',
      '--output=html',
      `--output-path=${path.join(outDir, 'lighthouse')}`,
      '--quiet',
    ],
    {
      stdio: 'inherit',
      env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
    },
  );
  [exitCode] = await once(child, 'exit');
} finally {
  await server.close();
}
if (exitCode !== 0) {
  console.error(`Lighthouse failed (exit ${exitCode}).`);
  process.exit(1);
}

const report = JSON.parse(readFileSync(path.join(outDir, 'lighthouse.report.json'), 'utf8'));
const score = (id) => Math.round((report.categories[id]?.score ?? NaN) * 100);
const ms = (id) => `${Math.round(report.audits[id]?.numericValue ?? NaN)} ms`;
const rows = [
  ['Performance score', `${score('performance')} / 100`],
  ['Accessibility score', `${score('accessibility')} / 100`],
  ['Largest Contentful Paint (LCP)', ms('largest-contentful-paint')],
  ['Total Blocking Time (TBT)', ms('total-blocking-time')],
  ['First Contentful Paint', ms('first-contentful-paint')],
  ['Speed Index', ms('speed-index')],
  ['Cumulative Layout Shift', (report.audits['cumulative-layout-shift']?.numericValue ?? NaN).toFixed(3)],
];
for (const [name, value] of rows) console.log(`${name.padEnd(32)} ${value}`);
if (report.runWarnings?.length) console.log(`Warnings:\n  ${report.runWarnings.join('\n  ')}`);
console.log(`Report: ${path.relative(process.cwd(), path.join(outDir, 'lighthouse.report.html'))}`);
