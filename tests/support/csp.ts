// Content-Security-Policy violations, collected while a test runs: the browser reports each one as a
// `securitypolicyviolation` event (even when the blocked code's error is caught, as zod's eval probe
// would be). Tests assert the list stays empty, on every flow.
import type { BrowserContext, Page } from '@playwright/test';

/**
 * Records every violation in any page of `target` (a page, or a whole context) from now on, across
 * navigations. Await it before the first `goto`; the returned array fills as violations happen.
 */
export async function watchCsp(target: Page | BrowserContext): Promise<string[]> {
	const violations: string[] = [];
	await target.exposeFunction('__cspViolation', (text: string) => violations.push(text));
	await target.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (e) => {
			const report = (window as unknown as { __cspViolation: (text: string) => void }).__cspViolation;
			void report(
				`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile || location.pathname}:${e.lineNumber}) ${e.sample}`
			);
		});
	});
	return violations;
}
