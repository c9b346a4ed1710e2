import { Diagnostics } from '../diagnostics/index.ts';
import type { CompiledExpr } from '../engine/index.ts';
import type { BinaryNode, ExprNode } from '../syntax/index.ts';
import type { KqlType } from '../types.ts';
import { arithmeticFunction, arithmeticResultType } from './arithmetic.ts';
import { compileComparison } from './compile-comparison.ts';
import { compileExpression } from './compile-expression.ts';
import { compileStringOperator, isStringOperator } from './compile-string-ops.ts';
import { constant, constantOf } from './constants.ts';
import type { ExprEnv } from './env.ts';

const toBool = (v: unknown): boolean | null =>
  typeof v === 'boolean' ? v : v === null || v === undefined ? null : Boolean(v);

/** Kusto's three-valued `and`/`or`: false/true win over null. */
function compileLogic(op: 'and' | 'or', left: CompiledExpr, right: CompiledExpr): CompiledExpr {
  const decisive = op === 'or';
  return {
    type: 'bool',
    bind(table) {
      const l = left.bind(table);
      const r = right.bind(table);
      return (row) => {
        const a = toBool(l(row));
        if (a === decisive) return decisive;
        const b = toBool(r(row));
        if (b === decisive) return decisive;
        return a === null || b === null ? null : !decisive;
      };
    },
  };
}

export function compileBinary(node: BinaryNode, env: ExprEnv): CompiledExpr {
  const left = compileExpression(node.left, env);
  const right = compileExpression(node.right, env);
  switch (node.op) {
    case 'and':
    case 'or':
      return compileLogic(node.op, left, right);
    case '+':
    case '-':
    case '*':
    case '/':
    case '%':
      return compileArithmetic(node, left, right, env);
    case '==':
    case '!=':
    case '<':
    case '<=':
    case '>':
    case '>=':
      return compileComparison(node.op, left, right);
    default:
      if (isStringOperator(node.op)) return compileStringOperator(node.op, left, right, node, env);
      env.cx.report(Diagnostics.unsupportedConstruct(`operator '${node.op}'`, node.span));
      return constant(null, 'bool');
  }
}

function compileArithmetic(node: BinaryNode, left: CompiledExpr, right: CompiledExpr, env: ExprEnv): CompiledExpr {
  const op = node.op as '+' | '-' | '*' | '/' | '%';
  const type = arithmeticResultType(op, left.type, right.type);
  if (type === undefined) {
    env.cx.report(
      Diagnostics.typeMismatch(`operator '${op}' cannot combine ${left.type} and ${right.type}`, node.span),
    );
    return constant(null, 'dynamic');
  }
  const fn = arithmeticFunction(op, type, left.type, right.type);
  const l = constantOf(left);
  const r = constantOf(right);
  if (l && r) return constant(fn(l.value, r.value), type);
  return {
    type,
    bind(table) {
      const a = left.bind(table);
      const b = right.bind(table);
      return (row) => fn(a(row), b(row));
    },
  };
}

export function compileNegate(operand: CompiledExpr, node: ExprNode, env: ExprEnv): CompiledExpr {
  const numeric: readonly KqlType[] = ['int', 'long', 'real', 'decimal', 'timespan', 'dynamic'];
  if (!numeric.includes(operand.type)) {
    env.cx.report(Diagnostics.typeMismatch(`cannot negate a value of type ${operand.type}`, node.span));
    return constant(null, operand.type);
  }
  const known = constantOf(operand);
  const negate = (v: unknown) => (typeof v === 'number' ? -v : null);
  if (known) return constant(negate(known.value), operand.type);
  return {
    type: operand.type,
    bind(table) {
      const read = operand.bind(table);
      return (row) => negate(read(row));
    },
  };
}
