import { m } from '../../../paraglide/messages.js';
import type { Locale } from '../../locale';
import type { Severity } from '../../plan-check';
import { stepTitle } from '../../steps';
import type { SectionContext } from '../context';
import { count } from '../format';
import type { Block, ReportFinding } from '../types';

const SEVERITY_MESSAGES = {
	error: m.report_severity_error,
	warning: m.report_severity_warning,
	info: m.report_severity_info
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
export function findingsSummary(findings: readonly ReportFinding[]): string {
	if (findings.length === 0) return 'The plan check found no open points.';
	const parts = (['error', 'warning', 'info'] as const)
		.map((severity) => {
			const n = findings.filter((f) => f.severity === severity).length;
			if (n === 0) return '';
			if (severity === 'error') return `${n} must fix`;
			if (severity === 'warning') return count(n, 'weak spot');
			return `${n} worth a look`;
		})
		.filter((part) => part !== '');
	return `The plan check found ${count(findings.length, 'open point')}: ${parts.join(', ')}.`;
}

/** Step 8: the weak spots the plan check still sees, each with the reason it matters. */
export function reviewBlocks(ctx: SectionContext): Block[] {
	const findings = reportFindings(ctx);
	return [
		{ type: 'paragraph', text: findingsSummary(findings) },
		...(findings.length > 0 ? [{ type: 'findings', items: findings } as const] : [])
	];
}
