import { type KqlToken, tokenizeKql } from './kql-tokens.ts';

/** The kinds of literal a top-level `let` can hold that huntops knows how to replace. */
export type LetLiteralKind = 'long' | 'int' | 'real' | 'timespan' | 'string' | 'bool' | 'dynamic';

/** One `let name = <literal>;` statement at the top level of a query, with the literal's exact span. */
export interface LetLiteral {
  readonly name: string;
  readonly kind: LetLiteralKind;
  /** The literal's source text, e.g. `15m`, `int(3)`, `'abc'`, `dynamic(["1.2.3.4"])`. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** For `dynamic([...])` arrays of plain strings: the decoded strings. */
  readonly strings?: readonly string[];
}

const TYPED_CALLS: Record<string, LetLiteralKind> = {
  int: 'int',
  long: 'long',
  real: 'real',
  double: 'real',
  timespan: 'timespan',
  time: 'timespan',
  bool: 'bool',
  boolean: 'bool',
};

/** Finds every top-level `let name = <literal>;` statement. Lambdas, tabular and computed lets are skipped. */
export function findLetLiterals(query: string): LetLiteral[] {
  const literals: LetLiteral[] = [];
  for (const statement of splitStatements(tokenizeKql(query))) {
    const [keyword, name, equals, ...value] = statement;
    if (keyword?.text !== 'let' || name?.kind !== 'identifier' || equals?.text !== '=' || value.length === 0) continue;
    const classified = classifyLiteral(value);
    if (!classified) continue;
    const start = value[0].start;
    const end = value[value.length - 1].end;
    literals.push({ name: name.text, start, end, text: query.slice(start, end), ...classified });
  }
  return literals;
}

/** Splits tokens at `;` outside any brackets; the trailing query expression is the last statement. */
function splitStatements(tokens: readonly KqlToken[]): KqlToken[][] {
  const statements: KqlToken[][] = [[]];
  let depth = 0;
  for (const token of tokens) {
    if (token.kind === 'punctuation') {
      if ('([{'.includes(token.text)) depth += 1;
      else if (')]}'.includes(token.text)) depth -= 1;
      else if (token.text === ';' && depth === 0) {
        statements.push([]);
        continue;
      }
    }
    statements[statements.length - 1].push(token);
  }
  return statements;
}

function classifyLiteral(value: readonly KqlToken[]): { kind: LetLiteralKind; strings?: string[] } | undefined {
  const unsigned = value[0].text === '-' ? value.slice(1) : value;
  if (unsigned.length === 1) return classifySingle(unsigned[0], unsigned !== value);
  const [call, open, ...rest] = value;
  const close = rest.pop();
  if (call.kind !== 'identifier' || open?.text !== '(' || close?.text !== ')') return undefined;
  const typed = TYPED_CALLS[call.text.toLowerCase()];
  if (typed) return rest.length >= 1 && rest.length <= 2 && rest.every(isScalarToken) ? { kind: typed } : undefined;
  if (call.text === 'dynamic') {
    const strings = stringArray(rest);
    return strings ? { kind: 'dynamic', strings } : undefined;
  }
  return undefined;
}

function classifySingle(token: KqlToken, negative: boolean): { kind: LetLiteralKind } | undefined {
  if (token.kind === 'string') return negative ? undefined : { kind: 'string' };
  if (token.kind === 'identifier' && (token.text === 'true' || token.text === 'false')) {
    return negative ? undefined : { kind: 'bool' };
  }
  if (token.kind !== 'number') return undefined;
  if (/^\d+$/.test(token.text) || /^0[xX]/.test(token.text)) return { kind: 'long' };
  if (/^\d+(\.\d+)?([eE][+-]?\d+)?$/.test(token.text)) return { kind: 'real' };
  return { kind: 'timespan' };
}

function isScalarToken(token: KqlToken): boolean {
  return token.kind === 'number' || token.text === '-' || token.text === 'null';
}

/** Decodes `[ "a", 'b' ]` made only of simple quoted strings; anything else is not a replaceable literal. */
function stringArray(tokens: readonly KqlToken[]): string[] | undefined {
  if (tokens[0]?.text !== '[' || tokens[tokens.length - 1]?.text !== ']') return undefined;
  const inner = tokens.slice(1, -1);
  const strings: string[] = [];
  for (let index = 0; index < inner.length; index += 1) {
    const token = inner[index];
    if (index % 2 === 1) {
      if (token.text !== ',') return undefined;
      continue;
    }
    if (token.kind !== 'string' || !/^(['"])[^'"\\]*\1$/.test(token.text)) return undefined;
    strings.push(token.text.slice(1, -1));
  }
  return strings;
}
