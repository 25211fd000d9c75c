import { clipCharacters } from '../domain/text';

export const FILE_EXTENSION = '.canal';
export const FILE_MIME = 'application/vnd.canal.workshop';

/** A file name from the workshop's title: readable, safe on every file system. */
export function workshopFileName(title: string, date = new Date()): string {
	const slug =
		clipCharacters(
			title
				.normalize('NFKD')
				.replace(/[\u0300-\u036f]/g, '')
				.replace(/[^\p{L}\p{N}]+/gu, '-')
				.replace(/^-+|-+$/g, '')
				.toLowerCase(),
			60
		) || 'workshop';
	return `${slug}-${date.toISOString().slice(0, 10)}${FILE_EXTENSION}`;
}
