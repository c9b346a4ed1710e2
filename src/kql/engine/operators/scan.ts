import type { KqlColumn } from '../../types.ts';
import { columnFromValues } from '../column-writer.ts';
import type { CompiledExpr } from '../compiled-expression.ts';
import { DEADLINE_CHECK_MASK, defaultContext, type ExecutionContext } from '../limits.ts';
import { ColumnTable } from '../table.ts';
import { oneRowTable } from './one-row-table.ts';

export interface ScanStep {
  readonly name: string;
  /** all: every match is output; last: only the last of repeated matches; none: nothing. */
  readonly output: 'all' | 'last' | 'none';
  readonly condition: CompiledExpr;
  readonly assignments: readonly { readonly column: string; readonly expr: CompiledExpr }[];
}

export interface ScanSpec {
  /** The `declare (…)` columns with their default values. */
  readonly declared: readonly (KqlColumn & { readonly defaultValue: unknown })[];
  readonly steps: readonly ScanStep[];
  readonly matchIdColumn?: string;
}

/**
 * The columns a step's condition and assignments see: the current record (input and declared
 * columns) and, for every step `s` and column `c`, the state value `s.c`.
 */
export function scanScope(
  input: readonly KqlColumn[],
  spec: Omit<ScanSpec, 'steps'> & { steps: readonly { name: string }[] },
) {
  const record = [...input, ...spec.declared.map(({ name, type }) => ({ name, type }))];
  return [...record, ...spec.steps.flatMap((s) => record.map((c) => ({ name: `${s.name}.${c.name}`, type: c.type })))];
}

type Values = unknown[];
interface Sequence {
  /** One record per step s_1..s_k; undefined where a step has no record yet. */
  readonly records: (Values | undefined)[];
  readonly matchId: number;
}
interface Emitted {
  readonly values: Values;
  readonly matchId: number;
}

/**
 * `scan [with_match_id=Id] [declare (…)] with (step s: Condition [=> c = Expr, …]; …)` over the
 * input in its order (scan-operator.md, "Scan logic"): each record is checked against the steps
 * from last to first; a step matches when the previous step has an active sequence (which it
 * takes over) or when its own sequence is active (or it is the first step) and the condition holds.
 * Expressions are evaluated on a one-row table of the record and the state, so any scalar
 * expression works; scan is not a hot path.
 */
export function scan(table: ColumnTable, spec: ScanSpec, ctx: ExecutionContext = defaultContext()): ColumnTable {
  const inputColumns = table.columns;
  const scope = scanScope(inputColumns, spec);
  const defaults = spec.declared.map((d) => d.defaultValue);
  const emptyRecord: Values = [...inputColumns.map(() => null), ...defaults];
  const n = spec.steps.length;
  const states: (Sequence | undefined)[] = new Array(n).fill(undefined);
  const pendingLast: (Emitted | undefined)[] = new Array(n).fill(undefined);
  const output: Emitted[] = [];
  let nextMatchId = 0;

  const evaluate = (expr: CompiledExpr, record: Values, sequence: (Values | undefined)[]) => {
    const values = [...record];
    for (let j = 0; j < n; j++) values.push(...(sequence[j] ?? emptyRecord));
    return expr.bind(oneRowTable(scope, values))(0);
  };
  const extend = (step: ScanStep, input: Values, sequence: (Values | undefined)[]): Values => {
    const record = [...input, ...defaults];
    for (const { column, expr } of step.assignments) {
      const index = inputColumns.length + spec.declared.findIndex((d) => d.name === column);
      record[index] = evaluate(expr, [...input, ...defaults], sequence);
    }
    return record;
  };
  const emit = (k: number, values: Values, matchId: number) => {
    const mode = spec.steps[k].output;
    if (mode === 'all') output.push({ values, matchId });
    else if (mode === 'last') pendingLast[k] = { values, matchId };
  };
  const flush = (k: number) => {
    const pending = pendingLast[k];
    if (pending) output.push(pending);
    pendingLast[k] = undefined;
  };

  const rows = table.rows();
  for (let p = 0; p < rows.length; p++) {
    if ((p & DEADLINE_CHECK_MASK) === 0) ctx.checkDeadline();
    const input = inputColumns.map((c) => table.column(c.name).get(rows[p]));
    const current = [...input, ...defaults];
    for (let k = n - 1; k >= 0; k--) {
      const step = spec.steps[k];
      const previous = k > 0 ? states[k - 1] : undefined;
      if (previous && evaluate(step.condition, current, previous.records) === true) {
        const record = extend(step, input, previous.records);
        flush(k - 1);
        flush(k);
        states[k] = { records: [...previous.records.slice(0, k), record], matchId: previous.matchId };
        states[k - 1] = undefined;
        emit(k, record, previous.matchId);
        continue;
      }
      const own = states[k];
      if (!own && k > 0) continue;
      const sequence = own?.records ?? [];
      if (evaluate(step.condition, current, sequence) !== true) continue;
      const record = extend(step, input, sequence);
      const matchId = own?.matchId ?? nextMatchId++;
      const records = [...sequence];
      records[k] = record;
      states[k] = { records, matchId };
      emit(k, record, matchId);
    }
  }
  for (let k = 0; k < n; k++) flush(k);

  const columns = [...scope.slice(0, inputColumns.length + spec.declared.length)];
  const named = columns.map((c, i) => ({
    name: c.name,
    column: columnFromValues(
      c.type,
      output.map((e) => e.values[i]),
    ),
  }));
  if (spec.matchIdColumn !== undefined) {
    named.push({
      name: spec.matchIdColumn,
      column: columnFromValues(
        'long',
        output.map((e) => e.matchId),
      ),
    });
  }
  return ColumnTable.fromColumns(table.name, named, { serialized: true });
}
