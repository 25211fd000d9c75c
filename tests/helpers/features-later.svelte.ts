import type { RoomCredentials } from '../../src/lib/sync/credentials';

/**
 * A stand-in for a workshop session whose features (versions, the relay link) load after its
 * first step shows, as a workshop on this device only does: `room` stays null throughout.
 */
export function sessionWithFeaturesLater() {
	let features: { room: RoomCredentials | null } | null = $state.raw(null);
	return {
		session: {
			get room() {
				return features?.room ?? null;
			},
			checker: { checked: true, start: () => Promise.resolve() }
		},
		loadFeatures() {
			features = { room: null };
		}
	};
}
