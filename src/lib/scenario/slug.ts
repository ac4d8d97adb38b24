import { notReserved } from '$lib/data/ids';

/**
 * "VMware ESX" → "vmware-esx": ids for names people type. On its own so that the scale kinds
 * (rating levels get ids from their labels) need not import the effective data set.
 */
export function slug(text: string): string {
	const id =
		text
			.normalize('NFKD')
			.replace(/[\u0300-\u036f]/g, '') // accents off: "Ünïcode" → "unicode"
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-+|-+$/g, '')
			.slice(0, 40) || 'x';
	// "Constructor" must not become the reserved id `constructor` (see RESERVED_IDS).
	return notReserved(id) ? id : `${id}-1`;
}
