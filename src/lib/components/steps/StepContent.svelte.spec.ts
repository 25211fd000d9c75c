import { flushSync } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import StepContentInSession from '../../../../tests/helpers/StepContentInSession.svelte';
import { sessionWithFeaturesLater } from '../../../../tests/helpers/features-later.svelte';
import { loadStepParts } from './step-parts';

describe('StepContent', () => {
	it('draws a step whose parts have downloaded as it mounts, never "Loading the step" first', async () => {
		// What the page's load does while the plan is read from the device.
		await loadStepParts('purpose');
		const { session } = sessionWithFeaturesLater();
		const drawnAtReady: string[] = [];
		render(StepContentInSession, {
			session,
			step: 'purpose',
			onready: () => drawnAtReady.push(document.body.textContent ?? '')
		});
		flushSync();
		// In the same task: no frame of the loading hint is ever painted before the step.
		expect(document.body.textContent).toContain('Step drawn: with guidance');
		expect(document.body.textContent).not.toContain('Loading the step');
		expect(drawnAtReady).toHaveLength(1);
		expect(drawnAtReady[0]).toContain('Step drawn');
	});

	it('says once that the step is ready, though the workshop’s features load after it', async () => {
		const { session, loadFeatures } = sessionWithFeaturesLater();
		const onready = vi.fn();
		render(StepContentInSession, { session, step: 'purpose', onready });
		await expect.element(page.getByText('Step drawn: with guidance')).toBeVisible();
		expect(onready).toHaveBeenCalledTimes(1);
		const body = page.getByText('Step drawn').element();

		// The features of a workshop on this device only: still no room.
		loadFeatures();
		await new Promise((resolve) => setTimeout(resolve, 200));
		expect(onready).toHaveBeenCalledTimes(1);
		// Not drawn again either: the same element is still there.
		expect(page.getByText('Step drawn').element()).toBe(body);
	});
});
