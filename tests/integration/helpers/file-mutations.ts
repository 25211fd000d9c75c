import * as Y from 'yjs';
import { crc32 } from '../../../src/lib/storage/crc32';
import {
	encodeWorkshopFile,
	FILE_MAGIC,
	type WorkshopFileHeader
} from '../../../src/lib/storage/workshop-file';
import type { Random } from '../../factories/random';

/**
 * Damage done to a workshop file, aimed at each of its regions in turn, for the import fuzzer.
 * Most damage is caught by the checksum, so much of it is sealed again afterwards: then the
 * lengths, the JSON header and the Yjs body parsers behind the checksum have to cope on their own.
 */

export const REGIONS = [
	'magic',
	'format',
	'headerLength',
	'header',
	'bodyLength',
	'body',
	'checksum'
] as const;
export type Region = (typeof REGIONS)[number];

/** Where each region of a well-formed file starts and ends. */
export function layoutOf(file: Uint8Array): Record<Region, [number, number]> {
	const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
	const magic = FILE_MAGIC.length;
	const headerAt = magic + 5;
	const headerEnd = headerAt + view.getUint32(magic + 1);
	const bodyEnd = file.length - 4;
	return {
		magic: [0, magic],
		format: [magic, magic + 1],
		headerLength: [magic + 1, headerAt],
		header: [headerAt, headerEnd],
		bodyLength: [headerEnd, headerEnd + 4],
		body: [headerEnd + 4, bodyEnd],
		checksum: [bodyEnd, file.length]
	};
}

/** The file with its checksum written again over its last four bytes. */
export function resealed(bytes: Uint8Array): Uint8Array {
	if (bytes.length < 4) return bytes;
	const copy = bytes.slice();
	new DataView(copy.buffer).setUint32(copy.length - 4, crc32(copy, copy.length - 4));
	return copy;
}

function randomBytes(random: Random, length: number): Uint8Array {
	return Uint8Array.from({ length }, () => random.int(0, 255));
}

const SPECIAL_BYTES = [0x00, 0x01, 0x7f, 0x80, 0xff, 0x22, 0x5c, 0x7b, 0x7d];
const SPECIAL_LENGTHS = [0, 1, 2, 3, 4, 0x7f, 0x80, 0xffff, 0x10000, 0x7fffffff, 0xffffffff];

/** A byte-level change inside [from, to): what a bad disk, a bad copy or a bad cable does. */
export function damage(
	random: Random,
	file: Uint8Array,
	[from, to]: [number, number]
): { bytes: Uint8Array; how: string } {
	const at = random.int(from, Math.max(from, to - 1));
	const bytes = file.slice();
	if (to <= from || file.length < 4) return { bytes: file.slice(0, at), how: `truncate at ${at}` };
	switch (random.int(0, 5)) {
		case 0: {
			const bits = random.int(1, 3);
			for (let n = 0; n < bits; n++) bytes[random.int(from, to - 1)]! ^= 1 << random.int(0, 7);
			return { bytes, how: `flip ${bits} bits` };
		}
		case 1:
			bytes[at] = random.chance(0.5) ? random.pick(SPECIAL_BYTES) : random.int(0, 255);
			return { bytes, how: `overwrite byte ${at}` };
		case 2: {
			const inserted = randomBytes(random, random.int(1, 8));
			const out = new Uint8Array(file.length + inserted.length);
			out.set(file.subarray(0, at));
			out.set(inserted, at);
			out.set(file.subarray(at), at + inserted.length);
			return { bytes: out, how: `insert ${inserted.length} bytes at ${at}` };
		}
		case 3: {
			const count = random.int(1, Math.min(8, Math.max(1, to - at)));
			const out = new Uint8Array(file.length - count);
			out.set(file.subarray(0, at));
			out.set(file.subarray(at + count), at);
			return { bytes: out, how: `delete ${count} bytes at ${at}` };
		}
		case 4:
			return { bytes: file.slice(0, at), how: `truncate at ${at}` };
		default: {
			const view = new DataView(bytes.buffer);
			const where = Math.min(at, bytes.length - 4);
			view.setUint32(where, random.pick(SPECIAL_LENGTHS));
			return { bytes, how: `write a length at ${where}` };
		}
	}
}

/** Headers that are well-formed JSON, correctly framed and sealed, but wrong. */
export function hostileHeader(random: Random, header: WorkshopFileHeader): [string, unknown] {
	const fields = Object.keys(header) as (keyof WorkshopFileHeader)[];
	const field = random.pick(fields);
	const odd = random.pick<unknown>([
		null,
		0,
		-1,
		1e308,
		'',
		'x'.repeat(20_000),
		[],
		{},
		true,
		'../../etc',
		'ABCDEFGHIJKLMNOP',
		'\u202Egnp.exe'
	]);
	switch (random.int(0, 5)) {
		case 0: {
			const copy: Record<string, unknown> = { ...header };
			delete copy[field];
			return [`without ${field}`, copy];
		}
		case 1:
			return [`${field} = ${JSON.stringify(odd).slice(0, 20)}`, { ...header, [field]: odd }];
		case 2:
			return [
				'schemaVersion out of range',
				{ ...header, schemaVersion: random.pick([-1, 0, 1.5, 2, 1e9, 1e308]) }
			];
		case 3:
			return ['not an object', random.pick<unknown>([null, [], 'canal', 42, [header]])];
		case 4:
			// JSON.parse makes "__proto__" an own key; it must not become the header's prototype.
			return [
				'extra fields',
				Object.defineProperty({ ...header, extra: odd }, '__proto__', {
					value: { app: 'x' },
					enumerable: true
				})
			];
		default:
			return ['another encoding', { ...header, encoding: 'yjs-update-v2' }];
	}
}

/** Bodies that are not the plan: garbage, cut-off updates, the wrong encoding, nothing. */
export function hostileBody(random: Random, body: Uint8Array): [string, Uint8Array] {
	switch (random.int(0, 7)) {
		case 7:
			return ['a plan of foreign shapes', Y.encodeStateAsUpdate(foreignPlan(random))];
		case 0:
			return ['random bytes', randomBytes(random, random.int(0, 200))];
		case 1:
			return ['a cut-off update', body.slice(0, random.int(0, body.length - 1))];
		case 2:
			return ['the V2 encoding', Y.convertUpdateFormatV1ToV2(body)];
		case 3:
			return ['an empty update', Y.encodeStateAsUpdate(new Y.Doc())];
		case 4: {
			// A correct update of some other document: it imports, as a plan of whatever it holds.
			const doc = new Y.Doc();
			doc.getMap('meta').set('title', 'Something else');
			doc.getArray('records.notes').insert(0, [1, 'two', { three: 3 }]);
			doc.getText('purpose.statement').insert(0, 'text');
			return ['an update of another document', Y.encodeStateAsUpdate(doc)];
		}
		case 5: {
			const start = random.int(0, body.length - 1);
			return ['the middle of an update', body.slice(start, start + random.int(1, 400))];
		}
		default: {
			const copy = body.slice();
			for (let n = random.int(1, 20); n > 0; n--)
				copy[random.int(0, copy.length - 1)] = random.int(0, 255);
			return ['an update with scattered bytes changed', copy];
		}
	}
}

export function rebuilt(header: unknown, body: Uint8Array): Uint8Array {
	return encodeWorkshopFile(header as WorkshopFileHeader, body);
}

const ROOT_MAPS = ['meta', 'ratings', 'presence', 'commitment', 'internal'];
const KINDS = [
	'values',
	'team',
	'stakeholders',
	'listening',
	'swot',
	'platforms',
	'goals',
	'notes'
];
const ROOT_TEXTS = ['purpose.statement', 'commitment.budget', 'maturity.planning'];
const FIELDS = ['order', 'name', 'text', 'statement', 'interests', 'stakeholderIds', 'platformIds'];

/** Something stored where a record, a field or a value belongs: any shape Yjs can hold. */
function oddValue(random: Random, depth = 0): unknown {
	switch (random.int(0, depth > 1 ? 4 : 7)) {
		case 0:
			return random.pick([null, true, -1, 1e308, 0.5, NaN]);
		case 1:
			return random.pick(['', 'x', '<script>', 'abcdefgh:abcdefgi', 'a'.repeat(400)]);
		case 2:
			return [1, 'two', null];
		case 3:
			return { nested: { deep: [1] } };
		case 4:
			return new Uint8Array([1, 2, 3]);
		case 5:
			return new Y.Text(random.pick(['text', '']));
		case 6:
			return new Y.Array<unknown>();
		default: {
			const map = new Y.Map<unknown>();
			for (let n = random.int(0, 3); n > 0; n--)
				map.set(random.pick(FIELDS), oddValue(random, depth + 1));
			return map;
		}
	}
}

/**
 * A current, well-formed plan document whose contents are not what Canal writes: records that
 * are not maps, fields of the wrong type, malformed keys. A damaged file, another program or a
 * hostile peer could produce it; Canal must open it and go on editing.
 */
export function foreignPlan(random: Random): Y.Doc {
	const doc = new Y.Doc();
	const meta = doc.getMap<unknown>('meta');
	meta.set('schemaVersion', 1);
	meta.set('title', random.chance(0.8) ? 'Foreign' : oddValue(random));
	for (const name of ROOT_MAPS)
		for (let n = random.int(0, 3); n > 0; n--)
			doc
				.getMap<unknown>(name)
				.set(random.pick(['x', 'abcdefgh:planning', 'a:b:c']), oddValue(random));
	for (const kind of KINDS) {
		const records = doc.getMap<unknown>(`records.${kind}`);
		for (let n = random.int(0, 3); n > 0; n--)
			records.set(random.pick(['abcdefgh', 'abcdefgi', 'NOT-AN-ID', '']), oddValue(random));
	}
	for (const name of ROOT_TEXTS) if (random.chance(0.5)) doc.getText(name).insert(0, 'text');
	return doc;
}
