import type { PlanDoc } from '../doc/plan-doc';
import type { Section } from '../doc/sections';
import type { CheckedPlan, Finding } from '../domain/plan-check';
import { sameFindings } from '../domain/plan-check/same-findings';
import { whenIdle } from './when-idle';

/** Long enough to wait out a burst of keystrokes, short enough to feel live. */
export const PLAN_CHECK_DELAY_MS = 150;
/** The first check waits for an idle moment after opening, but no longer than this. */
export const FIRST_CHECK_WITHIN_MS = 1_000;

type CheckPlan = (typeof import('../domain/plan-check'))['checkPlan'];

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
 * The plan check, live: run once shortly after the plan opens, then again shortly after each
 * burst of edits to what it reads. Not on every keystroke: with hundreds of stakeholders that
 * would cost each key a few milliseconds for a list nobody reads while typing. Not before the
 * first step shows either: its rules load and first run when the page is idle after opening, so
 * the findings (badges in the step list, the review's list) arrive a moment after the step.
 */
export class PlanChecker {
	#findings: readonly Finding[] = $state.raw([]);
	#checked = $state(false);
	#check: CheckPlan | null = null;
	#started: Promise<void> | null = null;
	#timer: ReturnType<typeof setTimeout> | undefined;
	#stop: (() => void)[] = [];
	#destroyed = false;

	constructor(
		private readonly plan: PlanDoc,
		private readonly delay = PLAN_CHECK_DELAY_MS
	) {}

	#runs = 0;

	/** How many times the plan has been checked: a check that finds the same changes nothing else. */
	get runs(): number {
		return this.#runs;
	}

	get findings(): readonly Finding[] {
		return this.#findings;
	}

	/** False until the first check has run: until then `findings` is empty for want of a check. */
	get checked(): boolean {
		return this.#checked;
	}

	/**
	 * Follows the plan's edits. The first check runs when the page is next idle, or, with
	 * `startWhenIdle` false, when `start` is called (the workshop calls it once its step painted).
	 */
	attach(startWhenIdle = true): void {
		const later = () => {
			clearTimeout(this.#timer);
			this.#timer = setTimeout(() => this.#run(), this.delay);
		};
		this.#stop = CHECKED.map((section) => this.plan.subscribe(section, later));
		if (startWhenIdle) this.#stop.push(whenIdle(() => void this.start(), FIRST_CHECK_WITHIN_MS));
	}

	/**
	 * Loads the rules and runs the first check now, if that has not happened yet; loads them
	 * again after a failure (offline before the service worker kept them).
	 */
	start(): Promise<void> {
		this.#started ??= import('../domain/plan-check').then(
			({ checkPlan }) => {
				this.#check = checkPlan;
				this.#run();
			},
			(error: unknown) => {
				this.#started = null;
				throw error;
			}
		);
		return this.#started;
	}

	#run(): void {
		if (!this.#check || this.#destroyed) return;
		const findings = this.#check(checkedPlan(this.plan));
		this.#runs += 1;
		// Kept when nothing changed: what is drawn from the findings is then not redrawn.
		if (!sameFindings(this.#findings, findings)) this.#findings = findings;
		this.#checked = true;
	}

	destroy(): void {
		this.#destroyed = true;
		clearTimeout(this.#timer);
		for (const stop of this.#stop) stop();
		this.#stop = [];
	}
}
