import { create, type OperatorNode, type OperatorOption } from '../syntax/index.ts';
import type { Cursor } from './cursor.ts';
import type { Token } from './lexer.ts';

/**
 * The properties Kusto still reads without `with (…)`, space-separated after the visualization:
 * `render barchart kind=stacked title='x' by Col1, Col2`: kind, title and accumulate take `=`, by takes a column
 * list (ParseDeprecatedRenderProperty in microsoft/Kusto-Query-Language@c94c9e7 src/Kusto.Language/Parser/
 * QueryParser.cs). The reference no longer documents them, but Microsoft's parser accepts them.
 */
const DEPRECATED_WITH_EQUALS = new Set(['kind', 'title', 'accumulate']);
const DEPRECATED_NAMES = new Set([...DEPRECATED_WITH_EQUALS, 'by', 'with']);

/**
 * `render <visualization> [kind=… title=… accumulate=… by …] [with (name = value, …)]`. Property values are
 * kept as text (a string's content, or the tokens as written: `ycolumns = a, b` keeps `a, b`); they are
 * hints for a chart, never evaluated. The deprecated properties keep their names (`by` included).
 */
export function parseRender(c: Cursor, keyword: Token): OperatorNode {
  if (!c.isIdent()) c.reportExpected('a visualization such as timechart');
  const visualization = c.isIdent() ? c.next().text : '';
  const properties: OperatorOption[] = [];
  while (c.isIdent('by') || (c.isIdent() && DEPRECATED_WITH_EQUALS.has(c.peek().text) && c.isPunct('=', 1))) {
    const start = c.next();
    if (start.text !== 'by') c.next();
    properties.push({
      name: start.text,
      value: readPropertyValue(c, startsDeprecatedProperty),
      span: c.spanFrom(start),
    });
  }
  if (c.acceptIdent('with') && c.expectPunct('(')) {
    while (c.isIdent() && c.isPunct('=', 1)) {
      const start = c.next();
      c.next();
      properties.push({ name: start.text, value: readPropertyValue(c, startsWithProperty), span: c.spanFrom(start) });
      if (!c.acceptPunct(',')) break;
    }
    c.expectPunct(')');
  }
  return create({ kind: 'RenderOperator', visualization, properties, span: c.spanFrom(keyword) });
}

/** The `,` that starts the next `name =` of a `with (…)` list. */
const startsWithProperty = (c: Cursor) => c.isPunct(',') && c.isIdent(undefined, 1) && c.isPunct('=', 2);

/** The name of the next deprecated property, or `with`, the way Kusto ends a `by` column list. */
const startsDeprecatedProperty = (c: Cursor) => c.isIdent() && DEPRECATED_NAMES.has(c.peek().text);

/** Tokens up to `)`, the end of the operator, or where `endsValue` says the next property starts. */
function readPropertyValue(c: Cursor, endsValue: (c: Cursor) => boolean): string {
  const parts: string[] = [];
  while (!c.atEnd && !c.isPunct(')') && !c.isPunct('|') && !c.isPunct(';') && !endsValue(c)) {
    const token = c.next();
    parts.push(token.kind === 'string' ? String(token.value) : token.text);
  }
  return parts.join(' ').replace(/ , /g, ', ');
}
