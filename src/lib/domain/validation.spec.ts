import { describe, expect, it } from 'vitest';
import { formatCount } from './locale';
import {
	checkRequiredName,
	checkText,
	isIsoDate,
	parseNumberInput,
	validateGoal,
	validateStakeholder,
	type GoalField
} from './validation';

const completeGoal = {
	statement: 'Answer every question from members within a day',
	metric: 'Median response time',
	target: '24 h',
	deadline: '2027-06-30',
	owner: 'Amara'
};

describe('validateGoal', () => {
	const cases: [string, Partial<typeof completeGoal>, GoalField[]][] = [
		['a complete goal', {}, []],
		['no statement', { statement: '  ' }, ['statement']],
		['no metric', { metric: '' }, ['metric']],
		['no target', { target: '' }, ['target']],
		['no deadline', { deadline: '' }, ['deadline']],
		['an impossible deadline', { deadline: '2027-02-30' }, ['deadline']],
		['a deadline in words', { deadline: 'next spring' }, ['deadline']],
		['no owner', { owner: '' }, ['owner']],
		[
			'nothing at all',
			{ statement: '', metric: '', target: '', deadline: '', owner: '' },
			['statement', 'metric', 'target', 'deadline', 'owner']
		]
	];
	it.each(cases)('%s', (_, patch, fields) => {
		const errors = validateGoal({ ...completeGoal, ...patch });
		expect(errors.map((error) => error.field)).toEqual(fields);
		for (const error of errors) expect(error.message.length).toBeGreaterThan(5);
	});
});

describe('isIsoDate', () => {
	it.each([
		['2027-01-31', true],
		['2028-02-29', true],
		['2027-02-29', false],
		['2027-13-01', false],
		['27-01-01', false],
		['2027-1-1', false],
		['', false]
	])('%s → %s', (value, expected) => {
		expect(isIsoDate(value)).toBe(expected);
	});
});

describe('checkText', () => {
	it('accepts text at the limit and refuses one character more, saying both numbers', () => {
		expect(checkText('x'.repeat(300), 'name')).toBeNull();
		const message = checkText('x'.repeat(10_000), 'name', 'the-name', 'en');
		expect(message).toContain('10,000');
		expect(message).toContain('300');
	});
	it('counts characters, not UTF-16 units, so emoji are not double-counted', () => {
		expect(checkText('🙂'.repeat(300), 'name')).toBeNull();
	});
	it('requires a name that is not blank', () => {
		expect(checkRequiredName('   ', 'title', 'en')).toMatch(/cannot be empty/);
		expect(checkRequiredName('Spring workshop', 'title', 'en')).toBeNull();
	});
});

describe('messages in the language asked for', () => {
	it.each([
		['en', 'The title is 1,201 characters long; the limit is 300. Shorten it to save it.'],
		[
			'fr',
			'Le titre compte 1\u202f201 caractères\u00a0; la limite est de 300. Raccourcissez-le pour l’enregistrer.'
		],
		[
			'de',
			'Der Titel ist 1.201 Zeichen lang; erlaubt sind 300. Kürzen Sie ihn, um ihn zu speichern.'
		],
		[
			'ar',
			`طول العنوان ${formatCount(1201, 'ar')} حرف، والحد الأقصى ${formatCount(300, 'ar')}. اختصره لحفظه.`
		]
	] as const)('too long, %s', (locale, expected) => {
		expect(checkText('x'.repeat(1201), 'name', 'title', locale)).toBe(expected);
	});

	// Numbers as Intl writes them here (Node writes Arabic with Latin digits, Chromium may not).
	// Arabic counts 3–10 (and 103–110, 305…) as few, 11–99 (and 312…) as many, 100s as other.
	it.each([
		['en', 301, '301 characters long'],
		['fr', 301, '301 caractères'],
		['ar', 305, `${formatCount(305, 'ar')} أحرف`],
		['ar', 312, `${formatCount(312, 'ar')} حرفًا`],
		['ar', 400, `${formatCount(400, 'ar')} حرف،`]
	] as const)('counts in the language: %s, %i', (locale, length, expected) => {
		expect(checkText('x'.repeat(length), 'name', 'text', locale)).toContain(expected);
	});

	it.each([
		['en', 'The name cannot be empty.'],
		['fr', 'Le nom ne peut pas être vide.'],
		['de', 'Der Name darf nicht leer sein.'],
		['ar', 'لا يمكن أن يكون الاسم فارغًا.']
	] as const)('empty, %s', (locale, expected) => {
		expect(checkRequiredName(' ', 'the-name', locale)).toBe(expected);
		expect(validateStakeholder({ name: '', influence: 1, interest: 1, reach: 1 }, locale)).toEqual([
			{ field: 'name', message: expected }
		]);
	});

	it.each([
		['en', 'Use a real date (YYYY-MM-DD).'],
		['fr', 'Indiquez une date réelle (AAAA-MM-JJ).'],
		['de', 'Geben Sie ein echtes Datum an (JJJJ-MM-TT).'],
		['ar', 'استخدم تاريخًا صحيحًا (YYYY-MM-DD).']
	] as const)('a goal deadline in words, %s', (locale, expected) => {
		const errors = validateGoal({ ...completeGoal, deadline: 'next spring' }, locale);
		expect(errors).toEqual([{ field: 'deadline', message: expected }]);
	});
});

describe('validateStakeholder', () => {
	it.each([
		[{ name: 'Local press', influence: 60, interest: 40, reach: 20 }, []],
		[{ name: '', influence: 60, interest: 40, reach: 20 }, ['name']],
		[
			{ name: 'x', influence: 101, interest: -1, reach: Number.NaN },
			['influence', 'interest', 'reach']
		]
	])('%o → %o', (stakeholder, fields) => {
		expect(validateStakeholder(stakeholder).map((error) => error.field)).toEqual(fields);
	});
});

describe('parseNumberInput', () => {
	const range = { min: 0, max: 168 };
	it.each([
		['', null],
		['  ', null],
		['4', 4],
		['2,5', 2.5],
		['-3', 0],
		['500', 168],
		['four', undefined],
		['Infinity', undefined]
	])('%j → %j', (text, expected) => {
		expect(parseNumberInput(text, range)).toBe(expected);
	});
});
