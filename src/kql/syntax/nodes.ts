import type { Span } from '../diagnostics/index.ts';
import type { KqlType } from '../types.ts';
import type { OperatorNode } from './operators.ts';

/**
 * The KQL syntax tree: immutable, `kind`-tagged records. Expressions and tabular
 * expressions share one union because KQL itself mixes them (`toscalar(T | count)`,
 * `x in (T | project y)`); the binder decides what each node denotes.
 */
interface NodeBase {
  readonly span: Span;
}

// ---------- expressions ----------

export interface LiteralNode extends NodeBase {
  readonly kind: 'Literal';
  readonly type: KqlType;
  /** Engine representation (see ../types.ts); null for typed nulls like `int(null)`. */
  readonly value: unknown;
}
export interface NameNode extends NodeBase {
  readonly kind: 'Name';
  readonly name: string;
}
export interface MissingNode extends NodeBase {
  readonly kind: 'Missing';
}
export interface StarNode extends NodeBase {
  readonly kind: 'Star';
}
export type BinaryOperator =
  | 'or'
  | 'and'
  | '=='
  | '!='
  | '<'
  | '<='
  | '>'
  | '>='
  | '=~'
  | '!~'
  | '+'
  | '-'
  | '*'
  | '/'
  | '%'
  | 'has'
  | '!has'
  | 'has_cs'
  | '!has_cs'
  | 'hasprefix'
  | '!hasprefix'
  | 'hasprefix_cs'
  | '!hasprefix_cs'
  | 'hassuffix'
  | '!hassuffix'
  | 'hassuffix_cs'
  | '!hassuffix_cs'
  | 'contains'
  | '!contains'
  | 'contains_cs'
  | '!contains_cs'
  | 'startswith'
  | '!startswith'
  | 'startswith_cs'
  | '!startswith_cs'
  | 'endswith'
  | '!endswith'
  | 'endswith_cs'
  | '!endswith_cs'
  | 'matches regex'
  | 'like';
export interface BinaryNode extends NodeBase {
  readonly kind: 'Binary';
  readonly op: BinaryOperator;
  readonly left: ExprNode;
  readonly right: ExprNode;
}
/**
 * `Col:"term"` in a search predicate (search-operator.md): the column has the term, a `*` in it asking
 * for a prefix, suffix, substring or pattern match as in a bare term. Parsed only inside `search`.
 */
export interface SearchColumnTermNode extends NodeBase {
  readonly kind: 'SearchColumnTerm';
  readonly column: ExprNode;
  readonly term: LiteralNode;
}
export interface UnaryNode extends NodeBase {
  readonly kind: 'Unary';
  readonly op: '-' | '+';
  readonly operand: ExprNode;
}
export type InOperator = 'in' | '!in' | 'in~' | '!in~' | 'has_any' | 'has_all';
export interface InNode extends NodeBase {
  readonly kind: 'In';
  readonly op: InOperator;
  readonly left: ExprNode;
  readonly list: readonly ExprNode[];
}
export interface BetweenNode extends NodeBase {
  readonly kind: 'Between';
  readonly negated: boolean;
  readonly left: ExprNode;
  readonly low: ExprNode;
  readonly high: ExprNode;
}
export interface CallNode extends NodeBase {
  readonly kind: 'Call';
  readonly name: string;
  readonly nameSpan: Span;
  readonly args: readonly ExprNode[];
  /** Names written as `f(Name = expr)`; Kusto uses the first one to name the result column. */
  readonly argNames?: readonly (string | undefined)[];
}
/** `x.y` and `x['y']`. */
export interface PathNode extends NodeBase {
  readonly kind: 'Path';
  readonly target: ExprNode;
  readonly member: string;
}
/** `x[0]`, `x[i]`. */
export interface IndexNode extends NodeBase {
  readonly kind: 'Index';
  readonly target: ExprNode;
  readonly index: ExprNode;
}
/** `$left.a` / `$right.b` in join conditions. */
export interface SideNode extends NodeBase {
  readonly kind: 'Side';
  readonly side: 'left' | 'right';
  readonly name: string;
}
/** `typeof(string)` as used by `mv-expand … to typeof()` and `parse … x:type`. */
export interface TypeOfNode extends NodeBase {
  readonly kind: 'TypeOf';
  readonly type: KqlType;
}
/** `dynamic([...])` / `dynamic({...})` with constant content. */
export interface DynamicLiteralNode extends NodeBase {
  readonly kind: 'DynamicLiteral';
  readonly value: unknown;
}

// ---------- tabular expressions ----------

export interface PipeNode extends NodeBase {
  readonly kind: 'Pipe';
  readonly source: ExprNode;
  readonly operator: OperatorNode;
}
export interface DatatableNode extends NodeBase {
  readonly kind: 'Datatable';
  readonly columns: readonly ColumnDeclaration[];
  readonly values: readonly ExprNode[];
}
export interface PrintNode extends NodeBase {
  readonly kind: 'Print';
  readonly items: readonly NamedExpression[];
}
export interface RangeNode extends NodeBase {
  readonly kind: 'Range';
  readonly column: string;
  readonly from: ExprNode;
  readonly to: ExprNode;
  readonly step: ExprNode;
}
/** `union` at the start of a pipeline (no implicit left input). */
/** `search [in (T1, T2)] predicate`: rows of the tables (all of them without `in`) matching the predicate. */
export interface SearchSourceNode extends NodeBase {
  readonly kind: 'SearchSource';
  /** Undefined: every table. */
  readonly tables?: readonly ExprNode[];
  readonly predicate: ExprNode;
  /** `kind=case_sensitive`: terms match case-sensitively. */
  readonly caseSensitive: boolean;
}
/**
 * `find [withsource=C] [in (T1, T2)] where predicate [project-smart | project A, B:type, pack_all()]`
 * (find-operator.md): the rows of the tables (all of them without `in`) matching the predicate.
 */
export interface FindSourceNode extends NodeBase {
  readonly kind: 'FindSource';
  /** The column naming each row's table: `source_` unless `withsource=` renames it. */
  readonly withSource: string;
  /** Undefined: every table. */
  readonly tables?: readonly ExprNode[];
  readonly predicate: ExprNode;
  /** Undefined: `project-smart`, the default. */
  readonly projection?: FindProjection;
}
/** `project A, B:type, pack_all()` after a find predicate. */
export interface FindProjection {
  readonly columns: readonly FindColumn[];
  /** `pack_all()`: the columns not listed go into one `pack_` bag. */
  readonly packAll: boolean;
}
export interface FindColumn {
  readonly name: string;
  /** Written `Name:type`: the column is cast to the type. */
  readonly type?: KqlType;
  readonly span: Span;
}
/**
 * `externaldata (Col:type, …) [ "url", … ] [with (format="csv", ignoreFirstRecord=true)]`: rows read from
 * outside the workspace. The engine runs it only through a configured reader (a local file mapped to the
 * URL, or an allow-listed HTTPS URL); otherwise it is refused by name and position as not available offline.
 */
export interface ExternalDataNode extends NodeBase {
  readonly kind: 'ExternalData';
  readonly columns: readonly ColumnDeclaration[];
  /** The URLs when every one is a string literal; undefined when one is computed (never run). */
  readonly urls: readonly string[] | undefined;
  /** The `with (…)` properties, names lower-cased (`format`, `ignorefirstrecord`). */
  readonly properties: Readonly<Record<string, string>>;
}
/**
 * A source Kusto runs but the local engine cannot: a cross-resource call (`workspace("…").T`).
 * Parsed whole so it is refused by name and position, never as a syntax error.
 */
export interface UnsupportedSourceNode extends NodeBase {
  readonly kind: 'UnsupportedSource';
  readonly name: string;
}
export interface UnionSourceNode extends NodeBase {
  readonly kind: 'UnionSource';
  readonly options: UnionOptions;
  readonly tables: readonly ExprNode[];
}

export type ExprNode =
  | LiteralNode
  | NameNode
  | MissingNode
  | StarNode
  | BinaryNode
  | SearchColumnTermNode
  | UnaryNode
  | InNode
  | BetweenNode
  | CallNode
  | PathNode
  | IndexNode
  | SideNode
  | TypeOfNode
  | DynamicLiteralNode
  | PipeNode
  | DatatableNode
  | PrintNode
  | RangeNode
  | UnionSourceNode
  | SearchSourceNode
  | FindSourceNode
  | ExternalDataNode
  | UnsupportedSourceNode;

// ---------- pieces shared by operators ----------

export interface ColumnDeclaration {
  readonly name: string;
  readonly type: KqlType;
  readonly span: Span;
}
/** `Name = expr`, `(a, b) = expr`, or a bare `expr` (names empty). */
export interface NamedExpression {
  readonly names: readonly string[];
  readonly expr: ExprNode;
  readonly span: Span;
}
export interface SortKey {
  readonly expr: ExprNode;
  readonly descending: boolean;
  /** Kusto default: nulls last for desc... explicit only when written. */
  readonly nulls?: 'first' | 'last';
}
export interface UnionOptions {
  readonly kind: 'inner' | 'outer';
  readonly withSource?: string;
  readonly isFuzzy: boolean;
}
/** `name=value` option before an operator's body (`kind=inner`, `hint.strategy=shuffle`). */
export interface OperatorOption {
  readonly name: string;
  readonly value: string;
  readonly span: Span;
}
export interface ParsePattern {
  /** Literal text pieces and captures in order; `*` is a wildcard capture with no column. */
  readonly parts: readonly ({ readonly text: string } | { readonly column: string | null; readonly type: KqlType })[];
}
