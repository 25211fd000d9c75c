import { describe, expect, it } from 'vitest';
import { NOTO_FAMILIES } from './noto-faces';
import { logicalRuns, needsScripts, scriptRuns } from './script-runs';

/**
 * Runs as `family:text` (Roboto as `R`), the slices of one family taken together: the shape of
 * what the PDF engine is given. Right-to-left runs are never joined by the engine, nor here.
 */
const shape = (text: string) => {
	const { runs, rtl } = scriptRuns(text, NOTO_FAMILIES);
	const shaped: string[] = [];
	let last = '';
	for (const { text: run, face } of runs) {
		const family = face ? face.key.replace(/-(\d+|[a-z]+)$/, '') : 'R';
		if (family === last && !/arabic|hebrew/.test(family)) shaped[shaped.length - 1] += run;
		else shaped.push(`${family}:${run}`);
		last = family;
	}
	return { runs: shaped, rtl };
};

describe('needsScripts', () => {
	it.each([
		['Riverside Library', false],
		['Zoë Ångström, Δημοτική, Городской', false],
		['北京', true],
		['مكتبة', true],
		['Team 👍', true],
		['\u202e', true]
	])('%s: %s', (text, needed) => expect(needsScripts(text)).toBe(needed));
});

describe('scriptRuns', () => {
	it.each([
		{
			name: 'a Latin text stays one Roboto run',
			text: 'Riverside Library',
			runs: ['R:Riverside Library'],
			rtl: false
		},
		{
			name: 'an Arabic word stays in reading order (the shaper turns it around)',
			text: 'مكتبة',
			runs: ['noto-sans-arabic:مكتبة'],
			rtl: true
		},
		{
			name: 'Arabic words are laid out right to left, a number among them left to right',
			text: 'جمعية 2026 للشباب',
			runs: ['noto-sans-arabic:للشباب', 'R: 2026 ', 'noto-sans-arabic:جمعية'],
			rtl: true
		},
		{
			name: 'a Hebrew name inside an English line keeps the line left to right',
			text: 'With ספריית תל אביב today',
			runs: [
				'R:With ',
				'noto-sans-hebrew:אביב',
				'R: ',
				'noto-sans-hebrew:תל',
				'R: ',
				'noto-sans-hebrew:ספריית',
				'R: today'
			],
			rtl: false
		},
		{
			name: 'a bare right-to-left override prints nothing',
			text: '\u202e',
			runs: [],
			rtl: false
		},
		{
			name: 'an emoji family stays one cluster in the emoji font',
			text: 'Team 👨\u200d👩\u200d👧',
			runs: ['R:Team ', 'noto-emoji:👨\u200d👩\u200d👧'],
			rtl: false
		},
		{
			name: 'kana make Han characters Japanese',
			text: '東京都の図書館',
			runs: ['noto-sans-jp:東京都の図書館'],
			rtl: false
		},
		{
			name: 'Thai words get a zero-width space between them, where lines may break',
			text: 'ห้องสมุดกรุงเทพ',
			runs: [
				'noto-sans-thai:ห้อง',
				'R:\u200b',
				'noto-sans-thai:สมุด',
				'R:\u200b',
				'noto-sans-thai:กรุงเทพ'
			],
			rtl: false
		},
		{
			name: 'Han characters alone are simplified Chinese',
			text: '北京',
			runs: ['noto-sans-sc:北京'],
			rtl: false
		}
	])('$name', ({ text, runs, rtl }) => {
		expect(shape(text)).toEqual({ runs, rtl });
	});
});

/** Runs as `family:text@level`, in the order they are given: the order they are read. */
const leveled = (text: string) =>
	logicalRuns(text, NOTO_FAMILIES).runs.map(
		({ text: run, face, level }) =>
			`${face ? face.key.replace(/-(\d+|[a-z]+)$/, '') : 'R'}:${run}@${level ?? '-'}`
	);

describe('logicalRuns', () => {
	it.each([
		{
			name: 'a text with no right-to-left letter has no levels',
			text: 'Team 👍',
			runs: ['R:Team @-', 'noto-emoji:👍@-']
		},
		{
			name: 'Arabic words keep their order, spaces and a number apart at their own levels',
			text: 'جمعية 2026 للشباب',
			runs: ['noto-sans-arabic:جمعية@1', 'R: @1', 'R:2026@2', 'R: @1', 'noto-sans-arabic:للشباب@1']
		},
		{
			name: 'a Hebrew name in an English line is at level 1 in a line at level 0',
			text: 'With תל אביב today',
			runs: ['R:With @0', 'noto-sans-hebrew:תל@1', 'R: @1', 'noto-sans-hebrew:אביב@1', 'R: today@0']
		},
		{
			name: 'a bracket read right to left is mirrored',
			text: 'مكتبة (دبي)',
			runs: ['noto-sans-arabic:مكتبة@1', 'R: )@1', 'noto-sans-arabic:دبي@1', 'R:(@1']
		},
		{
			name: 'a line break is kept, each line with its own direction',
			text: 'مكتبة\nLibrary',
			runs: ['noto-sans-arabic:مكتبة@1', 'R:\nLibrary@0']
		}
	])('$name', ({ text, runs }) => {
		expect(leveled(text)).toEqual(runs);
	});
});
