import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import TextField from './TextField.svelte';

describe('TextField', () => {
	it('saves what is typed, character by character', async () => {
		const saved: string[] = [];
		await render(TextField, { label: 'Purpose', value: '', onsave: (v: string) => saved.push(v) });
		await userEvent.type(page.getByLabelText('Purpose'), 'Hi!');
		expect(saved).toEqual(['H', 'Hi', 'Hi!']);
	});

	it('keeps the caret where the person was typing when a remote edit lands before it', async () => {
		const screen = await render(TextField, { label: 'Purpose', value: 'world', onsave: () => {} });
		const input = page.getByLabelText('Purpose').element() as HTMLInputElement;
		input.focus();
		input.setSelectionRange(5, 5);
		await screen.rerender({ value: 'hello world' });
		await expect.poll(() => input.value).toBe('hello world');
		expect(input.selectionStart).toBe(11);
		expect(document.activeElement).toBe(input);
	});

	it('shows the remote value when not focused', async () => {
		const screen = await render(TextField, { label: 'Purpose', value: 'one', onsave: () => {} });
		await screen.rerender({ value: 'two' });
		await expect.element(page.getByLabelText('Purpose')).toHaveValue('two');
	});

	it('refuses text over the limit with a message, saves nothing, and keeps what was typed', async () => {
		const saved: string[] = [];
		await render(TextField, {
			label: 'Name',
			value: 'Ok',
			size: 'name',
			onsave: (v: string) => saved.push(v)
		});
		const input = page.getByLabelText('Name');
		await input.fill('x'.repeat(10_000));
		await expect
			.element(page.getByRole('alert'))
			.toHaveTextContent(/10,000 characters long; the limit is 300/);
		await expect.element(input).toHaveAttribute('aria-invalid', 'true');
		expect(saved).toEqual([]);
		expect((input.element() as HTMLInputElement).value).toHaveLength(10_000);
		await input.fill('Short again');
		await expect.element(page.getByRole('alert')).not.toBeInTheDocument();
		expect(saved).toEqual(['Short again']);
	});

	it.each([
		['200 emoji: 100 left, nothing to say yet', '🙂'.repeat(200), null],
		['280 emoji: counted as 280 characters', '🙂'.repeat(280), '20 characters left'],
		['280 letters', 'x'.repeat(280), '20 characters left']
	])('counts the characters left in a name as characters (%s)', async (_, value, hint) => {
		const screen = await render(TextField, {
			label: 'Name',
			value,
			size: 'name',
			onsave: () => {}
		});
		const shown = screen.container.querySelector('.hint')?.textContent ?? null;
		expect(shown).toBe(hint);
	});

	it('renders markup as text', async () => {
		await render(TextField, {
			label: 'Note',
			value: '<img src=x onerror=alert(1)>',
			onsave: () => {}
		});
		await expect.element(page.getByLabelText('Note')).toHaveValue('<img src=x onerror=alert(1)>');
		expect(document.querySelector('img[src="x"]')).toBeNull();
	});
});
