// Makes sure a Chromium exists before the browser tests run, so `npm test` works on a fresh machine.
// Playwright's own browser download is impossible here, so the fallback is Debian's package.
import { execSync } from 'node:child_process';
import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';
import { chromiumExecutable } from './browser.js';

function playwrightBrowserPresent() {
	try {
		return existsSync(chromium.executablePath());
	} catch {
		return false;
	}
}

if (playwrightBrowserPresent() || chromiumExecutable()) {
	console.log(`browser: ${chromiumExecutable() ?? chromium.executablePath()}`);
} else {
	console.log('browser: none found; installing Debian chromium (apt-get install -y chromium)');
	const sudo = process.getuid && process.getuid() !== 0 ? 'sudo ' : '';
	const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
	execSync(`${sudo}apt-get update -qq`, { stdio: 'inherit', env });
	execSync(`${sudo}apt-get install -y -qq chromium fonts-dejavu-core`, { stdio: 'inherit', env });
	const found = chromiumExecutable();
	if (!found) {
		console.error('browser: could not install chromium; set CHROMIUM_PATH to a Chromium executable');
		process.exit(1);
	}
	console.log(`browser: ${found}`);
}
