// The project has no @types/ws; this declares the part of `ws` 8 the relay and its tests use.
declare module 'ws' {
	import { EventEmitter } from 'node:events';
	import type { IncomingMessage } from 'node:http';
	import type { Duplex } from 'node:stream';

	type RawData = Buffer | ArrayBuffer | Buffer[];

	interface ClientOptions {
		maxPayload?: number;
		autoPong?: boolean;
		headers?: Record<string, string>;
		/** The local address to connect from (tests use 127.0.0.x to be another client). */
		localAddress?: string;
	}

	class WebSocket extends EventEmitter {
		static readonly CONNECTING: 0;
		static readonly OPEN: 1;
		static readonly CLOSING: 2;
		static readonly CLOSED: 3;
		constructor(address: string, options?: ClientOptions);
		constructor(address: string, protocols: string | string[] | undefined, options?: ClientOptions);
		/** Bytes queued for sending and not yet handed to the network. */
		readonly bufferedAmount: number;
		readonly readyState: 0 | 1 | 2 | 3;
		binaryType: 'nodebuffer' | 'arraybuffer' | 'fragments';
		send(data: Uint8Array | ArrayBuffer | string, callback?: (error?: Error) => void): void;
		close(code?: number, reason?: string | Buffer): void;
		terminate(): void;
		ping(data?: unknown, mask?: boolean, callback?: (error?: Error) => void): void;
		on(event: 'message', listener: (data: RawData, isBinary: boolean) => void): this;
		on(event: 'close', listener: (code: number, reason: Buffer) => void): this;
		on(event: 'error', listener: (error: Error & { code?: string }) => void): this;
		on(event: 'open' | 'pong', listener: () => void): this;
		once(event: 'close', listener: (code: number, reason: Buffer) => void): this;
		once(event: 'open', listener: () => void): this;
		once(event: 'error', listener: (error: Error) => void): this;
	}

	class WebSocketServer extends EventEmitter {
		constructor(options: {
			noServer: true;
			maxPayload?: number;
			perMessageDeflate?: boolean;
			clientTracking?: boolean;
		});
		handleUpgrade(
			request: IncomingMessage,
			socket: Duplex,
			head: Buffer,
			callback: (ws: WebSocket, request: IncomingMessage) => void
		): void;
		close(callback?: (error?: Error) => void): void;
	}

	export { WebSocket, WebSocketServer, type RawData };
	export default WebSocket;
}
