// Offline copy of the demo: network first, so that a rebuilt site is never shown stale, and the
// last copy from the cache when the network (or the local server) is gone. Same-origin GETs only;
// the page makes no other requests.
const CACHE = 'khabar-demo';
const SHELL = [
  './',
  'index.html',
  'style.css',
  'main.js',
  'mirror.js',
  'format.js',
  'worker.js',
  'favicon.svg',
  'pkg/khabar.js',
  'pkg/khabar_bg.wasm',
  'pkg/package.json',
  'fonts/Vazirmatn.woff2',
  'fonts/OFL.txt',
  'samples/index.json',
];

async function precache() {
  const cache = await caches.open(CACHE);
  await cache.addAll(SHELL);
  // The samples are whatever the build copied in.
  try {
    const list = await (await fetch('samples/index.json')).json();
    await cache.addAll(list.map((s) => `samples/${encodeURIComponent(s.file)}`));
  } catch {
    // No samples: the page works without them.
  }
}

self.addEventListener('install', (event) => {
  event.waitUntil(precache().then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(self.clients.claim());
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    fetch(request)
      .then((response) => {
        if (response.ok) {
          const copy = response.clone();
          event.waitUntil(caches.open(CACHE).then((cache) => cache.put(request, copy)));
        }
        return response;
      })
      .catch(async () => (await caches.match(request, { ignoreSearch: true })) ?? Response.error()),
  );
});
