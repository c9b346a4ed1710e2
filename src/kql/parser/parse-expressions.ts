import { Diagnostics } from '../diagnostics/index.ts';
import { type BinaryOperator, create, type ExprNode, type InOperator } from '../syntax/index.ts';
import { type Cursor, tokenSpan } from './cursor.ts';
import type { Token } from './lexer.ts';
import { atTypedLiteral, parseTypedLiteral } from './parse-literals.ts';
import { parseTabularSource, readName, startsTabularSource } from './parse-sources.ts';
import { parseOperator } from './parse-tabular-operators.ts';
import { readTypeName } from './type-names.ts';

/** A full expression including `|` pipes: the form allowed in statements, parentheses and call arguments. */
export function parsePipeline(c: Cursor): ExprNode {
  const start = c.peek();
  let expr = parseExpression(c);
  while (c.isPunct('|')) {
    c.next();
    const operator = parseOperator(c);
    expr = create({ kind: 'Pipe', source: expr, operator, span: c.spanFrom(start) });
  }
  return expr;
}

/** A scalar-level expression (no pipes): `or` is the loosest operator. */
export function parseExpression(c: Cursor): ExprNode {
  return c.nested(
    () => parseOr(c),
    () => missing(c),
  );
}

export function missing(c: Cursor): ExprNode {
  const t = c.peek();
  c.report(Diagnostics.missingExpression(tokenSpan(t)));
  return create({ kind: 'Missing', span: { start: t.start, length: 0 } });
}

function binaryLevel(ops: readonly string[], next: (c: Cursor) => ExprNode, keyword: boolean) {
  return (c: Cursor): ExprNode => {
    const start = c.peek();
    let left = next(c);
    for (;;) {
      const t = c.peek();
      const matches = keyword ? t.kind === 'ident' : t.kind === 'punct';
      if (!matches || !ops.includes(t.text)) return left;
      c.next();
      const right = next(c);
      const op = (t.text === '<>' ? '!=' : t.text) as BinaryOperator;
      left = create({ kind: 'Binary', op, left, right, span: c.spanFrom(start) });
    }
  };
}

const parseUnaryLevel = (c: Cursor) => parseUnary(c);
const parseMultiplicative = binaryLevel(['*', '/', '%'], parseUnaryLevel, false);
const parseAdditive = binaryLevel(['+', '-'], parseMultiplicative, false);
/** Arithmetic level only: for places where a following `in`/`by` keyword belongs to the operator (make-series `on`). */
export const parseArithmetic = (c: Cursor): ExprNode => parseAdditive(c);
const parseAnd = binaryLevel(['and'], (c) => parseComparison(c), true);
const parseOr = binaryLevel(['or'], parseAnd, true);

const COMPARISON_PUNCT = new Set(['==', '!=', '<>', '<', '<=', '>', '>=', '=~', '!~']);
const STRING_OPERATORS = new Set([
  'has',
  'has_cs',
  'hasprefix',
  'hasprefix_cs',
  'hassuffix',
  'hassuffix_cs',
  'contains',
  'contains_cs',
  'startswith',
  'startswith_cs',
  'endswith',
  'endswith_cs',
  'like',
]);

/** Older spellings Kusto's parser still reads (Kusto.Language SyntaxFacts: containscs is ContainsCs, …). */
const LEGACY_STRING_OPERATORS: ReadonlyMap<string, string> = new Map([
  ['containscs', 'contains_cs'],
  ['notcontains', '!contains'],
  ['notcontainscs', '!contains_cs'],
]);

/** The words that can start a comparison after its left operand (`Account has "x"`, `Port in (…)`). */
export const COMPARISON_KEYWORDS: ReadonlySet<string> = new Set([
  ...STRING_OPERATORS,
  ...LEGACY_STRING_OPERATORS.keys(),
  'in',
  'between',
  'has_any',
  'has_all',
  'matches',
]);

/** Reads the comparison-level operator at the cursor without consuming it: `==`, `!has`, `in~`, `!between`, … */
function peekComparison(c: Cursor): { op: string; tokens: number } | undefined {
  const t = c.peek();
  if (t.kind === 'punct' && COMPARISON_PUNCT.has(t.text)) return { op: t.text === '<>' ? '!=' : t.text, tokens: 1 };
  const negated = t.kind === 'punct' && t.text === '!' && c.peek(1).kind === 'ident' && !c.peek(1).spaced;
  const word = negated ? c.peek(1) : t;
  const prefix = negated ? '!' : '';
  const base = negated ? 1 : 0;
  if (t.kind === 'punct' && t.text === '!in') {
    return c.isPunct('~', 1) && !c.peek(1).spaced ? { op: '!in~', tokens: 2 } : { op: '!in', tokens: 1 };
  }
  if (word.kind !== 'ident') return undefined;
  if (!negated && word.text === 'in') {
    return c.isPunct('~', 1) && !c.peek(1).spaced ? { op: 'in~', tokens: 2 } : { op: 'in', tokens: 1 };
  }
  if (STRING_OPERATORS.has(word.text) || word.text === 'between') return { op: prefix + word.text, tokens: base + 1 };
  const legacy = negated ? undefined : LEGACY_STRING_OPERATORS.get(word.text);
  if (legacy) return { op: legacy, tokens: 1 };
  if (!negated && (word.text === 'has_any' || word.text === 'has_all')) return { op: word.text, tokens: 1 };
  if (!negated && word.text === 'matches' && c.isIdent('regex', 1)) return { op: 'matches regex', tokens: 2 };
  return undefined;
}

function parseComparison(c: Cursor): ExprNode {
  const start = c.peek();
  let left = parseAdditive(c);
  if (c.inSearchPredicate && c.acceptPunct(':')) left = parseSearchColumnTerm(c, left, start);
  for (;;) {
    const found = peekComparison(c);
    if (!found) return left;
    for (let i = 0; i < found.tokens; i++) c.next();
    left = parseComparisonRight(c, found.op, left, start);
  }
}

/** `Col:"term"` (search-operator.md): the right side is a string literal, as the page's syntax table writes it. */
function parseSearchColumnTerm(c: Cursor, column: ExprNode, start: Token): ExprNode {
  const term = parseAdditive(c);
  if (term.kind === 'Literal' && term.type === 'string') {
    return create({ kind: 'SearchColumnTerm', column, term, span: c.spanFrom(start) });
  }
  c.report(Diagnostics.invalidArgument("search's Column:term takes a string literal term", term.span));
  return create({ kind: 'Missing', span: c.spanFrom(start) });
}

function parseComparisonRight(c: Cursor, op: string, left: ExprNode, start: Token): ExprNode {
  if (op === 'between' || op === '!between') {
    c.expectPunct('(');
    const low = parseAdditive(c);
    c.expectPunct('..');
    const high = parseAdditive(c);
    c.expectPunct(')');
    return create({ kind: 'Between', negated: op === '!between', left, low, high, span: c.spanFrom(start) });
  }
  if (op === 'in' || op === '!in' || op === 'in~' || op === '!in~' || op === 'has_any' || op === 'has_all') {
    const list = parseInList(c);
    return create({ kind: 'In', op: op as InOperator, left, list, span: c.spanFrom(start) });
  }
  const right = parseAdditive(c);
  return create({ kind: 'Binary', op: op as BinaryOperator, left, right, span: c.spanFrom(start) });
}

/** `(a, b, c)`, `(T | project x)`, or a dynamic array expression. */
function parseInList(c: Cursor): ExprNode[] {
  if (!c.isPunct('(')) return [parseAdditive(c)];
  c.next();
  const list: ExprNode[] = [];
  while (!c.isPunct(')') && !c.atEnd) {
    list.push(parsePipeline(c));
    if (!c.acceptPunct(',')) break;
  }
  c.expectPunct(')');
  return list;
}

function parseUnary(c: Cursor): ExprNode {
  const start = c.peek();
  if (c.isPunct('-') || c.isPunct('+')) {
    c.next();
    const operand = c.nested(
      () => parseUnary(c),
      () => missing(c),
    );
    if (operand.kind === 'Literal' && typeof operand.value === 'number' && start.text === '-') {
      return create({ ...operand, value: -operand.value, span: c.spanFrom(start) });
    }
    return create({ kind: 'Unary', op: start.text as '-' | '+', operand, span: c.spanFrom(start) });
  }
  return parsePostfix(c);
}

export function parsePostfix(c: Cursor): ExprNode {
  const start = c.peek();
  let expr = parsePrimary(c);
  for (;;) {
    if (c.isPunct('.') && (c.peek(1).kind === 'ident' || c.peek(1).kind === 'number')) {
      c.next();
      const member = c.next().text;
      expr = create({ kind: 'Path', target: expr, member, span: c.spanFrom(start) });
    } else if (c.isPunct('.') && c.isPunct('[', 1)) {
      c.next();
    } else if (c.isPunct('[')) {
      c.next();
      const index = parseExpression(c);
      c.expectPunct(']');
      expr =
        index.kind === 'Literal' && index.type === 'string'
          ? create({ kind: 'Path', target: expr, member: String(index.value), span: c.spanFrom(start) })
          : create({ kind: 'Index', target: expr, index, span: c.spanFrom(start) });
    } else {
      return expr;
    }
  }
}

function parsePrimary(c: Cursor): ExprNode {
  const t = c.peek();
  switch (t.kind) {
    case 'number':
      c.next();
      return create({ kind: 'Literal', type: t.isReal ? 'real' : 'long', value: t.value, span: tokenSpan(t) });
    case 'timespan':
      c.next();
      return create({ kind: 'Literal', type: 'timespan', value: t.value, span: tokenSpan(t) });
    case 'string':
      return parseStringLiteral(c);
    case 'ident':
      return parseIdentifierExpression(c);
    case 'punct':
      return parsePunctuationExpression(c);
    case 'bad':
      // Consuming reports the character itself (KQL0001), which says more than "missing expression".
      c.next();
      return create({ kind: 'Missing', span: tokenSpan(t) });
    default:
      return missing(c);
  }
}

function parseStringLiteral(c: Cursor): ExprNode {
  const start = c.peek();
  let value = '';
  // Adjacent literals concatenate, as in Kusto: "a" 'b' == "ab".
  while (c.peek().kind === 'string') value += c.next().value as string;
  return create({ kind: 'Literal', type: 'string', value, span: c.spanFrom(start) });
}

/** Kusto's parser reads these spellings as bool literals (not only the documented `true`/`false`). */
const BOOL_LITERALS: ReadonlyMap<string, boolean> = new Map([
  ['true', true],
  ['True', true],
  ['TRUE', true],
  ['false', false],
  ['False', false],
  ['FALSE', false],
]);

function parseIdentifierExpression(c: Cursor): ExprNode {
  const t = c.peek();
  const bool = BOOL_LITERALS.get(t.text);
  if (bool !== undefined) {
    c.next();
    return create({ kind: 'Literal', type: 'bool', value: bool, span: tokenSpan(t) });
  }
  if (atTypedLiteral(c)) return parseTypedLiteral(c);
  if (t.text === 'typeof' && c.isPunct('(', 1)) return parseTypeOf(c);
  if ((t.text === '$left' || t.text === '$right') && c.isPunct('.', 1)) {
    c.next();
    c.next();
    // `$left.['Asset Name']`: a column whose name needs brackets (join-operator.md's `$left.`*Column*).
    const name = readName(c) ?? '';
    return create({ kind: 'Side', side: t.text === '$left' ? 'left' : 'right', name, span: c.spanFrom(t) });
  }
  if (startsTabularSource(c)) return parseTabularSource(c);
  c.next();
  if (c.isPunct('(')) return parseCallArguments(c, t);
  return create({ kind: 'Name', name: t.text, span: tokenSpan(t) });
}

/** `name(args)`, cursor on `(`. Arguments may be pipelines (`toscalar(T | count)`) or `*`. */
export function parseCallArguments(c: Cursor, nameToken: Token): ExprNode {
  c.next();
  const args: ExprNode[] = [];
  const argNames: (string | undefined)[] = [];
  while (!c.isPunct(')') && !c.atEnd) {
    argNames[args.length] = undefined;
    if (c.isPunct('*') && (c.isPunct(')', 1) || c.isPunct(',', 1))) {
      const star = c.next();
      args.push(create({ kind: 'Star', span: tokenSpan(star) }));
    } else {
      // Named arguments (`round(x = 1.5)`) parse in Kusto; the name carries no meaning for built-ins.
      if (c.peek().kind === 'ident' && c.isPunct('=', 1)) {
        argNames[args.length] = c.next().text;
        c.next();
      }
      args.push(parsePipeline(c));
    }
    if (!c.acceptPunct(',')) break;
  }
  c.expectPunct(')');
  return create({
    kind: 'Call',
    name: nameToken.text,
    nameSpan: tokenSpan(nameToken),
    args,
    ...(argNames.some((n) => n !== undefined) ? { argNames } : {}),
    span: c.spanFrom(nameToken),
  });
}

function parseTypeOf(c: Cursor): ExprNode {
  const start = c.next();
  c.next();
  const type = readTypeName(c);
  c.expectPunct(')');
  return create({ kind: 'TypeOf', type: type ?? 'dynamic', span: c.spanFrom(start) });
}

function parsePunctuationExpression(c: Cursor): ExprNode {
  const t = c.peek();
  if (t.text === '(') {
    c.next();
    const inner = parsePipeline(c);
    c.expectPunct(')');
    return inner;
  }
  if (t.text === '[' && c.peek(1).kind === 'string' && c.isPunct(']', 2)) {
    c.next();
    const name = c.next().value as string;
    c.next();
    return create({ kind: 'Name', name, span: c.spanFrom(t) });
  }
  if (t.text === '*') {
    c.next();
    return create({ kind: 'Star', span: tokenSpan(t) });
  }
  return missing(c);
}
