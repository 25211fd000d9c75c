import { WebSocket } from 'ws';
import * as Y from 'yjs';
import type { RoomCredentials } from '../../../src/lib/sync/credentials';
import {
	RelayConnection,
	RelaySocket,
	type RelayConnectionOptions
} from '../../../src/lib/sync/relay-connection';

/**
 * A device in Node as the app is one in a browser: ONE socket (the app's RelaySocket) carrying the
 * plan with presence, the facilitation document and the device's own ballot, each signed in with
 * the app's RelayConnection and the token it makes from these credentials. Tests and benchmarks
 * use it for the many people a browser per person would be too heavy for.
 */
export class AppDevice {
	readonly plan = new Y.Doc();
	readonly facilitation = new Y.Doc();
	readonly ballot = new Y.Doc();
	readonly socket: RelaySocket;
	readonly connections: RelayConnection[] = [];
	readonly credentials: RoomCredentials;
	/** The first refusal of any of its documents. */
	refusal: string | null = null;

	constructor(options: {
		url: string;
		credentials: RoomCredentials;
		/** Shown to the others as this person's name. */
		name: string;
		/** The socket class: `ws` unless a test needs its own (headers, counting). */
		WebSocketPolyfill?: unknown;
	}) {
		const { credentials } = options;
		this.credentials = credentials;
		this.socket = new RelaySocket({
			url: options.url,
			WebSocketPolyfill: options.WebSocketPolyfill ?? WebSocket
		});
		const open = (ydoc: Y.Doc, more: Partial<RelayConnectionOptions>) =>
			this.connections.push(
				new RelayConnection({
					socket: this.socket,
					ydoc,
					credentials: () => credentials,
					onRefused: (refusal) => (this.refusal ??= refusal ?? 'refused'),
					...more
				})
			);
		open(this.plan, {
			presence: true,
			// Confirmed as the app confirms it: the facilitator's token stops registering the room.
			onAuthenticated: () => {
				if (credentials.role === 'facilitator') credentials.confirmed = true;
			}
		});
		open(this.facilitation, { kind: 'facilitation' });
		if (credentials.ballotId) open(this.ballot, { kind: 'ballot', ballotId: credentials.ballotId });
		// Presence as the app sets it: the facilitator counts the ballots of the people present.
		this.connections[0]?.provider.awareness?.setLocalState({
			name: options.name,
			color: '#0f5c6e',
			role: credentials.role,
			step: null,
			ready: 0,
			away: false,
			editing: null,
			ballot: credentials.role === 'observer' ? null : (credentials.ballotId ?? null),
			cursor: null,
			dragging: null,
			drafts: null,
			canvas: null
		});
	}

	/** Every document synced with the relay and every local change acknowledged. */
	get ready(): boolean {
		return this.connections.every(
			(connection) => connection.provider.synced && connection.provider.unsyncedChanges === 0
		);
	}

	destroy(): void {
		for (const connection of this.connections) connection.destroy();
		this.socket.destroy();
		this.plan.destroy();
		this.facilitation.destroy();
		this.ballot.destroy();
	}
}
