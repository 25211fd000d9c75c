import type { ContentText, TDocumentDefinitions } from 'pdfmake/interfaces';
import { isRunning } from './running';

/**
 * Headings that could not be kept on one page with what follows them (see renderBlocks) are
 * marked; the document's `pageBreakBefore` moves a marked node to the next page when only marked
 * nodes follow it on its page.
 */

export const HEADLINE_MARK = 1;

/**
 * Marks a heading. The mark goes on text nodes: pdfmake only asks about nodes that have positions
 * on a page, which a stack has not.
 */
export function markHeadline(node: ContentText): void {
	node.headlineLevel = HEADLINE_MARK;
}

/**
 * Whether some node of the content is marked. Strings (texts, SVG documents) are not looked into.
 */
export function hasMarkedHeadline(value: unknown): boolean {
	if (Array.isArray(value)) return value.some(hasMarkedHeadline);
	if (typeof value !== 'object' || value === null) return false;
	if ((value as { headlineLevel?: unknown }).headlineLevel !== undefined) return true;
	return Object.values(value).some(hasMarkedHeadline);
}

type PageBreakBefore = NonNullable<TDocumentDefinitions['pageBreakBefore']>;

/**
 * The running header and footer are laid out after the body, so they "follow" on every page: they
 * are told apart by their style. Each move costs pdfmake a full re-layout, so this stays rare.
 */
const moveLoneHeadlines: PageBreakBefore = (node, helpers) =>
	node.headlineLevel !== undefined &&
	helpers
		.getFollowingNodesOnPage()
		.filter((next) => !isRunning(next))
		.every((next) => next.headlineLevel !== undefined);

/**
 * The page-break hook for a document's content, or none when nothing in it is marked. pdfmake
 * asks the hook about every node with a place on a page, after describing each one (its pages,
 * its properties) for it: for a large workshop, with no heading marked, that was about a twentieth
 * of the export spent learning that nothing moves.
 */
export function pageBreakHook(content: unknown): Pick<TDocumentDefinitions, 'pageBreakBefore'> {
	return hasMarkedHeadline(content) ? { pageBreakBefore: moveLoneHeadlines } : {};
}
