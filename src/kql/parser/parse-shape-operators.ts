import { create, type ExprNode, type NamedExpression, type OperatorNode, type ParsePattern } from '../syntax/index.ts';
import type { KqlType } from '../types.ts';
import type { Cursor } from './cursor.ts';
import type { Token } from './lexer.ts';
import { parseNamedExpression, parseNamedList, parseOptions } from './parse-clauses.ts';
import { parseArithmetic, parseExpression } from './parse-expressions.ts';
import { readName } from './parse-sources.ts';
import { parseOperator } from './parse-tabular-operators.ts';
import { readTypeName } from './type-names.ts';

type ExpandItem = { item: NamedExpression; toType?: KqlType };

function parseExpandItems(c: Cursor): ExpandItem[] {
  const items: ExpandItem[] = [];
  do {
    const item = parseNamedExpression(c);
    let toType: KqlType | undefined;
    if (c.acceptIdent('to')) {
      const typeOf = parseExpression(c);
      toType = typeOf.kind === 'TypeOf' ? typeOf.type : undefined;
      if (toType === undefined) c.reportExpected('typeof(<type>)');
    }
    items.push({ item, toType });
  } while (c.acceptPunct(','));
  return items;
}

export function parseMvExpand(c: Cursor, keyword: Token): OperatorNode {
  const options = parseOptions(c, ['bagexpansion', 'with_itemindex', 'kind']);
  const items = parseExpandItems(c);
  const limit = c.acceptIdent('limit') ? parseExpression(c) : undefined;
  return create({ kind: 'MvExpandOperator', options, items, limit, span: c.spanFrom(keyword) });
}

export function parseMvApply(c: Cursor, keyword: Token): OperatorNode {
  const options = parseOptions(c, ['with_itemindex']);
  const items = parseExpandItems(c);
  if (c.acceptIdent('limit')) parseExpression(c);
  const subquery: OperatorNode[] = [];
  if (c.expectIdent('on') && c.expectPunct('(')) {
    do subquery.push(parseOperator(c));
    while (c.acceptPunct('|'));
    c.expectPunct(')');
  }
  return create({ kind: 'MvApplyOperator', options, items, subquery, span: c.spanFrom(keyword) });
}

export function parseParse(c: Cursor, keyword: Token, filterUnmatched: boolean): OperatorNode {
  const options = parseOptions(c, ['kind', 'flags']);
  const source = parseExpression(c);
  c.expectIdent('with');
  const parts: ParsePattern['parts'][number][] = [];
  for (;;) {
    const t = c.peek();
    if (t.kind === 'string') {
      parts.push({ text: String(c.next().value) });
    } else if (t.kind === 'punct' && t.text === '*') {
      c.next();
      parts.push({ column: null, type: 'string' });
    } else if (t.kind === 'ident' || (t.kind === 'punct' && t.text === '[' && c.peek(1).kind === 'string')) {
      // A column is an identifier or a bracketed name: `* "." ['Set Name'] "_" *`.
      const column = readName(c) ?? '';
      const type: KqlType = (c.acceptPunct(':') ? readTypeName(c) : undefined) ?? 'string';
      parts.push({ column, type });
    } else break;
  }
  return create({
    kind: 'ParseOperator',
    options,
    filterUnmatched,
    source,
    pattern: { parts },
    span: c.spanFrom(keyword),
  });
}

export function parseMakeSeries(c: Cursor, keyword: Token): OperatorNode {
  const options = parseOptions(c, ['kind']);
  const aggregates: { item: NamedExpression; defaultValue?: ExprNode }[] = [];
  do {
    const item = parseNamedExpression(c);
    let defaultValue: ExprNode | undefined;
    if (c.isIdent('default') && c.isPunct('=', 1)) {
      c.next();
      c.next();
      defaultValue = parseExpression(c);
    }
    aggregates.push({ item, defaultValue });
  } while (c.acceptPunct(','));
  c.expectIdent('on');
  const on = parseArithmetic(c);
  let from: ExprNode | undefined;
  let to: ExprNode | undefined;
  let step: ExprNode | undefined;
  if (c.acceptIdent('in')) {
    const range = parseExpression(c);
    if (range.kind === 'Call' && range.name === 'range' && range.args.length === 3) [from, to, step] = range.args;
    else c.reportExpected('range(start, stop, step)');
  } else {
    if (c.acceptIdent('from')) from = parseExpression(c);
    if (c.acceptIdent('to')) to = parseExpression(c);
    if (c.expectIdent('step')) step = parseExpression(c);
  }
  const by = c.acceptIdent('by') ? parseNamedList(c) : [];
  return create({
    kind: 'MakeSeriesOperator',
    options,
    aggregates,
    on,
    from,
    to,
    step: step ?? create({ kind: 'Missing', span: { start: c.lastEnd, length: 0 } }),
    by,
    span: c.spanFrom(keyword),
  });
}
