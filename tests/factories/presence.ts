import type { PresenceState } from '../../src/lib/sync/presence';

/** What a device tells the others about its person: a facilitator on no step, unless patched. */
export function presenceState(patch: Partial<PresenceState> = {}): PresenceState {
	return {
		name: 'Inès',
		color: '#0f5c6e',
		role: 'facilitator',
		step: null,
		ready: 0,
		away: false,
		editing: null,
		ballot: null,
		cursor: null,
		dragging: null,
		drafts: null,
		canvas: null,
		...patch
	};
}
