/**
 * Group decisions ("Decide together"): what the pages and the server share — the links' shapes,
 * the request and response bodies (zod), and the page's small clients for the endpoints. The
 * storing is in $lib/server/decisions.ts, the endpoints in $lib/server/decide-api.ts.
 *
 * Links are capabilities. The invite link `/d/<id>` names the decision (128 random bits). The
 * facilitator's link `/d/<id>/facilitate#<token>` and a participant's own link `/d/<id>#answer=<answer
 * id>.<token>` carry a token (256 random bits) in the fragment, which browsers never send to a server
 * or in a Referer; the page reads it and sends it in an Authorization header.
 */
import { LIMITS, ScenarioSchema } from '$lib/scenario/schema';
import { MAX_SHORT_LINK_QUERY } from '$lib/share/short-link';
import { z } from '$lib/zod';

/** Answers per decision. */
export const MAX_PARTICIPANTS = 200;
export const MAX_NAME_LENGTH = LIMITS.name;
/** A decision nobody has touched for this many days is deleted with its answers. */
export const DECISION_TTL_DAYS = 180;
/** Ids: base64url of 16 random bytes. */
export const CAPABILITY_ID = /^[A-Za-z0-9_-]{22}$/;
/** Tokens: base64url of 32 random bytes. */
export const CAPABILITY_TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** A participant's weighting: the scenario's own fields for weights, checked with its own schema. */
export const AnswerWeightsSchema = z.pick(ScenarioSchema, {
	weighting: true,
	rankOrder: true,
	rankKind: true,
	pairwise: true,
	weights: true
});
export type AnswerWeights = z.infer<typeof AnswerWeightsSchema>;

export const AnswerInputSchema = z.strictObject({
	name: z
		.string()
		.check(z.trim(), z.maxLength(MAX_NAME_LENGTH, `A name has at most ${MAX_NAME_LENGTH} characters.`)),
	weights: AnswerWeightsSchema
});
export type AnswerInput = z.infer<typeof AnswerInputSchema>;

/** `POST /d`: the comparison (its link query) everyone will weigh. */
export const CreateDecisionSchema = z.strictObject({
	query: z
		.string()
		.check(
			z.maxLength(
				MAX_SHORT_LINK_QUERY,
				`A decision holds a comparison of at most ${MAX_SHORT_LINK_QUERY} characters.`
			)
		)
});
export const CreatedDecisionSchema = z.object({
	id: z.string().check(z.regex(CAPABILITY_ID)),
	token: z.string().check(z.regex(CAPABILITY_TOKEN))
});
export type CreatedDecision = z.infer<typeof CreatedDecisionSchema>;

/** `POST /d/<id>/answers`: the new answer's id and the token that lets its author change it. */
export const CreatedAnswerSchema = z.object({
	answerId: z.string().check(z.regex(CAPABILITY_ID)),
	token: z.string().check(z.regex(CAPABILITY_TOKEN))
});
export type CreatedAnswer = z.infer<typeof CreatedAnswerSchema>;

export const DecisionStatusSchema = z.enum(['open', 'closed']);
export type DecisionStatus = z.infer<typeof DecisionStatusSchema>;
/** `PATCH /d/<id>` (facilitator): close or reopen. */
export const StatusChangeSchema = z.strictObject({ status: DecisionStatusSchema });

/** `GET /d/<id>/answers/<answer id>` (its author): the answer to revise. */
export const OwnAnswerSchema = z.object({
	name: z.string(),
	weights: AnswerWeightsSchema,
	status: DecisionStatusSchema
});
export type OwnAnswer = z.infer<typeof OwnAnswerSchema>;

/** `GET /d/<id>` without asking for HTML: what the invite link shows (weights only once closed). */
export const InviteViewSchema = z.object({
	id: z.string(),
	query: z.string(),
	status: DecisionStatusSchema,
	answers: z.array(AnswerWeightsSchema)
});
export type InviteView = z.infer<typeof InviteViewSchema>;

/** One answer as the facilitator sees it (times as ISO strings). */
export const ListedAnswerSchema = z.object({
	id: z.string(),
	name: z.string(),
	weights: AnswerWeightsSchema,
	createdAt: z.string(),
	updatedAt: z.string()
});
export type ListedAnswer = z.infer<typeof ListedAnswerSchema>;

/** `GET /d/<id>/answers` (facilitator). */
export const FacilitatorViewSchema = z.object({
	status: DecisionStatusSchema,
	createdAt: z.string(),
	activeAt: z.string(),
	answers: z.array(ListedAnswerSchema)
});
export type FacilitatorView = z.infer<typeof FacilitatorViewSchema>;

/** The participant's own link: `#answer=<answer id>.<token>`; undefined for anything else. */
export function readAnswerFragment(hash: string): { answerId: string; token: string } | undefined {
	const m = /^#answer=([A-Za-z0-9_-]{22})\.([A-Za-z0-9_-]{43})$/.exec(hash);
	return m ? { answerId: m[1]!, token: m[2]! } : undefined;
}
export const answerFragment = (answerId: string, token: string) => `#answer=${answerId}.${token}`;

/** The facilitator's link: `#<token>`. */
export function readTokenFragment(hash: string): string | undefined {
	const token = hash.replace(/^#/, '');
	return CAPABILITY_TOKEN.test(token) ? token : undefined;
}

/**
 * Call a decision endpoint: JSON in and out, the token (if any) as a bearer credential. Rejects with
 * the server's own sentence when it refuses.
 */
export async function callDecision<T extends z.ZodMiniType>(
	url: string,
	options: { method?: string; token?: string; body?: unknown; schema: T }
): Promise<z.infer<T>> {
	const headers: Record<string, string> = {};
	if (options.body !== undefined) headers['content-type'] = 'application/json';
	if (options.token) headers.authorization = `Bearer ${options.token}`;
	const response = await fetch(url, {
		method: options.method ?? 'GET',
		headers,
		...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
		cache: 'no-store'
	});
	const body: unknown = await response.json().catch(() => undefined);
	if (!response.ok) {
		const message = z.object({ message: z.string() }).safeParse(body);
		throw new Error(message.success ? message.data.message : `The server answered ${response.status}.`);
	}
	return options.schema.parse(body);
}

/** For endpoints that answer `{ ok: true }`. */
export const OkSchema = z.object({ ok: z.literal(true) });
