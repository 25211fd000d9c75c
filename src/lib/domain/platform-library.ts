import type { PlatformKind } from './vocabulary';

/** A starting point for a platform candidate: a kind of platform and how its communities behave. */
export interface PlatformTemplate {
	id: string;
	/** A generic name ("Professional network"), never a brand the team must use. */
	name: string;
	kind: PlatformKind;
	/** Short, neutral description of the community norms, written by Canal; editable once added. */
	norms: string;
	/** Typical effort, 1 (light) – 5 (heavy). */
	effort: number;
}

export const PLATFORM_LIBRARY: readonly PlatformTemplate[] = [];
