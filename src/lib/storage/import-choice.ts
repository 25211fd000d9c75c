/** Thrown (with `unrelated: 'ask'`) when the file and the workshop here share no history. */
export class ImportNeedsChoice extends Error {
	override readonly name = 'ImportNeedsChoice';
	constructor(
		readonly existing: { id: string; title: string },
		readonly file: { title: string }
	) {
		super(
			`“${file.title}” in this file is not the workshop “${existing.title}” on this device, though it has the same id.`
		);
	}
}
