// Starts our production server (src/server/main.js) on a free loopback port, for tests that need a
// server of their own: other settings, a signal, or a build directory they may damage.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface RunningServer {
	origin: string;
	child: ChildProcess;
	/** Everything the server printed. */
	output: () => string;
	/** Resolves with the exit code (or signal name) when the process ends. */
	exited: Promise<number | string | null>;
	stop: () => Promise<void>;
}

export async function startServer(env: Record<string, string> = {}): Promise<RunningServer> {
	// Each server its own database folder (PGlite serves one process), unless the test names one.
	const dataDir = env.DATA_DIR ?? (await mkdtemp(join(tmpdir(), 'scorecard-data-')));
	const child = spawn(process.execPath, ['src/server/main.js'], {
		env: {
			...process.env,
			BUILD_DIR: process.env.BUILD_DIR ?? 'build',
			HOST: '127.0.0.1',
			PORT: '0',
			DATA_DIR: dataDir,
			...env
		},
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let text = '';
	child.stdout!.on('data', (d) => (text += d));
	child.stderr!.on('data', (d) => (text += d));
	const exited = new Promise<number | string | null>((resolve) =>
		child.on('exit', (code, signal) => resolve(code ?? signal))
	);
	const origin = await new Promise<string>((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error(`server did not start:\n${text}`)), 15_000);
		child.stdout!.on('data', () => {
			const m = /Listening on (http:\/\/[\d.]+:\d+)/.exec(text);
			if (m) {
				clearTimeout(timer);
				resolve(m[1]!);
			}
		});
		void exited.then((code) => reject(new Error(`server exited (${code}):\n${text}`)));
	});
	return {
		origin,
		child,
		output: () => text,
		exited,
		stop: async () => {
			if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
			await exited;
			if (env.DATA_DIR === undefined) await rm(dataDir, { recursive: true, force: true });
		}
	};
}
