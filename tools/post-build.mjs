// Trunk post-build hook (see Trunk.toml): minifies the wasm-bindgen JS glue in a release
// build and updates its integrity hash in index.html. Trunk's own JS minifier cannot parse
// the glue (it stops at `export default`), and every kilobyte counts on an old phone.
//
// Trunk runs it with TRUNK_STAGING_DIR (the build before it becomes dist/) and TRUNK_PROFILE.

import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { minify } from 'terser';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error('post-build: TRUNK_STAGING_DIR is not set; run through `trunk build`.');
  process.exit(1);
}
if (process.env.TRUNK_PROFILE !== 'release') process.exit(0);

const indexPath = path.join(staging, 'index.html');
let html = await readFile(indexPath, 'utf8');
const scripts = (await readdir(staging)).filter((name) => name.endsWith('.js'));
for (const name of scripts) {
  const file = path.join(staging, name);
  const source = await readFile(file, 'utf8');
  const { code } = await minify(source, { module: true, compress: { passes: 2 }, mangle: true });
  if (!code) throw new Error(`post-build: terser returned nothing for ${name}`);
  await writeFile(file, code);

  // Trunk wrote the hash of the unminified file: the browser would refuse the new one.
  const integrity = `sha384-${createHash('sha384').update(code).digest('base64')}`;
  const link = new RegExp(`(href=["']?\\./${name.replace(/[.]/g, '\\.')}["']?[^>]*?integrity=["']?)sha384-[A-Za-z0-9+/=]+`);
  const linkBefore = new RegExp(`(integrity=["']?)sha384-[A-Za-z0-9+/=]+(["']?[^>]*?href=["']?\\./${name.replace(/[.]/g, '\\.')})`);
  if (link.test(html)) html = html.replace(link, `$1${integrity}`);
  else if (linkBefore.test(html)) html = html.replace(linkBefore, `$1${integrity}$2`);
  console.log(`post-build: ${name} ${source.length} -> ${code.length} bytes`);
}
await writeFile(indexPath, html);
