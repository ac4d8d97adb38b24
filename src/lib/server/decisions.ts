/**
 * Group decisions in the database, behind capability links: whoever holds a link may do what it
 * names, nobody else. The invite link names the decision (`/d/<id>`: 128 random bits); the
 * facilitator's link and each participant's link add a token (256 random bits) of their own. Only
 * SHA-256 hashes of tokens are stored, and a token is compared hash to hash in constant time. A
 * participant's token is looked up together with its decision's id, so one decision's token never
 * reaches another decision's answers.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import {
	AnswerWeightsSchema,
	CAPABILITY_ID,
	CAPABILITY_TOKEN,
	DECISION_TTL_DAYS,
	MAX_PARTICIPANTS,
	type AnswerInput
} from '$lib/share/decision';
import type { Database } from './db/schema';

// The shapes live with the page's side of it (share/decision.ts); re-exported for the server.
export {
	AnswerInputSchema,
	AnswerWeightsSchema,
	CAPABILITY_ID,
	CAPABILITY_TOKEN,
	DECISION_TTL_DAYS,
	MAX_NAME_LENGTH,
	MAX_PARTICIPANTS,
	type AnswerInput,
	type AnswerWeights
} from '$lib/share/decision';

export class DecisionProblem extends Error {
	override name = 'DecisionProblem';
	readonly kind: 'closed' | 'full';
	constructor(kind: 'closed' | 'full', message: string) {
		super(message);
		this.kind = kind;
	}
}

const randomId = () => randomBytes(16).toString('base64url');
const randomToken = () => randomBytes(32).toString('base64url');
export const hashToken = (token: string) => createHash('sha256').update(token, 'utf8').digest('base64url');

/** Whether `token` is the one whose hash is stored: hash to hash, in constant time. */
export function tokenMatches(token: string, storedHash: string): boolean {
	if (!CAPABILITY_TOKEN.test(token)) return false;
	const a = Buffer.from(hashToken(token));
	const b = Buffer.from(storedHash);
	return a.length === b.length && timingSafeEqual(a, b);
}

const expiry = () => sql<Date>`now() - make_interval(days => ${DECISION_TTL_DAYS})`;

/** A new open decision on the comparison `query`; the facilitator's token is returned once, never stored. */
export async function createDecision(db: Kysely<Database>, query: string) {
	const id = randomId();
	const facilitatorToken = randomToken();
	await db
		.insertInto('decision')
		.values({ id, facilitator_hash: hashToken(facilitatorToken), query, status: 'open' })
		.execute();
	return { id, facilitatorToken };
}

/** What anyone with the invite link may see of a live (unexpired) decision. */
export async function readDecision(db: Kysely<Database>, id: string) {
	if (!CAPABILITY_ID.test(id)) return undefined;
	return db
		.selectFrom('decision')
		.select(['id', 'query', 'status', 'created_at', 'active_at'])
		.where('id', '=', id)
		.where('active_at', '>', expiry())
		.executeTakeFirst();
}

/**
 * The invite link's view of a decision: its comparison and whether it is open; once closed,
 * everyone's weights too (for the group result), but never a name or an answer's id, so an invite
 * link shows nobody who else answered. One reading for the page and for `GET /d/<id>` as JSON.
 */
export async function readInvite(db: Kysely<Database>, id: string) {
	const decision = await readDecision(db, id);
	if (!decision) return undefined;
	const closed = decision.status === 'closed';
	return {
		id: decision.id,
		query: decision.query,
		status: decision.status,
		answers: closed ? (await listAnswers(db, decision.id)).map((a) => a.weights) : []
	};
}

/** Whether `token` is this decision's facilitator token. */
export async function isFacilitator(db: Kysely<Database>, id: string, token: string): Promise<boolean> {
	if (!CAPABILITY_ID.test(id)) return false;
	const row = await db
		.selectFrom('decision')
		.select('facilitator_hash')
		.where('id', '=', id)
		.where('active_at', '>', expiry())
		.executeTakeFirst();
	// A hash is compared even without a row, so a missing decision takes as long as a wrong token.
	return tokenMatches(token, row?.facilitator_hash ?? hashToken('')) && row !== undefined;
}

const touch = (db: Kysely<Database>, id: string) =>
	db
		.updateTable('decision')
		.set({ active_at: sql`now()` })
		.where('id', '=', id)
		.execute();

/**
 * Add an answer to an open decision; its token (returned once) lets the participant revise it.
 * One statement: the decision's row takes one more answer only while it is open, live and under
 * MAX_PARTICIPANTS, and the answer is inserted only when it did. Answers that arrive together wait
 * for the row's lock one after another and each sees the count the previous one left.
 */
export async function submitAnswer(db: Kysely<Database>, decisionId: string, input: AnswerInput) {
	const id = randomId();
	const token = randomToken();
	const result = await sql`
		with slot as (
			update decision set answers = answers + 1, active_at = now()
			where id = ${decisionId} and status = 'open' and answers < ${MAX_PARTICIPANTS}
				and active_at > ${expiry()}
			returning id
		)
		insert into answer (id, decision_id, token_hash, name, weights)
		select ${id}, slot.id, ${hashToken(token)}, ${input.name}, ${JSON.stringify(input.weights)} from slot`.execute(
		db
	);
	if (result.numAffectedRows === 1n) return { answerId: id, answerToken: token };
	// Not added: say why (a rare path, so the extra read costs nothing on the common one).
	const decision = await readDecision(db, decisionId);
	if (!decision) return undefined;
	if (decision.status !== 'open')
		throw new DecisionProblem('closed', 'This decision is closed: the facilitator no longer takes answers.');
	throw new DecisionProblem(
		'full',
		`This decision has its ${MAX_PARTICIPANTS} answers; no more can be added.`
	);
}

/** Replace an answer, given its token, while the decision is open. False when the token does not fit. */
export async function reviseAnswer(
	db: Kysely<Database>,
	decisionId: string,
	answerId: string,
	token: string,
	input: AnswerInput
): Promise<boolean> {
	return db.transaction().execute(async (trx) => {
		const row = await trx
			.selectFrom('answer')
			.innerJoin('decision', 'decision.id', 'answer.decision_id')
			.select(['answer.token_hash', 'decision.status'])
			.where('answer.id', '=', answerId)
			.where('answer.decision_id', '=', decisionId)
			.where('decision.active_at', '>', expiry())
			.forUpdate()
			.executeTakeFirst();
		if (!row || !tokenMatches(token, row.token_hash)) return false;
		if (row.status !== 'open')
			throw new DecisionProblem('closed', 'This decision is closed: answers can no longer be changed.');
		await trx
			.updateTable('answer')
			.set({ name: input.name, weights: JSON.stringify(input.weights), updated_at: sql`now()` })
			.where('id', '=', answerId)
			.execute();
		await touch(trx, decisionId);
		return true;
	});
}

/** An answer for its author (given its token), with the decision's status; undefined when the token does not fit. */
export async function readOwnAnswer(
	db: Kysely<Database>,
	decisionId: string,
	answerId: string,
	token: string
) {
	if (!CAPABILITY_ID.test(decisionId) || !CAPABILITY_ID.test(answerId)) return undefined;
	const row = await db
		.selectFrom('answer')
		.innerJoin('decision', 'decision.id', 'answer.decision_id')
		.select(['answer.token_hash', 'answer.name', 'answer.weights', 'decision.status'])
		.where('answer.id', '=', answerId)
		.where('answer.decision_id', '=', decisionId)
		.where('decision.active_at', '>', expiry())
		.executeTakeFirst();
	// A hash is compared even without a row, so a missing answer takes as long as a wrong token.
	if (!tokenMatches(token, row?.token_hash ?? hashToken('')) || !row) return undefined;
	return { name: row.name, weights: AnswerWeightsSchema.parse(JSON.parse(row.weights)), status: row.status };
}

/** Every answer of a decision, oldest first (for the facilitator, or for everyone once closed). */
export async function listAnswers(db: Kysely<Database>, decisionId: string) {
	const rows = await db
		.selectFrom('answer')
		.select(['id', 'name', 'weights', 'created_at', 'updated_at'])
		.where('decision_id', '=', decisionId)
		.orderBy('created_at')
		.orderBy('id')
		.execute();
	return rows.map((r) => ({ ...r, weights: AnswerWeightsSchema.parse(JSON.parse(r.weights)) }));
}

export async function setStatus(db: Kysely<Database>, decisionId: string, status: 'open' | 'closed') {
	await db
		.updateTable('decision')
		.set({ status, active_at: sql`now()` })
		.where('id', '=', decisionId)
		.execute();
}

export async function removeAnswer(
	db: Kysely<Database>,
	decisionId: string,
	answerId: string
): Promise<boolean> {
	return db.transaction().execute(async (trx) => {
		const result = await trx
			.deleteFrom('answer')
			.where('id', '=', answerId)
			.where('decision_id', '=', decisionId)
			.executeTakeFirst();
		const removed = Number(result.numDeletedRows);
		await trx
			.updateTable('decision')
			.set({ answers: sql`answers - ${removed}`, active_at: sql`now()` })
			.where('id', '=', decisionId)
			.execute();
		return removed > 0;
	});
}

/** Delete a decision and (by the foreign key's cascade) every answer to it. */
export async function deleteDecision(db: Kysely<Database>, decisionId: string): Promise<boolean> {
	const result = await db.deleteFrom('decision').where('id', '=', decisionId).executeTakeFirst();
	return result.numDeletedRows > 0n;
}

/** Delete decisions (and their answers) untouched for DECISION_TTL_DAYS; how many went. */
export async function purgeExpired(db: Kysely<Database>): Promise<number> {
	const result = await db.deleteFrom('decision').where('active_at', '<=', expiry()).executeTakeFirst();
	return Number(result.numDeletedRows);
}
