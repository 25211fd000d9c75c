import { describe, expect, it } from 'vitest';
import { sameFindings } from './same-findings';
import type { Finding } from './types';

const finding = (overrides: Partial<Finding> = {}): Finding => ({
	rule: 'platform-without-reason',
	severity: 'warning',
	message: 'Instagram has no reason.',
	why: 'A decision nobody can explain is undone at the next meeting.',
	step: 'platforms',
	record: { kind: 'platforms', id: 'p1' },
	...overrides
});

describe('sameFindings', () => {
	it.each<[string, Finding[], Finding[], boolean]>([
		['both empty', [], [], true],
		['equal, as new objects', [finding()], [finding()], true],
		['one more', [finding()], [finding(), finding({ rule: 'other' })], false],
		['another rule', [finding()], [finding({ rule: 'goal-without-date' })], false],
		['another severity', [finding()], [finding({ severity: 'error' })], false],
		['another message', [finding()], [finding({ message: 'TikTok has no reason.' })], false],
		['another why', [finding()], [finding({ why: 'Because.' })], false],
		['another step', [finding()], [finding({ step: 'goals' })], false],
		['another record', [finding()], [finding({ record: { kind: 'platforms', id: 'p2' } })], false],
		['no record on one side', [finding()], [finding({ record: undefined })], false],
		[
			'the same, in another order',
			[finding(), finding({ rule: 'other' })],
			[finding({ rule: 'other' }), finding()],
			false
		]
	])('%s', (_, before, after, same) => {
		expect(sameFindings(before, after)).toBe(same);
	});
});
