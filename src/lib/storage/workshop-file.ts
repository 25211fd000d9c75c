import * as Y from 'yjs';
import { isId } from '../domain/ids';
import { compatibility, isEmptyDoc } from '../doc/migrations';
import { SCHEMA_VERSION } from '../doc/schema';
import { readVersionRecord, type VersionRecord } from '../doc/version-record';
import { crc32 } from './crc32';

// The import control and the download name it without the format's code (Yjs): they live apart.
export { FILE_EXTENSION, FILE_MIME, workshopFileName } from './workshop-file-name';

/**
 * The workshop file: a lossless, self-checking copy of one plan, to move between devices and
 * keep as a backup.
 *
 *   magic        8 bytes   0x89 "CANAL" CR LF (the high byte and line ending catch text-mode copies)
 *   format       1 byte    FILE_FORMAT
 *   header       u32 length + UTF-8 JSON (WorkshopFileHeader)
 *   body         u32 length + the plan's Yjs state as one update (V1 encoding)
 *   versions     format 2 only: u32 count, then per saved version u32 length + UTF-8 JSON of its
 *                metadata, u32 length + its compressed bytes
 *   checksum     u32 CRC-32 of everything before it
 *
 * All integers are big-endian. Importing merges the body into the plan as a Yjs update, never
 * rebuilds the plan from JSON, so a file imported twice or over a newer copy changes nothing twice.
 * A workshop without saved versions is written as format 1, which every Canal reads.
 */
export const FILE_MAGIC = new Uint8Array([0x89, 0x43, 0x41, 0x4e, 0x41, 0x4c, 0x0d, 0x0a]);
export const FILE_FORMAT = 2;
/** The first format with saved versions. */
const VERSIONS_FORMAT = 2;
export const MAX_FILE_BYTES = 64 * 1024 * 1024;
const MAX_HEADER_BYTES = 64 * 1024;

export interface WorkshopFileHeader {
	app: 'canal';
	workshopId: string;
	title: string;
	organisation: string;
	facilitator: string;
	schemaVersion: number;
	exportedAt: string;
	encoding: 'yjs-update-v1';
}

export type WorkshopFileProblem =
	'not-canal' | 'damaged' | 'newer-format' | 'newer-schema' | 'too-large' | 'empty';

/** Why a file cannot be imported, in words for the person who chose it. */
export class WorkshopFileError extends Error {
	override readonly name = 'WorkshopFileError';
	constructor(
		readonly problem: WorkshopFileProblem,
		message: string
	) {
		super(message);
	}
}

/** A saved version's fields in a file, beside its bytes. */
type VersionMeta = Omit<VersionRecord, 'bytes'>;

function versionParts(versions: readonly VersionRecord[]): Uint8Array[] {
	const encoder = new TextEncoder();
	return versions.flatMap(({ bytes, ...meta }) => [
		encoder.encode(JSON.stringify(meta satisfies VersionMeta)),
		bytes
	]);
}

export function encodeWorkshopFile(
	header: WorkshopFileHeader,
	body: Uint8Array,
	versions: readonly VersionRecord[] = []
): Uint8Array {
	const headerBytes = new TextEncoder().encode(JSON.stringify(header));
	const format = versions.length > 0 ? VERSIONS_FORMAT : 1;
	const parts = versionParts(versions);
	const versionsSize =
		format === 1 ? 0 : 4 + parts.reduce((sum, part) => sum + 4 + part.byteLength, 0);
	const size = FILE_MAGIC.length + 1 + 4 + headerBytes.length + 4 + body.length + versionsSize + 4;
	const bytes = new Uint8Array(size);
	const view = new DataView(bytes.buffer);
	let at = 0;
	bytes.set(FILE_MAGIC, at);
	at += FILE_MAGIC.length;
	view.setUint8(at, format);
	at += 1;
	view.setUint32(at, headerBytes.length);
	bytes.set(headerBytes, (at += 4));
	at += headerBytes.length;
	view.setUint32(at, body.length);
	bytes.set(body, (at += 4));
	at += body.length;
	if (format !== 1) {
		view.setUint32(at, versions.length);
		at += 4;
		for (const part of parts) {
			view.setUint32(at, part.byteLength);
			bytes.set(part, (at += 4));
			at += part.byteLength;
		}
	}
	view.setUint32(at, crc32(bytes, at));
	return bytes;
}

/**
 * Reads the versions section (between the body and the checksum). The checksum already proved
 * the bytes are as written; a version that is still not whole (written by a faulty or hostile
 * program) is counted and skipped, and a section that does not add up skips the versions only,
 * never the plan.
 */
function decodeVersions(
	bytes: Uint8Array,
	from: number,
	to: number
): { versions: VersionRecord[]; skipped: number } {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const decoder = new TextDecoder('utf-8', { fatal: true });
	if (from + 4 > to) return { versions: [], skipped: 1 };
	const count = view.getUint32(from);
	let at = from + 4;
	const versions: VersionRecord[] = [];
	let skipped = 0;
	const next = (): Uint8Array | null => {
		if (at + 4 > to) return null;
		const length = view.getUint32(at);
		at += 4;
		if (at + length > to) return null;
		const part = bytes.subarray(at, at + length);
		at += length;
		return part;
	};
	for (let i = 0; i < count; i++) {
		const metaBytes = next();
		const versionBytes = next();
		if (!metaBytes || !versionBytes) return { versions, skipped: skipped + (count - i) };
		let meta: unknown;
		try {
			meta = JSON.parse(decoder.decode(metaBytes));
		} catch {
			meta = null;
		}
		const version =
			meta && typeof meta === 'object'
				? readVersionRecord({ ...meta, bytes: versionBytes.slice() })
				: null;
		if (version) versions.push(version);
		else skipped += 1;
	}
	return { versions, skipped };
}

const damaged = () =>
	new WorkshopFileError(
		'damaged',
		'This workshop file is damaged or incomplete (it may have been cut off while copying). Nothing was imported.'
	);

/** Reads and checks a workshop file. Throws a WorkshopFileError saying what is wrong. */
export function decodeWorkshopFile(bytes: Uint8Array): {
	header: WorkshopFileHeader;
	body: Uint8Array;
	/** The saved versions the file carries (none before format 2). */
	versions: VersionRecord[];
	/** Versions in the file that were not whole: left out. */
	skippedVersions: number;
} {
	if (bytes.length > MAX_FILE_BYTES) {
		throw new WorkshopFileError('too-large', 'This file is too large to be a Canal workshop.');
	}
	const magicOk =
		bytes.length >= FILE_MAGIC.length && FILE_MAGIC.every((byte, i) => bytes[i] === byte);
	if (!magicOk) {
		throw new WorkshopFileError(
			'not-canal',
			'This is not a Canal workshop file. Choose a file exported from Canal (it ends in .canal).'
		);
	}
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	let at = FILE_MAGIC.length;
	if (bytes.length < at + 1) throw damaged();
	const format = view.getUint8(at);
	at += 1;
	if (format > FILE_FORMAT) {
		throw new WorkshopFileError(
			'newer-format',
			'This workshop file was made by a newer version of Canal. Update Canal to open it; nothing was imported.'
		);
	}
	if (format < 1) throw damaged();
	if (bytes.length < at + 4 + 4 + 4 + 4) throw damaged();
	const checksumAt = bytes.length - 4;
	if (view.getUint32(checksumAt) !== crc32(bytes, checksumAt)) throw damaged();

	const headerLength = view.getUint32(at);
	at += 4;
	if (headerLength > MAX_HEADER_BYTES || at + headerLength + 4 > checksumAt) throw damaged();
	let header: unknown;
	try {
		header = JSON.parse(
			new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(at, at + headerLength))
		);
	} catch {
		throw damaged();
	}
	at += headerLength;
	const bodyLength = view.getUint32(at);
	at += 4;
	const bodyEnd = at + bodyLength;
	if (format < VERSIONS_FORMAT ? bodyEnd !== checksumAt : bodyEnd > checksumAt) throw damaged();
	const checked = checkHeader(header);
	if (checked.schemaVersion > SCHEMA_VERSION) {
		throw new WorkshopFileError(
			'newer-schema',
			'This workshop was saved by a newer version of Canal. Update Canal to open it; nothing was imported.'
		);
	}
	const { versions, skipped } =
		format < VERSIONS_FORMAT
			? { versions: [], skipped: 0 }
			: decodeVersions(bytes, bodyEnd, checksumAt);
	return {
		header: checked,
		body: bytes.slice(at, bodyEnd),
		versions,
		skippedVersions: skipped
	};
}

function checkHeader(value: unknown): WorkshopFileHeader {
	const header = value as Partial<WorkshopFileHeader> | null;
	const text = (field: unknown) => typeof field === 'string';
	if (
		!header ||
		typeof header !== 'object' ||
		header.app !== 'canal' ||
		!isId(header.workshopId) ||
		!text(header.title) ||
		!text(header.organisation) ||
		!text(header.facilitator) ||
		!text(header.exportedAt) ||
		typeof header.schemaVersion !== 'number' ||
		header.encoding !== 'yjs-update-v1'
	) {
		throw damaged();
	}
	return header as WorkshopFileHeader;
}

/**
 * Applies a file's body to a scratch document to prove it is a complete, current plan before
 * anything is stored. Returns that document.
 */
export function verifyWorkshopBody(body: Uint8Array): Y.Doc {
	const scratch = new Y.Doc();
	try {
		Y.applyUpdate(scratch, body);
	} catch {
		throw damaged();
	}
	// Missing pieces wait in pendingStructs instead of failing: a cut-off update looks like this.
	if (scratch.store.pendingStructs !== null || scratch.store.pendingDs !== null) throw damaged();
	if (isEmptyDoc(scratch)) {
		throw new WorkshopFileError('empty', 'This workshop file holds no plan. Nothing was imported.');
	}
	const fit = compatibility(scratch);
	if (fit.kind === 'newer') {
		throw new WorkshopFileError(
			'newer-schema',
			'This workshop was saved by a newer version of Canal. Update Canal to open it; nothing was imported.'
		);
	}
	return scratch;
}
