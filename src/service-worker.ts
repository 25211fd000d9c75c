/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />

import { base, build, files, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;

const cachePrefix = 'canal-';
const cacheName = `${cachePrefix}${version}`;

/**
 * The SPA shell. `/` is the one URL that returns it from both `npm start` (fallback to index.html)
 * and `vite preview` (SvelteKit renders the empty shell); `/index.html` only works with the former.
 */
const shellUrl = '/';

/**
 * The slices of the Noto fonts the PDF prints other scripts with, regular and bold: hundreds of
 * files (tens of MB for Chinese, Japanese and Korean), of which an export needs a few. They are
 * not installed up front: each is kept (cache-first, like every hashed file) once an export has
 * used it, so later exports of the same plan work offline.
 */
const isExportFont = (path: string) =>
	/\/noto-[\w-]+-(?:400|700)-normal[.-][\w-]+\.woff$/.test(path);

/** Everything the app needs to open with no network: hashed chunks, static files and the shell. */
const precached = new Set([...build.filter((path) => !isExportFont(path)), ...files]);

/**
 * The other languages' words, in small packs beside the chunks (scripts/locale-packs.js), listed
 * by the build in a file of its own: kept like the chunks, so a page opens in its language
 * offline. No list (a dev server) means no packs.
 */
async function localePacks(): Promise<string[]> {
	try {
		const response = await fetch(`${base}/_app/locale-packs.json`, { cache: 'no-store' });
		if (!response.ok) return [];
		const list: unknown = await response.json();
		return Array.isArray(list)
			? list
					.filter((file): file is string => typeof file === 'string')
					.map((file) => `${base}/${file}`)
			: [];
	} catch {
		return [];
	}
}

/** Server endpoints without a file extension, which would otherwise look like app routes. */
const serverPaths = ['/healthz', '/readyz'];

sw.addEventListener('install', (event) => {
	// No skipWaiting(): an open tab may still lazily import chunks of the version it started with,
	// and those leave the cache as soon as a new worker activates. The UI can ask for it instead.
	event.waitUntil(
		Promise.all([caches.open(cacheName), localePacks()]).then(([cache, packs]) =>
			cache.addAll([...precached, ...packs, shellUrl])
		)
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			const names = await caches.keys();
			await Promise.all(
				names
					.filter((name) => name.startsWith(cachePrefix) && name !== cacheName)
					.map((name) => caches.delete(name))
			);
			// The first visit is controlled without a reload, so it already works offline.
			await sw.clients.claim();
		})()
	);
});

/** Sent by the page once the user agrees to load a waiting update. */
sw.addEventListener('message', (event) => {
	if ((event.data as { type?: unknown } | null)?.type === 'SKIP_WAITING') void sw.skipWaiting();
});

async function cacheFirst(request: Request): Promise<Response> {
	const cache = await caches.open(cacheName);
	const cached = await cache.match(request);
	if (cached) return cached;
	const response = await fetch(request);
	// Only hashed files are safe to keep forever; a failed or opaque response is never stored.
	if (response.ok && new URL(request.url).pathname.startsWith('/_app/immutable/')) {
		await cache.put(request, response.clone());
	}
	return response;
}

/**
 * Navigations are answered cache-first from the shell of this worker's version. The shell and the
 * hashed chunks it imports then always come from the same cache, so they match; the page opens
 * instantly in a venue with slow or captive Wi-Fi instead of waiting for a network timeout; and an
 * update still arrives, because the browser checks service-worker.js on every navigation and the
 * new version takes over once it activates.
 */
async function shellFirst(request: Request): Promise<Response> {
	const cache = await caches.open(cacheName);
	const shell = await cache.match(shellUrl);
	if (shell) return shell;
	return fetch(request);
}

function isAppRoute(pathname: string): boolean {
	const lastSegment = pathname.slice(pathname.lastIndexOf('/') + 1);
	return !lastSegment.includes('.');
}

sw.addEventListener('fetch', (event) => {
	const { request } = event;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== sw.location.origin) return;
	if (serverPaths.some((path) => url.pathname === path || url.pathname.startsWith(`${path}/`))) {
		return;
	}

	if (precached.has(url.pathname) || url.pathname.startsWith('/_app/immutable/')) {
		event.respondWith(cacheFirst(request));
		return;
	}
	if (request.mode === 'navigate' && isAppRoute(url.pathname)) {
		event.respondWith(shellFirst(request));
	}
	// Anything else (e.g. /_app/version.json, which SvelteKit polls for updates) goes to the network.
});
