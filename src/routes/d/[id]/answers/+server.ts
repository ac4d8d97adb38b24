import { decideRoute } from '$lib/server/decide';

/** A participant answers (`POST`); the facilitator reads every answer (`GET`) (decide-api.ts). */
export const POST = decideRoute('submit');
export const GET = decideRoute('list');
