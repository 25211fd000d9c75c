import { describe, expect, it } from 'vitest';
import { boardFileName, exportFileName, mapFileName } from './file-name';

const day = new Date(2026, 10, 2);

describe('exportFileName', () => {
	it.each([
		{
			title: 'Riverside Libraries',
			edition: 'full',
			out: 'riverside-libraries-strategy-2026-11-02.pdf'
		},
		{
			title: 'Riverside Libraries',
			edition: 'public',
			out: 'riverside-libraries-strategy-2026-11-02-public.pdf'
		},
		{ title: 'Городской совет', edition: 'full', out: 'городской-совет-strategy-2026-11-02.pdf' },
		{
			title: 'Press <script>alert("x")</script> & co',
			edition: 'full',
			out: 'press-script-alert-x-script-co-strategy-2026-11-02.pdf'
		},
		{ title: '../../etc/passwd', edition: 'full', out: 'etc-passwd-strategy-2026-11-02.pdf' },
		{ title: '   ', edition: 'full', out: 'workshop-strategy-2026-11-02.pdf' },
		{ title: 'a'.repeat(200), edition: 'full', out: `${'a'.repeat(60)}-strategy-2026-11-02.pdf` },
		// Letters outside the first plane are two UTF-16 units each: none may be cut in half.
		{ title: '𠀀'.repeat(70), edition: 'full', out: `${'𠀀'.repeat(60)}-strategy-2026-11-02.pdf` }
	] as const)('$title ($edition)', ({ title, edition, out }) => {
		expect(exportFileName(title, edition, 'pdf', day)).toBe(out);
	});

	it('names Markdown files too', () => {
		expect(exportFileName('Plan', 'full', 'md', day)).toBe('plan-strategy-2026-11-02.md');
	});
});

describe('mapFileName', () => {
	// Accents stay whole: decomposing "é" would leave its accent behind as a hyphen ("cafe-").
	it.each([
		['Café Élodie', 'stakeholders', 'svg', 'café-élodie-stakeholders-map.svg'],
		['Городской совет', 'platforms', 'png', 'городской-совет-platforms-map.png'],
		['', 'fit-effort', 'svg', 'workshop-fit-effort-map.svg']
	] as const)('%s (%s, %s)', (title, kind, ext, out) => {
		expect(mapFileName(title, { kind }, ext)).toBe(out);
	});
});

describe('boardFileName', () => {
	it.each([
		{
			title: 'Riverside Libraries',
			step: 'stakeholders',
			ext: 'svg',
			out: 'riverside-libraries-stakeholders-board.svg'
		},
		{
			title: 'Городской совет',
			step: 'purpose',
			ext: 'png',
			out: 'городской-совет-purpose-board.png'
		},
		{ title: '<b>', step: 'goals', ext: 'png', out: 'b-goals-board.png' },
		{ title: '', step: 'listening', ext: 'svg', out: 'workshop-listening-board.svg' }
	] as const)('$title, $step', ({ title, step, ext, out }) => {
		expect(boardFileName(title, step, ext)).toBe(out);
	});
});
