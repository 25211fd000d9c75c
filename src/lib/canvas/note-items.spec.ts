import { describe, expect, it } from 'vitest';
import type { LaidOutNote } from './board-layout';
import { NoteItems, type NoteItemSources } from './note-items';

const laid = (id: string, x = 0, cluster = ''): LaidOutNote => ({
	id,
	rect: { x, y: 0, width: 100, height: 80 },
	z: '',
	cluster,
	stored: true
});

type Note = { text: string };

/** Sources over plain maps, counting how often a position and a label are worked out. */
function sources(notes: Map<string, Note>, order: unknown = 'first') {
	const reads = { position: 0, label: 0 };
	const selection = new Set<string>();
	const marks = new Map<string, string>();
	const dragged = new Set<string>();
	const of = (): NoteItemSources<Note, string> => ({
		note: (id) => notes.get(id),
		mark: (id) => marks.get(id),
		selected: (id) => selection.has(id),
		dragging: (id) => dragged.has(id),
		order,
		position: (note) => (reads.position++, note.rect.x / 100 + 1),
		label: (note, record) => (
			reads.label++,
			note.cluster ? `${record.text} in ${note.cluster}` : record.text
		)
	});
	return {
		reads,
		selection,
		marks,
		dragged,
		of,
		reorder: (next: unknown) => (order = next)
	};
}

describe('NoteItems', () => {
	const a = laid('a', 0);
	const b = laid('b', 100, 'Risks');
	const entries = [
		{ note: a, rect: a.rect },
		{ note: b, rect: b.rect }
	];

	it('works out each note once and keeps its item while nothing it shows changes', () => {
		const notes = new Map([
			['a', { text: 'Alpha' }],
			['b', { text: 'Bravo' }]
		]);
		const s = sources(notes);
		const items = new NoteItems<Note, string>();
		const first = items.list(entries, s.of());
		expect(first.map((item) => [item.id, item.position, item.label])).toEqual([
			['a', 1, 'Alpha'],
			['b', 2, 'Bravo in Risks']
		]);
		// A pan that keeps both notes in view: the same objects, nothing read again.
		const again = items.list(entries, s.of());
		expect(again[0]).toBe(first[0]);
		expect(again[1]).toBe(first[1]);
		expect(s.reads).toEqual({ position: 2, label: 2 });
	});

	it.each([
		{
			change: 'selecting b',
			apply: (s: ReturnType<typeof sources>) => s.selection.add('b'),
			reads: { position: 2, label: 2 }
		},
		{
			change: 'someone else marking b',
			apply: (s: ReturnType<typeof sources>) => s.marks.set('b', 'Ana'),
			reads: { position: 2, label: 2 }
		},
		{
			change: 'dragging b',
			apply: (s: ReturnType<typeof sources>) => s.dragged.add('b'),
			reads: { position: 2, label: 2 }
		},
		{
			change: 'a new text for b',
			apply: (s: ReturnType<typeof sources>, notes: Map<string, Note>) =>
				notes.set('b', { text: 'Bravo!' }),
			reads: { position: 2, label: 3 }
		}
	])('makes a new item for b alone after $change', ({ apply, reads }) => {
		const notes = new Map([
			['a', { text: 'Alpha' }],
			['b', { text: 'Bravo' }]
		]);
		const s = sources(notes);
		const items = new NoteItems<Note, string>();
		const [firstA, firstB] = items.list(entries, s.of());
		apply(s, notes);
		const [nextA, nextB] = items.list(entries, s.of());
		expect(nextA).toBe(firstA);
		expect(nextB).not.toBe(firstB);
		expect(s.reads).toEqual(reads);
	});

	it('reads positions again after a new reading order, labels only for new texts', () => {
		const notes = new Map([
			['a', { text: 'Alpha' }],
			['b', { text: 'Bravo' }]
		]);
		const s = sources(notes);
		const items = new NoteItems<Note, string>();
		items.list(entries, s.of());
		s.reorder('second');
		items.list(entries, s.of());
		expect(s.reads).toEqual({ position: 4, label: 2 });
	});

	it('leaves out a note without a record, and draws a held note where the drag holds it', () => {
		const notes = new Map([['b', { text: 'Bravo' }]]);
		const s = sources(notes);
		const items = new NoteItems<Note, string>();
		expect(items.list(entries, s.of()).map((item) => item.id)).toEqual(['b']);
		const held = { ...b.rect, x: 500 };
		const [moved] = items.list([{ note: b, rect: held }], s.of());
		expect(moved?.rect).toBe(held);
		expect(s.reads).toEqual({ position: 1, label: 1 });
	});
});
