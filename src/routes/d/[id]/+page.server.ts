import { error } from '@sveltejs/kit';
import { database } from '$lib/server/db';
import { listAnswers, readDecision } from '$lib/server/decisions';
import type { PageServerLoad } from './$types';

/**
 * The invite link: the decision's comparison and whether it is open. Once closed, everyone's weights
 * too (for the group result), but never a name or an answer's id: an invite link shows nobody who
 * else answered.
 */
export const load: PageServerLoad = async ({ params, setHeaders }) => {
	const storage = await database().catch(() => {
		error(503, 'Group decisions cannot be opened right now. Please try again in a minute.');
	});
	const decision = await readDecision(storage.db, params.id);
	if (!decision) error(404, 'Not Found');
	// Answers and the status change: never kept by a browser or a shared cache.
	setHeaders({ 'cache-control': 'no-store' });
	const closed = decision.status === 'closed';
	return {
		id: decision.id,
		query: decision.query,
		status: decision.status,
		answers: closed ? (await listAnswers(storage.db, decision.id)).map((a) => a.weights) : []
	};
};
