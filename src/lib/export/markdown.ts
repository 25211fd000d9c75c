import {
	reportSections,
	type Block,
	type BlockOf,
	type Cell,
	type Field,
	type Report,
	type ReportSection
} from '../domain/report';
import type { Locale } from '../domain/locale';
import type { WordPart } from '../domain/versions';
import { m } from '../paraglide/messages.js';
import { escapeFragment, escapeInline, escapeLineStart, escapeMarkdown } from './markdown-escape';

/**
 * The report as Markdown, for pasting into wikis, documents and tickets: the same sections and
 * content as the PDF. Every piece of user text goes through the escapes, so the output contains
 * no HTML at all and no Markdown the team did not intend. Maps are embedded as SVG images in
 * data URLs when given (some sites strip those: the note under each map says where to get it).
 */

export interface MarkdownMap {
	/** The map's kind, as a report's map block names it. */
	name: string;
	svg: string;
}

function base64(text: string): string {
	const bytes = new TextEncoder().encode(text);
	let binary = '';
	// Chunks keep String.fromCharCode under the engine's argument limit for large maps.
	for (let i = 0; i < bytes.length; i += 0x8000)
		binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	return btoa(binary);
}

/** A list item whose text may span lines: continuation lines are indented under the marker. */
function item(text: string, marker = '-'): string {
	return `${marker} ${escapeMarkdown(text).split('\n').join('\n  ')}`;
}

function cellText(cell: Cell): string {
	if (typeof cell === 'string') return escapeInline(cell) || '—';
	const text = escapeInline(cell.text) || '—';
	return cell.detail.trim() ? `${text} (${escapeInline(cell.detail)})` : text;
}

function table(block: BlockOf<'table'>): string {
	const header = `| ${block.columns.map((c) => escapeInline(c.title)).join(' | ')} |`;
	const rule = `| ${block.columns.map(() => '---').join(' | ')} |`;
	const rows = block.rows.map((row) => `| ${row.map(cellText).join(' | ')} |`);
	return [header, rule, ...rows].join('\n');
}

/** "- **Label:** value", the value's later lines indented under the item. */
function fields(items: readonly Field[]): string {
	return items
		.map(
			(field) =>
				`- **${escapeInline(field.label)}:** ${escapeMarkdown(field.value).split('\n').join('\n  ')}`
		)
		.join('\n');
}

/** What a block is written with besides its own content. */
interface Writing {
	maps: readonly MarkdownMap[] | undefined;
	locale: Locale;
}

function mapBlock(block: BlockOf<'map'>, { maps, locale }: Writing): string {
	const title = escapeInline(block.title);
	const caption = `_${escapeInline(block.caption)}_`;
	const map = maps?.find((candidate) => candidate.name === block.map);
	if (!map) {
		return `**${title}**\n\n_${escapeInline(m.report_md_map_missing({}, { locale }))}_`;
	}
	return `**${title}**\n\n![${title}](data:image/svg+xml;base64,${base64(map.svg)})\n\n${caption}`;
}

function maturity(block: BlockOf<'maturity'>, locale: Locale): string {
	const say = (message: (inputs: Record<string, never>, options: { locale: Locale }) => string) =>
		escapeInline(message({}, { locale }));
	const number = (value: number | null) => (value === null ? '—' : value.toFixed(1));
	const range = (min: number | null, max: number | null) =>
		min === null
			? '—'
			: escapeInline(m.report_md_range_value({ min, max: max ?? min }, { locale }));
	const spread = (row: (typeof block.rows)[number]) =>
		say(
			row.count === 0
				? m.report_md_not_rated
				: row.disagreement
					? m.report_md_wide
					: m.report_md_close
		);
	const rows = block.rows.map(
		(row) =>
			`| ${escapeInline(row.label)} | ${number(row.mean)} | ${range(row.min, row.max)} | ${row.count} | ${row.histogram.join(' · ')} | ${spread(row)} |`
	);
	const notes = block.rows
		.filter((row) => row.note !== '')
		.map((row) => ({ label: row.label, value: row.note }));
	const headers = [
		m.report_col_dimension,
		m.report_md_mean,
		m.report_md_range,
		m.report_col_ratings,
		m.report_md_per_score,
		m.report_md_spread
	].map(say);
	return [
		[`| ${headers.join(' | ')} |`, '| --- | --- | --- | --- | --- | --- |', ...rows].join('\n'),
		...(notes.length > 0 ? [`**${say(m.report_md_group_said)}**`, fields(notes)] : [])
	].join('\n\n');
}

/**
 * Words deleted as ~~strikethrough~~ and inserted in **bold**, the rest as it is. The spaces at
 * the edges of a run go outside its markers: `** new**` is no emphasis in CommonMark.
 */
export function wordsToMarkdown(parts: readonly WordPart[]): string {
	const text = parts
		.map((part) => {
			if (part.type === 'same') return escapeFragment(part.text);
			const [, lead = '', body = '', trail = ''] = /^(\s*)([\s\S]*?)(\s*)$/u.exec(part.text) ?? [];
			if (body === '') return escapeFragment(part.text);
			const mark = part.type === 'removed' ? '~~' : '**';
			return `${escapeFragment(lead)}${mark}${escapeFragment(body)}${mark}${escapeFragment(trail)}`;
		})
		.join('');
	return escapeLineStart(text.trimStart());
}

function changes(block: BlockOf<'changes'>): string {
	return block.items
		.map((card) => {
			const head = `**${escapeInline(card.title)}**${card.subtitle.trim() ? ` · ${escapeInline(card.subtitle)}` : ''}`;
			const lines = card.fields.map((field) => {
				const label = field.label ? `**${escapeInline(field.label)}:** ` : '';
				const value = field.words
					? wordsToMarkdown(field.words)
					: `${escapeInline(field.before)} → ${escapeInline(field.after)}`;
				return `- ${label}${value}`;
			});
			return `${head}\n\n${lines.join('\n')}`;
		})
		.join('\n\n');
}

function block(block: Block, writing: Writing): string {
	const { locale } = writing;
	switch (block.type) {
		case 'heading':
			return `${'#'.repeat(block.level + 1)} ${escapeInline(block.text)}`;
		case 'paragraph':
			return block.tone === 'muted'
				? escapeMarkdown(block.text)
						.split('\n')
						.map((line) => (line ? `*${line}*` : line))
						.join('\n')
				: escapeMarkdown(block.text);
		case 'fields':
			return fields(block.items);
		case 'list':
			return block.items.map((text) => item(text)).join('\n');
		case 'table':
			return table(block);
		case 'records':
			return block.items
				.map((record) => {
					const head = `**${escapeInline(record.title)}**${record.subtitle.trim() ? ` · ${escapeInline(record.subtitle)}` : ''}`;
					return record.fields.length > 0 ? `${head}\n\n${fields(record.fields)}` : head;
				})
				.join('\n\n');
		case 'quadrants':
			return block.cells
				.map(
					(cell) =>
						`**${escapeInline(cell.title)}**\n\n${cell.items.length > 0 ? cell.items.map((text) => item(text)).join('\n') : '_—_'}`
				)
				.join('\n\n');
		case 'map':
			return mapBlock(block, writing);
		case 'board':
			// The notes follow as lists by group; the drawing is the PDF's and the board's download.
			return '';
		case 'maturity':
			return maturity(block, locale);
		case 'findings':
			return block.items
				.map((finding) =>
					item(
						`${finding.label}: ${finding.message} ${finding.why} (${m.summary_fixed_in({ step: finding.step }, { locale })})`
					)
				)
				.join('\n');
		case 'empty':
			return `_${escapeInline(block.text)}_`;
		case 'changes':
			return changes(block);
	}
}

function section(report: ReportSection, writing: Writing): string {
	const title = report.number === null ? report.title : `${report.number}. ${report.title}`;
	return [
		`## ${escapeInline(title)}`,
		`_${escapeInline(report.intro)}_`,
		...report.blocks.map((b) => block(b, writing)).filter((text) => text !== '')
	].join('\n\n');
}

/**
 * The report as one Markdown document. `maps` are the standalone SVGs of the report's maps;
 * `locale` is the language the report was built in (its own words around the plan's).
 */
export function reportToMarkdown(
	report: Report,
	maps?: readonly MarkdownMap[],
	locale: Locale = 'en'
): string {
	const { cover } = report;
	const writing: Writing = { maps, locale };
	const fact = (
		label: (inputs: Record<string, never>, options: { locale: Locale }) => string,
		value: string
	) => `**${escapeInline(label({}, { locale }))}:** ${value}`;
	const facts = [
		cover.organisation && fact(m.report_md_organisation, escapeInline(cover.organisation)),
		fact(m.report_md_date, escapeInline(cover.date)),
		cover.facilitator && fact(m.report_md_facilitator, escapeInline(cover.facilitator)),
		cover.participants.length > 0 &&
			fact(m.report_md_participants, cover.participants.map(escapeInline).join(', '))
	].filter((fact): fact is string => typeof fact === 'string' && fact !== '');
	const sections = reportSections(report);
	return `${[
		`# ${escapeInline(cover.title)}`,
		`_${escapeInline(m.report_md_strategy({}, { locale }))}_`,
		facts.join('  \n'),
		...(cover.editionNote ? [`**${escapeInline(cover.editionNote)}**`] : []),
		`## ${escapeInline(m.report_md_contents({}, { locale }))}`,
		sections
			.map((s) => `- ${escapeInline(s.number === null ? s.title : `${s.number}. ${s.title}`)}`)
			.join('\n'),
		...sections.map((s) => section(s, writing))
	].join('\n\n')}\n`;
}
