import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { referenceWorkshop } from '../../../tests/factories/workshop';
import { SCHEMA_VERSION } from '../doc/schema';
import { PlanDoc } from '../doc/plan-doc';
import {
	decodeWorkshopFile,
	encodeWorkshopFile,
	FILE_FORMAT,
	verifyWorkshopBody,
	workshopFileName,
	WorkshopFileError,
	type WorkshopFileHeader,
	type WorkshopFileProblem
} from './workshop-file';
import { crc32 } from './crc32';
import type { VersionRecord } from '../doc/version-record';

const header: WorkshopFileHeader = {
	app: 'canal',
	workshopId: 'abcdefghij012345',
	title: 'Spring',
	organisation: 'Riverside',
	facilitator: 'Inès',
	schemaVersion: SCHEMA_VERSION,
	exportedAt: '2026-11-02T10:00:00.000Z',
	encoding: 'yjs-update-v1'
};

const ydoc = new Y.Doc();
const plan = referenceWorkshop(5, ydoc);
const body = Y.encodeStateAsUpdate(ydoc);
const file = encodeWorkshopFile(header, body);

function problemOf(bytes: Uint8Array): WorkshopFileProblem | 'ok' {
	try {
		const doc = verifyWorkshopBody(decodeWorkshopFile(bytes).body);
		// Whatever got through must read as a plan.
		new PlanDoc(doc).toJSON();
		return 'ok';
	} catch (error) {
		if (error instanceof WorkshopFileError) return error.problem;
		throw error;
	}
}

/** Rewrites the checksum, to test what lies behind it. */
function resealed(bytes: Uint8Array): Uint8Array {
	const copy = bytes.slice();
	new DataView(copy.buffer).setUint32(copy.length - 4, crc32(copy, copy.length - 4));
	return copy;
}

describe('workshop file', () => {
	it('round-trips a plan losslessly', () => {
		const decoded = decodeWorkshopFile(file);
		expect(decoded.header).toEqual(header);
		const copy = new PlanDoc(verifyWorkshopBody(decoded.body));
		expect(copy.toJSON()).toEqual(plan.toJSON());
	});

	it('matches the CRC-32 check value', () => {
		expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
	});

	const newerFormat = file.slice();
	newerFormat[8] = FILE_FORMAT + 1;
	const newerSchemaHeader = encodeWorkshopFile(
		{ ...header, schemaVersion: SCHEMA_VERSION + 1 },
		body
	);
	const newerSchemaBody = (() => {
		const doc = new Y.Doc();
		Y.applyUpdate(doc, body);
		doc.getMap('meta').set('schemaVersion', SCHEMA_VERSION + 1);
		return encodeWorkshopFile(header, Y.encodeStateAsUpdate(doc));
	})();
	const flipped = file.slice();
	flipped[Math.floor(file.length / 2)]! ^= 0xff;

	it.each([
		['an empty file', new Uint8Array(), 'not-canal'],
		['a text file', new TextEncoder().encode('Hello, this is a note'), 'not-canal'],
		[
			'a PNG',
			new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]),
			'not-canal'
		],
		['only the magic', file.slice(0, 8), 'damaged'],
		['a file cut in half', file.slice(0, file.length / 2), 'damaged'],
		['a file missing its last byte', file.slice(0, -1), 'damaged'],
		['a flipped byte', flipped, 'damaged'],
		['a newer file format', newerFormat, 'newer-format'],
		['a newer schema in the header', newerSchemaHeader, 'newer-schema'],
		['a newer schema in the plan', newerSchemaBody, 'newer-schema'],
		['an empty plan', encodeWorkshopFile(header, Y.encodeStateAsUpdate(new Y.Doc())), 'empty'],
		[
			'a truncated Yjs body, correctly sealed',
			encodeWorkshopFile(header, body.slice(0, body.length - 40)),
			'damaged'
		],
		[
			'a bad header',
			resealed(encodeWorkshopFile({ ...header, workshopId: '../x' }, body)),
			'damaged'
		]
	] as const)('refuses %s with a clear reason', (_, bytes, problem) => {
		expect(problemOf(bytes)).toBe(problem);
	});

	it(
		'never crashes on random mutations and truncations: each is refused or imports a whole plan',
		{ timeout: 60_000 },
		() => {
			let seed = 42;
			const rand = (n: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
			const outcomes = new Map<string, number>();
			for (let i = 0; i < 400; i++) {
				let bytes: Uint8Array = file.slice(0, rand(3) === 0 ? rand(file.length) : file.length);
				for (let j = rand(4); j > 0; j--) bytes[rand(bytes.length)] = rand(256);
				// Half the time, repair the checksum so the mutation reaches the Yjs decoder.
				if (bytes.length > 20 && rand(2) === 0) bytes = resealed(bytes);
				const outcome = problemOf(bytes);
				outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
			}
			expect(outcomes.has('ok')).toBe(true);
			expect(outcomes.get('damaged')).toBeGreaterThan(100);
		}
	);

	it.each([
		['Spring workshop', 'spring-workshop-2026-11-02.canal'],
		['Café <script>', 'cafe-script-2026-11-02.canal'],
		['Городской совет', 'городскои-совет-2026-11-02.canal'],
		['../../etc/passwd', 'etc-passwd-2026-11-02.canal'],
		['', 'workshop-2026-11-02.canal']
	])('names the file for %j', (title, expected) => {
		expect(workshopFileName(title, new Date('2026-11-02T12:00:00Z'))).toBe(expected);
	});
});

describe('workshop file: saved versions', () => {
	const version = (id: string, name: string, fill: number): VersionRecord => ({
		id,
		name,
		createdAt: 1_700_000_000_000 + fill,
		author: 'Inès',
		schemaVersion: SCHEMA_VERSION,
		summary: '1 stakeholder added',
		bytes: new Uint8Array(64).fill(fill)
	});
	const march = version('march000', 'Signed off in March', 1);
	const april = version('april000', 'April review', 2);

	it('writes a workshop without versions as format 1, which older Canal reads', () => {
		expect(file[8]).toBe(1);
		expect(decodeWorkshopFile(file)).toMatchObject({ versions: [], skippedVersions: 0 });
	});

	it('round-trips versions in format 2, the plan unchanged', () => {
		const withVersions = encodeWorkshopFile(header, body, [march, april]);
		expect(withVersions[8]).toBe(2);
		const decoded = decodeWorkshopFile(withVersions);
		expect(decoded.versions).toEqual([march, april]);
		expect(decoded.skippedVersions).toBe(0);
		expect(decoded.body).toEqual(body);
	});

	it('reports and skips a damaged version, keeping the others and the plan', () => {
		// Written by a faulty program: an id that is no id, and bytes that are none.
		const bad = { ...april, id: 'a!' };
		const empty = { ...april, bytes: new Uint8Array(0) };
		const bytes = encodeWorkshopFile(header, body, [march, bad, empty]);
		const decoded = decodeWorkshopFile(bytes);
		expect(decoded.versions).toEqual([march]);
		expect(decoded.skippedVersions).toBe(2);
		expect(problemOf(bytes)).toBe('ok');
	});

	it('skips versions whose section does not add up, never the plan', () => {
		const bytes = encodeWorkshopFile(header, body, [march, april]);
		const view = new DataView(bytes.buffer);
		// The count claims more versions than the section holds.
		view.setUint32(8 + 1 + 4 + view.getUint32(9) + 4 + body.length, 7);
		const decoded = decodeWorkshopFile(resealed(bytes));
		expect(decoded.versions).toEqual([march, april]);
		expect(decoded.skippedVersions).toBe(5);
		expect(decoded.body).toEqual(body);
	});

	it('still refuses a format-1 file with bytes after its body', () => {
		const longer = new Uint8Array(file.length + 4);
		longer.set(file.subarray(0, file.length - 4));
		expect(problemOf(resealed(longer))).toBe('damaged');
	});
});
