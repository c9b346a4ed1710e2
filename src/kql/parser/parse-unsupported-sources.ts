import { create, type ExprNode } from '../syntax/index.ts';
import type { Cursor } from './cursor.ts';

/**
 * Sources Kusto accepts that read beyond one local database: cross-resource calls (`workspace("…").T`,
 * `app()`, `cluster().database()`, `adx()`, `arg("").Resources`).
 * They are parsed whole, so the compiler names them "not supported by the local engine" instead of a
 * syntax error.
 */
const CROSS_RESOURCE = new Set(['workspace', 'app', 'cluster', 'database', 'adx', 'arg', 'resource']);

/** True when the tokens at the cursor start one of these sources. */
export function startsUnsupportedSource(c: Cursor): boolean {
  const t = c.peek();
  if (t.kind !== 'ident') return false;
  return CROSS_RESOURCE.has(t.text) && c.isPunct('(', 1);
}

/** `name(…)(.member(…)?)*`: one UnsupportedSource node. */
export function parseUnsupportedSource(c: Cursor): ExprNode {
  const start = c.next();
  skipArguments(c);
  // `.Table`, `.database('x')`, and in `find in (…)` the wildcards `.*` and `.Prefix*`.
  while (c.isPunct('.') && (c.isIdent(undefined, 1) || c.isPunct('*', 1))) {
    c.next();
    c.next();
    if (c.isPunct('(')) skipArguments(c);
    else if (c.isPunct('*') && !c.peek().spaced) c.next();
  }
  return create({
    kind: 'UnsupportedSource',
    name: `${start.text}()`,
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
