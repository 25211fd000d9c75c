// The client build's routes and the files each loads before it renders, read from SvelteKit's
// generated client and Vite's manifest (used by `initial-js.js` to say what a route costs).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * @typedef {{ file: string, src?: string, isEntry?: boolean, imports?: string[], css?: string[] }} ManifestEntry
 * @typedef {{ manifest: Record<string, ManifestEntry>, routes: Record<string, number[]>, start: string[], nodeKey: (node: number) => string }} ClientBuild
 */

/** @param {string} root the project folder */
export function clientFolder(root) {
	return join(root, '.svelte-kit', 'output', 'client');
}

/**
 * SvelteKit's routes as its generated client app (`client-optimized/app.js`) lists them:
 * route id → [layout nodes…, page]. The root layout (node 0) is implied.
 * @param {string} app the generated module's text
 * @returns {Record<string, number[]>}
 */
export function parseRoutes(app) {
	/** @type {Record<string, number[]>} */
	const routes = {};
	for (const [, id = '', page, layouts] of app.matchAll(/"([^"]+)": \[(\d+)(?:,\[([\d,]*)\])?/g)) {
		routes[id] = [...(layouts ?? '').split(',').filter(Boolean).map(Number), Number(page)];
	}
	return routes;
}

/**
 * The last client build under `root`, or null when there is none.
 * @param {string} root
 * @returns {ClientBuild | null}
 */
export function readClientBuild(root) {
	const manifestPath = join(clientFolder(root), '.vite', 'manifest.json');
	const appPath = join(root, '.svelte-kit', 'generated', 'client-optimized', 'app.js');
	if (!existsSync(manifestPath) || !existsSync(appPath)) return null;
	/** @type {Record<string, ManifestEntry>} */
	const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
	// Which nodes (layouts, then the page) each route renders, as SvelteKit's client reads them.
	const routes = parseRoutes(readFileSync(appPath, 'utf8'));
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
	return { manifest, routes, start, nodeKey };
}

/**
 * Every manifest key a route loads before it renders (its nodes and what they import, the start
 * included unless `withStart` is false), each with the key that pulled it in ('entry' for the roots).
 * @param {ClientBuild} build
 * @param {string} id a route id, such as '/w/[id]/[step]'
 * @param {{ withStart?: boolean }} [options]
 * @returns {Map<string, string>}
 */
export function routeClosure(build, id, { withStart = true } = {}) {
	const nodes = build.routes[id];
	if (!nodes) {
		throw new Error(`No route ${id}: the build has ${Object.keys(build.routes).join(', ')}`);
	}
	/** @type {Map<string, string>} */
	const pulledBy = new Map();
	const queue = [...(withStart ? build.start : []), ...nodes.map(build.nodeKey)];
	for (const key of queue) pulledBy.set(key, 'entry');
	for (let index = 0; index < queue.length; index++) {
		const key = /** @type {string} */ (queue[index]);
		for (const imported of build.manifest[key]?.imports ?? []) {
			if (pulledBy.has(imported)) continue;
			pulledBy.set(imported, key);
			queue.push(imported);
		}
	}
	return pulledBy;
}
