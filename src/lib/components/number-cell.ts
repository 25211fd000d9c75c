import { parseNumberInput } from '../domain/validation';
import { m } from '../paraglide/messages.js';

/**
 * Reads a map table's number cell when it is committed (Enter or leaving it): a whole number
 * clamped to the range, written back into the cell; null, with the browser's message on the cell,
 * when what was typed is not a number (an empty cell included: these values cannot be unset).
 */
export function commitWholeNumber(
	input: HTMLInputElement,
	range: { min: number; max: number }
): number | null {
	const parsed = parseNumberInput(input.value, range);
	if (parsed === null || parsed === undefined) {
		input.setCustomValidity(m.number_cell_enter_number({ min: range.min, max: range.max }));
		input.reportValidity();
		return null;
	}
	input.setCustomValidity('');
	const value = Math.round(parsed);
	input.value = String(value);
	return value;
}
