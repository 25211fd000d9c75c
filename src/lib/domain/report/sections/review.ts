import { m } from '../../../paraglide/messages.js';
import { formatList, type Locale } from '../../locale';
import type { Severity } from '../../plan-check';
import { stepTitle } from '../../steps';
import type { SectionContext } from '../context';
import type { Block, ReportFinding } from '../types';

const SEVERITY_MESSAGES = {
	error: m.report_severity_error,
	warning: m.report_severity_warning,
	info: m.report_severity_info
} as const satisfies Record<Severity, unknown>;

/** "1 must fix", "4 weak spots": findings of one severity, counted. */
const SEVERITY_COUNTS = {
	error: m.report_must_fix,
	warning: m.report_weak_spots,
	info: m.report_worth_a_look
} as const satisfies Record<Severity, unknown>;

/** "Must fix", "Weak spot", "Worth a look", in the report's language. */
export function severityLabel(severity: Severity, locale: Locale): string {
	return SEVERITY_MESSAGES[severity]({}, { locale });
}

export function reportFindings(ctx: SectionContext): ReportFinding[] {
	return ctx.findings.map((finding) => ({
		severity: finding.severity,
		label: severityLabel(finding.severity, ctx.locale),
		message: finding.message,
		why: finding.why,
		step: stepTitle(finding.step, ctx.locale)
	}));
}

/** "1 must fix, 4 weak spots": the plan check in a phrase. */
export function findingsSummary(findings: readonly ReportFinding[], locale: Locale): string {
	if (findings.length === 0) return m.report_check_none({}, { locale });
	const parts = (['error', 'warning', 'info'] as const)
		.map((severity) => {
			const count = findings.filter((f) => f.severity === severity).length;
			return count === 0 ? '' : SEVERITY_COUNTS[severity]({ count }, { locale });
		})
		.filter((part) => part !== '');
	const points = m.report_open_points({ count: findings.length }, { locale });
	return m.report_check_found({ points, parts: formatList(parts, locale) }, { locale });
}

/** Step 8: the weak spots the plan check still sees, each with the reason it matters. */
export function reviewBlocks(ctx: SectionContext): Block[] {
	const findings = reportFindings(ctx);
	return [
		{ type: 'paragraph', text: findingsSummary(findings, ctx.locale) },
		...(findings.length > 0 ? [{ type: 'findings', items: findings } as const] : [])
	];
}
