import { describe, expect, it } from 'vitest';
import { lazySchema, z } from './zod';

describe('lazySchema', () => {
	it('builds the schema once, on first use, and parses exactly as the schema itself', () => {
		let built = 0;
		const make = () => z.strictObject({ id: z.string().check(z.minLength(1)), n: z._default(z.number(), 5) });
		const lazy = lazySchema(() => (built++, make()));
		expect(built).toBe(0);
		expect(lazy.parse({ id: 'a' })).toEqual({ id: 'a', n: 5 });
		expect(lazy.safeParse({ id: '' }).error?.issues).toEqual(make().safeParse({ id: '' }).error?.issues);
		expect(built).toBe(1);
	});

	it('composes like the schema it stands for: inside objects, unions, records and `instanceof`', () => {
		const id = lazySchema(() => z.string().check(z.regex(/^[a-z]+$/)));
		const a = lazySchema(() => z.strictObject({ kind: z.literal('a'), id }));
		const b = lazySchema(() => z.strictObject({ kind: z.literal('b'), ids: z.array(id) }));
		const either = lazySchema(() => z.discriminatedUnion('kind', [a, b]));
		const byId = z.record(id, either);
		expect(byId.parse({ x: { kind: 'a', id: 'y' }, z: { kind: 'b', ids: ['q'] } })).toEqual({
			x: { kind: 'a', id: 'y' },
			z: { kind: 'b', ids: ['q'] }
		});
		expect(byId.safeParse({ X: { kind: 'a', id: 'y' } }).success).toBe(false);
		expect(either.safeParse({ kind: 'b', ids: ['Q'] }).error?.issues[0]?.path).toEqual(['ids', 0]);
		expect(a instanceof z.ZodMiniObject).toBe(true);
		expect(Object.keys(a.shape)).toEqual(['kind', 'id']);
	});
});
