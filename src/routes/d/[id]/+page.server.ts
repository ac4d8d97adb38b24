import { error } from '@sveltejs/kit';
import { database } from '$lib/server/db';
import { readInvite } from '$lib/server/decisions';
import type { PageServerLoad } from './$types';

/** The invite link: what `readInvite` lets anyone with the link see (the same as `GET /d/<id>` as JSON). */
export const load: PageServerLoad = async ({ params, setHeaders }) => {
	const storage = await database().catch(() => {
		error(503, 'Group decisions cannot be opened right now. Please try again in a minute.');
	});
	const invite = await readInvite(storage.db, params.id);
	if (!invite) error(404, 'Not Found');
	// Answers and the status change: never kept by a browser or a shared cache.
	setHeaders({ 'cache-control': 'no-store' });
	return invite;
};
