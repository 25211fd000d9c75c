import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import DialogWithOpener from '../../../tests/helpers/DialogWithOpener.svelte';

const opener = () => page.getByRole('button', { name: 'Choose a colour' });
const dialog = () => page.getByRole('dialog', { name: 'Colour of the notes' });

async function open(): Promise<HTMLDialogElement> {
	await opener().click();
	await expect.element(dialog()).toBeVisible();
	return dialog().element() as HTMLDialogElement;
}

describe('Dialog', () => {
	it('is a modal dialog named by its heading, with the focus on it', async () => {
		await render(DialogWithOpener);
		const element = await open();
		expect(element.tagName).toBe('DIALOG');
		expect(element.matches(':modal')).toBe(true);
		expect(document.activeElement).toBe(element);
		await expect
			.element(dialog().getByRole('heading', { level: 2 }))
			.toHaveTextContent('Colour of the notes');
	});

	it('keeps the keyboard inside: Tab never reaches the page behind it', async () => {
		await render(DialogWithOpener);
		await open();
		const reached = new Set<string>();
		for (let press = 0; press < 8; press += 1) {
			await userEvent.keyboard('{Tab}');
			reached.add(
				document.activeElement?.textContent?.trim() || document.activeElement?.tagName || ''
			);
		}
		expect(reached).toContain('Apply');
		expect(reached).toContain('Close');
		expect(reached).not.toContain('Behind the dialog');
		expect(reached).not.toContain('Choose a colour');
	});

	it('closes on Escape and gives the focus back to what opened it', async () => {
		await render(DialogWithOpener);
		await open();
		await userEvent.keyboard('{Escape}');
		await expect.element(dialog()).not.toBeInTheDocument();
		await expect.element(page.getByText('Closed 1 times')).toBeVisible();
		expect(document.activeElement).toBe(opener().element());
	});

	it('lets its owner decide what Escape does (going back, cancelling work)', async () => {
		let escapes = 0;
		await render(DialogWithOpener, { onescape: () => (escapes += 1) });
		await open();
		await userEvent.keyboard('{Escape}');
		expect(escapes).toBe(1);
		await expect.element(dialog()).toBeVisible();
		expect((dialog().element() as HTMLDialogElement).open).toBe(true);
	});

	it('closes from its Close button and from a click beside it, unless work runs', async () => {
		const screen = await render(DialogWithOpener);
		await open();
		await dialog().getByRole('button', { name: 'Close' }).click();
		await expect.element(dialog()).not.toBeInTheDocument();

		const element = await open();
		// A click on the backdrop lands on the dialog element, outside its box.
		element.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: 1, clientY: 1 }));
		await expect.element(dialog()).not.toBeInTheDocument();

		await screen.rerender({ busy: true });
		const busy = await open();
		busy.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: 1, clientY: 1 }));
		await expect.element(dialog().getByRole('button', { name: 'Close' })).toBeDisabled();
		await expect.element(dialog()).toBeVisible();
		await expect.element(page.getByText('Closed 2 times')).toBeVisible();
	});
});
