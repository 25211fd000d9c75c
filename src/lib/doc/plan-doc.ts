import * as Y from 'yjs';
import type { Plan, PlanMeta, RecordKind, RecordKinds } from '../domain/plan';
import { isId, newId } from '../domain/ids';
import type { StepId } from '../domain/steps';
import { NUMBER_LIMITS, TEXT_LIMITS, type TextSize } from '../domain/limits';
import { characterCount } from '../domain/text';
import { isKeyOf, MATURITY_DIMENSIONS, type MaturityDimension } from '../domain/vocabulary';
import { coerceNumber, readBox, readField, readPoint } from './coerce';
import { PlanWriteError, ReadOnlyPlanError } from './errors';
import { TxOrigin } from './origins';
import { holdsRecord, RecordCollection, type RecordExists } from './record-collection';
import {
	fieldSpec,
	RECORD_KINDS,
	RECORD_SCHEMA,
	ROOT,
	SCHEMA_VERSION,
	SETS_FLAG,
	type CommitmentText,
	type FieldSpec,
	type LinkField,
	type PurposeText,
	type RecordInit,
	type TextField,
	type ValuePatch
} from './schema';
import {
	SECTION_NAMES,
	sectionSpec,
	type Section,
	type SectionName,
	type SectionValue
} from './sections';
import { diffText } from './text-diff';
import { isInternalKey } from '../domain/internal';
import { appendLine, nameFromNote, type PromotionTarget } from '../domain/promotion';

type MetaPatch = Partial<Pick<PlanMeta, 'title' | 'organisation' | 'facilitator'>>;

const META_FIELDS = ['title', 'organisation', 'facilitator'] as const;

export interface PlanDocOptions {
	/**
	 * How long (ms) edits keep joining the same undo step. Replayed test runs make it endless, so
	 * steps end only where the run calls `stopCapturing`, never by the wall clock.
	 */
	captureTimeout?: number;
}

/**
 * The plan: the only way to read and write a workshop's shared document.
 *
 * Reads return plain, frozen objects, cached per section. Every write is one method, one
 * `transact` with this instance's local origin, so undo only ever reverts this device's edits and
 * storage and sync can tell edits from loads.
 */
export class PlanDoc {
	readonly localOrigin = new TxOrigin('local');
	/** This device's writes that the undo manager does not track (see batchOutsideUndo). */
	readonly #fixingOrigin = new TxOrigin('local', 'fixing');
	readonly #ydoc: Y.Doc;
	readonly #undoManager: Y.UndoManager;
	// Read from the shared document, not the collections: those may not exist yet, or not have
	// seen the transaction that is being read.
	readonly #exists: RecordExists = (kind, id) =>
		holdsRecord(this.#ydoc.getMap<Y.Map<unknown>>(ROOT.record(kind)), id);
	private readonly collections: { [K in RecordKind]: RecordCollection<K> };
	private readonly caches = new Map<Section, unknown>();
	private readonly listeners = new Map<Section, Set<() => void>>();
	private readonly cleanups: (() => void)[] = [];
	private readOnlyReason: PlanWriteError | null = null;

	/**
	 * A plan in front of `ydoc`. Whoever creates the Y.Doc keeps it for storage and sync: the
	 * plan itself never hands it out, so every write goes through the methods below.
	 */
	constructor(ydoc: Y.Doc = new Y.Doc(), { captureTimeout = 600 }: PlanDocOptions = {}) {
		this.#ydoc = ydoc;
		const collections = {} as Record<RecordKind, RecordCollection<RecordKind>>;
		for (const kind of RECORD_KINDS) {
			const root = ydoc.getMap<Y.Map<unknown>>(ROOT.record(kind));
			collections[kind] = new RecordCollection(kind, root, this.#exists);
		}
		this.collections = collections as { [K in RecordKind]: RecordCollection<K> };
		for (const kind of RECORD_KINDS) {
			const onChange = ({
				membership,
				members
			}: {
				membership: boolean;
				members: ReadonlySet<string>;
			}) => {
				if (membership) this.onMembershipChange(kind, members);
				this.emit(kind);
			};
			this.cleanups.push(collections[kind].subscribe(onChange));
		}

		for (const name of SECTION_NAMES) {
			const handler = () => this.changed(name);
			for (const type of sectionSpec(name).watch(ydoc)) {
				type.observeDeep(handler);
				this.cleanups.push(() => type.unobserveDeep(handler));
			}
		}

		const scope = [
			...RECORD_KINDS.map((kind) => this.collections[kind].root),
			...SECTION_NAMES.filter((name) => sectionSpec(name).undoable !== false).flatMap((name) =>
				sectionSpec(name).watch(ydoc)
			)
		];
		this.#undoManager = new Y.UndoManager(scope, {
			trackedOrigins: new Set([this.localOrigin]),
			captureTimeout
		});
	}

	/** Writes the first meta of a brand-new plan. */
	static create(meta: MetaPatch, ydoc = new Y.Doc(), createdAt = Date.now()): PlanDoc {
		const plan = new PlanDoc(ydoc);
		ydoc.transact(
			() => {
				const map = ydoc.getMap(ROOT.meta);
				map.set('schemaVersion', SCHEMA_VERSION);
				map.set('createdAt', createdAt);
				for (const field of META_FIELDS) map.set(field, checked(meta[field] ?? '', 'name', field));
			},
			new TxOrigin('migration', 'create')
		);
		return plan;
	}

	// ---- reading -----------------------------------------------------------------------------

	/** A part of the plan that is not a collection of records, as a cached, frozen snapshot. */
	section<S extends SectionName>(name: S): SectionValue<S> {
		if (!this.caches.has(name))
			this.caches.set(name, sectionSpec(name).read(this.#ydoc, this.#exists));
		return this.caches.get(name) as SectionValue<S>;
	}

	// Shorthands for the sections most code reads; a section added later is `section(name)` at once.

	get meta() {
		return this.section('meta');
	}

	get purpose() {
		return this.section('purpose');
	}

	get commitment() {
		return this.section('commitment');
	}

	get maturityNotes() {
		return this.section('maturityNotes');
	}

	get ratings() {
		return this.section('ratings');
	}

	get presence() {
		return this.section('presence');
	}

	get internal() {
		return this.section('internal');
	}

	list<K extends RecordKind>(kind: K): readonly Readonly<RecordKinds[K]>[] {
		return this.collections[kind].list();
	}

	get<K extends RecordKind>(kind: K, id: string): Readonly<RecordKinds[K]> | undefined {
		return this.collections[kind].get(id);
	}

	count(kind: RecordKind): number {
		return this.collections[kind].size;
	}

	/** The records of `kind` whose `field` holds `value`, in list order (see RecordCollection.where). */
	where<K extends RecordKind, F extends keyof RecordKinds[K] & string>(
		kind: K,
		field: F,
		value: RecordKinds[K][F]
	): readonly Readonly<RecordKinds[K]>[] {
		return this.collections[kind].where(field, value);
	}

	/** One field of every record of `kind`, in no particular order (see RecordCollection.values). */
	values<K extends RecordKind, F extends keyof RecordKinds[K] & string>(
		kind: K,
		field: F
	): RecordKinds[K][F][] {
		return this.collections[kind].values(field);
	}

	/** The whole plan as plain data: for export, tests and comparisons. */
	toJSON(): Plan {
		const sections = SECTION_NAMES.map((name) => [
			name,
			sectionSpec(name).toJSON(this.section(name))
		]);
		const records = RECORD_KINDS.map((kind) => [kind, this.list(kind).map(plainRecord)]);
		// Each section's toJSON returns its part of Plan (SECTIONS is checked against it).
		return Object.fromEntries([...sections, ...records]) as Plan;
	}

	/** Calls `listener` after every transaction that changed `section`. Returns an unsubscribe. */
	subscribe(section: Section, listener: () => void): () => void {
		let set = this.listeners.get(section);
		if (!set) this.listeners.set(section, (set = new Set()));
		set.add(listener);
		return () => set.delete(listener);
	}

	// ---- writing -----------------------------------------------------------------------------

	/** Refuses all writes from now on, with `reason` (a plan from a newer Canal). */
	makeReadOnly(reason: PlanWriteError = new ReadOnlyPlanError()): void {
		this.readOnlyReason = reason;
	}

	get readOnly(): boolean {
		return this.readOnlyReason !== null;
	}

	setMeta(patch: MetaPatch): void {
		this.write(() => {
			const map = this.#ydoc.getMap(ROOT.meta);
			for (const field of META_FIELDS) {
				const value = patch[field];
				if (value !== undefined) map.set(field, checked(value, 'name', field));
			}
		});
	}

	/** Adds a record (last in order unless `init.order` says otherwise) and returns its id. */
	add<K extends RecordKind>(kind: K, init: RecordInit<K> = {}, id = newId()): string {
		const specs = Object.entries(RECORD_SCHEMA[kind]) as [string, FieldSpec][];
		const values = withFlag(kind, init as Record<string, unknown>);
		const collection = this.collections[kind];
		this.write(() => {
			const record = new Y.Map<unknown>();
			for (const [field, spec] of specs) {
				const given = values[field];
				switch (spec.type) {
					case 'text':
						record.set(field, new Y.Text(checked(given ?? '', spec.size, field)));
						break;
					case 'links': {
						const links = new Y.Map<boolean>();
						for (const target of (given as string[] | undefined) ?? []) links.set(target, true);
						record.set(field, links);
						break;
					}
					default: {
						const initial = field === 'order' ? collection.nextOrder() : spec.initial;
						record.set(field, given === undefined ? initial : validValue(spec, given, field));
					}
				}
			}
			collection.root.set(id, record);
		});
		return id;
	}

	/** Sets plain-valued fields of a record. Unknown ids are ignored: it may have just been deleted. */
	update<K extends RecordKind>(kind: K, id: string, patch: ValuePatch<K>): void {
		this.write(() => {
			const record = this.collections[kind].root.get(id);
			if (!(record instanceof Y.Map)) return;
			for (const [field, value] of Object.entries(withFlag(kind, patch))) {
				const spec = fieldSpec(kind, field);
				if (!spec || spec.type === 'text' || spec.type === 'links' || value === undefined) {
					throw new PlanWriteError(`${field} cannot be set on ${kind} with update().`);
				}
				const next = validValue(spec, value, field);
				if (!sameValue(record.get(field), next)) record.set(field, next);
			}
		});
	}

	/** Replaces a record's text field with `value`, as the smallest edit that gets there. */
	setText<K extends RecordKind>(kind: K, id: string, field: TextField<K>, value: string): void {
		const spec = fieldSpec(kind, field);
		if (!spec || spec.type !== 'text') throw new PlanWriteError(`${field} is not a text field.`);
		const text = checked(value, spec.size, field);
		this.write(() => {
			const record = this.collections[kind].root.get(id);
			if (!(record instanceof Y.Map)) return;
			let ytext = record.get(field);
			if (!(ytext instanceof Y.Text)) {
				// Records from a foreign source may lack a field; create it rather than lose the edit.
				ytext = new Y.Text();
				record.set(field, ytext);
			}
			spliceText(ytext as Y.Text, text);
		});
	}

	/** Links or unlinks `targetId` in a record's set of ids. */
	setLink<K extends RecordKind>(
		kind: K,
		id: string,
		field: LinkField<K>,
		targetId: string,
		linked: boolean
	): void {
		if (!isId(targetId)) throw new PlanWriteError('Not a record id.');
		this.write(() => {
			const record = this.collections[kind].root.get(id);
			if (!(record instanceof Y.Map)) return;
			let links = record.get(field);
			if (!(links instanceof Y.Map)) {
				links = new Y.Map<boolean>();
				record.set(field, links);
			}
			const set = links as Y.Map<boolean>;
			if (linked && !set.has(targetId)) set.set(targetId, true);
			if (!linked && set.has(targetId)) set.delete(targetId);
		});
	}

	/** Deletes a record and every reference to it (presence links, goal links, ratings). */
	remove(kind: RecordKind, id: string): void {
		this.write(() => {
			this.collections[kind].root.delete(id);
			if (kind === 'stakeholders' || kind === 'platforms') {
				const presence = this.#ydoc.getMap(ROOT.presence);
				const side = kind === 'stakeholders' ? 0 : 1;
				for (const key of [...presence.keys()])
					if (key.split(':')[side] === id) presence.delete(key);
				const field = kind === 'stakeholders' ? 'stakeholderIds' : 'platformIds';
				for (const goal of this.collections.goals.root.values()) {
					// A file or peer may have stored anything under a goal's id; only records hold links.
					if (!(goal instanceof Y.Map)) continue;
					const links = goal.get(field);
					if (links instanceof Y.Map && links.has(id)) links.delete(id);
				}
			}
			if (kind === 'team') {
				const ratings = this.#ydoc.getMap(ROOT.ratings);
				for (const key of [...ratings.keys()]) if (key.startsWith(`${id}:`)) ratings.delete(key);
			}
		});
	}

	setPurposeText(field: PurposeText, value: string): void {
		this.setRootText(ROOT.purposeText(field), value, 'long', field);
	}

	setCommitmentText(field: CommitmentText, value: string): void {
		this.setRootText(ROOT.commitmentText(field), value, 'long', field);
	}

	setResponseTime(hours: number | null): void {
		const next =
			hours === null
				? null
				: coerceNumber({ ...NUMBER_LIMITS.responseTimeHours, initial: null }, hours);
		this.write(() => this.#ydoc.getMap(ROOT.commitment).set('responseTimeHours', next));
	}

	setMaturityNote(dimension: MaturityDimension, value: string): void {
		this.setRootText(ROOT.maturityNote(dimension), value, 'long', 'discussion note');
	}

	/** A team member's rating of one dimension, 1–5; null withdraws it. */
	rate(memberId: string, dimension: MaturityDimension, score: number | null): void {
		if (!isId(memberId) || !isKeyOf(MATURITY_DIMENSIONS, dimension)) {
			throw new PlanWriteError('Unknown team member or dimension.');
		}
		const key = `${memberId}:${dimension}`;
		this.write(() => {
			const ratings = this.#ydoc.getMap(ROOT.ratings);
			if (score === null) ratings.delete(key);
			else
				ratings.set(
					key,
					validValue(
						{ type: 'number', ...NUMBER_LIMITS.scale5, initial: null, integer: true },
						score,
						'score'
					)
				);
		});
	}

	/** How strongly a stakeholder is present on a platform: 1–3, or 0 for not at all. */
	setPresence(stakeholderId: string, platformId: string, strength: 0 | 1 | 2 | 3): void {
		if (!isId(stakeholderId) || !isId(platformId)) throw new PlanWriteError('Not a record id.');
		if (![0, 1, 2, 3].includes(strength)) throw new PlanWriteError('Presence is 0 to 3.');
		const key = `${stakeholderId}:${platformId}`;
		this.write(() => {
			const presence = this.#ydoc.getMap(ROOT.presence);
			if (strength === 0) presence.delete(key);
			else if (presence.get(key) !== strength) presence.set(key, strength);
		});
	}

	/** Marks a record, a record's field or a plan text as internal (left out of the public edition). */
	setInternal(key: string, internal: boolean): void {
		if (!isInternalKey(key)) throw new PlanWriteError('Not something that can be marked internal.');
		this.write(() => {
			const set = this.#ydoc.getMap(ROOT.internal);
			if (!internal) set.delete(key);
			else if (set.get(key) !== true) set.set(key, true);
		});
	}

	/**
	 * Turns a board note into part of the plan, in one step: the new record keeps the note's id
	 * in `sourceNote`, and the note records what it became in `promotedTo` (`kind:id`, or
	 * `section:field` for a line added to a text). Returns that reference, or null when the note
	 * no longer exists.
	 */
	promoteNote(noteId: string, target: PromotionTarget): string | null {
		const note = this.get('notes', noteId);
		if (!note) return null;
		const text = note.text.trim();
		if (!text) throw new PlanWriteError('An empty note cannot become part of the plan.');
		const name = nameFromNote(text);
		let reference = '';
		this.write(() => {
			const sourceNote = noteId;
			switch (target.type) {
				case 'value':
					reference = `values:${this.add('values', { text: nameFromNote(text, TEXT_LIMITS.short), sourceNote })}`;
					break;
				case 'team':
					reference = `team:${this.add('team', { name, sourceNote })}`;
					break;
				case 'stakeholder':
					reference = `stakeholders:${this.add('stakeholders', { name, notes: name === text ? '' : text, sourceNote })}`;
					break;
				case 'listening':
					reference = `listening:${this.add('listening', { kind: target.kind, text, sourceNote })}`;
					break;
				case 'swot':
					reference = `swot:${this.add('swot', { kind: target.kind, text, sourceNote })}`;
					break;
				case 'platform':
					reference = `platforms:${this.add('platforms', { name, reason: name === text ? '' : text, sourceNote })}`;
					break;
				case 'goal':
					reference = `goals:${this.add('goals', { statement: text, sourceNote })}`;
					break;
				case 'maturity-note':
					this.setMaturityNote(
						target.dimension,
						appendLine(this.maturityNotes[target.dimension], text)
					);
					reference = `maturity:${target.dimension}`;
					break;
				case 'commitment-text':
					this.setCommitmentText(target.field, appendLine(this.commitment[target.field], text));
					reference = `commitment:${target.field}`;
					break;
			}
			this.update('notes', noteId, { promotedTo: reference });
		});
		return reference;
	}

	/** Renames a cluster on a step's board: every note in it moves, in one step. */
	renameCluster(step: StepId, from: string, to: string): void {
		const name = checked(to.trim(), 'name', 'The cluster name');
		this.write(() => {
			for (const note of this.list('notes')) {
				if (note.step === step && note.cluster === from)
					this.update('notes', note.id, { cluster: name });
			}
		});
	}

	/**
	 * Runs several writes as one transaction with this device's origin: peers and storage see one
	 * update, and one undo reverts them all.
	 */
	batch(writes: () => void): void {
		this.write(writes);
	}

	/**
	 * Runs writes that no undo takes back, as one transaction that peers and storage see like any
	 * other edit of this device: fixing in the plan what was only computed (the canvas stores the
	 * places it worked out for a wall of notes before the first note is written). Nothing changes
	 * on screen, so there is nothing to undo, and on a wall of 20,000 notes the undo manager's own
	 * work on such a write was a sixth of its cost.
	 */
	batchOutsideUndo(writes: () => void): void {
		this.write(writes, this.#fixingOrigin);
	}

	// ---- undo --------------------------------------------------------------------------------

	undo(): boolean {
		if (this.readOnly) return false;
		return this.#undoManager.undo() !== null;
	}

	redo(): boolean {
		if (this.readOnly) return false;
		return this.#undoManager.redo() !== null;
	}

	get canUndo(): boolean {
		return this.#undoManager.canUndo();
	}

	get canRedo(): boolean {
		return this.#undoManager.canRedo();
	}

	/** Ends the current undo step, so the next edit is undone separately (e.g. after a drag). */
	stopCapturing(): void {
		this.#undoManager.stopCapturing();
	}

	/** Forgets every undo and redo step: a plan built by code has nothing for a person to undo. */
	clearHistory(): void {
		this.#undoManager.clear();
	}

	/** Calls `listener` whenever a step is added to or taken from the undo or redo stack. */
	onHistory(listener: () => void): () => void {
		const events = ['stack-item-added', 'stack-item-popped', 'stack-cleared'] as const;
		for (const event of events) this.#undoManager.on(event, listener);
		return () => {
			for (const event of events) this.#undoManager.off(event, listener);
		};
	}

	destroy(): void {
		this.#undoManager.destroy();
		for (const cleanup of this.cleanups) cleanup();
		for (const kind of RECORD_KINDS) this.collections[kind].destroy();
		this.listeners.clear();
	}

	// ---- internals ---------------------------------------------------------------------------

	private write(change: () => void, origin: TxOrigin = this.localOrigin): void {
		if (this.readOnlyReason) throw this.readOnlyReason;
		this.#ydoc.transact(change, origin);
	}

	private setRootText(name: string, value: string, size: TextSize, what: string): void {
		const text = checked(value, size, what);
		this.write(() => spliceText(this.#ydoc.getText(name), text));
	}

	/**
	 * Records of `kind` came or went: links that point at them are read again. Peers
	 * may link to a record while another deletes it; such links stay in the shared document (and
	 * come back to life if the deletion is undone) but are never read as part of the plan.
	 */
	private onMembershipChange(kind: RecordKind, members: ReadonlySet<string>): void {
		for (const other of RECORD_KINDS) this.collections[other].refreshLinksTo(kind);
		for (const name of SECTION_NAMES) {
			const spec = sectionSpec(name);
			if (spec.linksTo?.includes(kind) && (spec.mentions?.(this.#ydoc, members) ?? true))
				this.changed(name);
		}
	}

	private changed(name: SectionName): void {
		this.caches.delete(name);
		this.emit(name);
	}

	private emit(section: Section): void {
		for (const listener of this.listeners.get(section) ?? []) listener();
	}
}

/** A copy of a record the caller may change, its lists of links included. */
function plainRecord(record: object): Record<string, unknown> {
	return Object.fromEntries(
		Object.entries(record).map(([field, value]) => [
			field,
			Array.isArray(value) ? [...value] : value
		])
	);
}

function spliceText(text: Y.Text, value: string): void {
	const splice = diffText(text.toString(), value);
	if (!splice) return;
	if (splice.remove > 0) text.delete(splice.index, splice.remove);
	if (splice.insert) text.insert(splice.index, splice.insert);
}

function checked(value: unknown, size: TextSize, what: string): string {
	if (typeof value !== 'string') throw new PlanWriteError(`${what} must be text.`);
	// Counted as the fields count (checkText), or a name the field accepts would be refused here.
	const length = characterCount(value, TEXT_LIMITS[size]);
	if (length > TEXT_LIMITS[size]) {
		throw new PlanWriteError(
			`${what} is too long (${length.toLocaleString('en')} characters; the limit is ${TEXT_LIMITS[size].toLocaleString('en')}).`
		);
	}
	// A lone surrogate (half an emoji) is encoded differently on different peers, so two devices
	// would disagree about the text forever: store the replacement character instead.
	return value.toWellFormed();
}

function validValue(spec: FieldSpec, value: unknown, field: string): unknown {
	switch (spec.type) {
		case 'string':
			return checked(value, spec.size, field);
		case 'number': {
			if (value === null && spec.initial === null) return null;
			if (typeof value !== 'number' || !Number.isFinite(value)) {
				throw new PlanWriteError(`${field} must be a number.`);
			}
			return coerceNumber(spec, value);
		}
		case 'boolean':
			if (typeof value !== 'boolean') throw new PlanWriteError(`${field} must be yes or no.`);
			return value;
		case 'enum':
			if (value === null && spec.initial === null) return null;
			if (!spec.values.includes(value as string | number)) {
				throw new PlanWriteError(`${String(value)} is not a valid ${field}.`);
			}
			return value;
		case 'point': {
			if (value === null) return null;
			const point = readPoint(value);
			if (!point) throw new PlanWriteError(`${field} must be a point [x, y].`);
			return point;
		}
		case 'box': {
			const box = readBox(value);
			if (!box) throw new PlanWriteError(`${field} must be a rectangle [x, y, width, height].`);
			return box;
		}
		default:
			return readField(spec, value);
	}
}

/** `values` with the flag its fields set (SETS_FLAG), unless `values` sets the flag itself. */
function withFlag(kind: RecordKind, values: Record<string, unknown>): Record<string, unknown> {
	const rule = SETS_FLAG[kind];
	if (!rule || values[rule.flag] !== undefined) return values;
	return rule.by.some((field) => values[field] !== undefined)
		? { ...values, [rule.flag]: true }
		: values;
}

/** Equal stored values: arrays (points, boxes) by their items, so an unchanged drop writes nothing. */
function sameValue(a: unknown, b: unknown): boolean {
	if (Array.isArray(a) && Array.isArray(b)) {
		return a.length === b.length && a.every((item, index) => Object.is(item, b[index]));
	}
	return a === b;
}
