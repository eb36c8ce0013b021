// Trunk post-build hook (see Trunk.toml), for release builds:
// 1. minifies the wasm-bindgen JS glue, trims the wasm and runs wasm-opt on it
//    (tools/trim-wasm.mjs), and updates the glue's integrity hash in index.html (Trunk's own
//    JS minifier cannot parse the glue; every kilobyte counts on an old phone);
// 2. adds the Content-Security-Policy meta tag, with the hash of Trunk's inline loader
//    script, which changes with every build (README, "Security policy");
// 3. writes embed.js, the stable-named snippet a council page uses to embed the app in an
//    iframe of its own page (README, "Embedding on a council website");
// 4. writes sw.js, the service worker that lets the standalone page open offline, and the
//    two lines in the loader that register it (README, "Working offline").
//
// 5. (every build) copies each language's wording file (build.rs writes them) to lang/;
// 6. (every build) writes lang/<tag>.html, index.html's own page in each language.
//
// Trunk runs it with TRUNK_STAGING_DIR (the build before it becomes dist/) and TRUNK_PROFILE.

import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { minify } from 'terser';
import { fallbackPage } from './fallback-pages.mjs';
import { optimise, trim } from './trim-wasm.mjs';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error('post-build: TRUNK_STAGING_DIR is not set; run through `trunk build`.');
  process.exit(1);
}
const languageTexts = await copyLanguages();
if (process.env.TRUNK_PROFILE !== 'release') {
  await writeFallbackPages(await readFile(path.join(staging, 'index.html'), 'utf8'));
  process.exit(0);
}

// build.rs writes lang/<tag>.bin into the crate's OUT_DIR: the newest one for this
// profile. Each file is fetched only by those who choose that language.
async function copyLanguages() {
  const metadata = JSON.parse(execFileSync('cargo', ['metadata', '--format-version', '1', '--no-deps', '--offline']));
  const profile = process.env.TRUNK_PROFILE === 'release' ? 'release' : 'debug';
  const builds = path.join(metadata.target_directory, 'wasm32-unknown-unknown', profile, 'build');
  let newest = null;
  for (const name of (await readdir(builds)).filter((name) => name.startsWith('carer-check-'))) {
    const dir = path.join(builds, name, 'out', 'lang');
    const made = await stat(dir).then((info) => info.mtimeMs, () => null);
    if (made !== null && (!newest || made > newest.made)) newest = { dir, made };
  }
  if (!newest) throw new Error(`post-build: no language files under ${builds}`);
  await mkdir(path.join(staging, 'lang'), { recursive: true });
  const files = (await readdir(newest.dir)).filter((name) => name.endsWith('.bin'));
  for (const name of files) await copyFile(path.join(newest.dir, name), path.join(staging, 'lang', name));
  console.log(`post-build: languages ${files.join(' ')}`);
  return newest.dir;
}

// 6. (every build) lang/<tag>.html: index.html's own page in each language, for where the
// app cannot start (tools/fallback-pages.mjs), from the wording build.rs wrote beside the
// language files.
async function writeFallbackPages(html) {
  const read = async (name) => JSON.parse(await readFile(path.join(languageTexts, name), 'utf8'));
  const english = await read('en.json');
  const content = await read('../content.json');
  const languages = content.site.languages;
  for (const { tag } of languages.filter((language) => language.tag !== 'en')) {
    const page = fallbackPage(html, { tag, english, own: await read(`${tag}.json`), languages });
    await writeFile(path.join(staging, 'lang', `${tag}.html`), page);
  }
  console.log(`post-build: pages for where the app cannot start: ${languages.filter((l) => l.tag !== 'en').map((l) => `lang/${l.tag}.html`).join(' ')}`);
}

const indexPath = path.join(staging, 'index.html');
let html = await readFile(indexPath, 'utf8');
const scripts = (await readdir(staging)).filter((name) => name.endsWith('.js'));
const wasmName = (await readdir(staging)).find((name) => name.endsWith('_bg.wasm'));
if (scripts.length !== 1 || !wasmName) throw new Error(`post-build: expected the glue and its wasm, found ${scripts.join(' ')} ${wasmName}`);
for (const name of scripts) {
  const file = path.join(staging, name);
  const source = await readFile(file, 'utf8');
  const wasmFile = path.join(staging, wasmName);
  const built = await readFile(wasmFile);
  const { glue: code, wasm, dropped, renamed } = await trim(source, built);
  const wasmOpt = path.join(path.dirname(fileURLToPath(import.meta.url)), '../node_modules/.bin/wasm-opt');
  const optimised = optimise(wasm, wasmOpt);
  await writeFile(wasmFile, optimised);
  await writeFile(file, code);
  console.log(`post-build: ${wasmName} ${built.length} -> ${optimised.length} bytes (${renamed.size} import names shortened, exports dropped: ${dropped.join(' ') || 'none'})`);

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
// only (not those the carer chose to keep on this device). Until this runs it is a plain link
// (target=_top). Whether this tab keeps them is `carer-check:tab` (src/storage.rs); without it
// (a copy from before), a copy on the device means it does. It leaves the whole page: in the
// snippet's iframe (named carer-check by embed.js) it asks embed.js to replace the council's
// page; otherwise it replaces the top window.
const exitEarly = `{const a=document.querySelector('#carer-check .cc-exit__button'),c='carer-check:',k=c+'answers';a&&a.addEventListener('click',(e)=>{e.preventDefault();try{const s=sessionStorage,t=s.getItem(c+'tab');(t?t=='tab':!localStorage.getItem(k))&&[k,c+'other',c+'unreadable'].forEach((n)=>s.removeItem(n))}catch(_){}if(parent!==self&&name==='carer-check')parent.postMessage({carerCheck:'exit',to:a.href},'*');else try{top.location.replace(a.href)}catch(_){location.replace(a.href)}})}`;
// In the snippet's iframe (README, "Embedding on a council website"), the page tells embed.js
// its height, so the frame grows and shrinks with it. Only that number is sent: never an
// answer, a title or an address. (On a step change the app focuses the new heading, which
// scrolls the council's page to it: embed.test.mjs.)
const framed = `{if(parent!==self){const s=(m)=>parent.postMessage(m,'*'),h=()=>s({carerCheck:'height',height:Math.ceil(document.documentElement.getBoundingClientRect().height)});window.ResizeObserver&&new ResizeObserver(h).observe(document.body);h()}}`;
const loader = `${loaders[0].replace(init, () => exitEarly + framed + onceOwnTextPainted + init).trimEnd()}\n${offline}\n`;
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
await writeFallbackPages(html);

// embed.js: a council's page loads this stable-named file; it puts the app's own page
// (index.html, beside it) in an iframe inside <div id="carer-check">, with the council from
// data-council. So the app runs on its own origin: the council's scripts (analytics, chat,
// toolbars) cannot read its answers, storage, title or address, and the council's styles
// cannot reach it (README, "Embedding on a council website"). The frame is as tall as the
// app's page (it says its height by postMessage); Exit this page in the frame, and Shift
// pressed three times anywhere on the council's page, leave the whole page. No element, no
// frame: nothing else is touched.
// The frame's accessible name: the service's name, as index.html's <title> has it.
const serviceName = html.match(/<title>([^<]+)<\/title>/)?.[1];
if (!serviceName) throw new Error('post-build: index.html has no <title> for the frame to be named by');
const embedLoader = `(() => {
  const script = document.currentScript;
  const host = document.getElementById('carer-check');
  if (!script || !host) return;
  const page = new URL('./', script.src);
  const council = host.dataset.council;
  if (council) page.searchParams.set('council', council);
  // The council page's language (data-lang): the app shows it unless the carer chose another.
  const lang = host.dataset.lang;
  if (lang) page.searchParams.set('host-lang', lang);
  // Same origin, the page's scripts can read into the frame and its storage is the page's.
  if (page.origin === location.origin) console.warn('Carer Check shares this page’s origin, so scripts on this page can read its answers: serve it from an origin of its own (README, "Embedding on a council website").');
  const frame = document.createElement('iframe');
  frame.src = page.href;
  frame.title = ${JSON.stringify(serviceName)};
  frame.allow = 'clipboard-write';
  frame.name = 'carer-check';
  frame.dataset.carerCheck = 'frame';
  Object.assign(frame.style, { display: 'block', width: '100%', height: '40rem', border: '0' });
  host.replaceChildren(frame);
  addEventListener('message', (event) => {
    const message = event.source === frame.contentWindow && event.origin === page.origin && event.data;
    if (!message || typeof message !== 'object') return;
    if (message.carerCheck === 'height' && message.height > 0) frame.style.height = Math.ceil(message.height) + 'px';
    else if (message.carerCheck === 'exit' && /^https:[/][/]/.test(message.to)) location.replace(message.to);
  });
  // Shift three times on the council's page (keys pressed in the frame stay in the frame,
  // where the app counts them): the app deletes this tab's answers, then asks to leave.
  let count = 0;
  let first = 0;
  addEventListener('keydown', (event) => {
    if (event.key !== 'Shift' || event.repeat) return void (count = 0);
    if (!count || event.timeStamp - first > 1000) (count = 1), (first = event.timeStamp);
    else count++;
    if (count >= 3) (count = 0), frame.contentWindow?.postMessage({ carerCheck: 'exit' }, page.origin);
  });
})();
`;
const { code: embed } = await minify(embedLoader, { compress: { passes: 2 }, mangle: true });
if (!embed) throw new Error('post-build: terser returned nothing for embed.js');
await writeFile(path.join(staging, 'embed.js'), embed);
console.log(`post-build: embed.js ${embed.length} bytes, frames ${serviceName}`);

// sw.js: keeps the app's own files so a reload works with no network (README, "Working
// offline"). The list is every file the page loads; embed.js is for other sites' pages.
const kept = (await readdir(staging)).filter((name) => !['sw.js', 'embed.js', 'index.html', 'lang'].includes(name)).sort();
const files = ['./', ...kept.map((name) => `./${name}`)];
const version = createHash('sha256').update(html).update(files.join('\n')).digest('hex').slice(0, 16);
const workerSource = (await readFile(new URL('./service-worker.js', import.meta.url), 'utf8'))
  .replace("'__VERSION__'", JSON.stringify(version))
  .replace('__FILES__', JSON.stringify(files));
const { code: worker } = await minify(workerSource, { toplevel: true, compress: { passes: 2 }, mangle: true });
if (!worker || worker.includes('__FILES__') || worker.includes('__VERSION__')) throw new Error('post-build: sw.js was not filled in');
await writeFile(path.join(staging, 'sw.js'), worker);
console.log(`post-build: sw.js ${worker.length} bytes, version ${version}, keeps ${files.join(' ')}`);
