import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { WebSocket } from 'ws';
import * as Y from 'yjs';

/**
 * `ws` with an error listener of its own. When a connection is cut before its first message,
 * the provider can start two attempts at once; the second closes the first while it is still
 * connecting, after removing its listeners. A browser's WebSocket fires the error into the void;
 * `ws` emits it as an uncaught exception, which would fail the run for a reason no browser has.
 */
class QuietWebSocket extends WebSocket {
	constructor(address: string) {
		super(address);
		this.on('error', () => {});
	}
}

/** A real provider on its own WebSocket, reconnecting quickly, as TestClient but behind chaos. */
export class ChaosClient {
	readonly doc = new Y.Doc();
	readonly socket: HocuspocusProviderWebsocket;
	readonly provider: HocuspocusProvider;

	constructor(url: string, name: string, token: string) {
		this.socket = new HocuspocusProviderWebsocket({
			url,
			WebSocketPolyfill: QuietWebSocket,
			delay: 50,
			minDelay: 50,
			maxDelay: 250,
			factor: 1.5,
			jitter: false
		});
		this.provider = new HocuspocusProvider({
			websocketProvider: this.socket,
			name,
			token,
			document: this.doc
		});
		this.provider.attach();
	}

	get synced(): boolean {
		return this.provider.synced;
	}

	destroy(): void {
		this.provider.destroy();
		this.socket.destroy();
	}
}
