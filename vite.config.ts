import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import { playwright } from '@vitest/browser-playwright';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { chromiumLaunchArgs } from './scripts/chromium-args.js';
import { paraglideOptions } from './scripts/paraglide-options.js';
import { localePacks } from './scripts/locale-packs.js';
import { patchPdfmake } from './scripts/pdfmake-patches.js';

// The browser project runs in Debian's Chromium; `scripts/with-chromium.js` finds it (or installs it)
// and exports CHROMIUM_PATH before Vitest starts.
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * `CANAL_CHUNK_STATS=1 vite build`: beside the client's manifest, `.vite/chunks.json` lists the
 * modules in each chunk and their size, which `scripts/initial-js.js` reads to say what a page
 * loads before it shows and what pulls each part in.
 */
function chunkStats(): Plugin {
	return {
		name: 'canal-chunk-stats',
		apply: 'build',
		generateBundle(options, bundle) {
			if (!process.env.CANAL_CHUNK_STATS || !options.dir?.endsWith(join('output', 'client')))
				return;
			const chunks: Record<string, { modules: [string, number][]; imports: string[] }> = {};
			for (const [file, output] of Object.entries(bundle)) {
				if (output.type !== 'chunk') continue;
				chunks[file] = {
					modules: Object.entries(output.modules).map(([id, module]) => [
						id.replace(process.cwd(), '.'),
						module.renderedLength
					]),
					imports: output.imports
				};
			}
			mkdirSync(join(options.dir, '.vite'), { recursive: true });
			writeFileSync(join(options.dir, '.vite', 'chunks.json'), JSON.stringify(chunks));
		}
	};
}

/**
 * pdfmake's build with its style lookups rewritten without a closure per call (see
 * scripts/pdfmake-styles.js) and the words of a line written as one text where they can be (see
 * scripts/pdfmake-text-runs.js): in the worker that makes the PDF, and on the page where it runs
 * without one. A build of pdfmake a rewrite does not know keeps that part as it is, with a warning.
 */
function pdfmakePatches(): Plugin {
	return {
		name: 'canal-pdfmake-patches',
		transform(code, id) {
			if (!/\/pdfmake\/build\/pdfmake\.min\.js$/.test(id.replace(/\?.*$/, ''))) return null;
			const patched = patchPdfmake(code);
			for (const part of patched.missing)
				this.warn(`pdfmake: ${part}: not found in this build, left as published`);
			return { code: patched.code, map: null };
		}
	};
}

export default defineConfig({
	plugins: [
		paraglideVitePlugin(paraglideOptions),
		sveltekit(),
		localePacks({
			root: process.cwd(),
			storageKey: paraglideOptions.localStorageKey ?? 'canal-locale'
		}),
		chunkStats(),
		pdfmakePatches()
	],
	build: { target: 'es2022' },
	resolve: {
		// Dexie's ES module build rather than its wrapper around the ES5 bundle: every page that reads
		// the device's storage loads Dexie before it shows, and this one is smaller and tree-shakes.
		alias: [
			{ find: /^dexie$/, replacement: 'dexie/dist/modern/dexie.mjs' },
			// Yjs's few warnings without lib0's DOM console and schema code (see the module).
			{ find: /^lib0\/logging$/, replacement: resolve('src/lib/doc/lib0-logging.ts') }
		]
	},
	// Module workers, so the PDF worker loads pdfmake and its fonts as chunks of its own.
	worker: { format: 'es', plugins: () => [pdfmakePatches()] },
	test: {
		expect: { requireAssertions: true },
		projects: [
			{
				extends: true,
				test: {
					name: 'node',
					environment: 'node',
					// Building the large workshop in a beforeAll takes seconds on a busy two-core machine.
					hookTimeout: 60_000,
					include: [
						'src/**/*.spec.ts',
						'tests/convergence/**/*.spec.ts',
						'tests/integration/**/*.spec.ts'
					],
					exclude: [
						'src/**/*.svelte.spec.ts',
						'src/**/*.browser.spec.ts',
						'tests/integration/attack-*.spec.ts'
					],
					// Vitest blanks CSS in Node by default, `?raw` imports included; the SVG export
					// embeds map.css as text, so its specs must see the real file.
					css: { include: [/\/maps\/shared\/map\.css\?raw$/] }
				}
			},
			{
				// Attacks measure honest clients' latency against a bound: they run one file at a
				// time (`--no-file-parallelism`), so the figures are the relay's, not the other
				// suites' load on a small machine.
				extends: true,
				test: {
					name: 'attacks',
					environment: 'node',
					include: ['tests/integration/attack-*.spec.ts']
				}
			},
			{
				extends: true,
				test: {
					name: 'browser',
					include: ['src/**/*.svelte.spec.ts', 'src/**/*.browser.spec.ts'],
					testTimeout: 30_000,
					browser: {
						enabled: true,
						headless: true,
						screenshotFailures: false,
						provider: playwright({
							launchOptions: { executablePath: chromiumPath, args: chromiumLaunchArgs }
						}),
						instances: [{ browser: 'chromium' }]
					}
				}
			}
		]
	}
});
