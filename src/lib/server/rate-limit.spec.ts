import { expect, it } from 'vitest';
import { useTestStorage } from './db/test-storage';
import { HttpProblem } from './http';
import { createLimiter } from './rate-limit';

const storage = useTestStorage();

it('lets a client make `points` requests a minute, then answers 429 with a sentence and Retry-After', async () => {
	const limiter = createLimiter(storage(), { name: 'test', points: 3, seconds: 60, what: 'short links' });
	for (let i = 0; i < 3; i++) await limiter.consume('192.0.2.1');
	const refused = await limiter.consume('192.0.2.1').catch((e: unknown) => e);
	expect(refused).toBeInstanceOf(HttpProblem);
	const problem = refused as HttpProblem;
	expect(problem.status).toBe(429);
	expect(problem.message).toMatch(
		/^Too many short links from your address \(at most 3 in 60 seconds\)\. Try again in \d+ seconds?\.$/
	);
	const retry = Number(problem.headers['retry-after']);
	expect(retry).toBeGreaterThanOrEqual(1);
	expect(retry).toBeLessThanOrEqual(60);
	// Another client is counted on its own.
	await expect(limiter.consume('192.0.2.2')).resolves.toBeUndefined();
});
