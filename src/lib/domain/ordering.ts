/**
 * An order value between two neighbours, for moving a record without renumbering the others
 * (each renumbered record would be a change every device has to merge).
 */
export function orderBetween(before: number | undefined, after: number | undefined): number {
	if (before === undefined && after === undefined) return 1;
	if (before === undefined) return (after as number) - 1;
	if (after === undefined) return before + 1;
	return (before + after) / 2;
}

/** Where a record moves to when it goes one place up or down among `orders` (sorted). */
export function orderForMove(orders: readonly number[], index: number, by: -1 | 1): number | null {
	const target = index + by;
	if (target < 0 || target >= orders.length) return null;
	// Moving down past the next item: land between it and the one after it (and mirror for up).
	return by === 1
		? orderBetween(orders[target], orders[target + 1])
		: orderBetween(orders[target - 1], orders[target]);
}
