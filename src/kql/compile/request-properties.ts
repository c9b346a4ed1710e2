import { type DiagnosticDraft, Diagnostics } from '../diagnostics/index.ts';
import { type ColumnTable, take } from '../engine/index.ts';
import type { QueryNode, SetOptionStatement } from '../syntax/index.ts';
import type { ExprEnv } from './env.ts';

/**
 * Request properties (api/rest/request-properties.md) a `set` statement may give that only tune the service's
 * limits, resources or reporting: the rows and columns of a result are the same with or without them, so the
 * local engine accepts them and does nothing (its own limits are runQuery's options; `notruncation` does not
 * lift them).
 * Left out on purpose: `truncationmaxsize` and the others request-properties.md says a set statement cannot
 * change, and every property that changes what a query reads or returns (query_datetimescope_*, best_effort,
 * query_results_apply_getschema, request_*_disabled, …): those stay "not supported by the local engine".
 */
const WITHOUT_EFFECT = new Set([
  'maxoutputcolumns',
  'notruncation',
  'maxmemoryconsumptionperiterator',
  'max_memory_consumption_per_query_per_node',
  'query_fanout_nodes_percent',
  'query_fanout_threads_percent',
  'query_distribution_nodes_span',
  'query_max_entities_in_union',
  'push_selection_through_aggregation',
  'query_optimize_fts_at_relop',
  'query_results_cache_max_age',
  'query_results_cache_per_shard',
  'request_description',
  'results_v2_newlines_between_frames',
]);

/** The request properties runQuery applies, from the query's own set statements. */
export interface RequestProperties {
  /** `query_now`: the instant now() and ago() refer to, in epoch ms. */
  readonly now?: number;
  /** `query_take_max_records`: the most rows the result keeps. */
  readonly takeMaxRecords?: number;
  /** `truncationmaxrecords`: the most rows returned; more are truncated with a warning, like runQuery's maxRows. */
  readonly truncationMaxRecords?: number;
}

/** The property names whose value is a row count, and where `requestPropertiesOf` puts them. */
const ROW_COUNTS = {
  query_take_max_records: 'takeMaxRecords',
  truncationmaxrecords: 'truncationMaxRecords',
} as const;

const isRowCountProperty = (name: string): name is keyof typeof ROW_COUNTS => Object.hasOwn(ROW_COUNTS, name);

/** Applies the row-count properties to a query's result; a truncation comes with its warning. */
export function limitResult(
  table: ColumnTable,
  properties: RequestProperties,
): { table: ColumnTable; warnings: string[] } {
  const taken = properties.takeMaxRecords === undefined ? table : take(table, properties.takeMaxRecords);
  const cap = properties.truncationMaxRecords;
  if (cap === undefined || taken.rowCount <= cap) return { table: taken, warnings: [] };
  return { table: take(taken, cap), warnings: [`result truncated to ${cap} rows (set truncationmaxrecords)`] };
}

/** Reads the properties the query's set statements give; malformed ones are left to `checkSetOption`. */
export function requestPropertiesOf(tree: QueryNode): RequestProperties {
  let properties: RequestProperties = {};
  for (const statement of tree.statements) {
    if (statement.kind !== 'SetOptionStatement' || setOptionProblem(statement)) continue;
    if (statement.value?.kind !== 'Literal') continue;
    const value = statement.value.value as number;
    if (statement.name === 'query_now') properties = { ...properties, now: value };
    if (isRowCountProperty(statement.name)) properties = { ...properties, [ROW_COUNTS[statement.name]]: value };
  }
  return properties;
}

/** Reports a set statement whose property the local engine does not model, or whose value does not fit it. */
export function checkSetOption(statement: SetOptionStatement, env: ExprEnv): void {
  const problem = setOptionProblem(statement);
  if (problem) env.cx.report(problem);
}

function setOptionProblem(statement: SetOptionStatement): DiagnosticDraft | undefined {
  const { name, span } = statement;
  if (WITHOUT_EFFECT.has(name)) return undefined;
  const value = statement.value;
  if (name === 'query_now') {
    if (value?.kind === 'Literal' && value.type === 'datetime' && value.value !== null) return undefined;
    return Diagnostics.invalidArgument('set query_now takes a datetime literal: set query_now = datetime(…)', span);
  }
  if (isRowCountProperty(name)) {
    const isCount = value?.kind === 'Literal' && (value.type === 'long' || value.type === 'int');
    if (isCount && typeof value.value === 'number' && value.value >= 0) return undefined;
    return Diagnostics.invalidArgument(`set ${name} takes a row count: a literal of 0 or more`, span);
  }
  return Diagnostics.unsupportedConstruct(`the request property '${name}' (set statement)`, span);
}
