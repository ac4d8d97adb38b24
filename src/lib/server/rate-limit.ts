/**
 * Per-client limits on writes (rate-limiter-flexible): in this process's memory on PGlite (one
 * process holds the data anyway), in the database's rate_limit table on PostgreSQL so that every
 * app process behind a load balancer counts the same requests. Over the limit: 429 with a
 * sentence and Retry-After.
 */
import { CompiledQuery } from 'kysely';
import {
	RateLimiterMemory,
	RateLimiterPostgres,
	RateLimiterRes,
	type RateLimiterAbstract
} from 'rate-limiter-flexible';
import type { Storage } from './db/storage';
import { HttpProblem } from './http';

export interface Limit {
	/** Key prefix, one per kind of write ("short-link"). */
	name: string;
	/** Requests allowed per client per `seconds`. */
	points: number;
	seconds: number;
	/** Says what was limited, for the 429's sentence: "short links". */
	what: string;
}

export interface Limiter {
	/** Count one request from `client`; throws a 429 HttpProblem when over the limit. */
	consume: (client: string) => Promise<void>;
}

export function createLimiter(storage: Storage, limit: Limit): Limiter {
	const options = { keyPrefix: limit.name, points: limit.points, duration: limit.seconds };
	const limiter: RateLimiterAbstract =
		storage.kind === 'postgres'
			? new RateLimiterPostgres({
					...options,
					// The table comes from our migrations (0001), so the library does not race to create it.
					tableName: 'rate_limit',
					tableCreated: true,
					storeType: 'pool',
					// The library's "pool" is anything with query({ text, values }) → { rows, rowCount }:
					// here Kysely's connection, so the limiter needs no client of its own.
					storeClient: {
						query: async ({ text, values }: { text: string; values?: unknown[] }) => {
							const result = await storage.db.executeQuery(CompiledQuery.raw(text, values ?? []));
							return { rows: result.rows, rowCount: result.rows.length };
						}
					}
				})
			: new RateLimiterMemory(options);
	return {
		consume: async (client) => {
			try {
				await limiter.consume(client);
			} catch (rejection) {
				if (!(rejection instanceof RateLimiterRes)) throw rejection;
				const seconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
				throw new HttpProblem(
					429,
					`Too many ${limit.what} from your address (at most ${limit.points} in ${limit.seconds} seconds). ` +
						`Try again in ${seconds} second${seconds === 1 ? '' : 's'}.`,
					{ 'retry-after': String(seconds) }
				);
			}
		}
	};
}
