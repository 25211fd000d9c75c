// Today's summary's vote lines are written in the summary's language, with the plural forms that
// language has: French counts 0 and 1 alike, Arabic has six forms (a dual among them), and writes
// its own digits.
import { describe, expect, it } from 'vitest';
import { stakeholderRecord } from '../../../../tests/factories/map-records';
import { emptyPlan } from '../../../../tests/factories/strategy-plan';
import { typedWords } from '../../../../tests/helpers/typed-words';
import { formatCount, type Locale } from '../locale';
import type { Plan } from '../plan';
import type { RevealedVote } from './types';
import { voteLines } from './vote-lines';

function plan(): Plan {
	const result = emptyPlan();
	result.stakeholders = [
		stakeholderRecord(1, { name: 'Local press' }),
		stakeholderRecord(2, { name: '' })
	];
	return result;
}

const vote = (
	voters: number,
	budget: number,
	results: Record<string, number>,
	target: RevealedVote['target'] = 'stakeholders'
): RevealedVote => ({
	id: 'vote1',
	target,
	step: 'stakeholders',
	budget,
	onePerItem: false,
	state: 'revealed',
	results,
	voters
});

/** Arabic digits as the runtime writes them (Arabic-Indic or Western, by its CLDR data). */
const ar = (n: number) => formatCount(n, 'ar');

const PRESS = 'stake0000001';
const UNNAMED = 'stake0000002';
const GONE = 'gone00000001';

const CASES: { name: string; vote: RevealedVote; expected: Record<Locale, string[]> }[] = [
	{
		name: 'one voter, one dot, an unnamed item',
		vote: vote(1, 1, { [UNNAMED]: 1, [PRESS]: 0 }),
		expected: {
			en: [
				'Vote on stakeholders (Audience and stakeholders): 1 voter, 1 dot each',
				'1 dot: Untitled'
			],
			fr: [
				'Vote sur les parties prenantes (Publics et parties prenantes) : 1 votant, 1 gommette par personne',
				'1 gommette : Sans titre'
			],
			de: [
				'Abstimmung über die Stakeholder (Zielgruppen und Stakeholder): 1 Person hat abgestimmt, 1 Punkt pro Person',
				'1 Punkt: Ohne Titel'
			],
			ar: [
				'تصويت على أصحاب المصلحة (الجمهور وأصحاب المصلحة): صوّت شخص واحد، نقطة واحدة لكل شخص',
				'نقطة واحدة: بلا عنوان'
			]
		}
	},
	{
		name: 'two of each: the Arabic dual',
		vote: vote(2, 2, { [PRESS]: 2 }),
		expected: {
			en: [
				'Vote on stakeholders (Audience and stakeholders): 2 voters, 2 dots each',
				'2 dots: Local press'
			],
			fr: [
				'Vote sur les parties prenantes (Publics et parties prenantes) : 2 votants, 2 gommettes par personne',
				'2 gommettes : Local press'
			],
			de: [
				'Abstimmung über die Stakeholder (Zielgruppen und Stakeholder): 2 Personen haben abgestimmt, 2 Punkte pro Person',
				'2 Punkte: Local press'
			],
			ar: [
				'تصويت على أصحاب المصلحة (الجمهور وأصحاب المصلحة): صوّت شخصان، نقطتان لكل شخص',
				'نقطتان: Local press'
			]
		}
	},
	{
		name: 'a few, most dots first, a removed item named as such',
		vote: vote(4, 3, { [GONE]: 2, [PRESS]: 5 }),
		expected: {
			en: [
				'Vote on stakeholders (Audience and stakeholders): 4 voters, 3 dots each',
				'5 dots: Local press',
				'2 dots: A removed item'
			],
			fr: [
				'Vote sur les parties prenantes (Publics et parties prenantes) : 4 votants, 3 gommettes par personne',
				'5 gommettes : Local press',
				'2 gommettes : Un élément supprimé'
			],
			de: [
				'Abstimmung über die Stakeholder (Zielgruppen und Stakeholder): 4 Personen haben abgestimmt, 3 Punkte pro Person',
				'5 Punkte: Local press',
				'2 Punkte: Ein entferntes Element'
			],
			ar: [
				`تصويت على أصحاب المصلحة (الجمهور وأصحاب المصلحة): صوّت ${ar(4)} أشخاص، ${ar(3)} نقاط لكل شخص`,
				`${ar(5)} نقاط: Local press`,
				'نقطتان: عنصر محذوف'
			]
		}
	},
	{
		name: 'many voters on the board’s notes, and no dots placed',
		vote: vote(1200, 11, {}, 'notes'),
		expected: {
			en: [
				'Vote on notes on the board (Audience and stakeholders): 1,200 voters, 11 dots each',
				'No dots were placed.'
			],
			fr: [
				'Vote sur les notes du tableau (Publics et parties prenantes) : 1 200 votants, 11 gommettes par personne',
				'Aucune gommette n’a été posée.'
			],
			de: [
				'Abstimmung über die Notizen der Tafel (Zielgruppen und Stakeholder): 1.200 Personen haben abgestimmt, 11 Punkte pro Person',
				'Es wurden keine Punkte vergeben.'
			],
			ar: [
				`تصويت على ملاحظات اللوحة (الجمهور وأصحاب المصلحة): صوّت ${ar(1200)} شخص، ${ar(11)} نقطةً لكل شخص`,
				'لم توضع أي نقطة.'
			]
		}
	}
];

const LOCALES: Locale[] = ['en', 'fr', 'de', 'ar'];

describe('vote lines in the summary’s language', () => {
	const before = plan();
	const after = plan();

	describe.each(CASES)('$name', ({ vote, expected }) => {
		it.each(LOCALES)('in %s', (locale) => {
			const [line, ...rest] = voteLines([vote], before, after, locale);
			// French writes a narrow no-break space in 1 200; compare with plain spaces.
			const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ');
			expect(rest).toEqual([]);
			expect([line!.text, ...line!.details].map(plain)).toEqual(expected[locale]);
		});
	});

	it('in Arabic: no Latin word nobody typed, on every kind of vote', () => {
		const typed = typedWords(before, after);
		const votes = (['notes', 'stakeholders', 'platforms', 'goals'] as const).map((target) =>
			vote(3, 3, { [PRESS]: 1, [GONE]: 1, [UNNAMED]: 1 }, target)
		);
		const leaks = voteLines(votes, before, after, 'ar')
			.flatMap((line) => [line.text, ...line.details])
			.flatMap((text) => (text.match(/[A-Za-z]+/g) ?? []).filter((word) => !typed.has(word)));
		expect(leaks).toEqual([]);
	});
});
