import type { Criterion, Value } from './schema';

/** A raw value as people read it: "0.1 $/h", a level's label, or "unknown". Page and PDF share it. */
export function rawText(criterion: Criterion, value: Value | undefined): string {
	if (!value || value.kind === 'unknown') return 'unknown';
	if (criterion.scale.kind === 'levels')
		return criterion.scale.levels.find((l) => l.id === value.raw)?.label ?? String(value.raw);
	return `${value.raw} ${criterion.unit}`;
}
