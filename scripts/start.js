#!/usr/bin/env node
// `npm start`: build when the sources are newer than the build, then serve it (and, later, the relay).
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const shell = join(root, 'build', 'index.html');
const inputs = [
	'src',
	'static',
	'messages',
	'svelte.config.js',
	'vite.config.ts',
	'package.json',
	'scripts/pdfmake-styles.js',
	'scripts/locale-packs.js',
	'scripts/paraglide-options.js'
];

/**
 * Newest modification time under a file or directory, or 0 when it does not exist.
 * @param {string} path
 * @returns {number}
 */
function newestMtime(path) {
	let stats;
	try {
		stats = statSync(path);
	} catch {
		return 0;
	}
	if (!stats.isDirectory()) return stats.mtimeMs;
	let newest = stats.mtimeMs;
	for (const entry of readdirSync(path)) {
		newest = Math.max(newest, newestMtime(join(path, entry)));
	}
	return newest;
}

function buildIsStale() {
	const built = newestMtime(shell);
	if (built === 0) return true;
	return inputs.some((input) => newestMtime(join(root, input)) > built);
}

if (buildIsStale()) {
	console.log('Building Canal (sources are newer than build/) ...');
	const vite = join(
		root,
		'node_modules',
		'.bin',
		process.platform === 'win32' ? 'vite.cmd' : 'vite'
	);
	const result = spawnSync(vite, ['build'], { cwd: root, stdio: 'inherit' });
	if (result.status !== 0) {
		console.error(result.error?.message ?? `vite build failed with exit code ${result.status}`);
		process.exit(result.status ?? 1);
	}
}

const { register } = await import('tsx/esm/api');
register();
// A URL rather than a literal specifier: only tsx, registered just above, can load a .ts file.
await import(new URL('../src/lib/server/main.ts', import.meta.url).href);
