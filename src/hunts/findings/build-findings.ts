import type { KqlColumn } from '../../kql/index.ts';
import type { Finding } from '../report.ts';
import type { HuntTemplate } from '../template/hunt-template.ts';
import { cellText, entityValues } from './entity-values.ts';

/** A query result in the wire shape every backend returns (see QueryResult in src/backends). */
export interface WireRows {
  readonly columns: readonly KqlColumn[];
  readonly rows: readonly (readonly unknown[])[];
}

/**
 * Turns result rows into findings: entities from the template's entityMappings (IP, Account, Host, URL, DNS, FileHash),
 * count / first / last from its summary columns, ranked by the summary's rankBy columns (largest first).
 */
export function buildFindings(template: HuntTemplate, table: WireRows): Finding[] {
  const records = table.rows.map((row) =>
    Object.freeze(Object.fromEntries(table.columns.map((column, index) => [column.name, row[index] ?? null]))),
  );
  const { rankBy, count, first, last } = template.summary;
  const ranked = records
    .map((fields, index) => ({ fields, index }))
    .sort((a, b) => compareRank(a.fields, b.fields, rankBy) || a.index - b.index);
  return ranked.map(({ fields }) =>
    Object.freeze({
      ...entityValues(template.entityMappings, fields),
      ...(count !== undefined && typeof fields[count] === 'number' ? { count: fields[count] as number } : {}),
      ...optionalText('first', first === undefined ? undefined : fields[first]),
      ...optionalText('last', last === undefined ? undefined : fields[last]),
      fields,
    }),
  );
}

function compareRank(
  a: Readonly<Record<string, unknown>>,
  b: Readonly<Record<string, unknown>>,
  rankBy: readonly string[],
) {
  for (const column of rankBy) {
    const order = compareDescending(a[column], b[column]);
    if (order !== 0) return order;
  }
  return 0;
}

function compareDescending(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === null || a === undefined) return 1;
  if (b === null || b === undefined) return -1;
  if (typeof a === 'number' && typeof b === 'number') return b - a;
  return String(b).localeCompare(String(a));
}

function optionalText<K extends 'first' | 'last'>(key: K, value: unknown): Partial<Record<K, string>> {
  const text = cellText(value);
  return text === undefined ? {} : ({ [key]: text } as Record<K, string>);
}
