import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lookupAggregateFunction, lookupScalarFunction } from '../../../src/kql/functions/index.ts';

/** A copy of shared/reference/kql-usage.md: every function the real hunting queries call. */
const usage = readFileSync(new URL('../../fixtures/kql/functions/kql-usage.md', import.meta.url), 'utf8');

/**
 * Names in the given section's frequency table (second column, in backticks; cells may be
 * padded by a markdown formatter). The table ends at the next heading.
 */
function namesInSection(heading: string): string[] {
  const start = usage.indexOf(`### ${heading}`);
  const end = usage.indexOf('\n#', start + 1);
  const section = usage.slice(start, end === -1 ? undefined : end);
  return [...section.matchAll(/^\|\s*\d+\s*\|\s*`([a-z_0-9]+)[^`]*`\s*\|/gm)].map((match) => match[1]);
}

/**
 * Names the registry deliberately does not hold, each with its reason.
 * They need row position or the query's tables, which a per-row scalar cannot see.
 */
const NOT_REGISTRY_FUNCTIONS: Record<string, string> = {
  tojson: 'not a Kusto function (KS211); seed 004c is wrong to use it',
  table: 'tabular function: resolves a table by name (compiler)',
  column_ifexists: 'resolves a column of the input table (compiler/engine)',
  columnifexists: 'deprecated spelling of column_ifexists (compiler/engine)',
  next: 'window function over serialized rows (engine window.ts)',
  prev: 'window function over serialized rows (engine window.ts)',
  row_window_session: 'window function over serialized rows (engine window.ts)',
  ingestion_time: 'record metadata: the compiler maps it to the event time column',
};

describe('coverage of the functions used by real Sentinel queries', () => {
  const aggregates = namesInSection('Aggregate functions');
  const scalars = namesInSection('Scalar functions');

  it('reads both tables from the usage report', () => {
    expect(aggregates).toHaveLength(22);
    expect(scalars).toHaveLength(56);
  });

  it('registers every aggregate', () => {
    expect(aggregates.filter((name) => !lookupAggregateFunction(name))).toEqual([]);
  });

  it('registers every scalar function except the documented non-registry ones', () => {
    const missing = scalars.filter((name) => !lookupScalarFunction(name) && !(name in NOT_REGISTRY_FUNCTIONS));
    expect(missing).toEqual([]);
  });

  it('keeps the exception list honest: none of them is registered, all of them are used', () => {
    for (const name of Object.keys(NOT_REGISTRY_FUNCTIONS)) {
      expect(lookupScalarFunction(name), name).toBeUndefined();
      expect(scalars, name).toContain(name);
    }
  });
});
