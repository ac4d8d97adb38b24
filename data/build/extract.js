// Cuts the raw extracts of data/sources/<set>/manifest.json out of local git mirrors of the pinned
// repositories, or (with --check) proves the committed extracts are still verbatim slices of them.
// Pages (kind "page") cannot be re-read offline: their extract is the stored copy's text as read on
// the manifest's date, and --check only confirms the file exists.
//
//   node data/build/extract.js cloud-2026 --mirrors /work/.mirror          (write)
//   node data/build/extract.js cloud-2026 --mirrors /work/.mirror --check  (compare, exit 1 on a difference)
//
// A mirror of owner/name is a bare repository at <mirrors>/<owner>+<name>/repo (any clone works:
// `git clone --bare https://github.com/owner/name <mirrors>/owner+name/repo`).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** @param {string} gitDir @param {string[]} args */
const git = (gitDir, args) =>
	execFileSync('git', ['--git-dir', gitDir, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

/**
 * The verbatim text a manifest entry names.
 * @param {any} entry a manifest entry
 * @param {string} mirrors
 */
export function cut(entry, mirrors) {
	const gitDir = join(mirrors, entry.repo.replace('/', '+'), 'repo');
	if (!existsSync(gitDir)) throw new Error(`${entry.file}: no mirror of ${entry.repo} at ${gitDir}`);
	if (entry.kind === 'lines') {
		const lines = git(gitDir, ['show', `${entry.commit}:${entry.path}`]).split('\n');
		return entry.lines.map(([from, to]) => lines.slice(from - 1, to).join('\n') + '\n').join('');
	}
	if (entry.kind === 'grep') {
		// `git grep -n` prints commit:path:line:text; the commit prefix is dropped (the manifest holds it).
		const out = git(gitDir, ['grep', '-n', '-E', entry.pattern, entry.commit, '--', ...entry.paths]);
		return out
			.split('\n')
			.filter(Boolean)
			.map((l) => l.slice(entry.commit.length + 1))
			.sort()
			.join('\n')
			.concat('\n');
	}
	if (entry.kind === 'commit-message') return git(gitDir, ['log', '-1', '--format=%B', entry.commit]);
	throw new Error(`${entry.file}: kind "${entry.kind}" is not cut from a repository`);
}

function main() {
	const [set, ...rest] = process.argv.slice(2);
	const mirrors = rest[rest.indexOf('--mirrors') + 1];
	const check = rest.includes('--check');
	if (!set || !rest.includes('--mirrors') || !mirrors) {
		console.error('usage: node data/build/extract.js <set> --mirrors <dir> [--check]');
		process.exit(2);
	}
	const dir = join('data/sources', set);
	/** @type {{ extracts: any[] }} */
	const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
	let failed = 0;
	for (const entry of manifest.extracts) {
		const file = join(dir, entry.file);
		if (entry.kind === 'page') {
			if (!existsSync(file)) {
				failed++;
				console.error(`MISSING ${file}`);
			}
			continue;
		}
		const text = cut(entry, mirrors);
		if (!check) writeFileSync(file, text);
		else if (readFileSync(file, 'utf8') !== text) {
			failed++;
			console.error(`DIFFERS ${file}`);
		} else console.log(`ok ${file}`);
	}
	if (failed) process.exit(1);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
