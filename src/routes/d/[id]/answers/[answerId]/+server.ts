import { decideRoute } from '$lib/server/decide';

/** Its author reads (`GET`) and revises (`PUT`) an answer; the facilitator removes it (`DELETE`). */
export const GET = decideRoute('readOwn');
export const PUT = decideRoute('revise');
export const DELETE = decideRoute('remove');
