/**
 * A box that grows with what it holds but never shrinks back while its width stays the same: put
 * around text whose length changes with every click (the answer above the ranking), it keeps what
 * lies below from jumping up and down under the pointer. Grows at most once per new height reached;
 * a new width (a resized window) starts again from the content's own height.
 *
 * The box's first child is measured (its own height, free of the box's minimum). The height is
 * handed to CSS as `--tallest` (set through the CSSOM, which the page's Content-Security-Policy
 * allows, where a style attribute it would not), and the style sheet decides where it applies.
 */
import type { Attachment } from 'svelte/attachments';

export const keepTallest: Attachment<HTMLElement> = (box) => {
	const content = box.firstElementChild;
	if (!content || typeof ResizeObserver === 'undefined') return;
	let width = -1;
	let tallest = 0;
	const observer = new ResizeObserver(([entry]) => {
		if (!entry) return;
		const { blockSize, inlineSize } = entry.borderBoxSize[0] ?? { blockSize: 0, inlineSize: 0 };
		if (inlineSize !== width) {
			width = inlineSize;
			tallest = 0;
		}
		if (blockSize > tallest) {
			tallest = blockSize;
			box.style.setProperty('--tallest', `${tallest}px`);
		}
	});
	observer.observe(content);
	return () => observer.disconnect();
};
