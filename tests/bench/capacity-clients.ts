// Simulated devices for the capacity bench (tests/bench/capacity.js), in a process of their own so
// the relay's figures are the relay's. Each device is what the app opens for a shared workshop:
// ONE socket (RelaySocket) carrying the plan (with presence), the facilitation document and the
// device's own ballot, signed in with the app's credentials and tokens. A room is 10 devices: the
// facilitator's, which brings the reference workshop and registers the room, then 9 participants
// who join with the invitation's secret. Every device edits the plan every 2 s; every other device
// of the room notes when the edit arrives. A whole room lives in one client process, so sender and
// receivers read the same clock.
//
// Driven over IPC: `open` adds rooms, `window` starts a measuring window, `collect` ends it and
// answers with the latencies seen, `probe` checks that edits cross between relays, `close` ends.
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { ROOT } from '../../src/lib/doc/schema';
import { newRoom, withBallot, type RoomCredentials } from '../../src/lib/sync/credentials';
import { referenceWorkshop } from '../factories/workshop';
import { AppDevice } from '../integration/helpers/app-device';
import { lateMs, RESOLUTION_MS } from './capacity-loop.js';

export interface OpenCommand {
	type: 'open';
	/** One URL per relay process; device i of a room uses `urls[i % urls.length]`. */
	urls: string[];
	/** Global index of the first room, so every room has an address of its own. */
	firstRoom: number;
	rooms: number;
	devicesPerRoom: number;
	editIntervalMs: number;
	/** How long a room may take to open before the bench gives up on it. */
	openTimeoutMs: number;
}

export type ClientCommand =
	| OpenCommand
	| { type: 'window' }
	| { type: 'collect'; graceMs: number }
	| { type: 'probe'; timeoutMs: number }
	| { type: 'close' };

/** Rooms opened at once; each waits until all its devices hold the plan. */
const ROOMS_AT_ONCE = 5;

const now = () => performance.now();
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The reference workshop once, applied to every facilitator's plan as a workshop file would be. */
const workshopUpdate = (() => {
	const ydoc = new Y.Doc();
	referenceWorkshop(1, ydoc);
	return Y.encodeStateAsUpdate(ydoc);
})();
const stakeholdersRoot = ROOT.record('stakeholders');

/**
 * The relay sees each room as one venue: its devices come from one address (X-Forwarded-For, the
 * relay started with CANAL_TRUST_PROXY=1), so its per-address limits apply per room as they would
 * in real use, not to the whole bench at once.
 */
function socketFrom(address: string) {
	return class extends WebSocket {
		constructor(url: string, protocols?: string | string[]) {
			super(url, protocols, { headers: { 'x-forwarded-for': address } });
		}
	};
}

interface Pending {
	value: number;
	at: number;
	/** Made inside a measuring window: its arrivals count. */
	counted: boolean;
}

/** Who edits what in one room: device k edits stakeholder k's influence. */
class Room {
	readonly devices: AppDevice[] = [];
	readonly pending: (Pending | null)[] = [];
	stakeholders: string[] = [];
	timers: ReturnType<typeof setInterval>[] = [];
	constructor(readonly index: number) {}
}

const rooms: Room[] = [];
/** Edits made now are measured (their arrivals are counted whenever they come). */
let counting = false;
let latencies: number[] = [];
let edits = 0;
let expectedDeliveries = 0;
let deliveries = 0;
const loop = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
loop.enable();
let cpuAtWindow = process.cpuUsage();
let wallAtWindow = now();

function addressOf(room: number): string {
	return `10.${(room >> 16) & 255}.${(room >> 8) & 255}.${room & 255}`;
}

async function waitFor(what: string, condition: () => boolean, timeoutMs: number): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	while (!condition()) {
		if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms: ${what}`);
		await sleep(20);
	}
}

function refused(room: Room): string | null {
	return room.devices.find((device) => device.refusal)?.refusal ?? null;
}

async function openRoom(command: OpenCommand, index: number): Promise<Room> {
	const room = new Room(index);
	try {
		return await joinRoom(command, room);
	} catch (error) {
		for (const device of room.devices) device.destroy();
		throw error;
	}
}

async function joinRoom(command: OpenCommand, room: Room): Promise<Room> {
	const { index } = room;
	const address = addressOf(index);
	const url = (device: number) => command.urls[device % command.urls.length]!;
	const facilitatorCredentials = newRoom();
	const device = (index: number, credentials: RoomCredentials) =>
		new AppDevice({
			url: url(index),
			credentials,
			name: `Device ${index}`,
			WebSocketPolyfill: socketFrom(address)
		});
	const facilitator = device(0, facilitatorCredentials);
	Y.applyUpdate(facilitator.plan, workshopUpdate);
	room.devices.push(facilitator);
	await waitFor(
		`room ${index}: the facilitator's device to register the room`,
		() => {
			if (refused(room)) throw new Error(`room ${index} refused: ${refused(room)}`);
			return facilitator.ready;
		},
		command.openTimeoutMs
	);
	const invited: RoomCredentials = {
		roomId: facilitatorCredentials.roomId,
		role: 'participant',
		secret: facilitatorCredentials.participantSecret!
	};
	for (let index = 1; index < command.devicesPerRoom; index++) {
		room.devices.push(device(index, withBallot({ ...invited })));
	}
	const stakeholders = facilitator.plan.getMap(stakeholdersRoot);
	await waitFor(
		`room ${index}: every device to hold the plan`,
		() => {
			if (refused(room)) throw new Error(`room ${index} refused: ${refused(room)}`);
			return room.devices.every(
				(device) => device.ready && device.plan.getMap(stakeholdersRoot).size === stakeholders.size
			);
		},
		command.openTimeoutMs
	);
	room.stakeholders = [...stakeholders.keys()].sort().slice(0, command.devicesPerRoom);
	watch(room);
	startEditing(room, command.editIntervalMs);
	return room;
}

/** Every device notes when another device's edit (the value it is waiting for) arrives. */
function watch(room: Room): void {
	room.devices.forEach((device, index) => {
		const records = device.plan.getMap<Y.Map<unknown>>(stakeholdersRoot);
		room.stakeholders.forEach((id, editor) => {
			if (editor === index) return;
			const record = records.get(id);
			record?.observe((event) => {
				if (event.transaction.local || !event.keysChanged.has('influence')) return;
				const pending = room.pending[editor];
				if (!pending?.counted || record.get('influence') !== pending.value) return;
				latencies.push(Math.round((now() - pending.at) * 10) / 10);
				deliveries++;
			});
		});
	});
}

/**
 * Each device sets its stakeholder's influence every `intervalMs`, starting at a random moment so
 * the room's edits spread out as people's do. The write is the one PlanDoc.update makes for a
 * slider: one field of one record.
 */
function startEditing(room: Room, intervalMs: number): void {
	room.devices.forEach((device, k) => {
		const id = room.stakeholders[k];
		if (!id) return;
		const edit = () => {
			const record = device.plan.getMap<Y.Map<unknown>>(stakeholdersRoot).get(id);
			if (!record) return;
			const value = ((room.pending[k]?.value ?? (Number(record.get('influence')) || 0)) + 1) % 101;
			room.pending[k] = { value, at: now(), counted: counting };
			if (counting) {
				edits++;
				expectedDeliveries += room.devices.length - 1;
			}
			record.set('influence', value);
		};
		const start = setTimeout(() => {
			edit();
			room.timers.push(setInterval(edit, intervalMs));
		}, Math.random() * intervalMs);
		room.timers.push(start as unknown as ReturnType<typeof setInterval>);
	});
}

async function open(command: OpenCommand): Promise<{ opened: number; openMs: number }> {
	const start = now();
	const indices = Array.from({ length: command.rooms }, (_, k) => command.firstRoom + k);
	for (let at = 0; at < indices.length; at += ROOMS_AT_ONCE) {
		const batch = indices.slice(at, at + ROOMS_AT_ONCE);
		const opened = await Promise.allSettled(batch.map((index) => openRoom(command, index)));
		for (const result of opened) {
			if (result.status === 'fulfilled') rooms.push(result.value);
		}
		const failed = opened.find((result) => result.status === 'rejected');
		if (failed) throw failed.reason;
	}
	return { opened: command.rooms * command.devicesPerRoom, openMs: Math.round(now() - start) };
}

/**
 * Whether an edit made on a device of the first relay reaches a device on the second: relays that
 * do not share rooms (no Redis) never pass it on.
 */
async function probe(timeoutMs: number): Promise<{ crossed: boolean; ms: number | null }> {
	const room = rooms[0];
	if (!room) return { crossed: false, ms: null };
	const [from, to] = room.devices;
	if (!from || !to) return { crossed: false, ms: null };
	const key = `probe-${Date.now()}`;
	const start = now();
	from.plan.getMap(ROOT.internal).set(key, 1);
	try {
		await waitFor('the probe', () => to.plan.getMap(ROOT.internal).has(key), timeoutMs);
		return { crossed: true, ms: Math.round(now() - start) };
	} catch {
		return { crossed: false, ms: null };
	}
}

function startWindow(): void {
	latencies = [];
	edits = 0;
	expectedDeliveries = 0;
	deliveries = 0;
	loop.reset();
	cpuAtWindow = process.cpuUsage();
	wallAtWindow = now();
	counting = true;
}

/** Ends the window: edits stop counting, and those still on their way get `graceMs` to arrive. */
async function collect(graceMs: number) {
	counting = false;
	const cpu = process.cpuUsage(cpuAtWindow);
	const wall = now() - wallAtWindow;
	const loopP99Ms = lateMs(loop.percentile(99));
	const loopMaxMs = lateMs(loop.max);
	await sleep(graceMs);
	return {
		devices: rooms.reduce((total, room) => total + room.devices.length, 0),
		latencies,
		edits,
		expectedDeliveries,
		deliveries,
		refusedRooms: rooms.filter((room) => refused(room)).length,
		cpuPercent: Math.round(((cpu.user + cpu.system) / 1000 / wall) * 1000) / 10,
		eventLoopDelayP99Ms: loopP99Ms,
		eventLoopDelayMaxMs: loopMaxMs,
		rssMiB: Math.round(process.memoryUsage().rss / 1024 / 1024)
	};
}

function closeAll(): void {
	for (const room of rooms) {
		for (const timer of room.timers) clearInterval(timer);
		for (const device of room.devices) device.destroy();
	}
	rooms.length = 0;
}

process.on('message', (message: ClientCommand & { id: number }) => {
	const reply = (body: object) => process.send?.({ id: message.id, ...body });
	const fail = (error: unknown) =>
		reply({ error: error instanceof Error ? error.message : String(error) });
	switch (message.type) {
		case 'open':
			open(message).then(reply, fail);
			break;
		case 'window':
			startWindow();
			reply({});
			break;
		case 'collect':
			collect(message.graceMs).then(reply, fail);
			break;
		case 'probe':
			probe(message.timeoutMs).then(reply, fail);
			break;
		case 'close':
			closeAll();
			reply({});
			// Providers' timers must not keep the process alive.
			setTimeout(() => process.exit(0), 200);
			break;
	}
});
process.send?.({ type: 'ready' });
