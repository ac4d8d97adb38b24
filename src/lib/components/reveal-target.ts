/**
 * Links into collapsed sections: when the address's fragment (`#src-entry-price-amazon-ec2`) names
 * an element inside closed `<details>`, open them all and bring the element into view. Runs on
 * load and on every hash change; a section built only when opened (Disclosure.svelte) is opened and
 * built first, and so is a section below the first screen that was not built yet (Deferred.svelte). Without JavaScript the sections are plain HTML (Chromium opens them itself on
 * fragment navigation); nothing else depends on this.
 */
import { tick } from 'svelte';
import type { Attachment } from 'svelte/attachments';
import { mountAll } from './deferred';

/** Open every `<details>` around `target`; true when any was closed. */
export function openAround(target: Element): boolean {
	let opened = false;
	for (let d = target.closest('details'); d; d = d.parentElement?.closest('details') ?? null) {
		if (!d.open) {
			d.open = true;
			opened = true;
		}
	}
	return opened;
}

/** The element id a fragment names ("#src-a" → "src-a"), or '' for none or a malformed one. */
function fragmentId(hash: string): string {
	try {
		return decodeURIComponent(hash.slice(1));
	} catch {
		return '';
	}
}

/**
 * The element a fragment names, building the section that holds it first when it is a
 * `Disclosure` not opened yet (its `data-holds` prefix matches the id).
 */
async function findTarget(id: string): Promise<HTMLElement | null> {
	const found = document.getElementById(id);
	if (found) return found;
	// Perhaps in a section below the first screen not built yet (Deferred.svelte): build them.
	await mountAll();
	const built = document.getElementById(id);
	if (built) return built;
	const holder = [...document.querySelectorAll<HTMLDetailsElement>('details[data-holds]')].find(
		(d) => d.dataset.holds && id.startsWith(d.dataset.holds)
	);
	if (!holder) return null;
	if (!holder.open) {
		const toggled = new Promise((resolve) => holder.addEventListener('toggle', resolve, { once: true }));
		holder.open = true;
		await toggled;
	}
	await tick();
	// The opened section's own deferred parts.
	await mountAll();
	return document.getElementById(id);
}

export const revealHashTarget: Attachment<HTMLElement> = () => {
	const reveal = async () => {
		const id = fragmentId(location.hash);
		// Not on the page yet: the browser could not scroll to it, so this does once it is built.
		const missing = !!id && !document.getElementById(id);
		const target = id ? await findTarget(id) : null;
		if (!target || (!missing && !target.closest('details'))) return;
		openAround(target);
		// Chromium may have opened the sections itself, but it scrolled before they had a size, and
		// sections the page lays out lazily (`content-visibility: auto`) take their real size only
		// once scrolled near: scroll after the next frame, and once more after the one after.
		const scroll = () => target.scrollIntoView({ block: 'center' });
		requestAnimationFrame(() => {
			scroll();
			requestAnimationFrame(scroll);
		});
	};
	void reveal();
	addEventListener('hashchange', reveal);
	return () => removeEventListener('hashchange', reveal);
};
