#!/usr/bin/env node
// `npm test`: every suite in order (node unit, browser in real Chromium, end-to-end against the
// built app), then one summary line. Stops at nothing: a failing suite still lets the others run,
// so one run shows everything that is wrong.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findChromium } from './chromium.js';
import { ensurePdfTools } from './debian.js';

const root = new URL('..', import.meta.url).pathname;
const artifacts = join(root, 'tests', '.artifacts');
mkdirSync(artifacts, { recursive: true });
const bin = (/** @type {string} */ name) => join(root, 'node_modules', '.bin', name);

/** @type {string} */
let chromium;
try {
	chromium = findChromium();
	ensurePdfTools();
} catch (error) {
	console.error(error instanceof Error ? error.message : error);
	process.exit(1);
}
const env = { ...process.env, CHROMIUM_PATH: chromium };

/** @type {{ name: string, command: string, args: string[], report: string, env?: Record<string, string> }[]} */
const suites = [
	{
		name: 'unit (node)',
		command: bin('vitest'),
		args: ['run', '--project', 'node', '--reporter=default', '--reporter=json'],
		report: 'vitest-node.json'
	},
	{
		name: 'relay attacks (one file at a time)',
		command: bin('vitest'),
		args: [
			'run',
			'--project',
			'attacks',
			'--no-file-parallelism',
			'--reporter=default',
			'--reporter=json'
		],
		report: 'vitest-attacks.json'
	},
	{
		name: 'browser (Chromium)',
		command: bin('vitest'),
		args: ['run', '--project', 'browser', '--reporter=default', '--reporter=json'],
		report: 'vitest-browser.json'
	},
	{
		name: 'end-to-end (Playwright)',
		command: bin('playwright'),
		args: ['test', '-c', 'tests/e2e/playwright.config.ts', '--reporter=list,json'],
		report: 'playwright.json'
	}
];

/**
 * Names of the failed tests in a Vitest or Playwright JSON report, so the summary says which.
 * @param {string} file
 * @returns {string[]}
 */
function failedNames(file) {
	try {
		const report = JSON.parse(readFileSync(file, 'utf8'));
		if (Array.isArray(report.testResults)) {
			return report.testResults.flatMap(
				(
					/** @type {{ name: string, assertionResults?: { status: string, fullName: string }[] }} */ suite
				) =>
					(suite.assertionResults ?? [])
						.filter((test) => test.status === 'failed')
						.map((test) => `${suite.name.replace(root, '')} > ${test.fullName}`)
			);
		}
		/** @type {string[]} */
		const names = [];
		/** @param {any} suite @param {string} path */
		const walk = (suite, path) => {
			for (const spec of suite.specs ?? []) {
				for (const test of spec.tests ?? []) {
					if (test.status === 'unexpected') names.push(`${path} > ${spec.title}`);
				}
			}
			for (const child of suite.suites ?? []) walk(child, `${path} > ${child.title}`);
		};
		for (const suite of report.suites ?? []) walk(suite, suite.title);
		return names;
	} catch {
		return [];
	}
}

/**
 * Counts from a Vitest or Playwright JSON report.
 * @param {string} file
 */
function counts(file) {
	try {
		const report = JSON.parse(readFileSync(file, 'utf8'));
		if ('numPassedTests' in report) {
			return {
				passed: report.numPassedTests,
				failed: report.numFailedTests,
				skipped: report.numPendingTests + report.numTodoTests
			};
		}
		const stats = report.stats ?? {};
		return {
			passed: (stats.expected ?? 0) + (stats.flaky ?? 0),
			failed: stats.unexpected ?? 0,
			skipped: stats.skipped ?? 0
		};
	} catch {
		return null;
	}
}

const total = { passed: 0, failed: 0, skipped: 0 };
const lines = [];
let exitCode = 0;
for (const suite of suites) {
	const report = join(artifacts, suite.report);
	rmSync(report, { force: true });
	console.log(`\n=== ${suite.name} ===`);
	const result = spawnSync(
		suite.command,
		[...suite.args, ...(suite.command.endsWith('vitest') ? [`--outputFile.json=${report}`] : [])],
		{
			cwd: root,
			stdio: 'inherit',
			env: { ...env, PLAYWRIGHT_JSON_OUTPUT_NAME: report }
		}
	);
	const found = counts(report);
	if (result.status !== 0) exitCode = 1;
	if (!found) {
		lines.push(`${suite.name}: no report (exit ${result.status})`);
		total.failed += 1;
		continue;
	}
	total.passed += found.passed;
	total.failed += found.failed;
	total.skipped += found.skipped;
	lines.push(
		`${suite.name}: ${found.passed} passed, ${found.failed} failed, ${found.skipped} skipped`
	);
	for (const name of failedNames(report)) lines.push(`  failed: ${name}`);
}

if (total.passed === 0) exitCode = 1;
lines.push(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
// Kept in a file too: CI prints it again after the benchmarks, where the end of its log is.
writeFileSync(join(artifacts, 'test-summary.txt'), lines.join('\n') + '\n');
console.log('\n=== summary ===');
for (const line of lines) console.log(line);
process.exit(exitCode || (total.failed > 0 ? 1 : 0));
