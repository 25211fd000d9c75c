import {
	reportSections,
	type Block,
	type BlockOf,
	type Cell,
	type Field,
	type Report,
	type ReportSection
} from '../domain/report';
import type { WordPart } from '../domain/versions';
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

function mapBlock(block: BlockOf<'map'>, maps: readonly MarkdownMap[] | undefined): string {
	const title = escapeInline(block.title);
	const caption = `_${escapeInline(block.caption)}_`;
	const map = maps?.find((candidate) => candidate.name === block.map);
	if (!map) {
		return `**${title}**\n\n_This map is not included in the Markdown export: download it as SVG from the map in Canal._`;
	}
	return `**${title}**\n\n![${title}](data:image/svg+xml;base64,${base64(map.svg)})\n\n${caption}`;
}

function maturity(block: BlockOf<'maturity'>): string {
	const number = (value: number | null) => (value === null ? '—' : value.toFixed(1));
	const rows = block.rows.map(
		(row) =>
			`| ${escapeInline(row.label)} | ${number(row.mean)} | ${row.min === null ? '—' : `${row.min} to ${row.max}`} | ${row.count} | ${row.histogram.join(' · ')} | ${row.count === 0 ? 'Not rated' : row.disagreement ? 'Wide: worth discussing' : 'Close'} |`
	);
	const notes = block.rows
		.filter((row) => row.note !== '')
		.map((row) => ({ label: row.label, value: row.note }));
	return [
		[
			'| Dimension | Mean | Range | Ratings | People per score, 1 to 5 | Spread |',
			'| --- | --- | --- | --- | --- | --- |',
			...rows
		].join('\n'),
		...(notes.length > 0 ? ['**What the group said**', fields(notes)] : [])
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

function block(block: Block, maps: readonly MarkdownMap[] | undefined): string {
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
			return mapBlock(block, maps);
		case 'board':
			// The notes follow as lists by group; the drawing is the PDF's and the board's download.
			return '';
		case 'maturity':
			return maturity(block);
		case 'findings':
			return block.items
				.map((finding) =>
					item(`${finding.label}: ${finding.message} ${finding.why} (Fixed in: ${finding.step})`)
				)
				.join('\n');
		case 'empty':
			return `_${escapeInline(block.text)}_`;
		case 'changes':
			return changes(block);
	}
}

function section(report: ReportSection, maps: readonly MarkdownMap[] | undefined): string {
	const title = report.number === null ? report.title : `${report.number}. ${report.title}`;
	return [
		`## ${escapeInline(title)}`,
		`_${escapeInline(report.intro)}_`,
		...report.blocks.map((b) => block(b, maps)).filter((text) => text !== '')
	].join('\n\n');
}

/** The report as one Markdown document. `maps` are the standalone SVGs of the report's maps. */
export function reportToMarkdown(report: Report, maps?: readonly MarkdownMap[]): string {
	const { cover } = report;
	const facts = [
		cover.organisation && `**Organisation:** ${escapeInline(cover.organisation)}`,
		`**Date:** ${escapeInline(cover.date)}`,
		cover.facilitator && `**Facilitator:** ${escapeInline(cover.facilitator)}`,
		cover.participants.length > 0 &&
			`**Participants:** ${cover.participants.map(escapeInline).join(', ')}`
	].filter((fact): fact is string => typeof fact === 'string' && fact !== '');
	const sections = reportSections(report);
	return `${[
		`# ${escapeInline(cover.title)}`,
		'_Social media strategy_',
		facts.join('  \n'),
		...(cover.editionNote ? [`**${escapeInline(cover.editionNote)}**`] : []),
		'## Contents',
		sections
			.map((s) => `- ${escapeInline(s.number === null ? s.title : `${s.number}. ${s.title}`)}`)
			.join('\n'),
		...sections.map((s) => section(s, maps))
	].join('\n\n')}\n`;
}
