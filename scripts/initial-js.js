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
import { clientFolder, readClientBuild, routeClosure } from './route-graph.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const client = clientFolder(root);
const statsPath = join(client, '.vite', 'chunks.json');
/** Modules listed under each chunk. */
const TOP_MODULES = 6;

const found = readClientBuild(root);
if (!found) {
	console.error('No client build: run `CANAL_CHUNK_STATS=1 npx vite build` first.');
	process.exit(2);
}
const build = found;
const { manifest } = build;
/** @type {Record<string, { modules: [string, number][] }> | null} */
const stats = existsSync(statsPath) ? JSON.parse(readFileSync(statsPath, 'utf8')) : null;

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
	const pulledBy = routeClosure(build, id);
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
