import type { KqlColumn, KqlType } from '../types.ts';

/**
 * How CSV header cells map to table columns. Sentinel portal exports rename datetime columns to
 * `Name [UTC]` and split columns whose values mixed JSON and text into `X_dynamic` / `X_string`;
 * both are mapped back so queries see the real table's column names.
 */
export interface CsvColumnPlan {
  readonly name: string;
  /** Cell indices feeding this column; the first non-empty one wins (one index unless merged). */
  readonly sources: readonly number[];
  readonly typeHint?: KqlType;
}

export interface CsvHeaderPlan {
  readonly columns: readonly CsvColumnPlan[];
  readonly notes: readonly string[];
}

const UTC_SUFFIX = / \[UTC\]$/;
const SPLIT_SUFFIX = /^(.+)_(dynamic|string)$/;

export function planCsvHeader(header: readonly string[], schema: readonly KqlColumn[] | undefined): CsvHeaderPlan {
  const known = new Set(schema?.map((c) => c.name));
  const notes: string[] = [];
  const byName = new Map<string, { sources: number[]; typeHint?: KqlType }>();
  const renamedFromUtc: string[] = [];
  const merged = new Set<string>();

  header.forEach((cell, index) => {
    let name = cell.trim();
    let typeHint: KqlType | undefined;
    if (UTC_SUFFIX.test(name)) {
      name = name.replace(UTC_SUFFIX, '');
      typeHint = 'datetime';
      renamedFromUtc.push(name);
    }
    const split = SPLIT_SUFFIX.exec(name);
    if (split && known.has(split[1]) && !known.has(name) && !header.includes(split[1])) {
      name = split[1];
      merged.add(name);
    }
    const entry = byName.get(name);
    if (entry === undefined) byName.set(name, { sources: [index], typeHint });
    else if (merged.has(name)) entry.sources.push(index);
    else notes.push(`duplicate column "${cell}" ignored (kept the first "${name}")`);
  });

  if (renamedFromUtc.length > 0) notes.push(`read "X [UTC]" headers as datetime columns: ${renamedFromUtc.join(', ')}`);
  if (merged.size > 0) notes.push(`merged X_dynamic/X_string pairs into: ${[...merged].join(', ')}`);
  const columns = [...byName].map(([name, entry]) => ({ name, sources: entry.sources, typeHint: entry.typeHint }));
  return { columns, notes };
}
