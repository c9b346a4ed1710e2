import type { Span } from '../diagnostics/index.ts';
import type { KqlType } from '../types.ts';
import type { ExprNode } from './nodes.ts';

/** A parameter of a `let` function: scalar `(x:string, n:long = 5)` or tabular `(T:(*))`. */
export interface FunctionParameter {
  readonly name: string;
  /** Scalar type, or 'table' for `(T:(*))` / `(T:(a:string))`. */
  readonly type: KqlType | 'table';
  readonly defaultValue?: ExprNode;
  readonly span: Span;
}

/** `(params) { let …; body }`. */
export interface FunctionDeclaration {
  readonly kind: 'FunctionDeclaration';
  readonly parameters: readonly FunctionParameter[];
  readonly body: readonly StatementNode[];
  readonly span: Span;
}

export interface LetStatement {
  readonly kind: 'LetStatement';
  readonly name: string;
  readonly value: ExprNode | FunctionDeclaration;
  readonly span: Span;
}

/** The expression that produces a result (the last statement of a query or function body). */
export interface ExpressionStatement {
  readonly kind: 'ExpressionStatement';
  readonly expr: ExprNode;
  readonly span: Span;
}

/**
 * `declare query_parameters(name:type [= default], …)` (query-parameters-statement.md): names whose values the
 * request supplies, each falling back to its default.
 */
export interface QueryParametersStatement {
  readonly kind: 'QueryParametersStatement';
  readonly parameters: readonly FunctionParameter[];
  readonly span: Span;
}

/** `set name [= value]` (set-statement.md): a request property for the query, such as `set query_now = datetime(…)`. */
export interface SetOptionStatement {
  readonly kind: 'SetOptionStatement';
  readonly name: string;
  readonly value?: ExprNode;
  readonly span: Span;
}

export type StatementNode = LetStatement | ExpressionStatement | QueryParametersStatement | SetOptionStatement;

/** The root: statements separated by `;`. */
export interface QueryNode {
  readonly kind: 'Query';
  readonly statements: readonly StatementNode[];
  readonly span: Span;
}
