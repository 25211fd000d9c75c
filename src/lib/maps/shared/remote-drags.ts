import type { Peer } from '../../sync/presence';

/** A dot someone else is dragging right now, in the record's values (see scene axes). */
export interface RemoteDrag {
	id: string;
	x: number;
	y: number;
	name: string;
	color: string;
}

/** Dots other people are dragging right now, among the records this map shows. */
export function remoteDragsOf(
	peers: readonly Peer[],
	records: { has(id: string): boolean }
): RemoteDrag[] {
	const drags: RemoteDrag[] = [];
	for (const peer of peers)
		if (!peer.self && peer.dragging && records.has(peer.dragging.id))
			drags.push({ ...peer.dragging, name: peer.name, color: peer.color });
	return drags;
}
