import * as Y from 'yjs';
import { compareVersions } from './compare-versions';
import { PlanDoc } from './plan-doc';
import { encodeVersion } from './version-codec';

/**
 * Runs a new compare worker's code before its first real comparison. A worker's first decode and
 * diff of the large workshop ran several times slower than the next ones (its code not yet
 * compiled beyond the interpreter); comparing a small plan of every kind of record over and over,
 * for a bounded time, gets the same functions compiled, so the comparison a person asks for next
 * runs at its usual speed. Nothing of it is kept. It ends early once `stop` says so (a real
 * request came: it must not share the worker with a warm-up).
 */
export async function warmUpComparing(
	budgetMs = 250,
	stop: () => boolean = () => false
): Promise<void> {
	const doc = new Y.Doc();
	try {
		const plan = PlanDoc.create({ title: 'Warm-up' }, doc, 0);
		const ids = Array.from({ length: 12 }, (_, i) =>
			plan.add('stakeholders', { name: `Stakeholder ${i}`, influence: i * 8, interest: 90 - i * 7 })
		);
		for (let i = 0; i < 4; i++) plan.add('platforms', { name: `Platform ${i}` });
		for (let i = 0; i < 4; i++) plan.add('goals', { statement: `Goal ${i}` });
		const notes = Array.from({ length: 40 }, (_, i) =>
			plan.add('notes', { step: 'stakeholders', text: `A note with a few words, number ${i}` })
		);
		plan.setPurposeText('statement', 'Why we are on social media at all, in a few words.');
		const before = await encodeVersion(doc);
		for (const id of ids.slice(0, 6))
			plan.update('stakeholders', id, { influence: 95, placed: true });
		plan.remove('stakeholders', ids[11]!);
		for (const id of notes.slice(0, 20)) plan.setText('notes', id, 'text', 'Other words here now');
		plan.setPurposeText('statement', 'Why we are on social media, in fewer words.');
		const after = await encodeVersion(doc);
		const started = performance.now();
		do await compareVersions(before, after);
		while (performance.now() - started < budgetMs && !stop());
	} finally {
		doc.destroy();
	}
}
