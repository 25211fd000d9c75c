// What the browser benchmarks share: the app server, importing a workshop file as a person
// would, statistics and progress output.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as esbuild } from 'esbuild';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const IMPORT_LABEL = 'Import a workshop file';

/** @param {string} message */
export function progress(message) {
	process.stderr.write(`[bench] ${message}\n`);
}

/** @param {number[]} values */
export function median(values) {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	if (sorted.length === 0) return null;
	return sorted.length % 2
		? sorted[middle]
		: ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/**
 * Nearest-rank percentile.
 * @param {number[]} values
 * @param {number} fraction
 */
export function percentile(values, fraction) {
	if (values.length === 0) return null;
	const sorted = [...values].sort((a, b) => a - b);
	return (
		sorted[Math.min(sorted.length, Math.max(1, Math.ceil(fraction * sorted.length))) - 1] ?? null
	);
}

/** @param {number} ms */
export const round = (ms) => Math.round(ms * 10) / 10;

/**
 * @param {unknown} error
 * @returns {string}
 */
export const describe = (error) =>
	error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);

/**
 * Runs a TypeScript benchmark part with tsx and parses the JSON it prints.
 * @param {string} script
 * @param {string[]} args
 * @returns {Promise<any>}
 */
export function runTsx(script, args) {
	return new Promise((resolve, reject) => {
		const tsx = join(
			root,
			'node_modules',
			'.bin',
			process.platform === 'win32' ? 'tsx.cmd' : 'tsx'
		);
		const child = spawn(tsx, [script, ...args], {
			cwd: root,
			stdio: ['ignore', 'pipe', 'inherit']
		});
		let out = '';
		child.stdout.on('data', (chunk) => (out += chunk));
		child.on('error', reject);
		child.on('exit', (code) => {
			if (code !== 0) return reject(new Error(`${script} exited with ${code}`));
			try {
				resolve(JSON.parse(out));
			} catch {
				reject(new Error(`${script} printed something other than JSON: ${out.slice(0, 200)}`));
			}
		});
	});
}

/**
 * @param {number} port
 * Starts `npm start` on the benchmark port, in its own process group so that a build it runs
 * first is stopped with it.
 */
export async function startServer(port) {
	const base = `http://127.0.0.1:${port}`;
	const child = spawn(process.execPath, [join(root, 'scripts', 'start.js')], {
		cwd: root,
		env: { ...process.env, PORT: String(port), HOST: '127.0.0.1' },
		stdio: ['ignore', 'pipe', 'pipe'],
		detached: true
	});
	child.stdout.on('data', (chunk) => process.stderr.write(chunk));
	child.stderr.on('data', (chunk) => process.stderr.write(chunk));
	const stop = () => {
		if (child.exitCode !== null || child.pid === undefined) return;
		try {
			process.kill(-child.pid, 'SIGTERM');
		} catch {
			// Already gone.
		}
	};
	process.on('exit', stop);
	for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
		process.once(signal, () => {
			stop();
			process.exit(130);
		});
	}
	// A build from stale sources takes a minute or two on two cores.
	const deadline = Date.now() + 300_000;
	while (Date.now() < deadline) {
		if (child.exitCode !== null || child.signalCode !== null) {
			throw new Error(`the server exited (${child.exitCode ?? child.signalCode}) before answering`);
		}
		try {
			const response = await fetch(`${base}/healthz`, { signal: AbortSignal.timeout(2_000) });
			if (response.ok) return stop;
		} catch {
			// Not listening yet.
		}
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
	stop();
	throw new Error(`the server did not answer ${base}/healthz within 5 minutes`);
}

/**
 * Imports the workshop file through the home page, as a person would.
 * @param {import('playwright').Page} page
 * @param {string} base
 * @param {Buffer} file
 * @param {string} title
 */
export async function importFile(page, base, file, title) {
	await page.goto(`${base}/`);
	const input = page.getByLabel(IMPORT_LABEL);
	await input.waitFor({ state: 'attached', timeout: 15_000 });
	const start = Date.now();
	await input.setInputFiles({
		name: 'large-workshop.canal',
		mimeType: 'application/vnd.canal.workshop',
		buffer: file
	});
	await page.getByText(title).first().waitFor({ timeout: 120_000 });
	return Date.now() - start;
}

/**
 * Yjs as one script that defines `globalThis.__canalBenchY`, bundled from node_modules: the
 * benchmark decodes with the very library the app ships, without a hook in the app's code.
 */
async function yjsBundle() {
	const built = await esbuild({
		stdin: {
			contents: "import * as Y from 'yjs'; globalThis.__canalBenchY = Y;",
			resolveDir: root,
			loader: 'js'
		},
		bundle: true,
		format: 'iife',
		minify: true,
		target: 'es2022',
		write: false
	});
	const output = built.outputFiles[0];
	if (!output) throw new Error('esbuild produced no Yjs bundle');
	return output.text;
}

/**
 * Runs in the page: reads the plan's saved update log from IndexedDB (as the app stores it) and
 * times applying it to a fresh Y.Doc in one transaction, as opening does, `runs` times.
 * @param {{ docId: string, runs: number }} options
 */
async function decodeStoredPlan({ docId, runs }) {
	const Y = /** @type {{ __canalBenchY: typeof import('yjs') }} */ (
		/** @type {unknown} */ (globalThis)
	).__canalBenchY;
	/** @type {IDBDatabase} */
	const db = await new Promise((resolve, reject) => {
		const request = indexedDB.open('canal');
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(request.error);
	});
	/** @type {{ update: Uint8Array }[]} */
	const rows = await new Promise((resolve, reject) => {
		const request = db
			.transaction('updates')
			.objectStore('updates')
			.index('docId')
			.getAll(IDBKeyRange.only(docId));
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(request.error);
	});
	db.close();
	/** @type {number[]} */
	const times = [];
	for (let run = 0; run < runs; run++) {
		const start = performance.now();
		const ydoc = new Y.Doc();
		ydoc.transact(() => {
			for (const row of rows) Y.applyUpdate(ydoc, row.update);
		});
		times.push(performance.now() - start);
		ydoc.destroy();
		// Let the collector and the page's own timers run between decodes, as between opens.
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	return {
		rows: rows.length,
		bytes: rows.reduce((sum, row) => sum + row.update.byteLength, 0),
		times
	};
}

/**
 * The floor under opening: decoding the same stored state in the same page, with nothing else.
 * @param {import('playwright').Page} page
 * @param {string} docId
 * @param {number} runs decodes counted (one more runs first, uncounted)
 */
export async function measureRawDecode(page, docId, runs) {
	await page.evaluate(await yjsBundle());
	const decoded = await page.evaluate(decodeStoredPlan, { docId, runs: runs + 1 });
	// The first decode also compiles Yjs: left out, as the open's warm-up run is.
	const times = decoded.times.slice(1);
	return {
		method:
			'Y.applyUpdate of the plan’s IndexedDB update rows into a fresh Y.Doc in one transaction, in the opened page (Yjs from node_modules, bundled with esbuild)',
		rows: decoded.rows,
		bytes: decoded.bytes,
		runsMs: times.map(round),
		medianMs: times.length ? round(median(times) ?? 0) : null
	};
}
