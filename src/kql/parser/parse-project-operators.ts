import { Diagnostics, type Span } from '../diagnostics/index.ts';
import { create, type OperatorNode } from '../syntax/index.ts';
import type { Cursor } from './cursor.ts';
import type { Token } from './lexer.ts';
import { parseExpression } from './parse-expressions.ts';
import { readName } from './parse-sources.ts';

/**
 * True for the digits that continue a pattern after its `*` (`*1`, `Col*1`): the lexer reads them as an integer
 * literal, while Kusto reads `*1` as one wildcarded name. `*1e5`, `*1.5` and `*10s` stay errors, as in Kusto.
 */
const continuesWithDigits = (t: Token, pattern: string) =>
  t.kind === 'number' && pattern.endsWith('*') && !t.spaced && /^[0-9]+$/.test(t.text);

/** A column name or wildcard pattern (`Prop*`, `*Id`, `*1`, `*`). */
function readPattern(c: Cursor): { pattern: string; span: Span } | undefined {
  const start = c.peek();
  let pattern = '';
  for (;;) {
    const t = c.peek();
    if (t.kind === 'punct' && t.text === '*' && (pattern === '' || !t.spaced)) {
      pattern += '*';
      c.next();
    } else if (continuesWithDigits(t, pattern)) {
      pattern += t.text;
      c.next();
    } else if ((t.kind === 'ident' || (t.kind === 'punct' && t.text === '[')) && (pattern === '' || !t.spaced)) {
      const name = readName(c);
      if (name === undefined) break;
      pattern += name;
    } else break;
  }
  if (pattern === '') {
    c.reportExpected('a column name');
    return undefined;
  }
  return { pattern, span: c.spanFrom(start) };
}

export function parseProjectAway(c: Cursor, keyword: Token, keep: boolean): OperatorNode {
  const patterns: { pattern: string; span: Span }[] = [];
  do {
    const p = readPattern(c);
    if (!p) break;
    patterns.push(p);
  } while (c.acceptPunct(','));
  return create({ kind: 'ProjectAwayOperator', keep, patterns, span: c.spanFrom(keyword) });
}

/** Tokens that may follow the column a rename reads. */
const RENAME_ENDS = new Set([',', '|', ';', ')']);

const endsRename = (t: Token) => t.kind === 'eof' || (t.kind === 'punct' && RENAME_ENDS.has(t.text));

/** True when the cursor sits on an expression such as `strcat(a, b)`, not on `Old`, `['Old']` or nothing. */
function startsExpression(c: Cursor): boolean {
  if (endsRename(c.peek())) return false;
  const nameLength = c.peek().kind === 'ident' ? 1 : c.isPunct('[') ? 3 : 0;
  return nameLength === 0 || !endsRename(c.peek(nameLength));
}

/**
 * `project-rename E = strcat(a, b)`: Kusto refuses an expression where the column to rename goes (KS109
 * "Column name expected"); it is read whole so the diagnostic can say so and the next rename still parses.
 */
function renamedExpression(c: Cursor): string {
  const expr = parseExpression(c);
  c.report(
    Diagnostics.invalidArgument(
      'project-rename takes a column name, not an expression: compute it with extend',
      expr.span,
    ),
  );
  return '';
}

export function parseProjectRename(c: Cursor, keyword: Token): OperatorNode {
  const renames: { newName: string; oldName: string; span: Span }[] = [];
  do {
    const start = c.peek();
    const newName = readName(c);
    if (newName === undefined) break;
    c.expectPunct('=');
    const oldName = startsExpression(c) ? renamedExpression(c) : (readName(c) ?? '');
    renames.push({ newName, oldName, span: c.spanFrom(start) });
  } while (c.acceptPunct(','));
  return create({ kind: 'ProjectRenameOperator', renames, span: c.spanFrom(keyword) });
}

export function parseProjectReorder(c: Cursor, keyword: Token): OperatorNode {
  const patterns: { pattern: string; order?: 'asc' | 'desc'; span: Span }[] = [];
  do {
    const p = readPattern(c);
    if (!p) break;
    const order = c.acceptIdent('asc') ? 'asc' : c.acceptIdent('desc') ? 'desc' : undefined;
    patterns.push({ ...p, order });
  } while (c.acceptPunct(','));
  return create({ kind: 'ProjectReorderOperator', patterns, span: c.spanFrom(keyword) });
}
