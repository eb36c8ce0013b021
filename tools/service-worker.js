// Carer Check's service worker: after the first visit, the app opens with no network.
// tools/post-build.mjs fills in FILES and VERSION, minifies this and writes dist/sw.js.
//
// It keeps the app's own files and nothing else. Answers are never requests (they stay in
// the page's storage), so they never pass through here, and nothing is ever sent anywhere.
// Its scope is the folder sw.js is in; outside it, and for every other origin, it does nothing.

const VERSION = '__VERSION__';
// Relative to this file: the page ('./') and the files it loads. Their names carry a hash
// of their contents, so a kept copy is never stale.
const FILES = __FILES__;
const CACHE = `carer-check-${VERSION}`;
const KEPT = new Set(FILES.map((file) => new URL(file, self.location).href));
const PAGE = new URL('./', self.location).href;
// A language's wording (lang/<tag>.bin), kept once fetched so the carer's language works
// offline too. Its own cache outlives new versions: the file is checked by the app.
const LANGUAGES = 'carer-check-languages';
const LANGUAGE_FILES = new URL('./lang/', self.location).href;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(FILES))
      .then(() => self.skipWaiting()),
  );
});

// A new build's files replace the old ones; only our own caches are touched.
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((name) => name.startsWith('carer-check-') && name !== CACHE && name !== LANGUAGES).map((name) => caches.delete(name))))
      .then(() => self.clients.claim())
      .then(keepLanguagesAskedFor),
  );
});

// On the first visit the page fetched its language before this worker was there: keep the
// language each open page's link asks for (?lang=pl), so it works offline from then on.
function keepLanguagesAskedFor() {
  return self.clients.matchAll({ type: 'window' }).then((pages) => {
    const tags = pages.map((page) => new URL(page.url).searchParams.get('lang')).filter((tag) => tag && /^[A-Za-z][A-Za-z0-9-]{1,11}$/.test(tag));
    return caches.open(LANGUAGES).then((cache) => Promise.all(tags.map((tag) => cache.add(new URL(`./lang/${tag}.bin`, self.location)).catch(() => {}))));
  });
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  const address = url.origin + url.pathname;

  // The page itself: the newest from the network when the server sends it, else the kept
  // copy: with no network, and also when the server answers with an error (a 404 or 503
  // page must never take the app's place). The query (?council=bury) and #/step do not
  // change the file. Nothing is kept from here: the cache holds only what install fetched
  // (addAll refuses error answers), so an error page is never kept either.
  if (request.mode === 'navigate' && (address === PAGE || address === PAGE + 'index.html')) {
    const kept = () => caches.match(PAGE, { cacheName: CACHE });
    event.respondWith(
      fetch(request).then(
        // Redirects (status 0 here) and successes pass through; 4xx and 5xx do not.
        (answer) => (answer.status >= 400 ? kept().then((copy) => copy || answer) : answer),
        () => kept().then((copy) => copy || Response.error()),
      ),
    );
    return;
  }
  // A language: the newest from the network, kept for later; the kept copy with no network.
  if (address.startsWith(LANGUAGE_FILES) && address.endsWith('.bin')) {
    event.respondWith(
      fetch(request).then(
        (answer) => {
          if (!answer.ok) return caches.match(request, { cacheName: LANGUAGES }).then((copy) => copy || answer);
          const copy = answer.clone();
          event.waitUntil(caches.open(LANGUAGES).then((cache) => cache.put(request, copy)));
          return answer;
        },
        () => caches.match(request, { cacheName: LANGUAGES }).then((copy) => copy || Response.error()),
      ),
    );
    return;
  }
  // The app's files: the kept copy first (the name changes when the content does).
  if (KEPT.has(address) && !url.search) {
    event.respondWith(caches.match(request, { cacheName: CACHE }).then((kept) => kept || fetch(request)));
  }
});
