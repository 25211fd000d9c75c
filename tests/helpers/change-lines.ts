import type { PlanChanges, WordPart } from '../../src/lib/domain/versions';

/** Word parts as one line: `[-deleted-]` and `{+inserted+}`, as `git diff --word-diff` shows them. */
export function wordLine(parts: readonly WordPart[]): string {
	return parts
		.map((part) =>
			part.type === 'same'
				? part.text
				: part.type === 'removed'
					? `[-${part.text}-]`
					: `{+${part.text}+}`
		)
		.join('');
}

/**
 * A comparison as short lines, one per change, for golden tests: a list a person can read in a
 * failing test's output and that changes whenever anything in the comparison does.
 */
export function changeLines(changes: PlanChanges): string[] {
	const lines: string[] = [];
	for (const step of changes.steps) {
		for (const record of step.records) {
			const mark = record.internal ? ' (internal)' : '';
			lines.push(`${step.step}: ${record.collection} ${record.type} "${record.title}"${mark}`);
			if (record.move?.quadrantChanged) {
				const { before, after } = record.move;
				lines.push(
					`  moved ${before.quadrant ?? 'not placed'} → ${after.quadrant ?? 'not placed'}`
				);
			}
			if (record.decision)
				lines.push(`  decision ${record.decision.beforeText} → ${record.decision.afterText}`);
			for (const field of record.fields) {
				const value = field.words
					? wordLine(field.words)
					: `${field.beforeText} → ${field.afterText}`;
				lines.push(`  ${field.field}${field.internal ? ' (internal)' : ''}: ${value}`);
			}
		}
		for (const field of step.fields) {
			const value = field.words
				? wordLine(field.words)
				: `${field.beforeText} → ${field.afterText}`;
			lines.push(
				`${step.step}: ${field.section}.${field.field}${field.internal ? ' (internal)' : ''}: ${value}`
			);
		}
		for (const link of step.presence)
			lines.push(
				`${step.step}: presence ${link.stakeholder} on ${link.platform} ${link.before} → ${link.after}`
			);
		for (const result of step.maturity)
			lines.push(
				`${step.step}: maturity ${result.dimension} ${result.before.count} → ${result.after.count} ratings, mean ${result.before.mean ?? '-'} → ${result.after.mean ?? '-'}`
			);
		if (step.hours) lines.push(`${step.step}: hours ${step.hours.before} → ${step.hours.after}`);
	}
	return lines;
}
