#!/usr/bin/env node
// `npm run reliability [-- --minutes N]`: the reliability suites in their long mode (RELIABILITY=long),
// then one table of what each checked, from tests/.artifacts/reliability/*.json. The quick mode of
// the same suites runs in `npm test`. See tests/RELIABILITY.md.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { findChromium } from './chromium.js';

const root = new URL('..', import.meta.url).pathname;
const figures = join(root, 'tests', '.artifacts', 'reliability');
const bin = (/** @type {string} */ name) => join(root, 'node_modules', '.bin', name);
const { values } = parseArgs({ options: { minutes: { type: 'string', default: '10' } } });

const env = { ...process.env, RELIABILITY: 'long', CHROMIUM_PATH: findChromium() };
rmSync(figures, { recursive: true, force: true });

/** @type {[string, string, string[]][]} */
const runs = [
	[
		'convergence fuzzing',
		bin('tsx'),
		['tests/convergence/fuzz/run.ts', '--minutes', values.minutes ?? '10', '--seed', '1']
	],
	[
		'node suites',
		bin('vitest'),
		[
			'run',
			'--project',
			'node',
			'tests/convergence',
			'tests/integration/workshop-file-fuzz.spec.ts',
			'tests/integration/chaos-proxy.spec.ts',
			'tests/integration/relay-crash-loop.spec.ts',
			'tests/integration/relay-abuse.spec.ts',
			'tests/integration/hostile-exports.spec.ts'
		]
	],
	['relay attacks', bin('vitest'), ['run', '--project', 'attacks', '--no-file-parallelism']],
	[
		'browser suites',
		bin('playwright'),
		['test', '-c', 'tests/e2e/playwright.config.ts', 'full-disk', 'tabs', 'hostile-input']
	]
];

const started = Date.now();
let failed = 0;
for (const [name, command, args] of runs) {
	console.error(`\n== ${name} (long mode) ==`);
	const result = spawnSync(command, args, { cwd: root, env, stdio: 'inherit' });
	if (result.status !== 0) {
		failed += 1;
		console.error(`${name}: exit ${result.status ?? result.signal}`);
	}
}

const entries = existsSync(figures)
	? readdirSync(figures)
			.filter((file) => file.endsWith('.json'))
			.map((file) => JSON.parse(readFileSync(join(figures, file), 'utf8')))
	: [];
console.log(
	JSON.stringify(
		{ minutes: Number(((Date.now() - started) / 60_000).toFixed(1)), failedRuns: failed, entries },
		null,
		'\t'
	)
);
process.exitCode = failed > 0 ? 1 : 0;
