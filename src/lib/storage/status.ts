/**
 * Where this device's copy of a plan stands. One union, rendered by one status component: every
 * state a person may need to know about has a name here.
 */
export type StorageStatus =
	| { kind: 'opening' }
	| { kind: 'saved'; at: number }
	| { kind: 'saving'; pending: number }
	/** The browser refuses to store more: edits stay in memory and are saved once space frees. */
	| { kind: 'storage-full'; pending: number }
	/** Saved by a newer Canal: shown read-only, so nothing it added is lost. */
	| { kind: 'newer-schema'; version: number }
	| { kind: 'failed'; message: string };

export type StorageStatusKind = StorageStatus['kind'];
