import { describe, expect, it, vi } from 'vitest';
import { latestDataset } from '$lib/data/datasets';
import { syntheticOwnComparison } from '$testing/synthetic';
import { encodeScenario } from './codec';
import { RECENT_KEY } from './storage';

/**
 * Issue 16: fflate (`inflate.ts`) is fetched only for a link that carries data of one's own, so a
 * link without it, the common case, does not pay for fflate's start-up. The decoder must then never
 * read a payload without it: `decoderFor` holds back until it is here, and a payload read without it
 * is the app's mistake, seen as one, never told to the reader as a damaged payload.
 *
 * The unit tests' setup loads fflate for every file (tests/setup-datasets.ts); each test here starts
 * from fresh modules, as a page does.
 */
const fresh = async () => {
	vi.resetModules();
	return {
		readers: await import('./readers'),
		codec: await import('./codec'),
		payload: await import('./payload')
	};
};

const cloud = latestDataset('cloud-2010');
/** Fresh modules know no data set until the page loads one: the link is read against this one. */
const datasets = [cloud];
const plain = 'v=2&d=cloud-2010.3&w=5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5';
const own = encodeScenario(syntheticOwnComparison(cloud, 2, 1), cloud);

describe('the link readers', () => {
	it('read a link without data of its own at once, without fflate', async () => {
		const { readers } = await fresh();
		expect(readers.decoderFor(plain)).toBeUndefined();
		const codec = await readers.loadDecoderFor(plain);
		expect(readers.decoderFor(plain)).toBe(codec);
		expect(readers.payloadReader.module).toBeUndefined();
		expect(codec.decodeScenario(plain, { datasets }).problems).toEqual([]);
	});

	it('hold a link with data of its own back until fflate is here, then read it whole', async () => {
		const { readers } = await fresh();
		expect(own).toContain('&e=');
		await readers.linkReader.load();
		// The decoder alone is here: not enough for this link.
		expect(readers.decoderFor(plain)).toBeDefined();
		expect(readers.decoderFor(own)).toBeUndefined();
		// `e` spelled `%65` is `e` to the decoder, so to the readers too.
		expect(readers.decoderFor(own.replace('&e=', '&%65='))).toBeUndefined();
		const codec = await readers.loadDecoderFor(own);
		expect(readers.payloadReader.module).toBeDefined();
		expect(readers.decoderFor(own)).toBe(codec);
		const { scenario, problems } = codec.decodeScenario(own, { datasets });
		expect(problems).toEqual([]);
		expect(scenario.edits.providers).toHaveLength(2);
	});

	it('fetch the saved-work reader, which reads the recent list', async () => {
		const { readers } = await fresh();
		const reader = await readers.savedWorkReader.load();
		expect(readers.savedWorkReader.module).toBe(reader);
		const stored = new Map([[RECENT_KEY, 'not json']]);
		const storage = { getItem: (key: string) => stored.get(key) ?? null, setItem() {}, removeItem() {} };
		expect(reader.readRecentList(storage).damaged).toBe(true);
	});

	it('see a payload read before fflate as the app’s mistake, never as a damaged payload', async () => {
		const { codec, payload } = await fresh();
		expect(() => payload.decodeEdits('not even base64!')).toThrow(payload.InflaterNotLoaded);
		// The decoder never throws at a page (codec.ts): the error reaches `onUnexpected`, where the
		// tests see it, instead of "the providers … could not be read (damaged or cut short)".
		const unexpected: unknown[] = [];
		const read = codec.decodeScenario(own, { datasets, onUnexpected: (error) => unexpected.push(error) });
		expect(unexpected).toHaveLength(1);
		expect(unexpected[0]).toBeInstanceOf(payload.InflaterNotLoaded);
		expect(read.problems.join(' ')).not.toMatch(/damaged|cut short/);
		// A link with an empty `e` has no payload to read: it opens, with nothing of its own.
		const empty = codec.decodeScenario(`${plain}&e=`, {
			datasets,
			onUnexpected: (error) => unexpected.push(error)
		});
		expect(empty.problems).toEqual([]);
		expect(unexpected).toHaveLength(1);
	});
});
