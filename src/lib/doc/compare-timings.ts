/**
 * Where a comparison's time went, phase by phase, in milliseconds: the compare worker measures
 * each request and sends the figures with its answer, so the benchmark can say which part of a
 * comparison to make faster. Two sides decoded together add up, so a phase may exceed the wall
 * clock of the whole.
 *
 * - `inflate`: unpacking the versions' bytes (the platform's deflate)
 * - `load`: applying their document states to fresh Yjs documents
 * - `read`: reading those documents as plain plans
 * - `handover`: waiting for the helper worker's decoded side beyond its own phases (the plan
 *   cloned back to the compare worker)
 * - `encode`: the plan copy's state encoded and packed as a new version's bytes
 * - `diff`: the differ; `summary`: today's summary built from the plans
 * - `hash`: the SHA-256 of versions' bytes, the decoded-version cache's key
 * - `total`: in the worker, from the request's arrival to its answer ready
 * - `post`: the rest of the page's wait (the request and the answer cloned between the threads,
 *   the worker still busy with something before): measured by the page
 */
export type Phase =
	| 'inflate'
	| 'load'
	| 'read'
	| 'handover'
	| 'encode'
	| 'diff'
	| 'summary'
	| 'hash'
	| 'post'
	| 'total';

export type PhaseTimings = Partial<Record<Phase, number>>;

/** Runs `work`, adding its time to `phase` of `timings` (when given). */
export function timePhase<T>(timings: PhaseTimings | undefined, phase: Phase, work: () => T): T {
	if (!timings) return work();
	const started = performance.now();
	try {
		return work();
	} finally {
		timings[phase] = (timings[phase] ?? 0) + performance.now() - started;
	}
}

/** The same for asynchronous work: its wall-clock time, waits included. */
export async function timePhaseAsync<T>(
	timings: PhaseTimings | undefined,
	phase: Phase,
	work: () => Promise<T>
): Promise<T> {
	if (!timings) return work();
	const started = performance.now();
	try {
		return await work();
	} finally {
		timings[phase] = (timings[phase] ?? 0) + performance.now() - started;
	}
}
