import { describe, expect, it } from 'vitest';
import { ReplySlots, SyncRequests } from './sync-requests';

describe('SyncRequests', () => {
	it('delivers one request per document until it is answered', () => {
		const requests = new SyncRequests('a', new ReplySlots(2));
		const delivered: string[] = [];
		expect(requests.request('doc', false, () => delivered.push('1'))).toBe(true);
		expect(requests.request('doc', false, () => delivered.push('2'))).toBe(false);
		expect(requests.request('other', false, () => delivered.push('3'))).toBe(true);
		requests.answered('doc');
		expect(requests.request('doc', false, () => delivered.push('4'))).toBe(true);
		expect(delivered).toEqual(['1', '3', '4']);
	});

	it('lets an address encode at most its slots of large answers; the rest wait their turn', () => {
		const slots = new ReplySlots(2);
		const reader = new SyncRequests('a', slots);
		const stalled = new SyncRequests('a', slots);
		const elsewhere = new SyncRequests('b', slots);
		const delivered: string[] = [];
		stalled.request('d1', true, () => delivered.push('stalled d1'));
		stalled.request('d2', true, () => delivered.push('stalled d2'));
		reader.request('d1', true, () => delivered.push('reader d1'));
		elsewhere.request('d1', true, () => delivered.push('elsewhere d1'));
		expect(delivered).toEqual(['stalled d1', 'stalled d2', 'elsewhere d1']);
		stalled.answered('d1');
		expect(delivered.at(-1)).toBe('reader d1');
	});

	it('frees the slots of a closed socket and skips its waiting requests', () => {
		const slots = new ReplySlots(1);
		const first = new SyncRequests('a', slots);
		const waiting = new SyncRequests('a', slots);
		const third = new SyncRequests('a', slots);
		const delivered: string[] = [];
		first.request('d', true, () => delivered.push('first'));
		waiting.request('d', true, () => delivered.push('waiting'));
		third.request('d', true, () => delivered.push('third'));
		waiting.close();
		first.close();
		expect(delivered).toEqual(['first', 'third']);
		third.answered('d');
		expect(slots.addresses).toBe(0);
	});

	it('a request forgotten while waiting does not free a slot it never held', () => {
		const slots = new ReplySlots(1);
		const holder = new SyncRequests('a', slots);
		const other = new SyncRequests('a', slots);
		const delivered: string[] = [];
		holder.request('d', true, () => delivered.push('holder'));
		other.request('d', true, () => delivered.push('other'));
		other.forget('d');
		const late = new SyncRequests('a', slots);
		late.request('d', true, () => delivered.push('late'));
		expect(delivered).toEqual(['holder']);
		holder.answered('d');
		expect(delivered).toEqual(['holder', 'late']);
	});
});
