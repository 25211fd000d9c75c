import type { PlanDoc } from '../doc/plan-doc';
import type { Section } from '../doc/sections';
import { checkPlan, type CheckedPlan, type Finding } from '../domain/plan-check';

/** Long enough to wait out a burst of keystrokes, short enough to feel live. */
export const PLAN_CHECK_DELAY_MS = 150;

/**
 * What the plan check reads, section by section: these sections and no others run it again, so
 * a change anywhere else (the title, a note) never does.
 */
const READ: { [S in keyof CheckedPlan]: (plan: PlanDoc) => CheckedPlan[S] } = {
	team: (plan) => plan.list('team'),
	ratings: (plan) => plan.ratings,
	maturityNotes: (plan) => plan.maturityNotes,
	stakeholders: (plan) => plan.list('stakeholders'),
	platforms: (plan) => plan.list('platforms'),
	presence: (plan) => plan.presence,
	goals: (plan) => plan.list('goals'),
	commitment: (plan) => plan.commitment,
	listening: (plan) => plan.list('listening')
};
const CHECKED = Object.keys(READ) as Extract<keyof CheckedPlan, Section>[];

function checkedPlan(plan: PlanDoc): CheckedPlan {
	return Object.fromEntries(
		CHECKED.map((section) => [section, READ[section](plan)])
	) as unknown as CheckedPlan;
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
