import type { Page } from '@playwright/test';

/**
 * Script-injection payloads from the well-known filter-evasion lists (OWASP XSS Filter Evasion Cheat
 * Sheet, PortSwigger's XSS cheat sheet, PayloadsAllTheThings), for any test that puts text a user or
 * a link controls on the page or into the PDF (link parameters today; imported names and notes
 * later). Each one, if it ever runs, sets `window.__xss` (or opens a dialog, which tests listen for).
 */
export const XSS_PAYLOADS: readonly string[] = [
	// Script elements
	'<script>window.__xss=1</script>',
	'<ScRiPt>window.__xss=1</sCrIpT>',
	'<script src=data:text/javascript,window.__xss=1></script>',
	'<script>alert(1)</script>',
	'"><script>window.__xss=1</script>',
	"'><script>window.__xss=1</script>",
	'</title><script>window.__xss=1</script>',
	'</textarea><script>window.__xss=1</script>',
	'</script><script>window.__xss=1</script>',
	'<<script>window.__xss=1//<</script>',
	'<script\x20type="text/javascript">window.__xss=1</script>',
	'<scr<script>ipt>window.__xss=1</scr</script>ipt>',
	// Event handlers
	'<img src=x onerror=window.__xss=1>',
	'<IMG SRC=x OnErRoR=window.__xss=1>',
	'<img src=x onerror="window.__xss=1">',
	'<img/src="x"/onerror=window.__xss=1>',
	'<img src=x:x onerror=alert(1)>',
	'<svg onload=window.__xss=1>',
	'<svg/onload=window.__xss=1>',
	'<body onload=window.__xss=1>',
	'<iframe onload=window.__xss=1>',
	'<input autofocus onfocus=window.__xss=1>',
	'<details open ontoggle=window.__xss=1>',
	'<video><source onerror=window.__xss=1>',
	'<marquee onstart=window.__xss=1>',
	'<div onmouseover="window.__xss=1">hover</div>',
	'" onmouseover="window.__xss=1" x="',
	"' onmouseover='window.__xss=1' x='",
	'" autofocus onfocus="window.__xss=1',
	// javascript: and data: URLs
	'javascript:window.__xss=1',
	'JaVaScRiPt:window.__xss=1',
	'java\tscript:window.__xss=1',
	'&#106;avascript:window.__xss=1',
	'<a href="javascript:window.__xss=1">x</a>',
	'<a href=&#x6A;avascript:window.__xss=1>x</a>',
	'<iframe src="javascript:window.__xss=1">',
	'<iframe src="data:text/html,<script>parent.__xss=1</script>">',
	'<object data="javascript:window.__xss=1">',
	'<embed src="javascript:window.__xss=1">',
	'<form action="javascript:window.__xss=1"><button>x</button></form>',
	'<meta http-equiv="refresh" content="0;url=javascript:window.__xss=1">',
	'<base href="javascript:window.__xss=1//">',
	// SVG and MathML
	'<svg><script>window.__xss=1</script></svg>',
	'<svg><animate onbegin=window.__xss=1 attributeName=x dur=1s>',
	'<svg><a xlink:href="javascript:window.__xss=1"><text x="20" y="20">x</text></a></svg>',
	'<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=1>',
	// Encoded and mixed forms
	'%3Cscript%3Ewindow.__xss=1%3C/script%3E',
	'&lt;script&gt;window.__xss=1&lt;/script&gt;',
	'\\u003cscript\\u003ewindow.__xss=1\\u003c/script\\u003e',
	'<img src=x onerror=&#119;indow.__xss=1>',
	'<img src=x onerror=eval(atob("d2luZG93Ll9feHNzPTE="))>',
	'<style>@import "javascript:window.__xss=1";</style>',
	'<link rel=stylesheet href="javascript:window.__xss=1">',
	'<noscript><p title="</noscript><img src=x onerror=window.__xss=1>">',
	'<!--<img src="--><img src=x onerror=window.__xss=1//">',
	// Svelte's hydration markers, and the end of an island's box (Island.svelte writes each island's
	// server HTML through {@html}): a name must not close it or fake a marker.
	'<!--]--><!----></div></div><img src=x onerror=window.__xss=1>',
	'<!--[--><div><img src=x onerror=window.__xss=1></div><!--]-->',
	// Template injection (Svelte, Angular, Vue, JS template literals, server templates)
	'{{7*7}}',
	'${7*7}',
	'{7*7}',
	'#{7*7}',
	'<%= 7*7 %>',
	'{{constructor.constructor("window.__xss=1")()}}',
	'{@html "<img src=x onerror=window.__xss=1>"}',
	'${window.__xss=1}'
];

/** Elements and attributes a payload could plant: tags that load or run things, on* handlers, javascript: URLs in URL attributes. */
export async function plantedElements(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const found: string[] = [];
		for (const el of document.querySelectorAll('main *, header *, body > div *')) {
			if (/^(IFRAME|OBJECT|EMBED|IMG|BASE|META|MARQUEE|VIDEO|MATH|STYLE|LINK)$/i.test(el.tagName))
				found.push(el.tagName);
			for (const attr of el.getAttributeNames())
				if (
					attr.startsWith('on') ||
					// A URL-bearing attribute with a javascript: URL (text in, say, an option's value is just text).
					(/^(href|src|action|formaction|xlink:href|data|srcdoc)$/i.test(attr) &&
						/^\s*javascript:/i.test(el.getAttribute(attr) ?? ''))
				)
					found.push(`${el.tagName} ${attr}`);
		}
		return found;
	});
}
