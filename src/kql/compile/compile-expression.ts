import { Diagnostics, didYouMean } from '../diagnostics/index.ts';
import { type CompiledExpr, columnRef } from '../engine/index.ts';
import { create, type ExprNode } from '../syntax/index.ts';
import { compileBinary, compileNegate } from './compile-binary.ts';
import { compileCall } from './compile-call.ts';
import { compileBetween, compileIn } from './compile-in.ts';
import { constant } from './constants.ts';
import { dynamicIndex, dynamicMember } from './dynamic-access.ts';
import { columnOf, type ExprEnv } from './env.ts';

/** Placeholder after a reported error: compilation continues so that later errors are found too. */
export const errorExpr = (): CompiledExpr => constant(null, 'dynamic');

type ExprCompiler<K extends ExprNode['kind']> = (node: Extract<ExprNode, { kind: K }>, env: ExprEnv) => CompiledExpr;

const notScalar = (what: string) => (node: ExprNode, env: ExprEnv) => {
  env.cx.report(Diagnostics.notScalar(what, node.span));
  return errorExpr();
};

const COMPILERS: { [K in ExprNode['kind']]: ExprCompiler<K> } = {
  Literal: (node) => constant(node.value, node.type),
  DynamicLiteral: (node) => constant(node.value, 'dynamic'),
  Missing: () => errorExpr(),
  Name: compileName,
  Star: (node, env) => {
    env.cx.report(Diagnostics.invalidArgument("'*' is only allowed as a function argument (arg_max(x, *))", node.span));
    return errorExpr();
  },
  Unary: (node, env) => {
    const operand = compileExpression(node.operand, env);
    return node.op === '-' ? compileNegate(operand, node, env) : operand;
  },
  Binary: compileBinary,
  SearchColumnTerm: (node, env) => {
    // The parser makes this node only inside a search predicate, whose compiler rewrites it first.
    env.cx.report(Diagnostics.invalidArgument("'Column:term' is only allowed in a search predicate", node.span));
    return errorExpr();
  },
  In: compileIn,
  Between: compileBetween,
  Call: compileCall,
  Path: (node, env) => dynamicMember(compileExpression(node.target, env), node.member),
  Index: (node, env) => dynamicIndex(compileExpression(node.target, env), compileExpression(node.index, env)),
  Side: (node, env) => {
    env.cx.report(
      Diagnostics.invalidArgument(`'$${node.side}.${node.name}' is only allowed in a join's on clause`, node.span),
    );
    return errorExpr();
  },
  TypeOf: (node, env) => {
    env.cx.report(Diagnostics.invalidArgument('typeof() is only allowed after mv-expand … to', node.span));
    return errorExpr();
  },
  Pipe: notScalar('a piped query'),
  Datatable: notScalar('datatable'),
  Print: notScalar('print'),
  Range: notScalar('range'),
  UnionSource: notScalar('union'),
  SearchSource: notScalar('search'),
  FindSource: notScalar('find'),
  ExternalData: notScalar('externaldata'),
  UnsupportedSource: notScalar('this source'),
};

/** Compiles a scalar expression to a closure over columns (never to JavaScript source). */
export function compileExpression(node: ExprNode, env: ExprEnv): CompiledExpr {
  const compiler = COMPILERS[node.kind] as ExprCompiler<typeof node.kind>;
  return compiler(node as never, env);
}

function compileName(node: Extract<ExprNode, { kind: 'Name' }>, env: ExprEnv): CompiledExpr {
  const column = columnOf(env, node.name);
  if (column) return columnRef(column.name, column.type);
  const binding = env.scope.lookup(node.name);
  if (binding?.kind === 'scalar') return binding.expr;
  if (binding?.kind === 'tabular') {
    env.cx.report(Diagnostics.notScalar(`'${node.name}'`, node.span));
    return errorExpr();
  }
  if (binding?.kind === 'function') {
    // A function that needs no arguments may be invoked by its bare name (functions/user-defined-functions.md).
    if (binding.declaration.parameters.every((parameter) => parameter.defaultValue)) {
      return compileCall(
        create({ kind: 'Call', name: node.name, nameSpan: node.span, args: [], span: node.span }),
        env,
      );
    }
    env.cx.report(Diagnostics.invalidArgument(`'${node.name}' is a function: call it as ${node.name}(...)`, node.span));
    return errorExpr();
  }
  const candidates = [...env.columns.map((c) => c.name), ...env.scope.names()];
  env.cx.report(Diagnostics.unknownColumn(node.name, didYouMean(node.name, candidates), node.span));
  return errorExpr();
}
