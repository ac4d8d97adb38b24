import { decideRoute } from '$lib/server/decide';

/** `POST /d` with `{"query": …}`: a new group decision on that comparison (decide-api.ts). */
export const POST = decideRoute('create');
