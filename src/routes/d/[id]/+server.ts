import { decideRoute } from '$lib/server/decide';

/** The facilitator closes or reopens (`PATCH`, `{"status": …}`) or deletes the decision (decide-api.ts). */
export const PATCH = decideRoute('setStatus');
export const DELETE = decideRoute('destroy');
