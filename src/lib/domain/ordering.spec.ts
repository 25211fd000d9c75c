import { describe, expect, it } from 'vitest';
import { orderBetween, orderForMove } from './ordering';

describe('orderBetween', () => {
	it.each([
		[undefined, undefined, 1],
		[undefined, 5, 4],
		[5, undefined, 6],
		[1, 2, 1.5]
	])('between %s and %s → %s', (a, b, expected) => {
		expect(orderBetween(a, b)).toBe(expected);
	});
});

describe('orderForMove', () => {
	const orders = [1, 2, 3, 4];
	it.each([
		[0, 1, 2.5],
		[3, 1, null],
		[0, -1, null],
		[2, -1, 1.5],
		[1, -1, 0]
	] as const)('item %i moved by %i → %s', (index, by, expected) => {
		const order = orderForMove(orders, index, by);
		expect(order).toBe(expected);
		if (order !== null) {
			const moved = [...orders.slice(0, index), ...orders.slice(index + 1), order].sort(
				(a, b) => a - b
			);
			expect(moved.indexOf(order)).toBe(index + by);
		}
	});
});
