import { openComparison } from '../../open-comparison';
import type { PageLoad } from './$types';

/** The stored comparison opens as its long link would (the query is the same). */
export const load: PageLoad = ({ data }) => openComparison(data.query, { shortLink: data.id });
