import type { PlanDoc } from '../doc/plan-doc';
import type { Section } from '../doc/sections';
import { checkPlan, type CheckedPlan, type Finding } from '../domain/plan-check';

/** Long enough to wait out a burst of keystrokes, short enough to feel live. */
export const PLAN_CHECK_DELAY_MS = 150;

/** The sections the plan check reads: a change anywhere else never runs it. */
const CHECKED: readonly Section[] = [
	'team',
	'ratings',
	'maturityNotes',
	'stakeholders',
	'platforms',
	'presence',
	'goals',
	'commitment',
	'listening'
];

function checkedPlan(plan: PlanDoc): CheckedPlan {
	return {
		team: plan.list('team'),
		ratings: plan.ratings,
		maturityNotes: plan.maturityNotes,
		stakeholders: plan.list('stakeholders'),
		platforms: plan.list('platforms'),
		presence: plan.presence,
		goals: plan.list('goals'),
		commitment: plan.commitment,
		listening: plan.list('listening')
	};
}

/**
 * The plan check, live: run once when the plan opens, then again shortly after each burst of
 * edits to what it reads. Not on every keystroke: with hundreds of stakeholders that would cost
 * each key a few milliseconds for a list nobody reads while typing.
 */
export class PlanChecker {
	#findings: readonly Finding[] = $state.raw([]);
	#timer: ReturnType<typeof setTimeout> | undefined;
	#stop: (() => void)[] = [];

	constructor(
		private readonly plan: PlanDoc,
		private readonly delay = PLAN_CHECK_DELAY_MS
	) {}

	get findings(): readonly Finding[] {
		return this.#findings;
	}

	attach(): void {
		this.#run();
		const later = () => {
			clearTimeout(this.#timer);
			this.#timer = setTimeout(() => this.#run(), this.delay);
		};
		this.#stop = CHECKED.map((section) => this.plan.subscribe(section, later));
	}

	#run(): void {
		this.#findings = checkPlan(checkedPlan(this.plan));
	}

	destroy(): void {
		clearTimeout(this.#timer);
		for (const stop of this.#stop) stop();
		this.#stop = [];
	}
}
