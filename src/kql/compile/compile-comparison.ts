import { type CompiledExpr, NumberColumn, StringColumn } from '../engine/index.ts';
import { kustoEquals } from '../functions/index.ts';
import { constant, constantOf } from './constants.ts';

type ComparisonOp = '==' | '!=' | '<' | '<=' | '>' | '>=';

const MIRRORED: Record<ComparisonOp, ComparisonOp> = {
  '==': '==',
  '!=': '!=',
  '<': '>',
  '<=': '>=',
  '>': '<',
  '>=': '<=',
};

/** Brings mixed dynamic/scalar operands to comparable JS values (a numeric string in a bag compares as a number). */
function align(a: unknown, b: unknown): [unknown, unknown] {
  if (typeof a === typeof b) return [a, b];
  if (typeof a === 'number' && typeof b === 'string' && b.trim() !== '' && !Number.isNaN(Number(b)))
    return [a, Number(b)];
  if (typeof b === 'number' && typeof a === 'string' && a.trim() !== '' && !Number.isNaN(Number(a)))
    return [Number(a), b];
  if (typeof a === 'boolean' && typeof b === 'number') return [Number(a), b];
  if (typeof b === 'boolean' && typeof a === 'number') return [a, Number(b)];
  return [a, b];
}

/**
 * The per-value comparison. With a null side the result is null, except that `==` / `!=` between a
 * null and a non-null value are false / true (scalar-data-types/null-values.md: `where ival != 5`
 * keeps the row whose ival is null).
 */
export function comparisonFunction(op: ComparisonOp): (a: unknown, b: unknown) => boolean | null {
  return (x, y) => {
    const xNull = x === null || x === undefined;
    const yNull = y === null || y === undefined;
    if (xNull || yNull) return (op === '==' || op === '!=') && xNull !== yNull ? op === '!=' : null;
    const [a, b] = align(x, y);
    if (op === '==' || op === '!=') {
      const equal = typeof a === 'object' ? kustoEquals(a, b) : a === b;
      return op === '==' ? equal : !equal;
    }
    if (typeof a !== typeof b || (typeof a !== 'number' && typeof a !== 'string' && typeof a !== 'boolean')) {
      return null;
    }
    const l = a as number | string;
    const r = b as number | string;
    switch (op) {
      case '<':
        return l < r;
      case '<=':
        return l <= r;
      case '>':
        return l > r;
      default:
        return l >= r;
    }
  };
}

/**
 * `a == b`, `a < b`, …. A column compared with a constant takes a fast path: string columns
 * compare dictionary codes, number columns read the Float64Array directly.
 */
export function compileComparison(op: ComparisonOp, left: CompiledExpr, right: CompiledExpr): CompiledExpr {
  const compare = comparisonFunction(op);
  const l = constantOf(left);
  const r = constantOf(right);
  if (l && r) return constant(compare(l.value, r.value), 'bool');
  if (l && !r) return compileComparison(MIRRORED[op], right, left);
  return {
    type: 'bool',
    bind(table) {
      if (r && left.columnName !== undefined && table.has(left.columnName)) {
        const fast = columnVersusConstant(op, table.column(left.columnName), r.value);
        if (fast) return fast;
      }
      const a = left.bind(table);
      const b = right.bind(table);
      return (row) => compare(a(row), b(row));
    },
  };
}

function columnVersusConstant(
  op: ComparisonOp,
  column: unknown,
  value: unknown,
): ((row: number) => unknown) | undefined {
  if (column instanceof StringColumn && typeof value === 'string' && (op === '==' || op === '!=')) {
    const code = column.codeOf(value);
    const codes = column.codes;
    return op === '==' ? (row) => codes[row] === code : (row) => codes[row] !== code;
  }
  if (column instanceof NumberColumn && typeof value === 'number') {
    const values = column.values;
    const nulls = column.nulls;
    const test = numberTest(op, value);
    if (nulls === null) return (row) => test(values[row]);
    const whenNull = op === '==' ? false : op === '!=' ? true : null;
    return (row) => (nulls[row] === 1 ? whenNull : test(values[row]));
  }
  return undefined;
}

function numberTest(op: ComparisonOp, c: number): (v: number) => boolean {
  switch (op) {
    case '==':
      return (v) => v === c;
    case '!=':
      return (v) => v !== c;
    case '<':
      return (v) => v < c;
    case '<=':
      return (v) => v <= c;
    case '>':
      return (v) => v > c;
    default:
      return (v) => v >= c;
  }
}
