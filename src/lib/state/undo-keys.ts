import type { PlanDoc } from '../doc/plan-doc';

/**
 * Ctrl/Cmd+Z and Shift+Ctrl/Cmd+Z (and Ctrl+Y) undo and redo this person's plan edits, also while
 * typing in a field: the browser's own per-field undo would fight the plan's history, so it is
 * replaced, including the Edit menu's undo (a `historyUndo` input).
 */
export function installUndoKeys(target: Window, plan: PlanDoc): () => void {
	const onkeydown = (event: KeyboardEvent) => {
		const mod = event.ctrlKey || event.metaKey;
		if (!mod || event.altKey) return;
		const key = event.key.toLowerCase();
		const redo = (key === 'z' && event.shiftKey) || (key === 'y' && !event.shiftKey);
		const undo = key === 'z' && !event.shiftKey;
		if (!undo && !redo) return;
		event.preventDefault();
		if (undo) plan.undo();
		else plan.redo();
	};
	const onbeforeinput = (event: InputEvent) => {
		if (event.inputType === 'historyUndo' || event.inputType === 'historyRedo') {
			event.preventDefault();
			if (event.inputType === 'historyUndo') plan.undo();
			else plan.redo();
		}
	};
	target.addEventListener('keydown', onkeydown);
	target.addEventListener('beforeinput', onbeforeinput, { capture: true });
	return () => {
		target.removeEventListener('keydown', onkeydown);
		target.removeEventListener('beforeinput', onbeforeinput, { capture: true });
	};
}
