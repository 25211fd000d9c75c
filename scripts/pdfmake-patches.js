import { patchPdfmakeStyles } from './pdfmake-styles.js';
import { patchPdfmakeTextRuns } from './pdfmake-text-runs.js';

/**
 * Every rewrite of pdfmake's browser build, in the order the bundle applies them: its style
 * lookups (pdfmake-styles.js), then how it writes a line's words (pdfmake-text-runs.js). Used by
 * the Vite build (page and worker) and by the Node export bench, so both run the same engine.
 * `missing` names the rewrites that did not match this build (their part is left as it was).
 * @param {string} code pdfmake.min.js
 * @returns {{ code: string, missing: string[] }}
 */
export function patchPdfmake(code) {
	const styles = patchPdfmakeStyles(code);
	const runs = patchPdfmakeTextRuns(styles.code);
	const missing = [];
	if (!styles.patched) missing.push('its style lookups');
	if (!runs.patched) missing.push('its line writer');
	return { code: runs.code, missing };
}
