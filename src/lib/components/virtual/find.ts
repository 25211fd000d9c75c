/** Folds case and accents, so "zurich" finds "Zürich" and "ELODIE" finds "Élodie". */
export function foldForSearch(text: string): string {
	return text.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}

/**
 * The records whose name holds every word of `query` (in any order, case and accents folded).
 * An empty query keeps the list as it is (the same array, so nothing downstream recomputes).
 */
export function matchesName<T extends { readonly name: string }>(
	records: readonly T[],
	query: string
): readonly T[] {
	const words = foldForSearch(query).split(/\s+/u).filter(Boolean);
	if (words.length === 0) return records;
	return records.filter((record) => {
		const name = foldForSearch(record.name);
		return words.every((word) => name.includes(word));
	});
}
