/**
 * Units as a person reads them. The published data sets are immutable and write some units as
 * codes ("count", "years", "h"); these are the words the page and the PDF show instead:
 * "3 data centres", "4 years since the API launched", "1 hour". A unit with no entry here (a
 * symbol people read, such as "$/h", "GB" or "%", or a unit the person typed) is shown as written.
 */

interface Words {
	one: string;
	other: string;
}

const plural = (one: string, other = `${one}s`): Words => ({ one, other });

/** Per criterion id, where the unit code alone ("count") does not say what is counted. */
const BY_CRITERION: Record<string, Words> = {
	'data-centres': plural('data centre'),
	compliance: plural('audit'),
	tooling: plural('library', 'libraries'),
	'api-maturity': plural('year since the API launched', 'years since the API launched'),
	regions: plural('region')
};

/** Per unit code, for any criterion. "count" and "level" have no words of their own. */
const BY_UNIT: Record<string, Words | null> = {
	count: null,
	level: null,
	years: plural('year'),
	year: plural('year'),
	h: plural('hour'),
	s: plural('second')
};

/**
 * The unit's words for this amount, or '' when the number speaks for itself ("count" of an unnamed
 * thing). `amount` picks singular or plural (1 → "hour", 0.5 and 2 → "hours").
 */
export function unitWords(criterion: { id: string; unit: string }, amount?: number): string {
	// Units are typed by people ("constructor", "toString"…): read only these tables' own entries.
	const words = Object.hasOwn(BY_CRITERION, criterion.id)
		? BY_CRITERION[criterion.id]
		: Object.hasOwn(BY_UNIT, criterion.unit)
			? BY_UNIT[criterion.unit]
			: undefined;
	if (words === null) return '';
	if (!words) return criterion.unit;
	return amount === 1 ? words.one : words.other;
}

/** "3 data centres", "0.02 $ per hour", "2" (a bare count): a number with its unit in words. */
export function quantity(criterion: { id: string; unit: string }, amount: number): string {
	const unit = unitWords(criterion, amount);
	return unit ? `${amount} ${unit}` : String(amount);
}

/**
 * A whole number with thousands separated by commas, as in English: 10000 → "10,000". Not
 * `toLocaleString('en')`: its first call loads the browser's number-formatting data, which cost a
 * phone about 15 ms in the middle of the page's start-up.
 */
export function grouped(n: number): string {
	return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
