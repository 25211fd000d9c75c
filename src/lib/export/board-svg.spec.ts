import { describe, expect, it } from 'vitest';
import { CYRILLIC_NAME, MARKUP_NAME } from '../../../tests/factories/workshop';
import { checkWellFormed, textContents } from '../../../tests/helpers/xml';
import { NOTE_SIZE } from '../canvas/metrics';
import type { BoardFrame, StickyNote } from '../domain/plan';
import type { StepId } from '../domain/steps';
import { ELLIPSIS } from '../domain/text';
import { keysOf, NOTE_COLORS } from '../domain/vocabulary';
import { stripInvalidXml } from '../maps/shared/escape';
import { textWidth } from '../maps/shared/text-width';
import { formatCount } from '../domain/locale';
import { drawBoard, NOTE_PAINT, pdfLimitNotice, wrapText, type BoardSource } from './board-svg';

const GREEK = 'Δημοτική Βιβλιοθήκη Αθηνών: ακούμε πρώτα τους αναγνώστες';
const CYRILLIC = `${CYRILLIC_NAME}: слушаем жителей района`;

function note(id: string, text: string, patch: Partial<StickyNote> = {}): StickyNote {
	return {
		id,
		order: Number(id.replace(/\D/g, '')) || 0,
		step: 'purpose',
		text,
		color: 'yellow',
		position: null,
		z: '',
		cluster: '',
		promotedTo: '',
		...patch
	};
}

function frame(id: string, name: string, rect: BoardFrame['rect'], step: StepId = 'purpose') {
	return { id, order: 0, step, name, rect, z: '' } satisfies BoardFrame;
}

const board = (notes: StickyNote[], frames: BoardFrame[] = []): BoardSource => ({ notes, frames });

function drawn(source: BoardSource, options: Parameters<typeof drawBoard>[2] = {}) {
	const drawing = drawBoard('purpose', source, options);
	if (!drawing) throw new Error('expected a drawing');
	return drawing;
}

/** Note squares: those with the note's edge (frames have none so wide). */
const noteRects = (svg: string) => svg.match(/<rect [^>]*stroke-width="1.5"/g) ?? [];

describe('drawBoard: user text is only ever text', () => {
	const cases = [
		{ name: 'a script element', text: '<script>alert(1)</script>', raw: '<script' },
		{ name: 'an ampersand', text: 'Tom & Jerry & co', raw: ' & ' },
		{ name: 'double quotes', text: 'The "quiet" readers', raw: '"quiet"' },
		{ name: 'single quotes', text: "Readers' club", raw: "Readers'" },
		{ name: 'an attribute break', text: '" onload="alert(1)', raw: 'onload="' },
		{ name: 'the end of a text element', text: '</text><image href="x"/>', raw: '<image' },
		{ name: 'a markup name', text: MARKUP_NAME, raw: '<script>' },
		{ name: 'control characters', text: 'bell\u0007 nul\u0000 end\uFFFE', raw: '\u0007' }
	];

	it.each(cases)('$name is escaped and printed as typed', ({ text, raw }) => {
		const { svg } = drawn(board([note('n1', text)]));
		expect(checkWellFormed(svg.trim())[0]).toBe('svg');
		expect(svg).not.toContain(raw);
		expect(svg).not.toMatch(/<script|<image|<foreignObject|\son\w+="/i);
		// A word too long for a line is broken, so compare without the line breaks.
		const printed = textContents(svg).join('');
		expect(printed.replace(/\s/g, '')).toBe(stripInvalidXml(text).replace(/\s/g, ''));
	});

	it('escapes a frame name and the heading too', () => {
		const { svg } = drawn(
			board(
				[note('n1', 'Idea', { cluster: '<b>&"x"' })],
				[frame('f1', '<b>&"x"', [0, 0, 600, 400])]
			),
			{ heading: 'Workshop <i>&</i>' }
		);
		checkWellFormed(svg.trim());
		expect(textContents(svg)).toEqual(
			expect.arrayContaining(['<b>&"x"', 'Workshop <i>&</i>', 'Idea'])
		);
		expect(svg).not.toMatch(/<b>|<i>/);
	});
});

describe('drawBoard: text fitted to its note', () => {
	const width = NOTE_SIZE.width - 18;

	it('clips a 20,000-character note to the note with an ellipsis, cheaply', () => {
		const text = `${'Listening first, then speaking. '.repeat(700).slice(0, 19_997)}END`;
		expect(text.length).toBe(20_000);
		const started = performance.now();
		const { svg } = drawn(board([note('n1', text)]));
		expect(performance.now() - started).toBeLessThan(200);
		const lines = textContents(svg);
		expect(lines.length).toBeLessThanOrEqual(6);
		expect(lines.at(-1)?.endsWith(ELLIPSIS)).toBe(true);
		for (const line of lines) expect(textWidth(line, 13)).toBeLessThanOrEqual(width);
		expect(svg).not.toContain('END');
		expect(svg.length).toBeLessThan(3_000);
	});

	it.each([
		{ name: 'a short text', text: 'Be a library people talk to', lines: 2, clipped: false },
		{ name: 'one line', text: 'Short', lines: 1, clipped: false },
		{ name: 'line breaks kept', text: 'One\nTwo\nThree', lines: 3, clipped: false },
		{ name: 'an unbroken word', text: 'x'.repeat(300), lines: 6, clipped: true },
		{ name: 'Greek', text: GREEK, lines: 3, clipped: false },
		{ name: 'Cyrillic', text: CYRILLIC, lines: 3, clipped: false },
		{ name: 'too many lines', text: 'a\nb\nc\nd\ne\nf\ng\nh', lines: 6, clipped: true }
	])('wraps $name', ({ text, lines, clipped }) => {
		const wrapped = wrapText(text, width, 13, 6);
		expect(wrapped.lines).toHaveLength(lines);
		expect(wrapped.clipped).toBe(clipped);
		for (const line of wrapped.lines) expect(textWidth(line, 13)).toBeLessThanOrEqual(width);
		if (!clipped) expect(wrapped.lines.join(' ')).toBe(text.replace(/\n/g, ' '));
		else expect(wrapped.lines.at(-1)?.endsWith(ELLIPSIS)).toBe(true);
	});

	it.each([
		{ name: 'Greek', text: GREEK },
		{ name: 'Cyrillic', text: CYRILLIC }
	])('prints a $name note as typed', ({ text }) => {
		const { svg } = drawn(board([note('n1', text)]));
		expect(textContents(svg).join(' ')).toBe(text);
	});

	it('never splits a letter from its accent or an emoji family', () => {
		const text = `${'e\u0301'.repeat(40)}${'👩‍👩‍👧'.repeat(40)}`;
		for (const line of wrapText(text, width, 13, 6).lines) {
			expect(line).not.toMatch(/^\u0301/u);
			expect(line).not.toMatch(/^\u200d|\u200d$/u);
		}
	});
});

describe('drawBoard: what is drawn', () => {
	it.each<{ name: string; source: BoardSource }>([
		{ name: 'a board without notes', source: board([]) },
		{ name: 'a board of blank notes', source: board([note('n1', '  '), note('n2', '')]) },
		{
			name: 'a board with frames only',
			source: board([], [frame('f1', 'Ideas', [0, 0, 400, 300])])
		},
		{ name: 'notes of another step', source: board([note('n1', 'Hi', { step: 'goals' })]) }
	])('gives no drawing for $name', ({ source }) => {
		expect(drawBoard('purpose', source)).toBeNull();
	});

	it('fits the drawing to the width asked for', () => {
		const notes = Array.from({ length: 40 }, (_, i) =>
			note(`n${i}`, `Note ${i}`, { position: [i * 200, (i % 5) * 150] })
		);
		const drawing = drawn(board(notes), { width: 500 });
		expect(drawing.width).toBe(500);
		expect(drawing.svg).toMatch(/^<svg [^>]*width="500"/);
		const [, tx, , s, cx] =
			/translate\(([-\d.e]+) ([-\d.e]+)\) scale\(([-\d.e]+)\) translate\(([-\d.e]+)/
				.exec(drawing.svg)!
				.map(Number);
		const left = tx! + s! * (0 + cx!);
		const right = tx! + s! * (39 * 200 + NOTE_SIZE.width + cx!);
		expect(left).toBeGreaterThanOrEqual(0);
		expect(right).toBeLessThanOrEqual(500);
		expect(right - left).toBeGreaterThan(450);
	});

	it('paints each colour with its print fill, and an unknown colour as yellow', () => {
		const notes = [
			...keysOf(NOTE_COLORS).map((color, i) => note(`n${i}`, color, { color })),
			note('n9', 'odd', { color: 'url(#x)' as StickyNote['color'] })
		];
		const { svg } = drawn(board(notes));
		for (const color of keysOf(NOTE_COLORS))
			expect(svg).toContain(`fill="${NOTE_PAINT[color].fill}"`);
		expect(svg).not.toContain('url(');
		expect((svg.match(new RegExp(`fill="${NOTE_PAINT.yellow.fill}"`, 'g')) ?? []).length).toBe(2);
	});

	it.each(keysOf(NOTE_PAINT))(
		'keeps ink text readable on %s (contrast of 7:1 or more)',
		(color) => {
			const luminance = (hex: string) => {
				const [r, g, b] = [1, 3, 5].map((at) => {
					const c = parseInt(hex.slice(at, at + 2), 16) / 255;
					return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
				});
				return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
			};
			const contrast = (luminance(NOTE_PAINT[color].fill) + 0.05) / (luminance('#1d2a31') + 0.05);
			expect(contrast).toBeGreaterThanOrEqual(7);
		}
	);

	it('draws frames with their names, and a frame stretched across the canvas does not shrink the notes', () => {
		const notes = [
			note('n1', 'Inside', { position: [100, 100], cluster: 'Ideas' }),
			note('n2', 'Beside', { position: [400, 100], cluster: 'Ideas' })
		];
		const { svg } = drawn(
			board(notes, [frame('f1', 'Ideas', [-900_000, -900_000, 1_800_000, 1_800_000])])
		);
		expect(textContents(svg)).toContain('Ideas');
		const scale = Number(/scale\(([\d.e-]+)\)/.exec(svg)?.[1]);
		// 460 canvas units of notes and 2 × 600 of slack across 776 px.
		expect(scale).toBeGreaterThan(0.4);
	});

	it('draws the groups of notes without a stored place as the canvas does', () => {
		const notes = [
			note('n1', 'Loose'),
			note('n2', 'First idea', { cluster: 'Ideas' }),
			note('n3', 'Second idea', { cluster: 'Ideas' })
		];
		const { svg, shown, total } = drawn(board(notes));
		expect([shown, total]).toEqual([3, 3]);
		expect(noteRects(svg)).toHaveLength(3);
		expect(textContents(svg)).toEqual(expect.arrayContaining(['Ideas', 'Loose', 'First idea']));
		expect(svg).toContain('<desc>3 notes in 1 group.</desc>');
	});
});

describe('drawBoard: bounded cost', () => {
	const many = (count: number, patch: (i: number) => Partial<StickyNote> = () => ({})) =>
		Array.from({ length: count }, (_, i) => note(`n${i}`, `Note number ${i}`, patch(i)));

	it.each([
		{ notes: 1_000, max: 300, line: 'Drawing shows 300 of 1,000 notes.' },
		{ notes: 301, max: 300, line: 'Drawing shows 300 of 301 notes.' },
		{ notes: 2_500, max: 1_000, line: 'Drawing shows 1,000 of 2,500 notes.' }
	])('draws $max of $notes notes and says so', ({ notes, max, line }) => {
		const drawing = drawn(board(many(notes)), { maxNotes: max });
		expect([drawing.shown, drawing.total]).toEqual([max, notes]);
		expect(noteRects(drawing.svg)).toHaveLength(max);
		expect(textContents(drawing.svg)).toContain(line);
	});

	it('says nothing when every note is drawn', () => {
		const drawing = drawn(board(many(300)), { maxNotes: 300 });
		expect(drawing.shown).toBe(300);
		expect(drawing.svg).not.toContain('Drawing shows');
	});

	it('uses the wording it is given (the PDF points to the list)', () => {
		const drawing = drawn(board(many(1_000)), { maxNotes: 300, limitNotice: pdfLimitNotice });
		expect(textContents(drawing.svg)).toContain(
			'Drawing shows 300 of 1,000 notes; all are listed below.'
		);
	});

	it('returns the line without drawing it when the document prints it', () => {
		const drawing = drawn(board(many(400)), {
			maxNotes: 300,
			limitNotice: pdfLimitNotice,
			noticeInDrawing: false
		});
		expect(drawing.notice).toBe('Drawing shows 300 of 400 notes; all are listed below.');
		expect(textContents(drawing.svg).some((line) => line.startsWith('Drawing'))).toBe(false);
		expect(drawn(board(many(3))).notice).toBe('');
	});

	it('draws the notes it leaves out inside its area as blank squares', () => {
		const drawing = drawn(board(many(400)), { maxNotes: 300 });
		const path = /<path d="([^"]*)"/.exec(drawing.svg)?.[1] ?? '';
		// The first 300 in reading order fill whole rows of the grid and part of one: the rest of
		// that row is inside the drawing's area, the rows below it are not.
		const blanks = path.match(/M/g)?.length ?? 0;
		expect(blanks).toBeGreaterThan(0);
		expect(blanks).toBeLessThan(100);
		expect(noteRects(drawing.svg)).toHaveLength(300);
		expect(drawn(board(many(30))).svg).not.toContain('<path');
	});

	it('keeps whole groups, the fullest first', () => {
		const clusters = (i: number) => (i < 200 ? 'Big' : i < 260 ? 'Middle' : i < 360 ? 'Large' : '');
		const drawing = drawn(board(many(500, (i) => ({ cluster: clusters(i) }))), { maxNotes: 300 });
		const printed = textContents(drawing.svg);
		// Big (200) and Large (100) fill the drawing; Middle (60) and the loose notes are left out.
		expect(printed).toEqual(
			expect.arrayContaining(['Big', 'Large', 'Note number 0', 'Note number 359'])
		);
		expect(printed).not.toContain('Middle');
		expect(printed).not.toContain('Note number 200');
		expect(printed).not.toContain('Note number 499');
	});

	it('cuts a group larger than the whole drawing to its first notes in reading order', () => {
		const drawing = drawn(board(many(600, () => ({ cluster: 'Everything' }))), { maxNotes: 300 });
		const printed = textContents(drawing.svg);
		expect(printed).toContain('Note number 0');
		expect(printed).not.toContain('Note number 599');
		expect(drawing.shown).toBe(300);
	});

	it.each([
		{ notes: 50, budget: 600, each: 6 },
		{ notes: 150, budget: 600, each: 4 },
		{ notes: 300, budget: 600, each: 2 },
		{ notes: 300, budget: 100, each: 1 }
	])('shares $budget lines of text among $notes notes: $each each', ({ notes, budget, each }) => {
		const long = 'Every note here says a great deal more than fits in its square. '.repeat(5);
		const drawing = drawn(board(many(notes, () => ({ text: long }))), {
			maxNotes: 300,
			maxTextLines: budget
		});
		const lines = textContents(drawing.svg);
		expect(lines).toHaveLength(notes * each);
		expect(lines.filter((line) => line.endsWith(ELLIPSIS))).toHaveLength(notes);
	});

	it('draws 3,000 notes as 300 quickly, in a file of bounded size', () => {
		const notes = many(3_000, (i) => ({
			text: `${'A long note that goes on and on. '.repeat(50)}${i}`,
			cluster: ['Ideas', 'Risks', 'Quick wins', ''][i % 4]!
		}));
		const started = performance.now();
		const drawing = drawn(board(notes), { maxNotes: 300 });
		expect(performance.now() - started).toBeLessThan(4_000);
		expect(drawing.shown).toBe(300);
		expect(drawing.svg.length).toBeLessThan(300 * 1_200);
	});
});

describe('drawBoard: its own words in the language asked for', () => {
	const many = (count: number) =>
		Array.from({ length: count }, (_, i) =>
			note(`n${i}`, `Note ${i}`, i < 2 ? { cluster: 'Ideas' } : {})
		);
	const parts = (svg: string) => ({
		title: /<title>([^<]*)<\/title>/.exec(svg)?.[1],
		desc: /<desc>([^<]*)<\/desc>/.exec(svg)?.[1]
	});

	it.each([
		{
			locale: 'en',
			title: 'Board of step 1: Purpose and values',
			desc: '3 notes in 1 group.',
			notice: 'Drawing shows 2 of 3 notes; all are listed below.'
		},
		{
			locale: 'fr',
			title: 'Tableau de l’étape 1 : Raison d’être et valeurs',
			desc: '3 notes dans 1 groupe.',
			notice: 'Le dessin montre 2 des 3 notes ; toutes sont listées plus bas.'
		},
		{
			locale: 'de',
			title: 'Tafel von Schritt 1: Zweck und Werte',
			desc: '3 Notizen in 1 Gruppe.',
			notice: 'Die Zeichnung zeigt 2 von 3 Notizen; alle sind unten aufgeführt.'
		},
		{
			locale: 'ar',
			title: `لوحة الخطوة ${formatCount(1, 'ar')}: الغاية والقيم`,
			desc: `${formatCount(3, 'ar')} ملاحظات في مجموعة واحدة.`,
			notice:
				'يُظهر الرسم ' +
				formatCount(2, 'ar') +
				` من ${formatCount(3, 'ar')} ملاحظات؛ وكلها مدرجة أدناه.`
		}
	] as const)('in $locale', ({ locale, title, desc, notice }) => {
		expect(parts(drawn(board(many(3)), { locale }).svg)).toEqual({ title, desc });
		const limited = drawn(board(many(3)), {
			locale,
			maxNotes: 2,
			limitNotice: pdfLimitNotice,
			noticeInDrawing: false
		});
		expect(limited.notice).toBe(notice);
	});

	it('counts the Arabic dual and the French singular', () => {
		expect(parts(drawn(board(many(2)), { locale: 'ar' }).svg).desc).toBe(
			'ملاحظتان في مجموعة واحدة.'
		);
		expect(parts(drawn(board([note('n1', 'Seule')]), { locale: 'fr' }).svg).desc).toBe('1 note.');
	});
});
