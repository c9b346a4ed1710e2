import type { NamedExpression, OperatorOption, SortKey } from '../syntax/index.ts';
import type { Cursor } from './cursor.ts';
import { parseExpression } from './parse-expressions.ts';

/**
 * Leading `name=value` options of an operator (`kind=inner`, `hint.strategy=shuffle`,
 * `isfuzzy=true`). Only `allowed` names and `hint.*` are read, so `summarize x = count()`
 * is never mistaken for an option.
 */
export function parseOptions(c: Cursor, allowed: readonly string[]): OperatorOption[] {
  const options: OperatorOption[] = [];
  for (;;) {
    let length = 1;
    while (c.isPunct('.', length) && c.peek(length + 1).kind === 'ident') length += 2;
    if (!c.isIdent(undefined) || !c.isPunct('=', length)) return options;
    let name = '';
    for (let i = 0; i < length; i++) name += c.peek(i).text;
    if (!allowed.includes(name) && !name.startsWith('hint.')) return options;
    const start = c.peek();
    for (let i = 0; i <= length; i++) c.next();
    const valueToken = c.next();
    const value = valueToken.kind === 'string' ? String(valueToken.value) : valueToken.text;
    options.push({ name, value, span: c.spanFrom(start) });
  }
}

/** `a = expr, (b, c) = expr, expr`: the item list of extend, project, summarize and friends. */
export function parseNamedList(c: Cursor): NamedExpression[] {
  const items: NamedExpression[] = [];
  do items.push(parseNamedExpression(c));
  while (c.acceptPunct(','));
  return items;
}

export function parseNamedExpression(c: Cursor): NamedExpression {
  const start = c.peek();
  const names = readAssignedNames(c);
  const expr = parseExpression(c);
  return { names, expr, span: c.spanFrom(start) };
}

function readAssignedNames(c: Cursor): string[] {
  if (c.peek().kind === 'ident' && c.isPunct('=', 1)) {
    const name = c.next().text;
    c.next();
    return [name];
  }
  if (c.isPunct('[') && c.peek(1).kind === 'string' && c.isPunct(']', 2) && c.isPunct('=', 3)) {
    c.next();
    const name = String(c.next().value);
    c.next();
    c.next();
    return [name];
  }
  if (c.isPunct('(')) {
    // `(a, b) = expr`: check the whole shape before consuming, a parenthesised expression looks the same at first.
    let i = 1;
    const names: string[] = [];
    while (c.peek(i).kind === 'ident') {
      names.push(c.peek(i).text);
      if (c.isPunct(',', i + 1)) i += 2;
      else break;
    }
    if (names.length > 0 && c.isPunct(')', i + 1) && c.isPunct('=', i + 2)) {
      for (let k = 0; k < i + 3; k++) c.next();
      return names;
    }
  }
  return [];
}

/** `expr [asc|desc] [nulls first|last]`. */
export function parseSortKey(c: Cursor): SortKey {
  const expr = parseExpression(c);
  let descending = true;
  if (c.acceptIdent('asc')) descending = false;
  else c.acceptIdent('desc');
  let nulls: 'first' | 'last' | undefined;
  if (c.acceptIdent('nulls')) {
    if (c.acceptIdent('first')) nulls = 'first';
    else if (c.expectIdent('last')) nulls = 'last';
  }
  return { expr, descending, nulls };
}
