import * as Y from 'yjs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import BoardDownloadsInSession from '../../../../tests/helpers/BoardDownloadsInSession.svelte';
import { PlanDoc } from '../../doc/plan-doc';
import { PlanView } from '../../state/plan-view.svelte';

/** Downloads are links clicked by script: caught here, with the file they would save. */
function catchDownloads() {
	const files: { name: string; blob: Promise<Blob> }[] = [];
	vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
		this: HTMLAnchorElement
	) {
		files.push({ name: this.download, blob: fetch(this.href).then((r) => r.blob()) });
	});
	return files;
}

function workshop() {
	const plan = new PlanDoc(new Y.Doc());
	plan.setMeta({ title: 'Riverside Libraries' });
	return { plan, session: { view: new PlanView(plan) } };
}

afterEach(() => vi.restoreAllMocks());

describe('BoardDownloads', () => {
	it('waits for a note with text, then saves the board as SVG with the note printed as text', async () => {
		const { plan, session } = workshop();
		const files = catchDownloads();
		render(BoardDownloadsInSession, { session, step: 'stakeholders' });
		const group = page.getByRole('group', { name: 'Download the board of step 3' });
		const svgButton = group.getByRole('button', { name: 'Board as SVG' });
		await expect.element(svgButton).toBeDisabled();

		plan.add('notes', { step: 'stakeholders', text: 'Parents <script>x</script> & "carers"' });
		plan.add('notes', { step: 'goals', text: 'Not on this board' });
		await expect.element(svgButton).toBeEnabled();
		await svgButton.click();
		await vi.waitFor(() => expect(files).toHaveLength(1));
		expect(files[0]!.name).toBe('riverside-libraries-stakeholders-board.svg');
		const svg = await (await files[0]!.blob).text();
		expect(svg).toContain('&lt;script&gt;x&lt;/script&gt; &amp;');
		expect(svg).toContain('&quot;carers&quot;');
		expect(svg).not.toContain('Not on this board');
		expect(svg).toContain('Riverside Libraries — 3. Audience and stakeholders');
		// The browser reads it as an SVG document with the note's text in it.
		const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
		expect(doc.querySelector('parsererror')).toBeNull();
		expect(doc.querySelector('script')).toBeNull();
		expect(doc.documentElement.textContent).toContain('<script>x</script> &');
	});

	it('reads only its own board’s notes, not every note of the plan, to show its buttons', async () => {
		const { plan, session } = workshop();
		plan.add('notes', { step: 'goals', text: 'On another board' });
		plan.add('notes', { step: 'purpose', text: 'On this board' });
		const list = vi.spyOn(plan, 'list');
		render(BoardDownloadsInSession, { session, step: 'purpose' });
		await expect.element(page.getByRole('button', { name: 'Board as SVG' })).toBeEnabled();
		// Opening a step with thousands of notes on other boards copies none of them out of the plan.
		expect(list).not.toHaveBeenCalledWith('notes');
	});

	it('saves the board as a PNG at twice the drawing size', async () => {
		const { plan, session } = workshop();
		for (let i = 0; i < 12; i++)
			plan.add('notes', { step: 'purpose', text: `Idea ${i}`, cluster: i % 2 ? 'Ideas' : '' });
		const files = catchDownloads();
		render(BoardDownloadsInSession, { session, step: 'purpose' });
		await page.getByRole('button', { name: 'Board as PNG' }).click();
		await vi.waitFor(() => expect(files).toHaveLength(1), { timeout: 10_000 });
		expect(files[0]!.name).toBe('riverside-libraries-purpose-board.png');
		const bytes = new Uint8Array(await (await files[0]!.blob).arrayBuffer());
		expect([...bytes.slice(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG');
		const view = new DataView(bytes.buffer);
		const [width, height] = [view.getUint32(16), view.getUint32(20)];
		const svg = (await import('../download-board')).boardDownloadDrawing('purpose', {
			meta: plan.section('meta'),
			notes: plan.list('notes'),
			frames: plan.list('frames')
		})!;
		expect([width, height]).toEqual([Math.floor(svg.width * 2), Math.floor(svg.height * 2)]);
	});
});
