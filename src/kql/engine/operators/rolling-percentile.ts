import { nearestRank } from '../../functions/index.ts';
import { columnFromValues, gatherColumn } from '../column-writer.ts';
import { DEADLINE_CHECK_MASK, type ExecutionContext } from '../limits.ts';
import { ColumnTable } from '../table.ts';
import { groupByColumns } from './grouping.ts';

export interface RollingPercentileSpec {
  readonly value: string;
  readonly percent: number;
  readonly index: string;
  readonly binSize: number;
  readonly binsWindow: number;
  readonly dims: readonly string[];
  readonly outputName: string;
}

/**
 * `evaluate rolling_percentile(Value, Percentile, Index, BinSize, BinsWindow [, dim …])`
 * (rolling-percentile-plugin.md): for each bin of Index that has rows, per dimension group, the
 * nearest-rank percentile of the values in that bin and the BinsWindow - 1 bins before it.
 */
export function rollingPercentile(table: ColumnTable, spec: RollingPercentileSpec, ctx: ExecutionContext): ColumnTable {
  const groups = groupByColumns(table, spec.dims, ctx);
  const bins: Map<number, number[]>[] = Array.from({ length: groups.groupCount }, () => new Map());
  const value = table.column(spec.value);
  const index = table.column(spec.index);
  const rows = table.rows();
  for (let p = 0; p < rows.length; p++) {
    if ((p & DEADLINE_CHECK_MASK) === 0) ctx.checkDeadline();
    const at = index.get(rows[p]);
    const v = value.get(rows[p]);
    if (typeof at !== 'number' || typeof v !== 'number') continue;
    const bin = Math.floor(at / spec.binSize) * spec.binSize;
    const inGroup = bins[groups.groupOf[p]];
    inGroup.set(bin, [...(inGroup.get(bin) ?? []), v]);
  }
  const out: { bin: number; group: number; value: number | null }[] = [];
  bins.forEach((inGroup, group) => {
    for (const bin of [...inGroup.keys()].sort((a, b) => a - b)) {
      const window: number[] = [];
      for (let back = 0; back < spec.binsWindow; back++) window.push(...(inGroup.get(bin - back * spec.binSize) ?? []));
      out.push({
        bin,
        group,
        value: nearestRank(
          window.sort((a, b) => a - b),
          spec.percent,
        ),
      });
    }
  });
  const firstRows = Int32Array.from(out, (o) => groups.firstRow[o.group]);
  return ColumnTable.fromColumns(table.name, [
    {
      name: spec.index,
      column: columnFromValues(
        table.typeOf(spec.index),
        out.map((o) => o.bin),
      ),
    },
    ...spec.dims.map((d) => ({ name: d, column: gatherColumn(table.column(d), firstRows) })),
    {
      name: spec.outputName,
      column: columnFromValues(
        table.typeOf(spec.value),
        out.map((o) => o.value),
      ),
    },
  ]);
}
