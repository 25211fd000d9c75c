import type { MaturityRow } from '../../domain/report';
import { COLORS } from './theme';

/**
 * The maturity result as a small vector chart: for each dimension a 1–5 scale, a dot per score
 * sized by how many people gave it, a band over the range, and a tick at the mean. Counts only:
 * nothing on it belongs to a person.
 */

const ROW = 40;
const TOP = 30;
const LABEL_WIDTH = 104;
const FLAG_WIDTH = 78;

function escape(text: string): string {
	return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function maturityChartSvg(rows: readonly MaturityRow[], width: number): string {
	const height = TOP + rows.length * ROW + 6;
	const x0 = LABEL_WIDTH + 10;
	const x1 = width - FLAG_WIDTH - 10;
	const xOf = (score: number) => x0 + ((score - 1) / 4) * (x1 - x0);
	const most = Math.max(1, ...rows.flatMap((row) => row.histogram));
	const parts: string[] = [];

	const text = (x: number, y: number, content: string, attrs: string) =>
		parts.push(
			`<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" font-family="Roboto" ${attrs}>${escape(content)}</text>`
		);

	for (let score = 1; score <= 5; score++) {
		const x = xOf(score);
		parts.push(
			`<line x1="${x.toFixed(1)}" y1="${TOP - 6}" x2="${x.toFixed(1)}" y2="${height - 4}" stroke="${COLORS.rule}" stroke-width="0.6"/>`
		);
		text(x, 12, String(score), `font-size="8" fill="${COLORS.muted}" text-anchor="middle"`);
	}
	text(xOf(1), 22, 'present', `font-size="7" fill="${COLORS.faint}" text-anchor="middle"`);
	text(xOf(5), 22, 'living', `font-size="7" fill="${COLORS.faint}" text-anchor="middle"`);

	rows.forEach((row, index) => {
		const y = TOP + index * ROW + ROW / 2;
		text(0, y + 3.5, row.label, `font-size="9.5" font-weight="bold" fill="${COLORS.ink}"`);
		parts.push(
			`<line x1="${x0}" y1="${y}" x2="${x1.toFixed(1)}" y2="${y}" stroke="${COLORS.accentMid}" stroke-width="1"/>`
		);
		if (row.count === 0 || row.min === null || row.max === null || row.mean === null) {
			text(x1 + 10, y + 3, 'not rated', `font-size="8" fill="${COLORS.faint}"`);
			return;
		}
		parts.push(
			`<rect x="${(xOf(row.min) - 7).toFixed(1)}" y="${y - 7}" width="${(xOf(row.max) - xOf(row.min) + 14).toFixed(1)}" height="14" rx="7" fill="${COLORS.accentSoft}"/>`
		);
		row.histogram.forEach((n, i) => {
			if (n === 0) return;
			const r = 2.5 + 5 * Math.sqrt(n / most);
			parts.push(
				`<circle cx="${xOf(i + 1).toFixed(1)}" cy="${y}" r="${r.toFixed(1)}" fill="${COLORS.accent}" fill-opacity="0.85"/>`
			);
		});
		const mean = xOf(row.mean);
		parts.push(
			`<line x1="${mean.toFixed(1)}" y1="${y - 11}" x2="${mean.toFixed(1)}" y2="${y + 11}" stroke="${COLORS.ink}" stroke-width="1.4"/>`
		);
		text(x1 + 10, y - 1, `mean ${row.mean.toFixed(1)}`, `font-size="8" fill="${COLORS.ink}"`);
		text(
			x1 + 10,
			y + 9,
			row.disagreement ? 'wide spread' : `${row.count} rated`,
			`font-size="7.5" fill="${row.disagreement ? COLORS.warning : COLORS.muted}"`
		);
	});

	return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${parts.join('')}</svg>`;
}
