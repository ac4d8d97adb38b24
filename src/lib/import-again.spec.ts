import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { failedAddress, importAgain } from './import-again';

describe('failedAddress', () => {
	it.each([
		// Chromium's and Firefox's messages name the module; Safari's does not.
		[
			'Failed to fetch dynamically imported module: https://x.test/_app/immutable/chunks/A1.js',
			'https://x.test/_app/immutable/chunks/A1.js'
		],
		[
			'error loading dynamically imported module: http://127.0.0.1:4173/_app/b.js',
			'http://127.0.0.1:4173/_app/b.js'
		],
		['Importing a module script failed.', undefined],
		['Failed to fetch dynamically imported module: not a url', undefined]
	])('%s → %s', (message, address) => {
		expect(failedAddress(new Error(message))?.href).toBe(address);
	});
	it('reads nothing from what is not an Error', () => {
		expect(failedAddress('https://x.test/a.js')).toBeUndefined();
	});
});

describe('importAgain', () => {
	it('after a failure, imports the named file at a new address, so a browser that keeps the failure still fetches it', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'import-again-'));
		const file = join(dir, 'part.mjs');
		writeFileSync(file, 'export const name = "the part";');
		const address = pathToFileURL(file).href;
		let calls = 0;
		// The bundled import as Chromium fails it, every time (the failure is kept).
		const load = importAgain(() => {
			calls++;
			return Promise.reject(new Error(`Failed to fetch dynamically imported module: ${address}`));
		});
		await expect(load()).rejects.toThrow(/Failed to fetch/);
		const part = (await load()) as { name: string };
		expect(part.name).toBe('the part');
		expect(calls).toBe(1);
	});

	it('calls the import again where the error names no file', async () => {
		let calls = 0;
		const load = importAgain(() =>
			++calls === 1 ? Promise.reject(new Error('Importing a module script failed.')) : Promise.resolve('here')
		);
		await expect(load()).rejects.toThrow();
		await expect(load()).resolves.toBe('here');
		expect(calls).toBe(2);
	});
});
