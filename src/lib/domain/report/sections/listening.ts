import { m } from '../../../paraglide/messages.js';
import { keysOf, labelIn, LISTENING_KINDS, SWOT_KINDS } from '../../vocabulary';
import type { SectionContext } from '../context';
import { nothingYet } from '../format';
import type { Block } from '../types';

/** Step 4: what we heard before deciding to speak, and the landscape inside and outside. */
export function listeningBlocks(ctx: SectionContext): Block[] {
	const heard = keysOf(LISTENING_KINDS).flatMap((kind): Block[] => {
		const items = ctx.plan.listening
			.filter((note) => note.kind === kind && note.text.trim() !== '')
			.map((note) =>
				note.source.trim() ? `${note.text.trim()} (${note.source.trim()})` : note.text.trim()
			);
		if (items.length === 0) return [];
		return [
			{ type: 'heading', level: 3, text: labelIn('listeningKinds', kind, ctx.locale) },
			{ type: 'list', items }
		];
	});
	const cells = keysOf(SWOT_KINDS).map((kind) => ({
		title: labelIn('swotKinds', kind, ctx.locale),
		items: ctx.plan.swot
			.filter((item) => item.kind === kind && item.text.trim() !== '')
			.map((item) => item.text.trim())
	}));
	return [
		{ type: 'heading', level: 2, text: m.report_heading_what_we_heard({}, { locale: ctx.locale }) },
		...(heard.length > 0 ? heard : [{ type: 'empty', text: nothingYet(ctx.locale) } as const]),
		{ type: 'heading', level: 2, text: m.report_heading_landscape({}, { locale: ctx.locale }) },
		cells.some((cell) => cell.items.length > 0)
			? { type: 'quadrants', cells }
			: { type: 'empty', text: nothingYet(ctx.locale) }
	];
}
