// Which Chromium the browser tests drive: Playwright's own build when it is installed (a developer
// machine that ran `npx playwright install`), else Debian's /usr/bin/chromium (CI and these machines,
// where browser downloads are impossible). Shared by the Playwright config and ensure-browser.js.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** undefined = use Playwright's bundled browser; a path = launch that executable. */
export function chromiumExecutable() {
	if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
	try {
		if (existsSync(chromium.executablePath())) return undefined;
	} catch {
		// Playwright throws when its browser registry has no build for this platform: fall through.
	}
	return SYSTEM_CHROMIUM.find((path) => existsSync(path));
}
