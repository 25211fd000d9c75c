import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
	ballotIdFor,
	documentName,
	encodeToken,
	type RelayToken,
	type Role
} from '../../sync/protocol';
import { authorize, type Admission } from './authorize';
import { openRelayDatabase, type RelayDatabase } from './database';
import { slotFree, type HeldDocument } from './document-slots';
import { HourlyQuota } from './registration-quota';
import { RoomStore } from './room-store';

const roomId = 'r'.repeat(26);
const secrets: Record<Role, string> = {
	facilitator: 'f'.repeat(32),
	participant: 'p'.repeat(32),
	observer: 'o'.repeat(32)
};
const ana = 'a'.repeat(32);
const ben = 'b'.repeat(32);
const boss = 'c'.repeat(32);

let dir: string;
let db: RelayDatabase;
let rooms: RoomStore;
let held: HeldDocument[];

function admission(overrides: Partial<Admission> = {}): Admission {
	return {
		rooms,
		ip: '10.0.0.1',
		slotFree: (next) => slotFree(held, next, { documentsPerSocket: 8, otherBallots: 500 }),
		registrations: new HourlyQuota(20),
		ballots: new HourlyQuota(600),
		full: () => false,
		maxBallotsPerRoom: 500,
		...overrides
	};
}

function token(role: Role, ballot?: string): string {
	const value: RelayToken = { v: 1, role, secret: secrets[role] };
	if (ballot) value.ballot = ballot;
	return encodeToken(value);
}

const draftsOf = (ballotSecret: string) =>
	documentName(roomId, 'drafts', ballotIdFor(ballotSecret));

beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'canal-authorize-'));
	db = openRelayDatabase(dir);
	rooms = new RoomStore(db);
	rooms.create(roomId, secrets);
	held = [];
});

afterEach(() => {
	db.close();
	rmSync(dir, { recursive: true, force: true });
});

describe('authorize: a person’s drafts', () => {
	it('lets the owner read and write their own drafts, creating their ballot row once', async () => {
		const result = await authorize(admission(), draftsOf(ana), token('participant', ana));
		expect(result).toMatchObject({
			ok: true,
			ballotCreated: true,
			access: { kind: 'drafts', readOnly: false, slot: 'ownDrafts' }
		});
		expect(rooms.ballotExists(roomId, ballotIdFor(ana))).toBe(true);
		const again = await authorize(admission(), draftsOf(ana), token('participant', ana));
		expect(again).toMatchObject({ ok: true, ballotCreated: false });
	});

	it('lets the facilitator open their own drafts', async () => {
		expect((await authorize(admission(), draftsOf(boss), token('facilitator', boss))).ok).toBe(
			true
		);
	});

	it.each<[string, Role, string | undefined]>([
		['the facilitator', 'facilitator', boss],
		['the facilitator without a ballot secret', 'facilitator', undefined],
		['another participant', 'participant', ben],
		['a participant without a ballot secret', 'participant', undefined],
		['an observer', 'observer', ben],
		['an observer holding the owner’s ballot secret', 'observer', ana]
	])('refuses %s on someone else’s drafts', async (_name, role, ballot) => {
		// The owner's drafts exist already: existing documents are refused just the same.
		await authorize(admission(), draftsOf(ana), token('participant', ana));
		const result = await authorize(admission(), draftsOf(ana), token(role, ballot));
		expect(result).toEqual({ ok: false, refusal: 'unauthorized' });
	});

	it('refuses a wrong room secret even with the right ballot secret', async () => {
		const forged = encodeToken({ v: 1, role: 'participant', secret: 'x'.repeat(32), ballot: ana });
		expect(await authorize(admission(), draftsOf(ana), forged)).toEqual({
			ok: false,
			refusal: 'unauthorized'
		});
	});

	it('keeps one drafts document per room per socket', async () => {
		held = [{ roomId, slot: 'ownDrafts' }];
		expect(await authorize(admission(), draftsOf(ana), token('participant', ana))).toEqual({
			ok: false,
			refusal: 'tooManyDocuments'
		});
	});

	it('counts new drafts owners against the room’s ballot cap and the address’s quota', async () => {
		const capped = admission({ maxBallotsPerRoom: 1 });
		expect((await authorize(capped, draftsOf(ana), token('participant', ana))).ok).toBe(true);
		expect(await authorize(capped, draftsOf(ben), token('participant', ben))).toEqual({
			ok: false,
			refusal: 'documentFull'
		});
		expect(
			(await authorize(capped, draftsOf(ana), token('participant', ana))).ok,
			'owner again'
		).toBe(true);

		const quota = admission({ ballots: new HourlyQuota(1) });
		const third = 'd'.repeat(32);
		expect((await authorize(quota, draftsOf(ben), token('participant', ben))).ok).toBe(true);
		expect(await authorize(quota, draftsOf(third), token('participant', third))).toEqual({
			ok: false,
			refusal: 'tooFast'
		});
		expect(rooms.ballotExists(roomId, ballotIdFor(third))).toBe(false);
	});

	it('leaves ballots as they were: the facilitator still reads them, nobody else', async () => {
		await authorize(
			admission(),
			documentName(roomId, 'ballot', ballotIdFor(ana)),
			token('participant', ana)
		);
		const ballot = documentName(roomId, 'ballot', ballotIdFor(ana));
		expect(await authorize(admission(), ballot, token('facilitator', boss))).toMatchObject({
			ok: true,
			access: { readOnly: true }
		});
		expect((await authorize(admission(), ballot, token('participant', ben))).ok).toBe(false);
	});
});

describe('authorize: the room’s versions', () => {
	it.each([
		['facilitator', false],
		['participant', true],
		['observer', true]
	] as const)('lets the %s in, read-only: %s', async (role, readOnly) => {
		const result = await authorize(admission(), documentName(roomId, 'versions'), token(role));
		expect(result).toMatchObject({
			ok: true,
			access: { kind: 'versions', readOnly, slot: 'document' }
		});
	});

	it('refuses a wrong secret', async () => {
		const wrong = encodeToken({ v: 1, role: 'participant', secret: ben });
		expect(await authorize(admission(), documentName(roomId, 'versions'), wrong)).toEqual({
			ok: false,
			refusal: 'unauthorized'
		});
	});
});

describe('authorize: registering a room', () => {
	const newRoomId = 'n'.repeat(26);
	function registering(ballot?: string, secret = secrets.facilitator): string {
		const value: RelayToken = {
			v: 1,
			role: 'facilitator',
			secret,
			register: { participant: secrets.participant, observer: secrets.observer }
		};
		if (ballot) value.ballot = ballot;
		return encodeToken(value);
	}

	it.each<[string, string]>([
		['the plan', documentName(newRoomId, 'plan')],
		['the facilitation document', documentName(newRoomId, 'facilitation')],
		['the facilitator’s own ballot', documentName(newRoomId, 'ballot', ballotIdFor(boss))],
		['the facilitator’s own drafts', documentName(newRoomId, 'drafts', ballotIdFor(boss))]
	])(
		'registers it from %s, whichever of the device’s documents signs in first',
		async (_n, name) => {
			const result = await authorize(admission(), name, registering(boss));
			expect(result).toMatchObject({ ok: true, registered: true });
			expect(rooms.verify(newRoomId, 'participant', secrets.participant)).toBe(true);
			// The device's other documents then sign in to an existing room.
			const plan = await authorize(admission(), documentName(newRoomId, 'plan'), registering(boss));
			expect(plan).toMatchObject({ ok: true, registered: false });
		}
	);

	it('counts one registration per room, however many documents sign in', async () => {
		const quota = new HourlyQuota(1);
		for (const kind of ['ballot', 'plan', 'facilitation'] as const) {
			const name =
				kind === 'ballot'
					? documentName(newRoomId, 'ballot', ballotIdFor(boss))
					: documentName(newRoomId, kind);
			expect(
				(await authorize(admission({ registrations: quota }), name, registering(boss))).ok
			).toBe(true);
		}
	});

	it('refuses a registration that lost a race to another secret', async () => {
		// Both sign-ins found no room; the other one's row was written first.
		const racing = admission({
			rooms: new Proxy(rooms, {
				get(target, key) {
					if (key === 'exists') return () => false;
					const value: unknown = Reflect.get(target, key, target);
					return typeof value === 'function' ? value.bind(target) : value;
				}
			})
		});
		rooms.create(newRoomId, secrets);
		const forged = registering(undefined, 'x'.repeat(32));
		expect(await authorize(racing, documentName(newRoomId, 'plan'), forged)).toEqual({
			ok: false,
			refusal: 'unauthorized'
		});
		expect(
			await authorize(racing, documentName(newRoomId, 'plan'), registering()),
			'the room’s own facilitator'
		).toMatchObject({ ok: true, registered: false });
	});

	it('refuses a ballot of a room nobody registered as unknown (it may still be on its way)', async () => {
		const name = documentName(newRoomId, 'ballot', ballotIdFor(ana));
		expect(await authorize(admission(), name, token('participant', ana))).toEqual({
			ok: false,
			refusal: 'unknownRoom'
		});
	});
});
