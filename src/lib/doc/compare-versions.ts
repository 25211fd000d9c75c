import { errorMessage } from '../domain/error-message';
import { diffPlans, type DiffOptions, type PlanChanges } from '../domain/versions';
import { decodeVersion, type DecodedVersion } from './version-codec';

/**
 * Comparing two saved versions (or a version and the plan now, encoded the same way): both are
 * loaded into fresh documents, read as typed plans and diffed by record id. This runs anywhere;
 * the page runs it in a worker for large plans (compare-host.ts).
 */

export type CompareSide = 'before' | 'after';

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

export async function compareVersions(
	before: Uint8Array,
	after: Uint8Array,
	options: DiffOptions = {}
): Promise<CompareResult> {
	const [a, b] = await Promise.all([decodeVersion(before), decodeVersion(after)]);
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
			changes: diffPlans(a.plan, b.plan, options),
			readOnly: a.readOnly || b.readOnly,
			notes: [...new Set(notes)]
		};
	} catch (error) {
		return { status: 'failed', side: null, message: errorMessage(error) };
	}
}
