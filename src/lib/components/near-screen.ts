/**
 * `{@attach nearScreen(() => …)}`: calls back once, the first time the element comes within
 * `margin` of the screen (a length, or a percentage of the screen's height). For work nobody needs until they scroll to it (the rank acceptability
 * runs 10,000 draws in a worker and redraws its table): on a phone it lies far below the first
 * screen, and doing it at start-up competed with the page becoming usable (Lighthouse, mobile).
 */
import type { Attachment } from 'svelte/attachments';

export function nearScreen(callback: () => void, margin = '600px'): Attachment<Element> {
	return (element) => {
		const observer = new IntersectionObserver(
			(entries) => {
				if (!entries.some((e) => e.isIntersecting)) return;
				observer.disconnect();
				callback();
			},
			{ rootMargin: `${margin} 0px` }
		);
		observer.observe(element);
		return () => observer.disconnect();
	};
}
