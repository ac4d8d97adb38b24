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

/** A group decision: the comparison everyone weighs, and who may run it (decisions.ts). */
export interface DecisionTable {
	/** 128 random bits, base64url: the invite link's `/d/<id>`. */
	id: string;
	/** SHA-256 (base64url) of the facilitator's token; the token itself is never stored. */
	facilitator_hash: string;
	/** The comparison's canonical link query. */
	query: string;
	status: 'open' | 'closed';
	/** How many answers it has (migration 0003), kept with every answer added or removed. */
	answers: Generated<number>;
	created_at: Generated<Date>;
	/** Last change by anyone; a decision expires DECISION_TTL_DAYS after it. */
	active_at: Generated<Date>;
}

/** One participant's answer; deleted with its decision (on delete cascade). */
export interface AnswerTable {
	id: string;
	decision_id: string;
	/** SHA-256 (base64url) of the participant's token, for revising the answer. */
	token_hash: string;
	/** As typed (trimmed, at most 80 characters); shown only as text. */
	name: string;
	/** The participant's weighting as JSON (decisions.ts AnswerWeights). */
	weights: string;
	created_at: Generated<Date>;
	updated_at: Generated<Date>;
}

export interface Database {
	short_link: ShortLinkTable;
	rate_limit: RateLimitTable;
	decision: DecisionTable;
	answer: AnswerTable;
}
