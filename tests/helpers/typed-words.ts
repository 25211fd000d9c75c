import type { Plan } from '../../src/lib/domain/plan';

/**
 * Every Latin word of the plans' string values (never their keys): what the team typed. A
 * language check ignores these, so a name typed in English is not taken for a word Canal wrote.
 */
export function typedWords(...plans: Plan[]): Set<string> {
	const words = new Set<string>();
	const walk = (value: unknown): void => {
		if (typeof value === 'string')
			for (const word of value.match(/[A-Za-z]+/g) ?? []) words.add(word);
		else if (Array.isArray(value)) value.forEach(walk);
		else if (value && typeof value === 'object') Object.values(value).forEach(walk);
	};
	plans.forEach(walk);
	return words;
}
