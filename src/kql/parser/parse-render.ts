import { create, type OperatorNode, type OperatorOption } from '../syntax/index.ts';
import type { Cursor } from './cursor.ts';
import type { Token } from './lexer.ts';

/**
 * `render <visualization> [with (name = value, …)]`. Property values are kept as text (a string's
 * content, or the tokens as written: `ycolumns = a, b` keeps `a, b`); they are hints for a chart,
 * never evaluated.
 */
export function parseRender(c: Cursor, keyword: Token): OperatorNode {
  if (!c.isIdent()) c.reportExpected('a visualization such as timechart');
  const visualization = c.isIdent() ? c.next().text : '';
  const properties: OperatorOption[] = [];
  if (c.acceptIdent('with') && c.expectPunct('(')) {
    while (c.isIdent() && c.isPunct('=', 1)) {
      const start = c.next();
      c.next();
      properties.push({ name: start.text, value: readPropertyValue(c), span: c.spanFrom(start) });
      if (!c.acceptPunct(',')) break;
    }
    c.expectPunct(')');
  }
  return create({ kind: 'RenderOperator', visualization, properties, span: c.spanFrom(keyword) });
}

/** Tokens up to the `,` that starts the next `name =`, or the closing `)`. */
function readPropertyValue(c: Cursor): string {
  const parts: string[] = [];
  while (!c.atEnd && !c.isPunct(')') && !(c.isPunct(',') && c.isIdent(undefined, 1) && c.isPunct('=', 2))) {
    const token = c.next();
    parts.push(token.kind === 'string' ? String(token.value) : token.text);
  }
  return parts.join(' ').replace(/ , /g, ', ');
}
