/**
 * How large a comparison the server renders in full. Above this many cells (providers × criteria of
 * the effective data set), the server's HTML holds the answer, the ranking and the controls; the
 * tables that grow with every cell (value scores, every value with its source) become closed
 * sections built when opened, and the analyses beside them (why #1 wins, robustness) are built by
 * the browser when they come near the screen.
 *
 * Why 2,000: the 2010 data set is 6 × 17 = 102 cells and the largest comparison of one's own that
 * fits a link with every value is about 35 × 35 = 1,225, so every ordinary page is rendered in full.
 * A 200 × 77 link (a few thousand characters) rendered in full took about 540 ms into 11 MB of HTML
 * (issue 21), an amplification a single short request should not have. It is also where the
 * robustness analysis starts cutting its trials (`WORK_BUDGET` in evaluation/robustness.ts).
 */
export const SERVER_CELL_BUDGET = 2000;

/** True when the comparison's tables are built in the browser rather than in the server's HTML. */
export function overCellBudget(dataset: {
	providers: readonly unknown[];
	criteria: readonly unknown[];
}): boolean {
	return dataset.providers.length * dataset.criteria.length > SERVER_CELL_BUDGET;
}

/** What a reader without JavaScript sees in place of a table left out of the server's HTML. */
export const BUILT_IN_BROWSER_NOTE =
	'This comparison is large, so this part of the page is built by your browser: it needs JavaScript.';
