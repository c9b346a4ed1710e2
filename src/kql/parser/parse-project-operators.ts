import type { Span } from '../diagnostics/index.ts';
import { create, type OperatorNode } from '../syntax/index.ts';
import type { Cursor } from './cursor.ts';
import type { Token } from './lexer.ts';
import { readName } from './parse-sources.ts';

/** A column name or wildcard pattern (`Prop*`, `*Id`, `*`). */
function readPattern(c: Cursor): { pattern: string; span: Span } | undefined {
  const start = c.peek();
  let pattern = '';
  for (;;) {
    const t = c.peek();
    if (t.kind === 'punct' && t.text === '*' && (pattern === '' || !t.spaced)) {
      pattern += '*';
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

export function parseProjectRename(c: Cursor, keyword: Token): OperatorNode {
  const renames: { newName: string; oldName: string; span: Span }[] = [];
  do {
    const start = c.peek();
    const newName = readName(c);
    if (newName === undefined) break;
    c.expectPunct('=');
    const oldName = readName(c) ?? '';
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
