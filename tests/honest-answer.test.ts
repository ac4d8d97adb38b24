/**
 * Issue 19, item 1: an answer honest about unknown values. The "Security and compliance first"
 * preset on the 2010 data set v2: Amazon EC2 leads GoGrid mostly on compliance audits, where
 * GoGrid's value is unknown (scored 0 under the Worst level rule). Under Middle of the scale and
 * Left out, GoGrid comes first (issue 19's own figures: by 0.6 and by 2.4 points).
 */
import { expect, test } from '@playwright/test';
import { ready, watchErrors } from './support/page';

const SECURITY = '/?v=2&d=cloud-2010.2&w=10,10,10,0,20,10,0,70,50,40,100,100,20,10,20,60,30&p=security';

test('the security link says the lead rests on an unknown, names the other rules’ winner and gives one verdict', async ({
	page
}) => {
	const errors = watchErrors(page);
	await page.goto(SECURITY);
	await ready(page);
	const answer = page.locator('.answer');
	await expect(answer.locator('.answer-sentence')).toContainText(
		/^Amazon EC2 leads GoGrid by \d+\.\d points, mostly on .*compliance audits.* \(GoGrid’s values? for .*compliance audits.* unknown and scored 0, the worst level\)/
	);
	await expect(answer).toContainText('Under Middle of the scale: GoGrid; under Left out: GoGrid.');
	await expect(answer).toContainText(
		/Amazon EC2 is first under every weighting tried \(500 trials, each weight ±25 %\), but not under the other unknown-value rules/
	);
	await expect(answer).toContainText('Unknown values: Worst level');
	// The lone "100 % of 500 trials" is gone: one verdict.
	await expect(answer).not.toContainText('came first in 100 %');
	// "Why #1 wins" says the same margin and the same caveat.
	const margin = (await answer.locator('.answer-sentence').innerText()).match(/by (\d+\.\d) points/)![1]!;
	const why = page.getByRole('region', { name: 'Why #1 wins' });
	await expect(why).toContainText(`${margin} points ahead of GoGrid`);
	await expect(why).toContainText(
		/GoGrid’s values? for .*compliance audits.* unknown: those points come from the unknown-value rule/
	);

	// Switching the rule to Middle of the scale: GoGrid first, and the answer names Worst level's winner.
	await page.getByRole('radio', { name: /Middle of the scale/ }).check();
	await expect(answer.locator('.answer-sentence')).toContainText(/^GoGrid leads Amazon EC2/);
	await expect(answer).toContainText('Under Worst level: Amazon EC2; under Left out: GoGrid.');
	expect(errors).toEqual([]);
});
