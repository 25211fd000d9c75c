import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { historyRelation, type HistoryRelation, type StateVector } from './shared-history';

const vector = (entries: [number, number][]): StateVector => new Map(entries);

describe('historyRelation', () => {
	const cases: [string, StateVector, StateVector, HistoryRelation][] = [
		['the same writers', vector([[1, 10]]), vector([[1, 10]]), 'shared'],
		[
			'the file is behind this device',
			vector([
				[1, 10],
				[2, 4]
			]),
			vector([[1, 3]]),
			'shared'
		],
		[
			'the file is ahead of this device',
			vector([[1, 3]]),
			vector([
				[1, 9],
				[7, 2]
			]),
			'shared'
		],
		[
			'one common writer among others',
			vector([
				[1, 3],
				[5, 1]
			]),
			vector([
				[5, 1],
				[9, 4]
			]),
			'shared'
		],
		['a common writer at different clocks', vector([[4, 1]]), vector([[4, 200]]), 'shared'],
		[
			'no common writer',
			vector([
				[1, 3],
				[2, 5]
			]),
			vector([
				[3, 3],
				[4, 5]
			]),
			'unrelated'
		],
		['equal clocks, other writers', vector([[1, 10]]), vector([[2, 10]]), 'unrelated'],
		['nothing written here yet', vector([]), vector([[3, 3]]), 'shared'],
		['an empty plan in the file', vector([[1, 3]]), vector([]), 'shared'],
		['both empty', vector([]), vector([]), 'shared']
	];
	it.each(cases)('%s', (_what, local, file, expected) => {
		expect(historyRelation(local, file)).toBe(expected);
	});

	it('reads real plans: a copy edited elsewhere is related, a stranger’s plan is not', () => {
		const original = new Y.Doc();
		original.getMap('meta').set('title', 'Spring');
		const elsewhere = new Y.Doc();
		Y.applyUpdate(elsewhere, Y.encodeStateAsUpdate(original));
		elsewhere.getMap('meta').set('title', 'Spring, revised');
		const stranger = new Y.Doc();
		stranger.getMap('meta').set('title', 'Autumn');

		const vectorOf = (doc: Y.Doc) => Y.decodeStateVector(Y.encodeStateVector(doc));
		expect(historyRelation(vectorOf(original), vectorOf(elsewhere))).toBe('shared');
		expect(historyRelation(vectorOf(elsewhere), vectorOf(original))).toBe('shared');
		expect(historyRelation(vectorOf(original), vectorOf(stranger))).toBe('unrelated');
	});
});
