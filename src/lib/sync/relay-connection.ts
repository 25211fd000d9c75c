import {
	HocuspocusProvider,
	HocuspocusProviderWebsocket,
	WebSocketStatus
} from '@hocuspocus/provider';
import type * as Y from 'yjs';
import { relayToken, type RoomCredentials } from './credentials';
import { documentName, REFUSALS, type DocumentKind, type Refusal } from './protocol';
import type { SyncStatus } from './status';
import { syncStatus, UNREACHABLE_AFTER_MS, type SyncFacts } from './sync-facts';

/** Which known refusal a relay's reason is: it sends the text, older relays may send the key. */
export function refusalOf(reason: string): Refusal | null {
	for (const key of Object.keys(REFUSALS) as Refusal[]) {
		if (reason === key || reason === REFUSALS[key]) return key;
	}
	return null;
}

/** Close codes after which reconnecting would only be refused again. */
const FATAL_CLOSES: Partial<Record<number, Refusal>> = { 1009: 'tooLarge', 4413: 'documentFull' };

/**
 * Refusals that signing in again cannot lift by itself: an observer stays an observer, and a
 * registration key comes from the person (who signs in again with it).
 */
const LASTING_REFUSALS: ReadonlySet<Refusal> = new Set<Refusal>(['readOnly', 'registrationKey']);

/**
 * How long a refused document waits before it signs in again, one entry per attempt, the last one
 * repeated. Most refusals pass (a room its facilitator has not opened yet, a busy or restarted
 * relay, a throttled network), and the status must say so once they have, without a reload. The
 * waits grow so that a link that stays wrong costs the relay about one sign-in a minute.
 */
export const RETRY_AFTER_REFUSAL_MS: readonly number[] = [2_000, 5_000, 15_000, 30_000, 60_000];

function socketState(status: WebSocketStatus): SyncFacts['socket'] {
	return status === WebSocketStatus.Connected
		? 'connected'
		: status === WebSocketStatus.Connecting
			? 'connecting'
			: 'disconnected';
}

/**
 * The one WebSocket a workshop session keeps to the relay. Every document of the session (plan,
 * facilitation, ballots) is a RelayConnection attached to it, so a device costs the relay one
 * socket however many ballots a facilitator counts.
 */
export class RelaySocket {
	readonly websocket: HocuspocusProviderWebsocket;
	#network: EventTarget | null;

	constructor(options: {
		url: string;
		WebSocketPolyfill?: unknown;
		/** Where `online` is announced: the window in a page (tests pass their own). */
		network?: EventTarget | null;
		/** The reconnect back-off between failed attempts (tests lengthen it). */
		backOff?: { delay?: number; minDelay?: number; maxDelay?: number };
	}) {
		this.websocket = new HocuspocusProviderWebsocket({
			url: options.url,
			...options.backOff,
			...(options.WebSocketPolyfill ? { WebSocketPolyfill: options.WebSocketPolyfill } : {})
		});
		this.#network = options.network ?? (typeof window === 'undefined' ? null : window);
		this.#network?.addEventListener('online', this.#onOnline);
	}

	/**
	 * Back online: try now. While the network was down every attempt failed and the socket's
	 * back-off grew towards its 30 s ceiling, so a facilitator whose Wi-Fi returned would wait up
	 * to half a minute for the next attempt. `connect` drops the pending retry and tries at once.
	 */
	#onOnline = () => {
		const { websocket } = this;
		if (websocket.shouldConnect && websocket.status !== WebSocketStatus.Connected) {
			void websocket.connect();
		}
	};

	/** Stops reconnecting, for closes that would repeat on every retry. */
	stop(): void {
		this.websocket.disconnect();
	}

	/** Connects again after `stop`. */
	resume(): void {
		if (!this.websocket.shouldConnect) void this.websocket.connect();
	}

	/**
	 * Stops once every document on the socket was refused: reconnecting a socket that signs in to
	 * nothing would only be closed by the relay again and again.
	 */
	stopWhenIdle(): void {
		if (this.websocket.configuration.providerMap.size === 0) this.stop();
	}

	destroy(): void {
		this.#network?.removeEventListener('online', this.#onOnline);
		this.websocket.destroy();
	}
}

/**
 * The provider, sending each local change as it happens only while the relay has this document
 * signed in. Before that (the socket down, or the sign-in on its way) the provider would queue one
 * update frame per change in the socket and send them all on reconnect, 1,001 frames for 1,000
 * offline edits, each applied, acknowledged and broadcast by the relay on its own. They need no
 * frame of their own: signing in ends with the relay asking for what it lacks (sync step 1, its
 * state vector), and the answer is one update holding every change made until then.
 */
export class SignedInProvider extends HocuspocusProvider {
	override documentUpdateHandler(update: Uint8Array, origin: unknown): void {
		if (origin === this) return;
		if (this.isAuthenticated) {
			super.documentUpdateHandler(update, origin);
			return;
		}
		// Still counted while down, so the status says there is something to send. Once the
		// socket is up, the sign-in's own sync counts as one change until the relay applied it.
		if (this.configuration.websocketProvider.status !== WebSocketStatus.Connected) {
			this.incrementUnsyncedChanges();
		}
	}
}

export interface RelayConnectionOptions {
	socket: RelaySocket;
	ydoc: Y.Doc;
	/** Read on every sign-in, so a confirmed room stops sending the other roles' secrets. */
	credentials: () => RoomCredentials;
	/** Which of the room's documents: the plan (default), the facilitation state or a ballot. */
	kind?: DocumentKind;
	/** With kind 'ballot': whose ballot. */
	ballotId?: string;
	/** Only the plan carries presence; the other documents send none. */
	presence?: boolean;
	/** The relay accepted this document's sign-in. */
	onAuthenticated?: () => void;
	/** A stateless message from the relay on this document. */
	onStateless?: (payload: string) => void;
	/** The relay refused this document's sign-in (after the status says so). */
	onRefused?: (refusal: Refusal | null) => void;
	/** Waits before signing in again after a refusal (tests shorten them). */
	retryAfterRefusalMs?: readonly number[];
}

/**
 * One of a workshop's documents, connected to its room through the session's socket. Edits flow
 * both ways through Yjs; the browser keeps its own copy (IndexedDB) regardless, so losing the
 * relay never loses work.
 */
export class RelayConnection {
	readonly provider: HocuspocusProvider;
	#facts: SyncFacts;
	#listeners = new Set<(status: SyncStatus) => void>();
	#timer: ReturnType<typeof setTimeout> | null = null;
	#retryTimer: ReturnType<typeof setTimeout> | null = null;
	#retries = 0;
	#destroyed = false;
	#retryWaits: readonly number[];
	#status: SyncStatus;
	#socket: RelaySocket;

	constructor(options: RelayConnectionOptions) {
		const { credentials } = options;
		this.#socket = options.socket;
		this.#retryWaits = options.retryAfterRefusalMs ?? RETRY_AFTER_REFUSAL_MS;
		const online = typeof navigator === 'undefined' ? true : navigator.onLine;
		const socket = socketState(options.socket.websocket.status);
		this.#facts = {
			online,
			socket,
			synced: false,
			unsynced: 0,
			refused: null,
			role: credentials().role,
			downSince: Date.now(),
			now: Date.now()
		};
		this.#status = syncStatus(this.#facts);
		this.provider = new SignedInProvider({
			websocketProvider: options.socket.websocket,
			name: documentName(credentials().roomId, options.kind ?? 'plan', options.ballotId),
			document: options.ydoc,
			...(options.presence ? {} : { awareness: null }),
			token: () => relayToken(credentials()),
			onStatus: ({ status }) => {
				const socket = socketState(status);
				this.#update({
					socket,
					synced: socket === 'connected' ? this.#facts.synced : false,
					downSince: socket === 'connected' ? null : (this.#facts.downSince ?? Date.now())
				});
			},
			onSynced: ({ state }) => this.#update({ synced: state }),
			onUnsyncedChanges: ({ number }) => this.#update({ unsynced: number }),
			onClose: ({ event }) => {
				const refusal = FATAL_CLOSES[event.code];
				if (refusal) {
					this.#update({ refused: REFUSALS[refusal], refusal });
					this.#socket.stop();
				}
			},
			onAuthenticated: () => {
				// Accepted (again): whatever was refused before no longer holds.
				this.#retries = 0;
				if (this.#facts.refused !== null) {
					const socket = socketState(this.#socket.websocket.status);
					this.#update({
						refused: null,
						refusal: null,
						// Synced again only once this sign-in's sync completes.
						synced: false,
						socket,
						downSince: socket === 'connected' ? null : (this.#facts.downSince ?? Date.now())
					});
				}
				options.onAuthenticated?.();
			},
			onStateless: ({ payload }) => options.onStateless?.(payload),
			onAuthenticationFailed: ({ reason }) => {
				const refusal = refusalOf(reason);
				this.#update({
					refused: refusal ? REFUSALS[refusal] : reason || REFUSALS.unauthorized,
					refusal
				});
				// A refused document leaves the socket, so reconnecting does not ask again (the other
				// documents on the socket carry on); it signs in again on its own schedule.
				this.provider.detach();
				this.#socket.stopWhenIdle();
				if (!refusal || !LASTING_REFUSALS.has(refusal)) this.#retryLater();
				options.onRefused?.(refusal);
			}
		});
		this.provider.attach();
		if (typeof window !== 'undefined') {
			window.addEventListener('online', this.#onNetwork);
			window.addEventListener('offline', this.#onNetwork);
		}
	}

	get status(): SyncStatus {
		return this.#status;
	}

	/** Signs in again after a refusal, with the credentials as they are now. */
	retry(): void {
		if (this.#facts.refused === null) return;
		this.#cancelRetry();
		this.#update({ refused: null, refusal: null, downSince: Date.now() });
		this.#socket.resume();
		this.provider.attach();
	}

	/**
	 * Signs in again later, keeping the refusal on show until the relay accepts: a status that
	 * flickered to "connecting" on every attempt would say nothing true.
	 */
	#retryLater(): void {
		this.#cancelRetry();
		const waits = this.#retryWaits;
		const wait = waits[Math.min(this.#retries, waits.length - 1)] ?? 60_000;
		this.#retries++;
		this.#retryTimer = setTimeout(() => this.#signInAgain(), wait);
	}

	#signInAgain(): void {
		this.#retryTimer = null;
		if (this.#facts.refused === null || this.#destroyed) return;
		this.#socket.resume();
		this.provider.attach();
	}

	#cancelRetry(): void {
		if (this.#retryTimer) clearTimeout(this.#retryTimer);
		this.#retryTimer = null;
	}

	subscribe(listener: (status: SyncStatus) => void): () => void {
		this.#listeners.add(listener);
		listener(this.#status);
		return () => this.#listeners.delete(listener);
	}

	#onNetwork = () => {
		this.#update({ online: navigator.onLine });
		// Back online after a refusal: ask now rather than at the end of a long wait.
		if (navigator.onLine && this.#retryTimer) {
			this.#cancelRetry();
			this.#signInAgain();
		}
	};

	#update(patch: Partial<SyncFacts>): void {
		this.#facts = { ...this.#facts, ...patch, now: Date.now() };
		const next = syncStatus(this.#facts);
		// While down, look again when "connecting" would turn into "unreachable".
		if (this.#timer) clearTimeout(this.#timer);
		this.#timer =
			this.#facts.downSince !== null && this.#facts.refused === null
				? setTimeout(() => this.#update({}), UNREACHABLE_AFTER_MS + 100)
				: null;
		if (JSON.stringify(next) === JSON.stringify(this.#status)) return;
		this.#status = next;
		for (const listener of this.#listeners) listener(next);
	}

	destroy(): void {
		this.#destroyed = true;
		this.#cancelRetry();
		if (this.#timer) clearTimeout(this.#timer);
		if (typeof window !== 'undefined') {
			window.removeEventListener('online', this.#onNetwork);
			window.removeEventListener('offline', this.#onNetwork);
		}
		this.#listeners.clear();
		this.provider.destroy();
	}
}
