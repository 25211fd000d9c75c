/**
 * Why a change happened. Every transaction on a plan carries one of these as its Yjs origin, so
 * undo can track only this device's own edits and storage can tell loads from edits.
 */
export type OriginKind =
	| 'local' // a person editing on this device
	| 'storage' // loading what this device saved earlier
	| 'tab' // another tab of this browser on the same workshop
	| 'remote' // a peer through the relay
	| 'import' // merging a workshop file
	| 'migration'; // upgrading an older plan to this schema

export class TxOrigin {
	constructor(
		readonly kind: OriginKind,
		readonly label: string = kind
	) {}
}

/** The origin of a transaction, when it is one of ours; Yjs itself may pass anything. */
export function originKind(origin: unknown): OriginKind | null {
	return origin instanceof TxOrigin ? origin.kind : null;
}
