import { decideRoute } from '$lib/server/decide';

/**
 * A request that does not ask for HTML (`curl`, or an Accept header of any type) reaches this file
 * rather than the page: it gets the invite's view as JSON (decide-api.ts), not "405 Method Not
 * Allowed".
 */
export const GET = decideRoute('invite');
/** The facilitator closes or reopens (`PATCH`, `{"status": …}`) or deletes the decision (decide-api.ts). */
export const PATCH = decideRoute('setStatus');
export const DELETE = decideRoute('destroy');
