import { formatDiagnostic, KqlDatabase, runQuery, toWireTable } from '../../../src/kql/index.ts';

/** One documented example: the query and its Output table, cells as the page writes them. */
export interface DocExample {
  readonly page: string;
  readonly index: number;
  readonly query: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

/** Why an example's result differs from the documented output, or undefined when it agrees. */
export async function differenceFrom(example: DocExample): Promise<string | undefined> {
  const outcome = await runQuery(KqlDatabase.empty(), example.query, { now: new Date('2025-01-01T00:00:00Z') });
  if (!outcome.ok) {
    return outcome.kind === 'diagnostics'
      ? outcome.diagnostics.map(formatDiagnostic).join('; ')
      : `${outcome.error.code} ${outcome.error.message}`;
  }
  const wire = toWireTable(outcome.table);
  const names = wire.columns.map((c) => c.name);
  if (names.length !== example.columns.length) return `columns ${names.join(',')} ≠ ${example.columns.join(',')}`;
  const renamed = names.findIndex((name, i) => unquote(example.columns[i]) !== name);
  if (renamed >= 0) return `column ${renamed} is '${names[renamed]}', documented '${example.columns[renamed]}'`;
  if (wire.rows.length !== example.rows.length) return `${wire.rows.length} rows, documented ${example.rows.length}`;
  const firstDifference = rowDifference(wire.rows, example.rows, names);
  // Without a sort Kusto promises no row order, and the pages show whatever order their run gave.
  return firstDifference === undefined || sameRowsInAnyOrder(wire.rows, example.rows) ? undefined : firstDifference;
}

function rowDifference(
  rows: readonly unknown[][],
  documented: DocExample['rows'],
  names: readonly string[],
): string | undefined {
  for (let r = 0; r < rows.length; r++)
    for (let c = 0; c < names.length; c++) {
      const expected = documented[r][c] ?? '';
      if (!sameValue(rows[r][c], expected))
        return `row ${r} ${names[c]}: ${JSON.stringify(rows[r][c])} ≠ documented ${expected}`;
    }
  return undefined;
}

function sameRowsInAnyOrder(rows: readonly unknown[][], documented: DocExample['rows']): boolean {
  const unused = [...documented];
  return rows.every((row) => {
    const match = unused.findIndex((expected) => row.every((value, c) => sameValue(value, expected[c] ?? '')));
    if (match >= 0) unused.splice(match, 1);
    return match >= 0;
  });
}

function unquote(header: string): string {
  return header.replace(/^\*\*(.*)\*\*$/, '$1').replace(/^\['(.*)'\]$/, '$1');
}

/** Documented cells are text: numbers, ISO datetimes, JSON and booleans are compared by value. */
export function sameValue(actual: unknown, documented: string): boolean {
  const text = documented
    .replace(/^"(.*)"$/, '$1')
    .replace(/\\_/g, '_')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    // Markdown tables write a multi-line JSON value's line breaks as <br>.
    .replace(/<br\s*\/?>/g, '\n');
  if (actual === null || actual === undefined || actual === '')
    return ['', 'null', '(null)'].includes(text.toLowerCase());
  if (typeof actual === 'boolean')
    return String(actual) === text.trim().toLowerCase() || ((text === '1') === actual && /^[01]$/.test(text));
  if (typeof actual === 'number') {
    const written = text.replace(/,/g, '').trim();
    return sameNumber(actual, Number(written)) || roundsTo(actual, written);
  }
  if (typeof actual === 'string') {
    if (actual === text || actual === documented || asMarkdownShowsIt(actual) === asMarkdownShowsIt(text)) return true;
    if (/^\d{4}-\d\d-\d\dT/.test(actual)) return sameInstant(actual, text);
    // The pages write ±infinity as Kusto.Explorer shows it, ∞ and -∞.
    const infinity: Record<string, string> = { Infinity: '∞', '-Infinity': '-∞', NaN: 'nan' };
    return infinity[actual] !== undefined && infinity[actual] === text.toLowerCase();
  }
  try {
    return sameJson(actual, JSON.parse(text));
  } catch {
    const doubleQuoted = withDoubleQuotedStrings(text);
    if (doubleQuoted !== undefined && sameJsonText(actual, doubleQuoted)) return true;
    return JSON.stringify(actual).replace(/\s/g, '') === text.replace(/\s/g, '');
  }
}

/**
 * What a Markdown table cell can show of a string: its renderer trims the cell, shows each run of white space
 * (line breaks, no-break spaces) as one space, and the pages write a URL as a link (`<url>`, `[url](url)`).
 * Both sides pass through it, so only differences a page cannot show disappear; other characters still count.
 */
function asMarkdownShowsIt(text: string): string {
  return text
    .replace(/^<(https?:\/\/[^\s>]+)>$/, '$1')
    .replace(/^\[(https?:\/\/[^\s\]]+)\]\((\S+)\)$/, (link, label: string, target: string) =>
      label === target ? label : link,
    )
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

function sameJsonText(actual: unknown, text: string): boolean {
  try {
    return sameJson(actual, JSON.parse(text));
  } catch {
    return false;
  }
}

/**
 * Some pages write a dynamic value's strings in KQL's single quotes, as their queries do (bag-zip.md:
 * ['a',8,'b'], {'a': 1,'b': '2'}). This rewrites each single-quoted string as the JSON string with the
 * same characters (none holding a backslash), leaving double-quoted strings as they are; the result is then compared by value as
 * any JSON cell, so it only removes the notation difference: a string still matches only the same
 * string, and a number never matches a quoted one. Undefined when a quote is left open.
 */
function withDoubleQuotedStrings(text: string): string | undefined {
  let out = '';
  for (let at = 0; at < text.length; ) {
    const quote = text[at];
    if (quote !== "'" && quote !== '"') {
      out += text[at++];
      continue;
    }
    let end = at + 1;
    for (; end < text.length && text[end] !== quote; end++) if (text[end] === '\\') end++;
    if (end >= text.length) return undefined;
    const content = text.slice(at + 1, end);
    // KQL escapes inside single quotes are not JSON's; rather than guess, such a cell stays unmatched.
    if (quote === "'" && content.includes('\\')) return undefined;
    out += quote === "'" ? JSON.stringify(content) : text.slice(at, end + 1);
    at = end + 1;
  }
  return out;
}

/**
 * A page may print a real to fewer decimals than it has (exp(2) as 7.389056): the value agrees when it rounds to
 * the digits the page shows. Only for a plain decimal with at least three decimals, so 7 does not stand for 7.4.
 */
function roundsTo(actual: number, written: string): boolean {
  const decimals = /^-?\d+\.(\d{3,})$/.exec(written)?.[1].length;
  return decimals !== undefined && Math.abs(actual - Number(written)) <= 0.5 * 10 ** -decimals * (1 + 1e-9);
}

function sameNumber(actual: number, documented: number): boolean {
  return !Number.isNaN(documented) && Math.abs(documented - actual) <= 1e-9 * Math.max(1, Math.abs(actual));
}

/**
 * Dynamic values compared as the scalars are: numbers to 1e-9 (the pages print 17 significant digits of
 * coordinates computed with other floating-point steps), bags by key whatever the order (Kusto's bags have none).
 */
function sameJson(actual: unknown, documented: unknown): boolean {
  if (typeof actual === 'number' && typeof documented === 'number') return sameNumber(actual, documented);
  if (Array.isArray(actual) && Array.isArray(documented))
    return actual.length === documented.length && actual.every((item, i) => sameJson(item, documented[i]));
  if (isBag(actual) && isBag(documented)) {
    const keys = Object.keys(actual);
    return (
      keys.length === Object.keys(documented).length && keys.every((key) => sameJson(actual[key], documented[key]))
    );
  }
  return actual === documented;
}

function isBag(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** ISO datetimes compared to the 100 ns tick (`2024-01-01T00:00:00.1234567Z` vs `…00.12345670Z`). */
function sameInstant(a: string, b: string): boolean {
  const norm = (s: string) => {
    const m = /^(\d{4}-\d\d-\d\d)[T ](\d\d:\d\d:\d\d)(?:\.(\d+))?Z?$/.exec(s.trim());
    return m ? `${m[1]}T${m[2]}.${(m[3] ?? '').padEnd(7, '0').slice(0, 7)}` : s;
  };
  return norm(a) === norm(b);
}
