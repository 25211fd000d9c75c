import * as Y from 'yjs';
import { contentFrame, type AbusePeer } from './abuse-peer';

/** Entries of about this size make a document with many items, like a plan with many records. */
const entryBytes = 256;
/** Each update stays under the relay's largest message (4 MiB). */
const updateBytes = 3 * 1024 * 1024;

/**
 * Fills `document` on the relay, through an authenticated facilitator peer, with about `bytes`
 * of small map entries, one update under the message limit at a time, each acknowledged.
 * Returns the local copy (its encoded size is what the relay holds).
 */
export async function fillDocument(
	peer: AbusePeer,
	document: string,
	bytes: number
): Promise<Y.Doc> {
	const doc = new Y.Doc();
	const filler = doc.getMap<string>('filler');
	const perUpdate = Math.floor(updateBytes / entryBytes);
	let written = 0;
	let index = 0;
	while (written < bytes) {
		const before = Y.encodeStateVector(doc);
		doc.transact(() => {
			for (let i = 0; i < perUpdate && written < bytes; i += 1, index += 1) {
				filler.set(`e${index}`, `${index}:`.padEnd(entryBytes - 16, 'x'));
				written += entryBytes;
			}
		});
		const acknowledged = peer.replies.filter((reply) => reply.kind === 'syncStatus').length;
		peer.send(contentFrame(document, Y.encodeStateAsUpdate(doc, before)));
		await waitForReplies(peer, 'syncStatus', acknowledged + 1);
	}
	return doc;
}

async function waitForReplies(peer: AbusePeer, kind: string, count: number): Promise<void> {
	const until = Date.now() + 30_000;
	while (peer.replies.filter((reply) => reply.kind === kind).length < count) {
		if (!peer.isOpen) throw new Error(`closed while filling: ${JSON.stringify(peer.closedWith)}`);
		if (Date.now() > until) throw new Error('the relay did not acknowledge the fill in 30 s');
		await new Promise((resolve) => setTimeout(resolve, 10));
	}
}
