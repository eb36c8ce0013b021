// Size budget: everything in dist/, brotli-compressed, must total at most 240 KB (the ceiling in shared/ARCHITECTURE.md for an English first visit).
// A carer on a slow phone connection downloads all of it before seeing the first question.
// Run after `make dist`; exits 1 when over budget.

import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureDir, totals, formatTable } from '../bench/sizes.mjs';

const BUDGET_BYTES = 240 * 1024; // 245,760

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.resolve(repoRoot, process.env.CC_DIST_DIR ?? 'dist');
if (!existsSync(path.join(dist, 'index.html'))) {
  console.error(`${dist}/index.html is missing: run \`make dist\` first.`);
  process.exit(1);
}

const rows = await measureDir(dist);
const { brotli } = totals(rows);
console.log(formatTable(rows));
const percent = ((brotli / BUDGET_BYTES) * 100).toFixed(1);
if (brotli > BUDGET_BYTES) {
  console.error(`Over budget: ${brotli.toLocaleString('en-GB')} B brotli > ${BUDGET_BYTES.toLocaleString('en-GB')} B (${percent}%).`);
  process.exit(1);
}
console.log(`Within budget: ${brotli.toLocaleString('en-GB')} B brotli of ${BUDGET_BYTES.toLocaleString('en-GB')} B (${percent}%).`);
