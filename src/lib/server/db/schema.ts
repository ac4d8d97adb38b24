/** The tables as Kysely sees them (migrations.ts creates them). */
import type { Generated } from 'kysely';

export interface ShortLinkTable {
	/** base64url of the first 16 bytes of SHA-256 of `query` (short-links.ts). */
	id: string;
	/** The comparison's canonical link query (without `?`), as the long link holds it. */
	query: string;
	created_at: Generated<Date>;
}

/** rate-limiter-flexible's PostgreSQL store (its own column names), used when DATABASE_URL is set. */
export interface RateLimitTable {
	key: string;
	points: number;
	expire: string | number | null;
}

export interface Database {
	short_link: ShortLinkTable;
	rate_limit: RateLimitTable;
}
