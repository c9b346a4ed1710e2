import type { Span } from '../diagnostics/index.ts';
import type { KqlType } from '../types.ts';
import type {
  CallNode,
  ColumnDeclaration,
  ExprNode,
  NamedExpression,
  OperatorOption,
  ParsePattern,
  SortKey,
  UnionOptions,
} from './nodes.ts';

/** Query operators: what follows a `|`. One record kind per operator. */
interface OperatorBase {
  readonly span: Span;
}

export interface WhereOperator extends OperatorBase {
  readonly kind: 'WhereOperator';
  readonly condition: ExprNode;
}
export interface ExtendOperator extends OperatorBase {
  readonly kind: 'ExtendOperator';
  readonly items: readonly NamedExpression[];
}
export interface ProjectOperator extends OperatorBase {
  readonly kind: 'ProjectOperator';
  readonly items: readonly NamedExpression[];
}
/** `project-away` / `project-keep` with column names or wildcards (`Prop*`). */
export interface ProjectAwayOperator extends OperatorBase {
  readonly kind: 'ProjectAwayOperator';
  readonly keep: boolean;
  readonly patterns: readonly { readonly pattern: string; readonly span: Span }[];
}
export interface ProjectRenameOperator extends OperatorBase {
  readonly kind: 'ProjectRenameOperator';
  readonly renames: readonly { readonly newName: string; readonly oldName: string; readonly span: Span }[];
}
export interface ProjectReorderOperator extends OperatorBase {
  readonly kind: 'ProjectReorderOperator';
  readonly patterns: readonly { readonly pattern: string; readonly order?: 'asc' | 'desc'; readonly span: Span }[];
}
export interface SummarizeOperator extends OperatorBase {
  readonly kind: 'SummarizeOperator';
  readonly aggregates: readonly NamedExpression[];
  readonly by: readonly NamedExpression[];
}
export interface JoinOperator extends OperatorBase {
  readonly kind: 'JoinOperator';
  readonly options: readonly OperatorOption[];
  readonly right: ExprNode;
  /** Conjuncts: a column name, or `$left.a == $right.b`. */
  readonly on: readonly ExprNode[];
}
export interface LookupOperator extends OperatorBase {
  readonly kind: 'LookupOperator';
  readonly options: readonly OperatorOption[];
  readonly right: ExprNode;
  readonly on: readonly ExprNode[];
}
export interface UnionOperator extends OperatorBase {
  readonly kind: 'UnionOperator';
  readonly options: UnionOptions;
  readonly tables: readonly ExprNode[];
}
export interface SortOperator extends OperatorBase {
  readonly kind: 'SortOperator';
  readonly keys: readonly SortKey[];
}
export interface TopOperator extends OperatorBase {
  readonly kind: 'TopOperator';
  readonly count: ExprNode;
  readonly key: SortKey;
}
export interface TakeOperator extends OperatorBase {
  readonly kind: 'TakeOperator';
  readonly count: ExprNode;
}
export interface DistinctOperator extends OperatorBase {
  readonly kind: 'DistinctOperator';
  /** Empty means `distinct *`; an item may be named (`distinct ['Joined'] = CreatedDate`), as Kusto's parser allows. */
  readonly columns: readonly NamedExpression[];
}
/** `count [as Name]`: the `as` clause names the result column (Kusto.Language's CountAsIdentifierClause). */
export interface CountOperator extends OperatorBase {
  readonly kind: 'CountOperator';
  readonly columnName?: string;
}
export interface MvExpandOperator extends OperatorBase {
  readonly kind: 'MvExpandOperator';
  readonly options: readonly OperatorOption[];
  readonly items: readonly { readonly item: NamedExpression; readonly toType?: KqlType }[];
  readonly limit?: ExprNode;
}
export interface ParseOperator extends OperatorBase {
  readonly kind: 'ParseOperator';
  readonly options: readonly OperatorOption[];
  /** `parse-where`: rows the pattern does not match are dropped. */
  readonly filterUnmatched: boolean;
  readonly source: ExprNode;
  readonly pattern: ParsePattern;
}
export interface SerializeOperator extends OperatorBase {
  readonly kind: 'SerializeOperator';
  readonly items: readonly NamedExpression[];
}
export interface MakeSeriesOperator extends OperatorBase {
  readonly kind: 'MakeSeriesOperator';
  readonly options: readonly OperatorOption[];
  readonly aggregates: readonly { readonly item: NamedExpression; readonly defaultValue?: ExprNode }[];
  readonly on: ExprNode;
  readonly from?: ExprNode;
  readonly to?: ExprNode;
  readonly step: ExprNode;
  readonly by: readonly NamedExpression[];
}
export interface AsOperator extends OperatorBase {
  readonly kind: 'AsOperator';
  readonly name: string;
}
export interface InvokeOperator extends OperatorBase {
  readonly kind: 'InvokeOperator';
  readonly call: ExprNode;
}
export interface GetSchemaOperator extends OperatorBase {
  readonly kind: 'GetSchemaOperator';
}
export interface SampleOperator extends OperatorBase {
  readonly kind: 'SampleOperator';
  readonly count: ExprNode;
}
/** `mv-apply`: parsed so it can be named as unsupported precisely. */
export interface MvApplyOperator extends OperatorBase {
  readonly kind: 'MvApplyOperator';
  /** `with_itemindex=Name`. */
  readonly options: readonly OperatorOption[];
  readonly items: readonly { readonly item: NamedExpression; readonly toType?: KqlType }[];
  /** The `on (...)` subquery: operators applied to each row's expanded values. */
  readonly subquery: readonly OperatorNode[];
}
/** The `evaluate` plugins the engine runs; any other is parsed loosely and named unsupported. */
export const EVALUATE_PLUGINS: ReadonlySet<string> = new Set([
  'bag_unpack',
  'pivot',
  'ipv4_lookup',
  'ipv6_lookup',
  'activity_counts_metrics',
  'activity_metrics',
  'new_activity_metrics',
  'active_users_count',
  'rolling_percentile',
  'sliding_window_counts',
  'dcount_intersect',
  'rows_near',
  'geo_polygon_lookup',
  'geo_line_lookup',
  'sequence_detect',
]);

/** `parse-kv Expr as (Key:type, …) [with (pair_delimiter=…, kv_delimiter=…, quote=…, escape=…, greedy=…, regex=…)]`. */
export interface ParseKvOperator extends OperatorBase {
  readonly kind: 'ParseKvOperator';
  readonly source: ExprNode;
  readonly keys: readonly ColumnDeclaration[];
  readonly properties: readonly OperatorOption[];
}
/** `project-by-names "A", "B*", dynamic(["C"])`: constant names and wildcards. */
export interface ProjectByNamesOperator extends OperatorBase {
  readonly kind: 'ProjectByNamesOperator';
  readonly names: readonly ExprNode[];
}
/** `reduce [kind=source] by Expr [with threshold=T, characters=C]` (reduce-operator.md). */
export interface ReduceOperator extends OperatorBase {
  readonly kind: 'ReduceOperator';
  readonly options: readonly OperatorOption[];
  readonly by: ExprNode;
  readonly properties: readonly OperatorOption[];
}
/** One `top-nested [N] of Key [with others = V] by Aggregate [asc|desc]` clause. */
export interface TopNestedClause {
  readonly count?: ExprNode;
  readonly key: NamedExpression;
  readonly others?: ExprNode;
  readonly aggregate: NamedExpression;
  readonly ascending: boolean;
  readonly span: Span;
}
/** `top-nested … [, top-nested …]` (top-nested-operator.md). */
export interface TopNestedOperator extends OperatorBase {
  readonly kind: 'TopNestedOperator';
  readonly clauses: readonly TopNestedClause[];
}
/**
 * `make-graph Source --> Target [with Nodes on Key, …] [with_node_id = Name] [partitioned-by Column (GraphOperator)]`
 * (make-graph-operator.md).
 */
export interface MakeGraphOperator extends OperatorBase {
  readonly kind: 'MakeGraphOperator';
  readonly source: string;
  readonly target: string;
  readonly nodeTables: readonly { readonly table: ExprNode; readonly key: string }[];
  readonly nodeIdColumn?: string;
  /** One graph per value of `column`, the operators run over each and their results combined. */
  readonly partition?: {
    readonly column: string;
    readonly columnSpan: Span;
    readonly operators: readonly OperatorNode[];
  };
}
/** `graph-mark-components [kind=…] [with_component_id = Name]` (graph-mark-components-operator.md). */
export interface GraphMarkComponentsOperator extends OperatorBase {
  readonly kind: 'GraphMarkComponentsOperator';
  readonly options: readonly OperatorOption[];
}
/** `graph-to-table nodes|edges [with_node_id=…] [with_source_id=…] [with_target_id=…]` (graph-to-table-operator.md). */
export interface GraphToTableOperator extends OperatorBase {
  readonly kind: 'GraphToTableOperator';
  readonly what: 'nodes' | 'edges';
  readonly options: readonly OperatorOption[];
}
/** `(name)` in a graph pattern; an anonymous node has no name. */
export interface GraphPatternNode {
  readonly name?: string;
}
/** `-[name*min..max]->`, `<-[name]-`, `-[name]-` or `-->` between two pattern nodes. */
export interface GraphPatternEdge {
  readonly name?: string;
  readonly direction: 'forward' | 'backward' | 'any';
  readonly minHops: number;
  readonly maxHops: number;
  /** Written with `*`: the edge variable stands for the list of edges on the way. */
  readonly variable: boolean;
}
/** One path pattern: nodes[0] edges[0] nodes[1] … */
export interface GraphPattern {
  readonly nodes: readonly GraphPatternNode[];
  readonly edges: readonly GraphPatternEdge[];
}
/** `graph-match` / `graph-shortest-paths [options] Pattern, … [where Predicate] project …`. */
export interface GraphMatchOperator extends OperatorBase {
  readonly kind: 'GraphMatchOperator';
  readonly shortestPaths: boolean;
  readonly options: readonly OperatorOption[];
  readonly patterns: readonly GraphPattern[];
  readonly where?: ExprNode;
  readonly project: readonly NamedExpression[];
}
/** A `declare (c:type [= default])` column of `scan`. */
export interface ScanDeclaration {
  readonly name: string;
  readonly type: KqlType;
  readonly defaultValue?: ExprNode;
  readonly span: Span;
}
/** `step s [output=all|last|none]: Condition [=> c = Expr, …]` of `scan`. */
export interface ScanStepNode {
  readonly name: string;
  readonly output: 'all' | 'last' | 'none';
  readonly condition: ExprNode;
  readonly assignments: readonly NamedExpression[];
  readonly span: Span;
}
/** `scan [with_match_id=Id] [declare (…)] with (step …; …)` (scan-operator.md). */
export interface ScanOperator extends OperatorBase {
  readonly kind: 'ScanOperator';
  readonly matchIdColumn?: string;
  readonly declarations: readonly ScanDeclaration[];
  readonly steps: readonly ScanStepNode[];
}
/** `evaluate plugin(args)` for one of EVALUATE_PLUGINS. */
export interface EvaluateOperator extends OperatorBase {
  readonly kind: 'EvaluateOperator';
  readonly plugin: CallNode;
  /** `evaluate pivot(x) : (Col:type, …)`: the output schema the query declares for the plugin. */
  readonly outputSchema?: readonly ColumnDeclaration[];
  /** `: (*, Col:type, …)`: the input's columns (those the plugin kept) come before the declared ones. */
  readonly keepsInputColumns?: boolean;
}
/** `T | search predicate`: the rows of T matching a search predicate (terms match any column). */
export interface SearchOperator extends OperatorBase {
  readonly kind: 'SearchOperator';
  readonly predicate: ExprNode;
  /** `kind=case_sensitive`: terms match case-sensitively. */
  readonly caseSensitive: boolean;
}
/** `render timechart with (title="…")`: a chart hint for the client; the rows pass unchanged. */
export interface RenderOperator extends OperatorBase {
  readonly kind: 'RenderOperator';
  readonly visualization: string;
  readonly properties: readonly OperatorOption[];
}
/**
 * `partition [hint.strategy=S] by Column ( operators )` runs the operators over each partition;
 * `partition by Column { Source | … }` (the legacy form) runs a subquery with its own source, where
 * Column names the partition's key value (partition-operator.md).
 */
export interface PartitionOperator extends OperatorBase {
  readonly kind: 'PartitionOperator';
  readonly options: readonly OperatorOption[];
  readonly column: string;
  readonly columnSpan: Span;
  readonly subquery:
    | { readonly kind: 'transformation'; readonly operators: readonly OperatorNode[] }
    | { readonly kind: 'withSource'; readonly query: ExprNode };
}
/** An operator this front end recognises by name but does not model (`evaluate`, `render`, …). */
export interface UnsupportedOperator extends OperatorBase {
  readonly kind: 'UnsupportedOperator';
  readonly name: string;
}

export type OperatorNode =
  | WhereOperator
  | ExtendOperator
  | ProjectOperator
  | ProjectAwayOperator
  | ProjectRenameOperator
  | ProjectReorderOperator
  | SummarizeOperator
  | JoinOperator
  | LookupOperator
  | UnionOperator
  | SortOperator
  | TopOperator
  | TakeOperator
  | DistinctOperator
  | CountOperator
  | MvExpandOperator
  | ParseOperator
  | SerializeOperator
  | MakeSeriesOperator
  | AsOperator
  | InvokeOperator
  | GetSchemaOperator
  | SampleOperator
  | MvApplyOperator
  | RenderOperator
  | SearchOperator
  | EvaluateOperator
  | ParseKvOperator
  | ScanOperator
  | ProjectByNamesOperator
  | ReduceOperator
  | TopNestedOperator
  | MakeGraphOperator
  | GraphMatchOperator
  | GraphMarkComponentsOperator
  | GraphToTableOperator
  | PartitionOperator
  | UnsupportedOperator;

export type OperatorKind = OperatorNode['kind'];
