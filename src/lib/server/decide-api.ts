/**
 * The endpoints of "Decide together", as plain functions of (storage, request), so the API suite
 * runs them against a test database without a server; the route files only bind them to paths.
 *
 *   POST   /d                        create a decision from a comparison          → { id, token }
 *   POST   /d/<id>/answers           a participant answers                        → { answerId, token }
 *   GET    /d/<id>/answers/<answer>  its author reads it back      (answer token) → { name, weights, status }
 *   PUT    /d/<id>/answers/<answer>  its author revises it         (answer token) → { ok }
 *   GET    /d/<id>/answers           every answer, with names        (facilitator) → FacilitatorView
 *   DELETE /d/<id>/answers/<answer>  remove one                      (facilitator) → { ok }
 *   GET    /d/<id>                   the invite's view, when HTML is not asked for   → InviteView
 *   PATCH  /d/<id>                   close or reopen                 (facilitator) → { ok }
 *   DELETE /d/<id>                   delete it with every answer     (facilitator) → { ok }
 *
 * Tokens come as `Authorization: Bearer <token>`, never in the address. A decision that does not
 * exist (or expired) and a token that does not fit get the same 404 and the same sentence, and both
 * compare a hash, so a stranger learns nothing from trying ids or tokens. Writes are checked for
 * their origin first, then counted against the client's rate limit, then read (bounded) and checked
 * with the scenario's own schema, and an answer against the decision's own comparison.
 */
import { json } from '@sveltejs/kit';
import type { Dataset } from '$lib/data/schema';
import { checkParticipant } from '$lib/scenario/participant';
import type { Scenario } from '$lib/scenario/schema';
import { decodeScenario } from '$lib/share/codec';
// The server reads any link at once, data of one's own too: fflate loaded with it.
import '$lib/share/inflate';
import {
	AnswerInputSchema,
	CreateDecisionSchema,
	StatusChangeSchema,
	type CreatedAnswer,
	type CreatedDecision,
	type FacilitatorView,
	type InviteView,
	type OwnAnswer
} from '$lib/share/decision';
import { MAX_SHORT_LINK_QUERY } from '$lib/share/short-link';
import type { Storage } from './db/storage';
import {
	createDecision,
	DecisionProblem,
	deleteDecision,
	isFacilitator,
	listAnswers,
	readDecision,
	readInvite,
	readOwnAnswer,
	removeAnswer,
	reviseAnswer,
	setStatus,
	submitAnswer
} from './decisions';
import { assertSameOrigin, HttpProblem, problemResponse, readJson } from './http';
import { createLimiter, type Limiter } from './rate-limit';
import { canonicalQuery } from './short-links';

/** `{"query": …}`: a comparison as large as a short link holds, and some room. */
export const MAX_CREATE_BYTES = 256 * 1024;
/**
 * An answer: a name and a weighting. The largest honest one is pairwise judgements over every pair
 * of a comparison's criteria in one group (77 criteria: 2,926 pairs of about 60 bytes).
 */
export const MAX_ANSWER_BYTES = 192 * 1024;

export interface DecideEvent {
	request: Request;
	url: URL;
	params: Partial<Record<'id' | 'answerId', string>>;
	getClientAddress: () => string;
}

export interface DecideLimits {
	/** New decisions per client per minute. */
	decisionsPerMinute: number;
	/** Answers and revisions per client per minute. */
	answersPerMinute: number;
}

export function limitsFrom(env: Record<string, string | undefined>): DecideLimits {
	return {
		decisionsPerMinute: Number(env.DECISIONS_PER_MINUTE ?? 10),
		answersPerMinute: Number(env.ANSWERS_PER_MINUTE ?? 30)
	};
}

const NOT_FOUND =
	'There is no such group decision: the link is not right, or the decision was deleted or expired.';
const noStore = { 'cache-control': 'no-store' };
const ok = () => json({ ok: true }, { headers: noStore });

function bearer(request: Request): string {
	const m = /^Bearer ([A-Za-z0-9_-]{1,100})$/.exec(request.headers.get('authorization') ?? '');
	if (!m) throw new HttpProblem(401, 'This needs the key from a private link (the part after “#”).');
	return m[1]!;
}

/**
 * The comparison a decision holds, parsed once per process (a decision's query never changes). An
 * answer checks a cached decision's life in the statement that stores it, so it costs one query.
 */
const comparisons = new Map<string, { scenario: Scenario; base: Dataset }>();
const MAX_CACHED = 200;
function remember(id: string, query: string) {
	const { scenario, dataset } = decodeScenario(query, { maxLength: MAX_SHORT_LINK_QUERY });
	const found = { scenario, base: dataset };
	if (comparisons.size >= MAX_CACHED) comparisons.delete(comparisons.keys().next().value!);
	comparisons.set(id, found);
	return found;
}

export function createDecideApi(storage: Storage, limits: DecideLimits) {
	const { db } = storage;
	const decisionLimiter: Limiter = createLimiter(storage, {
		name: 'decision',
		points: limits.decisionsPerMinute,
		seconds: 60,
		what: 'new group decisions'
	});
	const answerLimiter: Limiter = createLimiter(storage, {
		name: 'answer',
		points: limits.answersPerMinute,
		seconds: 60,
		what: 'answers'
	});

	/** Run a handler; an HttpProblem (or a closed or full decision) becomes its JSON answer. */
	const answering =
		(handler: (event: DecideEvent) => Promise<Response>) =>
		async (event: DecideEvent): Promise<Response> => {
			try {
				return await handler(event);
			} catch (error) {
				if (error instanceof HttpProblem) return problemResponse(error);
				if (error instanceof DecisionProblem) return problemResponse(new HttpProblem(409, error.message));
				throw error;
			}
		};

	/** The decision, for whoever holds its facilitator token; else the one 404. */
	async function asFacilitator(event: DecideEvent) {
		const id = event.params.id ?? '';
		const token = bearer(event.request);
		if (!(await isFacilitator(db, id, token))) throw new HttpProblem(404, NOT_FOUND);
		return id;
	}

	async function openDecision(id: string) {
		const decision = await readDecision(db, id);
		if (!decision) throw new HttpProblem(404, NOT_FOUND);
		return decision;
	}

	/** The comparison of a live decision (read from the database once per process). */
	async function comparisonOf(id: string) {
		const cached = comparisons.get(id);
		if (cached) return cached;
		return remember(id, (await openDecision(id)).query);
	}

	/** The body of an answer, checked with the scenario's schema and then against the decision's comparison. */
	async function answerBody(event: DecideEvent, id: string) {
		const input = await readJson(event.request, AnswerInputSchema, MAX_ANSWER_BYTES);
		const { scenario, base } = await comparisonOf(id);
		const checked = checkParticipant(scenario, base, input.weights);
		if (!checked.ok) throw new HttpProblem(400, `The answer was not understood: ${checked.problem}`);
		return { name: input.name, weights: checked.weights };
	}

	return {
		create: answering(async (event) => {
			assertSameOrigin(event);
			await decisionLimiter.consume(event.getClientAddress());
			const { query } = await readJson(event.request, CreateDecisionSchema, MAX_CREATE_BYTES);
			const canonical = canonicalQuery(query);
			if (!canonical.ok)
				throw new HttpProblem(
					422,
					`This comparison cannot become a group decision: ${canonical.problems.join(' ')}`
				);
			const { id, facilitatorToken } = await createDecision(db, canonical.query);
			const body: CreatedDecision = { id, token: facilitatorToken };
			return json(body, { status: 201, headers: noStore });
		}),

		submit: answering(async (event) => {
			assertSameOrigin(event);
			await answerLimiter.consume(event.getClientAddress());
			const id = event.params.id ?? '';
			const input = await answerBody(event, id);
			const created = await submitAnswer(db, id, input);
			if (!created) throw new HttpProblem(404, NOT_FOUND);
			const body: CreatedAnswer = { answerId: created.answerId, token: created.answerToken };
			return json(body, { status: 201, headers: noStore });
		}),

		readOwn: answering(async (event) => {
			const own = await readOwnAnswer(
				db,
				event.params.id ?? '',
				event.params.answerId ?? '',
				bearer(event.request)
			);
			if (!own) throw new HttpProblem(404, NOT_FOUND);
			const body: OwnAnswer = own;
			return json(body, { headers: noStore });
		}),

		revise: answering(async (event) => {
			assertSameOrigin(event);
			await answerLimiter.consume(event.getClientAddress());
			const token = bearer(event.request);
			const id = event.params.id ?? '';
			const input = await answerBody(event, id);
			if (!(await reviseAnswer(db, id, event.params.answerId ?? '', token, input)))
				throw new HttpProblem(404, NOT_FOUND);
			return ok();
		}),

		invite: answering(async (event) => {
			const invite = await readInvite(db, event.params.id ?? '');
			if (!invite) throw new HttpProblem(404, NOT_FOUND);
			const body: InviteView = invite;
			return json(body, { headers: noStore });
		}),

		list: answering(async (event) => {
			const id = await asFacilitator(event);
			const decision = await openDecision(id);
			const answers = await listAnswers(db, id);
			const body: FacilitatorView = {
				status: decision.status,
				createdAt: new Date(decision.created_at).toISOString(),
				activeAt: new Date(decision.active_at).toISOString(),
				answers: answers.map((a) => ({
					id: a.id,
					name: a.name,
					weights: a.weights,
					createdAt: new Date(a.created_at).toISOString(),
					updatedAt: new Date(a.updated_at).toISOString()
				}))
			};
			return json(body, { headers: noStore });
		}),

		setStatus: answering(async (event) => {
			assertSameOrigin(event);
			const id = await asFacilitator(event);
			const { status } = await readJson(event.request, StatusChangeSchema, 1024);
			await setStatus(db, id, status);
			return ok();
		}),

		remove: answering(async (event) => {
			assertSameOrigin(event);
			const id = await asFacilitator(event);
			if (!(await removeAnswer(db, id, event.params.answerId ?? '')))
				throw new HttpProblem(404, 'There is no such answer in this decision (it may have been removed).');
			return ok();
		}),

		destroy: answering(async (event) => {
			assertSameOrigin(event);
			const id = await asFacilitator(event);
			await deleteDecision(db, id);
			comparisons.delete(id);
			return ok();
		})
	};
}

export type DecideApi = ReturnType<typeof createDecideApi>;
