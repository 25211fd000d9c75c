// Today's summary is written in the language it is asked for: every word Canal adds around what the
// team typed (what happened to a record, field labels, decisions, a goal's owner and deadline, the
// board's counts) is in that language. Arabic makes a leak easy to see: any Latin word that no one
// typed is English.
import { describe, expect, it } from 'vitest';
import { strategyPlan } from '../../../../tests/factories/strategy-plan';
import { typedWords } from '../../../../tests/helpers/typed-words';
import type { Locale } from '../locale';
import type { Plan } from '../plan';
import { buildSessionSummary } from './build-summary';
import { summaryLines } from './lines';

const START = Date.UTC(2026, 11, 6, 9, 0);
const END = Date.UTC(2026, 11, 6, 12, 30);

/** The reference plan after a busy session: something changed in every part the summary reads. */
function afterSession(before: Plan): Plan {
	const plan = structuredClone(before);
	const [first, second] = plan.stakeholders;
	plan.stakeholders.push({ ...structuredClone(first!), id: 'sh-new', name: 'Nouveau' });
	Object.assign(first!, { influence: first!.influence >= 50 ? 10 : 90, placed: true });
	Object.assign(second!, { notes: `${second!.notes} encore` });
	plan.stakeholders.pop();
	plan.stakeholders.splice(2, 1);
	plan.stakeholders.push({ ...structuredClone(first!), id: 'sh-new', name: 'Nouveau' });
	const removed = plan.platforms.splice(1, 1)[0]!;
	plan.presence = plan.presence.filter((link) => link.platformId !== removed.id);
	plan.platforms[0]!.decision = plan.platforms[0]!.decision === 'focus' ? 'not-now' : 'focus';
	plan.platforms[0]!.reason = '';
	const link = plan.presence[0]!;
	link.strength = link.strength === 3 ? 1 : 3;
	plan.goals[0]!.target = `${plan.goals[0]!.target} +`;
	plan.goals[0]!.owner = '';
	plan.goals.splice(1, 1);
	plan.purpose.statement = `${plan.purpose.statement} !`;
	plan.team[0]!.hoursPerWeek = (plan.team[0]!.hoursPerWeek ?? 0) + 5;
	if (plan.ratings[0]) plan.ratings[0].score = plan.ratings[0].score === 1 ? 5 : 1;
	plan.notes.push({ ...structuredClone(plan.notes[0]!), id: 'note-new', text: 'Neu' });
	plan.notes.splice(0, 1);
	return plan;
}

const before = strategyPlan();
const after = afterSession(before);

function summaryIn(locale: Locale) {
	return buildSessionSummary({
		before,
		after,
		startedAt: START,
		endedAt: END,
		votes: [],
		findings: [],
		timeZone: 'Europe/Paris',
		locale
	});
}

function summaryTexts(locale: Locale): string[] {
	return summaryIn(locale)
		.sections.filter((section) => section.id !== 'next')
		.flatMap((section) => section.lines.flatMap((line) => [line.text, ...line.details]));
}

const ENGLISH = [
	'added',
	'removed',
	'changed',
	'Owner',
	'Deadline',
	'Measure',
	'Reason',
	'Presence',
	'Board',
	'Moved',
	'Maturity',
	'ratings',
	'undecided',
	'not set',
	'No reason',
	'Was:',
	'Now:'
];

describe('today’s summary in the language asked for', () => {
	it('writes every line in English the way it always did', () => {
		const texts = summaryTexts('en').join('\n');
		// The check below can fail: these English words are there to find.
		for (const word of ['added', 'removed', 'changed', 'Owner', 'Deadline', 'Measure']) {
			expect(texts).toContain(word);
		}
	});

	it.each<Locale>(['fr', 'de'])('in %s: none of the English words', (locale) => {
		const texts = summaryTexts(locale);
		expect(texts.length).toBeGreaterThan(5);
		const typed = typedWords(before, after);
		const leaks = ENGLISH.filter(
			(word) => !typed.has(word) && texts.some((text) => text.includes(word))
		);
		expect(leaks).toEqual([]);
	});

	it('in Arabic: no Latin word nobody typed', () => {
		const typed = typedWords(before, after);
		const leaks = summaryTexts('ar').flatMap((text) =>
			(text.match(/[A-Za-z]+/g) ?? []).filter((word) => !typed.has(word))
		);
		expect(leaks).toEqual([]);
	});

	it('in Arabic: the plain lines’ header too (the e-mail body and the clipboard)', () => {
		const typed = typedWords(before, after);
		const [header] = summaryLines(summaryIn('ar'));
		expect(header).toContain('ملخّص');
		expect((header!.match(/[A-Za-z]+/g) ?? []).filter((word) => !typed.has(word))).toEqual([]);
	});
});
