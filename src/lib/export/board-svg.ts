import { boardLayout, type LaidOutFrame, type LaidOutNote } from '../canvas/board-layout';
import { frameOf } from '../canvas/frames';
import { inflateRect, intersectionOf, unionOf, type Rect } from '../canvas/geometry';
import { NOTE_SIZE } from '../canvas/metrics';
import { formatCount, type Locale } from '../domain/locale';
import type { BoardFrame, StickyNote } from '../domain/plan';
import type { EditionSource } from '../domain/report';
import { stepById, stepTitle, type StepId } from '../domain/steps';
import { clipCharacters, ELLIPSIS } from '../domain/text';
import { isKeyOf, NOTE_COLORS, type NoteColor } from '../domain/vocabulary';
import { escapeXml, formatNumber } from '../maps/shared/escape';
import { fitToWidth } from '../maps/shared/label-text';
import { textWidth } from '../maps/shared/text-width';
import { DOCUMENT_MAP_WIDTH } from './map-svgs';
import { m } from '../paraglide/messages.js';

/**
 * One step's board as a standalone SVG document: the frames as labelled rectangles, the notes as
 * coloured squares with their text, in the places `boardLayout` gives them (the same places the
 * canvas shows). For the PDF's appendix and for downloads.
 *
 * Like the maps' SVG, the document is inert by construction: a fixed set of elements and
 * attributes, every piece of user text through `escapeXml`, so a note that says `<script>` prints
 * as those characters. Its cost is bounded: at most `maxNotes` notes are drawn (whole groups,
 * largest first), each note's text is wrapped from its first few hundred characters only and
 * clipped to the note with an ellipsis, and a line under the drawing says how many were left out.
 */

/** What a board is drawn from: a plan, or the lists the canvas already holds. */
export interface BoardSource {
	readonly notes: readonly StickyNote[];
	readonly frames: readonly BoardFrame[];
}

export interface BoardDrawingOptions {
	/**
	 * Width of the document in px; the board is scaled to fit it. Without one, the board is drawn at
	 * its own size (one canvas unit, one px), up to NATURAL_WIDTH_LIMIT.
	 */
	width?: number;
	/** At most this many notes are drawn (see `chooseNotes`). */
	maxNotes?: number;
	/**
	 * At most this many lines of note text in the whole drawing: each note gets an equal share (one
	 * line at least, NOTE_LINES at most). Text is what a PDF renderer pays for most.
	 */
	maxTextLines?: number;
	/** A line above the drawing (the workshop and the step, for a download). */
	heading?: string;
	/** The language of the drawing's own words (its title, description and notice); English by default. */
	locale?: Locale;
	/** The line that says a drawing leaves notes out. */
	limitNotice?: (shown: number, total: number, locale: Locale) => string;
	/**
	 * Whether that line is part of the drawing (the default: a downloaded file must say it), or only
	 * returned as `notice` for the document to print legibly under a drawing it scales down.
	 */
	noticeInDrawing?: boolean;
}

export interface BoardDrawing {
	svg: string;
	width: number;
	height: number;
	/** Notes drawn, and notes with text on the board. */
	shown: number;
	total: number;
	/** The line that says how many notes the drawing shows; '' when it shows them all. */
	notice: string;
}

/** Notes in one drawing of the PDF: a few hundred keep a page fast to make and to open. */
export const PDF_BOARD_NOTES = 300;
/**
 * Lines of note text in one drawing of the PDF. Text is what the PDF engine pays for most: on the
 * large workshop (8 boards of 300 notes) every line of every note took it about four times as long
 * as the squares alone. A board of up to 66 notes still gets every line; a full drawing gets each
 * note's first line, printed so small that it is there to zoom into (the list under it is to read).
 */
export const PDF_BOARD_LINES = 400;
/** Notes in a downloaded drawing: more than the PDF, still a file any viewer opens. */
export const DOWNLOAD_BOARD_NOTES = 1_000;
/** Frames drawn at most (a hostile file may hold thousands). */
const MAX_FRAMES = 200;
/** The widest a drawing without a given width gets, in px. */
export const NATURAL_WIDTH_LIMIT = 2_400;
/** The narrowest a drawing without a given width gets, in px. */
const MIN_NATURAL_WIDTH = 320;
/** Notes are never drawn larger than this many times their canvas size. */
const MAX_SCALE = 1.5;
/** The tallest a drawing gets, as a multiple of its width: a one-column wall stays a strip. */
const MAX_ASPECT = 4;
/**
 * How far beyond its notes a drawing shows frames, in canvas units: a frame stretched to the edge of
 * the canvas (a hostile file, or a slip of the mouse) must not shrink the notes to dots.
 */
const FRAME_SLACK = 600;

/** Measures in canvas units (scaled with the board). */
const NOTE_FONT = 13;
const NOTE_LINE = 16;
const NOTE_PADDING = 9;
const NOTE_LINES = Math.floor((NOTE_SIZE.height - 2 * NOTE_PADDING) / NOTE_LINE);
/** Characters of a note read for wrapping: more than its lines can ever show. */
const NOTE_SCAN = 400;
const FRAME_FONT = 20;
const FRAME_LABEL_INSET = 12;
const FRAME_LABEL_BASELINE = 27;

/** Measures in px of the document (not scaled). */
const MARGIN = 12;
const HEADING_FONT = 15;
const HEADING_HEIGHT = 26;
const NOTICE_FONT = 12;
const NOTICE_HEIGHT = 22;

/** Roboto as in the PDF, then the Noto families that the PNG embeds for other scripts. */
const FONT_FAMILY =
	"Roboto, Helvetica, Arial, 'Noto Sans SC', 'Noto Sans TC', 'Noto Sans JP', 'Noto Sans KR', " +
	"'Noto Sans Arabic', 'Noto Sans Hebrew', 'Noto Sans Thai', 'Noto Sans Devanagari', 'Noto Emoji', sans-serif";
/** The PDF theme's ink, muted text and accent. */
const INK = '#1d2a31';
const MUTED = '#56666f';
const ACCENT = '#0e6468';

/**
 * Light fills that print on any printer and keep ink text far above 7:1 contrast, with a darker
 * edge of the same hue so a note still reads as a note in greyscale. The fills are the screen's.
 */
export const NOTE_PAINT = {
	yellow: { fill: '#fff6bf', stroke: '#c2a92a' },
	pink: { fill: '#fde0ea', stroke: '#c4738f' },
	blue: { fill: '#dcebfb', stroke: '#6c97c6' },
	green: { fill: '#dff3df', stroke: '#6da56d' },
	orange: { fill: '#ffe6cc', stroke: '#cc8a45' },
	purple: { fill: '#ece1f7', stroke: '#9a7bbd' }
} as const satisfies Record<NoteColor, { fill: string; stroke: string }>;

const FRAME_PAINT = { fill: '#f3f6f6', stroke: '#9cc5c2' };
/** Notes left out of a drawing but inside its area: blank squares, so no hole looks like a gap. */
const LEFT_OUT_PAINT = { fill: '#f7f9f9', stroke: '#d3dcdf' };
/** Left-out squares drawn at most (they are one path, a few bytes each). */
const MAX_LEFT_OUT = 5_000;

/** "Drawing shows 300 of 1,000 notes.", counted the way the language counts. */
const countedNotice =
	(message: typeof m.board_svg_shows) => (shown: number, total: number, locale: Locale) =>
		message(
			{
				count: total,
				countText: formatCount(total, locale),
				shownText: formatCount(shown, locale)
			},
			{ locale }
		);

const defaultNotice = countedNotice(m.board_svg_shows);

/** "12 notes in 3 groups.": what the drawing shows, for its description. */
function describe(notes: number, groups: number, locale: Locale): string {
	const options = { locale };
	const count = (message: typeof m.board_svg_notes, n: number) =>
		message({ count: n, countText: formatCount(n, locale) }, options);
	const noteCount = count(m.board_svg_notes, notes);
	return groups === 0
		? m.board_svg_desc({ notes: noteCount }, options)
		: m.board_svg_desc_grouped(
				{ notes: noteCount, groups: count(m.board_svg_groups, groups) },
				options
			);
}

/** Reading order: top to bottom, then left to right. */
function byPlace(a: LaidOutNote, b: LaidOutNote): number {
	return a.rect.y - b.rect.y || a.rect.x - b.rect.x || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Which notes a drawing limited to `max` shows: whole frames, the fullest first (ties in layout
 * order), while they fit; the fullest frame cut to its first `max` notes in reading order when
 * even it does not fit; then ungrouped notes in reading order while room is left. Whole groups
 * keep the drawing honest: a frame is drawn with all of its notes or not at all, except the one
 * that is too big for any drawing.
 */
export function chooseNotes(
	notes: readonly LaidOutNote[],
	frames: readonly LaidOutFrame[],
	max: number
): { notes: LaidOutNote[]; holders: Map<string, number> } {
	const groups = new Map<string | null, LaidOutNote[]>();
	for (const note of notes) {
		const frame = frames.length > 0 ? (frameOf(note.rect, frames)?.id ?? null) : null;
		const group = groups.get(frame);
		if (group) group.push(note);
		else groups.set(frame, [note]);
	}
	const holders = new Map<string, number>();
	if (notes.length <= max) {
		for (const [frame, members] of groups) if (frame !== null) holders.set(frame, members.length);
		return { notes: [...notes], holders };
	}
	const frameOrder = new Map(frames.map((frame, index) => [frame.id, index]));
	const ranked = [...groups.entries()]
		.filter((entry): entry is [string, LaidOutNote[]] => entry[0] !== null)
		.sort(
			([a, x], [b, y]) => y.length - x.length || (frameOrder.get(a) ?? 0) - (frameOrder.get(b) ?? 0)
		);
	const chosen = new Set<string>();
	let room = Math.max(0, max);
	for (const [frame, members] of ranked) {
		if (room === 0) break;
		if (members.length > room && chosen.size > 0) continue;
		const taken = members.length > room ? [...members].sort(byPlace).slice(0, room) : members;
		for (const note of taken) chosen.add(note.id);
		holders.set(frame, taken.length);
		room -= taken.length;
	}
	const loose = [...(groups.get(null) ?? [])].sort(byPlace).slice(0, room);
	for (const note of loose) chosen.add(note.id);
	// Layout order is the stacking order: drawn bottom to top as on the canvas.
	return { notes: notes.filter((note) => chosen.has(note.id)), holders };
}

/** The longest start of `text` no wider than `width`, cut between characters (for a long word). */
function longestFitting(text: string, width: number, fontSize: number): string {
	const length = [...text].length;
	let low = 0;
	let high = length;
	while (low < high) {
		const mid = Math.ceil((low + high) / 2);
		if (textWidth(clipCharacters(text, mid), fontSize) <= width) low = mid;
		else high = mid - 1;
	}
	// At least one whole character, so every pass makes progress.
	for (let take = Math.max(1, low); take <= length; take++) {
		const head = clipCharacters(text, take);
		if (head !== '') return head;
	}
	return text;
}

/**
 * The start of `text` that wrapping reads: NOTE_SCAN characters at most. Cut before a space when
 * there is one (a grapheme cluster never continues across a space), which spares segmenting the
 * text: with hundreds of notes in a drawing, that was most of its cost.
 */
function scanned(text: string): string {
	if (text.length <= NOTE_SCAN) return text;
	const window = text.slice(0, NOTE_SCAN);
	const space = window.search(/\s\S*$/u);
	return space > 0 ? window.slice(0, space) : clipCharacters(text, NOTE_SCAN);
}

/** `line` with an ellipsis that still fits: whole words dropped first, then characters. */
function withEllipsis(line: string, width: number, fontSize: number): string {
	let head = line.trimEnd();
	while (textWidth(`${head}${ELLIPSIS}`, fontSize) > width) {
		const space = head.lastIndexOf(' ');
		if (space <= 0) return fitToWidth(`${head}${ELLIPSIS}`, width, fontSize).text;
		head = head.slice(0, space).trimEnd();
	}
	return `${head.replace(/[\s.,;:\-–—]+$/u, '') || head}${ELLIPSIS}`;
}

/**
 * A note's text as the lines that fit a box `width` wide and `maxLines` high: wrapped at spaces
 * (and inside a word longer than a line), line breaks kept, the last line ending in an ellipsis
 * when anything is left over. Reads only the text's first NOTE_SCAN characters, so a note of any
 * length costs the same.
 */
export function wrapText(
	text: string,
	width: number,
	fontSize: number,
	maxLines: number
): { lines: string[]; clipped: boolean } {
	const whole = text.trim();
	const head = scanned(whole);
	let clipped = head.length < whole.length;
	const lines: string[] = [];
	const paragraphs = head.replace(/\r\n?/g, '\n').split('\n');
	outer: for (const paragraph of paragraphs) {
		const words = paragraph.split(/\s+/u).filter((word) => word !== '');
		let line = '';
		for (const word of words) {
			const candidate = line === '' ? word : `${line} ${word}`;
			if (textWidth(candidate, fontSize) <= width) {
				line = candidate;
				continue;
			}
			if (line !== '') lines.push(line);
			line = word;
			while (textWidth(line, fontSize) > width) {
				const part = longestFitting(line, width, fontSize);
				lines.push(part);
				line = line.slice(part.length);
				if (lines.length > maxLines) break outer;
			}
			if (lines.length > maxLines) break outer;
		}
		lines.push(line);
		if (lines.length > maxLines) break;
	}
	if (lines.length > maxLines) {
		lines.length = maxLines;
		clipped = true;
	}
	if (clipped && lines.length > 0) {
		const last = lines.length - 1;
		lines[last] = withEllipsis(lines[last] ?? '', width, fontSize);
	}
	return { lines, clipped };
}

/** A number for a transform: formatNumber's two decimals would misplace a scaled board. */
function exact(value: number): string {
	return Number.isFinite(value) ? String(Number(value.toPrecision(9))) : '0';
}

function attributes(values: Record<string, string | number>): string {
	return Object.entries(values)
		.map(
			([key, value]) =>
				` ${key}="${typeof value === 'number' ? formatNumber(value) : escapeXml(value)}"`
		)
		.join('');
}

function rect(box: Rect, extra: Record<string, string | number>): string {
	return `<rect${attributes({ x: box.x, y: box.y, width: box.width, height: box.height, ...extra })}/>`;
}

function text(x: number, y: number, content: string, extra: Record<string, string | number>) {
	return `<text${attributes({ x, y, ...extra })}>${escapeXml(content)}</text>`;
}

/**
 * A note: a square (no rounded corners, which a PDF draws as curves: twice the bytes) and its
 * first `maxLines` lines of text.
 */
function noteSvg(note: LaidOutNote, record: StickyNote, maxLines: number): string {
	const paint = NOTE_PAINT[isKeyOf(NOTE_COLORS, record.color) ? record.color : 'yellow'];
	const width = note.rect.width - 2 * NOTE_PADDING;
	const { lines } = wrapText(record.text, width, NOTE_FONT, maxLines);
	const x = note.rect.x + NOTE_PADDING;
	const top = note.rect.y + NOTE_PADDING + NOTE_FONT;
	return (
		rect(note.rect, { fill: paint.fill, stroke: paint.stroke, 'stroke-width': 1.5 }) +
		lines.map((line, index) => text(x, top + index * NOTE_LINE, line, {})).join('')
	);
}

function frameSvg(frame: LaidOutFrame, crop: Rect): string {
	const box = intersectionOf(frame.rect, crop);
	if (box === null) return '';
	const shape = rect(box, { rx: 8, fill: FRAME_PAINT.fill, stroke: FRAME_PAINT.stroke });
	const name = frame.name.trim();
	if (name === '') return shape;
	const label = fitToWidth(name, Math.max(0, box.width - 2 * FRAME_LABEL_INSET), FRAME_FONT);
	if (label.text === ELLIPSIS && label.truncated && box.width < 4 * FRAME_LABEL_INSET) return shape;
	return (
		shape +
		text(box.x + FRAME_LABEL_INSET, box.y + FRAME_LABEL_BASELINE, label.text, {
			'font-size': FRAME_FONT,
			'font-weight': 'bold',
			fill: ACCENT
		})
	);
}

/**
 * One step's board as an SVG document, or null when the step has no note with text (an empty
 * board has nothing worth a drawing). Notes without text are laid out (so every other note sits
 * where the canvas shows it) but not drawn, as the report does not list them either.
 */
export function drawBoard(
	step: StepId,
	source: BoardSource,
	options: BoardDrawingOptions = {}
): BoardDrawing | null {
	const locale = options.locale ?? 'en';
	const notes = source.notes.filter((note) => note.step === step);
	const frames = source.frames.filter((frame) => frame.step === step);
	const written = new Map(
		notes.filter((note) => note.text.trim() !== '').map((note) => [note.id, note])
	);
	if (written.size === 0) return null;

	const layout = boardLayout(step, notes, frames);
	const candidates = layout.notes.filter((note) => written.has(note.id));
	const maxNotes = Math.max(1, Math.floor(options.maxNotes ?? PDF_BOARD_NOTES));
	const limited = candidates.length > maxNotes;
	const chosen = chooseNotes(candidates, layout.frames, maxNotes);
	const textLines = options.maxTextLines ?? PDF_BOARD_LINES;
	const linesPerNote = Math.max(
		1,
		Math.min(NOTE_LINES, Math.floor(textLines / Math.max(1, chosen.notes.length)))
	);

	// Frames holding a drawn note, fullest first; when nothing is left out, empty frames too.
	const order = new Map(layout.frames.map((frame, index) => [frame.id, index]));
	const framesToDraw = new Set(
		layout.frames
			.filter((frame) => chosen.holders.has(frame.id) || !limited)
			.sort(
				(a, b) =>
					(chosen.holders.get(b.id) ?? 0) - (chosen.holders.get(a.id) ?? 0) ||
					(order.get(a.id) ?? 0) - (order.get(b.id) ?? 0)
			)
			.slice(0, MAX_FRAMES)
			.map((frame) => frame.id)
	);
	const drawnFrames = layout.frames.filter((frame) => framesToDraw.has(frame.id));

	const noteArea = unionOf(chosen.notes.map((note) => note.rect));
	if (noteArea === null) return null;
	const crop =
		intersectionOf(
			unionOf([noteArea, ...drawnFrames.map((frame) => frame.rect)]) ?? noteArea,
			inflateRect(noteArea, FRAME_SLACK)
		) ?? noteArea;

	// Notes left out that lie inside the drawing's area: one path of blank squares.
	const drawnIds = new Set(chosen.notes.map((note) => note.id));
	const leftOut = limited
		? candidates
				.filter((note) => !drawnIds.has(note.id) && intersectionOf(note.rect, crop) !== null)
				.slice(0, MAX_LEFT_OUT)
				.map(
					({ rect: r }) =>
						`M${formatNumber(r.x)} ${formatNumber(r.y)}h${formatNumber(r.width)}v${formatNumber(r.height)}h${formatNumber(-r.width)}z`
				)
				.join('')
		: '';

	// Without a width: the board at its own size, wide enough for its heading, never enlarged.
	const heading = options.heading?.trim() ?? '';
	const requested = options.width ?? NaN;
	const fixed = Number.isFinite(requested) && requested > 2 * MARGIN ? requested : null;
	const natural = fixed === null;
	const width =
		fixed ??
		Math.min(
			NATURAL_WIDTH_LIMIT,
			Math.max(
				crop.width,
				heading === '' ? 0 : textWidth(heading, HEADING_FONT),
				MIN_NATURAL_WIDTH
			) +
				2 * MARGIN
		);
	const inner = width - 2 * MARGIN;
	const scale = Math.min(
		inner / Math.max(1, crop.width),
		natural ? 1 : MAX_SCALE,
		(MAX_ASPECT * width) / Math.max(1, crop.height)
	);
	const top = MARGIN + (heading === '' ? 0 : HEADING_HEIGHT);
	const boardHeight = crop.height * scale;
	const notice = limited
		? (options.limitNotice ?? defaultNotice)(chosen.notes.length, candidates.length, locale)
		: '';
	const noticeLine = options.noticeInDrawing === false ? '' : notice;
	const height = Math.ceil(top + boardHeight + MARGIN + (noticeLine === '' ? 0 : NOTICE_HEIGHT));
	// Scaled about the crop's corner, so the canvas's own (large) coordinates stay exact in the file.
	const placement =
		`translate(${exact(MARGIN + (inner - crop.width * scale) / 2)} ${exact(top)}) ` +
		`scale(${exact(scale)}) translate(${exact(-crop.x)} ${exact(-crop.y)})`;

	const title = m.board_svg_title(
		{ number: formatCount(stepById(step).number, locale), title: stepTitle(step, locale) },
		{ locale }
	);
	const description = limited ? notice : describe(candidates.length, chosen.holders.size, locale);

	const body = [
		`<title>${escapeXml(title)}</title>`,
		`<desc>${escapeXml(description)}</desc>`,
		rect({ x: 0, y: 0, width, height }, { fill: '#ffffff' }),
		heading === ''
			? ''
			: text(MARGIN, MARGIN + HEADING_FONT, fitToWidth(heading, inner, HEADING_FONT).text, {
					'font-size': HEADING_FONT,
					'font-weight': 'bold',
					fill: INK
				}),
		`<g transform="${placement}">`,
		`<g>${drawnFrames.map((frame) => frameSvg(frame, crop)).join('')}</g>`,
		leftOut === ''
			? ''
			: `<path${attributes({ d: leftOut, fill: LEFT_OUT_PAINT.fill, stroke: LEFT_OUT_PAINT.stroke })}/>`,
		`<g font-size="${NOTE_FONT}" fill="${INK}">`,
		chosen.notes
			.map((note) => noteSvg(note, written.get(note.id) as StickyNote, linesPerNote))
			.join(''),
		'</g></g>',
		noticeLine === ''
			? ''
			: text(MARGIN, height - MARGIN - 4, fitToWidth(noticeLine, inner, NOTICE_FONT).text, {
					'font-size': NOTICE_FONT,
					fill: MUTED
				})
	].join('');

	const svg = `<svg${attributes({
		xmlns: 'http://www.w3.org/2000/svg',
		viewBox: `0 0 ${formatNumber(width)} ${formatNumber(height)}`,
		width,
		height,
		role: 'img',
		'font-family': FONT_FAMILY
	})}>${body}</svg>\n`;
	return { svg, width, height, shown: chosen.notes.length, total: candidates.length, notice };
}

/** The PDF's line under a drawing that leaves notes out: the list under it has them all. */
export const pdfLimitNotice = countedNotice(m.board_svg_shows_listed);

/**
 * The boards a report draws, from the edition's own plan (the public edition never sees an internal
 * note or frame). A board that fails to draw is left out and the PDF says so in its place. The line
 * about notes left out is returned, not drawn: the PDF prints it as text under the scaled drawing.
 */
export function drawBoards(
	source: EditionSource,
	steps: readonly StepId[],
	width = DOCUMENT_MAP_WIDTH
): { boards: Partial<Record<StepId, BoardDrawing>>; failed: StepId[] } {
	const boards: Partial<Record<StepId, BoardDrawing>> = {};
	const failed: StepId[] = [];
	for (const step of steps) {
		try {
			const drawing = drawBoard(step, source.plan, {
				width,
				maxNotes: PDF_BOARD_NOTES,
				maxTextLines: PDF_BOARD_LINES,
				limitNotice: pdfLimitNotice,
				noticeInDrawing: false,
				locale: source.locale
			});
			if (drawing) boards[step] = drawing;
		} catch (error) {
			console.error(`The board of ${step} could not be drawn for the export.`, error);
			failed.push(step);
		}
	}
	return { boards, failed };
}
