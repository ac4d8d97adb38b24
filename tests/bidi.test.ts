import { expect, test } from '@playwright/test';
import { deflateSync, strToU8 } from 'fflate';
import { ready, watchErrors } from './support/page';

/**
 * Issue 21, item 6: a provider named with an unclosed right-to-left override (U+202E) must not
 * reverse the app's own sentences. The page isolates the name in a <bdi>; the title, which cannot,
 * carries no bidi control at all.
 */

const RLO = '\u202e';
const CONTROLS = /[\u202a-\u202e\u2066-\u2069]/;

/** A v2 link (the format payload.ts writes) adding one provider, "‮evil", that comes first on the one weighted criterion. */
function evilLink(): string {
	const json = JSON.stringify({
		values: { 'u-evil': { 'u-c': 10 } },
		providers: [{ id: 'u-evil', name: `${RLO}evil`, platform: 'KVM' }],
		criteria: [
			{
				id: 'u-c',
				name: 'Speed',
				group: 'u-g',
				unit: 'units',
				direction: 'higher',
				scale: { kind: 'linear', worst: 0, best: 10 }
			}
		],
		groups: [{ id: 'u-g', name: 'Mine' }]
	});
	const e = Buffer.from(deflateSync(strToU8(json), { level: 9 }))
		.toString('base64')
		.replace(/\+/g, '-')
		.replace(/\//g, '_')
		.replace(/=+$/, '');
	return `/?v=2&d=cloud-2010.2&w=${'0,'.repeat(17)}100&e=${e}`;
}

test('a name with an unclosed right-to-left override is isolated and reverses nothing after it', async ({
	page,
	request
}) => {
	const errors = watchErrors(page);
	const url = evilLink();
	// On the server already, before any script runs.
	const html = await (await request.get(url)).text();
	expect(/class="answer-sentence">.*?<\/p>/s.exec(html)?.[0]).toMatch(
		/class="answer-sentence">(<!--[^>]*-->)*<bdi>evil<\/bdi>(<!--[^>]*-->)* leads /
	);

	await page.goto(url);
	await ready(page);
	const sentence = page.locator('.answer-sentence');
	await expect(sentence).toHaveText(
		/^evil leads .+ by 100\.0 points, mostly on speed( \(.+ is unknown and scored 0, the worst level\))?; .+ is not better on any criterion\.$/
	);
	const name = sentence.locator('bdi').first();
	await expect(name).toHaveText('evil');
	// The words after the name run left to right, after it: the first of them starts right of the
	// name (an override left open would draw them reversed, to its left).
	const [nameBox, afterBox] = await name.evaluate((bdi) => {
		// The next text node (Svelte keeps comment anchors between the parts).
		let next = bdi.nextSibling!;
		while (next.nodeType !== Node.TEXT_NODE) next = next.nextSibling!;
		const range = document.createRange();
		range.setStart(next, 1);
		range.setEnd(next, 6); // "leads"
		const a = bdi.getBoundingClientRect();
		const b = range.getBoundingClientRect();
		return [
			{ left: a.left, right: a.right },
			{ left: b.left, right: b.right }
		];
	});
	expect(afterBox.left).toBeGreaterThanOrEqual(nameBox.right - 1);
	expect(afterBox.right).toBeGreaterThan(afterBox.left);

	// Where the page shows the name beside its own words, the name has its own <bdi>.
	const row = page.getByRole('table', { name: 'Ranking', exact: true }).locator('tbody tr').first();
	await expect(row.locator('th bdi')).toHaveText(`${RLO}evil`);
	await expect(page.locator('.leader-bar li').first().locator('bdi')).toHaveText(`${RLO}evil`);
	await expect(page.locator('.why p bdi').first()).toHaveText('evil');

	// The title cannot isolate: no control in it, the name still there.
	const title = await page.title();
	expect(title).toMatch(/^Cloud Scorecard: evil 100\.0, /);
	expect(title).not.toMatch(CONTROLS);
	expect(errors).toEqual([]);
});
