/**
 * What a device does to bring its own saved versions and its room's versions document together.
 * Everyone keeps the room's versions on the device (to read and compare them offline) and drops
 * those the room deleted; only the facilitator's device publishes versions the room lacks.
 */
export interface VersionsMerge {
	/** Room versions to store on this device. */
	store: string[];
	/** Versions on this device that the room deleted. */
	drop: string[];
	/** Versions on this device to add to the room (facilitator only). */
	publish: string[];
}

export function mergeVersions(
	local: Iterable<string>,
	room: { ids: Iterable<string>; deleted: ReadonlySet<string> },
	publishes: boolean
): VersionsMerge {
	const here = new Set(local);
	const there = new Set(room.ids);
	return {
		store: [...there].filter((id) => !here.has(id) && !room.deleted.has(id)),
		drop: [...here].filter((id) => room.deleted.has(id)),
		publish: publishes ? [...here].filter((id) => !there.has(id) && !room.deleted.has(id)) : []
	};
}
