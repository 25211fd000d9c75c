import { errorMessage } from '../domain/error-message';
import type { Plan } from '../domain/plan';
import { diffPlans, type DiffOptions, type PlanChanges } from '../domain/versions';
import { timePhase, type PhaseTimings } from './compare-timings';
import type { Decode, VersionCache } from './version-cache';
import { decodeVersion, type DecodedVersion } from './version-codec';

/**
 * Comparing two saved versions (or a version and the plan now, encoded the same way): both are
 * loaded into fresh documents, read as typed plans and diffed by record id. This runs anywhere;
 * the page runs it in a worker for large plans (compare-host.ts).
 */

export type CompareSide = 'before' | 'after';

/**
 * One side of a comparison: a saved version's bytes (see version-codec), or a plan as plain data
 * (the plan now, `plan.toJSON()`, which saves encoding and decoding it).
 */
export type CompareInput = Uint8Array | Plan;

export type CompareResult =
	| {
			status: 'ok';
			changes: PlanChanges;
			/** A side came from a newer Canal: show the comparison, offer no restore. */
			readOnly: boolean;
			/** What a reader must know about the comparison (a newer version's note). */
			notes: string[];
	  }
	/** A side could not be read: the comparison is reported, never thrown. */
	| { status: 'failed'; side: CompareSide | null; message: string };

/** One side read as a plan: bytes decoded (through `cache` when given), a plan as it is. */
export function readInput(
	input: CompareInput,
	cache?: VersionCache,
	timings?: PhaseTimings,
	decode: Decode = decodeVersion
): Promise<DecodedVersion> {
	return input instanceof Uint8Array
		? (cache?.decode(input, timings, decode) ?? decode(input, timings))
		: Promise.resolve({
				status: 'ok',
				plan: input,
				schemaVersion: input.meta.schemaVersion,
				readOnly: false
			});
}

export async function compareVersions(
	before: CompareInput,
	after: CompareInput,
	options: DiffOptions = {},
	cache?: VersionCache,
	timings?: PhaseTimings,
	/** Decodes the earlier side elsewhere while this thread decodes the later (both bytes). */
	decodeElsewhere?: Decode
): Promise<CompareResult> {
	const both = before instanceof Uint8Array && after instanceof Uint8Array;
	const [a, b] = await Promise.all([
		readInput(before, cache, timings, (both && decodeElsewhere) || decodeVersion),
		readInput(after, cache, timings)
	]);
	for (const [side, decoded] of [
		['before', a],
		['after', b]
	] as [CompareSide, DecodedVersion][]) {
		if (decoded.status === 'corrupt')
			return { status: 'failed', side, message: decoded.error.message };
	}
	if (a.status === 'corrupt' || b.status === 'corrupt') throw new Error('unreachable');
	try {
		const notes = [a, b].flatMap((side) => (side.status === 'newer' ? [side.note] : []));
		return {
			status: 'ok',
			changes: timePhase(timings, 'diff', () => diffPlans(a.plan, b.plan, options)),
			readOnly: a.readOnly || b.readOnly,
			notes: [...new Set(notes)]
		};
	} catch (error) {
		return { status: 'failed', side: null, message: errorMessage(error) };
	}
}
