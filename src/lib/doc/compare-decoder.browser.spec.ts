import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { largeWorkshop } from '../../../tests/factories/workshop';
import { HelperDecoder } from './compare-decoder';
import type { PhaseTimings } from './compare-timings';
import { decodeVersion, encodeVersion } from './version-codec';

/** The compare worker's helper, started here from the page: the same code runs nested there. */
describe('HelperDecoder in a real browser', () => {
	it('decodes a version of the large workshop in its worker exactly as in place', async () => {
		const doc = new Y.Doc();
		largeWorkshop(2, doc);
		const bytes = await encodeVersion(doc);
		let starts = 0;
		const helper = new HelperDecoder(
			() => {
				starts += 1;
				return new Worker(new URL('./compare-decode.worker.ts', import.meta.url), {
					type: 'module'
				});
			},
			() => true
		);
		const timings: PhaseTimings = {};
		const decoded = await helper.decode(bytes, timings);
		expect(starts).toBe(1);
		expect(decoded).toEqual(await decodeVersion(bytes));
		expect(timings).toMatchObject({ load: expect.any(Number), handover: expect.any(Number) });
		const corrupt = await helper.decode(Uint8Array.of(0x43, 0x56, 2, 9, 9, 9));
		expect(corrupt.status).toBe('corrupt');
		expect(corrupt.status === 'corrupt' && corrupt.error.name).toBe('CorruptVersion');
		helper.destroy();
	}, 120_000);

	it('decodes in place when its worker fails, or when there is no core to spare', async () => {
		const doc = new Y.Doc();
		largeWorkshop(1, doc);
		const bytes = await encodeVersion(doc);
		const expected = await decodeVersion(bytes);
		const broken = new HelperDecoder(
			() =>
				new Worker(URL.createObjectURL(new Blob(['throw new Error("broken")'])), {
					type: 'module'
				}),
			() => true
		);
		expect(await broken.decode(bytes)).toEqual(expected);
		let starts = 0;
		const few = new HelperDecoder(
			() => {
				starts += 1;
				throw new Error('not to be started');
			},
			() => false
		);
		expect(await few.decode(bytes)).toEqual(expected);
		expect(starts).toBe(0);
	}, 120_000);
});
