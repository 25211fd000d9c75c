import { isId } from './ids';
import { TEXT_LIMITS } from './limits';
import { STEP_IDS, isStepId, type StepId } from './steps';
import { clipCharacters } from './text';

/**
 * The day's agenda: the method's steps and the breaks, in the order of this day, each with a time
 * box. The plan's step order never changes; the agenda only says in which order, and whether, the
 * steps are taken today. Times are absolute instants (ms since the epoch); a time zone only
 * matters for display (see wall-clock.ts).
 */
export type AgendaItem =
	| { kind: 'step'; step: StepId; minutes: number; skipped: boolean; prompt: string }
	| { kind: 'break'; id: string; title: string; minutes: number };

export interface Agenda {
	/** When the day starts, or null until the facilitator says. */
	startsAt: number | null;
	/** Every step of the method exactly once, and the breaks, in the day's order. */
	items: AgendaItem[];
}

export const AGENDA_LIMITS = {
	/** A time box: a whole number of minutes, at least one, at most a long day. */
	minMinutes: 1,
	maxMinutes: 12 * 60,
	/** Breaks one day may have: far more than a day holds, few enough to keep the document small. */
	maxBreaks: 24,
	defaultStepMinutes: 30,
	defaultBreakMinutes: 15
} as const;

const MINUTE_MS = 60_000;
/** Instants a start may hold: from 1970 to the year 2400, so sums stay exact integers. */
const LATEST_INSTANT = 13_569_465_600_000;

export function clampMinutes(value: unknown, fallback: number): number {
	if (typeof value !== 'number' || !Number.isFinite(value)) return fallback;
	return Math.min(AGENDA_LIMITS.maxMinutes, Math.max(AGENDA_LIMITS.minMinutes, Math.round(value)));
}

/** An instant read from elsewhere: a whole, plausible number of milliseconds, or null. */
export function readInstant(value: unknown): number | null {
	if (typeof value !== 'number' || !Number.isFinite(value)) return null;
	if (value < 0 || value > LATEST_INSTANT) return null;
	return Math.round(value);
}

/** The key by which the UI and the session record name an item: its step, or its break id. */
export function itemKey(item: AgendaItem): string {
	return item.kind === 'step' ? item.step : `break:${item.id}`;
}

export function stepItem(step: StepId, minutes: number = AGENDA_LIMITS.defaultStepMinutes) {
	return { kind: 'step', step, minutes, skipped: false, prompt: '' } satisfies AgendaItem;
}

/** All eight steps in the method's order, 30 minutes each, no breaks, no start. */
export function defaultAgenda(): Agenda {
	return { startsAt: null, items: STEP_IDS.map((step) => stepItem(step)) };
}

function readItem(value: unknown): AgendaItem | null {
	const item = value as Partial<Record<string, unknown>> | null;
	if (!item || typeof item !== 'object') return null;
	const text = (v: unknown, max: number) => (typeof v === 'string' ? clipCharacters(v, max) : '');
	if (item.kind === 'step' && isStepId(item.step))
		return {
			kind: 'step',
			step: item.step,
			minutes: clampMinutes(item.minutes, AGENDA_LIMITS.defaultStepMinutes),
			skipped: item.skipped === true,
			prompt: text(item.prompt, TEXT_LIMITS.short)
		};
	if (item.kind === 'break' && isId(item.id))
		return {
			kind: 'break',
			id: item.id,
			title: text(item.title, TEXT_LIMITS.name),
			minutes: clampMinutes(item.minutes, AGENDA_LIMITS.defaultBreakMinutes)
		};
	return null;
}

/**
 * Completes a list of items into an agenda's: each step once (the first wins), breaks with
 * distinct ids up to the limit, and steps it lacks added at the end, skipped.
 */
export function normaliseItems(items: readonly AgendaItem[]): AgendaItem[] {
	const seen = new Set<string>();
	let breaks = 0;
	const kept: AgendaItem[] = [];
	for (const item of items) {
		const key = itemKey(item);
		if (seen.has(key)) continue;
		if (item.kind === 'break' && ++breaks > AGENDA_LIMITS.maxBreaks) continue;
		seen.add(key);
		kept.push(item);
	}
	for (const step of STEP_IDS) if (!seen.has(step)) kept.push({ ...stepItem(step), skipped: true });
	return kept;
}

/**
 * An agenda read from the facilitation document or a file: written by another device, perhaps a
 * hostile one. Anything malformed is dropped or clamped, never passed on.
 */
export function readAgenda(value: unknown): Agenda {
	const agenda = value as Partial<Record<string, unknown>> | null;
	if (!agenda || typeof agenda !== 'object') return defaultAgenda();
	const raw = Array.isArray(agenda.items)
		? agenda.items.slice(0, STEP_IDS.length + AGENDA_LIMITS.maxBreaks * 2)
		: [];
	const items = raw.map(readItem).filter((item): item is AgendaItem => item !== null);
	return {
		startsAt: readInstant(agenda.startsAt),
		items: items.length === 0 ? defaultAgenda().items : normaliseItems(items)
	};
}

// Edits: pure, each returns a new agenda and leaves the one given alone.

function mapItem(agenda: Agenda, key: string, change: (item: AgendaItem) => AgendaItem): Agenda {
	return {
		...agenda,
		items: agenda.items.map((item) => (itemKey(item) === key ? change(item) : item))
	};
}

export function setMinutes(agenda: Agenda, key: string, minutes: number): Agenda {
	return mapItem(agenda, key, (item) => ({
		...item,
		minutes: clampMinutes(minutes, item.minutes)
	}));
}

export function setSkipped(agenda: Agenda, step: StepId, skipped: boolean): Agenda {
	return mapItem(agenda, step, (item) => (item.kind === 'step' ? { ...item, skipped } : item));
}

export function setPrompt(agenda: Agenda, step: StepId, prompt: string): Agenda {
	const clipped = clipCharacters(prompt, TEXT_LIMITS.short);
	return mapItem(agenda, step, (item) =>
		item.kind === 'step' ? { ...item, prompt: clipped } : item
	);
}

export function setBreakTitle(agenda: Agenda, key: string, title: string): Agenda {
	const clipped = clipCharacters(title, TEXT_LIMITS.name);
	return mapItem(agenda, key, (item) =>
		item.kind === 'break' ? { ...item, title: clipped } : item
	);
}

/** Moves an item one place earlier (-1) or later (+1) in the day; at an end, nothing changes. */
export function moveItem(agenda: Agenda, key: string, by: -1 | 1): Agenda {
	const from = agenda.items.findIndex((item) => itemKey(item) === key);
	const to = from + by;
	if (from < 0 || to < 0 || to >= agenda.items.length) return agenda;
	const items = [...agenda.items];
	const [moved] = items.splice(from, 1);
	if (moved) items.splice(to, 0, moved);
	return { ...agenda, items };
}

/** Adds a break after an item (or at the start, for null), unless the day has all it may. */
export function addBreak(agenda: Agenda, after: string | null, id: string): Agenda {
	const breaks = agenda.items.filter((item) => item.kind === 'break').length;
	if (breaks >= AGENDA_LIMITS.maxBreaks || !isId(id)) return agenda;
	const at = after === null ? 0 : agenda.items.findIndex((item) => itemKey(item) === after) + 1;
	const item: AgendaItem = {
		kind: 'break',
		id,
		title: 'Break',
		minutes: AGENDA_LIMITS.defaultBreakMinutes
	};
	const items = [...agenda.items];
	items.splice(at <= 0 && after !== null ? items.length : at, 0, item);
	return { ...agenda, items };
}

export function removeBreak(agenda: Agenda, key: string): Agenda {
	return {
		...agenda,
		items: agenda.items.filter((item) => item.kind === 'step' || itemKey(item) !== key)
	};
}

// The schedule: where each item falls, from a start.

export interface Slot {
	key: string;
	item: AgendaItem;
	startsAt: number;
	endsAt: number;
}

/** The items the day takes (skipped steps left out), back to back from `start`. */
export function schedule(agenda: Agenda, start: number): Slot[] {
	const slots: Slot[] = [];
	let at = start;
	for (const item of agenda.items) {
		if (item.kind === 'step' && item.skipped) continue;
		const endsAt = at + item.minutes * MINUTE_MS;
		slots.push({ key: itemKey(item), item, startsAt: at, endsAt });
		at = endsAt;
	}
	return slots;
}

/** Minutes the day takes, breaks included, skipped steps not. */
export function totalMinutes(agenda: Agenda): number {
	return schedule(agenda, 0).reduce((sum, slot) => sum + slot.item.minutes, 0);
}

/** The steps taken today, in the day's order. */
export function dayOrder(agenda: Agenda): StepId[] {
	return agenda.items.flatMap((item) => (item.kind === 'step' && !item.skipped ? [item.step] : []));
}

/** The step after `current` in the day's order (the first, from nowhere or a step not taken). */
export function nextStepOf(agenda: Agenda, current: StepId | null): StepId | null {
	const order = dayOrder(agenda);
	if (current === null || !order.includes(current)) return order[0] ?? null;
	return order[order.indexOf(current) + 1] ?? null;
}

export function minutesOf(agenda: Agenda, step: StepId): number | null {
	const item = agenda.items.find(
		(candidate) => candidate.kind === 'step' && candidate.step === step
	);
	return item && item.kind === 'step' && !item.skipped ? item.minutes : null;
}

// The live session: what actually happened, recorded as the facilitator moves through the day.

export interface StepTimes {
	/** When the step was first started today. */
	startedAt: number;
	/** When it was last left; null while it is the current step. */
	endedAt: number | null;
}

export interface SessionRecord {
	startedAt: number;
	endedAt: number | null;
	/** The step on now, if any. */
	current: StepId | null;
	steps: Partial<Record<StepId, StepTimes>>;
}

export function readSession(value: unknown): SessionRecord | null {
	const session = value as Partial<Record<string, unknown>> | null;
	if (!session || typeof session !== 'object') return null;
	const startedAt = readInstant(session.startedAt);
	if (startedAt === null) return null;
	const steps: Partial<Record<StepId, StepTimes>> = {};
	const stored = session.steps as Partial<Record<string, unknown>> | null;
	if (stored && typeof stored === 'object') {
		for (const step of STEP_IDS) {
			const times = stored[step] as Partial<Record<string, unknown>> | undefined;
			const start = readInstant(times?.startedAt);
			if (start === null) continue;
			const end = readInstant(times?.endedAt);
			steps[step] = { startedAt: start, endedAt: end !== null && end >= start ? end : null };
		}
	}
	const current = isStepId(session.current) && steps[session.current] ? session.current : null;
	const end = readInstant(session.endedAt);
	return { startedAt, endedAt: end !== null && end >= startedAt ? end : null, current, steps };
}

export function startSession(now: number): SessionRecord {
	return { startedAt: now, endedAt: null, current: null, steps: {} };
}

/**
 * The facilitator moves to `step` at `now`: the step on until now ends, `step` starts (keeping
 * its first start if the day comes back to it). Moving to the step already on changes nothing.
 */
export function enterStep(session: SessionRecord, step: StepId, now: number): SessionRecord {
	if (session.endedAt !== null || session.current === step) return session;
	const steps = { ...session.steps };
	const on = session.current;
	if (on && steps[on]) steps[on] = { ...steps[on], endedAt: now };
	steps[step] = { startedAt: steps[step]?.startedAt ?? now, endedAt: null };
	return { ...session, current: step, steps };
}

export function endSession(session: SessionRecord, now: number): SessionRecord {
	if (session.endedAt !== null) return session;
	const steps = { ...session.steps };
	const on = session.current;
	if (on && steps[on]) steps[on] = { ...steps[on], endedAt: now };
	return { ...session, endedAt: now, current: null, steps };
}

// Planned against actual.

export interface SlotReport extends Slot {
	actualStart: number | null;
	actualEnd: number | null;
	/** How much longer than its time box the step ran (or runs, while on); 0 within it. */
	overrunMs: number;
}

export interface DayReport {
	/** When the plan starts: the day's start, or else the session's. */
	start: number;
	slots: SlotReport[];
	/** Positive: the day runs this far behind its plan; negative: ahead. */
	behindMs: number;
}

/**
 * Planned against actual for each item of the day, and how far behind (or ahead) the day runs:
 * judged by the step on now (its end can come no earlier than its time box from its start, nor
 * before now), or else by the step that ended last.
 */
export function dayReport(agenda: Agenda, session: SessionRecord | null, now: number): DayReport {
	const start = agenda.startsAt ?? session?.startedAt ?? now;
	const slots = schedule(agenda, start).map((slot): SlotReport => {
		const times = slot.item.kind === 'step' ? session?.steps[slot.item.step] : undefined;
		const actualStart = times?.startedAt ?? null;
		const actualEnd = times ? (times.endedAt ?? null) : null;
		const ran = actualStart === null ? 0 : (actualEnd ?? session?.endedAt ?? now) - actualStart;
		const overrunMs = Math.max(0, ran - slot.item.minutes * MINUTE_MS);
		return { ...slot, actualStart, actualEnd, overrunMs };
	});
	let behindMs = 0;
	if (session) {
		const on = slots.find((slot) => slot.actualStart !== null && slot.key === session.current);
		if (on && on.actualStart !== null) {
			const expectedEnd = Math.max(on.actualStart + on.item.minutes * MINUTE_MS, now);
			behindMs = expectedEnd - on.endsAt;
		} else {
			const ended = slots
				.filter((slot) => slot.actualEnd !== null)
				.sort((a, b) => (a.actualEnd ?? 0) - (b.actualEnd ?? 0))
				.at(-1);
			if (ended && ended.actualEnd !== null) behindMs = ended.actualEnd - ended.endsAt;
			else if (slots[0] && session.endedAt === null)
				behindMs = Math.max(0, now - slots[0].startsAt);
		}
	}
	return { start, slots, behindMs };
}

/** "4 min behind", "2 min ahead" or "On time" (within half a minute either way). */
export function behindLabel(behindMs: number): string {
	const minutes = Math.round(Math.abs(behindMs) / MINUTE_MS);
	if (minutes === 0) return 'On time';
	return `${minutes} min ${behindMs > 0 ? 'behind' : 'ahead'}`;
}
