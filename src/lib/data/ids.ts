/**
 * Ids: what every id must not be, and reading a record by an id that came from outside. Apart from
 * the schemas (schema.ts) because the page's first load uses these and no validator (issue 16).
 */

/**
 * Names that JavaScript objects already answer to. An id is used as a key in records (values by
 * provider, scales by criterion, weights…); `values.constructor` on a plain object is the `Object`
 * function, so a link naming a provider "constructor" once overwrote `Object.keys` for the whole
 * server process. These ids are refused wherever an id is read, and records built from outside ids
 * are read with `Object.hasOwn` as well (see `ownValue`).
 */
export const RESERVED_IDS: readonly string[] = ['constructor', 'prototype', '__proto__'];
export const notReserved = (text: string) => !RESERVED_IDS.includes(text);
export const RESERVED_MESSAGE = '“constructor”, “prototype” and “__proto__” are reserved and cannot be ids';

/**
 * `record[key]` only when the record itself holds `key` (never an inherited `constructor`,
 * `toString`…): every read of a record by an id that came from outside goes through this.
 */
export function ownValue<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
	return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}
