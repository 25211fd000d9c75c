import * as Y from 'yjs';
import { PlanDoc } from '../../../src/lib/doc/plan-doc';
import { originKind, TxOrigin } from '../../../src/lib/doc/origins';
import { STORE_LIMITS } from '../../../src/lib/storage/doc-store';
import type { Random } from '../../factories/random';

export type Encoding = 'v1' | 'v2';

const remoteOrigin = new TxOrigin('remote');
const storageOrigin = new TxOrigin('storage');
const COMPACT_AFTER_ROWS = STORE_LIMITS.compactAfterRows;

/** What travels between two peers: a Yjs update, or a state vector asking for what is missing. */
export interface Message {
	kind: 'update' | 'sync';
	from: number;
	to: number;
	encoding: Encoding;
	bytes: Uint8Array;
	/** The step it arrives at; and the connections it was sent on (a message dies with its link). */
	due: number;
	sessions: [number, number];
}

export type ReloadMode = 'state-v1' | 'state-v2' | 'log' | 'log-compacted' | 'log-crash';

/**
 * One device with a plan open. It sends only its own edits (what a provider does), in its own
 * encoding, and keeps a log of every update that is not a load, as DocStore saves it.
 */
export class Peer {
	plan!: PlanDoc;
	/** The document behind `plan`, which the peer syncs, saves and reloads. */
	ydoc!: Y.Doc;
	online = true;
	/** Bumped on every disconnect and reload: messages on an older connection are lost. */
	session = 0;
	log: Uint8Array[] = [];
	/**
	 * How many rows at the start of the log hold an edit of this peer that went out on the
	 * network. A crash may lose only rows after them: losing an edit that others already hold a
	 * later edit of would leave a gap nobody can fill. Real links are ordered, so that cannot
	 * happen there; this network reorders on purpose.
	 */
	private sentRows = 0;

	constructor(
		readonly index: number,
		readonly encoding: Encoding,
		readonly usesUndo: boolean,
		private readonly send: (from: Peer, bytes: Uint8Array) => void,
		clientId: number
	) {
		this.open(new Y.Doc(), clientId);
	}

	private open(ydoc: Y.Doc, clientId: number, rows: Uint8Array[] = [], encoding: Encoding = 'v1') {
		ydoc.clientID = clientId;
		ydoc.transact(() => {
			for (const row of rows) {
				if (encoding === 'v1') Y.applyUpdate(ydoc, row, storageOrigin);
				else Y.applyUpdateV2(ydoc, row, storageOrigin);
			}
		}, storageOrigin);
		this.ydoc = ydoc;
		// Undo steps then end only where the run says (stopCapturing), never by the wall clock, so
		// a replay of a seed groups edits exactly as the failing run did.
		this.plan = new PlanDoc(ydoc, { captureTimeout: Number.POSITIVE_INFINITY });
		const own = (origin: unknown) => {
			const kind = originKind(origin);
			return kind !== 'remote' && kind !== 'storage';
		};
		ydoc.on('update', (update: Uint8Array, origin) => {
			if (originKind(origin) === 'storage') return;
			this.log.push(update);
			if (own(origin) && this.online) this.sentRows = this.log.length;
			if (this.log.length > COMPACT_AFTER_ROWS) {
				this.log = [compacted(this.log)];
				this.sentRows = Math.min(this.sentRows, 1);
			}
		});
		ydoc.on(this.encoding === 'v1' ? 'update' : 'updateV2', (update: Uint8Array, origin) => {
			if (own(origin)) this.send(this, update);
		});
	}

	receive(message: Message): Uint8Array | null {
		if (message.kind === 'update') {
			if (message.encoding === 'v1') Y.applyUpdate(this.ydoc, message.bytes, remoteOrigin);
			else Y.applyUpdateV2(this.ydoc, message.bytes, remoteOrigin);
			return null;
		}
		// Sync step 1 answered with step 2: everything the asker lacks, in this peer's encoding.
		return this.encoding === 'v1'
			? Y.encodeStateAsUpdate(this.ydoc, message.bytes)
			: Y.encodeStateAsUpdateV2(this.ydoc, message.bytes);
	}

	/**
	 * Closes the plan and opens it again from what was saved: the full state in either encoding,
	 * or the update log (as DocStore keeps it, optionally compacted, or cut short by a crash
	 * before the last writes landed). A reopened tab is a new Yjs client.
	 */
	reload(mode: ReloadMode, clientId: number, random: Random): void {
		const old = this.ydoc;
		// The log stays in V1, as DocStore keeps it; only a V2 snapshot is loaded as V2.
		let log: Uint8Array[];
		let rows: Uint8Array[];
		switch (mode) {
			case 'state-v1':
				rows = log = [Y.encodeStateAsUpdate(old)];
				break;
			case 'state-v2':
				rows = [Y.encodeStateAsUpdateV2(old)];
				log = [Y.encodeStateAsUpdate(old)];
				break;
			case 'log':
				rows = log = this.log;
				break;
			case 'log-compacted':
				rows = log = [compacted(this.log)];
				break;
			case 'log-crash': {
				const kept = Math.max(this.sentRows, this.log.length - random.int(1, 3));
				rows = log = this.log.slice(0, kept);
				break;
			}
		}
		this.plan.destroy();
		old.destroy();
		this.log = [...log];
		this.sentRows = this.log.length;
		this.session++;
		this.open(new Y.Doc(), clientId, rows, mode === 'state-v2' ? 'v2' : 'v1');
	}
}

/** What DocStore.compact stores: the log loaded into a document and encoded again. */
function compacted(rows: Uint8Array[]): Uint8Array {
	const merged = new Y.Doc({ gc: true });
	merged.transact(() => {
		for (const row of rows) Y.applyUpdate(merged, row);
	});
	const update = Y.encodeStateAsUpdate(merged);
	merged.destroy();
	return update;
}
