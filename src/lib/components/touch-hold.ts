/**
 * A slider that a scrolling thumb cannot move. On a touch screen Chromium's range input jumps to the
 * touch point on touchstart, even with `touch-action: pan-y`, so a vertical swipe that happens to
 * start on a slider changed a weight. This attachment holds the value from the moment a finger goes
 * down until the gesture proves itself: more than SLOP px sideways (and more sideways than up or
 * down) is a drag and the slider follows the finger; anything else (a vertical swipe, which the
 * browser turns into a page scroll, or a tap) puts the value back and lets no `input` event through.
 * Mouse, pen and keyboard are untouched. The number box beside the slider is the precise control.
 */
import type { Attachment } from 'svelte/attachments';

/** How far (CSS px) a finger moves before the gesture counts as a drag or a scroll. */
export const SLOP = 10;

export type Gesture = 'undecided' | 'horizontal' | 'vertical';

/** What a movement of (dx, dy) from the touch point is: still undecided within SLOP px, else its main direction. */
export function gesture(dx: number, dy: number, slop = SLOP): Gesture {
	if (Math.abs(dx) <= slop && Math.abs(dy) <= slop) return 'undecided';
	return Math.abs(dx) > Math.abs(dy) ? 'horizontal' : 'vertical';
}

export const holdUntilHorizontal: Attachment<HTMLInputElement> = (input) => {
	let start: { value: string; x: number; y: number; pointer: number } | undefined;
	let state: Gesture = 'undecided';

	const restore = () => {
		if (start && input.value !== start.value) input.value = start.value;
	};
	const down = (e: PointerEvent) => {
		if (e.pointerType !== 'touch' || !e.isPrimary) return;
		start = { value: input.value, x: e.clientX, y: e.clientY, pointer: e.pointerId };
		state = 'undecided';
	};
	const move = (e: PointerEvent) => {
		if (!start || e.pointerId !== start.pointer || state !== 'undecided') return;
		state = gesture(e.clientX - start.x, e.clientY - start.y);
		if (state === 'vertical') restore();
	};
	const end = () => {
		if (state !== 'horizontal') restore();
		start = undefined;
		state = 'undecided';
	};
	/** Runs before the page's own handler (it listens higher up): a held gesture changes nothing. */
	const hold = (e: Event) => {
		if (!start || state === 'horizontal') return;
		restore();
		e.stopImmediatePropagation();
	};

	// One signal removes every listener when the attachment goes.
	const listening = new AbortController();
	const options = { signal: listening.signal };
	input.addEventListener('pointerdown', down, options);
	input.addEventListener('pointermove', move, options);
	input.addEventListener('pointerup', end, options);
	input.addEventListener('pointercancel', end, options);
	input.addEventListener('input', hold, options);
	input.addEventListener('change', hold, options);
	return () => listening.abort();
};
