import * as Y from 'yjs';
import type { RecordKind, RecordKinds } from '../domain/plan';
import { isId } from '../domain/ids';
import { readField } from './coerce';
import { RECORD_SCHEMA, type FieldSpec } from './schema';

/**
 * `membership` is true when the change added or removed a record, not only edited one; `members`
 * names the records that came or went.
 */
type Listener = (change: { membership: boolean; members: ReadonlySet<string> }) => void;

/** Whether a record of `kind` with `id` exists now: links to anything else are not read. */
export type RecordExists = (kind: RecordKind, id: string) => boolean;

/** Whether a collection's shared map holds a readable record under `id`. */
export function holdsRecord(root: Y.Map<Y.Map<unknown>>, id: string): boolean {
	return isId(id) && root.get(id) instanceof Y.Map;
}

/**
 * A cached, plain-object view of one collection of records (a Y.Map of Y.Maps keyed by id).
 *
 * Nothing is read until something asks for the records: opening a plan on one step does not
 * copy the 20,000 notes of another out of Yjs before that step can show.
 *
 * A change re-reads only the records it touched, and the sorted list is rebuilt lazily on the
 * next read, so a keystroke in one of 3,000 sticky notes costs one record, not 3,000. Each read
 * returns the same frozen objects until they change, which lets views skip unchanged rows.
 */
export class RecordCollection<K extends RecordKind> {
	private readonly records = new Map<string, Readonly<RecordKinds[K]>>();
	/** The last sorted list handed out, and where each record sits in it. */
	private sorted: readonly Readonly<RecordKinds[K]>[] = [];
	private readonly position = new Map<string, number>();
	/** What changed since `sorted` was made: records re-read in place, records appended at the end. */
	private readonly replaced = new Set<string>();
	private readonly appended: string[] = [];
	/** Set when a change may have moved a record in the order: the next read sorts everything. */
	private resort = true;
	private readonly listeners = new Set<Listener>();
	private readonly specs: [string, FieldSpec][];
	private readonly specByField: Map<string, FieldSpec>;
	// Only ever grows: a deleted record's order staying "taken" is harmless, and keeps adds O(1).
	private maxOrder = 0;
	/**
	 * False until the whole list is first asked for: until then `records` holds only the records
	 * read one by one (`where`), and a change drops those it touched instead of re-reading them.
	 */
	private loaded = false;

	constructor(
		readonly kind: K,
		readonly root: Y.Map<Y.Map<unknown>>,
		private readonly exists: RecordExists = () => true
	) {
		this.specs = Object.entries(RECORD_SCHEMA[kind]) as [string, FieldSpec][];
		this.specByField = new Map(this.specs);
		root.observeDeep(this.onEvents);
	}

	/** Reads every record, the first time any is asked for. */
	private load(): void {
		if (this.loaded) return;
		this.loaded = true;
		// Records read already by `where` are still current (a change drops those it touches).
		for (const id of this.root.keys()) if (!this.records.has(id)) this.refresh(id);
		for (const record of this.records.values())
			this.maxOrder = Math.max(this.maxOrder, (record as { order: number }).order);
		this.resort = true;
	}

	private readonly onEvents = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
		if (!this.loaded) {
			// The whole list is not read yet: records read one by one that the change touched are
			// dropped, to be read again as they are then; records that came, went or were replaced
			// are passed on as members.
			const members = new Set<string>();
			for (const event of events) {
				if (event.target === this.root)
					for (const key of event.changes.keys.keys()) {
						members.add(key);
						this.records.delete(key);
					}
				else if (typeof event.path[0] === 'string') this.records.delete(event.path[0]);
			}
			for (const listener of this.listeners) listener({ membership: members.size > 0, members });
			return;
		}
		// Per record: the fields that changed, or null when the record itself came, went or was replaced.
		const touched = new Map<string, Set<string> | null>();
		for (const event of events) {
			if (event.target === this.root) {
				for (const key of event.changes.keys.keys()) touched.set(key, null);
				continue;
			}
			const [id, field] = event.path;
			if (typeof id !== 'string' || touched.get(id) === null) continue;
			let fields = touched.get(id);
			if (!fields) touched.set(id, (fields = new Set()));
			// A record's own map names its changed keys; a text or link set inside it is one field.
			if (typeof field === 'string') fields.add(field);
			else for (const key of (event as Y.YMapEvent<unknown>).keysChanged) fields.add(key);
		}
		const members = new Set<string>();
		for (const [id, fields] of touched) {
			const changed = fields ? this.refreshFields(id, fields) : this.refresh(id);
			if (changed) members.add(id);
		}
		for (const listener of this.listeners) listener({ membership: members.size > 0, members });
	};

	private read(spec: FieldSpec, stored: unknown): unknown {
		const value = readField(spec, stored);
		// A link made on one device while another deleted its target outlives the target in
		// the shared document; it is not part of the plan, so it is not read.
		return spec.type === 'links'
			? (value as string[]).filter((target) => this.exists(spec.target, target))
			: value;
	}

	/** Re-reads one record; returns whether it appeared or disappeared. */
	private refresh(id: string): boolean {
		const had = this.records.has(id);
		const ymap = this.root.get(id);
		if (!isId(id) || !(ymap instanceof Y.Map)) {
			if (had) {
				this.records.delete(id);
				this.resort = true;
			}
			return had;
		}
		this.store(id, this.readRecord(id, ymap), had, true);
		return !had;
	}

	private readRecord(id: string, ymap: Y.Map<unknown>): Readonly<RecordKinds[K]> {
		const record: Record<string, unknown> = { id };
		for (const [field, spec] of this.specs) record[field] = this.read(spec, ymap.get(field));
		return Object.freeze(record) as unknown as Readonly<RecordKinds[K]>;
	}

	/**
	 * Re-reads only `fields` of a record already read (a keystroke in a note's text does not copy
	 * the other texts out of Yjs again); returns whether the record appeared.
	 */
	private refreshFields(id: string, fields: ReadonlySet<string>): boolean {
		const current = this.records.get(id);
		const ymap = this.root.get(id);
		if (!current || !(ymap instanceof Y.Map)) return this.refresh(id);
		const record: Record<string, unknown> = { ...current };
		let same = true;
		for (const field of fields) {
			const spec = this.specByField.get(field);
			if (!spec) continue;
			const value = this.read(spec, ymap.get(field));
			same &&= sameValue(value, record[field]);
			record[field] = value;
		}
		// Unchanged (links re-checked after other records came or went): the same object stays, so
		// views skip the row.
		if (same) return false;
		this.store(
			id,
			Object.freeze(record) as unknown as Readonly<RecordKinds[K]>,
			true,
			fields.has('order')
		);
		return false;
	}

	/** Keeps a re-read record and notes how the sorted list must follow. */
	private store(
		id: string,
		record: Readonly<RecordKinds[K]>,
		had: boolean,
		orderMayChange: boolean
	): void {
		const order = (record as { order: number }).order;
		const before = this.records.get(id) as { order: number } | undefined;
		this.records.set(id, record);
		if (!had) {
			// Added after every other record (as the app adds them): appended, no sort.
			const last = this.lastListed();
			if (!this.resort && (last === undefined || compareRecords(last, record) < 0)) {
				this.appended.push(id);
			} else this.resort = true;
		} else if (orderMayChange && before?.order !== order) this.resort = true;
		else if (this.position.has(id)) this.replaced.add(id);
		else this.resort ||= !this.appended.includes(id);
		this.maxOrder = Math.max(this.maxOrder, order);
	}

	private lastListed(): { id: string; order: number } | undefined {
		const id = this.appended.at(-1);
		const last = id === undefined ? this.sorted.at(-1) : this.records.get(id);
		return last as { id: string; order: number } | undefined;
	}

	/** Whether the shared document holds a readable record with this id. */
	has(id: string): boolean {
		return holdsRecord(this.root, id);
	}

	/** Re-reads every record whose links point into `kind`, after records of that kind came or went. */
	refreshLinksTo(kind: RecordKind): void {
		const fields = this.specs.filter(([, spec]) => spec.type === 'links' && spec.target === kind);
		if (fields.length === 0) return;
		const names = new Set(fields.map(([field]) => field));
		if (this.loaded) for (const id of this.root.keys()) this.refreshFields(id, names);
		// Records read one by one are read again, with their links as they are then.
		else this.records.clear();
		for (const listener of this.listeners) listener({ membership: false, members: new Set() });
	}

	/** All records, sorted by `order` then id (so concurrent inserts sort the same everywhere). */
	list(): readonly Readonly<RecordKinds[K]>[] {
		this.load();
		if (this.resort) {
			this.sorted = Object.freeze([...this.records.values()].sort(compareRecords));
			this.position.clear();
			this.sorted.forEach((record, index) => this.position.set(record.id, index));
		} else if (this.replaced.size > 0 || this.appended.length > 0) {
			// Only records re-read in place or added at the end: patch a copy instead of sorting.
			const next = [...this.sorted];
			for (const id of this.replaced) {
				const index = this.position.get(id);
				const record = this.records.get(id);
				if (index !== undefined && record) next[index] = record;
			}
			for (const id of this.appended) {
				const record = this.records.get(id);
				if (!record) continue;
				this.position.set(id, next.length);
				next.push(record);
			}
			this.sorted = Object.freeze(next);
		}
		this.resort = false;
		this.replaced.clear();
		this.appended.length = 0;
		return this.sorted;
	}

	/**
	 * The records whose `field` holds `value`, sorted as `list` sorts them. Before the whole list
	 * has been asked for, only those records are read: a board's few notes among 20,000 on
	 * another board cost one field of each, not every note.
	 */
	where<F extends keyof RecordKinds[K] & string>(
		field: F,
		value: RecordKinds[K][F]
	): readonly Readonly<RecordKinds[K]>[] {
		if (this.loaded) return this.list().filter((record) => record[field] === value);
		const spec = this.specByField.get(field);
		if (!spec) return [];
		const found: Readonly<RecordKinds[K]>[] = [];
		let held = 0;
		for (const [id, ymap] of this.root.entries()) {
			if (!isId(id) || !(ymap instanceof Y.Map)) continue;
			held++;
			if (this.read(spec, ymap.get(field)) !== value) continue;
			let record = this.records.get(id);
			if (!record) this.records.set(id, (record = this.readRecord(id, ymap)));
			found.push(record);
		}
		found.sort(compareRecords);
		if (found.length === held) this.loadedFrom(found);
		return found;
	}

	/**
	 * Every record matched a `where` (20,000 notes on the one board that shows): they are all read
	 * and sorted already, so they become the whole list, instead of `list` reading and sorting them
	 * all again when the canvas asks for it.
	 */
	private loadedFrom(sorted: readonly Readonly<RecordKinds[K]>[]): void {
		this.loaded = true;
		this.sorted = Object.freeze(sorted.slice());
		this.position.clear();
		this.sorted.forEach((record, index) => {
			this.position.set(record.id, index);
			this.maxOrder = Math.max(this.maxOrder, (record as { order: number }).order);
		});
		this.resort = false;
		this.replaced.clear();
		this.appended.length = 0;
	}

	get(id: string): Readonly<RecordKinds[K]> | undefined {
		this.load();
		return this.records.get(id);
	}

	get size(): number {
		if (this.loaded) return this.records.size;
		let size = 0;
		for (const id of this.root.keys()) if (holdsRecord(this.root, id)) size++;
		return size;
	}

	/**
	 * One field of every record, in no particular order: what a summary of the collection needs
	 * (which steps hold notes) without reading the records themselves when nothing has yet.
	 */
	values<F extends keyof RecordKinds[K] & string>(field: F): RecordKinds[K][F][] {
		if (this.loaded) return [...this.records.values()].map((record) => record[field]);
		const spec = this.specByField.get(field);
		if (!spec) return [];
		const values: RecordKinds[K][F][] = [];
		for (const [id, ymap] of this.root.entries())
			if (isId(id) && ymap instanceof Y.Map)
				values.push(this.read(spec, ymap.get(field)) as RecordKinds[K][F]);
		return values;
	}

	/** The order for a record added after all others. */
	nextOrder(): number {
		this.load();
		return Math.floor(this.maxOrder) + 1;
	}

	subscribe(listener: Listener): () => void {
		this.listeners.add(listener);
		return () => this.listeners.delete(listener);
	}

	destroy(): void {
		this.root.unobserveDeep(this.onEvents);
		this.listeners.clear();
	}
}

/** By `order`, then by id. */
function compareRecords(a: object, b: object): number {
	const x = a as { id: string; order: number };
	const y = b as { id: string; order: number };
	const byOrder = x.order - y.order;
	return byOrder !== 0 ? byOrder : x.id < y.id ? -1 : x.id > y.id ? 1 : 0;
}

/** Whether two read field values are alike: primitives, or arrays of primitives (links, points). */
function sameValue(a: unknown, b: unknown): boolean {
	if (a === b) return true;
	if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
	return a.every((item, index) => item === b[index]);
}
