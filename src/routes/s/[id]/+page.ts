import { NO_SCRIPT_PARAM } from '$lib/share/link';
import { openComparison } from '../../open-comparison';
import type { PageLoad } from './$types';

/** The stored comparison opens as its long link would (the query is the same). */
export const load: PageLoad = ({ data, url }) =>
	openComparison(data.query, { shortLink: data.id, noScript: url.searchParams.has(NO_SCRIPT_PARAM) });
