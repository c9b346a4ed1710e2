import { Diagnostics } from '../diagnostics/index.ts';
import { type CompiledExpr, StringColumn } from '../engine/index.ts';
import { asString, hasTerm } from '../functions/index.ts';
import { compileRegex } from '../functions/regex.ts';
import type { BinaryNode, BinaryOperator } from '../syntax/index.ts';
import { constant, constantOf } from './constants.ts';
import type { ExprEnv } from './env.ts';

type Test = (text: string, needle: string) => boolean;

/** Positive string operators; `!op` negates. Case-insensitive ones compare lower-cased text. */
const TESTS: Record<string, { test: Test; caseInsensitive: boolean }> = {
  '=~': { test: (t, n) => t === n, caseInsensitive: true },
  has: { test: (t, n) => hasTerm(t, n, true), caseInsensitive: true },
  has_cs: { test: (t, n) => hasTerm(t, n, true), caseInsensitive: false },
  hasprefix: { test: (t, n) => hasAffix(t, n, 'prefix'), caseInsensitive: true },
  hasprefix_cs: { test: (t, n) => hasAffix(t, n, 'prefix'), caseInsensitive: false },
  hassuffix: { test: (t, n) => hasAffix(t, n, 'suffix'), caseInsensitive: true },
  hassuffix_cs: { test: (t, n) => hasAffix(t, n, 'suffix'), caseInsensitive: false },
  contains: { test: (t, n) => t.includes(n), caseInsensitive: true },
  contains_cs: { test: (t, n) => t.includes(n), caseInsensitive: false },
  startswith: { test: (t, n) => t.startsWith(n), caseInsensitive: true },
  startswith_cs: { test: (t, n) => t.startsWith(n), caseInsensitive: false },
  endswith: { test: (t, n) => t.endsWith(n), caseInsensitive: true },
  endswith_cs: { test: (t, n) => t.endsWith(n), caseInsensitive: false },
};

/** `hasprefix`/`hassuffix`: some term of the text starts (ends) with the needle. */
function hasAffix(text: string, needle: string, side: 'prefix' | 'suffix'): boolean {
  return text
    .split(/[^\p{L}\p{N}]+/u)
    .some((term) => (side === 'prefix' ? term.startsWith(needle) : term.endsWith(needle)));
}

export function isStringOperator(op: BinaryOperator): boolean {
  const positive = op.startsWith('!') ? (op === '!~' ? '=~' : op.slice(1)) : op;
  return positive in TESTS || op === 'matches regex';
}

/** Text of any value for string operators: dynamic values compare by their JSON/string form. */
const textOf = (v: unknown): string => asString(v);

export function compileStringOperator(
  op: BinaryOperator,
  left: CompiledExpr,
  right: CompiledExpr,
  node: BinaryNode,
  env: ExprEnv,
): CompiledExpr {
  if (op === 'matches regex') return compileMatches(left, right, node, env);
  const negated = op.startsWith('!');
  const positive = negated ? (op === '!~' ? '=~' : op.slice(1)) : op;
  const { test, caseInsensitive } = TESTS[positive];
  const fold = caseInsensitive ? (s: string) => s.toLowerCase() : (s: string) => s;
  const needle = constantOf(right);
  if (needle) {
    const n = fold(textOf(needle.value));
    return stringPredicate(left, (text) => test(fold(text), n) !== negated);
  }
  return {
    type: 'bool',
    bind(table) {
      const a = left.bind(table);
      const b = right.bind(table);
      return (row) => test(fold(textOf(a(row))), fold(textOf(b(row)))) !== negated;
    },
  };
}

function compileMatches(left: CompiledExpr, right: CompiledExpr, node: BinaryNode, env: ExprEnv): CompiledExpr {
  const pattern = constantOf(right);
  if (!pattern) {
    return {
      type: 'bool',
      bind(table) {
        const a = left.bind(table);
        const b = right.bind(table);
        return (row) => compileRegex(textOf(b(row)))?.test(textOf(a(row))) ?? null;
      },
    };
  }
  const regex = compileRegex(textOf(pattern.value));
  if (!regex) {
    env.cx.report(
      Diagnostics.invalidArgument(`invalid regular expression '${textOf(pattern.value)}'`, node.right.span),
    );
    return constant(null, 'bool');
  }
  return stringPredicate(left, (text) => regex.test(text));
}

/**
 * A boolean test of one string-valued expression. Over a dictionary-encoded string column the
 * test runs once per distinct string (memoised by code), not once per row.
 */
export function stringPredicate(input: CompiledExpr, test: (text: string) => boolean): CompiledExpr {
  const known = constantOf(input);
  if (known) return constant(test(textOf(known.value)), 'bool');
  return {
    type: 'bool',
    bind(table) {
      if (input.columnName !== undefined && table.has(input.columnName)) {
        const column = table.column(input.columnName);
        if (column instanceof StringColumn) return dictionaryTest(column, test);
      }
      const read = input.bind(table);
      return (row) => test(textOf(read(row)));
    },
  };
}

const UNKNOWN = 2;

function dictionaryTest(column: StringColumn, test: (text: string) => boolean): (row: number) => boolean {
  const memo = new Uint8Array(column.dictionary.length).fill(UNKNOWN);
  const { codes, dictionary } = column;
  return (row) => {
    const code = codes[row];
    let result = memo[code];
    if (result === UNKNOWN) {
      result = test(dictionary[code]) ? 1 : 0;
      memo[code] = result;
    }
    return result === 1;
  };
}
