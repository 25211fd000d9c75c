import type { MapScene } from '../maps/shared/scene';
import { clipCharacters } from '../domain/text';
import type { Edition } from '../domain/report';
import type { StepId } from '../domain/steps';

const MAX_STEM = 60;

/**
 * The part of a download name taken from a workshop title: letters of any script and digits,
 * lower case, everything else one hyphen, at most 60 characters; "workshop" when nothing is left.
 */
export function fileStem(title: string): string {
	const stem = title
		.normalize('NFC')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, '-')
		.replace(/^-+|-+$/g, '');
	return clipCharacters(stem, MAX_STEM).replace(/-+$/, '') || 'workshop';
}

/**
 * A download name that says what the file is: "riverside-libraries-strategy-2026-11-02.pdf",
 * with "-public" for the public edition so the two are never confused in a downloads folder.
 * Letters of any script are kept; everything else becomes a hyphen.
 */
export function exportFileName(
	title: string,
	edition: Edition,
	extension: 'pdf' | 'md',
	date: Date
): string {
	const stem = fileStem(title);
	const day = [
		date.getFullYear(),
		String(date.getMonth() + 1).padStart(2, '0'),
		String(date.getDate()).padStart(2, '0')
	].join('-');
	return `${stem}-strategy-${day}${edition === 'public' ? '-public' : ''}.${extension}`;
}

/** A file name from the workshop title and the map, e.g. "riverside-stakeholders-map.svg". */
export function mapFileName(
	workshopTitle: string,
	scene: Pick<MapScene, 'kind'>,
	ext: 'svg' | 'png'
): string {
	return `${fileStem(workshopTitle)}-${scene.kind}-map.${ext}`;
}

/** A file name from the workshop title and the step, e.g. "riverside-stakeholders-board.png". */
export function boardFileName(workshopTitle: string, step: StepId, ext: 'svg' | 'png'): string {
	return `${fileStem(workshopTitle)}-${step}-board.${ext}`;
}
