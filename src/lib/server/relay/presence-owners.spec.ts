import { describe, expect, it } from 'vitest';
import { OTHER_PROCESS, PresenceOwners } from './presence-owners';

describe('PresenceOwners', () => {
	it('counts ids per socket and document, and moves an id taken over', () => {
		const owners = new PresenceOwners();
		owners.claim('doc', 1, 10, 'participant:a');
		owners.claim('doc', 2, 10, 'participant:a');
		owners.claim('other', 3, 10, 'participant:a');
		expect(owners.ownedBy('doc', 10)).toBe(2);
		expect(owners.ownedBy('other', 10)).toBe(1);

		owners.claim('doc', 2, 11, 'participant:a');
		expect(owners.ownedBy('doc', 10)).toBe(1);
		expect(owners.ownedBy('doc', 11)).toBe(1);
		expect(owners.owner('doc', 2)).toEqual({ socket: 11, identity: 'participant:a' });
	});

	it('retires the ids of a socket that left, and forgets the oldest past the limit', () => {
		const owners = new PresenceOwners(2);
		owners.claim('doc', 1, 10, 'a');
		expect(owners.release('doc', 10)).toEqual([]);
		expect(owners.owner('doc', 1)).toEqual({ socket: null, identity: 'a' });
		owners.claim('doc', 2, 11, 'b');
		owners.claim('doc', 3, 11, 'b');
		expect(owners.release('doc', 11)).toEqual([1]);
		expect(owners.owner('doc', 1)).toBeUndefined();
		expect(owners.owner('doc', 3)).toEqual({ socket: null, identity: 'b' });

		// Taken back, an id is no longer retired.
		owners.claim('doc', 3, 12, 'b');
		expect(owners.owner('doc', 3)).toEqual({ socket: 12, identity: 'b' });
		owners.forget('doc');
		expect(owners.documents).toBe(0);
	});

	it('gives ids set through another process to that process, and retires them when they leave', () => {
		const owners = new PresenceOwners(1);
		owners.claimElsewhere('doc', 1, 'participant:a');
		expect(owners.owner('doc', 1)).toEqual({ socket: OTHER_PROCESS, identity: 'participant:a' });
		// An id a socket here owns stays its own.
		owners.claim('doc', 2, 10, 'participant:b');
		owners.claimElsewhere('doc', 2, 'participant:b');
		expect(owners.owner('doc', 2)).toEqual({ socket: 10, identity: 'participant:b' });
		expect(owners.releaseElsewhere('doc', 2)).toEqual([]);
		expect(owners.owner('doc', 2)?.socket).toBe(10);

		expect(owners.releaseElsewhere('doc', 1)).toEqual([]);
		expect(owners.owner('doc', 1)).toEqual({ socket: null, identity: 'participant:a' });
		owners.claimElsewhere('doc', 3, null);
		expect(owners.releaseElsewhere('doc', 3)).toEqual([1]);
		expect(owners.owner('doc', 1)).toBeUndefined();

		// The same person, back through this process, takes it as a socket of its own.
		owners.claim('doc', 3, 11, null);
		expect(owners.owner('doc', 3)).toEqual({ socket: 11, identity: null });
	});
});
