// What a step shows only in a shared workshop (votes, the private round), as one chunk: a step
// of a workshop that is not shared never downloads it.
export { default as VotePanel } from './VotePanel.svelte';
export { default as PrivateRound } from './PrivateRound.svelte';
