import { sql } from 'kysely';
import { beforeEach, describe, expect, it } from 'vitest';
import { useTestStorage } from './db/test-storage';
import {
	AnswerInputSchema,
	createDecision,
	DecisionProblem,
	deleteDecision,
	hashToken,
	isFacilitator,
	listAnswers,
	MAX_PARTICIPANTS,
	purgeExpired,
	readDecision,
	removeAnswer,
	reviseAnswer,
	setStatus,
	submitAnswer,
	tokenMatches,
	type AnswerInput
} from './decisions';

const QUERY = 'v=2&d=cloud-2010.2&w=1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17';
const answer = (name: string, price = 50): AnswerInput => ({
	name,
	weights: { weighting: 'direct', weights: { 'entry-price': price, 'sla-uptime': 100 - price } }
});

const storage = useTestStorage();
beforeEach(async () => {
	await sql`delete from decision`.execute(storage().db);
});

describe('capability ids and tokens', () => {
	it('are 128-bit ids and 256-bit tokens, base64url, and only the hash of a token is stored', async () => {
		const { id, facilitatorToken } = await createDecision(storage().db, QUERY);
		expect(Buffer.from(id, 'base64url')).toHaveLength(16);
		expect(Buffer.from(facilitatorToken, 'base64url')).toHaveLength(32);
		const row = await storage()
			.db.selectFrom('decision')
			.selectAll()
			.where('id', '=', id)
			.executeTakeFirstOrThrow();
		expect(JSON.stringify(row)).not.toContain(facilitatorToken);
		expect(row.facilitator_hash).toBe(hashToken(facilitatorToken));
		const other = await createDecision(storage().db, QUERY);
		expect(other.id).not.toBe(id);
		expect(other.facilitatorToken).not.toBe(facilitatorToken);
	});

	it("let the facilitator in with their token only: not a wrong one, not another decision's", async () => {
		const a = await createDecision(storage().db, QUERY);
		const b = await createDecision(storage().db, QUERY);
		expect(await isFacilitator(storage().db, a.id, a.facilitatorToken)).toBe(true);
		expect(await isFacilitator(storage().db, a.id, b.facilitatorToken)).toBe(false);
		// The last character changed for certain (a token ends in 'A' one time in sixteen).
		const wrongLast = a.facilitatorToken.slice(0, -1) + (a.facilitatorToken.endsWith('A') ? 'B' : 'A');
		expect(await isFacilitator(storage().db, a.id, wrongLast)).toBe(false);
		expect(await isFacilitator(storage().db, a.id, '')).toBe(false);
		expect(await isFacilitator(storage().db, 'AAAAAAAAAAAAAAAAAAAAAA', a.facilitatorToken)).toBe(false);
		expect(tokenMatches("' or 1=1 --", hashToken("' or 1=1 --"))).toBe(false);
	});

	it('find nothing for ids that were never made (enumeration) or are not ids', async () => {
		await createDecision(storage().db, QUERY);
		expect(await readDecision(storage().db, 'AAAAAAAAAAAAAAAAAAAAAA')).toBeUndefined();
		expect(await readDecision(storage().db, '%')).toBeUndefined();
		expect(await readDecision(storage().db, "x' or '1'='1")).toBeUndefined();
	});
});

describe('answers', () => {
	it('are added, revised with their own token only, and listed for the facilitator in order', async () => {
		const { id } = await createDecision(storage().db, QUERY);
		const first = await submitAnswer(storage().db, id, answer('Ana', 80));
		const second = await submitAnswer(storage().db, id, answer('<img src=x onerror=alert(1)>', 20));
		expect(first && second).toBeTruthy();
		expect(
			await reviseAnswer(storage().db, id, first!.answerId, second!.answerToken, answer('Mallory', 0))
		).toBe(false);
		expect(
			await reviseAnswer(storage().db, id, first!.answerId, first!.answerToken, answer('Ana B.', 70))
		).toBe(true);
		const list = await listAnswers(storage().db, id);
		expect(list.map((a) => a.name)).toEqual(['Ana B.', '<img src=x onerror=alert(1)>']);
		expect(list[0]!.weights.weights['entry-price']).toBe(70);
	});

	it("cannot be revised through another decision, even with the answer's own token", async () => {
		const a = await createDecision(storage().db, QUERY);
		const b = await createDecision(storage().db, QUERY);
		const mine = await submitAnswer(storage().db, a.id, answer('Ana'));
		expect(await reviseAnswer(storage().db, b.id, mine!.answerId, mine!.answerToken, answer('X'))).toBe(
			false
		);
		expect(await removeAnswer(storage().db, b.id, mine!.answerId)).toBe(false);
		expect((await listAnswers(storage().db, a.id)).map((x) => x.name)).toEqual(['Ana']);
	});

	it('are refused once the decision is closed, and taken again when it reopens', async () => {
		const { id } = await createDecision(storage().db, QUERY);
		const mine = await submitAnswer(storage().db, id, answer('Ana'));
		await setStatus(storage().db, id, 'closed');
		await expect(submitAnswer(storage().db, id, answer('Late'))).rejects.toThrow(DecisionProblem);
		await expect(
			reviseAnswer(storage().db, id, mine!.answerId, mine!.answerToken, answer('B'))
		).rejects.toThrow(/closed/);
		await setStatus(storage().db, id, 'open');
		expect(await submitAnswer(storage().db, id, answer('Late'))).toBeDefined();
	});

	it(`stop at ${MAX_PARTICIPANTS} per decision, counted one at a time when they arrive together`, async () => {
		const { id } = await createDecision(storage().db, QUERY);
		const results = await Promise.allSettled(
			Array.from({ length: MAX_PARTICIPANTS + 5 }, (_, i) => submitAnswer(storage().db, id, answer(`P${i}`)))
		);
		const refused = results.filter((r) => r.status === 'rejected');
		expect(results.length - refused.length).toBe(MAX_PARTICIPANTS);
		expect(refused).toHaveLength(5);
		expect(String((refused[0] as PromiseRejectedResult).reason)).toMatch(/has its 200 answers/);
	}, 180_000);

	it('check names and weights with the schema: too long, unknown fields and out-of-range weights are refused', () => {
		expect(AnswerInputSchema.safeParse(answer('  Ana  ')).data?.name).toBe('Ana');
		expect(AnswerInputSchema.safeParse(answer('x'.repeat(81))).success).toBe(false);
		expect(AnswerInputSchema.safeParse({ ...answer('A'), admin: true }).success).toBe(false);
		expect(
			AnswerInputSchema.safeParse({ name: 'A', weights: { weighting: 'direct', weights: { a: 101 } } })
				.success
		).toBe(false);
	});
});

describe('deletion and expiry', () => {
	it('deleting a decision removes every answer to it', async () => {
		const { id } = await createDecision(storage().db, QUERY);
		await submitAnswer(storage().db, id, answer('Ana'));
		await submitAnswer(storage().db, id, answer('Ben'));
		expect(await deleteDecision(storage().db, id)).toBe(true);
		expect(await readDecision(storage().db, id)).toBeUndefined();
		const left = await storage().db.selectFrom('answer').select('id').where('decision_id', '=', id).execute();
		expect(left).toEqual([]);
	});

	it('a decision untouched for 180 days is gone (read as missing, then purged with its answers); 179 days is not', async () => {
		const old = await createDecision(storage().db, QUERY);
		const recent = await createDecision(storage().db, QUERY);
		await submitAnswer(storage().db, old.id, answer('Ana'));
		await sql`update decision set active_at = now() - interval '180 days 1 minute' where id = ${old.id}`.execute(
			storage().db
		);
		await sql`update decision set active_at = now() - interval '179 days' where id = ${recent.id}`.execute(
			storage().db
		);
		expect(await readDecision(storage().db, old.id)).toBeUndefined();
		expect(await isFacilitator(storage().db, old.id, old.facilitatorToken)).toBe(false);
		expect(await submitAnswer(storage().db, old.id, answer('Late'))).toBeUndefined();
		expect(await purgeExpired(storage().db)).toBe(1);
		expect(await readDecision(storage().db, recent.id)).toBeDefined();
		const answers = await storage().db.selectFrom('answer').select('id').execute();
		expect(answers).toEqual([]);
	});
});
