import type { Finding } from './types';

/**
 * Whether two runs of the plan check found the same, in the same order. Each run makes new
 * objects; when nothing changed the earlier list is kept, so what is drawn from it (the maps'
 * flags, the step list's badges) is not worked out again after every pause in typing.
 */
export function sameFindings(before: readonly Finding[], after: readonly Finding[]): boolean {
	if (before === after) return true;
	if (before.length !== after.length) return false;
	return before.every((finding, index) => {
		const other = after[index]!;
		return (
			finding.rule === other.rule &&
			finding.severity === other.severity &&
			finding.message === other.message &&
			finding.why === other.why &&
			finding.step === other.step &&
			finding.record?.kind === other.record?.kind &&
			finding.record?.id === other.record?.id
		);
	});
}
