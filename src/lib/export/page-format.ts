/**
 * The paper size a person expects, from their locale. On its own (not in report.ts) because the page
 * needs it for the PDF button's default, and the report builder itself loads only with the PDF code.
 */
export type PageFormat = 'a4' | 'letter';

/** Regions that use US Letter (CLDR supplemental paperSize "US-Letter"); the rest of the world uses A4. */
const LETTER_REGIONS = new Set([
	'BZ',
	'CA',
	'CL',
	'CO',
	'CR',
	'GT',
	'MX',
	'NI',
	'PA',
	'PH',
	'PR',
	'SV',
	'US',
	'VE'
]);

/** The page size a person in this locale expects: "en-US" → letter, "de-DE" → a4, "en" → letter (likely region US). */
export function defaultPageFormat(locale: string | undefined): PageFormat {
	if (!locale) return 'a4';
	// Most tags name their region ("en-US", "zh-Hant-TW"): read it directly. Intl.Locale loads
	// locale data on first use, which cost a phone about 6 ms of the page's start-up.
	const named = /^[a-z]{2,3}(?:-[a-z]{4})?-([a-z]{2})(?:-|$)/i.exec(locale)?.[1];
	if (named) return LETTER_REGIONS.has(named.toUpperCase()) ? 'letter' : 'a4';
	try {
		const region = new Intl.Locale(locale).maximize().region;
		return region && LETTER_REGIONS.has(region) ? 'letter' : 'a4';
	} catch {
		// An invalid tag (RangeError): fall back to the international default.
		return 'a4';
	}
}
