import type { Peer } from '../sync/presence';

/** Enough of a person to draw their mark beside a record or a dot. */
export type PeerMark = Pick<Peer, 'clientId' | 'name' | 'color'>;

/** A dot someone else is dragging right now, in the map's own units, with who drags it. */
export interface PeerDrag {
	id: string;
	x: number;
	y: number;
	name: string;
	color: string;
}

/** Other people editing each record, by record id, in the order presence lists them. */
export function editorsOf(peers: readonly Peer[]): Map<string, PeerMark[]> {
	const byRecord = new Map<string, PeerMark[]>();
	for (const { self, editing, clientId, name, color } of peers) {
		if (self || !editing) continue;
		const list = byRecord.get(editing) ?? [];
		list.push({ clientId, name, color });
		byRecord.set(editing, list);
	}
	return byRecord;
}

/** Dots other people are dragging right now, by record id. */
export function dragsOf(peers: readonly Peer[]): Map<string, PeerDrag> {
	const drags = new Map<string, PeerDrag>();
	for (const { self, dragging, name, color } of peers) {
		if (self || !dragging) continue;
		drags.set(dragging.id, { ...dragging, name, color });
	}
	return drags;
}

function sameFields<T extends object>(a: T, b: T): boolean {
	return (Object.keys(a) as (keyof T)[]).every((key) => a[key] === b[key]);
}

/**
 * Whether two maps hold the same entries in the same order, comparing each entry's fields. Pointer
 * moves replace every peer many times a second; a map that did not really change is kept, so
 * nothing drawn from it renders again.
 */
export function sameMarks<V extends object>(
	a: ReadonlyMap<string, V | readonly V[]>,
	b: ReadonlyMap<string, V | readonly V[]>
): boolean {
	if (a.size !== b.size) return false;
	const left = [...a];
	const right = [...b];
	return left.every(([key, value], index) => {
		const [otherKey, other] = right[index] ?? [];
		if (key !== otherKey || other === undefined) return false;
		if (Array.isArray(value) !== Array.isArray(other)) return false;
		if (!Array.isArray(value)) return sameFields(value as V, other as V);
		const others = other as readonly V[];
		return (
			value.length === others.length &&
			(value as readonly V[]).every((item, i) => sameFields(item, others[i] as V))
		);
	});
}
