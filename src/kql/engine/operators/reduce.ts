import { columnFromValues } from '../column-writer.ts';
import type { CompiledExpr } from '../compiled-expression.ts';
import { DEADLINE_CHECK_MASK, type ExecutionContext } from '../limits.ts';
import { ColumnTable } from '../table.ts';

export interface ReduceSpec {
  readonly by: CompiledExpr;
  /** Minimum share of the rows a term (and a pattern) must exceed; 0.1 by default. */
  readonly threshold: number;
  /** Term separators; by default every character that is not an ASCII letter or digit. */
  readonly characters?: string;
  /** kind=source: the input rows with a Pattern column instead of one row per pattern. */
  readonly source: boolean;
}

interface Cluster {
  count: number;
  readonly representative: string;
}

/**
 * `reduce [kind=source] by Expr [with threshold=T, characters=C]` (reduce-operator.md), after the SLCT
 * algorithm its page cites (Vaarandi): a term at a position is frequent when more than T of the rows
 * have it there; each row's pattern keeps its frequent terms and writes `*` for the others; a pattern
 * of more than T of the rows is a group, the rest (and rows without a frequent term) are "others".
 */
export function reduce(table: ColumnTable, spec: ReduceSpec, ctx: ExecutionContext): ColumnTable {
  const isSeparator = separatorTest(spec.characters);
  const rows = table.rows();
  const evaluate = spec.by.bind(table);
  const texts = Array.from(rows, (row) => {
    const value = evaluate(row);
    return typeof value === 'string' ? value : value === null || value === undefined ? '' : String(value);
  });
  const pieces = texts.map((text) => split(text, isSeparator));
  const support = spec.threshold * texts.length;
  const termCounts = new Map<string, number>();
  for (const parts of pieces) {
    for (const key of new Set(parts.terms.map((term, i) => `${i}\u0000${term}`))) {
      termCounts.set(key, (termCounts.get(key) ?? 0) + 1);
    }
  }
  const patterns = pieces.map((parts, p) => {
    if ((p & DEADLINE_CHECK_MASK) === 0) ctx.checkDeadline();
    const frequent = parts.terms.map((term, i) => (termCounts.get(`${i}\u0000${term}`) ?? 0) > support);
    return frequent.some(Boolean) ? patternOf(parts, frequent, spec.characters !== undefined) : undefined;
  });
  const clusters = new Map<string, Cluster>();
  patterns.forEach((pattern, i) => {
    if (pattern === undefined) return;
    const cluster = clusters.get(pattern);
    if (cluster) cluster.count++;
    else clusters.set(pattern, { count: 1, representative: texts[i] });
  });
  const grouped = new Set([...clusters].filter(([, c]) => c.count > support).map(([pattern]) => pattern));
  const assigned = patterns.map((pattern) => (pattern !== undefined && grouped.has(pattern) ? pattern : 'others'));
  if (spec.source) {
    const rowsInOrder = table.compact();
    return rowsInOrder.withColumns([
      ...rowsInOrder.namedColumns(),
      { name: 'Pattern', column: columnFromValues('string', assigned) },
    ]);
  }
  const others = assigned.filter((pattern) => pattern === 'others').length;
  const result = [...grouped]
    .map((pattern) => ({ pattern, ...(clusters.get(pattern) as Cluster) }))
    .sort((a, b) => b.count - a.count || (a.pattern < b.pattern ? -1 : 1));
  if (others > 0) result.push({ pattern: 'others', count: others, representative: '' });
  return ColumnTable.fromColumns(table.name, [
    {
      name: 'Pattern',
      column: columnFromValues(
        'string',
        result.map((r) => r.pattern),
      ),
    },
    {
      name: 'Count',
      column: columnFromValues(
        'long',
        result.map((r) => r.count),
      ),
    },
    {
      name: 'Representative',
      column: columnFromValues(
        'string',
        result.map((r) => r.representative),
      ),
    },
  ]);
}

function separatorTest(characters: string | undefined): (c: string) => boolean {
  if (characters !== undefined) return (c) => characters.includes(c);
  return (c) => !/[A-Za-z0-9]/.test(c);
}

/** Terms and the separator runs around them: text = separators[0] terms[0] separators[1] … */
function split(text: string, isSeparator: (c: string) => boolean) {
  const terms: string[] = [];
  const separators: string[] = [''];
  for (const c of text) {
    if (isSeparator(c)) {
      if (separators.length > terms.length) separators[separators.length - 1] += c;
      else separators.push(c);
    } else if (separators.length > terms.length) terms.push(c);
    else terms[terms.length - 1] += c;
  }
  return { terms, separators };
}

/**
 * The row's text with its infrequent terms written `*` (runs of them as one). With explicit
 * characters the separator before a `*` goes too (reduce-operator.md shows fooZ1 as foo*).
 */
function patternOf(parts: ReturnType<typeof split>, frequent: readonly boolean[], dropSeparator: boolean): string {
  let pattern = parts.separators[0];
  parts.terms.forEach((term, i) => {
    if (frequent[i]) pattern += term;
    else if (!pattern.endsWith('*')) pattern += '*';
    const next = parts.separators[i + 1] ?? '';
    if (!(dropSeparator && !frequent[i + 1] && i + 1 < parts.terms.length)) pattern += next;
  });
  return pattern;
}
