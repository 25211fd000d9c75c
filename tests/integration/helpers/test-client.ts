import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { WebSocket } from 'ws';
import * as Y from 'yjs';

export interface ClosedWith {
	code: number;
	reason: string;
}

/**
 * `ws` with an error listener of its own. When a connection is cut before its first message, the
 * provider can start a second attempt that closes the first while it is still connecting, after
 * removing its listeners. A browser's WebSocket drops that error; `ws` would raise it as an
 * uncaught exception and fail a run for a reason no browser has. The provider still sees every
 * error through its own listeners.
 */
class QuietWebSocket extends WebSocket {
	constructor(...args: ConstructorParameters<typeof WebSocket>) {
		super(...args);
		this.on('error', () => {});
	}
}

/** A real provider on its own WebSocket, recording what the relay told it. */
export class TestClient {
	readonly doc: Y.Doc;
	readonly socket: HocuspocusProviderWebsocket;
	readonly provider: HocuspocusProvider;
	readonly refusals: string[] = [];
	readonly closes: ClosedWith[] = [];
	scope: string | null = null;

	constructor(url: string, name: string, token: string, doc = new Y.Doc()) {
		this.doc = doc;
		this.socket = new HocuspocusProviderWebsocket({
			url,
			WebSocketPolyfill: QuietWebSocket,
			// Reconnect quickly so restarts stay within a test's time budget.
			delay: 50,
			minDelay: 50,
			maxDelay: 250,
			factor: 1.5,
			jitter: false
		});
		this.socket.on('close', ({ event }: { event: ClosedWith }) => {
			this.closes.push({ code: event.code, reason: event.reason });
		});
		this.provider = new HocuspocusProvider({
			websocketProvider: this.socket,
			name,
			token,
			document: doc
		});
		this.provider.on('authenticationFailed', ({ reason }: { reason: string }) => {
			this.refusals.push(reason);
		});
		this.provider.on('authenticated', ({ scope }: { scope: string }) => {
			this.scope = scope;
		});
		this.provider.attach();
	}

	get map(): Y.Map<unknown> {
		return this.doc.getMap('plan');
	}

	get synced(): boolean {
		return this.provider.synced;
	}

	/** Synced, and every local change acknowledged by the relay. */
	get settled(): boolean {
		return this.provider.synced && this.provider.unsyncedChanges === 0;
	}

	destroy(): void {
		this.provider.destroy();
		this.socket.destroy();
	}
}
