import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { Awareness } from 'y-protocols/awareness';
import { FacilitationDoc } from '../doc/facilitation-doc';
import { setMinutes, setSkipped } from '../domain/agenda';
import type { StepId } from '../domain/steps';
import type { Role } from '../sync/protocol';
import { FacilitationController, TYPING_SHIELD_MS } from './facilitation.svelte';
import { PresenceController } from './presence.svelte';
import { peersOf } from '../sync/presence';
import { presenceState } from '../../../tests/factories/presence';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

/** A controller on a real facilitation document, as `role`; `clock` is its time. */
function controller(role: Role | null, doc = new FacilitationDoc(), local = false) {
	const clock = { now: 1_000_000 };
	const presence = new PresenceController();
	const awareness = new Awareness(new Y.Doc());
	presence.attach(awareness, presenceState({ name: 'Ana', role: role ?? 'facilitator' }), peersOf);
	const facilitation = new FacilitationController(presence, () => clock.now);
	if (role || local) facilitation.attach(doc, role);
	cleanups.push(() => {
		facilitation.destroy();
		presence.destroy();
	});
	return { facilitation, doc, clock, awareness };
}

/** Enough of a window for `watchActivity`: its events and its document's visibility. */
function fakePage(visibilityState: DocumentVisibilityState) {
	const document = Object.assign(new EventTarget(), { visibilityState });
	const page = Object.assign(new EventTarget(), { document }) as unknown as Window;
	return { page, document };
}

describe('FacilitationController', () => {
	it('a workshop that is not shared belongs to its facilitator, with nothing to steer', () => {
		const { facilitation } = controller(null);
		expect(facilitation.isFacilitator).toBe(true);
		expect(facilitation.value).toBeNull();
		expect(facilitation.isLocked('purpose')).toBe(false);
		expect(facilitation.followTo('purpose', false)).toBeNull();
	});

	it('a local workshop’s owner plans its agenda in the document kept on the device', () => {
		const { facilitation, doc } = controller(null, new FacilitationDoc(), true);
		expect(facilitation.mayPlan).toBe(true);
		facilitation.planAgenda((agenda) => setMinutes(agenda, 'purpose', 12));
		expect(doc.value.agenda.items[0]).toMatchObject({ step: 'purpose', minutes: 12 });
		// Steering a room (votes) needs a room.
		facilitation.startVote({ target: 'notes', step: 'goals', budget: 3, onePerItem: false });
		expect(doc.value.vote).toBeNull();
	});

	it('moving on in a live session records the steps and starts each time box, for everyone', () => {
		const shared = new FacilitationDoc();
		const lead = controller('facilitator', shared);
		const member = controller('participant', shared);
		member.facilitation.planAgenda((agenda) => setMinutes(agenda, 'purpose', 1));
		expect(member.facilitation.mayPlan).toBe(false);
		expect(member.facilitation.startSession('purpose')).toBeNull();
		expect(shared.value.agenda.items[0]).toMatchObject({ minutes: 30 });
		lead.facilitation.planAgenda((agenda) =>
			setSkipped(setMinutes(agenda, 'stakeholders', 20), 'maturity', true)
		);
		// Before the session, moving is only moving.
		lead.facilitation.lead('maturity');
		expect(shared.value.session).toBeNull();
		expect(shared.value.timer.kind).toBe('idle');
		// The session starts on the day's first step, as maturity is skipped today.
		lead.clock.now = 2_000_000;
		expect(lead.facilitation.startSession('maturity')).toBe('purpose');
		expect(member.facilitation.value).toMatchObject({
			step: 'purpose',
			timer: { kind: 'running', endsAt: 2_000_000 + 30 * 60_000 },
			session: { startedAt: 2_000_000, current: 'purpose' }
		});
		lead.clock.now = 2_000_000 + 35 * 60_000;
		lead.facilitation.lead('stakeholders');
		const { session, timer, step } = member.facilitation.value!;
		expect(step).toBe('stakeholders');
		expect(timer).toEqual({
			kind: 'running',
			endsAt: lead.clock.now + 20 * 60_000,
			durationMs: 20 * 60_000
		});
		expect(session?.steps.purpose).toEqual({ startedAt: 2_000_000, endedAt: lead.clock.now });
		expect(session?.steps.stakeholders).toEqual({ startedAt: lead.clock.now, endedAt: null });
		// The same step again (a reload) changes nothing.
		lead.facilitation.lead('stakeholders');
		expect(member.facilitation.value?.session).toBe(session);
		lead.clock.now += 60_000;
		lead.facilitation.endSession();
		expect(member.facilitation.session).toMatchObject({ endedAt: lead.clock.now, current: null });
		expect(member.facilitation.value?.timer.kind).toBe('idle');
	});

	it('only the facilitator starts, reveals and ends a private round', () => {
		const shared = new FacilitationDoc();
		const lead = controller('facilitator', shared);
		const member = controller('participant', shared);
		member.facilitation.startRound('listening', 'columns');
		expect(shared.value.round).toBeNull();
		lead.facilitation.startRound('listening', 'stacked');
		const round = shared.value.round;
		expect(round).toMatchObject({ step: 'listening', mode: 'stacked', state: 'writing' });
		member.facilitation.revealRound(['a'.repeat(26)], { x: 0, y: 0 });
		expect(shared.value.round?.state).toBe('writing');
		lead.facilitation.revealRound(['b'.repeat(26), 'a'.repeat(26)], { x: 10, y: 20 });
		expect(member.facilitation.value?.round).toEqual({
			...round,
			state: 'revealed',
			columns: ['a'.repeat(26), 'b'.repeat(26)],
			origin: { x: 10, y: 20 }
		});
		// A second reveal changes nothing: the columns stay as the first one fixed them.
		lead.facilitation.revealRound([], null);
		expect(shared.value.round?.columns).toHaveLength(2);
		member.facilitation.endRound();
		expect(shared.value.round).not.toBeNull();
		lead.facilitation.endRound();
		expect(shared.value.round).toBeNull();
	});

	it('only the facilitator steers; the others read the same document', () => {
		const shared = new FacilitationDoc();
		const lead = controller('facilitator', shared);
		const member = controller('participant', shared);
		member.facilitation.lead('goals');
		member.facilitation.startVote({ target: 'notes', step: 'goals', budget: 3, onePerItem: false });
		expect(shared.value.step).toBeNull();
		expect(shared.value.vote).toBeNull();
		lead.facilitation.lead('goals');
		lead.facilitation.startVote({ target: 'notes', step: 'goals', budget: 3, onePerItem: false });
		expect(member.facilitation.value?.step).toBe('goals');
		expect(member.facilitation.value?.vote).toMatchObject({ state: 'open', budget: 3 });
		lead.facilitation.endVote();
		expect(member.facilitation.value?.vote).toBeNull();
	});

	it('a locked step is read-only for everyone but the facilitator', () => {
		const shared = new FacilitationDoc();
		const lead = controller('facilitator', shared);
		const member = controller('participant', shared);
		lead.facilitation.steer((doc) => doc.setLocked('goals', true));
		expect(member.facilitation.isLocked('goals')).toBe(true);
		expect(member.facilitation.isLocked('purpose')).toBe(false);
		expect(lead.facilitation.isLocked('goals')).toBe(false);
	});

	/** A participant one step behind a facilitator who asks to be followed, not typing. */
	const FOLLOWING = {
		follow: true,
		following: true,
		room: 'goals',
		here: 'purpose',
		inField: false,
		typedAgo: 60_000,
		to: 'goals',
		notice: null
	} as const;
	type Case = {
		name: string;
		follow: boolean;
		following: boolean;
		room: StepId | null;
		here: StepId | null;
		inField: boolean;
		typedAgo: number;
		to: StepId | null;
		notice: StepId | null;
	};
	it.each<Case>([
		{ ...FOLLOWING, name: 'follows to the room’s step' },
		{ ...FOLLOWING, name: 'already there', here: 'goals', to: null },
		{ ...FOLLOWING, name: 'the facilitator does not ask to be followed', follow: false, to: null },
		{ ...FOLLOWING, name: 'this person opted out', following: false, to: null },
		{
			...FOLLOWING,
			name: 'typing in a field: a notice, no move',
			inField: true,
			typedAgo: 500,
			to: null,
			notice: 'goals'
		},
		{
			...FOLLOWING,
			name: 'in a field but not typing lately',
			inField: true,
			typedAgo: TYPING_SHIELD_MS + 1
		}
	])('$name', ({ follow, following, room, here, inField, typedAgo, to, notice }) => {
		const shared = new FacilitationDoc();
		const lead = controller('facilitator', shared);
		const member = controller('participant', shared);
		lead.facilitation.steer((doc) => doc.setFollow(follow));
		if (room) lead.facilitation.lead(room);
		member.facilitation.setFollowing(following);
		// Typing is seen through the page's input events.
		const { page } = fakePage('visible');
		cleanups.push(member.facilitation.watchActivity(page));
		member.clock.now -= typedAgo;
		page.dispatchEvent(new Event('input'));
		member.clock.now += typedAgo;
		expect(member.facilitation.followTo(here, inField)).toBe(to);
		expect(member.facilitation.followNotice).toBe(notice);
		member.facilitation.dismissNotice();
		expect(member.facilitation.followNotice).toBeNull();
	});

	it('tells the others this person is ready for the current round, and away when hidden', () => {
		const shared = new FacilitationDoc();
		const lead = controller('facilitator', shared);
		const member = controller('participant', shared);
		lead.facilitation.steer((doc) => doc.newReadyRound());
		member.facilitation.setReady(true);
		expect(member.awareness.getLocalState()?.ready).toBe(shared.value.readyRound);
		member.facilitation.setReady(false);
		expect(member.awareness.getLocalState()?.ready).toBe(0);
		const { page, document } = fakePage('hidden');
		cleanups.push(member.facilitation.watchActivity(page));
		expect(member.awareness.getLocalState()?.away).toBe(true);
		document.visibilityState = 'visible';
		document.dispatchEvent(new Event('visibilitychange'));
		expect(member.awareness.getLocalState()?.away).toBe(false);
	});
});
