import { HocuspocusProvider, WebSocketStatus } from '@hocuspocus/provider';
import type * as Y from 'yjs';
import type { RoomCredentials } from './credentials';
import { documentName, encodeToken, REFUSALS, type DocumentKind, type Refusal } from './protocol';
import type { SyncStatus } from './status';
import { syncStatus, UNREACHABLE_AFTER_MS, type SyncFacts } from './sync-facts';

export interface RelayConnectionOptions {
	url: string;
	ydoc: Y.Doc;
	credentials: RoomCredentials;
	/** Which of the room's documents: the plan (default) or the facilitation state. */
	kind?: DocumentKind;
	/** With kind 'ballot': whose ballot. */
	ballotId?: string;
	/** For tests in Node: a WebSocket implementation. */
	WebSocketPolyfill?: unknown;
}

/**
 * One workshop's plan, connected to its room on the relay. Edits flow both ways through Yjs; the
 * browser keeps its own copy (IndexedDB) regardless, so losing the relay never loses work.
 */
export class RelayConnection {
	readonly provider: HocuspocusProvider;
	#facts: SyncFacts;
	#listeners = new Set<(status: SyncStatus) => void>();
	#timer: ReturnType<typeof setTimeout> | null = null;
	#status: SyncStatus;

	constructor(options: RelayConnectionOptions) {
		const { credentials } = options;
		const online = typeof navigator === 'undefined' ? true : navigator.onLine;
		this.#facts = {
			online,
			socket: 'connecting',
			synced: false,
			unsynced: 0,
			refused: null,
			role: credentials.role,
			downSince: Date.now(),
			now: Date.now()
		};
		this.#status = syncStatus(this.#facts);
		const register =
			credentials.role === 'facilitator' &&
			credentials.participantSecret &&
			credentials.observerSecret
				? { participant: credentials.participantSecret, observer: credentials.observerSecret }
				: undefined;
		this.provider = new HocuspocusProvider({
			url: options.url,
			name: documentName(credentials.roomId, options.kind ?? 'plan', options.ballotId),
			document: options.ydoc,
			token: encodeToken({
				v: 1,
				role: credentials.role,
				secret: credentials.secret,
				register,
				// Only the owner's own ballot is opened with its secret; the facilitator counts others without.
				ballot:
					options.kind === 'ballot' && options.ballotId === credentials.ballotId
						? credentials.ballotSecret
						: undefined
			}),
			...(options.WebSocketPolyfill ? { WebSocketPolyfill: options.WebSocketPolyfill } : {}),
			onStatus: ({ status }) => {
				const socket =
					status === WebSocketStatus.Connected
						? 'connected'
						: status === WebSocketStatus.Connecting
							? 'connecting'
							: 'disconnected';
				this.#update({
					socket,
					synced: socket === 'connected' ? this.#facts.synced : false,
					downSince: socket === 'connected' ? null : (this.#facts.downSince ?? Date.now())
				});
			},
			onSynced: ({ state }) => this.#update({ synced: state }),
			onUnsyncedChanges: ({ number }) => this.#update({ unsynced: number }),
			onClose: ({ event }) => {
				// These closes repeat on every retry: say why and stop, instead of a reconnect loop.
				const fatal: Partial<Record<number, Refusal>> = { 1009: 'tooLarge', 4413: 'documentFull' };
				const refusal = fatal[event.code];
				if (refusal) {
					this.#update({ refused: REFUSALS[refusal] });
					this.provider.disconnect();
				}
			},
			onAuthenticationFailed: ({ reason }) => {
				const known = (Object.keys(REFUSALS) as Refusal[]).find((key) => key === reason);
				this.#update({ refused: known ? REFUSALS[known] : reason || REFUSALS.unauthorized });
				// A refused link stays refused: retrying would only hammer the relay.
				this.provider.disconnect();
			}
		});
		if (typeof window !== 'undefined') {
			window.addEventListener('online', this.#onNetwork);
			window.addEventListener('offline', this.#onNetwork);
		}
	}

	get status(): SyncStatus {
		return this.#status;
	}

	subscribe(listener: (status: SyncStatus) => void): () => void {
		this.#listeners.add(listener);
		listener(this.#status);
		return () => this.#listeners.delete(listener);
	}

	#onNetwork = () => {
		this.#update({ online: navigator.onLine });
	};

	#update(patch: Partial<SyncFacts>): void {
		this.#facts = { ...this.#facts, ...patch, now: Date.now() };
		const next = syncStatus(this.#facts);
		// While down, look again when "connecting" would turn into "unreachable".
		if (this.#timer) clearTimeout(this.#timer);
		this.#timer =
			this.#facts.downSince !== null
				? setTimeout(() => this.#update({}), UNREACHABLE_AFTER_MS + 100)
				: null;
		if (JSON.stringify(next) === JSON.stringify(this.#status)) return;
		this.#status = next;
		for (const listener of this.#listeners) listener(next);
	}

	destroy(): void {
		if (this.#timer) clearTimeout(this.#timer);
		if (typeof window !== 'undefined') {
			window.removeEventListener('online', this.#onNetwork);
			window.removeEventListener('offline', this.#onNetwork);
		}
		this.#listeners.clear();
		this.provider.destroy();
	}
}
