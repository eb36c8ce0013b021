// Trunk post-build hook (see Trunk.toml), for release builds:
// 1. minifies the wasm-bindgen JS glue and updates its integrity hash in index.html
//    (Trunk's own JS minifier cannot parse the glue; every kilobyte counts on an old phone);
// 2. adds the Content-Security-Policy meta tag, with the hash of Trunk's inline loader
//    script, which changes with every build (README, "Security policy");
// 3. writes embed.js, the stable-named loader a council page uses to embed the app
//    (README, "Embedding on a council website");
// 4. writes sw.js, the service worker that lets the standalone page open offline, and the
//    two lines in the loader that register it (README, "Working offline").
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
// The policy: nothing from any other origin, no inline script but Trunk's loader (by hash),
// wasm compiled from our own file, and no request anywhere but our own origin (the wasm
// file is fetched).
const loaders = [...html.matchAll(/<script type=["']?module["']?>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
if (loaders.length !== 1) throw new Error(`post-build: expected one inline loader script, found ${loaders.length}`);
// Once the app has started, the standalone page keeps its files for offline use (sw.js,
// below) — unless <body data-offline> is not "on", when it removes the worker it added
// before (and only ours: a council's own worker higher up is none of our business).
// README, "Working offline".
const offline = `{const w=navigator.serviceWorker,u=new URL('./sw.js',location.href).href;if(w)(document.body.dataset.offline==='on'?w.register(u):w.getRegistration(u).then(r=>r&&(r.active||r.waiting||r.installing)?.scriptURL===u&&r.unregister())).catch(()=>{})}`;
// The app starts once the browser has reported the largest paint of the page's own text
// (index.html: the start page's heading and lead, and where to get help), or one frame
// after the first paint where browsers do not report it (Safari), or after a second in a
// tab that draws nothing (hidden). Only then does the loader fetch the wasm: Trunk's
// preload link for it is taken out, because on a slow connection 190 KB of wasm would
// share the line with the style sheets the first paint waits for. So on a slow phone the
// carer reads the start page at once and the app follows; and the app, which draws the
// same heading and lead, never becomes the largest paint itself.
const wasmPreload = /<link\b[^>]*\brel=["']?preload["']?[^>]*>/g;
const preloads = [...html.matchAll(wasmPreload)].filter((m) => m[0].includes('_bg.wasm'));
if (preloads.length !== 1) throw new Error(`post-build: expected one preload link for the wasm, found ${preloads.length}`);
html = html.replace(preloads[0][0], '');
const init = 'const wasm = await init(';
if (!loaders[0].includes(init)) throw new Error('post-build: the loader no longer calls init as expected');
const onceOwnTextPainted =
  "await new Promise((r)=>{setTimeout(r,1e3);if((PerformanceObserver.supportedEntryTypes||[]).includes('largest-contentful-paint'))new PerformanceObserver((l,o)=>{o.disconnect();r()}).observe({type:'largest-contentful-paint',buffered:true});else requestAnimationFrame(()=>setTimeout(r))});";
// index.html's own "Exit this page" link, there before the app starts: like the app's
// button, it replaces this page (Back does not return) and deletes answers kept in this tab
// only (not those the carer chose to keep on this device). Until this runs it is a plain link.
// Whether this tab keeps them is `carer-check:tab` (src/storage.rs); without it (a copy
// from before), a copy on the device means it does.
const exitEarly = `{const a=document.querySelector('#carer-check .cc-exit__button'),c='carer-check:',k=c+'answers';a&&a.addEventListener('click',(e)=>{e.preventDefault();try{const s=sessionStorage,t=s.getItem(c+'tab');(t?t=='tab':!localStorage.getItem(k))&&[k,c+'other',c+'unreadable'].forEach((n)=>s.removeItem(n))}catch(_){}location.replace(a.href)})}`;
const loader = `${loaders[0].replace(init, () => exitEarly + onceOwnTextPainted + init).trimEnd()}\n${offline}\n`;
html = html.replace(loaders[0], () => loader);
const loaderHash = `'sha256-${createHash('sha256').update(loader).digest('base64')}'`;
const policy = [
  "default-src 'none'",
  `script-src 'self' ${loaderHash} 'wasm-unsafe-eval'`,
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
const meta = `<meta http-equiv=Content-Security-Policy content="${policy}">`;
if (html.includes('http-equiv=Content-Security-Policy')) throw new Error('post-build: index.html already has a policy');
// First in <head>, so it covers every element after it.
html = html.replace(/(<meta charset=["']?utf-8["']?>)/i, `$1${meta}`);
if (!html.includes(meta)) throw new Error('post-build: could not place the policy after <meta charset>');

await writeFile(indexPath, html);
console.log(`post-build: Content-Security-Policy: ${policy}`);

// embed.js: Trunk's file names change with every build, so a council's page loads this one,
// which knows them. It finds the files beside itself, adds the app's two style sheets (not
// page.css, which styles our own standalone page), then starts the app, which mounts into
// <div id="carer-check"> and nothing else. No element, no app: nothing else is touched.
const named = (pattern) => {
  const found = html.match(pattern);
  if (!found) throw new Error(`post-build: no ${pattern} in index.html`);
  return found[1];
};
const glue = named(/from '\.\/(carer-check-[0-9a-f]+\.js)'/);
const wasmFile = named(/module_or_path: '\.\/(carer-check-[0-9a-f]+_bg\.wasm)'/);
const sheets = [named(/href=["']?\.\/(main-[0-9a-f]+\.css)/), named(/href=["']?\.\/(print-[0-9a-f]+\.css)/)];
const embedLoader = `(() => {
  const script = document.currentScript;
  if (!script || !document.getElementById('carer-check')) return;
  const here = (file) => new URL(file, script.src).href;
  for (const sheet of ${JSON.stringify(sheets)}) {
    if (document.querySelector('link[data-carer-check="' + sheet + '"]')) continue;
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = here(sheet);
    link.dataset.carerCheck = sheet;
    document.head.append(link);
  }
  import(here(${JSON.stringify(glue)})).then((app) => app.default({ module_or_path: here(${JSON.stringify(wasmFile)}) }));
})();
`;
const { code: embed } = await minify(embedLoader, { compress: { passes: 2 }, mangle: true });
if (!embed) throw new Error('post-build: terser returned nothing for embed.js');
await writeFile(path.join(staging, 'embed.js'), embed);
console.log(`post-build: embed.js ${embed.length} bytes, loads ${glue}, ${wasmFile}, ${sheets.join(', ')}`);

// sw.js: keeps the app's own files so a reload works with no network (README, "Working
// offline"). The list is every file the page loads; embed.js is for other sites' pages.
const kept = (await readdir(staging)).filter((name) => !['sw.js', 'embed.js', 'index.html'].includes(name)).sort();
const files = ['./', ...kept.map((name) => `./${name}`)];
const version = createHash('sha256').update(html).update(files.join('\n')).digest('hex').slice(0, 16);
const workerSource = (await readFile(new URL('./service-worker.js', import.meta.url), 'utf8'))
  .replace("'__VERSION__'", JSON.stringify(version))
  .replace('__FILES__', JSON.stringify(files));
const { code: worker } = await minify(workerSource, { toplevel: true, compress: { passes: 2 }, mangle: true });
if (!worker || worker.includes('__FILES__') || worker.includes('__VERSION__')) throw new Error('post-build: sw.js was not filled in');
await writeFile(path.join(staging, 'sw.js'), worker);
console.log(`post-build: sw.js ${worker.length} bytes, version ${version}, keeps ${files.join(' ')}`);
