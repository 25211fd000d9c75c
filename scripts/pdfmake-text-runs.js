/**
 * A change to pdfmake's browser build (0.3), made as it is bundled: how it writes a line of text.
 *
 * pdfmake breaks text into words to lay it out, and wrote each word as a text object of its own
 * (colour, font, position, glyphs): a large workshop's report is hundreds of thousands of them,
 * most of its content streams and much of the time spent writing its pages (pdfmake itself marks
 * the spot "lines without differently styled inlines should be written to pdf as one stream").
 * Here the words of a line that sit side by side in the same font, size, colour and opacity, with
 * nothing else attached to them, are written as one text: the same glyphs from the same place.
 *
 * Only text in scripts written left to right without shaping is joined (the font's shaper could
 * reorder or join right-to-left and complex scripts across words), and only where pdfmake put the
 * next word exactly after the previous one (justified lines spread their words: those stay apart).
 * Decorations and backgrounds are drawn from pdfmake's own list of words, which is not changed.
 *
 * The loop is matched as the minified build writes it. Where it is not found (another version of
 * pdfmake), the code is left as it was and `patched` is false.
 */

/** The loop of `renderLine` over a line's words, which comes right after the line's background. */
const LOOP =
	/(\.drawBackground\(\w+,\w+,\w+\);)for\(let (\w+)=0,(\w+)=(\w+)\.inlines\.length;\2<\3;\2\+\+\)\{let \3=\4\.inlines\[\2\],/;

/**
 * Consecutive words joined into runs (see above). Written out as source for the bundle: it must
 * not depend on anything around it.
 * @param {readonly any[]} inlines
 */
export function textRuns(inlines) {
	// Latin, Greek, Cyrillic, Armenian, spaces, punctuation, currency and letter-like signs; not
	// the marks that steer the direction of text.
	const simple =
		/^[\t\n\r\u0020-\u058f\u1e00-\u1fff\u2000-\u200b\u2010-\u2027\u202f-\u205f\u20a0-\u20cf\u2100-\u214f]*$/;
	const alone = (/** @type {any} */ inline) =>
		inline._pageNodeRef ||
		inline.linkToPage ||
		inline.linkToDestination ||
		inline.sup ||
		inline.sub ||
		inline.fontFeatures ||
		inline.characterSpacing ||
		typeof inline.text !== 'string' ||
		!simple.test(inline.text);
	/** @type {any[]} */
	const runs = [];
	/** @type {any} */
	let run = null;
	for (const inline of inlines) {
		if (alone(inline)) {
			runs.push(inline);
			run = null;
			continue;
		}
		if (
			run !== null &&
			inline.font === run.font &&
			inline.fontSize === run.fontSize &&
			inline.color === run.color &&
			inline.opacity === run.opacity &&
			inline.link === run.link &&
			Math.abs(inline.x - (run.x + run.width)) < 1e-6
		) {
			run.text += inline.text;
			run.width += inline.width;
			continue;
		}
		run = { ...inline };
		runs.push(run);
	}
	return runs;
}

const HELPER = 'canalTextRuns';

/**
 * @param {string} code pdfmake.min.js
 * @returns {{ code: string, patched: boolean }}
 */
export function patchPdfmakeTextRuns(code) {
	if (code.match(new RegExp(LOOP, 'g'))?.length !== 1 || code.includes(HELPER))
		return { code, patched: false };
	const patched = code.replace(
		LOOP,
		(_, background, index, count, line) =>
			`${background}const ${HELPER}$runs=${HELPER}(${line}.inlines);` +
			`for(let ${index}=0,${count}=${HELPER}$runs.length;${index}<${count};${index}++){` +
			`let ${count}=${HELPER}$runs[${index}],`
	);
	return { code: `var ${HELPER}=${textRuns.toString()};\n${patched}`, patched: true };
}
