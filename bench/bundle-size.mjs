// Benchmark: bytes of every dist/ asset raw / gzip (level 9) / brotli (quality 11), and the total.
import path from 'node:path';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { measureDir, formatTable } from './sizes.mjs';

const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', process.env.CC_DIST_DIR ?? 'dist');
if (!existsSync(path.join(dist, 'index.html'))) {
  console.error(`${dist}/index.html is missing: run \`make dist\` first.`);
  process.exit(1);
}
console.log(`Bundle sizes (${path.relative(process.cwd(), dist) || dist}):`);
console.log(formatTable(await measureDir(dist)));
