import { error } from '@sveltejs/kit';
import { database } from '$lib/server/db';
import { readShortLink } from '$lib/server/short-links';
import type { PageServerLoad } from './$types';

/** The stored comparison's query; an unknown id is the app's 404, like any unknown address. */
export const load: PageServerLoad = async ({ params, setHeaders }) => {
	const storage = await database().catch(() => {
		error(503, 'Short links cannot be opened right now. Please try again in a minute.');
	});
	const query = await readShortLink(storage.db, params.id);
	if (query === undefined) error(404, 'Not Found');
	// What an id holds never changes; the page names this build's files, hence as short as `/`'s.
	setHeaders({ 'cache-control': 'public, max-age=300' });
	return { id: params.id, query };
};
