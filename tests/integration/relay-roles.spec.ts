import { isDeepStrictEqual } from 'node:util';
import { WebSocketStatus } from '@hocuspocus/provider';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { encodeToken, REFUSALS } from '../../src/lib/sync/protocol';
import { startRelay, temporaryDataDir, type RunningRelay } from './helpers/relay-harness';
import { newRoom, randomBase36 } from './helpers/rooms';
import { readStoredPlan } from './helpers/stored';
import { sleep, waitFor } from './helpers/wait-for';

describe('relay: sync, auth and roles', () => {
	let dataDir: ReturnType<typeof temporaryDataDir>;
	let running: RunningRelay;

	beforeEach(async () => {
		dataDir = temporaryDataDir();
		running = await startRelay(dataDir.path);
	});

	afterEach(async () => {
		await running.stop();
		dataDir.remove();
	});

	it('answers /healthz', async () => {
		const response = await fetch(`${running.httpUrl}/healthz`);
		expect(response.status).toBe(200);
		expect(await response.json()).toEqual({ ok: true });
	});

	it('lets two clients converge', async () => {
		const room = newRoom();
		const facilitator = running.connect(room.name(), room.token('facilitator'));
		await waitFor('the facilitator to sync', () => facilitator.settled);
		const participant = running.connect(room.name(), room.token('participant'));
		await waitFor('the participant to sync', () => participant.settled);

		facilitator.map.set('purpose', 'Grow the newsletter');
		participant.map.set('audience', 'Teachers');
		participant.doc.getText('notes').insert(0, 'first ');
		facilitator.doc.getText('notes').insert(0, 'second ');

		await waitFor(
			'both plans to be equal',
			() =>
				isDeepStrictEqual(facilitator.doc.toJSON(), participant.doc.toJSON()) &&
				facilitator.map.size === 2
		);
		expect(facilitator.doc.getText('notes').toString()).toHaveLength('first second '.length);
		expect(participant.map.toJSON()).toEqual({
			purpose: 'Grow the newsletter',
			audience: 'Teachers'
		});
		expect(participant.scope).toBe('read-write');
		expect(running.relay.stats()).toMatchObject({ documents: 1, sockets: 2 });
	});

	it('refuses a wrong secret and an unknown room', async () => {
		const room = newRoom();
		const facilitator = running.connect(room.name(), room.token('facilitator'));
		await waitFor('the room to be registered', () => facilitator.settled);

		const wrong = (role: 'participant' | 'facilitator') =>
			encodeToken({ v: 1, role, secret: randomBase36(32) });
		const wrongParticipant = running.connect(room.name(), wrong('participant'));
		const wrongFacilitator = running.connect(room.name('facilitation'), wrong('facilitator'));
		const observerAsParticipant = running.connect(
			room.name(),
			encodeToken({ v: 1, role: 'participant', secret: room.secrets.observer })
		);
		const garbage = running.connect(room.name(), 'not a token');
		const unknown = newRoom();
		const early = running.connect(unknown.name(), unknown.token('participant'));

		const refused = [wrongParticipant, wrongFacilitator, observerAsParticipant, garbage, early];
		await waitFor('every refusal', () => refused.every((client) => client.refusals.length > 0));
		expect(wrongParticipant.refusals).toEqual([REFUSALS.unauthorized]);
		expect(wrongFacilitator.refusals).toEqual([REFUSALS.unauthorized]);
		expect(observerAsParticipant.refusals).toEqual([REFUSALS.unauthorized]);
		expect(garbage.refusals).toEqual([REFUSALS.unauthorized]);
		expect(early.refusals).toEqual([REFUSALS.unknownRoom]);
		expect(refused.every((client) => !client.synced)).toBe(true);

		const logged = running.logs.filter((entry) => entry.event === 'auth-refused');
		expect(logged.map((entry) => entry.reason).sort()).toEqual([
			'unauthorized',
			'unauthorized',
			'unauthorized',
			'unauthorized',
			'unknownRoom'
		]);
		// A log line never carries a secret.
		const log = JSON.stringify(running.logs);
		for (const secret of Object.values(room.secrets)) expect(log).not.toContain(secret);
	});

	it("never lets an observer's update reach other clients or the stored document", async () => {
		const room = newRoom();
		const facilitator = running.connect(room.name(), room.token('facilitator'));
		facilitator.map.set('purpose', 'Original');
		await waitFor('the facilitator to sync', () => facilitator.settled);
		const observer = running.connect(room.name(), room.token('observer'));
		await waitFor('the observer to sync', () => observer.synced);
		expect(observer.scope).toBe('readonly');
		expect(observer.map.get('purpose')).toBe('Original');

		// A live edit...
		observer.map.set('purpose', 'Observer was here');
		await waitFor('the relay to see the attempt', () =>
			running.logs.some((entry) => entry.event === 'violation' && entry.reason === 'readOnly')
		);
		// ...and an offline edit delivered by the sync handshake after a reconnect.
		observer.socket.disconnect();
		await waitFor(
			'the observer to be offline',
			() => observer.socket.status === WebSocketStatus.Disconnected
		);
		observer.map.set('offline', 'Observer offline edit');
		await observer.socket.connect();
		await waitFor('the observer to sync again', () => observer.synced);

		facilitator.map.set('after', 'Later facilitator edit');
		await waitFor('the observer to see later edits', () => observer.map.has('after'));
		await sleep(100);
		expect(observer.provider.unsyncedChanges).toBeGreaterThan(0);
		expect(facilitator.map.toJSON()).toEqual({
			purpose: 'Original',
			after: 'Later facilitator edit'
		});

		const late = running.connect(room.name(), room.token('participant'));
		await waitFor('a late participant to sync', () => late.settled && late.map.has('after'));
		expect(late.map.toJSON()).toEqual(facilitator.map.toJSON());

		await running.relay.flush();
		expect(readStoredPlan(dataDir.path, room.name())).toEqual({
			purpose: 'Original',
			after: 'Later facilitator edit'
		});
	});

	it('lets a participant read but not write the facilitation document', async () => {
		const room = newRoom();
		const facilitator = running.connect(room.name('facilitation'), room.token('facilitator'));
		facilitator.map.set('step', 'purpose');
		await waitFor('the facilitator to sync', () => facilitator.settled);
		const participant = running.connect(room.name('facilitation'), room.token('participant'));
		await waitFor('the participant to sync', () => participant.synced);
		expect(participant.scope).toBe('readonly');

		participant.map.set('step', 'review');
		participant.map.set('revealed', true);
		facilitator.map.set('timerEndsAt', 1_700_000_000_000);
		await waitFor('the participant to see the timer', () => participant.map.has('timerEndsAt'));
		await sleep(100);
		expect(facilitator.map.toJSON()).toEqual({ step: 'purpose', timerEndsAt: 1_700_000_000_000 });

		const plan = running.connect(room.name('plan'), room.token('participant'));
		await waitFor('the participant to open the plan', () => plan.settled);
		expect(plan.scope).toBe('read-write');

		await running.relay.flush();
		expect(readStoredPlan(dataDir.path, room.name('facilitation'))).toEqual({
			step: 'purpose',
			timerEndsAt: 1_700_000_000_000
		});
	});
});
