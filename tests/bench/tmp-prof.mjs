import { chromium } from '@playwright/test';
import { chromiumExecutable } from '/work/wt-document/tests/support/browser.js';
const origin = process.argv[2];
const executablePath = chromiumExecutable();
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ acceptDownloads: true, viewport: { width: 1280, height: 900 } });
await page.goto(origin);
await page.getByRole('table', { name: 'Ranking', exact: true }).waitFor();
const button = page.getByRole('button', { name: 'Download PDF' });
for (let i = 0; i < 2; i++) { const [d] = await Promise.all([page.waitForEvent('download'), button.click()]); await d.path(); }
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await cdp.send('Profiler.start');
for (let i = 0; i < 3; i++) { await button.waitFor(); const [d] = await Promise.all([page.waitForEvent('download'), button.click()]); await d.path(); }
const { profile } = await cdp.send('Profiler.stop');
const self = new Map();
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const dt = profile.timeDeltas; 
const counts = new Map();
profile.samples.forEach((id, i) => counts.set(id, (counts.get(id) ?? 0) + (dt[i] ?? 0)));
for (const [id, t] of counts) { const n = byId.get(id); const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`; self.set(key, (self.get(key) ?? 0) + t); }
const total = [...self.values()].reduce((a, b) => a + b, 0);
console.log('total ms', total / 1000 / 3);
for (const [k, v] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log((v / 1000 / 3).toFixed(1), k);
await browser.close();
