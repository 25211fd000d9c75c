// The canvas as one chunk (its component, its state, D3's zoom and drag): a board loads it after
// the step has painted, and only when it shows the canvas.
export { default as BoardCanvas } from './BoardCanvas.svelte';
export { BoardCanvas as CanvasState } from '../../../state/board-canvas.svelte';
