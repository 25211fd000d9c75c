/**
 * User text into Markdown, where it must stay text: a stakeholder named `*Press* <b>` is shown
 * as typed, not as emphasis or HTML, in any CommonMark or GitHub renderer. HTML-significant
 * characters become entities (so no renderer can see a tag), Markdown punctuation gets a
 * backslash, and what only means something at the start of a line (list markers, headings,
 * rules) is escaped there.
 */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/** Punctuation that means something anywhere in a line (`$` is maths on GitHub). */
const INLINE = /[\\`*_[\]|~#$]/g;

/** What makes a line a list item, heading underline or rule when it starts the line. */
const LINE_START = /^(\s*)([-+=]|\d+(?=[.)]))/;

function escapeLine(line: string): string {
	const escaped = line
		.replace(/[&<>]/g, (char) => ENTITIES[char] ?? char)
		.replace(INLINE, (char) => `\\${char}`);
	return escapeLineStart(escaped);
}

/** Text that may span lines (a paragraph, a list item): each line escaped on its own. */
export function escapeMarkdown(text: string): string {
	return (
		text
			.replace(/\r\n?/g, '\n')
			.split('\n')
			// Leading spaces would turn a line into a code block; they carry no meaning in plan text.
			.map((line) => escapeLine(line.trim()))
			.join('\n')
	);
}

/** Text that must stay on one line (a heading, a table cell): newlines become spaces. */
export function escapeInline(text: string): string {
	return escapeLine(text.replace(/\s*[\r\n]+\s*/g, ' ').trim());
}

/**
 * A piece of a line (a run of inserted or deleted words inside a sentence): escaped like a line,
 * newlines as spaces, but its spaces kept, since it is joined to the pieces around it.
 */
export function escapeFragment(text: string): string {
	return text
		.replace(/\s*[\r\n]+\s*/g, ' ')
		.replace(/[&<>]/g, (char) => ENTITIES[char] ?? char)
		.replace(INLINE, (char) => `\\${char}`);
}

/**
 * What would make a line a list item, heading underline or rule where `text` starts one, escaped.
 * A number is escaped through the dot or bracket after it: `1\.` is not a list.
 */
export function escapeLineStart(text: string): string {
	return text.replace(LINE_START, (_, space: string, marker: string) =>
		/\d/.test(marker) ? `${space}${marker}\\` : `${space}\\${marker}`
	);
}
