import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { describe, expect, it } from 'vitest';
import { NOTO_FAMILIES } from '../fonts/noto-faces';
import { prepareScripts } from './scripts';

/**
 * Which texts count as bold when the faces for other scripts are chosen: the bold file of a slice
 * is fetched only for those, so it must follow pdfmake's own rules (the node's `bold`, then its
 * named styles in order, then its parent's).
 */

const ARABIC = 'مكتبة دبي';

const boldFamilies = (content: Content, defaultBold = false) => {
	const definition: TDocumentDefinitions = {
		content,
		styles: { heading: { bold: true }, plain: { bold: false } },
		defaultStyle: { bold: defaultBold }
	};
	const { faces, boldFaces } = prepareScripts(definition, NOTO_FAMILIES, () => true);
	expect(faces.size).toBeGreaterThan(0);
	return [...boldFaces].map((face) => face.cssFamily);
};

describe('bold text in other scripts', () => {
	it.each([
		{ name: 'plain text', content: { text: ARABIC }, bold: false },
		{ name: 'its own bold', content: { text: ARABIC, bold: true }, bold: true },
		{ name: 'a named style', content: { text: ARABIC, style: 'heading' }, bold: true },
		{
			name: 'the last style wins',
			content: { text: ARABIC, style: ['heading', 'plain'] },
			bold: false
		},
		{
			name: 'its own bold over a style',
			content: { text: ARABIC, style: 'heading', bold: false },
			bold: false
		},
		{ name: 'from a stack', content: { stack: [ARABIC], bold: true }, bold: true },
		{
			name: 'from a table cell',
			content: { table: { body: [[{ text: ARABIC }]] }, style: 'heading' },
			bold: true
		},
		{ name: 'an inline run', content: { text: ['By ', { text: ARABIC, bold: true }] }, bold: true },
		{ name: 'the default style', content: ARABIC, bold: true, defaultBold: true }
	])('$name', ({ content, bold, defaultBold }) => {
		expect(boldFamilies(content as Content, defaultBold)).toEqual(bold ? ['Noto Sans Arabic'] : []);
	});
});
