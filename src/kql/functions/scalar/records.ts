import { parse } from 'csv-parse/sync';
import { defineScalar } from '../define.ts';
import type { ScalarFunction } from '../registry-types.ts';
import { asBool, asString } from '../values.ts';

/**
 * parse_csv(text) (parse-csv-function.md): the fields of the first CSV record as strings, with
 * quoted fields, doubled quotes and line breaks inside quotes as RFC 4180 has them; text that is
 * not CSV gives an empty array. assert(condition, message) (assert-function.md): true when the
 * condition holds; where Kusto fails the query, the engine answers null, so a failed assertion
 * filters the row out rather than stopping the hunt.
 */
function parseCsv(text: unknown): string[] {
  try {
    const records: string[][] = parse(asString(text), { relax_column_count: true, to: 1 });
    return records[0] ?? [];
  } catch {
    return [];
  }
}

export const recordFunctions: readonly ScalarFunction[] = [
  defineScalar({ name: 'parse_csv', params: ['string'], result: 'dynamic', impl: parseCsv }),
  defineScalar({
    name: 'assert',
    params: ['bool', 'string'],
    result: 'bool',
    impl: (condition) => (asBool(condition) === true ? true : null),
  }),
];
