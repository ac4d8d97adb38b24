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
	// The built app behind our server (src/server/main.js), as a user gets it from `npm start`;
	// `npm run test:browser` builds first.
	webServer: {
		command: 'node src/server/main.js',
		// DATA_DIR: the server's database (PGlite) for this port's test runs, apart from `npm start`'s ./var.
		env: {
			PORT: String(PORT),
			HOST: '127.0.0.1',
			ORIGIN: `http://127.0.0.1:${PORT}`,
			BUILD_DIR,
			DATA_DIR: `var/test-${PORT}`
		},
		url: `http://127.0.0.1:${PORT}`,
		reuseExistingServer: !process.env.CI,
		timeout: 60_000
	}
});
