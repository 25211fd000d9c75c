import { afterAll, describe, expect, it } from 'vitest';
import { PlanDoc } from '../../../src/lib/doc/plan-doc';
import { recordFigures } from '../../helpers/reliability';
import { runFuzz, type FuzzResult } from './peers';

// The quick mode: enough seeds to meet every kind of network and every write method each run,
// small enough for CI. `npm run fuzz -- --minutes N` runs the same thing for as long as asked.
const SEEDS = Array.from({ length: 40 }, (_, i) => i + 1);
const STEPS = 500;

function replay(result: FuzzResult): string {
	return (
		`seed ${result.seed} failed after ${result.steps} steps with ${result.peers} peers ` +
		`(${result.encodings}); replay: npx tsx tests/convergence/fuzz/run.ts --minutes 0 ` +
		`--seed ${result.seed} --steps ${result.steps} --peers ${result.peers}\n${result.error}`
	);
}

/** Methods of PlanDoc that do not change the plan; every other one must be fuzzed. */
const NOT_WRITES = new Set([
	'constructor',
	'list',
	'get',
	'count',
	'values',
	'where',
	'toJSON',
	'section',
	'subscribe',
	'onHistory',
	'clearHistory',
	'makeReadOnly',
	'destroy',
	'write',
	'setRootText',
	'changed',
	'emit',
	'onMembershipChange'
]);

const totals = { seeds: 0, steps: 0, edits: 0, messages: 0, reloads: 0, failures: 0 };
const started = Date.now();

function count(result: FuzzResult): FuzzResult {
	totals.seeds += 1;
	totals.steps += result.steps;
	totals.edits += result.edits;
	totals.messages += result.messages;
	totals.reloads += result.reloads;
	if (result.error) totals.failures += 1;
	return result;
}

afterAll(() =>
	recordFigures('convergence', { ...totals, seconds: Math.round((Date.now() - started) / 1000) })
);

describe('five to seven PlanDoc peers on a lossy, reordering network', () => {
	it.each(SEEDS)('converge to one plan (seed %i)', { timeout: 60_000 }, (seed) => {
		const result = count(runFuzz({ seed, steps: STEPS }));
		expect(result.error, replay(result)).toBeUndefined();
		expect(result.edits).toBeGreaterThan(STEPS / 2);
	});

	it('call every write method of PlanDoc', { timeout: 60_000 }, () => {
		const called = new Set<string>();
		for (const seed of [101, 102, 103]) {
			const result = count(runFuzz({ seed, steps: STEPS }));
			expect(result.error, replay(result)).toBeUndefined();
			for (const method of Object.keys(result.methods)) called.add(method);
		}
		const prototype = PlanDoc.prototype as unknown as Record<string, unknown>;
		const writes = Object.getOwnPropertyNames(prototype).filter(
			(name) =>
				!NOT_WRITES.has(name) &&
				typeof Object.getOwnPropertyDescriptor(prototype, name)?.value === 'function'
		);
		expect(writes.filter((name) => !called.has(name))).toEqual([]);
		expect(writes.length).toBeGreaterThan(15);
	});
});
