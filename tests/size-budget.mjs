// Size budget: an English-speaking carer's first visit (everything in dist/ but the language
// files in dist/lang/), brotli-compressed, must total at most 240 KB (the ceiling in
// shared/ARCHITECTURE.md). A carer on a slow phone connection downloads all of it before
// seeing the first question. Each other language's file is reported apart: only those who
// choose that language download it.
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

const all = await measureDir(dist);
const isLanguage = (row) => row.file.split(path.sep)[0] === 'lang';
const rows = all.filter((row) => !isLanguage(row));
const { brotli } = totals(rows);
console.log('English first visit:');
console.log(formatTable(rows));
console.log('\nEach other language, extra for those who choose it:');
console.log(formatTable(all.filter(isLanguage)));
const percent = ((brotli / BUDGET_BYTES) * 100).toFixed(1);
if (brotli > BUDGET_BYTES) {
  console.error(`Over budget: ${brotli.toLocaleString('en-GB')} B brotli > ${BUDGET_BYTES.toLocaleString('en-GB')} B (${percent}%).`);
  process.exit(1);
}
console.log(`Within budget: ${brotli.toLocaleString('en-GB')} B brotli of ${BUDGET_BYTES.toLocaleString('en-GB')} B (${percent}%).`);
