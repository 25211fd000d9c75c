// ESLint: the standard sets for JavaScript, TypeScript and Svelte, formatting left to Prettier, and the
// import rules that keep the layers of src/lib apart.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import svelte from 'eslint-plugin-svelte';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import ts from 'typescript-eslint';
import { existsSync } from 'node:fs';
import svelteConfig from './svelte.config.js';

// The import rules resolve `$lib/...` through the tsconfig that `svelte-kit sync` writes.
if (!existsSync(new URL('.svelte-kit/tsconfig.json', import.meta.url))) {
	throw new Error('eslint.config.js: run `npx svelte-kit sync` first (`npm run lint` does).');
}

/**
 * Which folders of src/lib each folder may import from (besides itself). Anything not listed is refused, so
 * a new folder starts with no dependencies until it is added here. `routes` stands for src/routes.
 *
 * The table must stay a DAG: then no import cycle between the folders of src/lib is possible, because every
 * import between two folders follows an edge of this table. `assertAcyclic` below refuses a table with a
 * cycle when ESLint loads this file.
 * @type {Record<string, string[]>}
 */
const layers = {
	// Pure rules and types: no Svelte, Yjs, Dexie or DOM, and nothing else of ours.
	domain: ['paraglide'],
	// Messages compiled from messages/{locale}.json (generated: `scripts/compile-messages.js`).
	paraglide: [],
	// Canal's own texts (guidance, platform library, example workshop).
	content: ['domain', 'paraglide'],
	// The Yjs boundary.
	doc: ['domain'],
	// Relay connection, presence and the protocol limits shared with the relay.
	sync: ['domain', 'doc'],
	// Dexie catalog, DocStore, workshop files; remembers relay credentials and invites.
	storage: ['domain', 'content', 'doc', 'sync'],
	// A library: props in, callbacks out; no session, no export.
	maps: ['domain', 'paraglide'],
	canvas: ['domain', 'paraglide'],
	// The strategy document and the drawings that leave the app (maps, boards).
	export: ['domain', 'paraglide', 'content', 'maps', 'canvas'],
	// Rune classes that bridge the document, storage and sync to the UI.
	state: ['domain', 'paraglide', 'content', 'doc', 'storage', 'sync', 'canvas'],
	components: [
		'domain',
		'paraglide',
		'content',
		'doc',
		'storage',
		'sync',
		'state',
		'maps',
		'canvas',
		'export'
	],
	routes: [
		'domain',
		'paraglide',
		'content',
		'doc',
		'storage',
		'sync',
		'state',
		'maps',
		'canvas',
		'export',
		'components'
	],
	// Node only: never browser code (state, storage, components, routes), and browser code never imports it.
	server: ['domain', 'doc', 'sync']
};

/** @param {Record<string, string[]>} graph */
function assertAcyclic(graph) {
	/** @type {Map<string, 'open' | 'done'>} */
	const seen = new Map();
	/** @param {string} node @param {string[]} path */
	const visit = (node, path) => {
		if (seen.get(node) === 'done') return;
		if (seen.get(node) === 'open') {
			throw new Error(
				`eslint.config.js: the layer table has a cycle: ${[...path, node].join(' → ')}`
			);
		}
		seen.set(node, 'open');
		for (const next of graph[node] ?? []) visit(next, [...path, node]);
		seen.set(node, 'done');
	};
	for (const node of Object.keys(graph)) visit(node, []);
}
assertAcyclic(layers);

/** @param {string} layer */
const folderOf = (layer) => (layer === 'routes' ? './src/routes' : `./src/lib/${layer}`);

const layerZones = Object.entries(layers).map(([layer, allowed]) => ({
	target: folderOf(layer),
	from: Object.keys(layers)
		.filter((other) => other !== layer && !allowed.includes(other))
		.map(folderOf),
	message: `${layer} may import only from: ${allowed.length > 0 ? allowed.join(', ') : 'itself'} (see the layer table in eslint.config.js).`
}));

/** Files outside the table's folders (service worker, hooks, src/lib/*.ts) run in the browser too. */
const browserZone = {
	target: ['./src/*.{ts,js}', './src/lib/*.{ts,js,svelte}'],
	from: './src/lib/server',
	message: 'Browser code never imports src/lib/server.'
};

export default defineConfig(
	globalIgnores([
		'build/',
		'.svelte-kit/',
		'node_modules/',
		'tests/.artifacts/',
		'test-results/',
		'playwright-report/',
		'data/',
		'src/lib/paraglide/'
	]),
	js.configs.recommended,
	// Without type information: the type-checked set took about 2.5 times as long and 1.7 GB on a two-core
	// machine, and `tsc --noEmit` in `npm run check` already checks the types.
	ts.configs.recommended,
	svelte.configs.recommended,
	prettier,
	svelte.configs.prettier,
	{
		languageOptions: {
			globals: { ...globals.browser, ...globals.node },
			// The same options for every file, so import-x can parse a .svelte dependency of a .ts file.
			parserOptions: { extraFileExtensions: ['.svelte'], parser: ts.parser }
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: { parser: ts.parser, svelteConfig }
		}
	},
	{
		rules: {
			// Canal is served from the root of its origin (svelte.config.js sets no paths.base; `npm start` and
			// the service worker serve /), so wrapping every link in resolve() would change nothing.
			'svelte/no-navigation-without-resolve': 'off',
			// Plain Map and Set are on purpose: built fresh inside $derived (so the derived value is the
			// reactive part) or kept as private bookkeeping that must not be a deep proxy.
			'svelte/prefer-svelte-reactivity': 'off'
		}
	},
	{
		// Playwright reads the fixtures a hook uses from its first parameter: `({}, info)` means none.
		files: ['tests/**'],
		rules: { 'no-empty-pattern': ['error', { allowObjectPatternsAsParameters: true }] }
	},
	{
		files: ['src/service-worker.ts'],
		languageOptions: { globals: { ...globals.serviceworker } }
	},
	{
		// TypeScript already reports undefined names, with the real types of each environment.
		files: ['**/*.ts', '**/*.svelte'],
		rules: { 'no-undef': 'off' }
	},
	{
		files: ['src/**/*.ts', 'src/**/*.js', 'src/**/*.svelte'],
		plugins: { 'import-x': importX },
		settings: {
			'import-x/resolver-next': [
				createTypeScriptImportResolver({
					project: './tsconfig.json',
					extensions: ['.ts', '.js', '.svelte', '.svelte.ts', '.d.ts', '.json']
				})
			],
			'import-x/extensions': ['.ts', '.js', '.svelte'],
			'import-x/parsers': {
				'@typescript-eslint/parser': ['.ts', '.js'],
				'svelte-eslint-parser': ['.svelte']
			}
		},
		rules: {
			'import-x/no-cycle': ['error', { ignoreExternal: true }],
			'import-x/no-restricted-paths': [
				'error',
				{
					zones: [...layerZones, browserZone]
				}
			]
		}
	}
);
