import { error } from '@sveltejs/kit';
import { database } from '$lib/server/db';
import { readDecision } from '$lib/server/decisions';
import type { PageServerLoad } from './$types';

/**
 * The facilitator's page is rendered with the comparison only (what the invite link shows too): the
 * token is in the address's fragment, which the server never sees, so the page itself asks for the
 * answers with it (GET /d/<id>/answers).
 */
export const load: PageServerLoad = async ({ params, setHeaders }) => {
	const storage = await database().catch(() => {
		error(503, 'Group decisions cannot be opened right now. Please try again in a minute.');
	});
	const decision = await readDecision(storage.db, params.id);
	if (!decision) error(404, 'Not Found');
	setHeaders({ 'cache-control': 'no-store' });
	return { id: decision.id, query: decision.query };
};
