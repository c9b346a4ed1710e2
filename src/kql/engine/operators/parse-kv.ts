import type { KqlType } from '../../types.ts';
import { columnWriter } from '../column-writer.ts';
import type { CompiledExpr } from '../compiled-expression.ts';
import { DEADLINE_CHECK_MASK, defaultContext, type ExecutionContext } from '../limits.ts';
import type { ColumnTable } from '../table.ts';
import { compactIfSparse } from './evaluate.ts';
import { mergeColumns } from './extend.ts';
import { escapeRegex } from './parse.ts';
import { convertCapture } from './parse-captures.ts';

/** How `parse-kv … with (…)` finds the pairs (parse-kv-operator.md). */
export interface ParseKvSpec {
  readonly source: CompiledExpr;
  readonly keys: readonly { readonly name: string; readonly type: KqlType }[];
  readonly pairDelimiter?: string;
  readonly kvDelimiter?: string;
  /** One character quoting both ends, or two: the opening and the closing one (`()`). */
  readonly quote?: string;
  readonly escape?: string;
  /** A value runs up to the next pair that has a key and a delimiter, not to the next pair delimiter. */
  readonly greedy?: boolean;
  /** A regular expression whose first two groups are a key and its value. */
  readonly regex?: RegExp;
}

/**
 * `parse-kv Expr as (Key:type, …) with (…)`: one column per requested key holding that key's value,
 * converted to its type (null when it does not fit or the key is absent). With no delimiters the
 * key is looked for where it is followed by `:` or `=`.
 */
export function parseKv(table: ColumnTable, spec: ParseKvSpec, ctx: ExecutionContext = defaultContext()): ColumnTable {
  const source = compactIfSparse(table);
  const writers = spec.keys.map((k) => columnWriter(k.type, source.physicalLength));
  const evaluate = spec.source.bind(source);
  const extract = pairExtractor(spec);
  const rows = source.rows();
  for (let p = 0; p < rows.length; p++) {
    if ((p & DEADLINE_CHECK_MASK) === 0) ctx.checkDeadline();
    const value = evaluate(rows[p]);
    const pairs = typeof value === 'string' ? extract(value) : new Map<string, string>();
    spec.keys.forEach((key, k) => {
      const text = pairs.get(key.name);
      writers[k].set(rows[p], text === undefined ? null : convertCapture(text, key.type));
    });
  }
  const added = spec.keys.map((k, i) => ({ name: k.name, column: writers[i].finish() }));
  return source.withColumns(mergeColumns(source.namedColumns(), added));
}

type Extractor = (text: string) => Map<string, string>;

function pairExtractor(spec: ParseKvSpec): Extractor {
  const { regex, pairDelimiter, kvDelimiter } = spec;
  if (regex) return (text) => regexPairs(text, regex);
  if (pairDelimiter !== undefined && kvDelimiter !== undefined) {
    return (text) => delimitedPairs(text, pairDelimiter, kvDelimiter, spec);
  }
  const names = spec.keys.map((k) => k.name);
  return (text) => discoveredPairs(text, names, spec);
}

function regexPairs(text: string, regex: RegExp): Map<string, string> {
  const pairs = new Map<string, string>();
  for (const match of text.matchAll(new RegExp(regex.source, `${regex.flags.replace('g', '')}g`))) {
    const key = (match[1] ?? '').trim();
    if (!pairs.has(key)) pairs.set(key, (match[2] ?? '').trim());
  }
  return pairs;
}

/** Splits at pair delimiters outside quotes; a piece without a key delimiter is skipped, or (greedy) continues the value. */
function delimitedPairs(text: string, pairDelimiter: string, kvDelimiter: string, spec: ParseKvSpec) {
  const pairs = new Map<string, string>();
  let lastKey: string | undefined;
  for (const piece of splitOutsideQuotes(text, pairDelimiter, spec)) {
    const at = indexOutsideQuotes(piece, kvDelimiter, spec);
    if (at < 0) {
      if (spec.greedy && lastKey !== undefined) pairs.set(lastKey, `${pairs.get(lastKey)}${pairDelimiter}${piece}`);
      continue;
    }
    lastKey = unquote(piece.slice(0, at).trim(), spec);
    if (!pairs.has(lastKey)) pairs.set(lastKey, unquote(piece.slice(at + kvDelimiter.length).trim(), spec));
    else lastKey = undefined;
  }
  for (const [key, value] of pairs) pairs.set(key, value.trim());
  return pairs;
}

/** No delimiters given: each requested key, as a whole word, followed by `:` or `=`; the value ends at `,`, `;` or a space. */
function discoveredPairs(text: string, names: readonly string[], spec: ParseKvSpec): Map<string, string> {
  const pairs = new Map<string, string>();
  for (const name of names) {
    const found = new RegExp(`(?<![\\w])${escapeRegex(name)}\\s*[:=]\\s*`).exec(text);
    if (!found) continue;
    const rest = text.slice(found.index + found[0].length);
    const quoted = readQuoted(rest, spec);
    pairs.set(name, quoted ?? /^[^,;\s]*/.exec(rest)?.[0] ?? '');
  }
  return pairs;
}

function quotes(spec: ParseKvSpec): { open: string; close: string } | undefined {
  if (!spec.quote) return undefined;
  return { open: spec.quote[0], close: spec.quote[1] ?? spec.quote[0] };
}

/** The content of a quoted value at the start of `text` (escapes applied), or undefined when it is not quoted. */
function readQuoted(text: string, spec: ParseKvSpec): string | undefined {
  const q = quotes(spec);
  if (!q || !text.startsWith(q.open)) return undefined;
  let out = '';
  for (let i = 1; i < text.length; i++) {
    if (spec.escape && text[i] === spec.escape && i + 1 < text.length) out += text[++i];
    else if (text[i] === q.close) return out;
    else out += text[i];
  }
  return out;
}

function unquote(text: string, spec: ParseKvSpec): string {
  return readQuoted(text, spec) ?? text;
}

function indexOutsideQuotes(text: string, delimiter: string, spec: ParseKvSpec, from = 0): number {
  const q = quotes(spec);
  let inside = false;
  for (let i = from; i < text.length; i++) {
    if (inside && spec.escape && text[i] === spec.escape) i++;
    else if (q && (inside ? text[i] === q.close : text[i] === q.open)) inside = !inside;
    else if (!inside && text.startsWith(delimiter, i)) return i;
  }
  return -1;
}

function splitOutsideQuotes(text: string, delimiter: string, spec: ParseKvSpec): string[] {
  const pieces: string[] = [];
  let start = 0;
  for (
    let at = indexOutsideQuotes(text, delimiter, spec);
    at >= 0;
    at = indexOutsideQuotes(text, delimiter, spec, start)
  ) {
    pieces.push(text.slice(start, at));
    start = at + delimiter.length;
  }
  pieces.push(text.slice(start));
  return pieces.filter((p) => p.trim() !== '');
}
