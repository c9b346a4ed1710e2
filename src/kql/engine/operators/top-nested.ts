import { compareValues, valueKey } from '../../functions/index.ts';
import { columnFromValues } from '../column-writer.ts';
import type { CompiledExpr } from '../compiled-expression.ts';
import { DEADLINE_CHECK_MASK, type ExecutionContext } from '../limits.ts';
import { ColumnTable } from '../table.ts';
import type { AggregateColumn } from './summarize.ts';

/** One `top-nested [N] of Key [with others = V] by Aggregate [asc|desc]` clause. */
export interface TopNestedLevel {
  readonly keyName: string;
  readonly key: CompiledExpr;
  readonly count?: number;
  /** `with others = V`: the groups past the top N become one group with key V. */
  readonly others?: { readonly value: unknown };
  readonly aggregate: AggregateColumn;
  readonly ascending: boolean;
}

interface Group {
  readonly key: unknown;
  readonly rows: number[];
  value: unknown;
}

/**
 * `top-nested` (top-nested-operator.md): the first clause groups all rows by its key and keeps the
 * top N groups by its aggregate; each further clause does the same inside every group kept by the
 * clause before. One output row per innermost group, with each clause's key and aggregate columns.
 */
export function topNested(table: ColumnTable, levels: readonly TopNestedLevel[], ctx: ExecutionContext): ColumnTable {
  const keys = levels.map((level) => level.key.bind(table));
  const argEvaluators = levels.map((level) => level.aggregate.args.map((arg) => arg.bind(table)));
  const output: unknown[][] = [];
  const descend = (rows: readonly number[], depth: number, prefix: readonly unknown[]) => {
    if (depth === levels.length) {
      output.push([...prefix]);
      return;
    }
    for (const group of topGroups(rows, depth)) descend(group.rows, depth + 1, [...prefix, group.key, group.value]);
  };
  const topGroups = (rows: readonly number[], depth: number): Group[] => {
    const level = levels[depth];
    const byKey = new Map<string, Group>();
    rows.forEach((row, p) => {
      if ((p & DEADLINE_CHECK_MASK) === 0) ctx.checkDeadline();
      const key = keys[depth](row);
      const id = valueKey(key);
      const group = byKey.get(id) ?? { key, rows: [], value: null };
      byKey.set(id, group);
      group.rows.push(row);
    });
    const groups = [...byKey.values()];
    for (const group of groups) group.value = aggregateOf(group.rows, depth);
    const sign = level.ascending ? 1 : -1;
    groups.sort((a, b) => sign * compareValues(a.value, b.value));
    if (level.count === undefined || groups.length <= level.count) return groups;
    const kept = groups.slice(0, level.count);
    if (!level.others) return kept;
    const rest = groups.slice(level.count).flatMap((g) => g.rows);
    return [...kept, { key: level.others.value, rows: rest, value: aggregateOf(rest, depth) }];
  };
  const aggregateOf = (rows: readonly number[], depth: number) => {
    const accumulator = levels[depth].aggregate.createAccumulator();
    const evaluators = argEvaluators[depth];
    for (const row of rows) accumulator.add(evaluators.map((evaluate) => evaluate(row)));
    return accumulator.result();
  };
  descend(Array.from(table.rows()), 0, []);
  const columns = levels.flatMap((level, depth) => [
    {
      name: level.keyName,
      column: columnFromValues(
        level.key.type,
        output.map((row) => row[2 * depth]),
      ),
    },
    {
      name: level.aggregate.name,
      column: columnFromValues(
        level.aggregate.type,
        output.map((row) => row[2 * depth + 1]),
      ),
    },
  ]);
  return ColumnTable.fromColumns(table.name, columns);
}
