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
    if (timeColumn.get(rows[p]) !== null) members[grouping.groupOf[p]].push(rows[p]);
  }
  const timeOf = (row: number) => timeColumn.get(row) as number;
  const found: number[][] = [];
  for (const group of members) {
    group.sort((a, b) => timeOf(a) - timeOf(b));
    const events: StepEvents[] = tests.map((test) =>
      group.flatMap((row, position) => (test(row) === true ? [position] : [])),
    );
    const times = group.map(timeOf);
    for (const chain of occurrences(events, times, spec, ctx)) found.push(chain.map((position) => group[position]));
  }
  found.sort((a, b) => compareTimes(a, b, timeOf));
  return ctx.ensureMemory(outputTable(table, spec, found, timeOf), 'sequence_detect');
}

/** Every chain of positions, one per step, that keeps order and both time limits. */
function occurrences(
  events: readonly StepEvents[],
  times: readonly number[],
  spec: SequenceDetectSpec,
  ctx: ExecutionContext,
): number[][] {
  const chains: number[][] = [];
  const chain: number[] = [];
  const extend = (step: number) => {
    if (step === events.length) {
      if ((chains.length & DEADLINE_CHECK_MASK) === 0) {
        ctx.checkDeadline();
        // Occurrences multiply: a burst of events in one group can make millions of them.
        ctx.ensureBytes(chains.length * events.length * 8, 'sequence_detect');
      }
      chains.push([...chain]);
      return;
    }
    const previous = chain[step - 1];
    for (const position of events[step]) {
      if (step > 0) {
        if (position <= previous) continue;
        if (times[position] - times[previous] > spec.stepWindow) break;
        if (times[position] - times[chain[0]] > spec.maxSpan) break;
      }
      chain.push(position);
      extend(step + 1);
      chain.pop();
    }
  };
  if (events.length > 0) extend(0);
  return chains;
}

function compareTimes(a: readonly number[], b: readonly number[], timeOf: (row: number) => number): number {
  for (let i = 0; i < a.length; i++) {
    const difference = timeOf(a[i]) - timeOf(b[i]);
    if (difference !== 0) return difference;
  }
  return 0;
}

/** Dim1, …, then `<step>_<Time>` per step, then Duration (last step's time minus the first's). */
function outputTable(
  table: ColumnTable,
  spec: SequenceDetectSpec,
  found: readonly number[][],
  timeOf: (row: number) => number,
): ColumnTable {
  const firstRows = Int32Array.from(found, (chain) => chain[0] ?? -1);
  const columns: NamedColumn[] = spec.dims.map((name) => ({
    name,
    column: gatherColumn(table.column(name), firstRows),
  }));
  spec.steps.forEach((step, index) => {
    const times = found.map((chain) => timeOf(chain[index]));
    columns.push({ name: `${step.name}_${spec.time}`, column: columnFromValues('datetime', times) });
  });
  const durations = found.map((chain) => timeOf(chain[chain.length - 1]) - timeOf(chain[0]));
  columns.push({ name: 'Duration', column: columnFromValues('timespan', durations) });
  return ColumnTable.fromColumns('sequence_detect', columns);
}
