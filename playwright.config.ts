import { defineConfig, devices } from '@playwright/test';
import { chromiumExecutable } from './tests/support/browser.js';

const executablePath = chromiumExecutable();
const PORT = Number(process.env.TEST_PORT ?? 4173);
const BUILD_DIR = process.env.BUILD_DIR ?? 'build';

export default defineConfig({
	testDir: 'tests',
	testMatch: '**/*.test.ts',
	forbidOnly: !!process.env.CI,
	retries: process.env.CI ? 1 : 0,
	workers: 2,
	reporter: process.env.CI ? [['list']] : [['list']],
	outputDir: process.env.TEST_RESULTS ?? 'test-results',
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		trace: 'retain-on-failure',
		launchOptions: {
			executablePath,
			// Debian's Chromium as root in a container: no sandbox; no background calls to a closed network.
			args: executablePath
				? [
						'--no-sandbox',
						'--disable-gpu',
						'--disable-background-networking',
						'--disable-component-update',
						'--disable-sync'
					]
				: []
		}
	},
	projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
	// The built app (adapter-node), as a user gets it from `npm start`; `npm run test:browser` builds first.
	webServer: {
		// Shared links can be long: Node's default 16 KiB request-head limit would refuse a 20,000-character
		// link with a bare 431 before the app can explain it, so the server allows 64 KiB (as `npm start` does).
		command: `node --max-http-header-size=65536 ${BUILD_DIR}`,
		env: { PORT: String(PORT), HOST: '127.0.0.1', ORIGIN: `http://127.0.0.1:${PORT}` },
		url: `http://127.0.0.1:${PORT}`,
		reuseExistingServer: !process.env.CI,
		timeout: 60_000
	}
});
