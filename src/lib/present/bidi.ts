/**
 * Names from the person's data (or a link) inside the app's own sentences, kept from reordering
 * them. A name with an unclosed right-to-left override (U+202E) would otherwise reverse everything
 * after it in the same paragraph: "‮evil leads GoGrid by 3.0 points" reads backwards.
 *
 * - The view models (present/) mark each name they put in a sentence with `isolate`: First Strong
 *   Isolate … Pop Directional Isolate (U+2068 … U+2069), Unicode's plain-text form of `<bdi>`
 *   (UAX #9). The page turns each marked part into a `<bdi>` element (`isolatedParts`, in
 *   Sentence.svelte); names the page shows itself sit in their own `<bdi>`.
 * - Text that cannot isolate (the page title, the PDF: jsPDF draws characters in the order given,
 *   with no bidirectional algorithm) goes through `stripBidiControls`.
 *
 * Decision: strip every embedding, override and isolate control (U+202A–U+202E, U+2066–U+2069),
 * paired or not, rather than only the unpaired ones. Pairing rules (nesting, paragraph ends) are
 * easy to get wrong, a provider or criterion name never needs them in a left-to-right sentence, and
 * without them each character still shows in its own direction (Hebrew or Arabic stays readable).
 * The direction marks (U+200E, U+200F, U+061C) are kept: they change no text around them. Data
 * files (JSON, CSV) keep the person's text exactly as entered.
 */

const FSI = '\u2068';
const PDI = '\u2069';

/** Embedding, override and isolate controls (LRE RLE PDF LRO RLO, LRI RLI FSI PDI). */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;

/** `text` without embedding, override or isolate controls (see the decision above). */
export function stripBidiControls(text: string): string {
	return text.replace(BIDI_CONTROLS, '');
}

/**
 * Characters that can turn text right to left: Hebrew, Arabic, Syriac, Thaana, N'Ko, Samaritan,
 * Mandaic (and their presentation forms and supplementary blocks), the right-to-left and Arabic
 * letter marks, and the controls above.
 */
const RIGHT_TO_LEFT =
	/[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\u200f\u202a-\u202e\u2066-\u2069]|[\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u;

/**
 * A name for a sentence: its own controls removed, then isolated from the words around it. A name
 * with nothing that can run right to left is returned as it is: isolating it would change nothing
 * a reader sees, and the text of every ordinary page and PDF stays exactly as before.
 */
export function isolate(name: string): string {
	return RIGHT_TO_LEFT.test(name) ? `${FSI}${stripBidiControls(name)}${PDI}` : name;
}

export interface TextPart {
	text: string;
	/** A name marked by `isolate`: shown in its own `<bdi>`. */
	isolated: boolean;
}

/**
 * A sentence as parts: the names marked by `isolate`, and the app's words between them. Names carry
 * no controls of their own (`isolate` removed them), so the markers are unambiguous.
 */
export function isolatedParts(sentence: string): TextPart[] {
	const parts: TextPart[] = [];
	for (const [i, piece] of sentence.split(/[\u2068\u2069]/).entries())
		if (piece) parts.push({ text: piece, isolated: i % 2 === 1 });
	return parts;
}

/**
 * Every string in a plain-data document (nested arrays and objects) with its bidi controls
 * stripped: what the PDF is drawn from.
 */
export function withoutBidiControls<T>(value: T): T {
	if (typeof value === 'string') return stripBidiControls(value) as T;
	if (Array.isArray(value)) return value.map(withoutBidiControls) as T;
	if (value && typeof value === 'object')
		return Object.fromEntries(
			Object.entries(value).map(([key, inner]) => [key, withoutBidiControls(inner)])
		) as T;
	return value;
}

/**
 * A name in the possessive, isolated: "Guest isolation’s", but "Data centres’" and "Rackspace Cloud
 * Servers’" (a name ending in s takes the apostrophe alone, so a plural never reads "centres’s").
 */
export function possessive(name: string): string {
	return `${isolate(name)}${/s$/i.test(name.trim()) ? '’' : '’s'}`;
}
