/**
 * The checks of `POST /s`'s request and answer (short-link.ts): the server checks every request,
 * the page its answer, fetching this module with zod only when a short link is made.
 */
import { lazySchema, z } from '$lib/zod';
import { MAX_SHORT_LINK_QUERY, SHORT_LINK_ID } from './short-link';

/** The body of `POST /s`. */
export const ShortLinkRequestSchema = lazySchema(() =>
	z.strictObject({
		query: z
			.string()
			.check(
				z.maxLength(MAX_SHORT_LINK_QUERY, `A short link holds at most ${MAX_SHORT_LINK_QUERY} characters.`)
			)
	})
);

/** What `POST /s` answers: the short link's path and the canonical query it holds. */
export const ShortLinkResponseSchema = lazySchema(() =>
	z.object({
		id: z.string().check(z.regex(SHORT_LINK_ID)),
		path: z.string()
	})
);

/** What the server says when it cannot make one: a sentence for the person. */
export const ProblemSchema = lazySchema(() => z.object({ message: z.string() }));

export type ShortLinkResponse = z.infer<typeof ShortLinkResponseSchema>;
