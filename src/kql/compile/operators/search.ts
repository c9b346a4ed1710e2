import type { Span } from '../../diagnostics/index.ts';
import { escapeRegex } from '../../engine/index.ts';
import {
  type BinaryOperator,
  create,
  type ExprNode,
  type FindSourceNode,
  type LiteralNode,
  type SearchOperator,
  type SearchSourceNode,
} from '../../syntax/index.ts';
import type { KqlColumn } from '../../types.ts';
import type { ExprEnv } from '../env.ts';
import { withColumns } from '../env.ts';
import type { TabularPlan } from '../plan.ts';
import { compileOperator, type OperatorCompiler } from './index.ts';
import { compileUnion } from './union.ts';

/** The column `search` adds to name each row's table (search-operator.md). */
const TABLE_COLUMN = '$table';

/** The tables `search` and `find` read: those listed in `in (T1, T2)`, every table (`*`) without it. */
export function searchedTables(node: SearchSourceNode | FindSourceNode): readonly ExprNode[] {
  return node.tables ?? [create({ kind: 'Name', name: '*', span: node.span })];
}

/** `search [in (T1, T2)] predicate`: a union of the tables (every table without `in`), filtered. */
export function compileSearchSource(node: SearchSourceNode, env: ExprEnv): TabularPlan {
  const options = { kind: 'outer', withSource: TABLE_COLUMN, isFuzzy: false } as const;
  const union = compileUnion([], options, searchedTables(node), node.span, { ...env, columns: [] });
  return filtered(union, node, env);
}

/** `T | search predicate`. */
export const compileSearch: OperatorCompiler<'SearchOperator'> = (input, operator, env) =>
  filtered(input, operator, env);

function filtered(input: TabularPlan, search: SearchSourceNode | SearchOperator, env: ExprEnv): TabularPlan {
  if (input.failed) return input;
  const condition = termsToColumns(search.predicate, input.schema, search.caseSensitive);
  const where = create({ kind: 'WhereOperator', condition, span: search.span });
  return compileOperator(input, where, withColumns(env, input.schema));
}

/**
 * A bare string term matches a row when any text column has it (`Col:"term"`: when that column has
 * it), case-insensitively unless `kind=case_sensitive`; `*` in the term asks for a prefix, suffix,
 * substring or pattern match (search-operator.md). Terms combine with and/or/not; every other
 * expression (`Col == 1`) is a predicate as `where` reads it.
 */
export function termsToColumns(node: ExprNode, schema: readonly KqlColumn[], caseSensitive = false): ExprNode {
  if (node.kind === 'Binary' && (node.op === 'and' || node.op === 'or')) {
    const left = termsToColumns(node.left, schema, caseSensitive);
    return { ...node, left, right: termsToColumns(node.right, schema, caseSensitive) };
  }
  if (node.kind === 'Call' && node.name === 'not' && node.args.length === 1) {
    return { ...node, args: [termsToColumns(node.args[0], schema, caseSensitive)] };
  }
  if (node.kind === 'SearchColumnTerm') {
    const { op, pattern } = termMatch(node.term, caseSensitive);
    return create({ kind: 'Binary', op, left: node.column, right: pattern, span: node.span });
  }
  if (node.kind !== 'Literal' || typeof node.value !== 'string') return node;
  const { op, pattern } = termMatch(node, caseSensitive);
  return anyTextColumn(op, pattern, schema, node.span);
}

/**
 * The search-predicate table of search-operator.md: `billg` has, `*billg` hassuffix, `billg*` hasprefix,
 * `*billg*` contains, `bi*lg` matches regex `\bbi.*lg\b`.
 */
function termMatch(term: LiteralNode, caseSensitive: boolean): { op: BinaryOperator; pattern: LiteralNode } {
  const text = String(term.value);
  const leading = text.startsWith('*');
  const trailing = text.endsWith('*') && text.length > 1;
  const inner = text.slice(leading ? 1 : 0, trailing ? -1 : undefined);
  const pattern = (value: string) => create({ ...term, value });
  if (inner.includes('*')) {
    const regex = inner.split('*').map(escapeRegex).join('.*');
    const bounded = `${leading ? '' : '\\b'}${regex}${trailing ? '' : '\\b'}`;
    return { op: 'matches regex', pattern: pattern(caseSensitive ? bounded : `(?i)${bounded}`) };
  }
  const op = leading && trailing ? 'contains' : trailing ? 'hasprefix' : leading ? 'hassuffix' : 'has';
  return { op: caseSensitive ? `${op}_cs` : op, pattern: pattern(inner) };
}

/**
 * `* has "x"` (where, search): true when any string or dynamic column (as text) satisfies
 * `column op right`; false when there is none.
 */
export function anyTextColumn(op: BinaryOperator, right: ExprNode, schema: readonly KqlColumn[], span: Span): ExprNode {
  const tests = schema
    .filter((column) => column.name !== TABLE_COLUMN && (column.type === 'string' || column.type === 'dynamic'))
    .map((column): ExprNode => {
      const ref = create({ kind: 'Name', name: column.name, span });
      const text =
        column.type === 'string' ? ref : create({ kind: 'Call', name: 'tostring', nameSpan: span, args: [ref], span });
      return create({ kind: 'Binary', op, left: text, right, span });
    });
  if (tests.length === 0) return create({ kind: 'Literal', type: 'bool', value: false, span });
  return anyOf(tests, span);
}

/**
 * `tests[0] or tests[1] or …` as a balanced tree: `search` over every catalogued table tests thousands of text
 * columns, and a chain that deep overflows the stack of whatever walks it.
 */
function anyOf(tests: readonly ExprNode[], span: Span): ExprNode {
  if (tests.length === 1) return tests[0];
  const middle = tests.length >> 1;
  const left = anyOf(tests.slice(0, middle), span);
  return create({ kind: 'Binary', op: 'or', left, right: anyOf(tests.slice(middle), span), span });
}
