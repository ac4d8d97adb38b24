import { openComparison } from '../../../open-comparison';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ data }) => ({
	...(await openComparison(data.query, { stored: true })),
	decisionId: data.id
});
