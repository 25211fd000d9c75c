import { describe, expect, it } from 'vitest';
import {
	addBreak,
	behindLabel,
	dayOrder,
	dayReport,
	defaultAgenda,
	endSession,
	enterStep,
	moveItem,
	nextStepOf,
	readAgenda,
	readSession,
	removeBreak,
	schedule,
	setMinutes,
	setSkipped,
	startSession,
	totalMinutes,
	type Agenda,
	type SlotReport
} from './agenda';
import { STEP_IDS } from './steps';
import { clockLabel, instantOf } from './wall-clock';

const MIN = 60_000;
const T0 = Date.parse('2026-05-04T07:00:00Z');

/** Purpose 10, a 15-minute break, stakeholders 20, everything else skipped. */
function shortDay(startsAt: number | null = T0): Agenda {
	let agenda: Agenda = { ...defaultAgenda(), startsAt };
	for (const step of STEP_IDS)
		if (step !== 'purpose' && step !== 'stakeholders') agenda = setSkipped(agenda, step, true);
	agenda = setMinutes(agenda, 'purpose', 10);
	agenda = setMinutes(agenda, 'stakeholders', 20);
	agenda = addBreak(agenda, 'purpose', 'break000001');
	return agenda;
}

describe('agenda schedule', () => {
	it('puts the items back to back from the day’s start, breaks included, skipped left out', () => {
		const slots = schedule(shortDay(), T0);
		const rows = slots.map((slot) => [
			slot.key,
			(slot.startsAt - T0) / MIN,
			(slot.endsAt - T0) / MIN
		]);
		expect(rows).toEqual([
			['purpose', 0, 10],
			['break:break000001', 10, 25],
			['stakeholders', 25, 45]
		]);
		expect(totalMinutes(shortDay())).toBe(45);
	});

	it.each([
		// zone, day start on its clock, the planned clock times of purpose / break / stakeholders
		['Europe/Berlin', '2026-03-29', '01:50', ['01:50', '03:00', '03:15']],
		['Europe/Berlin', '2026-10-25', '02:50', ['02:50', '02:00', '02:15']],
		['Europe/Berlin', '2026-03-29', '09:00', ['09:00', '09:10', '09:25']],
		['America/New_York', '2026-11-01', '01:50', ['01:50', '01:00', '01:15']],
		['Asia/Tokyo', '2026-03-29', '09:00', ['09:00', '09:10', '09:25']]
	])('in %s, a day starting %s %s shows %j', (zone, date, time, clocks) => {
		const start = instantOf(date, time, zone);
		expect(start).not.toBeNull();
		const slots = schedule(shortDay(start), start!);
		expect(slots.map((slot) => clockLabel(slot.startsAt, zone))).toEqual(clocks);
		// Time boxes are real minutes whatever the clocks do: 45 minutes end to end.
		expect(slots.at(-1)!.endsAt - start!).toBe(45 * MIN);
	});

	it.each([
		['purpose', -1, ['purpose', 'maturity', 'stakeholders']],
		['purpose', 1, ['maturity', 'purpose', 'stakeholders']],
		['review', 1, ['purpose', 'maturity', 'stakeholders']],
		['stakeholders', -1, ['purpose', 'stakeholders', 'maturity']]
	] as const)('moves %s by %i for the day', (key, by, firstThree) => {
		const moved = moveItem(defaultAgenda(), key, by);
		expect(moved.items.slice(0, 3).map((item) => (item.kind === 'step' ? item.step : ''))).toEqual(
			firstThree
		);
		// The method's own order is untouched.
		expect(STEP_IDS[0]).toBe('purpose');
	});

	it('follows the day’s order for “next”, skipping skipped steps', () => {
		let agenda = moveItem(defaultAgenda(), 'goals', -1);
		agenda = setSkipped(agenda, 'maturity', true);
		expect(dayOrder(agenda).slice(0, 5)).toEqual([
			'purpose',
			'stakeholders',
			'listening',
			'goals',
			'platforms'
		]);
		expect(nextStepOf(agenda, 'purpose')).toBe('stakeholders');
		expect(nextStepOf(agenda, 'listening')).toBe('goals');
		expect(nextStepOf(agenda, 'maturity')).toBe('purpose');
		expect(nextStepOf(agenda, null)).toBe('purpose');
		expect(nextStepOf(agenda, 'review')).toBeNull();
	});

	it('adds breaks where asked and removes them; steps cannot be removed', () => {
		let agenda = addBreak(defaultAgenda(), null, 'firstbreak');
		agenda = addBreak(agenda, 'unknown-key', 'lastbreak1');
		expect(agenda.items[0]).toMatchObject({ kind: 'break', id: 'firstbreak' });
		expect(agenda.items.at(-1)).toMatchObject({ kind: 'break', id: 'lastbreak1' });
		agenda = removeBreak(removeBreak(agenda, 'break:firstbreak'), 'purpose');
		expect(agenda.items).toHaveLength(9);
		expect(addBreak(agenda, null, 'Not An Id')).toBe(agenda);
	});
});

describe('reading an agenda from another device', () => {
	it.each([
		['nothing', undefined],
		['a number', 42],
		['an empty list', { items: [] }],
		['items that are not items', { items: [1, 'x', null, { kind: 'step', step: 'nope' }] }]
	])('falls back to the default for %s', (_name, value) => {
		expect(readAgenda(value)).toEqual(defaultAgenda());
	});

	it('clamps, clips, de-duplicates and completes whatever it is given', () => {
		const agenda = readAgenda({
			startsAt: 'tomorrow',
			items: [
				{ kind: 'step', step: 'goals', minutes: 1e9, prompt: 'x'.repeat(5_000), extra: true },
				{ kind: 'step', step: 'goals', minutes: 5 },
				{ kind: 'step', step: 'purpose', minutes: -4, skipped: 'yes' },
				{ kind: 'break', id: 'break00001', title: 'y'.repeat(10_000), minutes: Number.NaN },
				...Array.from({ length: 40 }, (_, i) => ({
					kind: 'break',
					id: `break${1000 + i}`,
					minutes: 5
				}))
			]
		});
		expect(agenda.startsAt).toBeNull();
		expect(agenda.items[0]).toEqual({
			kind: 'step',
			step: 'goals',
			minutes: 720,
			skipped: false,
			prompt: 'x'.repeat(1_000)
		});
		expect(agenda.items[1]).toMatchObject({ step: 'purpose', minutes: 1, skipped: false });
		expect(agenda.items[2]).toMatchObject({ kind: 'break', minutes: 15 });
		expect((agenda.items[2] as { title: string }).title).toHaveLength(300);
		expect(agenda.items.filter((item) => item.kind === 'break')).toHaveLength(24);
		const steps = agenda.items.flatMap((item) => (item.kind === 'step' ? [item] : []));
		expect(steps.map((item) => item.step).sort()).toEqual([...STEP_IDS].sort());
		expect(steps.filter((item) => item.skipped)).toHaveLength(6);
	});
});

describe('planned against actual', () => {
	const agenda = shortDay();

	it.each([
		// what happened (minutes after the planned start), now, expected behind (minutes)
		['before anything started, on time', [], 0, 0],
		['started late, nothing on yet', [], 3, 3],
		['first step started on time, within its box', [['purpose', 0]], 5, 0],
		['first step started 4 late', [['purpose', 4]], 6, 4],
		['first step overruns its box by 7', [['purpose', 0]], 17, 7],
		[
			'second step started early after a short break',
			[
				['purpose', 0],
				['stakeholders', 18]
			],
			20,
			-7
		],
		[
			'everything finished 5 early',
			[
				['purpose', 0],
				['stakeholders', 20],
				['end', 40]
			],
			60,
			-5
		]
	] as const)('%s', (_name, events, nowMin, behindMin) => {
		let session = startSession(T0);
		for (const [step, at] of events)
			session =
				step === 'end'
					? endSession(session, T0 + at * MIN)
					: enterStep(session, step, T0 + at * MIN);
		const report = dayReport(agenda, session, T0 + nowMin * MIN);
		expect(report.behindMs / MIN).toBe(behindMin);
	});

	it('records each step’s actual start and end, and its overrun', () => {
		let session = startSession(T0);
		session = enterStep(session, 'purpose', T0 + MIN);
		session = enterStep(session, 'purpose', T0 + 2 * MIN);
		session = enterStep(session, 'stakeholders', T0 + 14 * MIN);
		const report = dayReport(agenda, session, T0 + 50 * MIN);
		const [purpose, pause, stakeholders] = report.slots as [SlotReport, SlotReport, SlotReport];
		expect([purpose.actualStart, purpose.actualEnd]).toEqual([T0 + MIN, T0 + 14 * MIN]);
		expect(purpose.overrunMs).toBe(3 * MIN);
		expect(pause.actualStart).toBeNull();
		expect(stakeholders).toMatchObject({ actualStart: T0 + 14 * MIN, actualEnd: null });
		expect(stakeholders.overrunMs).toBe(16 * MIN);
		expect(report.behindMs).toBe(5 * MIN);
		expect(behindLabel(report.behindMs)).toBe('5 min behind');
	});

	it('takes the session’s start as the plan’s when the day has none', () => {
		const report = dayReport(shortDay(null), startSession(T0 + 60 * MIN), T0 + 60 * MIN);
		expect(report.start).toBe(T0 + 60 * MIN);
		expect(report.behindMs).toBe(0);
	});

	it.each([
		[0, 'On time'],
		[29_000, 'On time'],
		[-120_000, '2 min ahead'],
		[61 * MIN, '61 min behind']
	])('says %i ms as “%s”', (ms, label) => {
		expect(behindLabel(ms)).toBe(label);
	});

	it.each([
		['garbage', 'x', null],
		['no start', { steps: {} }, null],
		[
			'hostile times',
			{
				startedAt: T0,
				endedAt: T0 - 1,
				current: 'goals',
				steps: {
					purpose: { startedAt: T0, endedAt: T0 - 5 },
					goals: { startedAt: -3 },
					nope: { startedAt: T0 }
				}
			},
			{
				startedAt: T0,
				endedAt: null,
				current: null,
				steps: { purpose: { startedAt: T0, endedAt: null } }
			}
		]
	])('reads a session record: %s', (_name, value, expected) => {
		expect(readSession(value)).toEqual(expected);
	});
});
