/**
 * Fact dates against a data set's as-of date. Dates are written YYYY, YYYY-MM or YYYY-MM-DD, so a
 * date is a period (a year, a month or a day) and is compared by its first and last day.
 */
import type { Dataset, Source } from './schema';

/** The first and last day (YYYY-MM-DD) of the period a fact date names. */
export function dateRange(date: string): [first: string, last: string] {
	const [year, month, day] = date.split('-');
	if (day) return [date, date];
	if (month) {
		// Day 0 of the next month is the last day of this one (UTC, so no time zone shifts it).
		const last = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
		return [`${year}-${month}-01`, `${year}-${month}-${String(last).padStart(2, '0')}`];
	}
	return [`${year}-01-01`, `${year}-12-31`];
}

/** True when the whole period of `date` lies after the whole period of `asOf`. */
export function isAfter(date: string, asOf: string): boolean {
	return dateRange(date)[0] > dateRange(asOf)[1];
}

export interface LateDate {
	providerId: string;
	/** The criterion id, or `hypervisorSource` for the provider's hypervisor source. */
	field: string;
	date: string;
}

/**
 * Every source dated after the data set's as-of date that does not say why it is used anyway
 * (`appliesAfterAsOf`). A published data set should have none: a later fact is either left out
 * (unknown) or used with a visible note.
 */
export function datesAfterAsOf(dataset: Dataset): LateDate[] {
	const late: LateDate[] = [];
	const check = (providerId: string, field: string, source: Source) => {
		if (isAfter(source.date, dataset.asOf) && !source.appliesAfterAsOf)
			late.push({ providerId, field, date: source.date });
	};
	for (const provider of dataset.providers) {
		check(provider.id, 'hypervisorSource', provider.hypervisorSource);
		for (const criterion of dataset.criteria) {
			const value = provider.values[criterion.id];
			if (value?.kind === 'sourced') check(provider.id, criterion.id, value.source);
		}
	}
	return late;
}
