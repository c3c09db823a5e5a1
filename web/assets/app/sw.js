// Service worker of the client app: keeps an offline page and the static files under /assets/ — never a page or file with personal data.
'use strict';

var CACHE = 'jobcenter-assets-v1';
var OFFLINE = '/assets/app/offline.html';
var VORAB = [OFFLINE, '/assets/portal.css', '/assets/app/icon-192.png'];

/** Only our own static files may be cached: everything else (pages, letters, PDFs, fragments) depends on who is signed in. */
function statisch(url) {
  return url.origin === self.location.origin && url.pathname.indexOf('/assets/') === 0 && url.search === '';
}

self.addEventListener('install', function (event) {
  event.waitUntil(
    caches
      .open(CACHE)
      .then(function (cache) {
        return cache.addAll(VORAB);
      })
      .then(function () {
        return self.skipWaiting();
      }),
  );
});

self.addEventListener('activate', function (event) {
  event.waitUntil(
    caches
      .keys()
      .then(function (namen) {
        return Promise.all(
          namen
            .filter(function (name) {
              return name !== CACHE;
            })
            .map(function (name) {
              return caches.delete(name);
            }),
        );
      })
      .then(function () {
        return self.clients.claim();
      }),
  );
});

self.addEventListener('fetch', function (event) {
  var request = event.request;
  if (request.method !== 'GET') return;
  var url = new URL(request.url);
  if (request.mode === 'navigate') {
    // Pages always come from the network; without one, the offline page (it names nobody).
    event.respondWith(
      fetch(request).catch(function () {
        return caches.match(OFFLINE);
      }),
    );
    return;
  }
  if (!statisch(url)) return;
  // Static files: the network first (a new release is seen at once), the cached copy when offline.
  event.respondWith(
    fetch(request)
      .then(function (antwort) {
        if (antwort.ok && antwort.type === 'basic') {
          var kopie = antwort.clone();
          event.waitUntil(
            caches.open(CACHE).then(function (cache) {
              return cache.put(request, kopie);
            }),
          );
        }
        return antwort;
      })
      .catch(function () {
        return caches.match(request).then(function (treffer) {
          return treffer || Response.error();
        });
      }),
  );
});
