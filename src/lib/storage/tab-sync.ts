import * as Y from 'yjs';
import { originKind, TxOrigin } from '../doc/origins';

/**
 * Keeps tabs of one browser on the same workshop in step. Each tab saves its own edits; this only
 * carries them live between tabs, and answers a newly opened tab with what it may have missed.
 */
type Message = { type: 'update'; update: Uint8Array } | { type: 'hello'; stateVector: Uint8Array };

const tabOrigin = new TxOrigin('tab');

function channelName(docId: string): string {
	return `canal-doc-${docId}`;
}

function hasChannel(): boolean {
	return typeof BroadcastChannel !== 'undefined';
}

/** Tells open tabs about a change made outside them (an import, a rename from the list). */
export function broadcastUpdate(docId: string, update: Uint8Array): void {
	if (!hasChannel()) return;
	const channel = new BroadcastChannel(channelName(docId));
	channel.postMessage({ type: 'update', update } satisfies Message);
	channel.close();
}

export function connectTabs(docId: string, ydoc: Y.Doc): () => void {
	if (!hasChannel()) return () => undefined;
	const channel = new BroadcastChannel(channelName(docId));
	const onUpdate = (update: Uint8Array, origin: unknown) => {
		if (originKind(origin) !== 'tab')
			channel.postMessage({ type: 'update', update } satisfies Message);
	};
	channel.onmessage = (event: MessageEvent<Message>) => {
		const message = event.data;
		try {
			if (message.type === 'update') Y.applyUpdate(ydoc, message.update, tabOrigin);
			if (message.type === 'hello') {
				const update = Y.encodeStateAsUpdate(ydoc, message.stateVector);
				channel.postMessage({ type: 'update', update } satisfies Message);
			}
		} catch (error) {
			console.warn('Ignored a malformed message from another tab', error);
		}
	};
	ydoc.on('update', onUpdate);
	channel.postMessage({ type: 'hello', stateVector: Y.encodeStateVector(ydoc) } satisfies Message);
	return () => {
		ydoc.off('update', onUpdate);
		channel.close();
	};
}
