import type { Platform, Stakeholder } from '../../src/lib/domain/plan';

/** Small hand-made records for map specs: every field filled, ids and order from the index. */

export function stakeholderRecord(index: number, patch: Partial<Stakeholder> = {}): Stakeholder {
	return {
		id: `stake${String(index).padStart(7, '0')}`,
		order: index,
		name: `Stakeholder ${index}`,
		group: 'community',
		interests: '',
		concerns: '',
		hopes: '',
		online: '',
		sentiment: 0,
		relationship: '',
		influence: 50,
		interest: 50,
		placed: true,
		reach: 50,
		engagement: '',
		notes: '',
		power: false,
		legitimacy: false,
		urgency: false,
		sourceNote: '',
		...patch
	};
}

export function platformRecord(index: number, patch: Partial<Platform> = {}): Platform {
	return {
		id: `platf${String(index).padStart(7, '0')}`,
		order: index,
		name: `Platform ${index}`,
		kind: 'other',
		norms: '',
		effort: 3,
		fit: 3,
		decision: null,
		reason: '',
		owner: '',
		faces: '',
		sourceNote: '',
		...patch
	};
}
