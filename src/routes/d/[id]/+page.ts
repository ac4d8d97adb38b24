import { openComparison } from '../../open-comparison';
import type { PageLoad } from './$types';

/** The decision's comparison opens as its link would (the query is the same). */
export const load: PageLoad = async ({ data }) => ({
	...(await openComparison(data.query, { stored: true })),
	decision: { id: data.id, status: data.status, answers: data.answers }
});
