import { describe, expect, it } from 'vitest';
import { rememberLastScene } from './remember-scene';
import type { MapScene } from './scene';

type Plan = { stakeholders: readonly { id: string }[]; presence?: readonly string[] };
type Options = { findings?: readonly string[]; locale?: string; filter?: ReadonlySet<string> };

const stakeholders = [{ id: 'a' }];
const presence = ['a:b'];
const findings: string[] = [];

/** A layout that counts its calls; its scene names the call that made it. */
function counting() {
	let calls = 0;
	const layout = rememberLastScene<Plan, Options>(
		() => ({ title: `scene ${++calls}` }) as unknown as MapScene
	);
	return { layout, calls: () => calls };
}

describe('rememberLastScene', () => {
	it.each<[string, Plan, Options, boolean]>([
		['the same arrays in a new plan object', { stakeholders, presence }, { findings }, true],
		['a copy of the records', { stakeholders: [...stakeholders], presence }, { findings }, false],
		['other presence', { stakeholders, presence: ['a:c'] }, { findings }, false],
		['other findings', { stakeholders, presence }, { findings: ['x'] }, false],
		['another language', { stakeholders, presence }, { findings, locale: 'fr' }, false],
		['an option more', { stakeholders, presence }, { findings, filter: new Set() }, false],
		['a field less', { stakeholders }, { findings }, false]
	])('after a first layout, %s: kept %s', (_name, plan, options, kept) => {
		const { layout, calls } = counting();
		const first = layout({ stakeholders, presence }, { findings });
		const second = layout(plan, options);
		expect(second === first).toBe(kept);
		expect(calls()).toBe(kept ? 1 : 2);
	});

	it('keeps only the last scene', () => {
		const { layout, calls } = counting();
		layout({ stakeholders, presence }, { findings });
		layout({ stakeholders: [] }, { findings });
		layout({ stakeholders, presence }, { findings });
		expect(calls()).toBe(3);
	});

	it('tells a plan field from an option holding the same object', () => {
		const { layout, calls } = counting();
		layout({ stakeholders, presence }, {});
		layout({ stakeholders }, { findings: presence });
		expect(calls()).toBe(2);
	});
});
