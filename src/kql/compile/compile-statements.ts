import type { CompiledExpr } from '../engine/index.ts';
import { asimParser } from '../schemas/index.ts';
import type { ExprNode, FunctionDeclaration, LetStatement, StatementNode } from '../syntax/index.ts';
import { compileExpression } from './compile-expression.ts';
import { declareQueryParameters } from './compile-query-parameters.ts';
import { compileTabular } from './compile-tabular.ts';
import { constant, constantOf, evaluateRowIndependent, lazyScalar } from './constants.ts';
import type { ExprEnv } from './env.ts';
import { failedPlan, type TabularPlan } from './plan.ts';
import { checkSetOption } from './request-properties.ts';
import type { Scope } from './scope.ts';

/**
 * True when `node` denotes a table, decided from syntax and the names in scope (a `let` value is
 * classified before it is compiled, because tabular lets compile where they are used).
 */
export function isTabularSyntax(node: ExprNode, env: ExprEnv): boolean {
  switch (node.kind) {
    case 'Pipe':
    case 'Datatable':
    case 'Print':
    case 'Range':
    case 'UnionSource':
    case 'SearchSource':
    case 'FindSource':
    case 'ExternalData':
    case 'UnsupportedSource':
      return true;
    case 'Name': {
      if (env.columns.some((c) => c.name === node.name)) return false;
      const binding = env.scope.lookup(node.name);
      if (binding?.kind === 'function') return bodyIsTabular(binding.declaration, binding.scope, env);
      if (binding) return binding.kind === 'tabular' || binding.kind === 'tabularLet';
      // An unknown capitalised name is taken for a table (Sentinel table names are PascalCase): then
      // `let x = MissingTable;` can still be skipped by a fuzzy union, and the error says "unknown table".
      return (
        env.cx.database.schemaOf(node.name) !== undefined ||
        /^[A-Z_]/.test(node.name) ||
        node.name.endsWith('*') ||
        asimParser(node.name) !== undefined
      );
    }
    case 'Call': {
      if (node.name === 'table' || node.name === 'materialize' || node.name === 'view') return true;
      const binding = env.scope.lookup(node.name);
      if (!binding) return node.name === '_GetWatchlist' || asimParser(node.name) !== undefined;
      return binding.kind === 'function' && bodyIsTabular(binding.declaration, binding.scope, env);
    }
    default:
      return false;
  }
}

/** Functions being classified right now: a self-referencing function is not assumed tabular. */
const classifying = new WeakSet<FunctionDeclaration>();

/** Whether a function returns a table: its body's lets and parameters are classified without compiling. */
function bodyIsTabular(declaration: FunctionDeclaration, closure: Scope, env: ExprEnv): boolean {
  if (classifying.has(declaration)) return false;
  classifying.add(declaration);
  try {
    return classifyBody(declaration, closure, env);
  } finally {
    classifying.delete(declaration);
  }
}

function classifyBody(declaration: FunctionDeclaration, closure: Scope, env: ExprEnv): boolean {
  const scope = closure.child();
  const probe = { ...env, columns: [], scope };
  for (const p of declaration.parameters) {
    scope.define(
      p.name,
      p.type === 'table' ? { kind: 'tabular', plan: failedPlan() } : { kind: 'scalar', expr: constant(null, p.type) },
    );
  }
  let last: StatementNode | undefined;
  for (const statement of declaration.body) {
    last = statement;
    if (statement.kind !== 'LetStatement') continue;
    const value = statement.value;
    if (value.kind === 'FunctionDeclaration')
      scope.define(statement.name, { kind: 'function', declaration: value, scope });
    else if (isTabularSyntax(value, probe)) scope.define(statement.name, { kind: 'tabular', plan: failedPlan() });
    else scope.define(statement.name, { kind: 'scalar', expr: constant(null, 'dynamic') });
  }
  return last?.kind === 'ExpressionStatement' && isTabularSyntax(last.expr, probe);
}

/** Adds a `let` to `scope`. Functions and tabular values are stored for compilation at their use sites. */
export function compileLet(statement: LetStatement, env: ExprEnv): void {
  const { scope } = env;
  const value = statement.value;
  if (value.kind === 'FunctionDeclaration') {
    scope.define(statement.name, { kind: 'function', declaration: value, scope });
    return;
  }
  const rowless = { ...env, columns: [] };
  if (isTabularSyntax(value, rowless)) {
    scope.define(statement.name, { kind: 'tabularLet', node: value, scope: scope.child(), plans: new Map() });
    return;
  }
  const expr = compileExpression(value, rowless);
  // Inside a function body a let may read the caller's row through a parameter (series-iir-function.md:
  // `let y = array_length(x) - 1` with x a column), so it is evaluated with the row, not once.
  scope.define(statement.name, { kind: 'scalar', expr: env.cx.callDepth > 0 ? expr : scalarLet(expr) });
}

/** A scalar let is row-independent: constants stay constants, anything else is computed once, lazily. */
function scalarLet(expr: CompiledExpr): CompiledExpr {
  if (constantOf(expr)) return expr;
  return lazyScalar(expr.type, () => evaluateRowIndependent(expr));
}

export type BodyResult =
  | { readonly kind: 'tabular'; readonly plan: TabularPlan }
  | { readonly kind: 'scalar'; readonly expr: CompiledExpr };

/** Compiles `let …; let …; expr`: the query itself or a function body. */
export function compileStatements(statements: readonly StatementNode[], env: ExprEnv): BodyResult | undefined {
  let result: BodyResult | undefined;
  for (const statement of statements) {
    if (statement.kind === 'LetStatement') {
      compileLet(statement, env);
      continue;
    }
    if (statement.kind === 'QueryParametersStatement') {
      declareQueryParameters(statement, env);
      continue;
    }
    if (statement.kind === 'SetOptionStatement') {
      checkSetOption(statement, env);
      continue;
    }
    result = isTabularSyntax(statement.expr, env)
      ? { kind: 'tabular', plan: compileTabular(statement.expr, env) }
      : { kind: 'scalar', expr: compileExpression(statement.expr, env) };
  }
  return result;
}
