import { create, type ExprNode } from '../syntax/index.ts';
import type { Cursor } from './cursor.ts';

/**
 * Sources Kusto accepts that read beyond one local database: cross-resource calls (`workspace("…").T`,
 * `app()`, `cluster().database()`, `adx()`, `arg("").Resources`) and `find`.
 * They are parsed whole, so the compiler names them "not supported by the local engine" instead of a
 * syntax error.
 */
const CROSS_RESOURCE = new Set(['workspace', 'app', 'cluster', 'database', 'adx', 'arg', 'resource']);

/** True when the tokens at the cursor start one of these sources. */
export function startsUnsupportedSource(c: Cursor): boolean {
  const t = c.peek();
  if (t.kind !== 'ident') return false;
  if (CROSS_RESOURCE.has(t.text)) return c.isPunct('(', 1);
  return (
    t.text === 'find' &&
    (c.isIdent('where', 1) || c.isIdent('in', 1) || c.isIdent('withsource', 1) || c.peek(1).kind === 'string')
  );
}

/** `name(…)(.member(…)?)*` or `find …` up to the next `|`: one UnsupportedSource node. */
export function parseUnsupportedSource(c: Cursor): ExprNode {
  const start = c.next();
  if (start.text === 'find') {
    c.skipToOperatorBoundary();
    return create({ kind: 'UnsupportedSource', name: 'find', crossResource: false, span: c.spanFrom(start) });
  }
  skipArguments(c);
  while (c.isPunct('.') && c.isIdent(undefined, 1)) {
    c.next();
    c.next();
    if (c.isPunct('(')) skipArguments(c);
  }
  return create({
    kind: 'UnsupportedSource',
    name: `${start.text}()`,
    crossResource: true,
    span: c.spanFrom(start),
  });
}

/** A balanced `( … )`. */
function skipArguments(c: Cursor): void {
  c.next();
  let depth = 1;
  while (depth > 0 && !c.atEnd) {
    const t = c.next();
    if (t.kind === 'punct' && t.text === '(') depth++;
    else if (t.kind === 'punct' && t.text === ')') depth--;
  }
}
