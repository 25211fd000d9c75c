#!/usr/bin/env node
// `node scripts/initial-js.js [route ...]`: after `vite build`, lists the JavaScript a route loads
// before it can render, chunk by chunk: its gzip size, which chunk pulled it in, and (when the
// build ran with CANAL_CHUNK_STATS=1) the largest modules inside it. Routes are SvelteKit's route
// ids ('/', '/w/[id]/[step]'); without any, the home page and a step. This is the static import
// graph of the route's nodes; what a page then fetches on its own before it shows (a step's editor
// and guidance) is what `npm run bench -- --only initialJs` measures in a browser.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const client = join(root, '.svelte-kit', 'output', 'client');
const manifestPath = join(client, '.vite', 'manifest.json');
const statsPath = join(client, '.vite', 'chunks.json');
const appPath = join(root, '.svelte-kit', 'generated', 'client-optimized', 'app.js');
/** Modules listed under each chunk. */
const TOP_MODULES = 6;

if (!existsSync(manifestPath)) {
	console.error('No client build: run `CANAL_CHUNK_STATS=1 npx vite build` first.');
	process.exit(2);
}
/** @type {Record<string, { file: string, src?: string, isEntry?: boolean, imports?: string[] }>} */
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
/** @type {Record<string, { modules: [string, number][] }> | null} */
const stats = existsSync(statsPath) ? JSON.parse(readFileSync(statsPath, 'utf8')) : null;

// Which nodes (layouts, then the page) each route renders, as SvelteKit's client reads them.
const app = readFileSync(appPath, 'utf8');
/** @type {Record<string, number[]>} */
const routes = {};
for (const [, id = '', page, layouts] of app.matchAll(/"([^"]+)": \[(\d+)(?:,\[([\d,]*)\])?/g)) {
	routes[id] = [...(layouts ?? '').split(',').filter(Boolean).map(Number), Number(page)];
}

const keyOf = (/** @type {(key: string) => boolean} */ test) => {
	const key = Object.keys(manifest).find(test);
	if (!key) throw new Error('The build has no such entry.');
	return key;
};
const nodeKey = (/** @type {number} */ node) =>
	keyOf((key) => key.endsWith(`client-optimized/nodes/${node}.js`));
// The client starts with its two entries, the root layout and the error page (SvelteKit loads
// both before any route).
const start = [
	keyOf((key) => key.endsWith('runtime/client/entry.js')),
	keyOf((key) => key.endsWith('client-optimized/app.js')),
	nodeKey(0),
	nodeKey(1)
];

/** @param {string} path */
const label = (path) =>
	path
		.replace(/^.*node_modules\//, '')
		.replace(/^(\.\.\/)+[^/]+\//, '')
		.replace(/^\.\//, '');

/** @param {string} file */
const short = (file) => file.replace(/^_app\/immutable\//, '');

/** @param {string} file */
function topModules(file) {
	const modules = stats?.[file]?.modules ?? [];
	const total = modules.reduce((sum, [, length]) => sum + length, 0);
	return modules
		.filter(([, length]) => length > 0)
		.sort((a, b) => b[1] - a[1])
		.slice(0, TOP_MODULES)
		.map(([id, length]) => `${Math.round((100 * length) / total)}% ${label(id)}`);
}

/** @param {string} id */
function listRoute(id) {
	const nodes = routes[id];
	if (!nodes) throw new Error(`No route ${id}: the build has ${Object.keys(routes).join(', ')}`);
	/** @type {Map<string, string>} chunk key → the chunk or entry that pulled it in */
	const pulledBy = new Map();
	const queue = [...start, ...nodes.map(nodeKey)];
	for (const key of queue) pulledBy.set(key, 'entry');
	for (let index = 0; index < queue.length; index++) {
		const key = /** @type {string} */ (queue[index]);
		for (const imported of manifest[key]?.imports ?? []) {
			if (pulledBy.has(imported)) continue;
			pulledBy.set(imported, key);
			queue.push(imported);
		}
	}
	const rows = [...pulledBy].map(([key, by]) => {
		const { file, src } = /** @type {{ file: string, src?: string }} */ (manifest[key]);
		const bytes = readFileSync(join(client, file));
		return {
			file: short(file),
			src: src ? label(src) : null,
			by: by === 'entry' ? 'entry' : short(manifest[by]?.file ?? by),
			gzip: gzipSync(bytes, { level: 9 }).byteLength,
			modules: topModules(file)
		};
	});
	rows.sort((a, b) => b.gzip - a.gzip);
	const total = rows.reduce((sum, row) => sum + row.gzip, 0);
	console.log(`${id}: ${total} B gzip in ${rows.length} files before it renders`);
	for (const row of rows) {
		const name = row.src && !row.file.includes('/chunks/') ? `${row.file} (${row.src})` : row.file;
		console.log(`${String(row.gzip).padStart(8)}  ${name}  ← ${row.by}`);
		for (const module of row.modules) console.log(`${' '.repeat(12)}${module}`);
	}
	console.log('');
}

const wanted = process.argv.slice(2);
for (const id of wanted.length > 0 ? wanted : ['/', '/w/[id]/[step]']) listRoute(id);
if (!stats) console.log('(Build with CANAL_CHUNK_STATS=1 to see the modules in each chunk.)');
