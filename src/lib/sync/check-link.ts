import * as Y from 'yjs';
import type { RoomCredentials } from './credentials';
import { RelayConnection, RelaySocket } from './relay-connection';

export type LinkCheck = 'accepted' | 'refused' | 'unreachable';

/**
 * Asks the relay whether it accepts these credentials, by signing in to the room's small
 * facilitation document (never the plan: nothing of this device's copy is sent), then leaves.
 */
export function checkLink(
	url: string,
	credentials: RoomCredentials,
	timeoutMs = 8_000
): Promise<LinkCheck> {
	return new Promise((resolve) => {
		const socket = new RelaySocket({ url });
		const ydoc = new Y.Doc();
		let connection: RelayConnection | null = null;
		let done = false;
		const finish = (result: LinkCheck) => {
			if (done) return;
			done = true;
			clearTimeout(timer);
			// Later: the connection may still be inside its own constructor or callback.
			queueMicrotask(() => {
				connection?.destroy();
				socket.destroy();
				ydoc.destroy();
			});
			resolve(result);
		};
		const timer = setTimeout(() => finish('unreachable'), timeoutMs);
		connection = new RelayConnection({
			socket,
			ydoc,
			credentials: () => credentials,
			kind: 'facilitation',
			onAuthenticated: () => finish('accepted')
		});
		connection.subscribe((status) => {
			if (status.kind === 'refused') finish('refused');
		});
	});
}
