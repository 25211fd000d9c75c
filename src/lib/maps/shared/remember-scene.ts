import { getLocale } from '../../paraglide/runtime.js';
import type { MapScene } from './scene';

/**
 * A map's layout that remembers its last scene. A step lays out its large map in a task of its
 * own before the map's component mounts (two tasks of 30–40 ms rather than one long one), and the
 * component then asks for the same scene: given the same plan and options, field by field the same
 * objects, in the same language, it gets that scene back instead of a second layout. Anything
 * else lays out anew, so a changed plan is never drawn from an old scene.
 */
export function rememberLastScene<P extends object, O extends object>(
	layout: (plan: P, options: O) => MapScene
): (plan: P, options: O) => MapScene {
	let last: { inputs: unknown[]; scene: MapScene } | null = null;
	return (plan, options) => {
		// The null keeps a plan field apart from an option that holds the same object.
		const inputs = [getLocale(), ...Object.values(plan), null, ...Object.values(options)];
		const kept = last;
		if (
			kept &&
			kept.inputs.length === inputs.length &&
			kept.inputs.every((value, index) => Object.is(value, inputs[index]))
		)
			return kept.scene;
		const scene = layout(plan, options);
		last = { inputs, scene };
		return scene;
	};
}
