import type { PlanDoc } from '../../src/lib/doc/plan-doc';

/**
 * What a team might change between two versions of the large workshop: a quarter's review, the
 * same in every benchmark run so the comparisons are alike.
 */
export function editLargeWorkshop(plan: PlanDoc): void {
	const stakeholders = plan.list('stakeholders');
	for (const stakeholder of stakeholders.slice(0, 20))
		plan.update('stakeholders', stakeholder.id, {
			influence: 100 - stakeholder.influence,
			placed: true
		});
	for (const stakeholder of stakeholders.slice(20, 30)) plan.remove('stakeholders', stakeholder.id);
	for (let i = 0; i < 10; i++) plan.add('stakeholders', { name: `New stakeholder ${i}` });
	for (const platform of plan.list('platforms').slice(0, 5)) {
		plan.update('platforms', platform.id, { decision: 'maintain' });
		plan.setText('platforms', platform.id, 'reason', `${platform.reason} Fewer answers lately.`);
	}
	for (const goal of plan.list('goals').slice(0, 10))
		plan.update('goals', goal.id, { target: `${goal.target} (revised)` });
	for (const note of plan.list('notes').slice(0, 100))
		plan.setText('notes', note.id, 'text', `${note.text} and more`);
	plan.setPurposeText('statement', `${plan.purpose.statement} Reviewed each quarter.`);
}
