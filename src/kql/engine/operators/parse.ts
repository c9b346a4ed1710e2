import type { KqlType } from '../../types.ts';
import { columnWriter } from '../column-writer.ts';
import type { CompiledExpr } from '../compiled-expression.ts';
import { invalidInput, KqlRuntimeError } from '../errors.ts';
import { DEADLINE_CHECK_MASK, defaultContext, type ExecutionContext } from '../limits.ts';
import type { ColumnTable } from '../table.ts';
import { compactIfSparse } from './evaluate.ts';
import { mergeColumns } from './extend.ts';
import { convertCapture, patternForType } from './parse-captures.ts';

/** One element of a `parse ... with` pattern. */
export type ParseSegment =
  | { readonly kind: 'literal'; readonly text: string }
  | { readonly kind: 'wildcard' }
  | { readonly kind: 'capture'; readonly name: string; readonly type: KqlType };

export interface ParseSpec {
  readonly source: CompiledExpr;
  readonly segments: readonly ParseSegment[];
  /** simple (default): literals are plain text and every capture must fit its type; regex: literals
   * are regular expressions; relaxed: like simple, but a capture that does not fit its type is null. */
  readonly kind?: 'simple' | 'regex' | 'relaxed';
  /** `flags=` of kind=regex: i, m, s, and U (ungreedy: `*` and text captures become lazy). */
  readonly flags?: string;
}

/**
 * `parse [kind=K] Expr with * "lit" Name:type ...`: extends each row with the captured values. The
 * pattern becomes one regular expression (`*` → `.*?`, string → `(.*?)`, long → `(-?\d+)`, the last
 * capture taking the rest); a row that does not match gets null in every capture ("" for strings).
 *
 * @example
 * parse(table, { source: columnRef('Msg', 'string'), segments: [{ kind: 'wildcard' }, ...] }, ctx)
 */
export function parse(table: ColumnTable, spec: ParseSpec, ctx: ExecutionContext = defaultContext()): ColumnTable {
  const source = compactIfSparse(table);
  const captures = spec.segments.filter((s) => s.kind === 'capture');
  const regex = compilePattern(spec);
  const strict = (spec.kind ?? 'simple') !== 'relaxed';
  const writers = captures.map((c) => columnWriter(c.type, source.physicalLength));
  const evaluate = spec.source.bind(source);
  const rows = source.rows();
  const values = new Array<unknown>(captures.length);
  const groupNames = captures.map((_, c) => `c${c}`);
  for (let p = 0; p < rows.length; p++) {
    if ((p & DEADLINE_CHECK_MASK) === 0) ctx.checkDeadline();
    const row = rows[p];
    const text = evaluate(row);
    const match = regex.exec(asText(text));
    // `values` is reused across rows: a row that does not match must not show the previous row's captures.
    values.fill(null);
    let fits = match !== null;
    for (let c = 0; c < captures.length && match !== null && (fits || !strict); c++) {
      values[c] = convertCapture(match.groups?.[groupNames[c]] ?? '', captures[c].type);
      if (values[c] === null) fits = false;
    }
    for (let c = 0; c < captures.length; c++) writers[c].set(row, fits || !strict ? values[c] : null);
  }
  const added = captures.map((c, i) => ({ name: c.name, column: writers[i].finish() }));
  return source.withColumns(mergeColumns(source.namedColumns(), added));
}

/**
 * The pattern as one regular expression. Captures are named groups (`c0`, `c1`, …) so groups the
 * user writes in a kind=regex literal do not shift them. In kind=regex, `*` and text captures are
 * greedy, as in RE2, and flag U (ungreedy, which JavaScript lacks) makes them lazy.
 */
function compilePattern(spec: ParseSpec): RegExp {
  const kind = spec.kind ?? 'simple';
  const flags = spec.flags ?? '';
  if (/[^imsU]/.test(flags)) {
    throw new KqlRuntimeError('KQLR006', `parse: regex flags '${flags}' are not supported; use i, m, s or U`);
  }
  const greedy = kind === 'regex' && !flags.includes('U');
  const last = spec.segments.length - 1;
  let capture = 0;
  const source = spec.segments
    .map((segment, index) => {
      if (segment.kind === 'wildcard') return greedy ? '.*' : '.*?';
      if (segment.kind === 'literal') return kind === 'regex' ? segment.text : escapeRegex(segment.text);
      const text = greedy ? '(.*)' : patternForType('string', index === last);
      const typed = patternForType(segment.type, index === last);
      const own = typed === patternForType('string', index === last) ? text : typed;
      // Relaxed: a capture not of its type still matches, as text, and becomes null (parse-operator.md).
      const inner = kind === 'relaxed' && own !== text ? `${own.slice(1, -1)}|${text.slice(1, -1)}` : own.slice(1, -1);
      return `(?<c${capture++}>${inner})`;
    })
    .join('');
  try {
    return new RegExp(`^${source}`, flags.replace('U', ''));
  } catch (cause) {
    throw invalidInput(`parse: the pattern is not a valid regular expression: ${source}`, cause);
  }
}

export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** parse reads any value as text, as tostring() would: JSON for bags and arrays, "" for null. */
function asText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === null || value === undefined) return '';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}
