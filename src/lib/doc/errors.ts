/** A write the plan refused; the message is meant for the person who tried it. */
export class PlanWriteError extends Error {
	override readonly name = 'PlanWriteError';
}

/** This plan was saved by a newer Canal: it is shown, but not changed, so nothing newer is lost. */
export class ReadOnlyPlanError extends PlanWriteError {
	constructor() {
		super('This plan was made with a newer version of Canal, so it is read-only here.');
	}
}
