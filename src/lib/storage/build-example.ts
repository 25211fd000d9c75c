import * as Y from 'yjs';
import type { ExampleWorkshop } from '../content/example-workshop';
import type { RecordKind } from '../domain/plan';
import { keysOf, MATURITY_DIMENSIONS } from '../domain/vocabulary';
import { PlanDoc } from '../doc/plan-doc';
import type { RecordInit } from '../doc/schema';

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

/**
 * A record id derived from a name, in the shape of real ids. The example gets the same ids every
 * time it is built, so two builds compare equal and a test or a screenshot can point at a record;
 * ids only need to be unique within one plan, and each example is a plan of its own.
 */
export function exampleId(name: string): string {
	// FNV-1a gives a 32-bit seed; mulberry32 spreads it over 16 characters.
	let seed = 0x811c9dc5;
	for (let i = 0; i < name.length; i++) seed = Math.imul(seed ^ name.charCodeAt(i), 0x01000193);
	let state = seed >>> 0;
	let id = '';
	for (let i = 0; i < 16; i++) {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		id += ALPHABET[((((t ^ (t >>> 14)) >>> 0) / 4294967296) * ALPHABET.length) | 0];
	}
	return id;
}

/** Keys of the example's records and the ids they were given; a wrong key fails loudly. */
class Keys {
	private readonly ids = new Map<string, string>();

	assign(kind: RecordKind, key: string): string {
		const name = `${kind}:${key}`;
		if (this.ids.has(name)) throw new Error(`The example uses ${name} twice.`);
		const id = exampleId(name);
		if ([...this.ids.values()].includes(id)) throw new Error(`The example ids collide: ${name}.`);
		this.ids.set(name, id);
		return id;
	}

	id(kind: RecordKind, key: string): string {
		const id = this.ids.get(`${kind}:${key}`);
		if (!id) throw new Error(`The example refers to ${kind}:${key}, which it does not define.`);
		return id;
	}
}

/**
 * Builds the example workshop through PlanDoc, the way people would enter it: the boards' notes
 * first, then each step's records, some of them promoted from a note. The undo stack is cleared
 * so that nobody can undo the example away, one record at a time. The words are those of `data`'s
 * language; once built they are the team's own text, like anything they typed.
 */
export function buildExample(
	data: ExampleWorkshop,
	ydoc = new Y.Doc(),
	createdAt = Date.now()
): PlanDoc {
	const plan = PlanDoc.create(data.meta, ydoc, createdAt);
	const keys = new Keys();

	for (const { key, ...note } of data.notes) plan.add('notes', note, keys.assign('notes', key));

	/** Adds a record; when it came from a note, links the two as promoting the note would. */
	const add = <K extends RecordKind>(
		kind: K,
		key: string,
		init: RecordInit<K>,
		fromNote: string | undefined
	): string => {
		const noteId = fromNote === undefined ? undefined : keys.id('notes', fromNote);
		if (noteId && plan.get('notes', noteId)?.promotedTo) {
			throw new Error(`The example promotes note ${fromNote} twice.`);
		}
		const id = plan.add(
			kind,
			noteId ? { ...init, sourceNote: noteId } : init,
			keys.assign(kind, key)
		);
		if (noteId) plan.update('notes', noteId, { promotedTo: `${kind}:${id}` });
		return id;
	};

	plan.setPurposeText('statement', data.purpose.statement);
	plan.setPurposeText('knownFor', data.purpose.knownFor);
	data.values.forEach(({ fromNote, ...value }, index) =>
		add('values', String(index), value, fromNote)
	);
	for (const { key, ratings, ...member } of data.team) {
		const id = add('team', key, member, undefined);
		for (const dimension of keysOf(MATURITY_DIMENSIONS))
			plan.rate(id, dimension, ratings[dimension]);
	}
	for (const dimension of keysOf(MATURITY_DIMENSIONS)) {
		plan.setMaturityNote(dimension, data.maturityNotes[dimension]);
	}

	for (const { key, fromNote, ...stakeholder } of data.stakeholders) {
		add('stakeholders', key, stakeholder, fromNote);
	}

	data.listening.forEach(({ fromNote, ...finding }, index) =>
		add('listening', String(index), finding, fromNote)
	);
	data.swot.forEach(({ fromNote, ...item }, index) => add('swot', String(index), item, fromNote));

	for (const { key, fromNote, ...platform } of data.platforms) {
		add('platforms', key, platform, fromNote);
	}
	for (const link of data.presence) {
		plan.setPresence(
			keys.id('stakeholders', link.stakeholder),
			keys.id('platforms', link.platform),
			link.strength
		);
	}

	data.goals.forEach(({ fromNote, stakeholders, platforms, ...goal }, index) =>
		add(
			'goals',
			String(index),
			{
				...goal,
				stakeholderIds: stakeholders.map((key) => keys.id('stakeholders', key)),
				platformIds: platforms.map((key) => keys.id('platforms', key))
			},
			fromNote
		)
	);

	const { responseTimeHours, ...texts } = data.commitment;
	for (const field of keysOf(texts)) plan.setCommitmentText(field, texts[field]);
	plan.setResponseTime(responseTimeHours);

	plan.clearHistory();
	return plan;
}
