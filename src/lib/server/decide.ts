/**
 * The process's one instance of the decision endpoints (decide-api.ts), on the app's database, with
 * the limits from the environment (DECISIONS_PER_MINUTE, ANSWERS_PER_MINUTE).
 */
import type { RequestHandler } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';
import { database } from './db';
import { createDecideApi, limitsFrom, type DecideApi } from './decide-api';
import { HttpProblem, problemResponse } from './http';

let api: Promise<DecideApi> | undefined;

function decideApi(): Promise<DecideApi> {
	api ??= database().then(
		(storage) => createDecideApi(storage, limitsFrom(env)),
		(error: unknown) => {
			api = undefined;
			throw error;
		}
	);
	return api;
}

/** A route handler for one of the API's operations; 503 while the database is not open. */
export function decideRoute(operation: keyof DecideApi): RequestHandler {
	return async (event) => {
		const resolved = await decideApi().catch(() => undefined);
		if (!resolved)
			return problemResponse(
				new HttpProblem(
					503,
					'Group decisions are not available right now (the database is not open). Try again in a minute.'
				)
			);
		return resolved[operation](event);
	};
}
