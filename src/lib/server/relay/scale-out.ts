import type { Extension, Hocuspocus } from '@hocuspocus/server';
import { RELAY_LIMITS } from '../../sync/protocol';
import type { RelayConfig } from './relay-config';
import type { RelayLog } from './relay-log';

/** Whether this process may store a document now (see StoreLeases in redis-scale-out). */
export type StoreTurn =
	/** It holds the document's store lock. */
	| 'mine'
	/** It is asking for the lock; `onStoreAllowed` follows if it gets it. */
	| 'asking'
	/** Another process holds it and stores the document's changes, which reach it too. */
	| 'elsewhere';

export interface ScaleOutHooks {
	hocuspocus: Hocuspocus;
	/** Another process created a ballot in this room. */
	onBallots(roomId: string): void;
	/** The lock this process asked for is its own now: store what waited. */
	onStoreAllowed(name: string): void;
}

/**
 * What lets several relay processes share rooms (`CANAL_REDIS_URL`): any process may serve any
 * room, and what one process's clients do reaches the clients of every other. Without it a relay
 * is one process and nothing of this is loaded.
 */
export interface ScaleOut {
	/** Carries sync, presence and broadcasts between processes (added to Hocuspocus' extensions). */
	readonly extension: Extension;
	/** Why shared rooms cannot take new connections now (the bus does not answer); null when they can. */
	problem(): string | null;
	/** Whose turn it is to store `name`; asks for the lock when it is free. */
	storeTurn(name: string): StoreTurn;
	/** This process unloaded `name`: another may store it at once. */
	released(name: string): void;
	/**
	 * Counts one more `counter` for `key` (a client address) in a fixed window of `windowMs`
	 * shared by every process, if fewer than `limit` were counted; false when not. Rejects when
	 * Redis does not answer: the caller refuses rather than count alone.
	 */
	take(counter: string, key: string, limit: number, windowMs: number): Promise<boolean>;
	/**
	 * Counts one more open socket of `key` (a client address) over every live process, if fewer
	 * than `limit` are open; false when not (nothing counted then). Rejects when Redis does not
	 * answer. A process that stops beating (killed) stops counting within seconds.
	 */
	openSocket(key: string, limit: number): Promise<boolean>;
	/** One socket of `key` counted by `openSocket` closed. */
	closeSocket(key: string): void;
	/** Whether an awareness update came from another process (its transaction origin). */
	fromOtherProcess(origin: unknown): boolean;
	/** Tells the other processes a ballot was created in the room. */
	ballotCreated(roomId: string): void;
	start(hooks: ScaleOutHooks): void;
	close(): Promise<void>;
}

/**
 * The scale-out `config.redisUrl` (CANAL_REDIS_URL) asks for, connected; undefined when it is
 * unset, and then no Redis code is even loaded. A store lease lasts two of the longest store
 * windows: a process that stores the document keeps it, one that died gives it up soon.
 */
export async function scaleOutFor(
	config: RelayConfig,
	log: RelayLog
): Promise<ScaleOut | undefined> {
	if (!config.redisUrl) return undefined;
	const { connectRedisScaleOut } = await import('./redis-scale-out');
	const maxDebounceMs = config.limits?.storeMaxDebounceMs ?? RELAY_LIMITS.storeMaxDebounceMs;
	return connectRedisScaleOut(config.redisUrl, { storeLeaseMs: 2 * maxDebounceMs, log });
}
