import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { Hocuspocus, type Document } from '@hocuspocus/server';
import { WebSocket, WebSocketServer, type RawData } from 'ws';
import * as Y from 'yjs';
import {
	MAX_BALLOTS_PER_ROOM,
	parseDocumentName,
	RELAY_LIMITS,
	REFUSALS
} from '../../sync/protocol';
import { authorize, type Admission } from './authorize';
import { BallotLists } from './ballot-list';
import { slotFree } from './document-slots';
import { presenceGate, queryPresenceFrame } from './presence-gate';
import { identityOf } from './presence-guard';
import { PresenceOwners } from './presence-owners';
import { HOUR_MS, HourlyQuota, type Quota } from './registration-quota';
import { Recount } from './recount';
import { startRoomExpiry } from './room-expiry';
import { ConnectionThrottle, OpenSockets } from './connection-throttle';
import { DocumentSizeGuard } from './document-size-guard';
import { syncFrame, SYNC_STEP } from './frame-header';
import { FullStateCache } from './full-state-cache';
import { hasMissingDependencies, needsCompaction, type StoredDocument } from './document-store';
import { Heartbeat } from './heartbeat';
import {
	CLOSE_CODES,
	judgeFrame,
	LARGE_REPLY_BYTES,
	MALFORMED_REASON,
	type FramePolicy,
	type Violation
} from './frame-policy';
import { SYNC_PATH, type RelayConfig } from './relay-config';
import { reportingLibraryErrors, UNDECODABLE_UPDATE } from './library-errors';
import { LogLimiter } from './log-limiter';
import { errorMessage } from '../../domain/error-message';
import { jsonLineLog, type RelayLogEntry } from './relay-log';
import { SocketGate } from './socket-gate';
import { ReplySlots } from './sync-requests';
import type { TcpLimits } from './tcp-guard';
import { SocketSession } from './socket-session';
import { openSqliteStorage } from './sqlite-storage';
import type { RelayStorage } from './storage';
import { StoreScheduler } from './store-scheduler';
import type { ScaleOut } from './scale-out';

export interface RelayStats {
	/** Documents held in memory. */
	documents: number;
	/** Open WebSockets. */
	sockets: number;
	/** Established document connections, counted once per socket. */
	documentConnections: number;
	pendingStores: number;
	/** Documents whose last load failed; they are refused until a load succeeds. */
	failedLoads: number;
	rssBytes: number;
}

/** What `/readyz` answers: whether this relay can take documents now, and why not. */
export type Readiness = { ok: true } | { ok: false; reason: string };

export interface Relay {
	/** Takes over an HTTP upgrade on the sync path; false (socket untouched) for any other path. */
	handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): boolean;
	/** Stores every pending change now; rejects when a store failed (it stays pending). */
	flush(): Promise<void>;
	/** Stores pending changes, closes every socket and the database. */
	close(): Promise<void>;
	stats(): RelayStats;
	/** Whether storage answers a query now (a load balancer sends new sockets elsewhere if not). */
	ready(): Promise<Readiness>;
	/** What the HTTP server carrying the relay must enforce on its TCP connections. */
	readonly tcpLimits: TcpLimits;
}

interface LoadedDocument {
	document: Y.Doc;
	/** The stored revision the document contains; null before its first store. */
	revision: number | null;
	/** Changes applied since the last store, which the next store appends. */
	changes: Uint8Array[];
	/** What is stored now: the compacted state and the update rows after it. */
	baseBytes: number;
	appendedBytes: number;
	appendedRows: number;
}

/** Marks updates the relay applies itself, so they are not mistaken for client edits. */
const relayOrigin = { relay: 'storage' };

const shutdownReason = 'The relay is shutting down.';
/** A peer that ignores our close frame is cut off after this. */
const closeGraceMs = 2_000;
const defaultHeartbeatMs = 30_000;
/** Relays sharing a storage count its rooms and bytes again at most this often (see Recount). */
const recountEveryMs = 1_000;
const minuteMs = 60_000;

/**
 * Hocuspocus forwards `reason` to the client as the refusal, and logs anything with a `message`
 * as an error; a refusal is expected traffic, not an error.
 */
function refuse(reason: string): never {
	throw { reason };
}

function sessionOf(context: unknown): SocketSession {
	const session = (context as { session?: unknown } | null)?.session;
	if (session instanceof SocketSession) return session;
	throw new Error('connection without a relay session');
}

function clientAddress(request: IncomingMessage, trustProxy: boolean): string {
	const forwarded = request.headers['x-forwarded-for'];
	if (trustProxy && typeof forwarded === 'string') {
		// The last entry is the one our own proxy added; earlier ones are whatever the client sent.
		const last = forwarded.split(',').at(-1)?.trim();
		if (last) return last;
	}
	return request.socket.remoteAddress ?? 'unknown';
}

function asBytes(data: RawData): Uint8Array {
	if (Array.isArray(data)) return Buffer.concat(data);
	return data instanceof ArrayBuffer ? new Uint8Array(data) : data;
}

/** Whether a browser page from `origin` may open the relay: its own host, or a configured one. */
function originAllowed(request: IncomingMessage, allowed: readonly string[]): boolean {
	const origin = request.headers.origin;
	// Not a browser (or a privacy setting): the token still decides everything.
	if (origin === undefined || origin === 'null') return origin === undefined;
	if (allowed.includes(origin)) return true;
	try {
		return new URL(origin).host === request.headers.host;
	} catch {
		return false;
	}
}

function closeSocket(socket: WebSocket, code: number, reason: string): void {
	if (socket.readyState === WebSocket.CLOSED) return;
	socket.close(code, reason);
	setTimeout(() => socket.terminate(), closeGraceMs).unref();
}

/**
 * Opens the storage `config` names (PostgreSQL with `databaseUrl`, else SQLite in `dataDir`) and
 * starts a relay on it. Rejects, with a message saying why, when the storage cannot be used.
 */
export async function openRelay(config: RelayConfig): Promise<Relay> {
	if (!config.databaseUrl) return createRelay(config);
	const log = config.log ?? jsonLineLog;
	// Loaded only here: a relay on SQLite never loads the PostgreSQL client.
	const { openPostgresStorage } = await import('./postgres-storage');
	const storage = await openPostgresStorage(config.databaseUrl, (error) =>
		log({ level: 'error', event: 'storage-error', message: errorMessage(error) })
	);
	return createRelay(config, storage);
}

/** A relay on `storage`; by default the SQLite file in `config.dataDir`, opened now. */
export function createRelay(
	config: RelayConfig,
	storage: RelayStorage = openSqliteStorage(config.dataDir)
): Relay {
	const limits = { ...RELAY_LIMITS, ...config.limits };
	const log = config.log ?? jsonLineLog;
	const { rooms, documents } = storage;
	const { scaleOut } = config;
	/**
	 * Per-address allowances are the same whichever process an address reaches: relays sharing
	 * rooms count them in Redis (and refuse while it does not answer), one process in memory.
	 */
	const quota = (counter: string, limit: number, windowMs: number): Quota =>
		scaleOut
			? { take: (ip) => scaleOut.take(counter, ip, limit, windowMs) }
			: new HourlyQuota(limit, windowMs);
	const registrations = quota('registrations', limits.registrationsPerHourPerIp, HOUR_MS);
	const ballotQuota = quota('ballots', limits.ballotsPerHourPerIp, HOUR_MS);
	/**
	 * Rooms and bytes are the storage's, not this process's: when other processes write to it
	 * too (Redis, or PostgreSQL), a registration first counts what every one of them stored.
	 */
	const totals =
		scaleOut || storage.kind === 'postgres'
			? new Recount(() => storage.recount(), recountEveryMs)
			: null;
	const ballotLists = new BallotLists((roomId) => rooms.ballotIds(roomId, MAX_BALLOTS_PER_ROOM));
	ballotLists.onError = (error) =>
		log({ level: 'error', event: 'ballot-list-failed', message: errorMessage(error) });
	const presenceOwners = new PresenceOwners();
	/**
	 * Each presence update the sync engine applies goes to every connection of its document. Those
	 * another process applied (shared rooms) make their ids that process's: they were checked
	 * there, and no socket here may set them.
	 */
	const countedDocuments = new WeakSet<Document>();
	const watchPresence = (documentName: string, document: Document) => {
		if (countedDocuments.has(document)) return;
		countedDocuments.add(document);
		const { awareness } = document;
		awareness.on('update', (changes: AwarenessChanges, origin: unknown) => {
			presenceOwners.broadcast(documentName);
			if (!scaleOut?.fromOtherProcess(origin)) return;
			for (const clientId of [...changes.added, ...changes.updated]) {
				const state = awareness.states.get(clientId);
				presenceOwners.claimElsewhere(documentName, clientId, claimedIdentity(state));
			}
			for (const clientId of changes.removed) {
				for (const forgotten of presenceOwners.releaseElsewhere(documentName, clientId)) {
					if (!awareness.states.has(forgotten)) awareness.meta.delete(forgotten);
				}
			}
		});
	};
	/** What a socket's sign-in is decided against (see authorize). */
	const admissionFor = (session: SocketSession): Admission => ({
		rooms,
		ip: session.ip,
		slotFree: (next) =>
			slotFree(session.granted(), next, {
				documentsPerSocket: limits.documentsPerSocket,
				otherBallots: MAX_BALLOTS_PER_ROOM
			}),
		...(config.registrationKey ? { registrationKey: config.registrationKey } : {}),
		registrations,
		ballots: ballotQuota,
		full: async () => {
			await totals?.fresh();
			return rooms.count >= limits.maxRooms || documents.storedBytes >= limits.maxStorageBytes;
		},
		maxBallotsPerRoom: MAX_BALLOTS_PER_ROOM
	});
	const sizes = new DocumentSizeGuard(limits.maxDocumentBytes);
	const fullStates = new FullStateCache(LARGE_REPLY_BYTES);
	const throttle = new ConnectionThrottle(limits.connectionsPerMinutePerIp);
	const openSockets = new OpenSockets();
	const replySlots = new ReplySlots(limits.concurrentFullEncodes);
	const limitedLog = new LogLimiter(limits.violationLinesPerMinutePerIp, log);
	/** Lines a peer can cause at will go through here. */
	const peerLog = (ip: string, entry: RelayLogEntry) => limitedLog.line(ip, entry);
	const loaded = new Map<string, LoadedDocument>();
	const failedLoads = new Set<string>();
	/** Documents whose store failed as their last client left; unloaded once a store succeeds. */
	const unloadBlocked = new Set<string>();
	const sockets = new Set<WebSocket>();
	const heartbeat = new Heartbeat(config.heartbeatMs ?? defaultHeartbeatMs);
	let nextSocketId = 1;
	let closing: Promise<void> | null = null;

	const scheduler = new StoreScheduler({
		debounceMs: limits.storeDebounceMs,
		maxDebounceMs: limits.storeMaxDebounceMs,
		// A failed compaction is only a missed chance: the update rows stay, and the next store
		// that finds them too many asks again.
		store: async (name, compact) => (await storeDocument(name, compact)) || compact,
		...(scaleOut ? { storeLock: (name: string) => storeTurn(scaleOut, name) } : {})
	});

	const webSockets = new WebSocketServer({
		noServer: true,
		maxPayload: limits.maxMessageBytes,
		perMessageDeflate: false,
		clientTracking: false
	});

	const hocuspocus = new Hocuspocus({
		quiet: true,
		// The relay stores on its own schedule (StoreScheduler); these only pace Hocuspocus' no-op.
		debounce: limits.storeDebounceMs,
		maxDebounce: limits.storeMaxDebounceMs,
		extensions: scaleOut ? [scaleOut.extension] : [],

		async onAuthenticate({ token, documentName, connectionConfig, context }) {
			const session = sessionOf(context);
			// A room opened here while the other processes cannot hear of it would split in two.
			const sharing = scaleOut?.problem();
			if (sharing) {
				peerLog(session.ip, {
					level: 'warn',
					event: 'auth-refused',
					ip: session.ip,
					reason: 'sharingUnavailable',
					detail: sharing,
					document: documentName
				});
				refuse(REFUSALS.unavailable);
			}
			// Counted across processes as the socket opened (see accept): a socket past its address's
			// allowance never signs in.
			if (!(await session.admitted)) refuse(REFUSALS.throttled);
			let result;
			try {
				result = await authorize(admissionFor(session), documentName, token);
			} catch (error) {
				log({ level: 'error', event: 'auth-failed', ip: session.ip, message: errorMessage(error) });
				refuse(REFUSALS.unavailable);
			}
			if (!result.ok) {
				peerLog(session.ip, {
					level: 'warn',
					event: 'auth-refused',
					ip: session.ip,
					reason: result.refusal,
					document: documentName
				});
				// One refusal is a wrong link; a socket collecting many is guessing.
				if (session.refused(documentName) > limits.refusalsPerSocket) {
					logViolation(session, { reason: 'tooManyRefusals' });
					session.close?.(CLOSE_CODES.tooChatty, REFUSALS.tooChatty);
				}
				refuse(REFUSALS[result.refusal]);
			}
			const { access } = result;
			if (result.registered) {
				log({ level: 'info', event: 'room-registered', ip: session.ip, room: access.roomId });
			}
			if (result.ballotCreated) {
				ballotLists.changed(access.roomId);
				scaleOut?.ballotCreated(access.roomId);
			}
			connectionConfig.readOnly = access.readOnly;
			session.grant(documentName, access);
		},

		async connected({ context, documentName, connection }) {
			const session = sessionOf(context);
			session.establish(documentName);
			watchPresence(documentName, connection.document);
			presenceOwners.join(documentName, session.id);
			// Presence sent before the sign-in was dropped (see judgeFrame): ask for it again.
			connection.send(queryPresenceFrame(documentName));
			const access = session.accessTo(documentName);
			if (access?.kind === 'facilitation' && access.role === 'facilitator') {
				ballotLists.add(access.roomId, session.id, connection);
			}
		},

		async onDisconnect({ context, documentName, document, clientsCount }) {
			const session = sessionOf(context);
			const access = session.accessTo(documentName);
			if (access?.kind === 'facilitation') ballotLists.remove(access.roomId, session.id);
			session.release(documentName);
			if (clientsCount === 0) {
				presenceOwners.forget(documentName);
				return;
			}
			// What the sync engine keeps of ids nobody will take back (their clocks) goes too.
			const { awareness } = document;
			for (const clientId of presenceOwners.release(documentName, session.id)) {
				if (!awareness.states.has(clientId)) awareness.meta.delete(clientId);
			}
		},

		async onLoadDocument({ document, documentName }) {
			// Other processes' presence may arrive before the first connection is set up.
			watchPresence(documentName, document);
			let stored: StoredDocument | null;
			try {
				stored = await documents.load(documentName);
			} catch (error) {
				loadFailed(documentName, 'read', error);
			}
			if (stored) {
				try {
					Y.transact(
						document,
						() => {
							for (const update of stored.updates) Y.applyUpdate(document, update, relayOrigin);
						},
						relayOrigin
					);
				} catch (error) {
					loadFailed(documentName, 'corrupt', error);
				}
				if (hasMissingDependencies(document)) loadFailed(documentName, 'incomplete');
			}
			failedLoads.delete(documentName);
			const entry: LoadedDocument = {
				document,
				revision: stored?.revision ?? null,
				changes: [],
				baseBytes: stored?.baseBytes ?? 0,
				appendedBytes: stored?.appendedBytes ?? 0,
				appendedRows: (stored?.updates.length ?? 1) - 1
			};
			loaded.set(documentName, entry);
			document.on('update', (update: Uint8Array, origin: unknown) => {
				if (origin !== relayOrigin) entry.changes.push(update);
			});
			sizes.reset(document, entry.baseBytes + entry.appendedBytes);
			const [base = new Uint8Array(), ...appended] = stored?.updates ?? [];
			fullStates.remember(document, base, appended);
		},

		async onChange({ documentName, transactionOrigin }) {
			if (transactionOrigin !== relayOrigin) scheduler.schedule(documentName);
		},

		async beforeUnloadDocument({ documentName }) {
			// Throwing keeps the document in memory, so a failed store does not lose its changes.
			if (!(await scheduler.storeNow(documentName))) {
				unloadBlocked.add(documentName);
				throw {};
			}
		},

		async afterUnloadDocument({ documentName }) {
			loaded.delete(documentName);
			scaleOut?.released(documentName);
		}
	});
	scaleOut?.start({
		hocuspocus,
		onBallots: (roomId) => ballotLists.changed(roomId),
		onStoreAllowed: (name) => scheduler.retry(name)
	});

	/**
	 * Whether this process stores `name` now (relays sharing rooms). While another process
	 * stores it, the changes kept for the next append go: that process stores them, and should
	 * this one store later it merges its whole document with what is stored (its revision is
	 * forgotten), which keeps every change without keeping them twice in memory.
	 */
	function storeTurn(sharing: ScaleOut, name: string): boolean {
		const turn = sharing.storeTurn(name);
		const entry = loaded.get(name);
		if (turn === 'elsewhere' && entry) {
			entry.changes = [];
			entry.revision = null;
		}
		return turn === 'mine';
	}

	function loadFailed(documentName: string, cause: string, error?: unknown): never {
		failedLoads.add(documentName);
		log({
			level: 'error',
			event: 'load-failed',
			document: documentName,
			cause,
			...(error === undefined ? {} : { message: errorMessage(error) })
		});
		refuse(REFUSALS.unavailable);
	}

	/**
	 * Stores a document's changes since its last store as one update row, or (`compact`, or when
	 * another writer stored meanwhile) the whole document. Never called for a document whose
	 * load failed: only loaded documents are in `loaded`. The scheduler runs one store of a
	 * document at a time; edits arriving while it runs go in the next one.
	 */
	async function storeDocument(name: string, compact = false): Promise<boolean> {
		const entry = loaded.get(name);
		if (!entry || !storage.open) return true;
		const { changes } = entry;
		entry.changes = [];
		const cached = fullStates.mark(entry.document);
		/** What the store did not take goes back in front of what arrived meanwhile. */
		const keepChanges = () => {
			entry.changes = [...changes, ...entry.changes];
		};
		let outcome;
		try {
			outcome = await documents.store(
				name,
				entry.document,
				entry.revision,
				compact ? null : changes
			);
		} catch (error) {
			keepChanges();
			log({ level: 'error', event: 'store-failed', document: name, message: errorMessage(error) });
			return false;
		}
		if (outcome.kind === 'skipped-empty') {
			keepChanges();
			return true;
		}
		entry.revision = outcome.revision;
		if (outcome.kind === 'appended') {
			entry.appendedBytes += outcome.bytes;
			entry.appendedRows += 1;
			sizes.reset(entry.document, entry.baseBytes + entry.appendedBytes);
			fullStates.stored(entry.document, outcome.update, cached);
			if (needsCompaction(entry)) compactLater(name);
		} else if (outcome.state) {
			if (outcome.merged) {
				// The stored document held changes this relay had not seen; its clients should get them too.
				Y.applyUpdate(entry.document, outcome.merged, relayOrigin);
				log({ level: 'warn', event: 'store-merged', document: name });
			}
			entry.baseBytes = outcome.bytes;
			entry.appendedBytes = 0;
			entry.appendedRows = 0;
			sizes.reset(entry.document, outcome.bytes);
			fullStates.remember(entry.document, outcome.state, [], cached);
		}
		if (unloadBlocked.delete(name)) {
			const document = hocuspocus.documents.get(name);
			if (document) void hocuspocus.unloadDocument(document);
		}
		return true;
	}

	/** Documents waiting for a compaction, done one per turn of the event loop after the stores. */
	const compactions = new Set<string>();
	function compactLater(name: string): void {
		if (compactions.size === 0) setImmediate(compactNext);
		compactions.add(name);
	}
	function compactNext(): void {
		const [name] = compactions;
		if (name === undefined) return;
		compactions.delete(name);
		const next = () => {
			if (compactions.size > 0) setImmediate(compactNext);
		};
		if (loaded.has(name) && !closing) void scheduler.compact(name).then(next);
		else next();
	}

	const policy: FramePolicy = {
		preAuthFrames: limits.preAuthMessages,
		preAuthBytes: limits.preAuthBytes,
		// The facilitator's device signs in to its plan, facilitation, its own drafts and each
		// ballot it counts.
		preAuthDocuments: limits.documentsPerSocket + MAX_BALLOTS_PER_ROOM + 2,
		maxNameLength: limits.maxDocumentNameLength,
		sizes,
		maxDraftsBytes: limits.maxDraftsBytes,
		maxVersionsBytes: limits.maxVersionsBytes,
		documentNamed: (name) => hocuspocus.documents.get(name),
		presence: presenceGate({
			limits: {
				clientsPerSocket: limits.presenceClientsPerSocket,
				stateBytes: limits.presenceStateBytes,
				clockStep: limits.presenceClockStep
			},
			owners: presenceOwners,
			awarenessOf: (name) => hocuspocus.documents.get(name)?.awareness
		})
	};

	const stopRoomExpiry = startRoomExpiry({
		storage,
		days: limits.unjoinedRoomDays,
		inUse: (roomId) => {
			const loadedNames = [...hocuspocus.documents.keys(), ...hocuspocus.loadingDocuments.keys()];
			return loadedNames.some((name) => parseDocumentName(name)?.roomId === roomId);
		},
		log
	});

	function logViolation(
		session: SocketSession,
		violation: Violation | { reason: string; [detail: string]: unknown }
	): void {
		peerLog(session.ip, {
			level: 'warn',
			event: 'violation',
			ip: session.ip,
			connection: session.id,
			...violation
		});
	}

	function accept(socket: WebSocket, request: IncomingMessage): void {
		const session = new SocketSession(
			nextSocketId++,
			clientAddress(request, !!config.trustProxy),
			limits,
			replySlots
		);
		socket.on('error', (error) => {
			// ws closes the socket itself (1009 for an oversized frame); the process must not crash.
			if (error.code === 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH') {
				logViolation(session, { reason: 'tooLarge' });
			} else {
				peerLog(session.ip, {
					level: 'warn',
					event: 'socket-error',
					ip: session.ip,
					connection: session.id,
					code: error.code ?? null
				});
			}
		});
		if (!throttle.admit(session.ip)) {
			logViolation(session, { reason: 'throttled' });
			closeSocket(socket, CLOSE_CODES.throttled, REFUSALS.throttled);
			return;
		}
		if (openSockets.count(session.ip) >= limits.socketsPerIp) {
			logViolation(session, { reason: 'tooManySockets' });
			closeSocket(socket, CLOSE_CODES.tooManySockets, REFUSALS.tooManySockets);
			return;
		}
		/** Whether the processes' shared count of the address's open sockets holds this one. */
		let sharedCount: Promise<boolean> = Promise.resolve(false);
		if (scaleOut) {
			// Sign-ins wait for this; a socket past the address's allowance is closed. Without an
			// answer from Redis this process's own counts (above) decide: its sign-ins are refused
			// anyway while Redis is away (see onAuthenticate), with the reason people should read.
			const fresh = scaleOut
				.take('connections', session.ip, limits.connectionsPerMinutePerIp, minuteMs)
				.catch(() => true);
			const open = fresh.then((admitted) =>
				admitted ? scaleOut.openSocket(session.ip, limits.socketsPerIp).catch(() => null) : null
			);
			sharedCount = open.then((counted) => counted === true);
			session.admitted = Promise.all([fresh, open]).then(
				([admitted, counted]) => admitted && counted !== false
			);
			void Promise.all([fresh, open]).then(([admitted, counted]) => {
				if (!admitted) {
					logViolation(session, { reason: 'throttled' });
					closeSocket(socket, CLOSE_CODES.throttled, REFUSALS.throttled);
				} else if (counted === false) {
					logViolation(session, { reason: 'tooManySockets' });
					closeSocket(socket, CLOSE_CODES.tooManySockets, REFUSALS.tooManySockets);
				}
			});
		}
		openSockets.add(session.ip);
		session.close = (code, reason) => closeSocket(socket, code, reason);
		sockets.add(socket);
		heartbeat.watch(socket);
		log({ level: 'info', event: 'connection-open', ip: session.ip, connection: session.id });

		// Signing in has a deadline, and so has signing in again after the last document left:
		// a socket that only answers pings holds a file and memory for nothing.
		let deadline: NodeJS.Timeout | null = null;
		const expectSignIn = () => {
			if (deadline) clearTimeout(deadline);
			// Documents also leave as the socket closes; a closed socket needs no deadline.
			if (socket.readyState !== WebSocket.OPEN) return;
			deadline = setTimeout(() => {
				if (session.establishedCount > 0) return;
				logViolation(session, { reason: 'signInTimeout' });
				closeSocket(socket, CLOSE_CODES.signInTimeout, REFUSALS.signInTimeout);
			}, limits.signInMs);
			deadline.unref();
		};
		expectSignIn();
		session.onEmpty = expectSignIn;

		socket.once('close', (code) => {
			if (deadline) clearTimeout(deadline);
			session.requests.close();
			openSockets.remove(session.ip);
			void sharedCount.then((counted) => counted && scaleOut?.closeSocket(session.ip));
			sockets.delete(socket);
			log({
				level: 'info',
				event: 'connection-close',
				ip: session.ip,
				connection: session.id,
				code,
				durationMs: Date.now() - session.openedAt
			});
		});

		const gate = new SocketGate(socket, {
			maxBufferedBytes: limits.maxBufferedBytes,
			answered: (name) => session.requests.answered(name),
			slowReader: () => {
				if (socket.readyState !== WebSocket.OPEN) return;
				logViolation(session, { reason: 'slowReader', bufferedBytes: socket.bufferedAmount });
				// Its output will not drain: waiting for a close handshake would keep it in memory.
				socket.terminate();
			}
		});
		// The sync engine prints what it cannot apply; for this socket that becomes one log line,
		// and an update it cannot decode closes the socket (it would only send more).
		const libraryError = (message: string) => {
			const undecodable = message.startsWith(UNDECODABLE_UPDATE);
			peerLog(session.ip, {
				level: 'warn',
				event: undecodable ? 'violation' : 'library-error',
				ip: session.ip,
				connection: session.id,
				...(undecodable ? { reason: 'undecodableUpdate' } : {}),
				message
			});
			if (undecodable) closeSocket(socket, CLOSE_CODES.malformed, MALFORMED_REASON);
		};
		const deliver = (frame: Uint8Array) =>
			reportingLibraryErrors(libraryError, () => gate.deliver(frame));

		const requestPending = (name: string) => {
			if (session.firstTime(`sync-pending:${name}`)) {
				logViolation(session, { reason: 'syncRequestPending', document: name });
			}
		};
		/**
		 * A full-sync request on an established document: one at a time per document, large
		 * documents answered from the full-state cache (the gate notices when the answer's last
		 * frame is written), the rest by the sync engine.
		 */
		const answerRequest = (name: string, frame: Uint8Array) => {
			const doc = hocuspocus.documents.get(name);
			const large = !!doc && sizes.estimate(doc) >= LARGE_REPLY_BYTES;
			const taken = session.requests.request(name, large, () => {
				const cached = doc && large ? fullStates.answer(doc) : null;
				if (!doc || !cached) {
					deliver(frame);
					return;
				}
				// As the sync engine answers: its own request first, so the client sends back what
				// the relay lacks (edits made offline), then everything the relay has.
				gate.send(syncFrame(name, SYNC_STEP.stateVector, Y.encodeStateVector(doc)));
				for (const update of cached.updates) gate.send(syncFrame(name, SYNC_STEP.update, update));
				gate.send(syncFrame(name, SYNC_STEP.missing, cached.state));
			});
			if (!taken) requestPending(name);
		};
		// Requests sent with the sign-in wait for it; answered after the hook that establishes.
		session.onEstablished = (name) => {
			const held = session.held.get(name);
			if (!held) return;
			session.held.delete(name);
			setImmediate(() => {
				if (socket.readyState === WebSocket.OPEN && session.accessTo(name)) {
					answerRequest(name, held);
				}
			});
		};
		socket.on('message', (data, isBinary) => {
			// Frames still arriving after we decided to close are dropped, not judged again.
			if (socket.readyState !== WebSocket.OPEN) return;
			const frame = asBytes(data);
			const verdict = judgeFrame(session, frame, isBinary, policy);
			if (verdict.action === 'close') {
				logViolation(session, verdict.violation);
				closeSocket(socket, verdict.code, verdict.text);
				return;
			}
			if (verdict.action === 'sync-request') {
				if (session.accessTo(verdict.document)) answerRequest(verdict.document, frame);
				else if (!session.held.has(verdict.document)) session.held.set(verdict.document, frame);
				else requestPending(verdict.document);
				return;
			}
			if (verdict.action === 'presence') {
				if (verdict.violation) logViolation(session, verdict.violation);
				if (verdict.frame) deliver(verdict.frame);
				return;
			}
			if (verdict.violation) logViolation(session, verdict.violation);
			deliver(frame);
		});
		reportingLibraryErrors(libraryError, () =>
			hocuspocus.handleConnection(gate as unknown as WebSocket, request, { session })
		);
	}

	return {
		tcpLimits: {
			// Room for a browser's page loads beside its sockets; a proxy in front limits for us.
			perAddress: config.trustProxy ? 0 : 2 * limits.socketsPerIp + 64,
			idleMs: limits.signInMs,
			headersMs: limits.signInMs,
			requestMs: 3 * limits.signInMs
		},

		handleUpgrade(request, socket, head) {
			const path = (request.url ?? '').split('?', 1)[0];
			if (path !== SYNC_PATH) return false;
			if (closing) {
				socket.destroy();
				return true;
			}
			if (!originAllowed(request, config.allowedOrigins ?? [])) {
				const ip = clientAddress(request, !!config.trustProxy);
				peerLog(ip, { level: 'warn', event: 'violation', ip, reason: 'badOrigin' });
				socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
				return true;
			}
			webSockets.handleUpgrade(request, socket, head, accept);
			return true;
		},

		async flush() {
			const failed = await scheduler.flush();
			if (failed > 0) throw new Error(`${failed} document(s) could not be stored`);
		},

		close() {
			closing ??= (async () => {
				await scheduler.flush(true);
				heartbeat.stop();
				limitedLog.stop();
				stopRoomExpiry();
				ballotLists.stop();
				const open = [...sockets];
				await Promise.all(
					open.map(
						(socket) =>
							new Promise<void>((resolve) => {
								socket.once('close', () => resolve());
								closeSocket(socket, CLOSE_CODES.shuttingDown, shutdownReason);
							})
					)
				);
				// Hocuspocus unloads (and so stores) documents a tick after their last socket closed.
				await new Promise((resolve) => setImmediate(resolve));
				const failed = await scheduler.flush(true);
				scheduler.dispose();
				webSockets.close();
				await scaleOut?.close();
				await storage.close();
				if (failed > 0) throw new Error(`${failed} document(s) could not be stored`);
			})();
			return closing;
		},

		async ready() {
			if (closing) return { ok: false, reason: 'shutting down' };
			if (!storage.open) return { ok: false, reason: 'storage closed' };
			const sharing = scaleOut?.problem();
			if (sharing) return { ok: false, reason: sharing };
			try {
				await storage.probe();
				return { ok: true };
			} catch (error) {
				return { ok: false, reason: `storage: ${errorMessage(error)}` };
			}
		},

		stats() {
			return {
				documents: hocuspocus.getDocumentsCount(),
				sockets: sockets.size,
				documentConnections: hocuspocus.getConnectionsCount(),
				pendingStores: scheduler.pendingCount,
				failedLoads: failedLoads.size,
				rssBytes: process.memoryUsage().rss
			};
		}
	};
}

type AwarenessChanges = { added: number[]; updated: number[]; removed: number[] };

/**
 * Who a presence state says its sender signed in as: the process that accepted it checked its
 * role and ballot against the sender's token (see checkState).
 */
function claimedIdentity(state: Record<string, unknown> | undefined): string | null {
	const role = state?.role;
	const ballot = state?.ballot;
	if (role !== 'facilitator' && role !== 'participant' && role !== 'observer') return null;
	return identityOf({ role, ballotId: typeof ballot === 'string' ? ballot : null });
}
