import type { Finding } from '../../domain/plan-check/types';
import { shortenLabel } from './label-text';

/** Names inside a summary sentence are cut at this length: a pasted page is not a name. */
const SUMMARY_NAME_LENGTH = 60;

/** "A, B, C" — or, past `max` names, "A, B, … H and 4 more". */
export function listNames(
	names: readonly string[],
	max = 8,
	andMore: (shown: string, rest: number) => string = (shown, rest) => `${shown} and ${rest} more`
): string {
	const shown = names.slice(0, max).map((name) => shortenLabel(name, SUMMARY_NAME_LENGTH));
	const rest = names.length - shown.length;
	return rest > 0 ? andMore(shown.join(', '), rest) : shown.join(', ');
}

/** A name short enough to read out in a one-sentence description. */
export function spokenName(name: string): string {
	return shortenLabel(name, 120);
}

/** Finding messages per record, keyed `kind:id`, in the findings' order. */
export function warningsByRecord(findings: readonly Finding[] = []): Map<string, string[]> {
	const map = new Map<string, string[]>();
	for (const finding of findings) {
		if (!finding.record) continue;
		const key = `${finding.record.kind}:${finding.record.id}`;
		const list = map.get(key);
		if (list) list.push(finding.message);
		else map.set(key, [finding.message]);
	}
	return map;
}

/** Sorts records the way the plan lists them: by `order`, then by id so ties cannot flip. */
export function byRecordOrder<T extends { order: number; id: string }>(a: T, b: T): number {
	return a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
