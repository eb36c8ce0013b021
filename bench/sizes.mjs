// Measures every file in a folder raw, gzip'd and brotli'd, as a web server would send it.
// Shared by the size budget (tests/size-budget.mjs) and the benchmark (bench/bundle-size.mjs).

import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

/**
 * @param {string} dir
 * @returns {Promise<{file: string, raw: number, gzip: number, brotli: number}[]>} sorted by path
 */
export async function measureDir(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath ?? e.path, e.name)))
    // Skip dot-paths: Trunk leaves dist/.stage/ behind after a failed build; hosts don't serve it.
    .filter((file) => !file.split(path.sep).some((part) => part.startsWith('.')))
    .sort();
  const rows = [];
  for (const file of files) {
    const bytes = await readFile(path.join(dir, file));
    rows.push({
      file,
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      // Quality 11 is brotli's maximum: what a host pre-compressing static files would use.
      brotli: brotliCompressSync(bytes, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
        },
      }).length,
    });
  }
  return rows;
}

export function totals(rows) {
  return rows.reduce(
    (sum, r) => ({ raw: sum.raw + r.raw, gzip: sum.gzip + r.gzip, brotli: sum.brotli + r.brotli }),
    { raw: 0, gzip: 0, brotli: 0 },
  );
}

/** A plain-text table: file, raw, gzip, brotli, then the total. */
export function formatTable(rows) {
  const sum = totals(rows);
  const all = [...rows, { file: 'total', ...sum }];
  const width = Math.max(...all.map((r) => r.file.length), 4);
  const num = (n) => n.toLocaleString('en-GB').padStart(11);
  const line = (f, a, b, c) => `${f.padEnd(width)} ${a.padStart(11)} ${b.padStart(11)} ${c.padStart(11)}`;
  return [
    line('file', 'raw B', 'gzip B', 'brotli B'),
    ...rows.map((r) => line(r.file, num(r.raw), num(r.gzip), num(r.brotli))),
    '-'.repeat(width + 36),
    line('total', num(sum.raw), num(sum.gzip), num(sum.brotli)),
  ].join('\n');
}

/**
 * A file only a carer who chose another language downloads: one under dist/lang/ that is not
 * the English wording (lang/en.* or lang/en-GB.*, if English ever moves there too).
 * @param {string} file a path relative to dist/
 */
export function isOtherLanguage(file) {
  const parts = file.split(/[\\/]/);
  return parts[0] === 'lang' && parts.length > 1 && !/^en(-GB)?\./i.test(parts.at(-1));
}
