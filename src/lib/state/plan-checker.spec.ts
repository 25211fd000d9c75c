import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { PlanDoc } from '../doc/plan-doc';
import { checkPlan } from '../domain/plan-check';
import { FIRST_CHECK_WITHIN_MS, PlanChecker } from './plan-checker.svelte';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));
const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function checked() {
	const plan = new PlanDoc(new Y.Doc());
	const checker = new PlanChecker(plan, 20);
	checker.attach();
	cleanups.push(() => {
		checker.destroy();
		plan.destroy();
	});
	return { plan, checker };
}

/** A checker that has run its first check. */
async function started() {
	const opened = checked();
	await opened.checker.start();
	return opened;
}

describe('PlanChecker', () => {
	it('checks the plan shortly after it opens, not while it opens', async () => {
		const { plan, checker } = checked();
		expect(checker.checked).toBe(false);
		expect(checker.findings).toEqual([]);
		await checker.start();
		expect(checker.checked).toBe(true);
		expect(checker.findings.length).toBeGreaterThan(0);
		expect(checker.findings).toEqual(checkPlan(plan.toJSON()));
	});

	it('runs the first check by itself once the page is idle', async () => {
		const { plan, checker } = checked();
		await vi.waitUntil(() => checker.checked, { timeout: FIRST_CHECK_WITHIN_MS + 2_000 });
		expect(checker.findings).toEqual(checkPlan(plan.toJSON()));
	});

	it('checks again once a burst of edits settles, not on each edit', async () => {
		const { plan, checker } = await started();
		const before = checker.findings;
		const id = plan.add('goals', { metric: 'Subscribers' });
		for (let i = 0; i < 5; i++) plan.update('goals', id, { target: String(500 + i) });
		expect(checker.findings).toBe(before);
		await settle(60);
		expect(checker.runs).toBe(2);
		expect(checker.findings).not.toBe(before);
		expect(checker.findings).toEqual(checkPlan(plan.toJSON()));
	});

	it('keeps the same findings when a check finds the same', async () => {
		const { plan, checker } = await started();
		const before = checker.findings;
		const id = plan.add('stakeholders', { name: 'Local press' });
		plan.update('stakeholders', id, { influence: 80 });
		await settle(60);
		expect(checker.runs).toBe(2);
		expect(checker.findings).toBe(before);
		expect(checker.findings).toEqual(checkPlan(plan.toJSON()));
	});

	it('is not run by edits to what it does not read', async () => {
		const { plan, checker } = await started();
		const before = checker.findings;
		plan.setMeta({ title: 'Riverside' });
		await settle(60);
		expect(checker.runs).toBe(1);
		expect(checker.findings).toBe(before);
	});

	it('stops when destroyed', async () => {
		const { plan, checker } = await started();
		const before = checker.findings;
		checker.destroy();
		plan.add('stakeholders', { name: 'Local press' });
		await settle(60);
		expect(checker.findings).toBe(before);
	});

	it('never checks when destroyed before its first check', async () => {
		const { checker } = checked();
		checker.destroy();
		await checker.start();
		await settle(60);
		expect(checker.checked).toBe(false);
		expect(checker.findings).toEqual([]);
	});
});
