import type { Content, Node } from 'pdfmake/interfaces';
import { shorten } from '../../domain/text';
import { pdfText } from './text';
import { COLORS, PAGE_MARGINS, STYLES } from './theme';

/**
 * The running header and footer of every page but the cover. Every node in them carries the
 * `running` style name, so the page-break hook can tell them from the body (see isRunning).
 */

const RUNNING = 'running';
/** The header is one line: a longer title is cut there (the cover has it whole). */
const HEADER_TITLE = 90;

export function isRunning(node: Node): boolean {
	return node.style === RUNNING;
}

/** The workshop title left, the organisation right, a hairline under them. */
export function runningHeader(title: string, organisation: string, width: number): Content {
	return {
		style: RUNNING,
		stack: [
			{
				style: RUNNING,
				columns: [
					{
						text: pdfText(shorten(title, HEADER_TITLE)),
						...STYLES.pageHeader,
						style: RUNNING,
						width: '*'
					},
					{
						text: organisation ? pdfText(organisation) : '',
						...STYLES.pageHeader,
						style: RUNNING,
						alignment: 'right',
						width: 'auto'
					}
				],
				columnGap: 16
			},
			{
				style: RUNNING,
				canvas: [
					{ type: 'line', x1: 0, y1: 0, x2: width, y2: 0, lineWidth: 0.4, lineColor: COLORS.rule }
				],
				margin: [0, 5, 0, 0]
			}
		],
		margin: [PAGE_MARGINS[0], 30, PAGE_MARGINS[2], 0]
	};
}

/** Which edition this is, left; the page number, right. */
export function runningFooter(edition: string, page: number, pages: number): Content {
	return {
		style: RUNNING,
		columns: [
			{ text: edition, ...STYLES.pageHeader, style: RUNNING, width: '*' },
			{
				text: `${page} / ${pages}`,
				...STYLES.pageHeader,
				style: RUNNING,
				alignment: 'right',
				width: 'auto'
			}
		],
		margin: [PAGE_MARGINS[0], 24, PAGE_MARGINS[2], 0]
	};
}
