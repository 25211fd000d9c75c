import { describe, expect, it } from 'vitest';
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
		const message = checkText('x'.repeat(10_000), 'name', 'The name');
		expect(message).toContain('10,000');
		expect(message).toContain('300');
	});
	it('counts characters, not UTF-16 units, so emoji are not double-counted', () => {
		expect(checkText('🙂'.repeat(300), 'name')).toBeNull();
	});
	it('requires a name that is not blank', () => {
		expect(checkRequiredName('   ', 'The title')).toMatch(/cannot be empty/);
		expect(checkRequiredName('Spring workshop', 'The title')).toBeNull();
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
