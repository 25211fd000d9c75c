import type { StepId } from '../domain/steps';
import { stepById } from '../domain/steps';
import {
	DOWNLOAD_BOARD_NOTES,
	drawBoard,
	type BoardDrawing,
	type BoardSource
} from '../export/board-svg';
import { boardFileName } from '../export/file-name';
import { downloadBlob } from './download';
import { svgToPng } from './svg-png';
import { m } from '../paraglide/messages.js';
import { getLocale } from '../paraglide/runtime.js';

/** What a board download reads: the plan, or the lists and title a board component already has. */
export interface BoardPlan extends BoardSource {
	readonly meta: { readonly title: string };
}

/**
 * A step's board as a download draws it: at its own size (up to a wall's width), up to
 * DOWNLOAD_BOARD_NOTES notes with all their lines, headed by the workshop and the step so the file
 * says what it is on a slide. Null when the board has no note with text.
 */
export function boardDownloadDrawing(step: StepId, plan: BoardPlan): BoardDrawing | null {
	const { number, title } = stepById(step);
	const workshop = plan.meta.title.trim();
	return drawBoard(step, plan, {
		maxNotes: DOWNLOAD_BOARD_NOTES,
		maxTextLines: Infinity,
		heading: `${workshop === '' ? '' : `${workshop} — `}${number}. ${title}`,
		locale: getLocale()
	});
}

/** Saves a step's board as SVG or PNG; rejects with a message to show when it cannot. */
export async function downloadBoard(
	step: StepId,
	plan: BoardPlan,
	format: 'svg' | 'png'
): Promise<void> {
	const drawing = boardDownloadDrawing(step, plan);
	if (!drawing) throw new Error(m.download_board_no_notes());
	const blob =
		format === 'svg'
			? new Blob([drawing.svg], { type: 'image/svg+xml' })
			: await svgToPng(drawing.svg, 'board');
	downloadBlob(blob, boardFileName(plan.meta.title, step, format));
}
