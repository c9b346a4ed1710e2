import { columnFromValues, gatherColumn } from '../column-writer.ts';
import type { CompiledExpr } from '../compiled-expression.ts';
import { DEADLINE_CHECK_MASK, type ExecutionContext } from '../limits.ts';
import { ColumnTable, type NamedColumn } from '../table.ts';
import { groupByColumns } from './grouping.ts';

export interface SequenceDetectSpec {
  /** The datetime column ordering the events. */
  readonly time: string;
  /** The longest gap allowed between two consecutive steps (ms). */
  readonly stepWindow: number;
  /** The longest time allowed from the first step to the last (ms). */
  readonly maxSpan: number;
  /** The steps in order; the output names each step's time column `<name>_<time>`. */
  readonly steps: readonly { readonly name: string; readonly predicate: CompiledExpr }[];
  /** The columns that correlate a sequence: every step of one occurrence has the same values. */
  readonly dims: readonly string[];
}

/** One step's events in a group: positions into the group's time-sorted rows. */
type StepEvents = number[];

/**
 * `evaluate sequence_detect(Time, StepWindow, Span, step1=(…), step2=(…), Dim1, …)` (sequence-detect-plugin.md):
 * one row per occurrence of the steps in order within a group of equal dimensions, each step no more than
 * StepWindow after the one before and the last no more than Span after the first. Every combination of
 * events is an occurrence (the page's CALIFORNIA heat of 2007-05-08 starts two), so one event may serve
 * several. The page does not say whether two steps may share an instant: here a later step may, but not
 * its predecessor's row. Rows come ordered by their step times; rows with a null time are no event.
 *
 * @example
 * sequenceDetect(events, { time: 'TimeGenerated', stepWindow: 5_000, maxSpan: 8_000, steps, dims: ['SourceIP'] }, ctx)
 */
export function sequenceDetect(table: ColumnTable, spec: SequenceDetectSpec, ctx: ExecutionContext): ColumnTable {
  const rows = table.rows();
  const timeColumn = table.column(spec.time);
  const tests = spec.steps.map((step) => step.predicate.bind(table));
  const grouping = groupByColumns(table, spec.dims, ctx);
  const members: number[][] = Array.from({ length: grouping.groupCount }, () => []);
  for (let p = 0; p < rows.length; p++) {
    if ((p & DEADLINE_CHECK_MASK) === 0) ctx.checkDeadline();
    if (timeColumn.get(rows[p]) !== null) members[grouping.groupOf[p]].push(rows[p]);
  }
  const timeOf = (row: number) => timeColumn.get(row) as number;
  const found = new Occurrences(spec, ctx);
  for (const group of members) {
    group.sort((a, b) => timeOf(a) - timeOf(b));
    found.collect(group, stepEvents(group, tests, ctx), group.map(timeOf));
  }
  return ctx.ensureMemory(outputTable(table, spec, found.inTimeOrder(timeOf), timeOf), 'sequence_detect');
}

/**
 * Each step's events in a time-sorted group. Every step tests every row, so a query with many steps over
 * many rows holds steps × rows positions: counted against the budget, with the clock checked as it tests.
 */
function stepEvents(group: readonly number[], tests: readonly ((row: number) => unknown)[], ctx: ExecutionContext) {
  let held = 0;
  return tests.map((test): StepEvents => {
    const positions: StepEvents = [];
    for (let position = 0; position < group.length; position++) {
      if ((position & DEADLINE_CHECK_MASK) === 0) ctx.checkDeadline();
      if (test(group[position]) === true) positions.push(position);
    }
    held += positions.length;
    ctx.ensureBytes(held * 8, 'sequence_detect');
    return positions;
  });
}

/**
 * The chains found so far, one row per step each, kept flat: occurrences multiply (a burst of n matching
 * events in one group makes up to n^steps of them), so the search checks the clock on every event it tries,
 * not only on the chains it completes, and counts each chain's bytes against the memory budget.
 */
class Occurrences {
  private readonly rows: number[] = [];
  private tried = 0;
  /**
   * A chain's bytes until the output table is built: its rows as found (with the list's growth room) and
   * in time order, its place in the order, its output cells and a step time on the way to them.
   */
  private readonly chainBytes: number;

  constructor(
    private readonly spec: SequenceDetectSpec,
    private readonly ctx: ExecutionContext,
  ) {
    const steps = spec.steps.length;
    this.chainBytes = 16 * steps + 4 * steps + 4 + 8 * (spec.dims.length + steps + 1) + 8;
  }

  get count(): number {
    return this.rows.length / this.spec.steps.length;
  }

  /**
   * Every chain of positions into `group`, one per step, that keeps order and both time limits. The search
   * keeps its own stack (`next[step]`: the step's next candidate), as a step count is the query's to choose.
   */
  collect(group: readonly number[], events: readonly StepEvents[], times: readonly number[]): void {
    const steps = events.length;
    if (steps === 0) return;
    const chain = new Int32Array(steps);
    const next = new Int32Array(steps);
    let step = 0;
    while (step >= 0) {
      const candidates = events[step];
      const position = candidates[next[step]++];
      // Candidates come in time order: past the end, past either window or too late to leave a row for each
      // later step, nothing later fits either.
      const tooLate = position === undefined || group.length - position < steps - step;
      if (tooLate || (step > 0 && !this.fits(position, step, chain, times))) {
        step--;
        continue;
      }
      if ((++this.tried & DEADLINE_CHECK_MASK) === 0) this.ctx.checkDeadline();
      chain[step] = position;
      if (step === steps - 1) this.keep(chain, group);
      else {
        step++;
        next[step] = firstAfter(events[step], position);
      }
    }
  }

  private fits(position: number, step: number, chain: Int32Array, times: readonly number[]): boolean {
    return (
      times[position] - times[chain[step - 1]] <= this.spec.stepWindow &&
      times[position] - times[chain[0]] <= this.spec.maxSpan
    );
  }

  private keep(chain: Int32Array, group: readonly number[]): void {
    if ((this.count & DEADLINE_CHECK_MASK) === 0) this.ctx.ensureBytes(this.count * this.chainBytes, 'sequence_detect');
    for (const position of chain) this.rows.push(group[position]);
  }

  /** The chains' rows, flat (a chain's rows are `steps` apart), ordered by their step times. */
  inTimeOrder(timeOf: (row: number) => number): Int32Array {
    const steps = this.spec.steps.length;
    const rows = this.rows;
    const compare = (a: number, b: number) => {
      if ((++this.tried & DEADLINE_CHECK_MASK) === 0) this.ctx.checkDeadline();
      for (let step = 0; step < steps; step++) {
        const difference = timeOf(rows[a * steps + step]) - timeOf(rows[b * steps + step]);
        if (difference !== 0) return difference;
      }
      return 0;
    };
    const order = Int32Array.from({ length: this.count }, (_, c) => c).sort(compare);
    const ordered = new Int32Array(rows.length);
    for (let c = 0; c < order.length; c++) {
      for (let step = 0; step < steps; step++) ordered[c * steps + step] = rows[order[c] * steps + step];
    }
    return ordered;
  }
}

/** The index of the first position in ascending `positions` after `position`: a later step never reuses its predecessor's row. */
function firstAfter(positions: StepEvents, position: number): number {
  let low = 0;
  let high = positions.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (positions[middle] <= position) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Dim1, …, then `<step>_<Time>` per step, then Duration (last step's time minus the first's). */
function outputTable(
  table: ColumnTable,
  spec: SequenceDetectSpec,
  found: Int32Array,
  timeOf: (row: number) => number,
): ColumnTable {
  const steps = spec.steps.length;
  const count = found.length / steps;
  const rowOf = (chain: number, step: number) => found[chain * steps + step];
  const firstRows = Int32Array.from({ length: count }, (_, chain) => rowOf(chain, 0));
  const columns: NamedColumn[] = spec.dims.map((name) => ({
    name,
    column: gatherColumn(table.column(name), firstRows),
  }));
  spec.steps.forEach((step, index) => {
    const times = Array.from({ length: count }, (_, chain) => timeOf(rowOf(chain, index)));
    columns.push({ name: `${step.name}_${spec.time}`, column: columnFromValues('datetime', times) });
  });
  const durations = Array.from(
    { length: count },
    (_, chain) => timeOf(rowOf(chain, steps - 1)) - timeOf(rowOf(chain, 0)),
  );
  columns.push({ name: 'Duration', column: columnFromValues('timespan', durations) });
  return ColumnTable.fromColumns('sequence_detect', columns);
}
