import { Diagnostics } from '../diagnostics/index.ts';
import type { ExprNode } from '../syntax/index.ts';
import { create } from '../syntax/index.ts';
import type { KqlType } from '../types.ts';
import { type Cursor, tokenSpan } from './cursor.ts';
import { parseDatetimeText, parseTimespanText } from './literal-text.ts';
import { typeFromName } from './type-names.ts';

/** True when the cursor sits on `type(` for a typed literal such as `datetime(2024-01-01)` or `long(null)`. */
export function atTypedLiteral(c: Cursor): boolean {
  const t = c.peek();
  if (t.kind !== 'ident' || !c.isPunct('(', 1)) return false;
  return typeFromName(t.text) !== undefined && t.text !== 'string';
}

/**
 * Parses `type(content)`. The content is read as raw source text up to the matching `)`
 * because datetime and timespan contents (`2024-01-01T10:00:00Z`, `1.02:03:04`) are not tokens.
 */
export function parseTypedLiteral(c: Cursor): ExprNode {
  const keyword = c.next();
  const type = typeFromName(keyword.text) as KqlType;
  const open = c.next();
  if (type === 'dynamic') return parseDynamicLiteral(c, keyword.start);
  const close = findClosingParen(c.text, open.end);
  const raw = c.text.slice(open.end, close);
  c.skipTo(close);
  c.expectPunct(')');
  const span = c.spanFrom(keyword);
  const content = unquoted(raw.trim(), type);
  if (content === 'null') return create({ kind: 'Literal', type, value: null, span });
  // scalar-data-types/datetime.md: `datetime()` "returns the current time", the instant now() answers.
  if (type === 'datetime' && raw.trim() === '')
    return create({ kind: 'Call', name: 'now', nameSpan: span, args: [], span });
  const value = literalValue(type, content);
  if (value === undefined) {
    c.report(Diagnostics.invalidLiteral(type, content, span));
    return create({ kind: 'Literal', type, value: null, span });
  }
  return create({ kind: 'Literal', type, value, span });
}

/** `datetime("2015-12-14")`: Kusto also accepts the datetime or timespan text in quotes. */
function unquoted(content: string, type: KqlType): string {
  if (type !== 'datetime' && type !== 'timespan') return content;
  const quoted = /^(["'])([^"']*)\1$/.exec(content);
  return quoted ? quoted[2] : content;
}

function literalValue(type: KqlType, content: string): unknown {
  switch (type) {
    case 'datetime':
      return parseDatetimeText(content);
    case 'timespan':
      return parseTimespanText(content);
    case 'bool':
      return content === 'true' ? true : content === 'false' ? false : undefined;
    case 'guid':
      return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(content)
        ? content.toLowerCase()
        : undefined;
    case 'int':
    case 'long':
    case 'real':
    case 'decimal':
      return numericLiteral(type, content);
    default:
      return undefined;
  }
}

function numericLiteral(type: KqlType, content: string): number | undefined {
  const special: Record<string, number> = { nan: Number.NaN, '+inf': Infinity, inf: Infinity, '-inf': -Infinity };
  if (type === 'real' && content.toLowerCase() in special) return special[content.toLowerCase()];
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i.test(content) && !/^0x[0-9a-f]+$/i.test(content)) return undefined;
  const n = Number(content);
  return type === 'int' || type === 'long' ? Math.trunc(n) : n;
}

function findClosingParen(text: string, from: number): number {
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    const ch = text[i];
    if (ch === '(') depth++;
    else if (ch === ')') {
      if (depth === 0) return i;
      depth--;
    } else if (ch === '\n') return i;
  }
  return text.length;
}

/** `dynamic(<json-like constant>)`, cursor just after the `(`. */
function parseDynamicLiteral(c: Cursor, start: number): ExprNode {
  const value = parseDynamicValue(c);
  c.expectPunct(')');
  return create({ kind: 'DynamicLiteral', value, span: c.spanFrom(start) });
}

function parseDynamicValue(c: Cursor): unknown {
  return c.nested(
    () => parseDynamicValueUnguarded(c),
    () => null,
  );
}

function parseDynamicValueUnguarded(c: Cursor): unknown {
  const t = c.peek();
  if (c.acceptPunct('[')) {
    const items: unknown[] = [];
    while (!c.isPunct(']') && !c.atEnd) {
      items.push(parseDynamicValue(c));
      if (!c.acceptPunct(',')) break;
    }
    c.expectPunct(']');
    return items;
  }
  if (c.acceptPunct('{')) {
    const bag: Record<string, unknown> = {};
    while (!c.isPunct('}') && !c.atEnd) {
      const key = c.peek();
      if (key.kind !== 'string' && key.kind !== 'ident') {
        c.reportExpected('a property name');
        break;
      }
      c.next();
      c.expectPunct(':');
      bag[String(key.kind === 'string' ? key.value : key.text)] = parseDynamicValue(c);
      if (!c.acceptPunct(',')) break;
    }
    c.expectPunct('}');
    return bag;
  }
  if (t.kind === 'string') {
    // Adjacent literals are one string here too, as Kusto's parser reads `["Security Administrator" "Identity …"]`.
    let text = '';
    while (c.peek().kind === 'string') text += c.next().value as string;
    return text;
  }
  if (t.kind === 'timespan') return c.next().value;
  if (t.kind === 'number') return c.next().value;
  if (c.isPunct('-') && c.peek(1).kind === 'number') {
    c.next();
    return -(c.next().value as number);
  }
  if (t.kind === 'ident') {
    if (atTypedLiteral(c)) {
      const literal = parseTypedLiteral(c);
      return literal.kind === 'Literal' || literal.kind === 'DynamicLiteral' ? literal.value : null;
    }
    if (t.text === 'true' || t.text === 'false' || t.text === 'null') {
      c.next();
      return t.text === 'null' ? null : t.text === 'true';
    }
  }
  c.report(Diagnostics.invalidLiteral('dynamic', t.text, tokenSpan(t)));
  if (!c.isPunct(')')) c.next();
  return null;
}
