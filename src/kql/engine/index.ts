/**
 * @module
 * Columnar execution core of the embedded KQL engine: tables, the compiled-expression contract,
 * runtime limits and one function per tabular operator. kql-front's compiled plans call these.
 *
 * - Data: `ColumnTable` (fromRaw / fromColumns / toRaw), columns (`StringColumn` dictionary codes,
 *   `NumberColumn` Float64Array + null mask, `BoolColumn`, `DynamicColumn`), `columnWriter`.
 * - Expressions: `CompiledExpr` (`bind(table)` once, then call per physical row), `windowOf`.
 * - Operators: where, extend, project, projectAway, projectRename, projectReorder, summarize,
 *   distinct, join (+ joinKindOf), lookup, union, sort, top, take, count, mvExpand, parse,
 *   makeSeries, serialize. Each takes an optional `ExecutionContext` last.
 * - Limits and errors: `ExecutionContext` (timeout, memory guard, `capResult` truncation flag),
 *   `KqlRuntimeError` with codes KQLR001…KQLR006.
 * - Speed: pass `functionName` on summarize aggregates so count/countif/sum/min/max/dcount/make_set
 *   run as columnar kernels instead of one accumulator object per group.
 */
export * from './column.ts';
export * from './column-writer.ts';
export * from './compiled-expression.ts';
export * from './errors.ts';
export * from './limits.ts';
export { type ActivityColumns, activeUsersCount, activityCountsMetrics } from './operators/activity-metrics.ts';
export type { ActivityWindow } from './operators/activity-periods.ts';
export { count } from './operators/count.ts';
export { dcountIntersect } from './operators/dcount-intersect.ts';
export { distinct } from './operators/distinct.ts';
export { type ExtendAssignment, extend } from './operators/extend.ts';
export { type GeoLookupSpec, geoLookup } from './operators/geo-lookup.ts';
export {
  type ElementExpr,
  elementColumn,
  type GraphMatchSpec,
  graphElementScope,
  graphMatch,
  graphScope,
  type Pattern,
} from './operators/graph-match.ts';
export { graphToTable, markComponents } from './operators/graph-tables.ts';
export type { Grouping } from './operators/grouping.ts';
export { type IpLookupSpec, ipLookup } from './operators/ip-lookup.ts';
export { JOIN_KINDS, type JoinKind, type JoinSpec, join, joinKindOf } from './operators/join.ts';
export type { JoinKeyPair } from './operators/join-keys.ts';
export { type LookupSpec, lookup } from './operators/lookup.ts';
export { type Graph, type MakeGraphSpec, makeGraph, nodeSchema } from './operators/make-graph.ts';
export { type MakeSeriesSpec, makeSeries, type SeriesAggregate } from './operators/make-series.ts';
export { type MvExpandColumn, type MvExpandSpec, mvExpand } from './operators/mv-expand.ts';
export { escapeRegex, type ParseSegment, type ParseSpec, parse } from './operators/parse.ts';
export { type ParseKvSpec, parseKv } from './operators/parse-kv.ts';
export { type ProjectItem, project } from './operators/project.ts';
export { projectAway } from './operators/project-away.ts';
export { projectRename, type Rename } from './operators/project-rename.ts';
export { projectReorder, type ReorderItem } from './operators/project-reorder.ts';
export { type ReduceSpec, reduce } from './operators/reduce.ts';
export { activityMetrics, newActivityMetrics } from './operators/retention-metrics.ts';
export { type RollingPercentileSpec, rollingPercentile } from './operators/rolling-percentile.ts';
export { rowsNear } from './operators/rows-near.ts';
export { type ScanSpec, type ScanStep, scan, scanScope } from './operators/scan.ts';
export { type SequenceDetectSpec, sequenceDetect } from './operators/sequence-detect.ts';
export { serialize } from './operators/serialize.ts';
export { slidingWindowCounts } from './operators/sliding-window-counts.ts';
export { type SortKey, sort } from './operators/sort.ts';
export {
  type AggregateColumn,
  type ArgExtremeAggregate,
  type NamedExpr,
  type ReturnedItem,
  type SummarizeAggregate,
  type SummarizeSpec,
  summarize,
} from './operators/summarize.ts';
export { take } from './operators/take.ts';
export { top } from './operators/top.ts';
export { type TopNestedLevel, topNested } from './operators/top-nested.ts';
export { type UnionSpec, union } from './operators/union.ts';
export { where } from './operators/where.ts';
export * from './table.ts';
export * from './window.ts';
