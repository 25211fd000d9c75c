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
 * A change re-reads only the records it touched, and the sorted list is rebuilt lazily on the
 * next read, so a keystroke in one of 3,000 sticky notes costs one record, not 3,000. Each read
 * returns the same frozen objects until they change, which lets views skip unchanged rows.
 */
export class RecordCollection<K extends RecordKind> {
	private readonly records = new Map<string, Readonly<RecordKinds[K]>>();
	private sorted: readonly Readonly<RecordKinds[K]>[] | null = null;
	private readonly listeners = new Set<Listener>();
	private readonly specs: [string, FieldSpec][];
	// Only ever grows: a deleted record's order staying "taken" is harmless, and keeps adds O(1).
	private maxOrder = 0;

	constructor(
		readonly kind: K,
		readonly root: Y.Map<Y.Map<unknown>>,
		private readonly exists: RecordExists = () => true
	) {
		this.specs = Object.entries(RECORD_SCHEMA[kind]) as [string, FieldSpec][];
		for (const id of root.keys()) this.refresh(id);
		root.observeDeep(this.onEvents);
	}

	private readonly onEvents = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
		const touched = new Set<string>();
		for (const event of events) {
			if (event.target === this.root) {
				for (const key of event.changes.keys.keys()) touched.add(key);
			} else {
				const id = event.path[0];
				if (typeof id === 'string') touched.add(id);
			}
		}
		const members = new Set<string>();
		for (const id of touched) if (this.refresh(id)) members.add(id);
		this.sorted = null;
		for (const listener of this.listeners) listener({ membership: members.size > 0, members });
	};

	/** Re-reads one record; returns whether it appeared or disappeared. */
	private refresh(id: string): boolean {
		const had = this.records.has(id);
		const ymap = this.root.get(id);
		if (!isId(id) || !(ymap instanceof Y.Map)) {
			this.records.delete(id);
			return had;
		}
		const record: Record<string, unknown> = { id };
		for (const [field, spec] of this.specs) {
			const value = readField(spec, ymap.get(field));
			// A link made on one device while another deleted its target outlives the target in
			// the shared document; it is not part of the plan, so it is not read.
			record[field] =
				spec.type === 'links'
					? (value as string[]).filter((target) => this.exists(spec.target, target))
					: value;
		}
		this.maxOrder = Math.max(this.maxOrder, record.order as number);
		this.records.set(id, Object.freeze(record) as unknown as Readonly<RecordKinds[K]>);
		return !had;
	}

	/** Whether the shared document holds a readable record with this id. */
	has(id: string): boolean {
		return holdsRecord(this.root, id);
	}

	/** Re-reads every record whose links point into `kind`, after records of that kind came or went. */
	refreshLinksTo(kind: RecordKind): void {
		if (!this.specs.some(([, spec]) => spec.type === 'links' && spec.target === kind)) return;
		for (const id of this.root.keys()) this.refresh(id);
		this.sorted = null;
		for (const listener of this.listeners) listener({ membership: false, members: new Set() });
	}

	/** All records, sorted by `order` then id (so concurrent inserts sort the same everywhere). */
	list(): readonly Readonly<RecordKinds[K]>[] {
		if (!this.sorted) {
			this.sorted = Object.freeze(
				[...this.records.values()].sort((a, b) => {
					const byOrder = (a as { order: number }).order - (b as { order: number }).order;
					return byOrder !== 0 ? byOrder : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
				})
			);
		}
		return this.sorted;
	}

	get(id: string): Readonly<RecordKinds[K]> | undefined {
		return this.records.get(id);
	}

	get size(): number {
		return this.records.size;
	}

	/** The order for a record added after all others. */
	nextOrder(): number {
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
