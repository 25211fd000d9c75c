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
	drags: ReadonlyMap<string, RemoteDrag>,
	records: { has(id: string): boolean }
): RemoteDrag[] {
	return [...drags.values()].filter((drag) => records.has(drag.id));
}
