import { describe, expect, it } from 'vitest';
import { CountedBallots } from './counted-ballots';
import { MAX_BALLOTS_PER_ROOM } from '../sync/protocol';

const id = (n: number) => n.toString(36).padStart(26, '0');

describe('CountedBallots', () => {
	it('opens a ballot once it is both listed by the relay and named by someone present', () => {
		const opened: string[] = [];
		const closed: string[] = [];
		let changes = 0;
		const ballots = new CountedBallots(
			(ballotId) => {
				opened.push(ballotId);
				return () => closed.push(ballotId);
			},
			id(0),
			() => changes++
		);
		ballots.present([
			{ ballot: id(1), self: false },
			{ ballot: id(0), self: true }
		]);
		expect(opened).toEqual([]);
		ballots.listed([id(0), id(1), id(2)]);
		expect(opened).toEqual([id(1)]);
		ballots.present([{ ballot: id(2), self: false }]);
		// Someone who left stays counted: their dots were cast.
		expect([...ballots.ballots.keys()]).toEqual([id(1), id(2)]);
		expect(changes).toBe(2);
		ballots.destroy();
		expect(closed).toEqual([id(1), id(2)]);
	});

	it('never opens more than the room may have, however many are claimed', () => {
		let open = 0;
		const ballots = new CountedBallots(
			() => {
				open++;
				return () => {};
			},
			null,
			() => {}
		);
		const many = Array.from({ length: MAX_BALLOTS_PER_ROOM + 50 }, (_, n) => id(n + 1));
		ballots.listed(many);
		ballots.listed(many.slice(MAX_BALLOTS_PER_ROOM));
		ballots.present(many.map((ballot) => ({ ballot, self: false })));
		expect(open).toBe(MAX_BALLOTS_PER_ROOM);
		ballots.destroy();
	});
});
