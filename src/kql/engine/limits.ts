import { type Column, estimateColumnBytes } from './column.ts';
import { KqlRuntimeError } from './errors.ts';
import type { ColumnTable } from './table.ts';

/**
 * Runtime limits of one query run.
 * - `maxResultRows`: like Log Analytics, a larger result is TRUNCATED and flagged (`capResult`),
 *   not failed, so a hunt still shows its first rows with a "truncated" warning.
 * - `maxMemoryMb`: estimated bytes of any intermediate table an operator builds; exceeding it is
 *   a KQLR002 error (a runaway join must not take the bot down).
 * - `timeoutMs`: checked cooperatively inside operator loops; exceeding it is a KQLR001 error.
 */
export interface RuntimeLimits {
  readonly maxResultRows: number;
  readonly maxMemoryMb: number;
  readonly timeoutMs: number;
}

export const DEFAULT_RUNTIME_LIMITS: RuntimeLimits = Object.freeze({
  maxResultRows: 500_000,
  maxMemoryMb: 2048,
  timeoutMs: 120_000,
});

/** How often (in rows, a power of two minus one as a mask) loops look at the clock. */
export const DEADLINE_CHECK_MASK = 0xffff;

/**
 * Carries the limits through a query run. Operators call `checkDeadline()` every
 * `DEADLINE_CHECK_MASK + 1` rows and `ensureMemory(table, operator)` on tables they build.
 *
 * @example
 * const ctx = new ExecutionContext({ timeoutMs: 5_000 });
 * const filtered = where(table, predicate, ctx);
 */
export class ExecutionContext {
  readonly limits: RuntimeLimits;
  private readonly deadline: number;

  constructor(
    limits: Partial<RuntimeLimits> = {},
    private readonly clock: () => number = Date.now,
  ) {
    this.limits = { ...DEFAULT_RUNTIME_LIMITS, ...limits };
    this.deadline = clock() + this.limits.timeoutMs;
  }

  checkDeadline(): void {
    if (this.clock() > this.deadline) {
      throw new KqlRuntimeError(
        'KQLR001',
        `query exceeded its ${this.limits.timeoutMs} ms timeout; narrow the time range or filter earlier`,
      );
    }
  }

  /** Throws KQLR002 when `table` (its columns, as physically stored) exceeds the memory budget. */
  ensureMemory(table: ColumnTable, operator: string): ColumnTable {
    this.ensureBytes(estimateTableBytes(table), operator);
    return table;
  }

  /**
   * A running check of the inputs an operator with several of them holds before it runs: each table added is
   * counted once per column however many inputs share it (two legs reading one loaded table share its columns),
   * and from the second input on the total throws KQLR002 as soon as it exceeds the budget. Adding to a running total keeps a union of
   * hundreds of legs linear; re-summing every input at each new one was quadratic.
   */
  inputsMemory(operator: string): (table: ColumnTable) => void {
    const counted = new Set<Column>();
    let bytes = 0;
    let inputs = 0;
    return (table) => {
      inputs++;
      bytes += table.selection?.byteLength ?? 0;
      for (let i = 0; i < table.columns.length; i++) {
        const column = table.columnAt(i);
        if (counted.has(column)) continue;
        counted.add(column);
        bytes += estimateColumnBytes(column);
      }
      // One input alone is what its own operator (or the loaded table) already is: only holding several adds up.
      if (inputs > 1) this.ensureBytes(bytes, operator);
    };
  }

  ensureBytes(bytes: number, operator: string): void {
    const budget = this.limits.maxMemoryMb * 1024 * 1024;
    if (bytes > budget) {
      throw new KqlRuntimeError(
        'KQLR002',
        `${operator} would hold about ${Math.ceil(bytes / 1024 / 1024)} MB, over the ${this.limits.maxMemoryMb} MB limit; ` +
          'filter or project fewer columns before it',
      );
    }
  }

  /** Applies the result-row cap: the first `maxResultRows` rows and whether rows were dropped. */
  capResult(table: ColumnTable): { table: ColumnTable; truncated: boolean } {
    if (table.rowCount <= this.limits.maxResultRows) return { table, truncated: false };
    return { table: table.withSelection(table.rows().subarray(0, this.limits.maxResultRows)), truncated: true };
  }
}

export function estimateTableBytes(table: ColumnTable): number {
  let bytes = table.selection?.byteLength ?? 0;
  for (let i = 0; i < table.columns.length; i++) bytes += estimateColumnBytes(table.columnAt(i));
  return bytes;
}

/** The context used when a caller passes none: default limits, fresh deadline per call. */
export function defaultContext(): ExecutionContext {
  return new ExecutionContext();
}
