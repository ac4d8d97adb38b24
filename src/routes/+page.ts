import type { PageLoad } from './$types';
import { openComparison } from './open-comparison';

/**
 * The comparison comes from the link (`?v=2&d=…&w=…`), on the server too, so the linked ranking is
 * in the HTML before any script runs. No link: the default comparison (the browser then restores
 * the saved one). A bad link never fails the load: `problems` says what was ignored.
 */
export const load: PageLoad = ({ url }) => openComparison(url.search.replace(/^\?/, ''));
